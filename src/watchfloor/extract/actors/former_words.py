"""Words that put an office in the past ("former", "ex-", "then-", "one-time"), read once.

Part of the actor extractor (extract step): the rows of ``data/actors/former_words.tsv``
and the one reading of a hyphenated former word ("one-time": the tokenizer parts it into
"one", "-", "time", none of them a former word). :mod:`.codes` (``title_words``),
:mod:`.titles` (the title walk), :mod:`.role_phrases` (a role word's modifier) and
:mod:`.title_codes` (a past title) all ask :func:`hyphenated_formers`.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

import re
from pathlib import Path

from watchfloor.data import read_tsv
from watchfloor.extract.gazetteer import fold

# folded word -> its kind ("held", "then", "lost", "demobilized"; see the file's header)
FORMER_KINDS: dict[str, str] = {
    fold(r["word"]): r["kind"].strip()
    for r in read_tsv(Path(__file__).resolve().parents[2] / "data" / "actors" / "former_words.tsv")
}
FORMER = {w for w in FORMER_KINDS if "-" not in w}
HYPHENATED_FORMER = {w for w in FORMER_KINDS if "-" in w}
# An office held and left ("former", "ex-", "retired", "the late"; kind "held"): not "then-"
# (held at the time told), "ousted" or "demobilized"
HELD_FORMER = {w for w, kind in FORMER_KINDS.items() if kind == "held" and "-" not in w}
# the hyphenated words, longest first: at one place the longest word is read, so a whole
# text that is one of them is one span
_HYPHENATED_WORD = (
    re.compile(
        r"\b(?:"
        + "|".join(map(re.escape, sorted(HYPHENATED_FORMER, key=lambda w: (-len(w), w))))
        + r")\b",
        re.I,
    )
    if HYPHENATED_FORMER
    else None
)


def hyphenated_formers(text: str) -> list[tuple[int, int]]:
    """RETURNS the (start, end) character offsets of the hyphenated former words of
    ``text`` ("one-time", any case, as a whole word), in order, not overlapping; ``[]``
    when there is none. A text that is one such word and nothing else gives one span,
    ``[(0, len(text))]``."""
    if _HYPHENATED_WORD is None:
        return []
    return [m.span() for m in _HYPHENATED_WORD.finditer(text)]


def is_hyphenated_former(text: str) -> bool:
    """Whether ``text`` is one hyphenated former word and nothing else."""
    return hyphenated_formers(text) == [(0, len(text))]
