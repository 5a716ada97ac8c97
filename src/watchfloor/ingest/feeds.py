"""RSS and Atom feeds (feedparser): from files, or from http(s) URLs when allowed.

Each entry becomes a document (``origin#record-N``): text from its content or summary with
the HTML reduced to text, title, date (``published``, else ``updated``), the feed's title
as source, the entry link as URL and the entry id (else the link) as id. URL fetching
reads only the feed itself — never entry links — with a time-out, a size cap and only
http(s) redirects; feedparser always gets bytes, never a URL.
"""

from __future__ import annotations

import http.client
import re
import time
import urllib.error
import urllib.request
from collections.abc import Generator, Iterator
from typing import Any

from watchfloor import __version__
from watchfloor.errors import Reason
from watchfloor.ingest.dates import parse_published
from watchfloor.ingest.decode import normalise_text
from watchfloor.ingest.language import detect_language
from watchfloor.ingest.limits import IngestLimits, checked, guarded_item, quarantined
from watchfloor.ingest.repair import repair, repair_charrefs, repair_document
from watchfloor.model import Note, Quarantined, RawDocument

USER_AGENT = f"watchfloor/{__version__} (feed reader)"
ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9"
# The root element, after an optional XML declaration, processing instructions, comments
# and doctype (with an internal subset: ``<!DOCTYPE rss [ <!ENTITY ...> ]>``; its entities
# are never expanded).
_FEED_ROOT = re.compile(
    r"\A\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)*"
    r"<(?:rss|feed|rdf:RDF)\b",
    re.I | re.S,
)
_BLOCK_TAGS = (
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 "
    "h5 h6 header hr li ol p pre section table tr ul"
)
_BLOCK = frozenset(_BLOCK_TAGS.split())
_SPACES = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]*>")
_NEWLINES = re.compile(r" *\n[\s]*")


def looks_like_feed(head: str) -> bool:
    """RETURNS True when a text starts with an RSS, Atom or RDF root element."""
    return bool(_FEED_ROOT.match(head[:4096].lstrip("\ufeff")))


def html_to_text(fragment: str) -> str:
    """RETURNS the text of an HTML fragment, one line per block element."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.etree

    try:
        return _lxml_text(fragment)
    except (lxml.etree.LxmlError, ValueError):  # control characters, broken markup
        return _NEWLINES.sub("\n", _SPACES.sub(" ", _TAG.sub(" ", fragment))).strip()


def _lxml_text(fragment: str) -> str:
    import lxml.html

    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    for el in root.iter():  # source line breaks are spaces; block elements are lines
        el.text = _SPACES.sub(" ", el.text) if el.text else el.text
        tail = _SPACES.sub(" ", el.tail) if el.tail else ""
        block = isinstance(el.tag, str) and el.tag.lower() in _BLOCK
        el.tail = "\n" + tail if block else tail or None
    return _NEWLINES.sub("\n", root.text_content()).strip()


def _entry_html(entry: Any) -> str:
    for content in entry.get("content") or []:
        if content.get("value"):
            return content["value"]
    return entry.get("summary") or ""


def _published(entry: Any) -> tuple[str | None, str]:
    for key in ("published", "updated"):
        published, precision = parse_published(entry.get(key))
        if published is None:  # a date feedparser reads and we do not (other languages)
            published, precision = parse_published(entry.get(f"{key}_parsed"))
        if published is not None:
            return published, precision
    return None, "unknown"


def read_feed(raw: bytes, origin: str, limits: IngestLimits) -> Iterator[RawDocument | Quarantined]:
    """Read an RSS/Atom feed given as bytes; ``origin`` is its path or URL."""
    import feedparser  # imported when a feed comes (start-up time)

    fixed, repaired = repair_charrefs(raw)
    try:
        parsed = feedparser.parse(fixed)
    except Exception as exc:  # noqa: BLE001 - feedparser is lenient, but not always
        message = f"unreadable feed: {type(exc).__name__}: {exc}"
        yield quarantined(origin, Reason.MALFORMED_FEED, message, raw, limits)
        return
    entries = [e for e in parsed.entries if e.get("title") or _entry_html(e) or e.get("link")]
    if not entries:
        if parsed.bozo:
            why = parsed.get("bozo_exception") or "not well-formed"
            message = f"malformed feed with no entries: {why}"
            yield quarantined(origin, Reason.MALFORMED_FEED, message, raw, limits)
        elif not parsed.get("version"):
            message = "not an RSS or Atom feed"
            yield quarantined(origin, Reason.MALFORMED_FEED, message, raw, limits)
        else:
            yield quarantined(origin, Reason.EMPTY, "feed has no entries", raw, limits)
        return
    source = parsed.feed.get("title") or None
    feed_language = (parsed.feed.get("language") or "").split("-")[0].lower() or None
    for n, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#record-{n}"
        yield guarded_item(
            where,
            Reason.MALFORMED_FEED,
            None,
            limits,
            _entry_document,
            entry,
            where,
            source,
            feed_language,
            repaired,
            limits,
        )


def _entry_document(
    entry: Any,
    where: str,
    source: str | None,
    feed_language: str | None,
    repaired: int,
    limits: IngestLimits,
) -> RawDocument | Quarantined:
    """RETURNS one feed entry as a document, or an EMPTY record when it has no text.
    ``repaired``: surrogate character references replaced in the feed (a note on the
    entries that hold a replacement character)."""
    html, _ = repair(_entry_html(entry))
    text = normalise_text(html_to_text(html))
    if not text:
        entry_raw = html.encode("utf-8") if html else None
        return quarantined(where, Reason.EMPTY, "feed entry has no text", entry_raw, limits)
    published, precision = _published(entry)
    doc = RawDocument(
        id=str(entry.get("id") or entry.get("link") or where),
        text=text,
        origin=where,
        fmt="feed",
        title=entry.get("title") or None,
        published=published,
        published_precision=precision,
        source=source,
        url=entry.get("link") or None,
        language=detect_language(text) or feed_language,
    )
    marked = repaired and any("\ufffd" in (v or "") for v in (doc.text, doc.title))
    if marked:
        doc.notes.append(
            Note(
                Reason.REPAIRED.value,
                "character references to lone surrogates in the feed replaced with U+FFFD",
                1,
            )
        )
    return checked(repair_document(doc), html.encode("utf-8"), limits)


class _HttpRedirectsOnly(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only (urllib would also follow ftp)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not newurl.lower().startswith(("http://", "https://")):
            raise urllib.error.HTTPError(newurl, code, f"redirect to {newurl} refused", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _failed(url: str, message: str, limits: IngestLimits, size: int = 0) -> Quarantined:
    return quarantined(url, Reason.FETCH_FAILED, message, None, limits, size=size)


def fetch_feed(url: str, limits: IngestLimits) -> Iterator[RawDocument | Quarantined]:
    """Fetch one feed URL and read it. Any failure (status, time-out, size) is one
    FETCH_FAILED record; ``fetch_timeout`` bounds each network wait and, checked between
    reads, the whole download."""
    data = yield from _fetch(url, limits)
    if data is not None:
        yield from read_feed(data, url, limits)


def _fetch(url: str, limits: IngestLimits) -> Generator[Quarantined, None, bytes | None]:
    """Yield a FETCH_FAILED record, or RETURN the body."""
    opener = urllib.request.build_opener(_HttpRedirectsOnly)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    deadline = time.monotonic() + limits.fetch_timeout
    cap = limits.fetch_max_bytes
    try:
        with opener.open(request, timeout=limits.fetch_timeout) as resp:
            if not 200 <= resp.status < 300:
                yield _failed(url, f"HTTP {resp.status} {resp.reason}", limits)
                return None
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > cap:
                message = f"response of {declared} bytes exceeds size limit of {cap} bytes"
                yield _failed(url, message, limits, size=int(declared))
                return None
            chunks: list[bytes] = []
            total = 0
            while chunk := resp.read1(65536):
                total += len(chunk)
                if total > cap:
                    message = f"response exceeds size limit of {cap} bytes"
                    yield _failed(url, message, limits, size=total)
                    return None
                if time.monotonic() > deadline:
                    message = f"timed out: download took over {limits.fetch_timeout:g} s"
                    yield _failed(url, message, limits, size=total)
                    return None
                chunks.append(chunk)
    except urllib.error.HTTPError as exc:
        exc.close()
        yield _failed(url, f"HTTP {exc.code} {exc.reason}", limits)
        return None
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        if isinstance(reason, TimeoutError):
            message = f"timed out after {limits.fetch_timeout:g} s"
        else:
            message = f"fetch failed: {type(reason).__name__}: {reason}"
        yield _failed(url, message, limits)
        return None
    return b"".join(chunks)
