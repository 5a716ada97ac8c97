"""Plain text and Markdown readers.

Plain text: a short first line followed by a blank line is the title; the text is the
body after it. Markdown: optional YAML front matter (title, published, source, url, id),
a leading ``# Heading`` as title, and the Markdown reduced to plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml

from watchfloor.errors import Reason
from watchfloor.ingest.dates import parse_published
from watchfloor.ingest.language import detect_language
from watchfloor.ingest.limits import IngestLimits, quarantined
from watchfloor.model import Quarantined, RawDocument

_FRONT = re.compile(r"\A---\n(.*?)\n---\n?", re.S)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPH = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_HEADING = re.compile(r"^#{1,6}\s+", re.M)
_LIST = re.compile(r"^\s*[-*+]\s+", re.M)
_QUOTE = re.compile(r"^>\s?", re.M)


def split_title(text: str) -> tuple[str | None, str]:
    """RETURNS (title, body): a short unpunctuated first line before a blank line."""
    stripped = text.lstrip("\n")
    first, sep, rest = stripped.partition("\n")
    if sep and rest.startswith("\n") and 0 < len(first.strip()) < 200 and \
            not first.rstrip().endswith("."):
        return first.strip(), rest.lstrip("\n")
    return None, text


def read_text(text: str, doc_id: str, origin: str, raw: bytes,
              limits: IngestLimits) -> Iterator[RawDocument | Quarantined]:
    title, body = split_title(text)
    if not body.strip():
        yield quarantined(origin, Reason.EMPTY, "no text in the file", raw, limits)
        return
    yield RawDocument(id=doc_id, text=body, origin=origin, fmt="text", title=title,
                      language=detect_language(body))


def markdown_to_text(md: str) -> str:
    """Reduce Markdown to plain text conservatively (links keep their text)."""
    text = _LINK.sub(lambda m: m.group(1), md)
    text = _HEADING.sub("", text)
    text = _LIST.sub("", text)
    text = _QUOTE.sub("", text)
    text = _EMPH.sub(lambda m: m.group(2), text)
    return text.replace("```", "")


def read_markdown(text: str, doc_id: str, origin: str, raw: bytes,
                  limits: IngestLimits) -> Iterator[RawDocument | Quarantined]:
    meta: dict = {}
    match = _FRONT.match(text)
    if match:
        try:
            meta = yaml.safe_load(match.group(1)) or {}
        except yaml.YAMLError as exc:
            yield quarantined(origin, Reason.MALFORMED_RECORD,
                              f"malformed YAML front matter: {exc}", raw, limits)
            return
        if not isinstance(meta, dict):
            yield quarantined(origin, Reason.MALFORMED_RECORD,
                              "front matter is not a mapping", raw, limits)
            return
        text = text[match.end():]
    title = meta.get("title")
    body = text.lstrip("\n")
    heading = re.match(r"#\s+(.+)\n", body)
    if heading:
        title = title or heading.group(1).strip()
        body = body[heading.end():].lstrip("\n")
    body = markdown_to_text(body).strip("\n")
    if not body.strip():
        yield quarantined(origin, Reason.EMPTY, "no text in the Markdown file", raw, limits)
        return
    published, precision = parse_published(meta.get("published") or meta.get("date"))
    yield RawDocument(
        id=str(meta.get("id") or doc_id), text=body, origin=origin, fmt="markdown",
        title=str(title) if title else None, published=published,
        published_precision=precision, source=meta.get("source"), url=meta.get("url"),
        language=detect_language(body),
    )
