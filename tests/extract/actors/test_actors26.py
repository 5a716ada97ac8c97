"""Actors26 of the actor-code rules (docs/actor-codes.md, "Actors26"): a place word inside
a party's own name is its namesake, a combined ministry takes its first portfolio's role,
and a role phrase set in a region of several countries infers no country. Sentences
written for these tests."""

from __future__ import annotations

from tests.extract.actors.test_codes import _codes, _extract
from watchfloor.extract.actors.codes import first_portfolio, title_role
from watchfloor.extract.gazetteer import default_gazetteer


# -- a place inside a party's name --------------------------------------------------------------
def test_party_named_after_a_us_state_is_not_american():
    doc = _extract(
        "ASUNCION, Paraguay. The Colorado Party won the election in Paraguay on "
        "Sunday, and its candidate thanked voters."
    )
    assert _codes(doc).get("Colorado Party") == "PRYPTY"


def test_party_place_word_alone_gives_no_country():
    doc = _extract("The Colorado Party won the vote on Sunday.")
    assert _codes(doc).get("Colorado Party") != "USAPTY"


def test_party_of_a_state_the_story_names_keeps_it():
    # guard: a US state party in a story set in that state stays American
    doc = _extract("The Colorado Republican Party met in Denver, Colorado.")
    assert _codes(doc).get("Colorado Republican Party") == "USAPTY"


def test_cartel_named_after_a_state_keeps_its_country():
    # guard: the namesake rule is for parties; a cartel takes its home from its place
    doc = _extract("The Sinaloa Cartel moved cocaine to the border.")
    assert _codes(doc).get("Sinaloa Cartel") == "MEXCRM"


# -- combined ministries ------------------------------------------------------------------------
def test_interior_and_justice_minister_is_government():
    doc = _extract(
        "CARACAS, Venezuela. Interior and Justice Minister Pedro Gomez said "
        "homicides fell in Venezuela last year."
    )
    assert _codes(doc).get("Pedro Gomez") == "VENGOV"


def test_minister_of_interior_and_justice_is_government():
    doc = _extract(
        "CARACAS, Venezuela. Pedro Gomez, the minister of interior and justice, "
        "said homicides fell."
    )
    assert _codes(doc).get("Pedro Gomez") == "VENGOV"


def test_justice_minister_alone_stays_judiciary():
    # guard: one portfolio, unchanged
    doc = _extract(
        "CARACAS, Venezuela. Justice Minister Pedro Gomez said homicides fell in "
        "Venezuela last year."
    )
    assert _codes(doc).get("Pedro Gomez") == "VENJUD"


def test_first_portfolio_drops_the_second():
    gaz = default_gazetteer()
    assert first_portfolio(gaz, ["Interior", "and", "Justice", "Minister"]) == [
        "Interior",
        "Minister",
    ]
    assert first_portfolio(gaz, ["Minister", "of", "Interior", "and", "Justice"]) == [
        "Minister",
        "of",
        "Interior",
    ]
    # guard: no office noun, no combined office ("Trade and Industry" alone is unchanged)
    assert first_portfolio(gaz, ["bread", "and", "butter"]) == ["bread", "and", "butter"]
    assert title_role(gaz, "Interior and Justice Minister") == "GOV"
    assert title_role(gaz, "Justice Minister") == "JUD"
    # guard: justice first stays the judiciary (El Salvador's joined ministry, §3.1)
    assert title_role(gaz, "Justice and Security Minister") == "JUD"


# -- region-wide role phrases -------------------------------------------------------------------
def test_soldiers_in_a_region_get_no_country():
    doc = _extract(
        "Rifles sold in US shops reach gangs in Mexico. Some soldiers and police "
        "in Central America also sell grenades to gangs across the region. Still, "
        "the US is the largest source of guns."
    )
    codes = set(_codes(doc).values())
    assert not {"USAMIL", "USACOP", "MEXMIL", "MEXCOP"} & codes


def test_soldiers_in_one_country_keep_it():
    # guard: a country, not a region
    doc = _extract(
        "Rifles sold in US shops reach gangs in Mexico. Some soldiers in Mexico "
        "also sell grenades to gangs. Still, the US is the largest source of guns."
    )
    assert "MEXMIL" in set(_codes(doc).values())


def test_region_named_in_another_clause_does_not_block():
    # guard: the region sets "rising", not what the police do
    doc = _extract(
        "Rifles sold in US shops reach gangs in Mexico. The police said cocaine "
        "use is rising in Latin America. Still, the US is the largest source of "
        "guns."
    )
    assert "USACOP" in set(_codes(doc).values())


# -- an ex-guerrilla criminal group named as guerrillas -----------------------------------------
def test_united_guerrillas_of_the_pacific_are_criminals():
    doc = _extract(
        "The United Guerrillas of the Pacific trafficked cocaine through Tumaco, Colombia."
    )
    assert "COLCRM" in set(_codes(doc).values())
    assert "REB" not in set(_codes(doc).values())


def test_other_guerrillas_stay_rebels():
    # guard: the group row does not turn guerrillas in general into criminals
    doc = _extract("Guerrillas of the ELN attacked an army post in Arauca, Colombia.")
    assert "COLCRM" not in set(_codes(doc).values())


# -- work crews called gangs ----------------------------------------------------------------------
def test_harvesting_gangs_are_no_criminals():
    doc = _extract(
        "The sugar board will give harvesting gangs permits to meet on the farms in Fiji."
    )
    assert "CRM" not in {c[3:6] if c and len(c) > 3 else c for c in _codes(doc).values()}


def test_work_gangs_are_no_criminals():
    doc = _extract("Work gangs repaired the road in Fiji.")
    assert "CRM" not in set(_codes(doc).values())


def test_street_gangs_stay_criminals():
    # guard: a crime modifier, not a work one
    doc = _extract("Street gangs in Suva robbed two shops, police in Fiji said.")
    assert "CRM" in set(_codes(doc).values())
