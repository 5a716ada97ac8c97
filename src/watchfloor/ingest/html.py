"""HTML reader: main text with trafilatura, publication date with htmldate (offline)."""

from __future__ import annotations

from collections.abc import Iterator

import trafilatura
from htmldate import find_date

from watchfloor.errors import Reason
from watchfloor.ingest.dates import parse_published
from watchfloor.ingest.language import detect_language
from watchfloor.ingest.limits import IngestLimits, quarantined
from watchfloor.model import Quarantined, RawDocument


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head or "<p>" in head


def extract_html(html: str, doc_id: str, origin: str, fmt: str = "html",
                 url: str | None = None, fallback_date: str | None = None
                 ) -> tuple[RawDocument | None, str]:
    """RETURNS (document or None, reason when None)."""
    try:
        extracted = trafilatura.bare_extraction(
            html, url=url, include_comments=False, include_tables=False, favor_precision=True,
            with_metadata=True,
        )
        result = extracted.as_dict() if extracted is not None else None
    except Exception as exc:  # noqa: BLE001 - a broken page is quarantined, not fatal
        return None, f"HTML extraction failed: {type(exc).__name__}: {exc}"
    if not result or not (result.get("text") or "").strip():
        return None, "no main text found in the HTML"
    date = None
    try:
        date = find_date(html, extensive_search=False, original_date=True,
                         outputformat="%Y-%m-%d")
    except Exception:  # noqa: BLE001 - a date is optional
        date = None
    published, precision = parse_published(date or result.get("date") or fallback_date)
    text = result["text"]
    return RawDocument(
        id=doc_id, text=text, origin=origin, fmt=fmt, title=result.get("title"),
        published=published, published_precision=precision,
        source=result.get("sitename") or result.get("hostname"),
        url=url or result.get("url"), language=detect_language(text),
    ), ""


def read_html(text: str, doc_id: str, origin: str, raw: bytes,
              limits: IngestLimits) -> Iterator[RawDocument | Quarantined]:
    doc, why = extract_html(text, doc_id, origin)
    if doc is None:
        yield quarantined(origin, Reason.EMPTY, why, raw, limits)
    else:
        yield doc
