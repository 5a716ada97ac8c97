"""Proposed events that are no act between political actors: companies marked as such by
their document (commercial.yaml ``company_marks_*``), hazards, central-bank money-market
operations and domestic fiscal measures (:mod:`watchfloor.extract.events.nonacts`,
nonacts.yaml). Sentences written for the tests; each dropped case has a kept twin that
differs only in what the rule reads, so that the tests fail when the rule goes."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import parse


def _events(text: str):
    return parse(text)[0].events


def _in(text: str, sentence: str):
    """Events of ``text`` whose sentence starts with ``sentence``."""
    return [e for e in _events(text) if e.sentence.text.startswith(sentence)]


# -- companies marked by their document -----------------------------------------------------

TALKS = "She said talks with Pellworth Freight began on Monday."


@pytest.mark.parametrize(
    "mark",
    [
        "Pellworth Freight shares fell 3 pct on Friday.",
        "Pellworth Freight &lt;PELF.L> owns six depots.",
        "Traders bought shares of Pellworth Freight on Friday.",
    ],
)
def test_a_name_the_document_marks_as_a_company_is_commercial(mark):
    assert not _in(f"{mark} {TALKS}", "She said talks")


def test_an_unmarked_organisation_stays_a_possible_actor():
    # the same sentence with no company mark in its document keeps its event
    assert _in(f"The river rose on Friday. {TALKS}", "She said talks")


def test_a_compound_company_name_is_marked_by_its_document():
    text = (
        "Shares of Halvorsen and Ostrava Group fell 3 pct on Friday. She said talks with "
        "Halvorsen and Ostrava Group began on Monday."
    )
    assert not _in(text, "She said talks")
    assert _events("She said talks with Halvorsen and Ostrava Group began on Monday.")


def test_marks_are_read_per_name():
    from watchfloor.extract.events.commercial import CommercialActors
    from watchfloor.model import Entity

    ents = [
        Entity(id="e1", type="organization", name="Pellworth Freight"),
        Entity(id="e2", type="organization", name="Ministry of Transport"),
        Entity(id="e3", type="person", name="Jan Pellworth"),
    ]
    text = (
        "Pellworth Freight and Co said the Ministry of Transport fined it. Jan Pellworth "
        "and Co were named."
    )
    marked = CommercialActors(ents, text=text).marked
    assert marked == {"pellworth freight"}  # the ministry has no mark; a person is never one


# -- hazards ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "hazard, human",
    [
        (
            "A powerful earthquake that hit northern Peru killed four villagers on Sunday.",
            "Gunmen killed four villagers in northern Peru on Sunday.",
        ),
        (
            "Six workers were killed in Zambia when a fire spread through the copper mine's lower "
            "shaft.",
            "Six workers were killed in Zambia when gunmen set fire to the copper mine's office.",
        ),
        (
            "Three farmers in Chile were killed by a landslide on Tuesday.",
            "Three farmers in Chile were killed by soldiers on Tuesday.",
        ),
        (
            "Eleven people in Quito died after drinking a tainted brew, and the poisoning killed "
            "two "
            "children.",
            "Eleven people in Quito died after a raid, and the gang killed two children.",
        ),
        (
            "Police said the tainted liquor which killed twelve people in Peru came from a "
            "bootleg still.",
            "Police said the gang which killed twelve people in Peru came from a border town.",
        ),
    ],
)
def test_a_hazard_kills_no_one_in_cameo(hazard, human):
    assert not [e for e in _events(hazard) if e.root in {"18", "19", "20"}]
    assert [e for e in _events(human) if e.root in {"18", "19", "20"}]


def test_opening_fire_is_a_human_act():
    events = _events("Police opened fire on protesters in Lima, killing two students.")
    assert [e for e in events if e.root == "17" or e.root.startswith("1")]


# -- central banks in money markets -----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Bank of Canada provided assistance to the money market through repurchase "
        "agreements on Tuesday.",
        "The Bank offered help to the discount houses after a shortage in the system of 400 mln "
        "stg.",
        "The Bundesbank supported the banks with fresh liquidity in the money market on Thursday.",
        "The central bank provided 2 billion pesos in emergency aid to the money market, the bank "
        "said.",
    ],
)
def test_a_central_banks_market_operation_is_no_aid(sentence):
    assert not _events(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Bank of England provided emergency aid to the Zambian government.",
        "The Bank of England agreed with the Nigerian government on a loan of 300 mln dlrs.",
    ],
)
def test_a_central_bank_acting_on_another_state_stays(sentence):
    assert _events(sentence)


# -- domestic fiscal and regulatory measures --------------------------------------------------


@pytest.mark.parametrize(
    "measure, other",
    [
        (
            "The Malawi government proposed higher fuel taxes in its budget on Friday.",
            "The Malawi government proposed talks with Zambia on Friday.",
        ),
        (
            "Finance ministers agreed to cut the budget deficit by two billion dlrs.",
            "Finance ministers agreed to meet the Peruvian delegation on Monday.",
        ),
    ],
)
def test_a_domestic_fiscal_measure_is_no_event(measure, other):
    assert not _events(measure)
    assert _events(other)


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States imposed new tariffs on steel from Japan.",  # a trade penalty: 163
        "Congress rejected the president's budget proposal on Friday.",  # acts on the proposer
    ],
)
def test_acts_on_another_actor_about_money_stay(sentence):
    assert _events(sentence)


def test_a_vetoed_tax_acts_on_the_proposer():
    # rejecting (12) acts on whoever proposed the measure: measure_skip_roots
    assert [
        e for e in _events("The president vetoed the tax increase on Friday.") if e.root == "12"
    ]
