"""Invalid Unicode, repaired and counted: the ingest stage's last word on a string.

A lone surrogate (``\\ud83d``: half of an emoji cut by a scraper, a JSON ``\\u`` escape or an
XML character reference to one) is not a character: nothing can encode it, so it would
make hashing, language detection or the store fail on the whole batch. Readers pass every
string they take from a record through :func:`repair`, which replaces each lone surrogate
with U+FFFD (a surrogate pair that only arrived split, as two escapes, is joined into the
character it encodes) and counts the replacements; the count becomes a note on the
document (:class:`~watchfloor.model.Note`, code :attr:`~watchfloor.errors.Reason.REPAIRED`).
"""

from __future__ import annotations

import re

from watchfloor.errors import Reason
from watchfloor.model import Note, RawDocument

_PAIR_OR_LONE = re.compile(r"[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]")
# XML/HTML numeric character references to a surrogate (decimal 55296-57343 or hex).
_CHARREF = re.compile(
    rb"&#(?:[xX]0*[dD][89a-fA-F][0-9a-fA-F]{2}|0*(?:5529[6-9]|55[3-9]\d\d|56\d\d\d|57[0-2]\d\d|573[0-3]\d|"
    rb"5734[0-3]));"
)
REPLACEMENT = "\ufffd"


def _join_or_replace(m: re.Match[str]) -> str:
    s = m.group(0)
    if len(s) == 2:  # a high and a low surrogate: the character they encode
        return chr(0x10000 + ((ord(s[0]) - 0xD800) << 10) + (ord(s[1]) - 0xDC00))
    return REPLACEMENT


def repair(text: str) -> tuple[str, int]:
    """RETURNS ``(text, n)``: ``text`` with each lone surrogate as U+FFFD and split pairs
    joined; ``n`` counts the lone surrogates replaced (0: ``text`` is returned as is)."""
    try:
        text.encode("utf-8")
        return text, 0
    except UnicodeEncodeError:
        pass
    fixed = _PAIR_OR_LONE.sub(_join_or_replace, text)
    lone = sum(1 for c in fixed if c == REPLACEMENT) - text.count(REPLACEMENT)
    return fixed, lone


def repair_charrefs(raw: bytes) -> tuple[bytes, int]:
    """RETURNS markup bytes with every character reference to a surrogate as ``&#xFFFD;``
    (XML forbids them; feedparser's fallback parser raises on them), and their count."""
    return _CHARREF.subn(b"&#xFFFD;", raw)


def repair_document(doc: RawDocument, already: int = 0) -> RawDocument:
    """Repair every string field of ``doc`` in place; the replacements (plus ``already``,
    counted earlier, e.g. in markup) become one REPAIRED note. RETURNS ``doc``."""
    total = already
    for name in (
        "id",
        "text",
        "origin",
        "title",
        "published",
        "source",
        "url",
        "language",
        "dateline",
    ):
        value = getattr(doc, name)
        if isinstance(value, str):
            fixed, n = repair(value)
            if n or fixed is not value:
                setattr(doc, name, fixed)
            total += n
    if total:
        doc.notes.append(
            Note(
                Reason.REPAIRED.value,
                f"{total} invalid Unicode code point(s) (lone surrogates) replaced with U+FFFD",
                total,
            )
        )
    return doc


def safe(text: str) -> str:
    """RETURNS ``text`` repaired (for messages and origins that must be storable)."""
    return repair(text)[0]
