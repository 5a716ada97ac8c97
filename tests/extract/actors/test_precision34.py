"""precision34 of the actor-code rules (issue 11, round 50): a named "Chamber of" a trade
is a business association, not a legislature, and so is the office its head holds; a
dictionary outlet met under a name several states' papers carry ("El Nacional") is, in a
story of another of those states, that state's paper. Sentences written for these tests;
each rule has a guard."""

from __future__ import annotations

from tests.extract.actors.test_codes import _codes, _extract
from watchfloor.extract.actors.codes import name_code
from watchfloor.extract.gazetteer import default_gazetteer

DOMINICAN = (
    "Police in Santo Domingo arrested two men on Monday. The Dominican Republic has "
    "seen more cocaine seizures this year, and prosecutors in the Dominican Republic "
    "opened a case. "
)
VENEZUELA = (
    "Troops in Caracas closed two roads on Monday. Venezuela has seen more protests this "
    "year, and judges in Venezuela opened a case. "
)


def _coded(text: str) -> dict[str, str]:
    return {k: v for k, v in _codes(_extract(text)).items() if v}


# -- a named chamber of a trade ----------------------------------------------------------
def test_a_named_chamber_of_a_trade_is_a_business_association():
    gaz = default_gazetteer()
    assert name_code(gaz, "Chilean Chamber of Timber Exporters") == ("CHL", "BUS")
    assert name_code(gaz, "Bolivian Chamber of Construction") == ("BOL", "BUS")


def test_guard_a_named_chamber_of_members_or_of_the_state_stays_a_legislature():
    gaz = default_gazetteer()
    assert name_code(gaz, "Argentine Chamber of Deputies") == ("ARG", "LEG")
    assert name_code(gaz, "Chamber of Senators") == (None, "LEG")
    assert name_code(gaz, "Chamber of the Nation") == (None, "LEG")
    assert name_code(gaz, "Chamber of Mexico") == ("MEX", "LEG")


def test_guard_a_court_chamber_keeps_the_courts_role():
    gaz = default_gazetteer()
    assert name_code(gaz, "Criminal Chamber of the Supreme Court")[1] == "JUD"


def test_a_chamber_of_a_trade_in_a_story_is_business():
    codes = _coded(
        "Shrimp prices rose in Ecuador this month. The Ecuadorian Chamber of Shrimp Packers "
        "asked the government in Quito to stop imports."
    )
    assert codes.get("Ecuadorian Chamber of Shrimp Packers") == "ECUBUS"
    assert "ECULEG" not in codes.values()


def test_the_head_of_a_trade_chamber_is_no_government_official():
    codes = _coded(
        "Builders in Lima stopped work on Monday. Pedro Salas, president of the Peruvian "
        "Chamber of Construction, said gangs extort money from every site."
    )
    assert codes.get("Peruvian Chamber of Construction") == "PERBUS"
    assert codes.get("Pedro Salas") != "PERGOV"


def test_guard_the_chamber_of_deputies_in_a_story_stays_the_legislature():
    codes = _coded(
        "Lawmakers met in Buenos Aires on Monday. The Argentine Chamber of Deputies "
        "approved the budget bill by a wide margin."
    )
    assert codes.get("Argentine Chamber of Deputies") == "ARGLEG"


# -- a shared outlet name ----------------------------------------------------------------
def test_el_nacional_in_a_dominican_story_is_the_dominican_paper():
    codes = _coded(DOMINICAN + "One of the men paid the mayor, reported El Nacional.")
    assert "VENMED" not in codes.values()
    assert codes.get("El Nacional") == "DOMMED"


def test_guard_el_nacional_in_a_venezuelan_story_is_the_caracas_paper():
    codes = _coded(VENEZUELA + "One of the judges was dismissed, reported El Nacional.")
    assert "VENMED" in codes.values()
    assert "DOMMED" not in codes.values()


def test_guard_el_nacional_in_a_story_of_neither_state_keeps_the_dictionary_paper():
    codes = _coded(
        "Police in Bogota arrested two men on Monday. Colombia has seen more cocaine "
        "seizures this year, reported El Nacional."
    )
    assert "VENMED" in codes.values()


def test_guard_a_story_that_names_the_dictionary_papers_state_keeps_that_paper():
    codes = _coded(
        "Judges in Tegucigalpa freed two men on Monday. Honduras has seen more cocaine "
        "seizures this year, and police in Honduras and San Pedro Sula seized a plane. "
        "In Colombia a similar agency was closed, El Tiempo reported."
    )
    assert codes.get("El Tiempo") == "COLMED"
