"""agencies42 of the actor-code rules (docs/actor-codes.md, "Agencies42"): named bodies no
dictionary listed, curated in organizations.yaml: US agencies and regulators (GOV), a
congressional committee (LEG), unions (LAB), commodity IGOs (IGO + sector), national
commodity boards (GOVAGR), business associations (BUS); acronyms that are another body's
or a common word are left out. Sentences written for these tests; guards for the acronyms."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract


def _codes(doc) -> dict[str, str | None]:
    return {e.name: e.actor_code for e in doc.entities}


# -- a federal agency and a regulator ------------------------------------------------------
def test_a_federal_agency_by_name_and_acronym():
    doc = _extract("The Internal Revenue Service wrote to the farmers in Ohio on Friday.")
    assert _codes(doc)["Internal Revenue Service"] == "USAGOV"
    doc = _extract("The IRS wrote to the farmers in Ohio on Friday.")
    assert _codes(doc)["Internal Revenue Service"] == "USAGOV"


def test_a_regulator_named_with_corp_is_no_firm():
    doc = _extract("The Federal Deposit Insurance Corp took over a small lender in Kansas.")
    assert _codes(doc)["Federal Deposit Insurance Corporation"] == "USAGOV"


# -- a legislative committee ---------------------------------------------------------------
def test_a_house_committee_is_the_legislature():
    doc = _extract("The Ways and Means Committee rejected the tariff plan on Thursday.")
    assert _codes(doc)["House Ways and Means Committee"] == "USALEG"


# -- a union -------------------------------------------------------------------------------
def test_a_union_acronym_takes_the_union_and_its_country():
    doc = _extract("The UAW threatened a walkout at three truck plants in Michigan.")
    assert _codes(doc)["United Auto Workers"] == "USALAB"


# -- an IGO and a national commodity board -------------------------------------------------
def test_a_commodity_organisation_is_an_igo():
    doc = _extract("The International Sugar Organization failed to agree on export quotas.")
    assert _codes(doc)["International Sugar Organization"] == "IGOAGR"


def test_a_commodity_board_is_its_state_s_agricultural_body():
    doc = _extract("The Brazilian Coffee Institute suspended new export registrations.")
    assert _codes(doc)["Brazilian Coffee Institute"] == "BRAGOVAGR"


# -- a business association ----------------------------------------------------------------
def test_an_industry_association_is_business():
    doc = _extract("The American Petroleum Institute asked the government to drop the levy.")
    assert _codes(doc)["American Petroleum Institute"] == "USABUS"


# -- guards: acronyms left out -------------------------------------------------------------
def test_mas_is_no_central_bank_of_singapore():
    doc = _extract("In La Paz the MAS chose its candidate for the Bolivian presidency.")
    assert "SGPGOV" not in _codes(doc).values()
    assert "Monetary Authority of Singapore" not in _codes(doc)


def test_icc_stays_the_international_court_beside_the_commerce_commission():
    doc = _extract(
        "The Interstate Commerce Commission approved the rail deal, while the ICC "
        "in The Hague heard a war crimes case."
    )
    codes = _codes(doc)
    assert codes["Interstate Commerce Commission"] == "USAGOV"
    assert codes["International Criminal Court"] == "IGOJUDICC"


def test_another_state_s_department_of_energy_is_not_the_us_one():
    doc = _extract("Manila's Department of Energy approved two new power plants in Luzon.")
    assert "United States Department of Energy" not in _codes(doc)
    assert not any((c or "").startswith("USA") for c in _codes(doc).values())
