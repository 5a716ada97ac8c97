"""Actors made from a wire dateline (issue 11, phantoms43). Sentences are written for these
tests.

A dateline's place words are never an actor, whatever found them (the recogniser, the
dictionary) and wherever the dateline sits (after a headline too). A bare role ("the
government", "ministers") takes the dateline's state only where the text names no other
state: counted without the dateline, another state that leads is the role's, several with
none leading give no guess.
"""

from __future__ import annotations

import spacy

from watchfloor.extract.actors.junk import _in_dateline
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.actors.story_head import dateline_match
from watchfloor.model import RawDocument
from watchfloor.nlp.pipeline import NlpStage
from watchfloor.normalise import to_document

PUBLISHED = "1987-06-18"


def _coded(text: str) -> dict[str, str | None]:
    """Entity name (spaces folded) → actor code, for the people and organisations."""
    raw = RawDocument(id="t", text=text, origin="test", fmt="text", published=PUBLISHED)
    doc = next(NlpStage(extractors=("actors",)).process([to_document(raw)]))
    return {
        " ".join(e.name.split()): e.actor_code
        for e in doc.entities
        if e.type in {"person", "organization"}
    }


# -- a dateline's place is no actor ------------------------------------------------------------
def test_a_word_inside_a_hyphenated_dateline_city_is_no_body() -> None:
    got = _coded(
        "Coffee Growers Cut Output.\nPORT-AU-PRINCE, June 18 - Coffee growers in the hills "
        "cut their output this year after heavy rains, exporters said."
    )
    assert "African Union" not in got


def test_a_saints_city_of_the_dateline_after_a_long_headline_is_no_person() -> None:
    # the recogniser's "JOHN'S" cut from "ST. JOHN'S", past the first dozen tokens
    text = (
        "Harbour Marine Wins Order For Two Coastal Ferries From The Province.\n"
        "ST. JOHN'S, Newfoundland, June 18 - Harbour Marine said it won the order."
    )
    doc = spacy.blank("en")(text)
    start = next(t.i for t in doc if t.text == "JOHN")
    assert start > 12
    m = dateline_match(text)
    person = Reading(start, start + 2, "JOHN'S", "person", None, None, None, "ner")
    assert _in_dateline(doc, person, (m.start(1), m.end(1)))
    later = next(t.i for t in doc if t.text == "Marine" and t.i > start)
    firm = Reading(later - 1, later + 1, "Harbour Marine", "organization", None, None, None, "ner")
    assert not _in_dateline(doc, firm, (m.start(1), m.end(1)))  # guard: the body's name


def test_guard_the_same_body_named_in_the_body_stays() -> None:
    got = _coded(
        "Summit Ends.\nADDIS ABABA, June 18 - The African Union said its members agreed to "
        "a common customs code at the meeting."
    )
    assert got.get("African Union") == "IGOAFRAFU"


# -- a bare role and the dateline's state ----------------------------------------------------
def test_a_bare_government_is_the_named_borrowers_not_the_filing_states() -> None:
    got = _coded(
        "World Bank Lends Greece 80 Mln Dlrs.\nWASHINGTON, June 18 - The World Bank said it "
        "lent Greece 80 mln dlrs for its ports. The loan is part of a five-year government "
        "financed project to rebuild 20 ports, the bank said."
    )
    assert "World Bank" in got
    assert got.get("United States government") is None


def test_bare_ministers_named_again_are_still_the_communitys() -> None:
    got = _coded(
        "Ec Farm Talks Fail.\nLONDON, June 18 - There will be no serious bids at European "
        "Community tenders for barley until EC farm ministers agree on the price package, "
        "traders said.\n    The failure of farm ministers this week to agree has upset the "
        "market, they said."
    )
    assert "GBRGOV" not in got.values()


def test_guard_ministers_of_the_filing_state_keep_its_code() -> None:
    got = _coded(
        "Farm Plan.\nLONDON, June 18 - British farm ministers agreed on a new subsidy plan, "
        "officials said. The ministers will meet farmers next week."
    )
    assert "GBRGOV" in got.values()


def test_guard_a_bare_government_in_a_story_naming_no_other_state_is_the_datelines() -> None:
    got = _coded(
        "Rates Cut.\nTOKYO, June 18 - The government said it would cut interest rates next "
        "month to help exporters, officials said."
    )
    assert "JPNGOV" in got.values()


def test_guard_a_government_the_story_names_keeps_its_code() -> None:
    got = _coded(
        "Budget Plan.\nWASHINGTON, June 18 - The United States government said it would "
        "cut spending on highways next year, officials said."
    )
    assert "USAGOV" in got.values()
