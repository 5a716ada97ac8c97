"""Actors23 of the actor-code rules (docs/actor-codes.md §8, "Actors23"): a known armed
group's name inside a longer name beats the role words around it; dissidents tied to an
armed group keep its code; a Council of State is a court (Cuba's the executive); a tycoon
is business. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract
from watchfloor.extract.actors.word_lists import state_body_role


def _code(doc, name: str) -> str | None:
    return next((e.actor_code for e in doc.entities if e.name == name), None)


def _codes(doc) -> set[str]:
    return {e.actor_code for e in doc.entities if e.actor_code}


# -- an armed group's name inside a longer name -------------------------------------------------
def test_the_farc_long_name_is_the_rebel_group_not_the_military():
    doc = _extract(
        "The Revolutionary Armed Forces of Colombia-People's Army (FARC-EP) "
        "signed the deal in Havana, Cuba."
    )
    assert _code(doc, "Revolutionary Armed Forces of Colombia-People's Army") == "COLREB"
    assert "CUBMIL" not in _codes(doc) and "COLMIL" not in _codes(doc)


def test_a_state_armed_forces_name_stays_the_military():
    doc = _extract("The Armed Forces of Colombia bombed a camp in Guaviare, Colombia.")
    assert _code(doc, "Armed Forces of Colombia") == "COLMIL"


def test_a_party_named_after_the_group_stays_a_party():
    doc = _extract("The FARC Party held its congress in Bogota, Colombia.")
    assert _code(doc, "FARC Party") == "COLPTY"


# -- dissidents of an armed group ---------------------------------------------------------------
def test_a_front_s_dissidents_are_rebels_not_the_opposition():
    doc = _extract(
        "The 36th Front dissidents attacked a mining camp in Antioquia, Colombia, "
        "after the Revolutionary Armed Forces of Colombia signed the peace deal."
    )
    assert "COLOPP" not in _codes(doc)
    assert "COLREB" in _codes(doc)


def test_bare_dissidents_after_farc_dissidents_keep_the_rebel_code():
    doc = _extract(
        "FARC dissidents attacked a patrol in Cauca, Colombia. Later the "
        "dissidents withdrew to the mountains."
    )
    assert "COLOPP" not in _codes(doc)
    assert "Colombia armed group" in {e.name for e in doc.entities}


def test_dissidents_with_no_armed_group_stay_the_opposition():
    doc = _extract("The dissidents marched in Caracas, Venezuela, against the government.")
    assert "VENOPP" in _codes(doc)
    assert "VENREB" not in _codes(doc)


# -- a Council of State ------------------------------------------------------------------------
def test_a_council_of_state_is_a_court():
    doc = _extract("Colombia's Council of State suspended the decree in Bogota.")
    assert _code(doc, "Council of State") == "COLJUD"


def test_cuba_s_council_of_state_is_the_executive():
    doc = _extract("Cuba's Council of State appointed a new minister in Havana.")
    assert _code(doc, "Council of State") == "CUBGOV"


def test_state_body_role_reads_only_the_listed_country():
    assert state_body_role("CUB", "Cuban Council of State", "JUD") == "GOV"
    assert state_body_role("FRA", "Council of State", "JUD") == "JUD"
    assert state_body_role("CUB", "Supreme Court", "JUD") == "JUD"


# -- a tycoon ----------------------------------------------------------------------------------
def test_a_tycoon_is_business_not_an_elite():
    doc = _extract(
        "Swedish property tycoon Anders Lindqvist bought the company in Stockholm, Sweden."
    )
    assert _code(doc, "Anders Lindqvist") == "SWEBUS"


def test_a_former_minister_stays_an_elite():
    doc = _extract(
        "Former Swedish minister Anders Lindqvist bought the company in Stockholm, Sweden."
    )
    assert _code(doc, "Anders Lindqvist") == "SWEELI"


# -- a former office with a place before it --------------------------------------------------
def test_a_former_mayor_of_a_named_city_is_an_elite_of_that_city_s_country():
    doc = _extract(
        "Honduras's private sector has hired former Boston mayor Peter Walsh to "
        "design a security plan for Honduras."
    )
    assert _code(doc, "Peter Walsh") == "USAELI"


def test_a_sitting_mayor_of_a_named_city_keeps_the_government():
    doc = _extract("Boston mayor Peter Walsh opened a new police station in Boston, Massachusetts.")
    assert (_code(doc, "Peter Walsh") or "").endswith("GOV")


def test_a_headline_former_country_president_is_no_government():
    doc = _extract(
        "A Former Honduras President Tells How He Robbed the State. The court in "
        "Tegucigalpa, Honduras, listened."
    )
    assert "HNDGOV" not in _codes(doc)
    assert "HNDELI" in _codes(doc)


def test_a_headline_country_president_stays_the_government():
    doc = _extract(
        "A Honduras President Tells How He Fought Crime. The court in "
        "Tegucigalpa, Honduras, listened."
    )
    assert "HNDGOV" in _codes(doc)


# -- opposition from a PETRARCH2 agent word alone --------------------------------------------
def test_a_detainee_takes_no_country_from_the_article():
    doc = _extract(
        "The detainee told police in Cucuta, Colombia, that three victims belonged to a gang."
    )
    assert "COLOPP" not in _codes(doc)


def test_deserters_with_a_demonym_keep_their_country():
    doc = _extract("Venezuelan deserters fled across the border to Cucuta, Colombia.")
    assert "VENOPP" in _codes(doc)


def test_the_opposition_still_takes_the_article_country():
    doc = _extract("The opposition marched in Caracas, Venezuela, against the government.")
    assert "VENOPP" in _codes(doc)


# -- an undated story's earlier head of state ------------------------------------------------
def test_an_undated_story_s_earlier_president_is_a_former_one():
    doc = _extract(
        "Only a third of those detained during President Felipe Calderon's "
        "administration were convicted. Reforming the courts remains a challenge "
        "for President Enrique Pena Nieto in Mexico City."
    )
    assert _code(doc, "Felipe Calderon") == "MEXELI"
    assert _code(doc, "Enrique Peña Nieto") == "MEXGOV"


def test_an_undated_story_s_only_president_keeps_the_government():
    doc = _extract(
        "President Felipe Calderon sent troops to Michoacan, Mexico, in a bid to stop the cartels."
    )
    assert _code(doc, "Felipe Calderon") == "MEXGOV"


def test_a_dated_story_leaves_the_date_to_decide():
    doc = _extract(
        "Only a third of those detained during President Felipe Calderon's "
        "administration were convicted. Reforming the courts remains a challenge "
        "for President Enrique Pena Nieto in Mexico City.",
        published="2010-05-02",
    )
    assert _code(doc, "Felipe Calderon") == "MEXGOV"


def test_an_incoming_president_leaves_the_current_one_in_office():
    doc = _extract(
        "The incoming President Enrique Pena Nieto will keep the army in the "
        "streets. It began well before current President Felipe Calderon "
        "deployed troops to Michoacan, Mexico."
    )
    assert _code(doc, "Felipe Calderon") == "MEXGOV"
