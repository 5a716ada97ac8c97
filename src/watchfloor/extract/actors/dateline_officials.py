"""A titled official with no country word, in a wire story filed from a state: that state's.

In wire copy a bare office title ("Finance Minister X said", in a story datelined BONN)
names the official of the state the story is filed from; a foreign official gets a
nationality word ("U.S. Treasury Secretary X", "Japan's finance minister"), which codes
him before this reading is asked. Where the story is mostly about another country than
its dateline's, the coder used to give such a title no country (:func:`.article_country.
filed_elsewhere`: a guess between the two); this module gives it the dateline's state,
flagged inferred, when the title is a state office of the kinds in
``data/actors/dateline_roles.tsv`` (not a head of state's, a chair's, a legislator's or
an envoy's title: those name the subject state's as often) and nothing in the text places
the person elsewhere:

* the office exists in the dateline's state (``offices_not_used.tsv``: no "Interior
  Minister" of the United States);
* the person's own clause is not set in another country ("in Washington, Finance
  Minister X said": no guess; :func:`.article_country.action_countries`);
* no other mention of the same person carries another country.

A person named after a state body's name and an office ("White House budget director X",
"Kremlin spokesman X") takes the body's code (:func:`code_body_officers`).

A firm's or union's officer never gets here: their titles are read before the state's
(:mod:`.title_codes`). Issue 11 (uncoded43).

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from watchfloor.extract.actors.article_country import action_countries, country_words
from watchfloor.extract.actors.reading import ROLE_KINDS, Reading
from watchfloor.extract.actors.word_lists import office_not_used
from watchfloor.extract.gazetteer import Gazetteer, fold
from watchfloor.geo import Place

# Body roles whose named officials are the state's ("White House budget director X")
STATE_BODY_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})
LEGISLATURE = "LEG"  # a chamber's officers: its leaders and chairs ("legislature_office")
ROLES_FILE = Path(__file__).resolve().parents[2] / "data" / "actors" / "dateline_roles.tsv"


@cache
def _rows() -> dict[str, frozenset[str]]:
    """``dateline_roles.tsv`` by kind: "role" → title roles that take the dateline's
    state, "not_title" → title words that never do."""
    out: dict[str, set[str]] = {}
    for line in ROLES_FILE.read_text(encoding="utf-8").splitlines()[1:]:
        if not line.strip() or line.startswith("#") or line.startswith("kind\t"):
            continue
        kind, value = line.split("\t")[:2]
        out.setdefault(kind, set()).add(value.strip())
    return {k: frozenset(v) for k, v in out.items()}


def dateline_roles() -> frozenset[str]:
    """The title roles that take the dateline's state."""
    return _rows().get("role", frozenset())


def dateline_state(
    doc: Doc,
    gaz: Gazetteer,
    r: Reading,
    role: str,
    readings: list[Reading],
    places: dict[str, Place],
    state_then: Callable[[str | None], str | None],
) -> str | None:
    """The dateline's state for the titled person ``r`` whose title reads as ``role``,
    or None where a rule of the module docstring declines."""
    if r.type != "person" or role not in dateline_roles():
        return None
    filed = state_then(country_words(doc, gaz)[0])
    if not filed or filed not in gaz.countries:
        return None
    said = " ".join(r.titles)
    if office_not_used(filed, said):
        return None
    if any(fold(w) in _rows().get("not_title", frozenset()) for w in said.split()):
        return None
    here = action_countries(doc, r.start, readings, places, clause=True)
    if here - {filed}:
        return None
    surname = r.name.split()[-1] if r.name.split() else r.name
    for o in readings:
        if (
            o is not r
            and o.type == "person"
            and o.country
            and not o.inferred
            and o.country != filed
            and (o.name == r.name or o.name.split()[-1:] == [surname])
        ):
            return None
    return filed


def code_body_officers(doc: Doc, readings: list[Reading]) -> None:
    """A person named right after a state body's name and an office ("White House budget
    director X", "Kremlin spokesman X", "Pentagon spokesman X") is that body's official:
    the body's code, where nothing else coded the person. The body must be coded from its
    own name or the dictionary with a stated country (never an inferred one), and only
    an office may stand between it and the name: at most four nouns or adjectives, the
    last an office word of ``dateline_roles.tsv`` (kind "body_office"; after a coded
    legislature also kind "legislature_office": "Senate Republican leader X" is the
    chamber's, targets46)."""
    bodies = [
        o
        for o in readings
        if o.type == "organization"
        and o.code
        and o.country
        and not o.inferred
        and o.code[len(o.country) :][:3] in STATE_BODY_ROLES | {LEGISLATURE}
    ]
    if not bodies:
        return
    ends = {o.end: o for o in bodies}
    rows = _rows()
    offices = rows.get("body_office", frozenset())
    chamber_offices = offices | rows.get("legislature_office", frozenset())
    for r in readings:
        if r.type != "person" or r.code is not None:
            continue
        for gap in range(1, 5):
            o = ends.get(r.start - gap)
            if o is None:
                continue
            between = doc[o.end : r.start]
            own = chamber_offices if o.code[len(o.country) :][:3] == LEGISLATURE else offices
            if fold(between[-1].text) in own and all(
                t.pos_ in {"NOUN", "PROPN", "ADJ"} and not t.is_punct for t in between
            ):
                r.code, r.country, r.code_from = o.code, o.country, "title"
                r.kind = r.kind or ROLE_KINDS.get(o.code[len(o.country) :][:3])
                r.inferred = False
            break
