"""Size and time limits for ingestion, and the helpers that build quarantine records.

Every reader turns a bad item into a :class:`~watchfloor.model.Quarantined` through
:func:`quarantined`, so origin, code, size, hash and kept content are filled the same way.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO

from watchfloor.errors import Reason
from watchfloor.model import Quarantined, RawDocument

CHUNK = 1 << 20  # bytes read at a time when a stream is hashed or drained


@dataclass(frozen=True)
class IngestLimits:
    """Limits applied to every input item (a file, a JSONL line, a WARC record, a feed)."""

    max_bytes: int = 20_000_000  # per file, record or body; larger -> OVERSIZED
    # Decoded document text longer than this -> OVERSIZED. 1,000,000 is spaCy's max_length,
    # which the NLP stage sets (watchfloor.nlp.pipeline.MAX_CHARS): a longer text would make
    # spaCy raise on the whole batch, so ingestion must not let one through.
    max_chars: int = 1_000_000
    fetch_timeout: float = 15.0  # seconds, for feed URLs
    fetch_max_bytes: int = 10_000_000
    keep_bytes: int = 5_000_000  # quarantined raw content kept up to this size, else None


DEFAULT_LIMITS = IngestLimits()


def quarantined(
    origin: str,
    reason: Reason,
    message: str,
    raw: bytes | None,
    limits: IngestLimits,
    *,
    size: int | None = None,
    sha256: str | None = None,
) -> Quarantined:
    """RETURNS a quarantine record that keeps ``raw`` when it is at most ``keep_bytes``.

    ``size``/``sha256`` describe the original when ``raw`` is not all of it (an oversized
    item hashed while streaming); by default they are computed from ``raw``.
    """
    if raw is not None:
        size = len(raw) if size is None else size
        sha256 = sha256 or hashlib.sha256(raw).hexdigest()
    return Quarantined(
        origin=_storable(origin),  # a file name may hold undecodable bytes (surrogates)
        code=reason.value,
        reason=_storable(message),
        size=size or 0,
        sha256=sha256,
        content=raw if raw is not None and len(raw) <= limits.keep_bytes else None,
    )


def oversized(
    origin: str, what: str, head: bytes, rest: BinaryIO | None, limit: int, limits: IngestLimits
) -> Quarantined:
    """RETURNS an OVERSIZED record for ``head`` plus whatever ``rest`` still holds.

    The remainder is hashed in chunks, never held, so size and sha256 identify the whole
    original while memory stays bounded.
    """
    digest = hashlib.sha256(head)
    size = len(head)
    if rest is not None:
        while chunk := rest.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return quarantined(
        origin,
        Reason.OVERSIZED,
        f"{what} of {size} bytes exceeds the limit of {limit} bytes",
        None,
        limits,
        size=size,
        sha256=digest.hexdigest(),
    )


def checked(doc: RawDocument, raw: bytes | None, limits: IngestLimits) -> RawDocument | Quarantined:
    """RETURNS ``doc``, or an OVERSIZED record when its text exceeds ``max_chars``."""
    if len(doc.text) <= limits.max_chars:
        return doc
    return quarantined(
        doc.origin,
        Reason.OVERSIZED,
        f"text of {len(doc.text)} characters exceeds the limit of {limits.max_chars}",
        raw,
        limits,
    )


def guarded_item(
    origin: str,
    reason: Reason,
    raw: bytes | None,
    limits: IngestLimits,
    build: Callable[..., RawDocument | Quarantined],
    *args: Any,
) -> RawDocument | Quarantined:
    """RETURNS ``build(*args)``, or a quarantine record with ``reason`` when it raises: one
    item of a file (a record, an entry) that fails unexpectedly is quarantined alone, and
    the reader goes on with its siblings."""
    try:
        return build(*args)
    except Exception as exc:  # noqa: BLE001 - the promise: a bad item never costs a sibling
        message = f"unexpected error reading this item: {type(exc).__name__}: {exc}"
        return quarantined(origin, reason, message, raw, limits)


def _storable(text: str) -> str:
    """``text`` with lone surrogates as U+FFFD, so it can be stored and printed."""
    from watchfloor.ingest.repair import safe

    return safe(text)
