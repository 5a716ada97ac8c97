"""The country of a Spanish role phrase that names none, read from its context.

Place in the flow: NLP → **actors** (:mod:`.actors`, role phrases) → events. A role phrase
with no demonym, country or organisation of its own ("los manifestantes", "el Ejército",
"su gobierno") takes, where ``data/actors/es/role_countries.tsv`` allows its role:

1. **possessor** — the country of the actor a possessive points back to ("Colombia …
   su gobierno" COLGOV: the nearest earlier actor with a country), or of a person of
   known country qualifying it ("el gobierno de <a president>");
2. **place** — the one country of the places named in its own phrase ("los manifestantes
   en Culiacán") or in its clause ("En la capital mexicana, los vecinos …", "el Ejército
   … en el estado de Chiapas"): place readings with a country, or a place noun of
   ``role_adjectives.tsv`` (use ``place``) with a demonym or a "de <lugar>"; since the
   nineteenth pass the role's own phrase outranks its clause, a name keeps its
   capitalised article ("de El Salvador") and an unknown body's own "de" phrase counts
   ("la Dirección General de Migración de República Dominicana");
3. **story** — in a document of several sentences, the document's dominant country
   (flagged inferred; the caller decides); state roles and, since the sixteenth pass,
   sectors ("los manifestantes", "sacerdotes").

International bodies are not listed in the table and never take a country, as in the
English coder (:mod:`watchfloor.extract.actors.coding`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from watchfloor.extract.doccache import morph_get
from watchfloor.extract.gazetteer import fold
from watchfloor.extract.spanish.gazetteer import SpanishGazetteer
from watchfloor.geo import default_index

if TYPE_CHECKING:
    from watchfloor.extract.spanish.reading import Reading

PLACE_CASES = {"en"}  # "en Culiacán": where the clause happens
OWN_CASES = {"en", "de", "del"}  # "los manifestantes en Culiacán", "un tribunal de Brescia"
MEDIA = "MED"


def allows(gaz: SpanishGazetteer, role: str, how: str) -> bool:
    """Whether ``role`` takes a country from context ``how`` (place, possessor, story)."""
    return how in gaz.role_countries.get(role, frozenset())


def possessor_country(
    tok: Token, by_token: dict[int, Reading], earlier: list[Reading]
) -> str | None:
    """The country of the possessor of the role word ``tok``: the nearest earlier actor
    with a country when a possessive determiner ("su", "sus", "nuestro") opens it, or a
    person of known country in a "de" phrase ("el gobierno de Carlos Menem")."""
    if any(c.dep_ == "det" and "Yes" in morph_get(c, "Poss") for c in tok.children):
        before = [
            r
            for r in earlier
            if r.end <= tok.i and r.country and not (r.code or "").endswith(MEDIA)
        ]
        return max(before, key=lambda r: r.end).country if before else None
    for child in tok.children:
        if child.dep_ in {"nmod", "flat"} and child.i > tok.i and _case(child) & {"de", "del"}:
            r = by_token.get(child.i)
            if r is not None and r.type == "person" and r.country:
                return r.country
    return None


def place_country(tok: Token, by_token: dict[int, Reading], gaz: SpanishGazetteer) -> str | None:
    """The one country of the places named in the role word's own phrase ("en Culiacán",
    "de Brescia") or in its clause ("en el estado de Chiapas"). None when there are none
    or several."""
    found: set[str] = set()
    for child in tok.children:
        # the small model hangs "de Jalisco" on "la Fiscalía" as flat as often as nmod
        if child.i > tok.i and child.dep_ in {"nmod", "obl", "flat"} and _case(child) & OWN_CASES:
            found |= _places(child, by_token, gaz)
    if len(found) == 1:
        # nineteenth pass: the role's own phrase outranks its clause ("Agentes de la
        # Dirección de Migración de República Dominicana detuvieron en Santiago": DOM)
        return next(iter(found))
    clause = _clause_head(tok)
    if clause is not None:
        for child in clause.children:
            if child.dep_ in {"obl", "obl:arg", "nmod"} and _case(child) & PLACE_CASES:
                found |= _places(child, by_token, gaz)
    return next(iter(found)) if len(found) == 1 else None


def _places(tok: Token, by_token: dict[int, Reading], gaz: SpanishGazetteer) -> set[str]:
    """Countries a place phrase headed by ``tok`` names, with the places coordinated with
    it ("en Caracas y en Bogotá": two)."""
    out = _place(tok, by_token, gaz)
    for child in tok.children:
        if child.dep_ == "conj":
            out |= _place(child, by_token, gaz)
    return out


def _place(tok: Token, by_token: dict[int, Reading], gaz: SpanishGazetteer) -> set[str]:
    """Countries one place names: its reading, else a place noun with a demonym ("la
    capital mexicana") or a "de <lugar>" ("el estado de Chiapas")."""
    r = by_token.get(tok.i)
    if r is not None and r.country:
        return {r.country} if r.type == "location" else set()
    article = (
        next(
            (
                c.text
                for c in tok.children
                if c.dep_ == "det" and c.i == tok.i - 1 and c.text[:1].isupper()
            ),
            None,
        )
        if tok.pos_ == "PROPN"
        else None
    )
    if article is not None and (r is None or (r.type in {"location", "person"} and r.code is None)):
        # nineteenth pass: a name that keeps its capitalised article ("de El Salvador") is
        # read whole first: "Salvador" alone is the Brazilian city
        words = [tok, *(c for c in tok.children if c.dep_ == "flat")]
        name = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
        iso = gaz.base.country_of(f"{article} {name}") or index_country(f"{article} {name}")
        if iso:
            return {iso}
    if r is not None and r.type in {"location", "person"} and r.code is None:
        # the small model calls the odd city a person ("la policía de Bogotá")
        iso = index_country(r.name)
        return {iso} if iso else set()
    if r is None and tok.pos_ == "PROPN" and tok.text[:1].isupper():
        # a city the model did not tag ("en Culiacán"): the place index
        words = [tok, *(c for c in tok.children if c.dep_ == "flat")]
        iso = index_country(" ".join(t.text for t in sorted(words, key=lambda t: t.i)))
        return {iso} if iso else _own_de(tok, by_token, gaz)
    if r is not None and r.type == "organization" and not r.country:
        return _own_de(tok, by_token, gaz)
    if fold(tok.lemma_) not in gaz.place_nouns and fold(tok.lower_) not in gaz.place_nouns:
        return set()
    out: set[str] = set()
    for child in tok.children:
        if child.dep_ == "amod" and child.text[:1].islower():
            iso = gaz.country_word(child.text)
            if iso:
                out.add(iso)
        elif child.dep_ in {"nmod", "flat", "appos"} and child.i > tok.i:
            out |= _place(child, by_token, gaz) if child.pos_ == "PROPN" else set()
    return out


def _own_de(tok: Token, by_token: dict[int, Reading], gaz: SpanishGazetteer) -> set[str]:
    """Nineteenth pass: the countries an unknown body names in its own "de" phrase ("la
    Dirección General de Migración de República Dominicana")."""
    return {
        iso
        for c in tok.children
        if c.dep_ in {"nmod", "flat"} and c.i > tok.i and _case(c) & {"de", "del"}
        for iso in _place(c, by_token, gaz)
    }


def index_country(name: str) -> str | None:
    """The country of a place name in the offline place index: its one country, or the
    country of a place at least ten times as populous as any place of another country
    ("Belfast": GBR, not the small South African town); places spelt exactly as the name
    first, when there are any."""
    found = default_index().find(name)
    # a place spelt as written beats a near namesake the index also returns ("Puno",
    # Peru, not the far larger "Pune", India)
    exact = [c for c in found if fold(c.name) == fold(name)]
    cands = sorted(exact or found, key=lambda c: -c.population)
    isos = [c.iso3 for c in cands if c.iso3]
    if not isos:
        return None
    top = cands[0]
    others = [c.population for c in cands if c.iso3 and c.iso3 != top.iso3]
    if not top.iso3 or (others and top.population < 10 * max(others)):
        return None
    return top.iso3


def _clause_head(tok: Token) -> Token | None:
    """The verb of the clause the role word is an argument of (None past a noun chain)."""
    head, steps = tok, 0
    while head.pos_ not in {"VERB", "AUX"} and head.dep_ != "ROOT" and steps < 3:
        # "Cientos de manifestantes": a quantity heads the argument (nmod)
        if head.dep_ not in {
            "nsubj",
            "nsubj:pass",
            "obj",
            "iobj",
            "obl",
            "conj",
            "appos",
            "obl:agent",
            "nmod",
        }:
            return None
        head, steps = head.head, steps + 1
    return head if head.pos_ in {"VERB", "AUX"} and head.i != tok.i else None


def _case(tok: Token) -> set[str]:
    return {fold(c.lower_) for c in tok.children if c.dep_ == "case"}
