"""Actors20 of the actor-code rules (docs/actor-codes.md §8, "Actors20"): Zaire and other
former names of a state give that state's code; a finite verb before a name is no title;
an apposition that names a firm or association as the body of a "president" or
"chairman" gives that body's officer, not the state's. Sentences written for these
tests."""

from __future__ import annotations

from tests.extract.actors.test_codes import _codes, _extract
from watchfloor.extract.actors.title_codes import appositive_body_office
from watchfloor.extract.gazetteer import default_gazetteer


def _code(doc, name: str) -> str | None:
    return next((e.actor_code for e in doc.entities if e.name == name), None)


# -- former names of a state -------------------------------------------------------------------
def test_zairean_officials_are_the_congo_government():
    doc = _extract(
        "Zairean officials said the copper mines would reopen next month, a "
        "spokesman in Kinshasa said.",
        published="1987-03-02",
    )
    assert "CODGOV" in set(_codes(doc).values())


def test_angolan_officials_keep_angola():
    doc = _extract(
        "Angolan officials said the oil fields would reopen next month, a "
        "spokesman in Luanda said.",
        published="1987-03-02",
    )
    codes = set(_codes(doc).values())
    assert "AGOGOV" in codes and "CODGOV" not in codes


def test_zaire_names_the_government_under_its_president():
    doc = _extract(
        "WASHINGTON, March 4 - The IMF approved new loans on Tuesday. Zaire, "
        "under the government of President Mobutu Sese Seko, has cut spending "
        "this year, the fund said.",
        published="1987-03-04",
    )
    codes = set(_codes(doc).values())
    assert "USAGOV" not in codes


# -- a finite verb before a name -----------------------------------------------------------------
def test_a_verb_before_a_name_is_no_title():
    doc = _extract(
        "The lawyer Harold Greene told reporters that he suspects Walter Dunmore "
        "spoke to the newspaper before the trial."
    )
    assert _code(doc, "Walter Dunmore") != "CRM"


def test_a_noun_title_before_a_name_still_codes():
    doc = _extract(
        "Police in Bogota arrested drug trafficker Walter Dunmore on Monday, officials said."
    )
    assert (_code(doc, "Walter Dunmore") or "").endswith("CRM")


def test_a_plural_title_tagged_as_a_verb_stays_a_title():
    doc = _extract(
        "Fuel smuggling has grown on the coast. Peruvian Coast Guard officers "
        "Walter Dunmore and Pedro Salas told a newspaper in Lima."
    )
    assert _code(doc, "Walter Dunmore") == "PERMIL"


# -- the body an apposition names ------------------------------------------------------------
def test_a_firm_vice_president_in_apposition_is_the_firm_officer():
    doc = _extract(
        "NEW YORK, March 3 - Hartwell Dry Goods Co said profits rose. Martin "
        "Keller, Hartwell vice president, told reporters that sales grew.",
        published="1987-03-03",
    )
    code = _code(doc, "Martin Keller")
    assert code is None or code.endswith("BUS")


def test_a_state_vice_president_in_apposition_keeps_the_government():
    doc = _extract(
        "Martin Keller, Colombia's vice president, told reporters in Bogota "
        "that sales of coffee grew.",
        published="1987-03-03",
    )
    assert _code(doc, "Martin Keller") == "COLGOV"


def test_an_association_president_in_apposition_is_no_government():
    doc = _extract(
        "Tadashi Morimoto, president of the influential Japan Federation of "
        "Shipbuilders' Associations, said in Tokyo that costs would rise.",
        published="1987-03-03",
    )
    assert not (_code(doc, "Tadashi Morimoto") or "").endswith("GOV")


def test_the_body_of_an_office_by_its_name():
    gaz = default_gazetteer()
    assert appositive_body_office(gaz, "president of Acme Steel Corp", "") == "BUS"
    assert (
        appositive_body_office(gaz, "president of the National Association of Widget Makers", "")
        == ""
    )
    assert appositive_body_office(gaz, "Hartwell vice president", "Hartwell Co said") == "BUS"


def test_state_and_international_banks_are_no_firms():
    gaz = default_gazetteer()
    assert appositive_body_office(gaz, "president of the Central Bank of Brazil", "") is None
    assert appositive_body_office(gaz, "president of the Asian Development Bank", "") is None
    assert appositive_body_office(gaz, "vice president of Honduras", "") is None
    # a single name the text does not show as a firm says nothing
    assert appositive_body_office(gaz, "Hartwell vice president", "Hartwell said") is None


def test_a_firm_named_with_its_latin_legal_form():
    doc = _extract(
        "Prosecutors in Brasilia questioned executives of Ferreira Obras S.A. on "
        "Monday. Former Ferreira President Marcos Ferreira has testified twice.",
        published="2017-05-02",
    )
    assert not (_code(doc, "Marcos Ferreira") or "").endswith("GOV")


# -- a place in a name, found only in the index ------------------------------------------------
def test_an_index_place_in_a_name_needs_its_country_in_the_story():
    doc = _extract(
        "Lawyers for the couple said members of the Casa Militar, the presidential "
        "security unit, took part in the operation."
    )
    assert _code(doc, "Casa Militar") != "INDMIL"


def test_an_index_place_in_a_name_keeps_a_country_the_story_names():
    doc = _extract(
        "Lawyers for the couple said members of the Casa Militar, the presidential "
        "security unit, took part in the operation, an Indian newspaper said."
    )
    assert _code(doc, "Casa Militar") == "INDMIL"


def test_a_place_by_its_own_name_keeps_its_country():
    doc = _extract(
        "Researchers at the University of San Diego published a report on the "
        "army's abuses in Chihuahua, the authors said."
    )
    assert _code(doc, "University of San Diego") == "USAEDU"
