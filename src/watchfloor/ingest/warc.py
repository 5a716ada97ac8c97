"""WARC archives (warcio): each HTML or plain-text ``response`` record becomes a document.

Records are streamed one at a time (each body bounded by ``max_bytes``). Other record
types, other content types and non-2xx responses are skipped silently (but a skipped
record that is cut short is reported like any other). Header lines are capped at
:data:`MAX_HEADER_LINE` bytes (a small gzip can inflate into a gigantic status line).
The document id is the ``WARC-Record-ID``, its URL the ``WARC-Target-URI``; the date
comes from the page (htmldate), else from ``WARC-Date`` at day precision only (a crawl
time bounds the publication time, it is not it). A truncated or corrupt archive yields
what came before the damage and one MALFORMED_ARCHIVE record for the rest, also when it
is cut inside a record's WARC headers (warcio alone takes that for the archive's end).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader

from watchfloor.errors import Reason
from watchfloor.ingest.dates import parse_published
from watchfloor.ingest.decode import decode_item, note_replaced
from watchfloor.ingest.html import extract_html, looks_like_html
from watchfloor.ingest.language import detect_language
from watchfloor.ingest.limits import CHUNK, IngestLimits, checked, oversized, quarantined
from watchfloor.model import Quarantined, RawDocument

TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
SIGNATURES = (b"WARC/", b"\x1f\x8b", b"filedesc://")  # WARC, gzip, ARC (read by warcio)


class TruncatedRecord(EOFError):
    """A record's body ends before its declared length."""


def _content_type(record: Any) -> str:
    if record.http_headers is not None:
        return (record.http_headers.get_header("Content-Type") or "").lower()
    return (record.rec_headers.get_header("Content-Type") or "").lower()


def _wanted(record: Any) -> bool:
    if record.rec_type != "response":
        return False
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return False
    ctype = _content_type(record)
    return not ctype or ctype.startswith(TEXT_TYPES)


class HeaderLineTooLong(ValueError):
    """A WARC or HTTP header line longer than :data:`MAX_HEADER_LINE`."""


MAX_HEADER_LINE = 64 * 1024  # a status or header line; warcio reads them unbounded


class _BoundedLineReader(DecompressingBufferedReader):
    """warcio's reader with header lines capped: a gzip of a few MB can inflate into a
    status line of gigabytes, which warcio would hold in memory whole. It also counts the
    lines with content it has read, so that a record cut inside its headers is told apart
    from the clean end of the archive."""

    lines_read = 0

    def readline(self, length: int | None = None) -> bytes:
        cap = MAX_HEADER_LINE + 1
        line = super().readline(cap if length is None or length > cap else length)
        if len(line) > MAX_HEADER_LINE and not line.endswith(b"\n"):
            raise HeaderLineTooLong(f"a header line longer than {MAX_HEADER_LINE} bytes")
        if line.strip():
            self.lines_read += 1
        return line


class CutInHeaders(ValueError):
    """The archive ends inside a record's WARC or HTTP headers."""


class _CheckedIterator(ArchiveIterator):
    """warcio's iterator reading through :class:`_BoundedLineReader`, raising
    :class:`CutInHeaders` where warcio would end quietly: it takes an end of file inside a
    record's headers ("WARC-Type: resp", a ``Content-Length`` with no body) for the end of
    the archive."""

    def __init__(self, fh: BinaryIO) -> None:
        super().__init__(fh)
        self.reader.__class__ = _BoundedLineReader

    def _next_record(self, next_line: Any) -> Any:
        before = self.reader.lines_read
        try:
            record = super()._next_record(next_line)
        except EOFError:
            started = bool(next_line and next_line.strip())
            if started or self.reader.lines_read > before:
                raise CutInHeaders("the archive ends inside a record's headers") from None
            raise
        if (
            record.format.startswith("warc")
            and record.rec_headers.get_header("Content-Length") is None
        ):
            # every WARC record declares its length; without it the headers were cut
            raise CutInHeaders("a WARC record without Content-Length (its headers cut short)")
        return record


def _drain(record: Any, n: int) -> None:
    """Read what is left of the record; RAISES TruncatedRecord when bytes are missing."""
    while record.raw_stream.read(CHUNK):
        pass
    if getattr(record.raw_stream, "limit", 0) > 0:
        raise TruncatedRecord(f"record {n} is cut short")


def read_warc(
    source: Path | BinaryIO, origin: str, limits: IngestLimits
) -> Iterator[RawDocument | Quarantined]:
    """Stream documents from a WARC file (plain or gzip) or binary stream."""
    n = 0
    produced = False
    try:
        with ExitStack() as stack:
            if isinstance(source, Path):
                fh = stack.enter_context(source.open("rb"))
                if not fh.read(16).startswith(SIGNATURES):
                    raise ValueError("not a WARC archive (no WARC/ or gzip signature)")
                fh.seek(0)
            else:
                fh = source
            for n, record in enumerate(_CheckedIterator(fh), start=1):
                if not _wanted(record):
                    _drain(record, n)  # a skipped record may be the truncated one
                    continue
                where = f"{origin}#record-{n}"
                stream = record.content_stream()
                body = stream.read(limits.max_bytes + 1)
                if len(body) > limits.max_bytes:
                    item: RawDocument | Quarantined = oversized(
                        where, "record", body, stream, limits.max_bytes, limits
                    )
                    _drain(record, n)
                else:
                    _drain(record, n)
                    item = _document(record, body, where, limits)
                produced = True
                yield item
    except Exception as exc:  # noqa: BLE001 - damage ends the archive, not the batch
        produced = True
        yield quarantined(
            f"{origin}#record-{n + 1}" if n else origin,
            Reason.MALFORMED_ARCHIVE,
            f"corrupt or truncated WARC after record {n}: {type(exc).__name__}: {exc}",
            None,
            limits,
        )
    if not produced:
        message = "no HTML or text response records in the archive"
        yield quarantined(origin, Reason.EMPTY, message, None, limits)


def _document(
    record: Any, body: bytes, where: str, limits: IngestLimits
) -> RawDocument | Quarantined:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    rec_id = record.rec_headers.get_header("WARC-Record-ID") or uri or where
    warc_date = record.rec_headers.get_header("WARC-Date")
    text = decode_item(body, where, limits)
    if isinstance(text, Quarantined):
        return text
    if "html" in _content_type(record) or looks_like_html(text):
        doc, why = extract_html(text, rec_id, where, fmt="warc", url=uri, fallback_date=warc_date)
        if doc is None:
            return quarantined(where, Reason.EMPTY, why, body, limits)
        return checked(note_replaced(doc, text), body, limits)
    published, precision = parse_published(warc_date)
    if precision == "second" and published:
        published, precision = published[:10], "day"
    doc = RawDocument(
        id=rec_id,
        text=text,
        origin=where,
        fmt="warc",
        url=uri,
        published=published,
        published_precision=precision,
        language=detect_language(text),
    )
    return checked(note_replaced(doc, text), body, limits)
