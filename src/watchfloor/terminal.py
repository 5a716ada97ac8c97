"""Surfaces › CLI: strings from the data made safe for a terminal.

Article text, titles, file names and quarantine reasons are user-supplied: printed as
they are, an ANSI or OSC escape sequence in them would drive the terminal (colours,
window titles, hyperlinks, clearing the screen), and ``[/]`` or ``[bold]`` would be read
as rich markup (a ``MarkupError`` crashed the ingest summary). :func:`clean` shows every
control character as a visible escape (``\\x1b``); :func:`markup_safe` also escapes rich
markup, for strings printed inside a rich markup template; :func:`cell` is a table cell
that rich never parses.
"""

from __future__ import annotations

import re

from rich.markup import escape
from rich.text import Text

# C0 (but tab and newline), DEL, C1, and the bidirectional overrides that reorder text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CONTROL_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _visible(m: re.Match[str]) -> str:
    c = m.group(0)
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


def clean(text: object, one_line: bool = False) -> str:
    """RETURNS ``str(text)`` with control characters shown as escapes (``one_line``: tabs
    and newlines too)."""
    return (_CONTROL_LINE if one_line else _CONTROL).sub(_visible, str(text))


def markup_safe(text: object) -> str:
    """RETURNS ``text`` cleaned and with rich markup escaped, for a markup template."""
    return escape(clean(text, one_line=True))


def cell(value: object, width: int = 80) -> Text:
    """RETURNS a table cell: one line, cleaned, cut at ``width``, never parsed as markup."""
    return Text("" if value is None else clean(value, one_line=True)[:width])
