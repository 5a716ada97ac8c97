"""Plural references back to two countries: "ambos países", "los dos gobiernos".

Place in the flow: part of the Spanish actor reader (:mod:`.actors`); the event coder
(:mod:`.events`) codes an event with such a side once per country. ``pairs.tsv`` lists the
head nouns and quantifiers. The phrase stands for the two countries most recently named
by coded actors in the story's earlier sentences (the sentence's own actors are a third
party: "Brasil ofreció mediar entre ambos países"); with fewer than two it names nobody.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Token

from watchfloor.data import read_tsv
from watchfloor.extract.articles import SPANISH_PLURAL_DEFINITE
from watchfloor.extract.gazetteer import fold

if TYPE_CHECKING:
    from watchfloor.extract.spanish.reading import Reading

PAIR = "pair"  # Reading.origin of such a phrase
MEDIA = "MED"


@lru_cache(maxsize=1)
def pair_words() -> tuple[frozenset[str], frozenset[str]]:
    """(head nouns, quantifiers), folded."""
    path = Path(str(resources.files("watchfloor.data.actors"))) / "es" / "pairs.tsv"
    rows = read_tsv(path)
    heads = frozenset(fold(r["word"]) for r in rows if r["use"].strip() == "head")
    quants = frozenset(fold(r["word"]) for r in rows if r["use"].strip() == "quantifier")
    return heads, quants


def is_pair(tok: Token) -> bool:
    """Whether ``tok`` heads "ambos países" / "los dos gobiernos": a plural head noun
    right after its quantifier (the parser hangs "dos" on the article, so word order
    decides, not the tree)."""
    heads, quants = pair_words()
    if (
        not tok.lower_.endswith("s")
        or fold(tok.lemma_) not in heads
        and fold(tok.lower_[:-1]) not in heads
        and fold(tok.lower_[:-2]) not in heads
    ):
        return False
    doc = tok.doc
    before = fold(doc[tok.i - 1].lower_) if tok.i > 0 else ""
    if before == "dos" and "dos" in quants:  # "los dos países", not "dos países"
        return tok.i > 1 and doc[tok.i - 2].lower_ in SPANISH_PLURAL_DEFINITE
    return before in quants


def resolve_pairs(readings: list[Reading], sentence_starts: list[int]) -> list[Reading]:
    """Give each pair reading (sorted by ``chars``) its two antecedents (``Reading.pair``),
    dropping those with fewer than two earlier countries. RETURNS the kept readings."""
    kept: list[Reading] = []
    for r in readings:
        if r.origin != PAIR:
            kept.append(r)
            continue
        i = bisect_right(sentence_starts, r.chars[0]) - 1
        start = sentence_starts[i] if i >= 0 else r.chars[0]
        chosen: dict[str, Reading] = {}
        for a in reversed(readings):
            if (
                a.chars[1] > start
                or a.origin == PAIR
                or not a.country
                or not a.code
                or a.inferred
                or a.code.endswith(MEDIA)
            ):
                continue
            chosen.setdefault(a.country, a)
            if len(chosen) == 2:
                break
        if len(chosen) == 2:
            r.pair = list(chosen.values())[::-1]
            kept.append(r)
    return kept
