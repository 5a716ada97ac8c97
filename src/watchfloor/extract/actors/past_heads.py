"""An undated story's earlier head of state is a former one: "President X ... President Y".

A story with no date cannot say from the calendar who held an office. When it titles two
dictionary people of one country with the same head-of-state or head-of-government office
("President Felipe Calderon's administration ... President Enrique Pena Nieto"), the story
is no older than the later one's term (the dictionary's dated codes give each term's first
day), so the one whose last term began earlier held the office no more: an elite (ELI),
not the government (actors23; issue 11 round 36: an undated story coding a past president
MEXGOV from "President"). Titles with "former", "vice", "deputy", "incoming" or "-elect"
do not count.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from datetime import date

from watchfloor.extract.actors.codes import FORMER, Period, code_history, title_words
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.gazetteer import fold

# The offices one person holds at a time in a state (the last words of the title)
HEAD_OFFICES = frozenset({"president", "prime minister", "premier"})
# Titles of someone who is not (or not yet) the office's holder: "the incoming President
# X" is the president-elect, his predecessor still in office (actors23: a judged-right
# "current President Calderon" beside "the incoming President Pena Nieto")
NOT_THE_HEAD = (
    frozenset(
        {
            "vice",
            "deputy",
            "elect",
            "president-elect",
            "acting",
            "incoming",
            "designate",
            "future",
            "next",
        }
    )
    | FORMER
)


def _head_office(titles: list[str]) -> str | None:
    """The head-of-state office a person's titles give, or None."""
    for title in titles:
        words = [fold(w) for w in title_words(title)]
        if not words or set(words) & NOT_THE_HEAD or "-elect" in fold(title):
            continue
        for size in (2, 1):
            office = " ".join(words[-size:])
            if office in HEAD_OFFICES:
                return office
    return None


def _last_term_start(r: Reading, country: str) -> date | None:
    """The first day of the person's last dated term in the government of ``country``."""
    starts = (
        [
            s
            for code, s, _ in code_history(r.entry)
            if s is not None and code[:3] == country and code[3:6] == "GOV"
        ]
        if r.entry is not None
        else []
    )
    return max(starts) if starts else None


def past_heads(readings: list[Reading], period: Period | None) -> None:
    """Recode, in place, an undated story's earlier titled heads of a state as elites."""
    if period is not None:
        return
    offices: dict[tuple[str, str], list[tuple[date, Reading]]] = {}
    for r in readings:
        code = r.code or ""
        if (
            r.type != "person"
            or r.code_from != "title"
            or len(code) != 6
            or code[3:] != "GOV"
            or r.entry is None
        ):
            continue
        office = _head_office(r.titles)
        start = _last_term_start(r, code[:3]) if office else None
        if office and start:
            offices.setdefault((code[:3], office), []).append((start, r))
    for held in offices.values():
        latest = max(start for start, _ in held)
        for start, r in held:
            if start < latest:
                r.code = f"{r.code[:3]}ELI"
