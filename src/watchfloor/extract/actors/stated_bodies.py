"""A body named once with its state, named again without it: "the U.S. Senate ... the Senate".

A national body the text names with its state ("the U.S. Senate", "the Japanese Foreign
Ministry") is that state's wherever the text names it again without the state ("the
Senate voted", "Senate leaders", "the Senate Finance Committee", "the Foreign Ministry"):
the state the body's own earlier name gives, never the state the article names most
(sides39: the US Senate coded JPNLEG and CANLEG in stories about trade with Japan and
Canada, and a senator with it). The later name must hold the whole earlier name less its
state words ("Senate" of "U.S. Senate"); a bare "ministry" after "Japanese Foreign
Ministry" is no match, and two states' bodies of that name give no answer.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors, while the coder
gives countries) → store → analyse → serve/export.
"""

from __future__ import annotations

from spacy.tokens import Doc

from watchfloor.extract.actors.codes import country_word
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.doccache import doc_tokens
from watchfloor.extract.gazetteer import Gazetteer, fold


def stated_body_country(
    doc: Doc, gaz: Gazetteer, start: int, end: int, role: str, readings: list[Reading]
) -> str | None:
    """The one state of a body with ``role`` named with its state before ``start`` whose
    name, less its state words, stands whole in ``doc[start:end]``; None otherwise."""
    words = [fold(t.text) for t in doc_tokens(doc)[start:end] if not t.is_space]
    if not words:
        return None
    states = set()
    for r in readings:
        if (
            r.start >= start
            or r.type != "organization"
            or r.inferred
            or not r.country
            or (r.code or "")[3:6] != role
            or r.origin == "role"
        ):
            continue
        rest = _without_state_words(gaz, doc, r)
        if rest and _holds(words, rest):
            states.add(r.country)
    return next(iter(states)) if len(states) == 1 else None


def _without_state_words(gaz: Gazetteer, doc: Doc, r: Reading) -> list[str]:
    """The words of a body's mention less those that name a state ("U.S.", "Japanese",
    "Japan's") and the articles; [] when no state word was there to drop (a name that
    never said its state: "Senate" alone is no stated body)."""
    kept, dropped = [], False
    for t in doc_tokens(doc)[r.start : r.end]:
        if t.is_space or t.is_punct or fold(t.text) in {"the", "'s", "\u2019s"}:
            continue
        if country_word(gaz, t.text.removesuffix("'s")):
            dropped = True
            continue
        kept.append(fold(t.text))
    return kept if dropped else []


def _holds(words: list[str], part: list[str]) -> bool:
    n = len(part)
    return any(words[i : i + n] == part for i in range(len(words) - n + 1))
