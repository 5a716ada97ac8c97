"""HTML reader: main text with trafilatura, publication date with htmldate, both offline.

Boilerplate (navigation, cookie banners, footers, related links) is left out by
trafilatura in precision mode. The title comes from trafilatura's metadata (``<title>``,
``og:title``, ``<h1>``), the source from ``og:site_name``, the URL from the canonical link
or ``og:url``. htmldate and trafilatura are only ever given the page itself, never a URL.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from watchfloor.errors import Reason
from watchfloor.ingest.dates import parse_published
from watchfloor.ingest.decode import decode_item, note_replaced
from watchfloor.ingest.language import detect_language
from watchfloor.ingest.limits import IngestLimits, checked, quarantined
from watchfloor.model import Quarantined, RawDocument

_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_NOT_TEXT = re.compile(  # elements whose content is never text of the page
    r"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", re.I | re.S
)
_HTML_TAG = re.compile(r"<(?:head|body|title|p|div|article|meta)\b", re.I)


def looks_like_html(text: str) -> bool:
    """RETURNS True when the start of ``text`` is an HTML document or HTML markup."""
    head = text[:4096]
    return bool(_HTML_START.match(head)) or (
        head.lstrip().startswith("<") and len(_HTML_TAG.findall(head)) >= 2
    )


def _find_date(html: str) -> str | None:
    # htmldate downloads its argument when it looks like a URL (starts with "http", no
    # space); such a "page" has no date anyway, and must never reach the network.
    if html.startswith("http") and " " not in html:
        return None
    from htmldate import find_date  # imported when an HTML page comes (start-up time)

    try:
        return find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # noqa: BLE001 - a date is optional
        return None


def extract_html(
    html: str,
    doc_id: str,
    origin: str,
    *,
    fmt: str = "html",
    url: str | None = None,
    fallback_date: str | None = None,
) -> tuple[RawDocument | None, str]:
    """RETURNS ``(document, "")``, or ``(None, why)`` when the page has no main text.

    ``url`` is the page's address when known (WARC); ``fallback_date`` is used, at day
    precision only, when the page itself carries no date (a crawl time is not a
    publication time, only an upper bound of it).
    """
    import trafilatura  # imported when an HTML page comes (start-up time)

    try:
        extracted = trafilatura.bare_extraction(
            _NOT_TEXT.sub(" ", html),  # script text inside <h1> became part of the title
            url=url,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            with_metadata=True,
        )
        meta: dict[str, Any] = extracted.as_dict() if extracted is not None else {}
    except Exception as exc:  # noqa: BLE001 - a broken page is quarantined, not fatal
        return None, f"HTML extraction failed: {type(exc).__name__}: {exc}"
    text = meta.get("text") or ""
    if not text.strip():
        return None, "no main text found in the HTML"
    published, precision = parse_published(_find_date(html) or meta.get("date"))
    if published is None and fallback_date:
        published, precision = parse_published(fallback_date)
        if precision == "second":
            published, precision = published[:10], "day"
    return RawDocument(
        id=doc_id,
        text=text,
        origin=origin,
        fmt=fmt,
        title=meta.get("title") or None,
        published=published,
        published_precision=precision,
        source=meta.get("sitename") or meta.get("hostname") or None,
        url=url or meta.get("url") or None,
        language=detect_language(text),
    ), ""


def read_html(
    raw: bytes, origin: str, limits: IngestLimits, name: str | None = None
) -> Iterator[RawDocument | Quarantined]:
    """Read an HTML page; no main text quarantines it (EMPTY)."""
    html = decode_item(raw, origin, limits)
    if isinstance(html, Quarantined):
        yield html
        return
    doc, why = extract_html(html, name or Path(origin).name, origin)
    yield (
        quarantined(origin, Reason.EMPTY, why, raw, limits)
        if doc is None
        else checked(note_replaced(doc, html), raw, limits)
    )
