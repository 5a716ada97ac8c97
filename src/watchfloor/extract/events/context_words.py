"""Context words of the event dictionary's patterns, read without their false friends.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (events: the dictionary
coder's entry patterns) → store → analyse → serve/export.

An entry pattern's ``context_any`` words (``data/events/verbs.yaml``) are looked for as
substrings of the trigger's sentence. Some of them stand in fixed phrases with another sense
("exchange rates", "stock exchange", "press release"): :func:`without_false_friends` blanks
those phrases (``data/events/context_false_friends.tsv``) before the look-up, keeping the
string's length.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def false_friends() -> dict[str, str]:
    """RETURNS phrase → the context word it hides, from ``context_false_friends.tsv``.
    RAISES ValueError naming the line of a row without a phrase or a hidden word, or whose
    phrase is not lower case or does not hold that word."""
    text = (
        resources.files("watchfloor.data.events")
        .joinpath("context_false_friends.tsv")
        .read_text(encoding="utf-8")
    )
    rows = [(n, ln.split("\t")) for n, ln in enumerate(text.splitlines(), 1) if ln.strip()]
    rows = [(n, cols) for n, cols in rows if not cols[0].startswith("#")]
    out: dict[str, str] = {}
    for n, cols in rows[1:]:  # the first row names the columns
        phrase, hides = (cols + ["", ""])[0].strip(), (cols + ["", ""])[1].strip()
        if not phrase or not hides or hides not in phrase or phrase != phrase.lower():
            raise ValueError(f"context_false_friends.tsv line {n}: bad row {cols!r}")
        out[phrase] = hides
    return out


@lru_cache(maxsize=1)
def _pattern() -> tuple[frozenset[str], re.Pattern[str]]:
    phrases = sorted(false_friends(), key=len, reverse=True)  # longest first
    return frozenset(false_friends().values()), re.compile("|".join(map(re.escape, phrases)))


def without_false_friends(sentence: str) -> str:
    """RETURNS the lower-cased ``sentence`` with every false-friend phrase replaced by as
    many spaces (the context words are then looked for in what is left)."""
    hidden, pattern = _pattern()
    if not any(w in sentence for w in hidden):
        return sentence
    return pattern.sub(lambda m: " " * len(m.group()), sentence)
