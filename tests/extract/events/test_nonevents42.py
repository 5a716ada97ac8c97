"""Non-events, round 42 (issue 12): a central bank's own session, a third party's forecast,
the passage of a domestic policy instrument, a proposal to one's own state's body, a veto of
"any" measure and what a pledge is to do (``nonacts.py``: ``central_bank_session``,
``third_party_forecast``; in ``domestic_policy``: ``policy_progress_nouns``,
``own_state_codes``, ``general_pledge_codes``, ``pledge_nouns``). Sentences
written for these tests; each non-event below is emitted at the base f9d4c8f7 with the
round's lists emptied (``test_without_the_lists_they_come_back``), and the guards keep a
central bank's talks with another party, past acts that observers report, officials'
statements, planned meetings, bills that act on another state and proposals to another
state, a province's appeal to its federal capital, a veto cast and a pledge of sanctions on
another state."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.extract.events.helpers import events
from watchfloor.extract.events import nonacts
from watchfloor.extract.events.nonacts import NonActs, default_lists

COUNCIL_MEETING = "The Bundesbank will hold its regular council meeting on Thursday."
CHAIR = "Bundesbank President Helmut Weber will chair the meeting on Thursday."
ROUTINE = "The finance minister will attend a routine Bundesbank meeting on Thursday."
DIPLOMATS = "Diplomats said Spain, Greece and Portugal were certain to oppose the new farm plan."
ECONOMISTS = "Economists said Japan would reject the American proposal."
ANY_TAX_VETO = "President Carter said he would veto any spending increases passed by Congress."
TAX_PLEDGE = "The prime minister renewed his pledge to cut income taxes."
OWN_CABINET = "The finance ministry sent a proposal to the cabinet that import tariffs be cut."
PASSAGE = "The president urged passage of a constitutional amendment to balance the budget."

BANK_MEETS_MINISTER = "The Bundesbank president met the French finance minister on Monday."
BANK_TALKS_BANKS = "The central bank held talks with commercial banks on Monday."
GOVERNOR_MEETS_BANKERS = "Brazil's central bank governor will meet senior commercial bankers today."
BANK_TALKS_ABROAD = "The Bundesbank president held talks in Paris on Monday."
WORLD_BANK = "The World Bank will hold a meeting with Brazil on its debt next week."
PAST_ATTACK = "Diplomats said Iraqi troops attacked Iranian positions on Monday."
PLANNED_MEETING = "Diplomats said the Spanish and Greek ministers would meet in Geneva next week."
OFFICIALS = "Officials said Japan would oppose the American plan."
OWN_WORD = "Spanish diplomats said Spain would oppose the new farm plan."
FOREIGN_PROPOSAL = "The French government proposed a new trade plan to the Japanese government."
PROVINCE = "The Ontario government urged Ottawa to require import permits."
CAST_VETO = "The president vetoed the highway bill on Friday."
SANCTIONS_PLEDGE = "The president renewed his pledge to impose sanctions on South Africa."
SANCTIONS_BILL = "The president urged passage of a bill imposing sanctions on South Africa."


def _codes(text: str, trigger: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.code, e.source_code, e.target_code) for e in events(text, trigger)]


CASES = [
    (COUNCIL_MEETING, "meeting"),
    (CHAIR, "meeting"),
    (ROUTINE, "meeting"),
    (DIPLOMATS, "oppose"),
    (ECONOMISTS, "reject"),
    (PASSAGE, "urged"),
    (OWN_CABINET, "proposal"),
    (ANY_TAX_VETO, "veto"),
    (TAX_PLEDGE, "pledge"),
]


@pytest.mark.parametrize("text,trigger", CASES)
def test_bank_sessions_forecasts_and_policy_passage_are_no_events(text: str, trigger: str) -> None:
    assert events(text, trigger) == []


def test_without_the_lists_they_come_back(monkeypatch) -> None:
    lists = replace(
        default_lists(),
        session_banks=(),
        observer_nouns=frozenset(),
        policy_progress_nouns=frozenset(),
        own_state_codes=(),
        general_pledge_codes=(),
        pledge_nouns=frozenset(),
    )
    monkeypatch.setattr(nonacts, "default_nonacts", lambda: NonActs(lists))
    for text, trigger in CASES:
        assert events(text, trigger), text


def test_which_reading_removes_each() -> None:
    acts = NonActs()
    assert acts.lists.session_banks and acts.lists.observer_nouns
    assert "passage" in acts.lists.policy_progress_nouns
    assert "bank" not in acts.lists.session_banks  # a commercial or development bank
    assert acts.lists.forecast_skip_codes == ("03", "04")


@pytest.mark.parametrize(
    "text,trigger,expected",
    [
        (BANK_MEETS_MINISTER, "met", [("040", "DEUGOV", "FRAGOV")]),
        (BANK_TALKS_BANKS, "talks", [("040", "GOV", "BUS")]),
        (PAST_ATTACK, "attacked", [("190", "IRQMIL", "IRN")]),
        (OFFICIALS, "oppose", [("120", "JPN", "USA")]),
        (SANCTIONS_BILL, "urged", [("020", "GOV", None)]),
        (FOREIGN_PROPOSAL, "proposed", [("037", "FRAGOV", "JPNGOV")]),
        (PROVINCE, "urged", [("020", "GOV", "CAN")]),
        (CAST_VETO, "vetoed", [("129", "GOV", None)]),
        (SANCTIONS_PLEDGE, "pledge", [("030", "GOV", "ZAF")]),
    ],
)
def test_acts_on_another_party_stay(
    text: str, trigger: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _codes(text, trigger) == expected


def test_a_governor_meeting_bankers_stays() -> None:
    # an object of "meet" is another party, even a common noun
    assert _codes(GOVERNOR_MEETS_BANKERS, "meet") == [("040", "BRA", None), ("036", "BRA", None)]


def test_a_bank_chief_talking_abroad_stays() -> None:
    # the host's officials, left uncoded, are a foreign partner
    assert _codes(BANK_TALKS_ABROAD, "talks") == [("040", "DEUGOV", None)]


def test_a_world_bank_meeting_is_no_central_bank_session() -> None:
    assert not NonActs()._session_bank.search("The World Bank")
    assert _codes(WORLD_BANK, "meeting") == [
        ("040", "IGOUNOWBK", "BRA"),
        ("036", "IGOUNOWBK", "BRA"),
    ]


def test_a_planned_meeting_observers_report_stays() -> None:
    assert _codes(PLANNED_MEETING, "meet") == [
        ("040", "GRCGOV", "ESPGOV"),
        ("040", "ESPGOV", "GRCGOV"),
    ]


def test_a_partys_own_diplomats_are_no_third_party() -> None:
    assert events(OWN_WORD, "oppose")
