"""A person titled by a criminal role noun of their own phrase: the article's criminal.

"drug lord X", "X, a trafficker,", "alleged cartel leader X", "gang member X": the role noun
is the person's own title, read as titles are (:mod:`.titles`), and gives CRM. A title that
names a country ("Mexican drug lord X") already gave ``{country}CRM``; the rest stay bare
``CRM``. This step gives them the article's country, flagged ``inferred``, when the
sentence names no other state: the article's country is set where the action is
(:func:`.article_country.country_of_article`), and the sentence neither sets its action in
another state ("arrested in Spain") nor names another state as its actor ("Colombian
police arrested ...", in a story about Mexico).

"the prosecutor of the drug lord X": the title reader gives X the whole phrase, whose head
("prosecutor") is no role of X's; only the part after the last "of" is X's own phrase
("the drug lord"), and a criminal role noun there makes X CRM. The prosecutor is never
touched (a named prosecutor's own title has the prosecutor as head), nor is anybody
whose text only says what they are accused of ("an official accused of trafficking":
no role noun, no title).

A broad rule "the patient of an arrest is a criminal" was tried (actors18) and withdrawn;
this rule reads role nouns only, never verbs.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from watchfloor.extract.actors.article_country import action_countries, nearby_countries
from watchfloor.extract.actors.codes import title_role
from watchfloor.extract.actors.reading import ROLE_KINDS, Reading
from watchfloor.extract.actors.title_codes import title_country
from watchfloor.extract.gazetteer import Gazetteer
from watchfloor.geo import Place


def own_phrase(title: str) -> str:
    """The part of a title that is the name's own phrase: after the last " of "
    ("The prosecutor of the drug lord" → "the drug lord"); the whole title otherwise."""
    return title.rsplit(" of ", 1)[-1] if " of " in title else title


def _before(doc: Doc, r: Reading, title: str) -> bool:
    """Whether the title stands right before the name (a pre-title, not an apposition:
    "X, the prosecutor of the drug lord," is the prosecutor)."""
    before = " ".join(doc[max(0, r.start - 12) : r.start].text.split())
    return before.endswith(" ".join(title.split()))


def criminal_title_countries(
    doc: Doc,
    gaz: Gazetteer,
    readings: list[Reading],
    places: dict[str, Place],
    article_country: Callable[[], str | None],
) -> None:
    """Give the people a criminal role noun titles a country (see the module docstring);
    ``article_country`` answers the article's country (asked only when one is needed)."""
    for r in readings:
        if r.type != "person" or r.entry is not None:
            continue
        if r.code == "CRM" and r.code_from == "title":
            pass  # a bare criminal title: "drug lord X"
        elif (
            r.code_from in {None, "title"}
            and not (r.code or "").endswith("CRM")
            and r.titles
            and " of " in r.titles[0]
            and _before(doc, r, r.titles[0])
        ):
            # "The prosecutor of the drug lord X": the head's office is not X's
            tail = own_phrase(r.titles[0])
            if title_role(gaz, tail) != "CRM":
                continue
            country = title_country(gaz, tail)
            r.code, r.country, r.code_from = f"{country or ''}CRM", country, "title"
            r.kind, r.inferred = ROLE_KINDS.get("CRM"), False
            if country:
                continue
        else:
            continue
        country = article_country()
        if country is None:
            continue
        here = action_countries(doc, r.start, readings, places)
        if here and country not in here:
            continue  # "... arrested drug lord X in Madrid" in a story about Colombia
        near = nearby_countries(doc, gaz, r.start, readings, strict=True)
        if near - {country}:
            continue  # "Honduran police detained trafficker X" in a story about Mexico
        r.code, r.country, r.inferred = f"{country}CRM", country, True
