"""Actors25 of the actor-code rules (docs/actor-codes.md §8, "Actors25"): another state's
body named like a US one takes the story's country ("Congress" in Ecuador, a national
security council, a tax directorate "of the Treasury Ministry"); places read as civilians
("a Tijuana neighborhood") are no actors; "Attorney General's Office" is read whole; a
superintendency is a government body; "DEA agent X" with the acronym in brackets is the
agency's. Sentences written for these tests, each with a guard that a nearby one keeps
its reading."""

from __future__ import annotations

from datetime import date

from tests.extract.actors.test_codes import _extract
from watchfloor.extract.actors.codes import country_in
from watchfloor.extract.actors.name_spans import other_expansion
from watchfloor.extract.actors.word_lists import holds_since
from watchfloor.extract.gazetteer import default_gazetteer


def _code(doc, name: str) -> str | None:
    return next((e.actor_code for e in doc.entities if e.name == name), None)


def _codes(doc) -> set[str]:
    return {e.actor_code for e in doc.entities if e.actor_code}


def _of_mention(doc, text: str) -> str | None:
    """The code of the entity one of whose mentions reads ``text``."""
    for e in doc.entities:
        if any(doc.text[m.start : m.end] == text for m in e.mentions):
            return e.actor_code
    return None


# -- a shared alias inside a longer name gives no country -------------------------------------
def test_a_generic_alias_inside_a_name_names_no_country():
    gaz = default_gazetteer()
    words = ["General", "Tax", "Directorate", "of", "the", "Treasury", "Ministry"]
    assert country_in(gaz, words) is None


def test_a_one_state_body_inside_a_name_still_gives_its_country():
    gaz = default_gazetteer()
    assert country_in(gaz, ["White", "House", "Economic", "Policy", "Council"]) == "USA"


def test_a_tax_directorate_of_the_treasury_ministry_is_the_story_s_state():
    doc = _extract(
        "The General Tax Directorate of the Treasury Ministry audited the "
        "firms of a gang leader in San Salvador. Police in Santa Ana and San "
        "Miguel arrested two accountants in Santa Tecla."
    )
    assert _code(doc, "General Tax Directorate of the Treasury Ministry") == "SLVGOV"
    assert "USAGOV" not in _codes(doc)


# -- a national security council ----------------------------------------------------------------
def test_a_national_security_council_in_a_mexican_story_is_mexico_s():
    doc = _extract(
        "Officials of the National Security Council said hackers attacked "
        "banks in Mexico City. Police in Monterrey and Guadalajara arrested "
        "three men in Puebla."
    )
    assert _of_mention(doc, "National Security Council") == "MEXGOV"


def test_the_national_security_council_in_a_us_story_stays_the_us_one():
    doc = _extract(
        "Officials of the National Security Council met in Washington. Police "
        "in Chicago and Boston arrested three men in New York."
    )
    assert _of_mention(doc, "National Security Council") == "USAGOV"


def test_an_old_story_keeps_the_us_national_security_council():
    # other states' councils date from the 2000s (generic_aliases.tsv "since")
    doc = _extract(
        "Officials of the National Security Council said hackers attacked "
        "banks in Mexico City. Police in Monterrey and Guadalajara arrested "
        "three men in Puebla.",
        published="1987-03-02",
    )
    assert _of_mention(doc, "National Security Council") == "USAGOV"


def test_holds_since_reads_the_year_of_a_dated_story_only():
    assert holds_since(None, (date(1987, 1, 1), date(1987, 1, 1)))
    assert holds_since(2005, None)
    assert holds_since(2005, (date(2012, 1, 1), date(2012, 12, 31)))
    assert not holds_since(2005, (date(1987, 3, 2), date(1987, 3, 2)))


# -- Congress in Ecuador and El Salvador --------------------------------------------------------
def test_congress_in_an_ecuador_story_is_ecuador_s_legislature():
    doc = _extract(
        "Correa pushed the police law through Congress in Quito. Police in "
        "Guayaquil and Quito protested against the law in Cuenca."
    )
    assert _of_mention(doc, "Congress") == "ECULEG"
    assert "USALEG" not in _codes(doc)


def test_congress_in_an_old_salvadoran_story_stays_the_us_congress():
    # before the 1992 accords a bare "Congress" in Salvadoran stories is mostly the US one
    doc = _extract(
        "Congress voted more aid for the army in San Salvador. Soldiers in San "
        "Miguel and Santa Ana fought rebels in Usulutan.",
        published="1987-03-02",
    )
    assert _of_mention(doc, "Congress") == "USALEG"


def test_congress_in_a_recent_salvadoran_story_is_el_salvador_s():
    doc = _extract(
        "Congress voted a new gang law in San Salvador. Police in San Miguel "
        "and Santa Ana arrested gang members in Usulutan.",
        published="2016-03-02",
    )
    assert _of_mention(doc, "Congress") == "SLVLEG"


# -- places are not civilians -------------------------------------------------------------------
def test_a_neighborhood_where_a_tunnel_was_found_is_no_actor():
    doc = _extract(
        "The tunnel entrance was found in a Tijuana neighborhood after weeks "
        "of police work in Tijuana and Mexicali."
    )
    assert "MEXCVL" not in _codes(doc)


def test_neighborhoods_where_a_gang_set_up_cells_are_no_actor():
    doc = _extract("The gang set up cells in Medellin neighborhoods like Comuna 13, in Colombia.")
    assert "COLCVL" not in _codes(doc)


def test_a_gated_community_is_a_place():
    doc = _extract(
        "The cartel invested $200 million in the luxury gated community of "
        "Nordelta in north Argentina."
    )
    assert "ARGCVL" not in _codes(doc)


def test_a_neighborhood_that_acts_is_still_its_people():
    doc = _extract("Later the Colombian community protested against the mine in Cauca.")
    assert "COLCVL" in _codes(doc)


def test_communities_that_are_accused_stay_civilians():
    doc = _extract("Colombian communities were accused of growing coca for the gangs.")
    assert "COLCVL" in _codes(doc)


def test_a_passive_agent_community_stays_civilians():
    doc = _extract("The coca leaf is chewed by Bolivia's indigenous communities.")
    assert "BOLCVL" in _codes(doc)


def test_villagers_stay_civilians():
    doc = _extract("Gunmen displaced Colombian villagers in Antioquia.")
    assert "COLCVL" in _codes(doc)


# -- Attorney General's Office, superintendencies -----------------------------------------------
def test_the_attorney_general_s_office_is_read_whole():
    doc = _extract(
        "However, Tamaulipas' Attorney General's Office has denied the "
        "kidnapping took place in its territory. Police in Ciudad Victoria and "
        "Reynosa searched for the victims in Matamoros."
    )
    assert _code(doc, "Attorney General's Office") == "MEXJUD"
    assert "General's Office" not in {e.name for e in doc.entities}


def test_a_general_s_office_after_another_word_is_not_extended():
    doc = _extract("The General's Office in Madrid, Spain, issued a statement on the parade.")
    assert "Attorney General's Office" not in {e.name for e in doc.entities}


def test_a_superintendency_is_a_government_body():
    doc = _extract(
        "The Superintendency of Banks and the Technical and Judicial Police "
        "have both begun probes of the exchange house, Venezuelan officials "
        "said in Caracas."
    )
    assert _code(doc, "Superintendency of Banks") == "VENGOV"


# -- an agency's agent with its acronym in brackets ---------------------------------------------
def test_a_dea_agent_with_the_acronym_in_brackets_is_the_agency_s():
    doc = _extract(
        "It was the first murder of a US agent in Mexico since the death of "
        "Drug Enforcement Administration (DEA) agent Enrique Camarena in 1985."
    )
    assert _code(doc, "Enrique Camarena") == "USACOP"


def test_a_name_right_after_a_bracketed_acronym_takes_no_code():
    doc = _extract(
        "The Treasury (DEA) Enrique Camarena said on Monday in Washington that rates rose."
    )
    assert _code(doc, "Enrique Camarena") is None


# -- an acronym the text gives another body ---------------------------------------------------
def test_other_expansion_reads_a_glossed_spanish_name():
    text = "the prosecutor (Oficina Nacional de Control Ambiental -- ONCA) said. ONCA's staff left."
    assert (
        other_expansion(text, "ONCA", {"ocean carriers association"})
        == "Oficina Nacional de Control Ambiental"
    )


def test_other_expansion_is_none_for_the_entry_s_own_name():
    text = "The Federal Emergency Management Agency (FEMA) sent aid. FEMA said so."
    assert other_expansion(text, "FEMA", {"federal emergency management agency"}) is None


def test_other_expansion_is_none_when_the_initials_do_not_spell_it():
    assert other_expansion("the Financial Analysis Unit (UIF) said", "UIF", set()) is None


def test_an_acronym_defined_as_a_peruvian_office_is_not_the_us_agency():
    doc = _extract(
        "The fires led Peru's special prosecutor on environmental affairs "
        "(Fiscalia Especializada en Materia Ambiental -- FEMA) to open "
        "investigations in Madre de Dios. FEMA's provincial prosecutor in Puerto "
        "Maldonado said miners fled."
    )
    assert _of_mention(doc, "FEMA") != "USAGOV"


def test_the_us_agency_defined_by_its_own_name_keeps_its_code():
    doc = _extract(
        "The Federal Emergency Management Agency (FEMA) sent aid to Houston, "
        "Texas. FEMA said the storm hit Galveston."
    )
    assert _of_mention(doc, "FEMA") == "USAGOV"


def test_other_expansion_is_none_for_a_spelling_of_the_entry_s_name():
    names = {"drug enforcement administration", "dea"}
    text = "a Drugs Enforcement Administration (DEA) agent warned of the danger"
    assert other_expansion(text, "DEA", names) is None


def test_other_expansion_is_none_for_an_entry_known_only_by_its_acronym():
    text = "a United Nations Development Programme (UNDP) report found"
    assert other_expansion(text, "UNDP", {"undp"}) is None


def test_a_two_word_city_owning_an_office_gives_its_country():
    doc = _extract(
        "The unit will work with Mexico City's Attorney General's Office, "
        "gathering intelligence on drug dealing."
    )
    assert _code(doc, "Attorney General's Office") == "MEXJUD"


def test_an_unplaced_owner_still_leaves_the_office_uncoded():
    doc = _extract(
        "Officers of Quarvex's Transit Police stopped the car, police in Bogota and Cali said."
    )
    assert _code(doc, "Transit Police") is None
