"""JSON and JSONL records: ``id``, ``text`` and optional ``title``, ``published`` (or
``date``), ``source``, ``url``, ``language``. A bad line or record is quarantined alone."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from watchfloor.errors import Reason
from watchfloor.ingest.dates import parse_published
from watchfloor.ingest.decode import normalise_text
from watchfloor.ingest.language import detect_language
from watchfloor.ingest.limits import IngestLimits, quarantined
from watchfloor.model import Quarantined, RawDocument


def record_to_document(rec: Any, default_id: str, origin: str, fmt: str,
                       limits: IngestLimits, raw: bytes) -> RawDocument | Quarantined:
    if not isinstance(rec, dict):
        return quarantined(origin, Reason.MALFORMED_RECORD, "record is not a JSON object",
                           raw, limits)
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return quarantined(origin, Reason.MALFORMED_RECORD,
                           "record has no non-empty string `text`", raw, limits)
    if len(text) > limits.max_chars:
        return quarantined(origin, Reason.OVERSIZED,
                           f"text of {len(text)} characters exceeds {limits.max_chars}", raw,
                           limits)
    text = normalise_text(text)
    published, precision = parse_published(rec.get("published") or rec.get("date"))
    title = rec.get("title")
    return RawDocument(
        id=str(rec.get("id") or default_id), text=text, origin=origin, fmt=fmt,
        title=str(title) if title else None, published=published,
        published_precision=precision,
        source=rec.get("source") if isinstance(rec.get("source"), str) else None,
        url=rec.get("url") if isinstance(rec.get("url"), str) else None,
        language=rec.get("language") or detect_language(text),
    )


def read_jsonl(lines: Iterable[bytes], name: str, origin: str,
               limits: IngestLimits) -> Iterator[RawDocument | Quarantined]:
    """Stream a JSONL file line by line."""
    for lineno, line in enumerate(lines, start=1):
        where = f"{origin}:{lineno}"
        if not line.strip():
            continue
        if len(line) > limits.max_bytes:
            yield quarantined(where, Reason.OVERSIZED,
                              f"line of {len(line)} bytes exceeds {limits.max_bytes}", None,
                              limits, size=len(line))
            continue
        try:
            rec = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield quarantined(where, Reason.MALFORMED_RECORD, f"invalid JSON: {exc}", line,
                              limits)
            continue
        yield record_to_document(rec, f"{name}:{lineno}", where, "jsonl", limits, line)


def read_json(text: str, name: str, origin: str, raw: bytes,
              limits: IngestLimits) -> Iterator[RawDocument | Quarantined]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield quarantined(origin, Reason.MALFORMED_RECORD, f"invalid JSON: {exc}", raw, limits)
        return
    items = data if isinstance(data, list) else [data]
    for n, rec in enumerate(items):
        where = f"{origin}#{n}" if isinstance(data, list) else origin
        item_raw = json.dumps(rec, ensure_ascii=False).encode("utf-8")
        yield record_to_document(rec, f"{name}#{n}" if isinstance(data, list) else name,
                                 where, "json", limits, item_raw)
