"""The home country of a Spanish story: the country its sentences name most.

Place in the flow: NLP → **actors** (:mod:`.actors`) → events. A state role with no country
of its own ("el Gobierno", "la Policía") and, in a story of several sentences, a sector
("los manifestantes") take the story's home country (:mod:`.role_country`, item 3).

Twenty-first pass (issue 17, branch spanish31): the home country is counted by
**sentence**, not by mention, so one sentence that names a second country twice ("La
embajada de Estados Unidos … cortes estadounidenses") does not outweigh the story's own;
a city the place index knows ("Trujillo", "Machala") and a place noun with a demonym ("la
capital guatemalteca") count as evidence besides coded actors and countries; and a tie is
broken by the **lede**: the first sentence that names any country decides between the
tied countries when it names exactly one of them. A story truly about two countries
("Panamá y Colombia acordaron …" in its first sentence, each named as often) still has no
home country. Media do not count: a wire agency's country ("dijo a EFE") is where the
report was filed from, not where the story happens.

Twenty-third pass (issue 17, branch spanish33): the home country found for a document is
kept on it (``doc.user_data``, :func:`story_home`), so the event extractor can aim a
foreign actor's act that names no target at it (:mod:`.toward_home`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from watchfloor.extract.doccache import doc_sents, pos_tokens
from watchfloor.extract.gazetteer import fold
from watchfloor.extract.spanish.gazetteer import SpanishGazetteer
from watchfloor.extract.spanish.role_country import MEDIA, index_country

if TYPE_CHECKING:
    from watchfloor.extract.spanish.reading import Reading

ADJECTIVES = frozenset({"ADJ"})
HOME_KEY = "wf_es_home"  # doc.user_data key: the home country the actors reader found


def home_country(doc: Doc, readings: list[Reading], gaz: SpanishGazetteer) -> str | None:
    """The one country the most sentences of ``doc`` point to (lede breaks a tie); kept
    on ``doc`` for the events (:func:`story_home`)."""
    home = _most_named(doc, readings, gaz)
    doc.user_data[HOME_KEY] = home
    return home


def story_home(doc: Doc) -> str | None:
    """The home country :func:`home_country` found for ``doc``; None when it found none
    or the actors were not read from this document."""
    return doc.user_data.get(HOME_KEY)


def _most_named(doc: Doc, readings: list[Reading], gaz: SpanishGazetteer) -> str | None:
    starts = [s.start for s in doc_sents(doc)]  # the spans the readers share (doccache)
    seen: dict[str, set[int]] = defaultdict(set)
    for r in readings:
        iso = _evidence(r)
        if iso:
            seen[iso].add(bisect_right(starts, r.start) - 1)
    for tok in pos_tokens(doc, ADJECTIVES):
        # "la capital guatemalteca", "territorio hondureño": a place noun's demonym
        head = tok.head
        if (
            tok.dep_ == "amod"
            and tok.text[:1].islower()
            and (fold(head.lemma_) in gaz.place_nouns or fold(head.lower_) in gaz.place_nouns)
        ):
            iso = gaz.country_word(tok.text)
            if iso:
                seen[iso].add(bisect_right(starts, tok.i) - 1)
    if not seen:
        return None
    best = max(len(s) for s in seen.values())
    top = [iso for iso, s in seen.items() if len(s) == best]
    if len(top) == 1:
        return top[0]
    lede = min(min(s) for s in seen.values())
    in_lede = [iso for iso in top if lede in seen[iso]]
    return in_lede[0] if len(in_lede) == 1 else None


def _evidence(r: Reading) -> str | None:
    """The country a reading tells of the story: a coded actor's, place's or role
    phrase's own ("la cancillería cubana"; not one inferred from the story, nor a
    medium's), or the place index's country of an uncoded place."""
    if (r.code or "").endswith(MEDIA) or r.inferred:
        return None
    if r.country:
        return r.country
    if r.type == "location" and r.code is None:
        return index_country(r.name)
    return None
