"""Plain text and Markdown readers.

Plain text: a short first line (under 200 characters, no final period) followed by a blank
line is the title, and the text is the body after it; otherwise the text is the whole file.
Markdown: optional YAML front matter (``title``, ``published``/``date``, ``source``,
``url``, ``id``), a leading ``# Heading`` as title, and the Markdown reduced to plain text
with a few conservative rules (code blocks are kept verbatim).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from watchfloor.errors import Reason
from watchfloor.ingest.dates import parse_published
from watchfloor.ingest.decode import decode_item, note_replaced
from watchfloor.ingest.language import detect_language
from watchfloor.ingest.limits import IngestLimits, checked, quarantined
from watchfloor.model import Quarantined, RawDocument

MAX_TITLE = 200
_TITLE = re.compile(r"\A(?:[ \t]*\n)*([^\n]+)\n[ \t]*\n(?:[ \t]*\n)*")
_FRONT = re.compile(r"\A---[ \t]*\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S | re.M)
_ATX_TITLE = re.compile(r"\A(?:[ \t]*\n)*#[ \t]+([^\n]+?)(?:[ \t]+#+)?[ \t]*(?:\n|\Z)")
_FENCE = re.compile(r"^[ \t]*(```|~~~)[^\n]*\n(.*?)^[ \t]*\1[ \t]*$\n?", re.S | re.M)

# Markdown → text rules, applied in order outside code blocks.
_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"), ""),  # images are dropped
    (re.compile(r"!\[[^\]\n]*\]\[[^\]\n]*\]"), ""),
    (re.compile(r"^[ \t]*\[[^\]\n]+\]:[ \t]+\S+.*\n?", re.M), ""),  # link definitions
    (re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"), r"\1"),  # [text](url) -> text
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),  # [text][ref] -> text
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"^[ \t]*#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M), r"\1"),  # headings
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M), ""),  # horizontal rules
    (re.compile(r"^[ \t]*(?:=+|-+)[ \t]*$", re.M), ""),  # setext heading underlines
    (re.compile(r"^[ \t]*>[ \t]?", re.M), ""),  # block quotes
    (re.compile(r"^([ \t]*)[-*+][ \t]+", re.M), r"\1"),  # bullets
    (re.compile(r"(?<![\w*\\])(\*\*|\*)(?![\s*])([^\n]+?)(?<![\s*\\])\1(?![\w*])"), r"\2"),
    (re.compile(r"(?<![\w_\\])(__|_)(?![\s_])([^\n]+?)(?<![\s_\\])\1(?![\w_])"), r"\2"),
    (re.compile(r"~~(?!\s)([^\n]+?)(?<!\s)~~"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # inline code keeps its text
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), r"\1"),  # backslash escapes
]


def split_title(text: str) -> tuple[str | None, str]:
    """RETURNS ``(title, body)``: a short first line without a final period, followed by a
    blank line, is the title; otherwise ``(None, text)``."""
    m = _TITLE.match(text)
    if m:
        title = m.group(1).strip()
        if 0 < len(title) < MAX_TITLE and not title.endswith("."):
            return title, text[m.end() :]
    return None, text


def markdown_to_text(md: str) -> str:
    """RETURNS ``md`` as plain text: markup removed, link text kept, images dropped, the
    content of fenced code blocks kept as it is."""
    parts: list[str] = []
    pos = 0
    for m in _FENCE.finditer(md):
        parts.append(_strip_markup(md[pos : m.start()]))
        parts.append(m.group(2))
        pos = m.end()
    parts.append(_strip_markup(md[pos:]))
    return "".join(parts)


def _strip_markup(text: str) -> str:
    for pattern, repl in _RULES:
        text = pattern.sub(repl, text)
    return text


def read_text(
    raw: bytes, origin: str, limits: IngestLimits, name: str | None = None
) -> Iterator[RawDocument | Quarantined]:
    """Read a plain-text file. ``name`` (default: the file name of ``origin``) is the id."""
    text = decode_item(raw, origin, limits)
    if isinstance(text, Quarantined):
        yield text
        return
    title, body = split_title(text)
    if not body.strip():
        yield quarantined(origin, Reason.EMPTY, "no text after the title line", raw, limits)
        return
    doc = RawDocument(
        id=name or Path(origin).name,
        text=body,
        origin=origin,
        fmt="text",
        title=title,
        language=detect_language(body),
    )
    yield checked(note_replaced(doc, text), raw, limits)


def _meta_str(meta: dict[str, Any], key: str) -> str | None:
    value = meta.get(key)
    if value is None or isinstance(value, dict | list):
        return None
    return str(value).strip() or None


def read_markdown(
    raw: bytes, origin: str, limits: IngestLimits, name: str | None = None
) -> Iterator[RawDocument | Quarantined]:
    """Read a Markdown file; malformed front matter quarantines it (MALFORMED_RECORD)."""
    text = decoded = decode_item(raw, origin, limits)
    if isinstance(text, Quarantined):
        yield text
        return
    meta: dict[str, Any] = {}
    if match := _FRONT.match(text):
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as exc:
            message = f"malformed YAML front matter: {exc}".replace("\n", " ")
            yield quarantined(origin, Reason.MALFORMED_RECORD, message, raw, limits)
            return
        if loaded is not None and not isinstance(loaded, dict):
            yield quarantined(
                origin, Reason.MALFORMED_RECORD, "front matter is not a mapping", raw, limits
            )
            return
        meta = {str(k).lower(): v for k, v in (loaded or {}).items()}
        text = text[match.end() :]
    title = _meta_str(meta, "title")
    if heading := _ATX_TITLE.match(text):
        title = title or _strip_markup(heading.group(1)).strip()
        text = text[heading.end() :]
    body = markdown_to_text(text).strip("\n")
    if not body.strip():
        yield quarantined(origin, Reason.EMPTY, "no text in the Markdown file", raw, limits)
        return
    published, precision = parse_published(meta.get("published") or meta.get("date"))
    doc = RawDocument(
        id=_meta_str(meta, "id") or name or Path(origin).name,
        text=body,
        origin=origin,
        fmt="markdown",
        title=title,
        published=published,
        published_precision=precision,
        source=_meta_str(meta, "source"),
        url=_meta_str(meta, "url"),
        language=_meta_str(meta, "language") or detect_language(body),
    )
    yield checked(note_replaced(doc, decoded), raw, limits)
