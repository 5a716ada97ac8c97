"""Dictionary outlets met under a name several states' papers carry: "El Nacional".

The dictionary lists one paper of a name ("El Nacional", the Caracas daily); Santo Domingo
has a daily of the same name (``outlet_homes.tsv`` lists such names and their states). A
mention of the shared name in a story set in another of those states is that state's
paper (``MED``, flagged inferred), under the name the text gives (issue 11, round 50: the
Dominican daily coded VENMED; precision34). Only in a story that never names the
dictionary paper's own state (Bogota's El Tiempo cited in a Honduras story's paragraph
on Colombia stays Colombian); the story's state: the article's country where one leads,
else the only one of the name's other states the story names. A story of no such state
keeps the dictionary's paper.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from spacy.tokens import Doc

from watchfloor.extract.actors.article_country import country_of_article
from watchfloor.extract.actors.codes import country_word
from watchfloor.extract.actors.coding import story_countries
from watchfloor.extract.actors.name_spans import clean_name
from watchfloor.extract.actors.outlets import SHARED_HOMES
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.gazetteer import Gazetteer, fold
from watchfloor.geo import Place


def _shared_homes(doc: Doc, r: Reading) -> frozenset[str]:
    """The states whose papers carry the name a dictionary outlet's mention gives."""
    if r.origin != "gazetteer" or r.entry is None or r.entry.kind != "media" or not r.country:
        return frozenset()
    homes = SHARED_HOMES.get(fold(doc[r.start : r.end].text), frozenset())
    return homes if r.country in homes else frozenset()


def recode_shared_outlets(
    doc: Doc, gaz: Gazetteer, readings: list[Reading], places: dict[str, Place]
) -> None:
    """Re-code each dictionary outlet named by a shared name in a story of another state
    that has a paper so named (module docstring)."""
    shared = [(r, homes) for r in readings if (homes := _shared_homes(doc, r))]
    if not shared:
        return
    taken = {id(r) for r, _ in shared}
    led = country_of_article(doc, gaz, [r for r in readings if id(r) not in taken], places)
    named = story_countries(doc, gaz, places)
    for r, shared_homes in shared:
        if r.country in named:
            continue  # Bogota's El Tiempo in a Honduras story's paragraph on Colombia
        homes = shared_homes - {r.country}
        home = led if led in homes else None
        if led is None and len(homes & named) == 1:
            (home,) = homes & named
        if home is None:
            continue
        if r.start > 0 and country_word(gaz, doc[r.start - 1].text) == r.country:
            continue  # "Venezuela's El Nacional", "Venezuelan El Nacional": the entry's
        r.code, r.country, r.inferred, r.code_from = f"{home}MED", home, True, "name"
        r.name, r.entry, r.origin = clean_name(doc[r.start : r.end]), None, "ner"
