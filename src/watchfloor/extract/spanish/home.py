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

spanish45 (issue 17): a town too small for the place index (under 15,000 people: "en
Coroico", "la comuna de Ercilla") counts too, once per sentence as any place, from
``data/geo/small_places_es.tsv`` (GeoNames cities500: Latin America, Spain and Brazil;
names of one country only; built by ``scripts/build_small_places_es.py``), when it is a
capitalised proper noun after a locative preposition ("en", "de", "desde", "hacia",
"a"), whether or not the model tagged it as an entity.

spanish48 (issue 17): a tie the lede does not break because it names several of the tied
countries goes to the one whose **state body** the lede names (a police, army,
government, court or legislature: "Efectivos de la Fuerza Especial de Lucha Contra el
Narcotráfico … cerca de la frontera con Brasil" is Bolivian), when exactly one; two
countries named alone or both through their governments ("Panamá y Colombia
acordaron", "los gobiernos de Panamá y Colombia") still give none. And a criminal or
armed group's country (COLCRM, BRACRM, COLREB) counts only when nothing else names a
country, or to break a tie among the countries named most: such groups work across
borders ("una red costarricense que trabaja para el Clan del Golfo" in a Costa Rican
story).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from watchfloor.data import read_tsv
from watchfloor.extract.doccache import doc_sents, pos_tokens
from watchfloor.extract.gazetteer import fold
from watchfloor.extract.spanish.gazetteer import SpanishGazetteer
from watchfloor.extract.spanish.role_country import MEDIA, index_country

if TYPE_CHECKING:
    from watchfloor.extract.spanish.reading import Reading

ADJECTIVES = frozenset({"ADJ"})
PROPER = frozenset({"PROPN"})
HOME_KEY = "wf_es_home"  # doc.user_data key: the home country the actors reader found
# the prepositions before a small town's name that make it a place ("en Coroico")
LOCATIVE = frozenset({"en", "de", "desde", "hacia", "a"})
# the roles of a state's own bodies: naming one in the lede breaks a tie (spanish48)
STATE_BODY_ROLES = frozenset({"GOV", "COP", "MIL", "JUD", "LEG", "SPY"})
# the roles of groups that work across borders: weak evidence of a home (spanish48)
ARMED_GROUP_ROLES = frozenset({"CRM", "REB", "UAF", "INS", "SEP"})


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
    bodies: dict[str, set[int]] = defaultdict(set)  # sentences naming a country's state body
    groups: dict[str, set[int]] = defaultdict(set)  # sentences naming a country's armed group
    for r in readings:
        iso = _evidence(r)
        if iso:
            sent = bisect_right(starts, r.start) - 1
            if _armed_group(r):
                groups[iso].add(sent)
                continue
            seen[iso].add(sent)
            if _state_body(r, doc):
                bodies[iso].add(sent)
    for i, iso in _small_places(doc, readings):
        seen[iso].add(bisect_right(starts, i) - 1)
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
        # only armed or criminal groups name a country: theirs ("El Clan del Golfo atacó …")
        seen = groups
    if not seen:
        return None
    best = max(len(s) for s in seen.values())
    top = [iso for iso, s in seen.items() if len(s) == best]
    if len(top) == 1:
        return top[0]
    # the groups' countries break a tie among the countries named most otherwise
    with_groups = {iso: len(seen[iso] | groups[iso]) for iso in top}
    top = [iso for iso in top if with_groups[iso] == max(with_groups.values())]
    if len(top) == 1:
        return top[0]
    lede = min(min(s) for s in seen.values())
    in_lede = [iso for iso in top if lede in seen[iso]]
    if len(in_lede) == 1:
        return in_lede[0]
    # spanish48: of the countries the lede names, the one whose state body it names
    # ("Efectivos de la Fuerza Especial … cerca de la frontera con Brasil" BOL; "La CGT
    # realizó un paro contra el Gobierno argentino" ARG), when exactly one
    acting = [iso for iso in in_lede if lede in bodies[iso]]
    return acting[0] if len(acting) == 1 else None


def _armed_group(r: Reading) -> bool:
    """Whether a reading is a criminal or armed group (COLCRM, BRACRM, COLREB, COLUAF):
    such groups work across borders ("una red costarricense que trabaja para el Clan del
    Golfo", "sicarios del PCC" in Paraguay), so their country counts only when nothing
    else names one, or to break a tie among the countries named most (spanish48)."""
    code = r.code or ""
    return len(code) >= 6 and code[3:6] in ARMED_GROUP_ROLES


def _state_body(r: Reading, doc: Doc) -> bool:
    """Whether a reading is one state's body (a police, army, government, court or
    legislature code: BOLCOP, ARGGOV), not the country or a place alone, nor the bodies of
    coordinated countries ("los gobiernos de Panamá y Colombia", read with the first)."""
    code = r.code or ""
    if len(code) < 6 or code[3:6] not in STATE_BODY_ROLES:
        return False
    return not any(
        c.dep_ in {"nmod", "flat"} and any(g.dep_ == "conj" for g in c.children)
        for c in doc[r.start].children
    )


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


def _small_places(doc: Doc, readings: list[Reading]) -> list[tuple[int, str]]:
    """(token, country) of each small town named after a locative preposition ("en
    Tibú", "la comuna de Ercilla", "desde Coroico"): a capitalised proper noun, with the
    capitalised words after it ("Ponce Enríquez"), that no coded reading holds, found in
    the small-places list."""
    coded = {i for r in readings if r.code or r.country for i in range(r.start, r.end)}
    out: list[tuple[int, str]] = []
    for tok in pos_tokens(doc, PROPER):
        i = tok.i
        if i == 0 or i in coded or not tok.text[:1].isupper():
            continue
        if doc[i - 1].lower_ not in LOCATIVE or doc[i - 1].pos_ != "ADP":
            continue
        end = i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        iso = small_places().get(fold(doc[i:end].text))
        if iso:
            out.append((i, iso))
    return out


@lru_cache(maxsize=1)
def small_places() -> dict[str, str]:
    """Folded name -> ISO3 of the towns of ``data/geo/small_places_es.tsv``."""
    path = Path(str(resources.files("watchfloor.data.geo") / "small_places_es.tsv"))
    return {row["name"]: row["country"] for row in read_tsv(path)}
