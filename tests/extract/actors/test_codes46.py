"""Wrong actor codes on event sides (issues 11 and 12, codes46). Sentences written for
these tests.

* The wire abbreviations "Sen.", "Rep." and "Gov." before a name are the titles they
  abbreviate (roles.tsv): a senator or representative is LEG, a governor GOV (judged seeds
  3096, 3098: a sitting senator coded ELI; John Danforth's PETRARCH2 record is one USAELI
  range from 1954 to 2004).
* An admin area of one country that is a large city of another names neither for sure
  (places.place_country_finder; round 63: Manufacturers Hanover coded JAMBUS from the
  Jamaican parish, Hanover being the German city too).
* "Pentagon" and "White House", role words that are one state's seats by name
  (one_state_names.tsv), stay that state's in a story filed from another country (judged
  seed 3093: a visiting Pentagon team coded JPNMIL, the host's military).
* One-word trades of workers ("dockworkers", "dockers", "longshoremen") and a union's
  locals are labour, LAB (roles.tsv; judged seeds 3090, 3096, 3098: striking union locals
  left empty or coded CVL, striking dockworkers coded as the government).
"""

from __future__ import annotations

from tests.extract.events.helpers import event, parse

DAY = "1987-04-11"


def _code(text: str, name: str, day: str = DAY) -> str | None:
    doc = parse(text, published=day)[0]
    return next((e.actor_code for e in doc.entities if e.name == name), None)


def test_sen_abbreviation_is_a_senator() -> None:
    text = "Sen. John Danforth said Japan had broken its promises on semiconductors."
    assert _code(text, "John Danforth") == "USALEG"


def test_rep_abbreviation_is_a_representative() -> None:
    text = (
        "WASHINGTON, April 10 - Rep. Walter Brimley said the trade bill would cut the "
        "deficit of the United States."
    )
    assert _code(text, "Walter Brimley") == "USALEG"


def test_gov_abbreviation_is_a_governor() -> None:
    text = (
        "WASHINGTON, April 10 - Gov. Walter Brimley said the United States should cut "
        "farm subsidies."
    )
    assert _code(text, "Walter Brimley") == "USAGOV"


def test_a_name_without_the_abbreviation_is_unchanged() -> None:
    # guard: no title, no office; the name alone says nothing of a legislature
    text = "John Danforth said Japan had broken its promises on semiconductors."
    assert _code(text, "John Danforth") != "USALEG"


def test_a_firm_named_after_a_parish_that_is_another_states_city() -> None:
    text = "Manufacturers Hanover Trust said it would put its Brazilian loans on non-accrual."
    assert _code(text, "Manufacturers Hanover Trust") != "JAMBUS"


def test_a_firm_named_after_a_place_of_one_country() -> None:
    # guard: a place of one country only still gives a firm its country (round 16)
    text = "NEW YORK, March 4 - Manufacturers Tokyo Corp said it would cut its lending."
    assert _code(text, "Manufacturers Tokyo Corp") == "JPNBUS"


def test_the_pentagon_in_a_foreign_dateline_story_stays_american() -> None:
    text = (
        "TOKYO, April 10 - A Pentagon team will visit Tokyo next week to discuss the "
        "fighter sale, officials said."
    )
    doc = parse(text, published=DAY)[0]
    codes = {e.actor_code for e in doc.entities}
    assert "USAMIL" in codes
    assert "JPNMIL" not in codes


def test_the_white_house_in_a_foreign_dateline_story_stays_american() -> None:
    text = "TOKYO, April 10 - The White House said on Friday it would not lift the tariffs."
    doc = parse(text, published=DAY)[0]
    assert "JPNGOV" not in {e.actor_code for e in doc.entities}


def test_a_bare_congress_is_still_the_story_state_legislature() -> None:
    # guard: a role word many states' bodies share keeps the article's state
    text = "LIMA, April 10 - Congress approved the budget on Monday, Peruvian officials said."
    assert _code(text, "Peru legislature") == "PERLEG"


def test_striking_dockworkers_are_labour() -> None:
    text = "The striking dockworkers blocked the port of Santos, defying the Brazilian government."
    assert event(text, "defying", published=DAY).source_code == "LAB"


def test_union_locals_are_labour() -> None:
    text = (
        "Two union locals representing 3,000 workers at the smelter rejected the "
        "company offer on Monday."
    )
    assert event(text, "rejected", published=DAY).source_code == "LAB"


def test_dockers_of_a_country_are_its_labour() -> None:
    text = "Brazilian dockers rejected the government's offer on Monday."
    assert event(text, "rejected", published=DAY).source_code == "BRALAB"
