"""Non-events, round 43 (issue 12): a speech to an audience at home, and one state's own
bodies proposing, agreeing or praising among themselves (``nonacts.py``: ``home_audience``;
``own_government`` with ``own_body_kinds`` and the widened ``own_government_codes``).
Sentences written for these tests; each non-event below is emitted with the round's lists
set back to the base's (``test_with_the_base_lists_they_come_back``), and the guards keep a
bare "the meeting" a delegate attends, an IGO or a foreign audience, a meeting with a
foreign partner, proposals and agreements between two states, a legislature agreeing with
the government, and a state's acts on its own citizens."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.extract.events.helpers import events
from watchfloor.extract.events import nonacts
from watchfloor.extract.events.nonacts import NonActs, default_lists

HOME_BANKERS = (
    "The Swiss central bank chief told a meeting of Swiss bankers that rates would stay low."
)
HOME_BUSINESS = (
    "President Mendes told a meeting of Brazilian business groups that the economy would recover."
)
OWN_CABINET_PRAISE = "The Japanese cabinet praised the Japanese finance ministry for its work."
OWN_PRIME_MINISTER = "The French president praised the French prime minister for his work."
OWN_CHAMBERS = "The Italian senate agreed with the Italian chamber of deputies on the budget."
OWN_PARLIAMENT = "The Italian parliament praised the Italian senate for its work."

DELEGATE = "The American delegate told the meeting that reform was needed."
OPEC_AUDIENCE = "The Saudi oil minister told a meeting of OPEC ministers that output must fall."
FOREIGN_AUDIENCE = (
    "The Japanese trade minister told a meeting of American businessmen in Tokyo that markets "
    "would open."
)
FOREIGN_PARTNER = "The Swiss central bank chief held a meeting with the German finance minister."
TWO_STATES_PROPOSE = "The Finnish government proposed a new trade plan to the Swedish government."
TWO_STATES_AGREE = "The French government agreed with the German government on a farm plan."
SENATE_AND_PRESIDENT = "The Senate agreed with the president on the budget."
ARREST = "Police arrested ten protesters in Lima on Monday."
MINISTERS_MEETING = (
    "Farm Commissioner Hans Berger told farm ministers meeting in Luxembourg that the "
    "Community is willing to make temporary arrangements."
)


def _codes(text: str, trigger: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.code, e.source_code, e.target_code) for e in events(text, trigger)]


CASES = [
    (HOME_BANKERS, "meeting"),
    (HOME_BUSINESS, "meeting"),
    (OWN_CABINET_PRAISE, "praised"),
    (OWN_PRIME_MINISTER, "praised"),
    (OWN_CHAMBERS, "agreed"),  # ITALEG on both sides
    (OWN_PARLIAMENT, "praised"),
]


@pytest.mark.parametrize("text,trigger", CASES)
def test_home_audiences_and_one_states_bodies_are_no_events(text: str, trigger: str) -> None:
    assert events(text, trigger) == []


def test_with_the_base_lists_they_come_back(monkeypatch) -> None:
    lists = replace(
        default_lists(),
        own_government_codes=("02", "04", "10"),
        own_body_kinds=frozenset({"gov"}),
        audience_nouns=frozenset(),
    )
    monkeypatch.setattr(nonacts, "default_nonacts", lambda: NonActs(lists))
    for text, trigger in CASES:
        assert events(text, trigger), text


def test_one_legislature_on_both_sides_is_its_own_business() -> None:
    acts = NonActs()
    assert acts._state_government("USALEG", acts.lists.own_body_kinds) == "USA"
    assert acts._state_government("USALEG") is None  # the base reading: GOV only
    assert acts._state_government("USAGOVLEG", acts.lists.own_body_kinds) is None
    assert acts._state_government("IGOLEG", acts.lists.own_body_kinds) is None


def test_ministers_meeting_is_no_named_audience(monkeypatch) -> None:
    # "farm ministers meeting": the ministers meet (a participle the parser takes as the
    # noun "meeting" with a common-noun compound); no proper name, no "of" phrase
    assert events(MINISTERS_MEETING, "meeting")
    monkeypatch.setattr(
        NonActs,
        "_audience_named",
        lambda self, tok: any(c.dep_ in {"compound", "prep"} for c in tok.children),
    )
    monkeypatch.setattr(nonacts, "default_nonacts", lambda: NonActs())
    assert events(MINISTERS_MEETING, "meeting") == []  # any compound taken as the audience


@pytest.mark.parametrize(
    "text,trigger,expected",
    [
        (DELEGATE, "meeting", [("040", "USA", None)]),
        (OPEC_AUDIENCE, "meeting", [("040", "SAUGOV", "IGOBUSOPC")]),
        (FOREIGN_AUDIENCE, "meeting", [("040", "JPNGOV", "USABUS")]),
        (FOREIGN_PARTNER, "meeting", [("040", "CHE", "DEUGOV")]),
        (TWO_STATES_PROPOSE, "proposed", [("037", "FINGOV", "SWEGOV")]),
        (TWO_STATES_AGREE, "agreed", [("057", "FRAGOV", "DEUGOV")]),
        (SENATE_AND_PRESIDENT, "agreed", [("030", "USALEG", "GOV")]),
        (ARREST, "arrested", [("173", "PERCOP", "PERCVL")]),
    ],
)
def test_meetings_and_acts_between_parties_stay(
    text: str, trigger: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _codes(text, trigger) == expected
