"""The public output contract: one JSON object per document, versioned by a JSON Schema.

``document.v1.schema.json`` beside this module is the contract; :func:`document_to_dict`
is the only place a :class:`~watchfloor.model.Document` becomes that object, and
:func:`validate` checks an object against the schema (the tests run it on real output).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from watchfloor.model import Document

SCHEMA_VERSION = "1.0"
SCHEMA_FILE = "document.v1.schema.json"


def document_to_dict(doc: Document) -> dict[str, Any]:
    raw = doc.raw
    return {
        "schema_version": SCHEMA_VERSION,
        "id": raw.id,
        "uid": doc.uid,
        "title": raw.title,
        "published": raw.published,
        "published_precision": raw.published_precision,
        "source": raw.source,
        "url": raw.url,
        "dateline": raw.dateline,
        "language": raw.language,
        "coding": doc.coding,
        "origin": raw.origin,
        "format": raw.fmt,
        "notes": [{"code": n.code, "message": n.message, "count": n.count} for n in raw.notes],
        "content_hash": doc.content_hash,
        "cluster": {
            "id": doc.cluster_id or doc.uid,
            "is_earliest": doc.is_earliest,
            "duplicate_of": doc.duplicate_of,
            "similarity": doc.similarity,
        },
        "text": raw.text,
        "sentences": _sentences(doc),
        "entities": [e.to_dict() for e in doc.entities],
        "events": [e.to_dict() for e in doc.events],
        "claims": [c.to_dict() for c in doc.claims],
        "quantities": [dict(q) for q in doc.quantities],
    }


def _sentences(doc: Document) -> list[dict[str, Any]]:
    """The sentences with their check-worthiness (0-1) when the claims extractor ran."""
    scores = doc.sentence_scores if len(doc.sentence_scores) == len(doc.sentences) else None
    out = []
    for n, s in enumerate(doc.sentences):
        d = s.to_dict()
        if scores is not None:
            d["check_worthiness"] = round(scores[n], 3)
        out.append(d)
    return out


def dumps(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(resources.files("watchfloor.contract").joinpath(SCHEMA_FILE).read_text())


def validate(obj: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` if ``obj`` breaks the contract.

    Beyond the schema, every span's ``text`` must equal ``obj["text"][start:end]``.
    """
    import jsonschema

    jsonschema.validate(obj, schema())
    text = obj["text"]
    for span in iter_spans(obj):
        if text[span["start"] : span["end"]] != span["text"]:
            raise jsonschema.ValidationError(
                f"span {span['start']}:{span['end']} says {span['text']!r}, "
                f"text has {text[span['start'] : span['end']]!r}"
            )


def iter_spans(obj: dict[str, Any]):
    yield from obj.get("sentences") or []
    for ent in obj["entities"]:
        yield from ent["mentions"]
    for ev in obj["events"]:
        yield ev["trigger"]
        yield ev["sentence"]
    for cl in obj["claims"]:
        for key in ("speaker", "cue", "content"):
            if cl.get(key):
                yield cl[key]
        yield from cl["hedges"]
