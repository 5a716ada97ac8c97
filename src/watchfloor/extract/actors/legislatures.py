"""Foreign legislatures by their own names: "the Storting", "the Diet", "the Sejm".

A recognised name that is, whole, a national legislature's name of ``legislatures.tsv``
(the names neither organizations.yaml nor the PETRARCH2 dictionary holds) is that state's
legislature, ``LEG`` with the state's country: never left uncoded, never the article's
country (issue 11, actors30: "the Diet" in a Tokyo story uncoded, a chamber of it given
the USA). A name that is also a common word or surname ("Diet", "Cortes") or names
several states' chambers ("Majlis", "House of Commons") codes only in a story that names
the state (a place, demonym or dateline of it), and then only the one state of its rows
the story names; a person's surname is never a legislature ("Hernan Cortes ... Cortes
said"). A code from the dictionary stays.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors, after the
coder) → store → analyse → serve/export.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from watchfloor.data import read_tsv
from watchfloor.extract.actors.coding import story_countries
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.gazetteer import Gazetteer, fold
from watchfloor.geo import Place

# fold(name) -> [(iso3, confirm)]
LEGISLATURES: dict[str, list[tuple[str, bool]]] = {}
for _row in read_tsv(Path(__file__).resolve().parents[2] / "data" / "actors" / "legislatures.tsv"):
    LEGISLATURES.setdefault(fold(_row["name"]), []).append(
        (_row["iso3"].strip(), _row["confirm"].strip() == "yes")
    )


def code_legislatures(
    doc: Doc, gaz: Gazetteer, readings: list[Reading], places: dict[str, Place]
) -> None:
    """Code the recognised names of foreign legislatures (``legislatures.tsv``) with their
    state's ``LEG``; leave a name the story does not confirm as it was."""
    named: set[str] | None = None
    surnames: set[str] | None = None
    for r in readings:
        rows = LEGISLATURES.get(fold(r.name))
        if (
            rows is None
            or r.origin != "ner"
            or r.code_from == "dictionary"
            or r.type not in {"organization", "person"}
        ):
            continue
        if r.type == "person":
            if surnames is None:
                surnames = {
                    fold(p.name.split()[-1])
                    for p in readings
                    if p.type == "person" and len(p.name.split()) > 1
                }
            if fold(r.name) in surnames:
                continue  # "Hernan Cortes ... Cortes said": the man, not Spain's Cortes
        if any(confirm for _, confirm in rows):
            if named is None:
                named = story_countries(doc, gaz, places)
            states = [iso for iso, _ in rows if iso in named]
            if len(states) != 1:
                continue
            iso = states[0]
        else:
            iso = rows[0][0]
        r.type, r.kind = "organization", "legislature"
        r.code, r.country, r.inferred, r.code_from = f"{iso}LEG", iso, False, "name"
