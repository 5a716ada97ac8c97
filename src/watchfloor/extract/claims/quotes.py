"""Direct quotations in a document's text, found before sentence splitting matters.

Part of the claims extractor (:mod:`watchfloor.extract.claims`): a quotation that runs over
several sentences ("“A. B,” she said.") is one span here, so the claim built on it stays
one claim. Pairs curly double quotes, straight double quotes and the doubled apostrophes
some wire styles use (``''…''``); an unclosed quotation is dropped, never guessed.
"""

from __future__ import annotations

import re

MAX_QUOTE_CHARS = 2000  # a longer "quotation" is an unbalanced mark, not a quote
_MARKS = re.compile(r"[“”\"]|''")


def find_quotes(text: str) -> list[tuple[int, int]]:
    """RETURNS ``(start, end)`` of each quotation, quote marks included, in text order.

    A straight mark opens after a space, a line start or an opening bracket and closes
    elsewhere; a quotation never runs over a paragraph break (a blank line), so one
    unbalanced mark cannot swallow the rest of the article.
    """
    out: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _MARKS.finditer(text):
        mark, at = m.group(), m.start()
        if mark == "“":
            opens = True
        elif mark == "”":
            # a closing mark typed at the start of a quotation (after a line break or a
            # space, with none open) opens it
            opens = open_at is None and (at == 0 or text[at - 1] in " \n\t")
        else:
            opens = at == 0 or text[at - 1] in " \n\t([—–-"
        if opens:
            open_at = at
            continue
        if open_at is None:
            continue
        body = text[open_at : m.end()]
        if m.start() > open_at + 1 and len(body) <= MAX_QUOTE_CHARS and "\n\n" not in body:
            out.append((open_at, m.end()))
        open_at = None
    return out


def quote_at(quotes: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """RETURNS the quotation overlapping ``[start, end)``, or None."""
    for a, b in quotes:
        if a < end and start < b:
            return a, b
        if a >= end:
            break
    return None
