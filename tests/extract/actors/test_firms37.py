"""firms37 (issue 11): a firm's country is its own, not its parent's, partner's or story's.

A national unit ("Acme Canada", "Acme do Brasil") is a firm of that country and another
actor than its parent, whose short name does not take the unit's country; a firm's
officer takes the firm's stated country, never the dateline's; a name after "and" is a
second party, not an officer of the firm before it; another state's state firm keeps
that state. Sentences and firm names written for these tests; guards keep nearby codes.
"""

from __future__ import annotations

import spacy

from tests.extract.actors.test_codes import _codes, _extract
from watchfloor.extract.actors.membership import _coordinates
from watchfloor.extract.actors.party_kinds import national_unit
from watchfloor.extract.gazetteer import default_gazetteer


def _coded(text: str, published: str | None = "1987-03-03") -> dict[str, str]:
    return {k: v for k, v in _codes(_extract(text, published)).items() if v}


# -- national units ----------------------------------------------------------------------
def test_a_national_unit_is_read_from_its_name():
    gaz = default_gazetteer()
    assert national_unit(gaz, "Harrow Canada Ltd") == (["Harrow"], "CAN")
    assert national_unit(gaz, "Harrow do Brasil") == (["Harrow"], "BRA")
    assert national_unit(gaz, "Harrow of Canada Ltd") == (["Harrow"], "CAN")
    assert national_unit(gaz, "Bank of Canada") is None  # no parent firm "Bank"
    assert national_unit(gaz, "Harrow Corp") is None


def test_a_unit_without_a_legal_form_is_its_countrys_firm_apart_from_its_parent():
    codes = _coded(
        "Harrow Canada said on Monday it would buy coal from a mine in Alberta. "
        "Harrow Corp said the purchase was worth 20 mln dlrs."
    )
    assert codes.get("Harrow Canada") == "CANBUS"
    assert codes.get("Harrow Corp") == "BUS"  # the parent: no Canadian firm


def test_guard_a_firm_whose_name_holds_its_own_country_keeps_it():
    codes = _coded("Analysts said Norvex Canada Ltd had raised its posted crude prices.")
    assert codes.get("Norvex Canada Ltd") == "CANBUS"


def test_the_parents_short_name_does_not_take_its_units_country():
    codes = _coded(
        "Analysts said Dorrell Corp's German unit Dorrell Deutschland AG made a profit. "
        "Dorrell chairman Hans Vogt said sales rose in Europe."
    )
    assert codes.get("Dorrell Deutschland AG") == "DEUBUS"
    assert codes.get("Dorrell") != "DEUBUS"
    assert codes.get("Hans Vogt") == "BUS"  # the parent's chairman: no stated country


# -- officers ------------------------------------------------------------------------------
def test_a_firms_officer_takes_no_country_from_the_dateline():
    codes = _coded(
        "TOKYO, March 3 - Prices will fall, Kellerman Corp said on Tuesday. "
        "Kellerman chairman John Wade told reporters the cut was small."
    )
    assert codes.get("John Wade") == "BUS"  # was JPNBUS, inferred from Tokyo


def test_a_units_officer_takes_the_units_country_not_the_states():
    codes = _coded(
        "Analysts said Harrow Canada Ltd had raised its prices. "
        "Harrow Canada president John Lane said demand was strong."
    )
    assert codes.get("John Lane") == "CANBUS"  # was CANGOV


def test_its_president_after_a_firm_is_the_firms_officer():
    codes = _coded(
        "NEW YORK, March 3 - A board meeting was held on Monday. Ambrel of Canada Ltd "
        "said its president, Ann Lowe, would stay."
    )
    assert codes.get("Ambrel of Canada Ltd") == "CANBUS"
    assert codes.get("Ann Lowe") == "CANBUS"  # was USAGOV, inferred from New York


def test_guard_a_governments_president_stays_the_states():
    codes = _coded("The Canadian government said its president, Joe Clark, would attend.")
    assert codes.get("Joe Clark") == "CANGOV"


# -- coordination --------------------------------------------------------------------------
def test_a_conjunction_between_a_body_and_a_name_joins_two_parties():
    words = spacy.blank("en")("Cowra Holdings Ltd and Meridian , of the U.S. And chairman")
    joined = [t.text for t in words if _coordinates(t)]
    assert joined == ["and", "And"]  # "of", "the", "chairman": title words as before


def test_guard_a_body_before_an_office_still_gives_its_code():
    codes = _coded(
        "Three tonnes of cocaine were seized in 1986, said Drug Enforcement "
        "Administration (DEA) agent Tomas Ferrer, who led the raid."
    )
    assert codes.get("Tomas Ferrer") == "USACOP"


# -- another state's state firm --------------------------------------------------------------
def test_another_states_state_oil_company_keeps_that_state():
    codes = _coded(
        "ALGIERS, March 3 - Kuwait's state oil company cut its prices on Monday, "
        "Algerian officials said. The Egyptian state firm said it would follow."
    )
    assert codes.get("Kuwait company") == "KWTBUS"
    assert codes.get("Egypt company") == "EGYBUS"
    assert "DZABUS" not in codes.values()


def test_a_firms_officer_takes_the_country_its_ticker_states():
    codes = _coded(
        "MONTREAL, March 25 - Analysts expect Halden Engineering Group Inc &lt;HEG.TO> to "
        "report higher earnings, president Martin Keller said before the annual meeting "
        "in Quebec."
    )
    assert codes.get("Martin Keller") == "CANBUS"  # the Toronto listing states the firm's


def test_a_country_in_the_officers_own_words_is_the_units():
    codes = _coded(
        "Analysts said Dorrell Corp's German unit Dorrell Deutschland AG made a profit. "
        "Dorrell Deutschland chairman Hans Vogt said sales rose in Europe."
    )
    assert codes.get("Hans Vogt") == "DEUBUS"


def test_its_chairman_after_a_holding_company_takes_no_country_from_the_story():
    codes = _coded(
        "WASHINGTON, March 4 - Shares of the freight group fell on Monday after Brantor "
        "Canada Corp told U.S. regulators it cut its stake in Lexell Freight Corp.\n"
        "    Brantor, a management and investment holding company controlled by its "
        "chairman, Ivan Mercer, said it sold 600,000 shares."
    )
    assert codes.get("Brantor Canada Corp") == "CANBUS"
    # the firm's officer; "Brantor" alone is the parent's short name, of no stated
    # country (was "USA", the story's, for a person nothing coded)
    assert codes.get("Ivan Mercer") == "BUS"


def test_guard_a_units_short_form_still_joins_the_unit():
    doc = _extract(
        "Analysts said Harrow Canada Ltd had raised its prices on Monday. Harrow Canada "
        "said demand was strong in Ontario.",
        "1987-03-03",
    )
    units = [e for e in doc.entities if e.name.startswith("Harrow Canada")]
    assert [e.actor_code for e in units] == ["CANBUS"]
    assert len(units[0].mentions) == 2
