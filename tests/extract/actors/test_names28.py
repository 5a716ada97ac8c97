"""names28 of the actor-code rules (docs/actor-codes.md, "Names28"): a person nothing else
codes takes the country of a nationality the text states for him; a name-only dictionary
code goes where a demonym stated for the person contradicts it or the story never names
its country. Sentences written for these tests; each rule has a guard."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract


def _code(doc, name: str) -> str | None:
    return next(e.actor_code for e in doc.entities if e.name == name)


# -- (a) a nationality stated for the person --------------------------------------------
def test_demonym_before_a_profession_gives_the_country():
    doc = _extract("American actor Sean Penn met the president in Caracas on Monday.")
    assert _code(doc, "Sean Penn") == "USA"


def test_demonym_after_a_preposition_is_still_his():
    doc = _extract("The bank is owned by French financier Pierre Dupont, the filing said.")
    assert _code(doc, "Pierre Dupont") == "FRA"


def test_apposition_national_gives_his_country_not_the_arresting_states():
    doc = _extract("Colombian police arrested Pedro Gomez, a Venezuelan national, in Cucuta.")
    assert _code(doc, "Pedro Gomez") == "VEN"


def test_apposition_citizen_with_a_country_name():
    doc = _extract("Police arrested Carlos Ruiz, a U.S. citizen, in Tijuana.")
    assert _code(doc, "Carlos Ruiz") == "USA"


def test_bare_demonym_apposition():
    doc = _extract("Carlos Ruiz, a Colombian, was arrested in Quito on Friday.")
    assert _code(doc, "Carlos Ruiz") == "COL"


def test_guard_the_arresting_states_demonym_is_not_his():
    doc = _extract("Colombian police arrested Carlos Ruiz in Cucuta.")
    assert _code(doc, "Carlos Ruiz") is None


def test_guard_a_demonym_of_another_noun_after_a_preposition():
    doc = _extract("The head of Colombian television Carlos Ruiz resigned on Monday.")
    assert _code(doc, "Carlos Ruiz") != "COL"


def test_guard_a_demonym_apposition_before_another_noun():
    doc = _extract("Police questioned Carlos Ruiz, a Venezuelan band's fan, in Cucuta.")
    assert _code(doc, "Carlos Ruiz") is None


# -- (b) a name-only dictionary code the text does not support ----------------------------
def test_common_name_not_a_dictionary_official_of_an_unnamed_country():
    doc = _extract("Police in Ecuador detained Luis Alvarez on Tuesday.")
    assert _code(doc, "Luis Alvarez") is None


def test_demonym_contradicting_the_dictionary_country():
    doc = _extract("British banker John Smith was charged with fraud in London.")
    assert _code(doc, "John Smith") == "GBR"


def test_guard_official_named_with_his_country_keeps_the_code():
    doc = _extract(
        "Venezuelan President Nicolas Maduro met the Colombian foreign minister in Caracas."
    )
    assert _code(doc, "Nicolás Maduro") == "VENGOV"


def test_guard_dictionary_person_in_a_story_of_his_country_keeps_the_code():
    doc = _extract("Nicolas Maduro said prices in Venezuela would fall this year.")
    assert (_code(doc, "Nicolás Maduro") or "")[:3] == "VEN"


def test_guard_a_demonym_before_a_club_is_no_nationality():
    doc = _extract("The Argentine club Boca Juniors signed the striker on Monday.")
    assert all(e.actor_code != "ARG" for e in doc.entities)


def test_guard_a_demonym_before_an_acronym_is_no_nationality():
    doc = _extract("The program is known by its Spanish acronym Sucre, officials said.")
    assert all(e.actor_code != "ESP" for e in doc.entities)


def test_guard_a_curated_person_keeps_the_code_without_his_country_named():
    doc = _extract("Pablo Escobar was killed on a rooftop in 1993, police said.")
    assert _code(doc, "Pablo Escobar") == "COLCRM"


def test_guard_a_first_name_that_is_a_demonym():
    doc = _extract(
        "According to the regional commander of the force, German Alfaro, the suspects fled."
    )
    assert all(e.actor_code != "DEU" for e in doc.entities)


def test_guard_a_demonym_inside_a_firms_name():
    doc = _extract("Royal Dutch spokesman Eric Steneker told reporters the meeting was over.")
    assert _code(doc, "Eric Steneker") != "NLD"
