"""WARC archives (warcio): each HTML or text ``response`` record becomes a document.

A truncated or corrupt archive yields what came before the damage and one quarantine
record for the rest.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from watchfloor.errors import Reason
from watchfloor.ingest.dates import parse_published
from watchfloor.ingest.decode import DecodeError, decode
from watchfloor.ingest.html import extract_html, looks_like_html
from watchfloor.ingest.language import detect_language
from watchfloor.ingest.limits import IngestLimits, quarantined
from watchfloor.model import Quarantined, RawDocument


def read_warc(path: Path, origin: str, limits: IngestLimits
              ) -> Iterator[RawDocument | Quarantined]:
    n = 0
    try:
        with path.open("rb") as fh:
            for n, record in enumerate(ArchiveIterator(fh), start=1):
                if record.rec_type != "response":
                    continue
                where = f"{origin}#record-{n}"
                ctype = (record.http_headers.get_header("Content-Type") or "").lower() \
                    if record.http_headers else ""
                if ctype and not ctype.startswith(("text/html", "application/xhtml",
                                                   "text/plain")):
                    continue
                body = record.content_stream().read(limits.max_bytes + 1)
                if len(body) <= limits.max_bytes:
                    record.raw_stream.read()
                    if getattr(record.raw_stream, "limit", 0) > 0:
                        raise EOFError(f"record {n} is cut short")
                if len(body) > limits.max_bytes:
                    yield quarantined(where, Reason.OVERSIZED,
                                      f"record exceeds {limits.max_bytes} bytes", None, limits,
                                      size=len(body))
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                rec_id = record.rec_headers.get_header("WARC-Record-ID") or uri or where
                warc_date = record.rec_headers.get_header("WARC-Date")
                yield _document(body, rec_id, where, uri, warc_date, ctype, limits)
    except Exception as exc:  # noqa: BLE001 - damage ends the archive, not the batch
        yield quarantined(f"{origin}#record-{n + 1}", Reason.MALFORMED_ARCHIVE,
                          f"corrupt or truncated WARC after record {n}: {exc}", None, limits)


def _document(body: bytes, rec_id: str, where: str, uri: str | None, warc_date: str | None,
              ctype: str, limits: IngestLimits) -> RawDocument | Quarantined:
    try:
        text = decode(body)
    except DecodeError as exc:
        reason = Reason.BINARY if exc.binary else Reason.UNDECODABLE
        return quarantined(where, reason, str(exc), body, limits)
    if "html" in ctype or looks_like_html(text):
        doc, why = extract_html(text, rec_id, where, fmt="warc", url=uri, fallback_date=warc_date)
        if doc is None:
            return quarantined(where, Reason.EMPTY, why, body, limits)
        return doc
    if not text.strip():
        return quarantined(where, Reason.EMPTY, "empty record", body, limits)
    published, precision = parse_published(warc_date)
    return RawDocument(id=rec_id, text=text, origin=where, fmt="warc", url=uri,
                       published=published, published_precision=precision,
                       language=detect_language(text))
