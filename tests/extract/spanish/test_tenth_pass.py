"""Tenth pass (issue 17): a role phrase with no country takes its place's, its possessor's
or its story's (``role_countries.tsv``, :mod:`watchfloor.extract.spanish.role_country`).

Sentences written for these tests."""

from __future__ import annotations

from tests.extract.spanish.helpers import entity, one, run_es
from watchfloor.extract.spanish.gazetteer import spanish_gazetteer
from watchfloor.extract.spanish.role_country import allows, index_country


def code_of(text: str, mention: str) -> str | None:
    ent = entity(one(text), mention)
    assert ent is not None, mention
    return ent.actor_code


def test_a_city_in_the_clause_gives_protesters_its_country():
    assert (
        code_of(
            "Cientos de manifestantes bloquearon una carretera en Culiacán el lunes.",
            "manifestantes",
        )
        == "MEXCVL"
    )


def test_guard_protesters_with_no_place_stay_bare():
    assert (
        code_of("Cientos de manifestantes bloquearon una carretera el lunes.", "manifestantes")
        == "CVL"
    )


def test_a_capital_with_a_demonym_gives_its_country():
    assert (
        code_of("En la capital peruana, los vecinos quemaron dos autobuses.", "vecinos") == "PERCVL"
    )


def test_a_state_of_a_country_gives_the_army_its_country():
    assert (
        code_of("El Ejército detuvo a tres sospechosos en el estado de Sinaloa.", "Ejército")
        == "MEXMIL"
    )


def test_a_city_in_the_role_phrase_itself():
    assert (
        code_of("Un tribunal de Bogotá condenó al alcalde por corrupción.", "tribunal") == "COLJUD"
    )


def test_guard_two_countries_in_the_clause_give_none():
    # a march in one country against another's embassy: no guess between the two
    got = code_of(
        "Los manifestantes marcharon en Caracas y en Bogotá contra el acuerdo.", "manifestantes"
    )
    assert got == "CVL"


def test_guard_an_international_body_never_takes_a_place():
    gaz = spanish_gazetteer()
    assert not allows(gaz, "IGO", "place") and not allows(gaz, "IGO", "story")
    assert code_of("La ONU condenó la violencia en Caracas.", "ONU") == "IGOUNO"


def test_a_possessive_takes_the_country_of_the_actor_before_it():
    assert (
        code_of("Ecuador anunció que su gobierno enviará ayuda a la frontera.", "gobierno")
        == "ECUGOV"
    )


def test_guard_a_possessive_with_no_actor_before_it_takes_nothing_of_its_own():
    doc = one("Su gobierno enviará ayuda a la frontera.")
    ent = entity(doc, "gobierno")
    assert ent is None or ent.actor_code in {None, "GOV"}


def test_guard_protesters_take_no_possessor():
    # the possessive of "sus manifestantes" points to no state: CVL has no possessor rule
    assert not allows(spanish_gazetteer(), "CVL", "possessor")


def test_a_story_gives_its_country_to_the_opposition_flagged_inferred():
    doc = run_es(
        "El presidente de Honduras habló el martes con los empresarios. "
        "La oposición convocó una marcha para el viernes."
    )[0]
    ent = entity(doc, "oposición")
    assert ent.actor_code == "HNDOPP"
    assert ent.attributes.get("country_inferred") is True


def test_guard_a_single_sentence_gives_no_story_country_to_the_opposition():
    ent = entity(
        one("La oposición convocó una marcha, dijo el presidente de Honduras."), "oposición"
    )
    assert ent.actor_code == "OPP"


def test_protesters_of_a_story_take_its_country():
    # sectors (CVL, LAB, EDU ...) of a story of several sentences take the story's country
    # since the sixteenth pass (role_countries.tsv, story = yes; the fresh sets' rule)
    doc = run_es(
        "El presidente de Honduras habló el martes con los empresarios. "
        "Los manifestantes atacaron la sede del partido oficialista."
    )[0]
    assert entity(doc, "manifestantes").actor_code == "HNDCVL"


def test_guard_a_criminal_group_takes_no_story_country():
    doc = run_es(
        "El gobierno de Honduras habló el martes con los empresarios. "
        "Los sicarios atacaron un autobús."
    )[0]
    assert entity(doc, "sicarios").actor_code == "CRM"


def test_index_country_needs_one_clear_country():
    assert index_country("Culiacán") == "MEX"
    assert index_country("Belfast") == "GBR"  # the South African town is far smaller
    assert index_country("Zzyzzyx") is None


def test_guard_an_armed_group_keeps_the_bare_role_beside_a_place():
    # as the English coder: armed and criminal groups without a country stay bare
    assert code_of("Los guerrilleros atacaron un cuartel en Arauca.", "guerrilleros") == "REB"
