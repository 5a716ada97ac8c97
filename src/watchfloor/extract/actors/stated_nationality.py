"""A nationality the text states for one named person (names28, issues #11/#12).

Two readings, run after every other coder (:meth:`ReadingCoder._code_readings`):

* a person nothing coded takes the bare country of a nationality stated *for him*: a
  demonym premodifier ("American actor X", "the Mexican businessman X") or an apposition
  ("X, a Venezuelan national", "X, a Colombian,", "X, a U.S. citizen"). Never the
  article's country nor the arresting state's ("Colombian police arrested X": the demonym
  modifies "police", a verb stands between; "the Brazilian magazine Veja": a noun of
  non_person_nouns.tsv before the name makes it no person's). A noun of
  nationality_role_nouns.tsv after the demonym adds its role ("Venezuelan deputy X",
  "X, a Brazilian deputy,": VENLEG, BRALEG; actors30), except in the states the table
  names ("U.S. deputy X", a sheriff's deputy: USA);
* a person coded from the dictionary by his name alone (no title, no role in the text)
  loses that code where a demonym stated for him names another country ("British banker
  John Smith": not a Kiribati elite) or, for a PETRARCH2 dictionary entry (not the curated
  people, whom a story may name without their country), where the story never names the
  dictionary's country (no place, demonym or dateline of it: "Police in Ecuador detained
  Luis Alvarez", not a Mexican elite). A head of state or government known worldwide
  (known_leaders.tsv) named so in full keeps the code ("Fidel Castro" as an icon of the
  ELN: CUBELI; actors30). This is the check :data:`.codes._AMBIGUOUS` makes
  of ambiguous country names, applied to the people's dictionary.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc, Token

from watchfloor.data import read_tsv
from watchfloor.extract.actors.codes import Period, dated_code
from watchfloor.extract.actors.coding import story_countries
from watchfloor.extract.actors.leader_names import titled_in_dictionary
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.articles import ENGLISH_ARTICLES
from watchfloor.extract.doccache import sentence_at
from watchfloor.extract.gazetteer import Gazetteer, fold
from watchfloor.geo import Place

# nouns that state a nationality after a demonym or country name (nationality_nouns.tsv)
NATIONALITY_NOUNS = frozenset(
    fold(r["word"])
    for r in read_tsv(
        Path(__file__).resolve().parents[2] / "data" / "actors" / "nationality_nouns.tsv"
    )
)
# nouns before a name that make it no person's (non_person_nouns.tsv: "magazine", "club")
NON_PERSON_NOUNS = frozenset(
    fold(r["word"])
    for r in read_tsv(
        Path(__file__).resolve().parents[2] / "data" / "actors" / "non_person_nouns.tsv"
    )
)
# nouns that, after a demonym stated for a person, carry a role ("Venezuelan deputy X"):
# word -> (role, the states where the word names no such role) (nationality_role_nouns.tsv)
ROLE_NOUNS = {
    fold(r["word"]): (r["role"], frozenset(r["not_for"].split("|")))
    for r in read_tsv(
        Path(__file__).resolve().parents[2] / "data" / "actors" / "nationality_role_nouns.tsv"
    )
}
# heads of state or government known worldwide by name (known_leaders.tsv)
KNOWN_LEADERS = frozenset(
    fold(r["name"])
    for r in read_tsv(Path(__file__).resolve().parents[2] / "data" / "actors" / "known_leaders.tsv")
)
_MODIFIER_TAGS = frozenset({"NOUN", "ADJ"})  # "actor", "wealthy", "opposition"


def _demonym(gaz: Gazetteer, token: Token) -> str | None:
    if not token.text[:1].isupper():
        return None
    return gaz.demonyms.get(fold(token.text))


def _premodifier(doc: Doc, gaz: Gazetteer, r: Reading) -> str | None:
    """ "American actor X", "the Mexican businessman X": a demonym a few lowercase nouns and
    adjectives before the name, in its sentence, with nothing else between."""
    first = sentence_at(doc, r.start).start
    i = r.start - 1
    if i >= first and (
        fold(doc[i].text) in NON_PERSON_NOUNS or fold(doc[i].lemma_) in NON_PERSON_NOUNS
    ):
        return None  # "the Brazilian magazine Veja": no person
    while i >= first and r.start - i <= 4:
        t = doc[i]
        iso = _demonym(gaz, t)
        if iso is not None:
            before = doc[i - 1] if i > first else None
            if before is not None and (before.text in {"'s", "'"} or before.text[:1].isupper()):
                # "the firm's Colombian lawyer X": the owner's; "Royal Dutch spokesman X":
                # the demonym inside a firm's name
                return None
            # a noun between: "German Alfaro", "German Roland missiles" are names
            return _with_role(iso, doc[i + 1 : r.start]) if i < r.start - 1 else None
        if t.pos_ not in _MODIFIER_TAGS or not t.is_lower or not t.is_alpha:
            return None
        i -= 1
    return None


def _apposition(doc: Doc, gaz: Gazetteer, r: Reading) -> str | None:
    """ "X, a Venezuelan national", "X, a Colombian,", "X, a U.S. citizen"."""
    last = sentence_at(doc, r.end - 1).end
    i = r.end
    if i >= last or doc[i].text != ",":
        return None
    i += 1
    if i < last and fold(doc[i].text) in ENGLISH_ARTICLES:
        i += 1
    if i >= last:
        return None
    iso = _demonym(gaz, doc[i])
    if iso is None:
        # "a U.S. citizen": a country's name only before a nationality noun
        name = doc[i].text
        if i + 1 < last and fold(doc[i + 1].text) in NATIONALITY_NOUNS and name[:1].isupper():
            return gaz.country_of(name)
        return None
    i += 1
    if i >= last or doc[i].is_punct and doc[i].text in {",", ".", ";", ")"}:
        return iso  # "X, a Colombian, was arrested"
    if fold(doc[i].text) in NATIONALITY_NOUNS:
        return iso
    if fold(doc[i].text) in ROLE_NOUNS and (i + 1 >= last or doc[i + 1].is_punct):
        return _with_role(iso, doc[i : i + 1])  # "X, a Venezuelan deputy, said"
    return None


def _with_role(iso: str, between) -> str:
    """The code a demonym and the words after it state: the country and the role of a
    noun of nationality_role_nouns.tsv among them ("Venezuelan opposition deputy X":
    VENLEG), else the bare country ("American actor X": USA; "U.S. deputy X": USA, a
    sheriff's deputy there)."""
    for t in between:
        role = ROLE_NOUNS.get(fold(t.text))
        if role is not None and iso not in role[1]:
            return iso + role[0]
    return iso


def stated_country(doc: Doc, gaz: Gazetteer, r: Reading) -> str | None:
    """The country of the nationality the text states for the person ``r`` (with the role
    a noun of nationality_role_nouns.tsv after the demonym states: "VENLEG"), else None."""
    return _premodifier(doc, gaz, r) or _apposition(doc, gaz, r)


def _name_only(gaz: Gazetteer, r: Reading, period: Period | None) -> bool:
    """Coded from the people's dictionary by the name alone: no title, and the code the
    dictionary's own (no title or apposition around the name gave it)."""
    if r.titles or not r.code or r.code[:3] not in gaz.countries:
        return False
    if r.code_from == "dictionary":
        return True
    return (
        r.code_from is None
        and r.origin == "gazetteer"
        and r.entry is not None
        and r.entry.type == "person"
        and r.code in {dated_code(r.entry, period), r.entry.code}
    )


def _petrarch(doc: Doc, r: Reading) -> bool:
    """From the PETRARCH2 dictionary (common names among its many minor officials), not
    the curated people (people*.yaml), whom the story may name without their country, nor
    one of its heads of state or government named in full (:func:`_leader`)."""
    return r.entry is not None and "dictionary" in r.entry.attributes and not _leader(doc, r)


def _leader(doc: Doc, r: Reading) -> bool:
    """A head of state or government known worldwide (known_leaders.tsv), named so in full
    ("Fidel Castro" as an icon of the ELN in a Colombian story), whose dictionary entry
    has a government term (a dated ``XXXGOV`` code of its country). Never a common name
    the dictionary gives a leader too ("Luis Alvarez", "Charles Taylor") (actors30)."""
    entry = r.entry
    if entry is None or fold(doc[r.start : r.end].text) not in KNOWN_LEADERS:
        return False
    home = (entry.code or entry.country or "")[:3]
    return any(d.code == f"{home}GOV" for d in entry.attributes.get("dated_codes", ()))


def code_stated_nationalities(
    doc: Doc,
    gaz: Gazetteer,
    readings: list[Reading],
    places: dict[str, Place],
    period: Period | None,
) -> None:
    """Code people by a nationality stated for them; drop a name-only dictionary code the
    text contradicts or never supports (no place, demonym or dateline of its country)."""
    named: set[str] | None = None
    for r in readings:
        if r.type != "person":
            continue
        name_only = _name_only(gaz, r, period)
        if r.code is not None and not name_only:
            continue
        stated = stated_country(doc, gaz, r)
        if name_only:
            if named is None:
                named = story_countries(doc, gaz, places)
            if (
                stated is not None
                and stated[:3] == r.code[:3]
                or stated is None
                and (
                    r.code[:3] in named
                    or not _petrarch(doc, r)
                    or titled_in_dictionary(gaz, r.entry, r.code)
                )
            ):
                continue
            r.code = r.country = r.code_from = None
            r.inferred = False
        if stated is not None:
            r.code, r.country, r.code_from, r.inferred = stated, stated[:3], "nationality", False
