"""actors30 of the actor-code rules (docs/actor-codes.md, "Actors30"): a role noun after a
demonym stated for a person adds its role; "drug czar" is a government title; a PETRARCH2
head of state named in full keeps his code in a story that never names his country;
foreign legislatures by their own names; a shared local-press name takes the article's
country only where such a paper exists there. Sentences written for these tests; each
rule has a guard."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract


def _code(doc, name: str) -> str | None:
    return next(e.actor_code for e in doc.entities if e.name == name)


# -- a role noun after a stated demonym ----------------------------------------------------
def test_demonym_and_deputy_give_the_legislature():
    doc = _extract("Venezuelan deputy Marta Quintero denounced the vote count on Monday.")
    assert _code(doc, "Marta Quintero") == "VENLEG"


def test_apposition_demonym_and_deputy_give_the_legislature():
    doc = _extract("Marta Quintero, a Brazilian deputy, denounced the vote count on Monday.")
    assert _code(doc, "Marta Quintero") == "BRALEG"


def test_guard_an_american_deputy_is_no_legislator():
    doc = _extract("American deputy Tom Walsh arrested the driver near the county line.")
    assert _code(doc, "Tom Walsh") == "USA"


def test_guard_a_profession_keeps_the_bare_country():
    doc = _extract("Venezuelan singer Marta Quintero performed in Bogota on Monday.")
    assert _code(doc, "Marta Quintero") == "VEN"


def test_guard_deputy_minister_stays_government():
    doc = _extract("Venezuelan deputy minister Marta Quintero denounced the vote count.")
    assert _code(doc, "Marta Quintero") == "VENGOV"


def test_drug_czar_is_a_government_title():
    doc = _extract("The Dominican drug czar Ramon Acosta met officials in Santo Domingo.")
    assert _code(doc, "Ramon Acosta") == "DOMGOV"


# -- a PETRARCH2 head of state named in passing --------------------------------------------
def test_head_of_state_named_in_full_keeps_the_dictionary_code():
    doc = _extract("Fidel Castro remains an icon for the ELN guerrillas in the mountains.")
    assert (_code(doc, "Fidel Castro") or "")[:3] == "CUB"


def test_guard_a_generated_alias_of_a_head_of_state_is_still_dropped():
    # "Carlos Romero" is only a first-and-last-name alias of a Salvadoran president
    doc = _extract("Police in Ecuador detained Carlos Romero on Tuesday.")
    assert _code(doc, "Carlos Romero") is None


def test_guard_a_common_name_of_a_dictionary_leader_is_still_dropped():
    # "Charles Taylor" is a Liberian president in the dictionary and a common name
    doc = _extract("Police in Ecuador detained Charles Taylor on Tuesday.")
    assert _code(doc, "Charles Taylor") is None


# -- foreign legislatures by their own names -----------------------------------------------
def test_storting_is_norways_legislature():
    doc = _extract("The Storting passed the fisheries law in Oslo on Tuesday.")
    assert _code(doc, "Storting") == "NORLEG"


def test_diet_in_a_japanese_story():
    doc = _extract("The Diet approved the budget on Friday, Japanese officials said.")
    assert _code(doc, "Diet") == "JPNLEG"


def test_majlis_takes_the_state_the_story_names():
    doc = _extract("The Majlis approved the budget on Friday, Iranian officials said.")
    assert _code(doc, "Majlis") == "IRNLEG"


def test_guard_a_confirmed_name_in_a_story_of_no_such_state():
    doc = _extract("The Majlis met on Friday to discuss the harvest in Peru.")
    assert all(e.actor_code != "IRNLEG" for e in doc.entities)


def test_guard_a_surname_is_no_legislature():
    doc = _extract("Hernan Cortes reached Mexico in 1519. Cortes said the city was large.")
    assert all(e.actor_code != "ESPLEG" for e in doc.entities)


# -- a shared local-press name ---------------------------------------------------------------
def _memo(outlet: str, demonym: str, country: str) -> str:
    return (
        f"According to a leaked embassy memo published by a transparency site, via "
        f"{outlet} , the most dangerous rifles seized from the {demonym} gangs came "
        f"from Central American armies. {country} said it would act."
    )


def test_la_opinion_is_no_mexican_paper():
    doc = _extract(_memo("La Opinion", "Mexican", "Mexico"))
    assert _code(doc, "La Opinion") is None


def test_guard_la_opinion_cited_in_a_colombian_story_is_colombian():
    doc = _extract(_memo("La Opinion", "Colombian", "Colombia"))
    assert _code(doc, "La Opinion") == "COLMED"


def test_guard_another_local_paper_takes_the_article_country():
    doc = _extract(_memo("El Periodico", "Guatemalan", "Guatemala"))
    assert _code(doc, "El Periodico") == "GTMMED"


def test_home_may_be_reads_the_table():
    from watchfloor.extract.actors.outlets import home_may_be

    assert not home_may_be("La Prensa", "GTM")
    assert home_may_be("La Prensa", "NIC")
    assert home_may_be("El Periodico", "GTM")  # no row: any country
