"""Actors18 of the actor-code rules (docs/actor-codes.md §8, "Actors18"): an office held now
beats a retired or former one; "the late President X" is a former office (ELI); a military
rank is no military body's name ("Commodore International"); an arrested official keeps
the office. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actors.test_codes import _extract


def _person(doc, name: str):
    return next(e for e in doc.entities if e.name == name)


@pytest.fixture(scope="module")
def gaz():
    from watchfloor.extract.gazetteer import default_gazetteer

    return default_gazetteer()


# -- an office held now beats a retired or former one -------------------------------------
def test_retired_general_now_minister_is_the_government():
    doc = _extract(
        "Retired general Ramiro Quesada, now Honduras' security minister, said "
        "the gangs of San Pedro Sula were losing ground."
    )
    assert _person(doc, "Ramiro Quesada").actor_code == "HNDGOV"


def test_retired_general_who_began_serving_as_minister_is_the_government():
    doc = _extract(
        "Retired army general Ramiro Quesada, who began serving as Honduras' new "
        "minister of security in January, toured a prison in Tegucigalpa."
    )
    assert _person(doc, "Ramiro Quesada").actor_code == "HNDGOV"


def test_former_minister_now_a_senator_is_the_legislature():
    doc = _extract(
        "Former Colombian defense minister Ernesto Lozada, now a senator, spoke "
        "about the peace talks in Bogota."
    )
    assert _person(doc, "Ernesto Lozada").actor_code == "COLLEG"


def test_former_minister_with_no_office_now_stays_elite():
    doc = _extract(
        "Former Colombian defense minister Ernesto Lozada spoke about the peace talks in Bogota."
    )
    assert _person(doc, "Ernesto Lozada").actor_code == "COLELI"


def test_a_current_title_without_a_role_leaves_the_former_one(gaz):
    from watchfloor.extract.actors.codes import ordered_titles

    titles = ordered_titles(["Retired general", "now Honduras' security minister"])
    assert titles[0] == "now Honduras' security minister"
    # the prepositional term stays last, as before
    assert ordered_titles(["the presidency of", "former president"])[0] == "former president"


# -- the late president ------------------------------------------------------------------------
def test_the_late_president_is_a_former_office():
    doc = _extract(
        "The late President Hugo Chavez armed civilian militias in Venezuela, "
        "officials in Caracas said."
    )
    assert _person(doc, "Hugo Chávez").actor_code == "VENELI"


def test_the_president_without_late_keeps_the_office():
    doc = _extract(
        "President Hugo Chavez armed civilian militias in Venezuela, officials in Caracas said."
    )
    assert _person(doc, "Hugo Chávez").actor_code == "VENGOV"


# -- military ranks in company names ------------------------------------------------------------
def test_a_rank_named_company_is_no_military():
    doc = _extract(
        "DOVER, Del., March 3 - Admiral Systems Inc said it agreed with its banks "
        "in Delaware to renew the company's credit. In fiscal 1986, Admiral said "
        "it repaid 68 mln dlrs to this lending group in the United States."
    )
    assert not any((e.actor_code or "").endswith("MIL") for e in doc.entities)


def test_a_rank_with_an_article_stays_military():
    doc = _extract("The general said the Colombian army would leave the town of Tolima.")
    assert any((e.actor_code or "").endswith("MIL") for e in doc.entities)


def test_name_code_of_rank_names(gaz):
    from watchfloor.extract.actors.codes import name_code

    assert name_code(gaz, "Commodore International Ltd")[1] is None
    assert name_code(gaz, "General Command of the Armed Forces")[1] == "MIL"


# -- an arrested official keeps the office ------------------------------------------------------
def test_an_arrested_official_keeps_the_office():
    doc = _extract(
        "Former Honduran congressman Ovidio Lanza was arrested in Tegucigalpa by Honduran police."
    )
    assert _person(doc, "Ovidio Lanza").actor_code == "HNDELI"


# -- customs and firms' legal forms ----------------------------------------------------------
def test_bare_customs_is_the_government():
    doc = _extract(
        "Guatemala's customs officers seized a container of cigarettes in Puerto Quetzal."
    )
    codes = [e.actor_code for e in doc.entities if e.actor_code]
    assert "GTMGOV" in codes and "GTMCOP" not in codes


def test_a_named_customs_police_body_stays_police():
    doc = _extract("U.S. Customs and Border Protection agents seized cocaine in Texas.")
    assert any((e.actor_code or "") == "USACOP" for e in doc.entities)


def test_a_name_ending_in_a_legal_form_is_a_firm(gaz):
    from watchfloor.extract.actors.codes import name_code

    assert name_code(gaz, "Harbor Government Securities Inc.")[1] == "BUS"
    assert name_code(gaz, "Government Securities Commission")[1] != "BUS"


def test_the_late_trafficker_stays_a_criminal(gaz):
    from watchfloor.extract.actors.codes import title_role

    assert title_role(gaz, "the late drug trafficker") == "CRM"
    assert title_role(gaz, "the late president") == "ELI"


def test_a_name_of_rank_words_only_stays_military(gaz):
    from watchfloor.extract.actors.codes import name_code

    assert name_code(gaz, "Rear Admiral")[1] == "MIL"


def test_a_named_customs_enforcement_body_is_police(gaz):
    from watchfloor.extract.actors.codes import name_code

    assert name_code(gaz, "Customs and Border Protection")[1] == "COP"
    assert name_code(gaz, "Customs")[1] == "GOV"


def test_an_apposition_not_said_to_be_held_now_does_not_beat_a_former_title():
    from watchfloor.extract.actors.codes import ordered_titles

    assert (
        ordered_titles(["former President", "US Drug Enforcement Administration"])[0]
        == "former President"
    )
    assert (
        ordered_titles(["Retired general", "now security minister"])[0] == "now security minister"
    )
