"""Page furniture that is no claim: captions, photo credits, bylines, "Read more" lines and
datelines.

Part of the claims extractor (:mod:`watchfloor.extract.claims`). Text extracted from a web
page keeps lines that are not the article's statements: a map or photo caption, a credit
("(Reuters/Jane Doe)", "Photo: ..."), a byline ("By Maria Lopez"), a link to another
story ("Read more: ..."), and a dateline before the first sentence ("CARACAS (AP) —").
:func:`furniture` finds such lines (patterns in ``not_claims`` of
``watchfloor/data/claims/cues.yaml``) as character spans; the extractor keeps no claim
inside them and cuts them off a claim they are glued to. :func:`dateline_end` gives where
a dateline ends so a claim's content starts after it.
"""

from __future__ import annotations

import re
from typing import Any

_LINE = re.compile(r"[^\n]+")


class Furniture:
    def __init__(self, cues: dict[str, Any]) -> None:
        table = cues["raw"].get("not_claims") or {}
        self.lines = _any_of(
            [p for key in ("captions", "credits", "bylines", "links") for p in table.get(key) or []]
        )
        self.dateline = _any_of(table.get("datelines") or [])

    def spans(self, text: str) -> list[tuple[int, int]]:
        """RETURNS ``(start, end)`` of every line of ``text`` that is page furniture."""
        out = []
        for m in _LINE.finditer(text):
            line = m.group()
            if self.lines.match(line.strip()):
                out.append((m.start(), m.end()))
            else:  # a credit glued at the end of a line: "... in 2025. (Reuters/Jane Doe)"
                tail = re.search(
                    r"\((?:[A-Z][\w.]*(?: [A-Z][\w.]*)*\s*/\s*)[^()]{2,60}\)\s*$", line
                )
                if tail is not None:
                    out.append((m.start() + tail.start(), m.end()))
        return out

    def dateline_end(self, text: str, start: int) -> int:
        """RETURNS where a dateline starting at ``start`` ends (``start`` when none)."""
        m = self.dateline.match(text, start)
        return m.end() if m is not None else start


def inside(spans: list[tuple[int, int]], start: int, end: int, share: float = 0.5) -> bool:
    """Whether at least ``share`` of ``[start, end)`` lies in ``spans``."""
    covered = sum(max(0, min(b, end) - max(a, start)) for a, b in spans)
    return end > start and covered >= share * (end - start)


def outside(spans: list[tuple[int, int]], start: int, end: int, text: str) -> tuple[int, int]:
    """``[start, end)`` without furniture at either edge (glued captions, credits)."""
    changed = True
    while changed and end > start:
        changed = False
        for a, b in spans:
            if a <= start < b:
                start, changed = b, True
            if a < end <= b:
                end, changed = a, True
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _any_of(patterns: list[str]) -> re.Pattern[str]:
    """One pattern matching any of ``patterns``; a leading ``(?i)`` stays with its own."""
    scoped = [f"(?i:{p[4:]})" if p.startswith("(?i)") else f"(?:{p})" for p in patterns]
    return re.compile("|".join(scoped) or r"(?!x)x")
