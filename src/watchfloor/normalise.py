"""Normalisation: identity keys for documents, between ingest and dedup.

The text itself is never rewritten here (extractor offsets refer to the text as given);
this module only derives keys from it: the content hash used for exact-duplicate
detection and idempotent re-ingest, and the document's stable ``uid``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime

from watchfloor.ingest.repair import repair_document
from watchfloor.model import Document, RawDocument

_WS = re.compile(r"\s+")
_PUNCT_VARIANTS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def normalised_text(text: str) -> str:
    """Return the text folded for comparison: NFKC, lower case, unified quotes, one space."""
    folded = unicodedata.normalize("NFKC", text).translate(_PUNCT_VARIANTS).lower()
    return _WS.sub(" ", folded).strip()


def content_hash(text: str) -> str:
    """Return the SHA-1 hex digest of the normalised text (exact-duplicate key)."""
    return hashlib.sha1(normalised_text(text).encode("utf-8")).hexdigest()


def document_uid(doc_id: str, chash: str) -> str:
    """Return the stable store key of a document: the same input always maps to it."""
    return hashlib.sha1(f"{doc_id}\0{chash}".encode()).hexdigest()[:20]


def to_document(raw: RawDocument, now: datetime | None = None) -> Document:
    """Wrap a raw document with its identity keys and ingest time. A string that still
    holds invalid Unicode (a reader that did not repair it) is repaired here, with a note,
    so hashing and storing cannot fail on it."""
    repair_document(raw)
    chash = content_hash(raw.text)
    stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    return Document(raw=raw, uid=document_uid(raw.id, chash), content_hash=chash, ingested_at=stamp)
