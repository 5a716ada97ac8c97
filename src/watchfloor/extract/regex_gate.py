"""A first-character lookahead for regular expressions searched in many texts.

Python's ``re`` skips ahead quickly only when a pattern starts with a literal or a
character class; an alternation of words behind ``\\b`` (``\\b(?:tbilisi|amman)\\b``, the
claims' boilerplate lines) is instead tried in full at every position of the text.
:func:`gated` puts before such a pattern a lookahead for the characters any of its matches
must start with, read from the parsed pattern: a necessary condition, so the matches are
the same, found sooner. Where those characters cannot be read (a match may be empty or
start with any character, a lookaround, an inline flag group), the pattern is left as it is.
"""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812 - the parser's opcodes
from re import _parser as P  # noqa: N812 - the stdlib parser ``re.compile`` itself uses
from typing import Any

_ZERO_WIDTH = {C.AT_BEGINNING, C.AT_BEGINNING_LINE, C.AT_BEGINNING_STRING, C.AT_BOUNDARY,
               C.AT_NON_BOUNDARY, C.AT_END, C.AT_END_LINE, C.AT_END_STRING}


class _Unknown(Exception):
    """The first characters cannot be read."""


def _firsts(items: Any) -> tuple[set[str], bool]:
    """RETURNS the characters a match of the sequence ``items`` may start with, and whether
    it may match the empty string."""
    out: set[str] = set()
    for op, av in items:
        if op is C.AT:
            if av not in _ZERO_WIDTH:
                raise _Unknown
            continue  # zero width: the next item gives the first character
        if op is C.LITERAL:
            return out | {chr(av)}, False
        if op is C.IN:
            chars = set()
            for kind, val in av:
                if kind is C.LITERAL:
                    chars.add(chr(val))
                elif kind is C.RANGE and val[1] - val[0] < 64:
                    chars.update(chr(c) for c in range(val[0], val[1] + 1))
                else:
                    raise _Unknown  # NEGATE, a category (\w), a wide range
            return out | chars, False
        if op is C.SUBPATTERN:
            _group, add, delete, sub = av
            if add or delete:
                raise _Unknown  # (?i:...) inside: the lookahead's flags would differ
            got, empty = _firsts(sub)
        elif op is C.BRANCH:
            got, empty = set(), False
            for alt in av[1]:
                g, e = _firsts(alt)
                got |= g
                empty = empty or e
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, _hi, sub = av
            got, empty = _firsts(sub)
            empty = empty or lo == 0
        else:
            raise _Unknown  # ANY, NOT_LITERAL, CATEGORY, lookarounds, group references
        out |= got
        if not empty:
            return out, False
    return out, True


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """RETURNS a character class (``"[abc]"``) of the characters every match of ``pattern``
    starts with (as written: the flags apply to the class as to the pattern), or None when
    it cannot be read or a match may be empty."""
    try:
        parsed = P.parse(pattern, flags)
        if parsed.state.flags != P.parse("", flags).state.flags:
            return None  # inline global flags ("(?i)..."): not wrapped
        chars, empty = _firsts(parsed)
    except _Unknown:
        return None
    if empty or not chars:
        return None
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """RETURNS ``re.compile(pattern, flags)``, with a lookahead for its first characters
    (:func:`first_chars`) put before it where they can be read: the same matches."""
    first = first_chars(pattern, flags)
    if first is None:
        return re.compile(pattern, flags)
    return re.compile(f"(?={first})(?:{pattern})", flags)


__all__ = ["first_chars", "gated"]
