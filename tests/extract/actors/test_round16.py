"""Round 16 of the actor-code rules (docs/actor-codes.md §8, "Round 16"), from the errors
of judged rounds 24 and 25: the presiding officer of a legislature is a legislator, not the
government; a firm's officer named by the firm's short name ("Eastern president X") is the
firm's, not the state's; a place word inside a company's name gives it no country unless
the name is one country's; an officer "of ... operations for the company" is the
company's; international bodies and their officials take the body's code. Sentences
written for these tests."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract


def _coded(doc) -> dict[str, str | None]:
    return {m.text: e.actor_code for e in doc.entities for m in e.mentions}


# -- presiding officers of legislatures ----------------------------------------------------
def test_a_lower_house_president_is_a_legislator():
    doc = _extract(
        "Several deputies were named, including lower house President Marcos "
        "Prado, and two governors of Brazil.",
        published="2017-04-12",
    )
    assert _coded(doc)["Marcos Prado"] == "BRALEG"


def test_a_lower_house_speaker_is_a_legislator():
    doc = _extract(
        "Chile's lower house speaker Marcos Prado said the bill would pass.", published="2017-04-12"
    )
    assert _coded(doc)["Marcos Prado"] == "CHLLEG"


def test_the_countrys_president_keeps_the_government_code():
    doc = _extract(
        "Brazil's President Marcos Prado said the bill would pass.", published="2017-04-12"
    )
    assert _coded(doc)["Marcos Prado"] == "BRAGOV"


# -- a firm's officer under the firm's short name -----------------------------------------
def test_a_firms_short_name_before_president_makes_a_company_officer():
    doc = _extract(
        "ATLANTA, March 4 - Workers at Eastern Airlines have fought management "
        "for years. The dispute grew when Eastern president Frank Olds asked "
        "for wage cuts.",
        published="1987-03-04",
    )
    # a firm's officer; the story states no country for Eastern (firms37: not the dateline's)
    assert _coded(doc)["Frank Olds"] == "BUS"


def test_a_compass_word_that_names_no_firm_stays_the_states():
    # no "Eastern <firm>" in the story: the word is no firm's short name, the rule stays out
    doc = _extract(
        "ATLANTA, March 4 - Workers have fought management for years. The "
        "dispute grew when U.S. President Frank Olds asked for wage cuts.",
        published="1987-03-04",
    )
    assert _coded(doc)["Frank Olds"] == "USAGOV"


# -- a place word inside a company's name ---------------------------------------------------
LENDERS = (
    "NEW YORK, March 4 - The company said it failed to reach agreement with its "
    "lenders Manufacturers {} Corp &lt;MKC> and Midland Corp &lt;MIDC> on a debt plan."
)


def _firm(doc, word: str) -> str | None:
    return next(code for name, code in _coded(doc).items() if word in name)


def test_a_town_name_shared_by_several_countries_gives_a_company_no_country():
    # Kingston: a Jamaican parish and towns in the US, Canada and Britain
    doc = _extract(LENDERS.format("Kingston"), published="1987-03-04")
    assert not (_firm(doc, "Kingston") or "").startswith("JAM")


def test_a_place_in_one_country_still_gives_a_company_its_country():
    doc = _extract(LENDERS.format("Tokyo"), published="1987-03-04")
    assert _firm(doc, "Tokyo") == "JPNBUS"


# -- an apposition broken across a line ------------------------------------------------------
def test_an_officer_for_the_company_across_a_line_break_is_the_companys():
    doc = _extract(
        "NEW YORK, March 4 - Ralph Dunn, vice president of\nU.S. refining "
        "operations for the company, said Texaco will merge two offices.",
        published="1987-03-04",
    )
    assert _coded(doc)["Ralph Dunn"] == "USABUS"


# -- international bodies never take a person's or the dateline's country --------------------
def test_a_council_of_an_international_body_is_the_bodys():
    doc = _extract(
        "BRUSSELS, March 4 - In a letter to Dutch Finance Minister Jan Smit, "
        "current chairman of the EC Council of Ministers, the farmers said the "
        "levy would help.",
        published="1987-03-04",
    )
    coded = _coded(doc)
    assert coded["EC Council of Ministers"] == "IGOEUREEC"
    assert coded["Jan Smit"] == "NLDGOV"  # the chairman stays his state's minister


def test_an_international_bodys_official_is_the_bodys_not_his_desks_country():
    doc = _extract(
        "WASHINGTON, March 4 - Peter Lane, director of the World Bank's Tunisian "
        "division, said the loan would be signed.",
        published="1987-03-04",
    )
    assert _coded(doc)["Peter Lane"] == "IGOUNOWBK"


def test_a_states_ambassador_to_an_international_body_stays_the_states():
    doc = _extract(
        "MEXICO CITY, March 4 - Pedro Lara, Mexico's ambassador to the United "
        "Nations, said the vote would fail.",
        published="1987-03-04",
    )
    assert _coded(doc)["Pedro Lara"] == "MEXGOV"


def test_a_document_of_an_international_body_is_no_body():
    doc = _extract(
        "WASHINGTON, March 4 - The envoys said the OAS Permanent Council would "
        "meet, and that the blockade broke the United Nations Charter.",
        published="1987-03-04",
    )
    coded = _coded(doc)
    assert coded.get("OAS Permanent Council") == "IGOOAS"
    assert coded.get("United Nations Charter") is None
