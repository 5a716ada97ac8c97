"""RSS and Atom feeds (feedparser): from files, or from http(s) URLs when allowed.

URL fetching has a time-out and a size cap and never follows entry links: only the feed
itself is read. Entry HTML is reduced to text with lxml.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator

import feedparser
import lxml.html

from watchfloor import __version__
from watchfloor.errors import Reason
from watchfloor.ingest.dates import parse_published
from watchfloor.ingest.decode import normalise_text
from watchfloor.ingest.language import detect_language
from watchfloor.ingest.limits import IngestLimits, quarantined
from watchfloor.model import Quarantined, RawDocument

USER_AGENT = f"watchfloor/{__version__} (+feed reader)"


def looks_like_feed(head: str) -> bool:
    low = head[:2048].lower()
    return "<rss" in low or "<feed" in low or "<rdf:rdf" in low


def _html_text(fragment: str) -> str:
    if "<" not in fragment:
        return fragment
    try:
        return lxml.html.fromstring(fragment).text_content()
    except Exception:  # noqa: BLE001 - fall back to the raw fragment
        return fragment


def _entry_html(entry) -> str:
    if entry.get("content"):
        return entry.content[0].get("value", "") or entry.get("summary", "")
    return entry.get("summary", "")


def read_feed(data: bytes, origin: str, limits: IngestLimits
              ) -> Iterator[RawDocument | Quarantined]:
    parsed = feedparser.parse(data)
    if not parsed.entries or (parsed.bozo and not any(_entry_html(e) for e in parsed.entries)):
        why = getattr(parsed, "bozo_exception", None) or "no entries"
        yield quarantined(origin, Reason.MALFORMED_FEED, f"unreadable feed: {why}", data, limits)
        return
    source = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#entry-{n}"
        html = _entry_html(entry)
        text = normalise_text(_html_text(html)).strip()
        if not text:
            yield quarantined(where, Reason.EMPTY, "feed entry has no text", None, limits)
            continue
        published, precision = parse_published(entry.get("published_parsed")
                                                or entry.get("updated_parsed"))
        yield RawDocument(
            id=str(entry.get("id") or entry.get("link") or where), text=text, origin=where,
            fmt="feed", title=entry.get("title"), published=published,
            published_precision=precision, source=source, url=entry.get("link"),
            language=detect_language(text),
        )


def fetch_feed(url: str, limits: IngestLimits) -> Iterator[RawDocument | Quarantined]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=limits.fetch_timeout) as resp:  # noqa: S310
            data = resp.read(limits.fetch_max_bytes + 1)
    except urllib.error.HTTPError as exc:
        yield quarantined(url, Reason.FETCH_FAILED, f"HTTP {exc.code} {exc.reason}", None, limits)
        return
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        yield quarantined(url, Reason.FETCH_FAILED, f"fetch failed: {reason}", None, limits)
        return
    if len(data) > limits.fetch_max_bytes:
        yield quarantined(url, Reason.FETCH_FAILED,
                          f"response exceeds size limit of {limits.fetch_max_bytes} bytes",
                          None, limits, size=len(data))
        return
    yield from read_feed(data, url, limits)
