"""Issue 12, round 9 (evsense9): a doer that is no actor, trade penalties and retaliation,
labour strikes, debt moratoria, conduct read as force, commodity tenders, budget amounts.

Sentences written for these tests (not from any corpus)."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import events, parse


def codes(text: str, trigger: str) -> list[str]:
    return [e.code for e in events(text, trigger)]


# -- a doer that is no actor --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rising crime rates threaten Honduras with ruin.", "threaten"),
        ("The tough new export laws offer Britain a way to punish Japanese banks.", "offer"),
        ("Focusing on eradication alone promises to fail, the report said.", "promise"),
        ("The evidence supports Ecuador's claim against Peru.", "support"),
        ("Heavy rains blocked the road to the capital, cutting off aid to Haiti.", "cutting"),
    ],
)
def test_a_thing_as_doer_codes_no_event(text: str, trigger: str) -> None:
    assert events(text, trigger) == []


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("Investigators accused the mayor of taking bribes.", "accused", "112"),
        ("Gunmen killed three police officers in Guerrero on Monday.", "killed", "18"),
        ("A car bomb killed five soldiers in Kabul.", "killed", "19"),
        ("The group accused the army of torturing prisoners.", "accused", "112"),
        ("Residents blocked the highway to protest against the mining company.", "protest", "14"),
        ("The rebels rejected the government's offer of a truce.", "rejected", "12"),
        ("The report accuses the army of killing civilians.", "accuse", "112"),
        ("The explosion destroyed the police station in Cali.", "destroyed", "17"),
        ("The embassy condemned the attack on its staff.", "condemned", "11"),
        # acts and instruments stand for whoever took them
        ("The sanctions freeze any Iranian assets held in Canada.", "freeze", "163"),
        (
            "Any invasion of Cuban territory would violate the UN Charter, the delegate warned.",
            "violate",
            "12",
        ),
        # collective nouns the gazetteer has no role for
        (
            "The entities investigating the governor raided his office in Lima.",
            "investigating",
            "09",
        ),
        ("Former Soviet republics refuse to lift sanctions on Abkhazia.", "refuse", "12"),
    ],
)
def test_actors_and_weapons_as_doers_stay(text: str, trigger: str, code: str) -> None:
    found = events(text, trigger)
    assert found and found[0].code.startswith(code), [e.code for e in found]


# -- trade penalties and retaliation ----------------------------------------------------
def test_revoking_foreign_banks_licences_over_market_access_is_a_sanction() -> None:
    # roots43: stated with a modal and an "if" clause, the sanction is threatened (1312,
    # judged seed 3089: "a conditional warning is a threat, not the sanction"); the root
    # of the act it threatens still reads it as a sanction (163 without the condition)
    text = (
        "The French government may revoke the licences of Korean banks if Seoul does "
        "not open up its markets to foreign firms."
    )
    assert codes(text, "revoke") == ["1312"]
    plain = "The French government revoked the licences of Korean banks over market access."
    assert codes(plain, "revoke") == ["163"]


def test_retaliatory_trade_action_imposed_is_a_sanction() -> None:
    text = (
        "President Bush is ready to impose retaliatory trade action against Korea for "
        "breaking the steel accord."
    )
    assert codes(text, "impose") == ["163"]


def test_retaliation_over_market_access_is_no_force() -> None:
    text = "Britain will retaliate against countries that deny its banks reciprocal market access."
    assert [c[:2] for c in codes(text, "retaliate")] == ["16"]


# -- labour strikes, debt moratoria --------------------------------------------------------
def test_a_union_strike_notice_is_a_labour_protest() -> None:
    assert codes("The union said it would authorize a strike at the Detroit plant.", "strike") == [
        "143"
    ]


def test_an_airstrike_stays_force() -> None:
    assert codes("Russian jets carried out an air strike on the rebel base.", "strike")[
        0
    ].startswith("19")


def test_suspending_debt_payments_reduces_relations() -> None:
    found = codes(
        "Chile suspended interest payments on its foreign debt to commercial banks.", "suspended"
    )
    assert found and all(c.startswith("16") for c in found)


# -- conduct, kickbacks, economic explanations ---------------------------------------------
def test_a_persons_actions_called_paranoid_are_no_force() -> None:
    text = (
        "The government rejected the charges and called his recent actions a betrayal "
        "of the military."
    )
    assert events(text, "action") == []


def test_military_action_stays_force() -> None:
    assert codes("Chinese troops launched military action against the rebels.", "action") == ["190"]


def test_funding_kickbacks_is_no_aid() -> None:
    text = "Investigators say the state contracts were used to fund kickbacks to the governor."
    assert events(text, "fund") == []


def test_blaming_an_economic_change_on_imports_accuses_no_one() -> None:
    text = "Officials blamed the weaker growth of car exports on a slump in steel imports."
    assert events(text, "blamed") == []


def test_cutting_a_trade_surplus_is_no_reduction_of_relations() -> None:
    assert events("Seoul has failed to cut its trade surplus with Washington.", "cut") == []


# -- commodity tenders and budget amounts -------------------------------------------------
def test_rejecting_offers_at_an_import_tender_is_no_rejection() -> None:
    text = "Pakistan rejected all offers at a palm oil import tender on Tuesday, traders said."
    assert events(text, "rejected") == []


def test_exporters_offering_material_is_no_offer_of_cooperation() -> None:
    text = "Exporters said they were not prepared to offer material on Pakistan's new terms."
    assert events(text, "offer") == []


def test_an_amount_proposed_for_a_budget_is_no_offer() -> None:
    text = (
        "The bill sets aside 12 billion dlrs for rail projects, compared to 6 billion "
        "proposed by the administration."
    )
    assert events(text, "proposed") == []


def test_offering_a_shipment_to_a_state_stays() -> None:
    doc = parse("Cuba offered Venezuela a shipment of doctors.")[0]
    assert [e.code[:2] for e in doc.events if e.trigger.text == "offered"] == ["03"]
