"""Domestic measures, private business and acts inside one government, round 41 (issue 12:
``senses.tsv`` rows marked domestic41, the ``noun_inf`` relation; ``nonacts.py``
``own_government`` reading a side's own posting). Sentences written for these tests; each
non-event below is emitted at the base 0d68a453 (what removes it: the sense rows,
``test_the_sense_rows_are_what_removes_them``; the posting reading,
``test_without_the_posting_reading_the_own_envoy_talks_come_back``), and the guards show
trade penalties, lawsuits against a state, strikes, aid and a state firm's deal with a
foreign government kept."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.extract.events.helpers import events
from watchfloor.extract.events import nonacts
from watchfloor.extract.events.nonacts import NonActs, default_lists
from watchfloor.extract.events.senses import NO_EVENT, default_senses
from watchfloor.nlp.pipeline import load_nlp

OWN_ENVOY = (
    "The Greek prime minister held talks with Greece's ambassador to Rome, who had "
    "returned from a meeting with Italian officials."
)
MET_OPPOSITION = (
    "The finance minister presented a new wage plan but met opposition from the president "
    "and the labour minister."
)
TAX_BREAKS = "The Soviet Union is offering tax breaks to foreign companies."
TREASURY_BILLS = "The Italian Treasury offered 2,000 billion lire of Treasury bills on Monday."
CURRENCY_CONTROLS = "Chile imposed currency controls on Tuesday to stop speculation on the peso."
FEEDER_DEAL = "Bluewing Airways reached a feeder agreement with Northstar Airlines in March."
AUTHORITY = "The bill extends the president's authority to negotiate a new trade agreement."
RETALIATION_POWER = "The bill would give the president authority to retaliate against Japan."

TARIFFS = "The United States imposed tariffs on Japanese goods on Friday."
SUIT = "Zenith Industries sued the Brazilian government over the new tax."
STRIKE = "The union called a strike against the Santos Steel company on Monday."
STATE_FIRM_DEAL = (
    "Petrobras, the Brazilian state oil company, signed an oil exploration agreement with "
    "the government of Angola."
)
AID = "Japan offered economic aid to Peru on Monday."
FOREIGN_ENVOY = "The Greek prime minister held talks with the Italian ambassador to Greece."
MET_LEADERS = "The Peruvian finance minister met opposition leaders on Friday."


def _codes(text: str, trigger: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.code, e.source_code, e.target_code) for e in events(text, trigger)]


@pytest.mark.parametrize(
    "text,trigger",
    [
        (OWN_ENVOY, "talks"),
        (MET_OPPOSITION, "met"),
        (TAX_BREAKS, "offering"),
        (TREASURY_BILLS, "offered"),
        (CURRENCY_CONTROLS, "imposed"),
        (FEEDER_DEAL, "reached"),
        (AUTHORITY, "negotiate"),
        (RETALIATION_POWER, "retaliate"),
    ],
)
def test_domestic_measures_business_and_own_government_are_no_events(
    text: str, trigger: str
) -> None:
    assert events(text, trigger) == []


def test_the_envoys_own_meeting_abroad_stays() -> None:
    # the ambassador's meeting with the host's officials is an act between two states
    assert _codes(OWN_ENVOY, "meeting") == [("040", "GRCGOV", "ITAGOV")]


def test_without_the_posting_reading_the_own_envoy_talks_come_back(monkeypatch) -> None:
    monkeypatch.setattr(NonActs, "_posting_phrase", staticmethod(lambda word, side: False))
    assert _codes(OWN_ENVOY, "talks") == [("040", "GRCGOV", "GRCGOV")]


def test_without_the_round_39_lists_the_own_envoy_talks_come_back(monkeypatch) -> None:
    lists = replace(default_lists(), own_government_codes=())
    monkeypatch.setattr(nonacts, "default_nonacts", lambda: NonActs(lists))
    assert _codes(OWN_ENVOY, "talks") == [("040", "GRCGOV", "GRCGOV")]


@pytest.mark.parametrize(
    "text,trigger",
    [
        (MET_OPPOSITION, "met"),
        (TAX_BREAKS, "offering"),
        (TREASURY_BILLS, "offered"),
        (CURRENCY_CONTROLS, "imposed"),
        (FEEDER_DEAL, "reached"),
        (AUTHORITY, "negotiate"),
        (RETALIATION_POWER, "retaliate"),
    ],
)
def test_the_sense_rows_are_what_removes_them(text: str, trigger: str) -> None:
    # the word's own object decides (senses.tsv): "none", no event word in this sense
    token = next(t for t in load_nlp(extractors=())(text) if t.text == trigger)
    assert default_senses().sense(token) == NO_EVENT


def test_a_government_imposing_tariffs_on_anothers_goods_is_an_event() -> None:
    assert _codes(TARIFFS, "imposed") == [("163", "USA", "JPN")]


def test_a_firm_suing_a_government_is_an_event() -> None:
    assert _codes(SUIT, "sued") == [("115", None, "BRAGOV")]


def test_a_union_striking_against_its_employer_is_an_event() -> None:
    assert _codes(STRIKE, "strike") == [("143", "LAB", "BUS")]


def test_a_state_firm_signing_a_deal_with_a_foreign_government_is_an_event() -> None:
    assert _codes(STATE_FIRM_DEAL, "signed") == [("057", "BRABUS", "AGOGOV")]


def test_a_state_offering_aid_to_another_is_an_event() -> None:
    assert _codes(AID, "offered") == [("033", "JPN", "PER")]


def test_talks_with_another_states_ambassador_are_an_event() -> None:
    assert _codes(FOREIGN_ENVOY, "talks") == [("040", "GRCGOV", "ITAGOV")]


def test_agreeing_to_negotiate_is_still_read() -> None:
    # a to-infinitive under a verb, not under a noun of power: the talks agreed stay
    text = "The United States agreed to negotiate a new trade agreement with Canada."
    assert _codes(text, "negotiate") == [("046", "USA", "CAN")]


def test_meeting_opposition_leaders_is_a_meeting() -> None:
    assert _codes(MET_LEADERS, "met") == [("040", "PERGOV", "OPP")]
