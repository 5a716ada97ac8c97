"""JSON and JSONL records: ``text`` (required), ``id``, ``title``, ``published`` (or
``date``), ``source``, ``url``, ``language``, ``dateline`` (all optional).

``dateline`` is a wire dateline sent apart from the text ("BONN, Oct 20 -", as Reuters-21578
and many JSON feeds carry it): kept on the document with its whitespace collapsed, never
added to ``text`` (every offset stays the text's); one that is not a string is left out
with a W303 note.

A JSONL file is read line by line (each line bounded by ``max_bytes``), and a bad line or
record is quarantined alone, with ``path:lineno`` as its origin; the other lines go on. A
record without ``id`` gets ``<file name>:<lineno>``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any, BinaryIO

from watchfloor.errors import Reason
from watchfloor.ingest.dates import parse_published
from watchfloor.ingest.decode import DecodeError, decode, normalise_text, note_replaced
from watchfloor.ingest.language import detect_language
from watchfloor.ingest.limits import IngestLimits, checked, guarded_item, oversized, quarantined
from watchfloor.ingest.repair import repair, repair_document
from watchfloor.model import Note, Quarantined, RawDocument

_BOM = b"\xef\xbb\xbf"


def _str(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def record_dateline(value: Any) -> tuple[str | None, Note | None]:
    """A record's ``dateline`` field, whitespace collapsed (None when absent or blank), and
    a note when it is there but not a string (left out: the document is read without it)."""
    if value is None:
        return None, None
    if not isinstance(value, str):
        message = f"record `dateline` is a JSON {type(value).__name__}, not a string: left out"
        return None, Note(Reason.IGNORED_FIELD.value, message, 1)
    return " ".join(value.split()) or None, None


def record_to_document(
    rec: Any, default_id: str, origin: str, fmt: str, raw: bytes, limits: IngestLimits
) -> RawDocument | Quarantined:
    """RETURNS the document for one parsed record, or a MALFORMED_RECORD/OVERSIZED record."""
    if not isinstance(rec, dict):
        message = f"record is a JSON {type(rec).__name__}, not an object"
        return quarantined(origin, Reason.MALFORMED_RECORD, message, raw, limits)
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        message = (
            "record has no `text`" if text is None else "record `text` is empty or not a string"
        )
        return quarantined(origin, Reason.MALFORMED_RECORD, message, raw, limits)
    if len(text) > limits.max_chars:  # before normalising a huge string
        message = f"text of {len(text)} characters exceeds the limit of {limits.max_chars}"
        return quarantined(origin, Reason.OVERSIZED, message, raw, limits)
    text, repaired = repair(normalise_text(text))
    published, precision = parse_published(rec.get("published") or rec.get("date"))
    dateline, note = record_dateline(rec.get("dateline"))
    doc = RawDocument(
        id=_str(rec.get("id")) or default_id,
        text=text,
        origin=origin,
        fmt=fmt,
        title=_str(rec.get("title")),
        published=published,
        published_precision=precision,
        source=_str(rec.get("source")),
        url=_str(rec.get("url")),
        language=_str(rec.get("language")) or detect_language(text),
        dateline=dateline,
    )
    if note is not None:
        doc.notes.append(note)
    return checked(repair_document(doc, already=repaired), raw, limits)


def _parse_line(line: bytes, where: str, limits: IngestLimits) -> Any | Quarantined:
    try:
        line_text = line.decode("utf-8")
    except UnicodeDecodeError:
        try:  # JSON must be UTF-8, but legacy exports are often Windows-1252
            line_text = decode(line)
        except DecodeError as exc:
            reason = Reason.BINARY if exc.binary else Reason.UNDECODABLE
            return quarantined(where, reason, str(exc), line, limits)
    try:
        return json.loads(line_text)
    except (json.JSONDecodeError, RecursionError) as exc:
        return quarantined(where, Reason.MALFORMED_RECORD, f"invalid JSON: {exc}", line, limits)


def read_jsonl(
    stream: BinaryIO, origin: str, limits: IngestLimits, name: str | None = None
) -> Iterator[RawDocument | Quarantined]:
    """Stream JSONL records from a binary ``stream``, one line in memory at a time."""
    name = name or Path(origin).name
    lineno = 0
    seen = False
    while line := stream.readline(limits.max_bytes + 1):
        lineno += 1
        where = f"{origin}:{lineno}"
        if len(line) > limits.max_bytes and not line.endswith(b"\n"):
            seen = True
            yield oversized(where, "line", line, _LineRest(stream), limits.max_bytes, limits)
            continue
        if lineno == 1 and line.startswith(_BOM):
            line = line[len(_BOM) :]
        if not line.strip():
            continue
        seen = True
        rec = _parse_line(line, where, limits)
        if isinstance(rec, Quarantined):
            yield rec
        else:
            item = guarded_item(
                where,
                Reason.MALFORMED_RECORD,
                line,
                limits,
                record_to_document,
                rec,
                f"{name}:{lineno}",
                where,
                "jsonl",
                line,
                limits,
            )
            yield _with_bytes_note(item, line)
    if not seen:
        yield quarantined(origin, Reason.EMPTY, "no records: empty JSONL input", b"", limits)


def _with_bytes_note(item: RawDocument | Quarantined, line: bytes) -> RawDocument | Quarantined:
    """A line that was not valid UTF-8 but evidently meant as UTF-8 was decoded with U+FFFD
    for its bad bytes: say so on the document."""
    if isinstance(item, RawDocument):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            with suppress(DecodeError):
                note_replaced(item, decode(line))
    return item


class _LineRest:
    """The rest of the current line of ``stream``, read in chunks (to hash, not keep)."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.done = False

    def read(self, size: int) -> bytes:
        if self.done:
            return b""
        chunk = self.stream.readline(size)
        self.done = not chunk or chunk.endswith(b"\n")
        return chunk


def read_json(
    raw: bytes, origin: str, limits: IngestLimits, name: str | None = None
) -> Iterator[RawDocument | Quarantined]:
    """Read a JSON file holding one record or a list of records (``path#record-N``)."""
    name = name or Path(origin).name
    data = _parse_line(raw.removeprefix(_BOM), origin, limits)
    if isinstance(data, Quarantined):
        yield data
        return
    if not isinstance(data, list):
        yield record_to_document(data, name, origin, "json", raw, limits)
        return
    if not data:
        yield quarantined(origin, Reason.EMPTY, "no records: empty JSON list", raw, limits)
    for n, rec in enumerate(data, start=1):
        item_raw = _record_bytes(rec)
        where = f"{origin}#record-{n}"
        yield guarded_item(
            where,
            Reason.MALFORMED_RECORD,
            item_raw,
            limits,
            record_to_document,
            rec,
            f"{name}#record-{n}",
            where,
            "json",
            item_raw,
            limits,
        )


def _record_bytes(rec: Any) -> bytes:
    """One record of a list as JSON bytes to keep (``\\u`` escapes where UTF-8 cannot say it:
    a lone surrogate is kept as the escape it came as)."""
    try:
        return json.dumps(rec, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(rec, ensure_ascii=True).encode("ascii")
