"""Actor codes, round 10 of the issue-11 error classes (the judged-wrong codes of rounds
1-12 that the coder still made). Every sentence here is written for these tests."""

from __future__ import annotations

from tests.extract.actors.test_codes import _codes, _extract
from watchfloor.extract.actors.word_lists import office_not_used


def _all_codes(doc) -> set[str]:
    return {e.actor_code for e in doc.entities if e.actor_code}


# -- 1. offices a state does not have ------------------------------------------------------
def test_a_ministry_never_takes_the_united_states_as_inferred_country():
    doc = _extract(
        "Washington sent new aid to the US Embassy staff in the United States "
        "program. US officials in Washington and US diplomats praised the "
        "program. The Interior Ministry said it would hire more prison guards."
    )
    codes = _codes(doc)
    assert codes.get("Interior Ministry") != "USAGOV"
    assert "USAGOV" in _all_codes(doc)  # the US officials stay American


def test_a_minister_title_never_takes_the_united_states_as_inferred_country():
    doc = _extract(
        "US prosecutors in New York and US agents in Texas pressed the case. "
        "Washington praised Interior Minister Rolando Fuentes for the arrests."
    )
    assert _codes(doc).get("Rolando Fuentes") != "USAGOV"


def test_a_named_country_still_decides_a_ministry():
    doc = _extract(
        "US officials in Washington met Guatemala's Interior Ministry about the US program."
    )
    assert "GTMGOV" in _all_codes(doc)


def test_the_list_of_unused_offices():
    assert office_not_used("USA", "Ministry of Finance")
    assert office_not_used("USA", "Interior Minister")
    assert not office_not_used("USA", "Department of the Treasury")
    assert not office_not_used("MEX", "Interior Ministry")
    assert not office_not_used(None, "Interior Ministry")


# -- 2. regions are no countries -------------------------------------------------------------
def test_the_regions_police_in_a_coordination_take_no_country():
    doc = _extract(
        "The United States will fund training in Washington and Miami. The US "
        "plan says Washington will support the region's armies, coast guards, "
        "and police with new radios."
    )
    assert "USACOP" not in _all_codes(doc)


def test_a_latin_american_possessive_is_no_us_owner():
    doc = _extract(
        "Latin America's leading media companies ran the interview, a reporter "
        "in Miami said of the US audience in Florida."
    )
    assert not any(c.startswith("USA") and c.endswith("MED") for c in _all_codes(doc))


def test_a_country_possessive_is_shared_by_the_later_conjunct():
    doc = _extract("Brazil's army, navy and police patrolled the border with Paraguay.")
    assert "BRACOP" in _all_codes(doc)


# -- 3. migrants are not the people of the country they cross --------------------------------
def test_migrants_in_a_country_are_not_its_civilians():
    doc = _extract("Seventy migrants in Tamaulipas were found dead, officials in Texas said.")
    assert "MEXCVL" not in _all_codes(doc)


def test_a_demonym_still_gives_migrants_their_country():
    doc = _extract("Gunmen kidnapped forty Honduran migrants near the border with Texas.")
    assert "HNDCVL" in _all_codes(doc)


def test_residents_in_a_country_stay_its_civilians():
    doc = _extract("Soldiers evacuated residents in Guatemala after the floods.")
    assert "GTMCVL" in _all_codes(doc)


# -- 4. names inside names ---------------------------------------------------------------------
def test_a_party_family_word_makes_another_party():
    doc = _extract(
        "ROME, May 4 - Italy's Christian Democrats said the coalition in Rome had collapsed.",
        published="1987-05-04",
    )
    assert "USAPTY" not in _all_codes(doc)


def test_the_democrats_alone_stay_the_us_party():
    doc = _extract(
        "WASHINGTON, May 4 - Senate leaders said the Democrats would block the "
        "budget bill in Washington.",
        published="1987-05-04",
    )
    assert "USAPTY" in _all_codes(doc)


def test_a_firms_spokesman_is_no_media():
    doc = _extract(
        "The carrier will buy a cargo unit in Montreal, an Air Canada spokesman "
        "told reporters in Toronto.",
        published="1987-04-02",
    )
    assert "CANMED" not in _all_codes(doc)


def test_a_legal_form_beats_a_foreign_listing():
    doc = _extract(
        "KUALA LUMPUR, June 2 - The state oil firm raised its stake in Perak "
        "Tin Bhd to 12 pct, Selangor Rubber Bhd &lt;SRUB.SI> said on Tuesday in "
        "Malaysia.",
        published="1987-06-02",
    )
    codes = _codes(doc)
    name = next(n for n in codes if n.startswith("Selangor"))
    assert codes[name] == "MYSBUS"


# -- 5. a role word alone is no named body -------------------------------------------------
def test_a_role_word_after_an_indefinite_article_is_no_body():
    doc = _extract(
        "The stake drew the interest of Australian financier Peter Holmes a "
        "Court last year in Sydney, brokers in Sydney said.",
        published="1987-04-02",
    )
    assert "AUSJUD" not in _all_codes(doc)  # neither the "Court" nor the financier


def test_an_article_and_a_role_word_are_no_named_body():
    doc = _extract('The reporter\'s new book, "El Narco", follows hit men across Mexico.')
    assert _codes(doc).get("El Narco") is None


# -- 6. an armed group's people --------------------------------------------------------------
def test_suspects_named_after_a_rebel_group_are_rebels():
    doc = _extract(
        "Police in Arauca said ELN suspects burned two trucks near the Colombian border."
    )
    codes = _all_codes(doc)
    assert "COLCRM" not in codes
    assert "COLREB" in codes


def test_suspects_named_after_a_cartel_stay_criminals():
    doc = _extract(
        "Police in Sinaloa said Sinaloa Cartel suspects burned two trucks near the Mexican border."
    )
    assert "MEXCRM" in _all_codes(doc)


# -- 7. a crime named as a trade ---------------------------------------------------------------
def test_a_trafficking_industry_is_no_business():
    doc = _extract(
        "Fewer shipments from the Zetas could push Guatemala's trafficking industry into crisis."
    )
    assert "GTMBUS" not in _all_codes(doc)


def test_a_two_word_country_owns_the_whole_list():
    doc = _extract("El Salvador's national police and armed forces will patrol the schools.")
    assert "SLVMIL" in _all_codes(doc)


def test_a_comma_alone_makes_no_list():
    doc = _extract(
        "In Medellin, after checking the rifle's serial number, authorities "
        "arrested two Colombian dealers."
    )
    assert "COLGOV" in _all_codes(doc)


def test_a_body_named_before_its_spokesman_stays():
    doc = _extract(
        "WASHINGTON, May 2 - The U.S. Customs Service opened an inquiry, a Customs spokesman said.",
        published="1987-05-02",
    )
    # the role is customs' GOV since actors18 (PETRARCH2 agents; judged GOV in four
    # rounds); what this test guards is that the body stays coded at all
    assert _codes(doc).get("Customs") == "USAGOV"


def test_a_list_of_things_gives_no_country_to_its_last_noun():
    doc = _extract(
        "A study explains how Guinea's open borders, remote islands and patchy "
        "governance have made it a hub for cocaine shipments."
    )
    assert "GINGOV" not in _all_codes(doc)


def test_a_headline_country_before_a_role_noun_still_counts():
    doc = _extract(
        "Police Convict Peru Drug Trafficker After Finding Hidden Ledger.\n"
        "Authorities in Peru used a ledger kept by the dealers."
    )
    assert "PERCRM" in _all_codes(doc)


def test_a_country_owns_a_list_inside_an_agency_name():
    doc = _extract(
        "The port data went to DIAN, Colombia's tax and customs agency, which "
        "seized smuggled shoes."
    )
    # a tax and customs agency is GOV since actors18 (SUNAT and SAT judged GOV); what this
    # test guards is Colombia's ownership of the agency
    assert "COLGOV" in _all_codes(doc)


def test_a_state_bodys_spokesperson_is_no_media():
    doc = _extract(
        "WASHINGTON, May 2 - A White House spokesperson said the talks in Washington would resume.",
        published="2026-05-02",
    )
    assert "USAMED" not in _all_codes(doc)
