"""Actors21 of the actor-code rules (docs/actor-codes.md §8, "Actors21"): a known state
body named right before its head's office gives the person that body's code; an unknown
body's president is no state official whatever the story's country; a lower-case office
word alone in a company story is the firm's officer; a name two states' attorney general's
offices share takes the story's state; a place after "near" or "border with" in a title is
not the person's state. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.actors.test_codes import _codes, _extract
from watchfloor.extract.actors.title_codes import bare_office_in_firm_story, title_country
from watchfloor.extract.gazetteer import default_gazetteer


def _code(doc, name: str) -> str | None:
    return next((e.actor_code for e in doc.entities if e.name == name), None)


# -- a state body before its head's office ---------------------------------------------------
def test_a_central_bank_president_takes_the_bank_not_a_nearby_country():
    doc = _extract(
        "Japanese officials and Bundesbank President Klaus Rennert did not "
        "leave the building in Washington.",
        published="1987-04-08",
    )
    assert _code(doc, "Klaus Rennert") == "DEUGOV"


def test_another_bank_president_in_the_sentence_keeps_his_own_country():
    doc = _extract(
        "Dutch central bank president Pieter Van Hal and Bundesbank President "
        "Klaus Rennert met in Basle on Tuesday.",
        published="1987-04-08",
    )
    assert _code(doc, "Pieter Van Hal") == "NLDGOV"
    assert _code(doc, "Klaus Rennert") == "DEUGOV"


def test_a_minister_after_a_country_word_keeps_that_country():
    doc = _extract(
        "Japanese officials and Finance Minister Kenji Morita did not leave the "
        "building in Washington.",
        published="1987-04-08",
    )
    assert _code(doc, "Kenji Morita") == "JPNGOV"


# -- an unknown body's president ---------------------------------------------------------------
def test_an_unknown_body_president_is_not_the_story_country_government():
    doc = _extract(
        "Gangs in Medellin, Colombia, agreed a truce. Paxandes President Hernan "
        "Villota, an expert on the conflict in Colombia, outlined a proposal."
    )
    assert not (_code(doc, "Hernan Villota") or "").endswith("GOV")


def test_a_senate_president_keeps_the_legislature():
    doc = _extract(
        "Gangs in Medellin, Colombia, agreed a truce. Senate President Hernan "
        "Villota outlined a proposal in Bogota, Colombia."
    )
    assert _code(doc, "Hernan Villota") == "COLLEG"


def test_a_country_president_keeps_the_government():
    doc = _extract(
        "Gangs in Medellin, Colombia, agreed a truce. Colombia President Hernan "
        "Villota outlined a proposal in Bogota."
    )
    assert _code(doc, "Hernan Villota") == "COLGOV"


# -- a bare lower-case office in a company story -------------------------------------------
FIRM_STORY = (
    "MONTREAL, March 25 - Halden Engineering Group Inc expects 1987 earnings to "
    "rise to 1.30 dlrs a share, president Martin Keller said before the annual "
    "meeting in Quebec, Canada."
)


def test_a_bare_president_in_a_firm_story_is_the_firm_officer():
    doc = _extract(FIRM_STORY, published="1987-03-25")
    # the firm's officer; no country, the story names none for the firm (firms37: never
    # the dateline's)
    assert _code(doc, "Martin Keller") == "BUS"


def test_a_bare_president_in_a_government_story_stays_the_government():
    doc = _extract(
        "MONTREAL, March 25 - Canada's government expects the economy to grow "
        "this year, president Martin Keller said before a meeting in Quebec, "
        "Canada.",
        published="1987-03-25",
    )
    assert _code(doc, "Martin Keller") == "CANGOV"


def test_a_country_word_before_a_lower_case_president_keeps_the_state():
    doc = _extract(
        "MONTREAL, March 25 - Halden Engineering Group Inc expects 1987 earnings "
        "to rise, Canadian president Martin Keller said in Quebec, Canada.",
        published="1987-03-25",
    )
    assert _code(doc, "Martin Keller") == "CANGOV"


def test_only_a_lower_case_office_alone_is_the_bare_firm_office():
    from watchfloor.nlp.pipeline import load_nlp

    nlp = load_nlp()
    for text, expected in (
        (FIRM_STORY, True),
        (FIRM_STORY.replace("president Martin", "President Martin"), False),
        (FIRM_STORY.replace(", president", ", Canadian president"), False),
    ):
        doc = nlp(text)
        name = next(t.i for t in doc if t.text == "Martin")
        assert bare_office_in_firm_story(list(doc[name - 3 : name]), text) is expected
    plain = "MONTREAL, March 25 - Officials said costs rose, president Martin Keller said."
    doc = nlp(plain)
    name = next(t.i for t in doc if t.text == "Martin")
    assert not bare_office_in_firm_story(list(doc[name - 3 : name]), plain)


# -- a name two states' prosecutors share --------------------------------------------------------
def test_the_fgr_in_a_salvadoran_story_is_el_salvador_prosecutor():
    doc = _extract(
        "Gang members sell rifles in the center of San Salvador despite efforts "
        "by the police and the Attorney General's Office (Fiscalia General de la "
        "Republica - FGR) to stop them, officials in El Salvador said."
    )
    codes = set(_codes(doc).values())
    assert "SLVJUD" in codes and "MEXJUD" not in codes


def test_the_fgr_in_a_mexican_story_stays_mexico_prosecutor():
    doc = _extract(
        "Prosecutors of Mexico's Fiscalia General de la Republica arrested a "
        "cartel leader in Sinaloa, officials in Mexico City said."
    )
    codes = set(_codes(doc).values())
    assert "MEXJUD" in codes and "SLVJUD" not in codes


# -- a place after "near" or "border with" -----------------------------------------------------
def test_a_place_near_a_trafficker_is_not_his_country():
    doc = _extract(
        "Police in Honduras said that Jose Luis Paredes, a drug trafficker near "
        "the border with Guatemala, was arrested on Monday."
    )
    assert _code(doc, "Jose Luis Paredes") != "GTMCRM"


def test_a_trafficker_from_a_country_keeps_it():
    doc = _extract(
        "Police in Honduras said that Jose Luis Paredes, a drug trafficker from "
        "Guatemala, was arrested on Monday."
    )
    assert _code(doc, "Jose Luis Paredes") == "GTMCRM"


def test_title_country_stops_at_a_place_preposition():
    gaz = default_gazetteer()
    assert title_country(gaz, "drug trafficker near the border with Guatemala") is None
    assert title_country(gaz, "Guatemalan trafficker near the border with Mexico") == "GTM"
    assert title_country(gaz, "Mexico's ambassador to Peru") == "MEX"
    # "to" and "with" name the body served, not a place (guards)
    assert title_country(gaz, "former advisor to Argentina's Security Ministry") == "ARG"
    assert title_country(gaz, "official with the Honduran Armed Forces") == "HND"


def test_a_state_body_on_a_thing_gives_no_nearby_country():
    doc = _extract(
        "AMSTERDAM, March 5 - Analysts question the central bank's decision not "
        "to copy the latest Bundesbank discount rate cut. Central bank president "
        "Pieter Van Hal has defended the move in Amsterdam, Netherlands.",
        published="1987-03-05",
    )
    assert _code(doc, "Pieter Van Hal") == "NLDGOV"


def test_an_institute_president_with_a_longer_name_keeps_the_state():
    doc = _extract(
        "Officials in Rio de Janeiro, Brazil, praised the work of the city's "
        "Pereira Lopes Institute president Ana Moreira on Tuesday."
    )
    assert (_code(doc, "Ana Moreira") or "").startswith("BRA")


def test_a_state_body_before_a_named_official_still_names_the_state():
    # the Treasury is a compound of a name, not of a thing: it still names the US (a
    # first form of the rule that skipped every compound made Brennan JPNGOV)
    doc = _extract(
        "Japanese business leaders urged Tokyo to open its markets. The letter "
        "was sent today to U.S. Secretary of State Gordon Whitby, Treasury "
        "Secretary Paul Dorsey and Commerce Secretary Hal Brennan.",
        published="1987-03-05",
    )
    assert _code(doc, "Hal Brennan") == "USAGOV"
