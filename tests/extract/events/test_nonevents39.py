"""Acts inside one government, round 39 (issue 12: ``nonacts.py`` ``own_government``;
``nonacts.yaml`` ``own_government_*``). Sentences written for these tests; each non-event
below is emitted at 99256730 (``test_without_the_round_39_lists_the_events_come_back``),
and the guards show meetings and acts between different actors kept."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.extract.events.helpers import events
from watchfloor.extract.events import nonacts
from watchfloor.extract.events.nonacts import NonActs, default_lists

OWN_PRESIDENT = (
    "Indonesia's finance minister met President Widodo on Tuesday to discuss the budget."
)
OWN_AMBASSADOR = "The Turkish prime minister held talks with Turkey's ambassador in Ankara."
OWN_CABINET = "The Brazilian president appealed to the Brazilian cabinet to back the plan."
FOREIGN_MINISTER = "Japan's foreign minister met the Indonesian president in Jakarta."
EXPELLED = "The Chilean government expelled Peru's ambassador on Monday."
MAYORS = "Guatemala's interior minister met the mayors of Guatemala City and Mixco on Friday."
VISITOR = "The envoy was to leave later today for Lima for talks with Peruvian officials."
STRIKE = "Workers at the Brazilian steel plant went on strike against the company."


def _codes(text: str, trigger: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.code, e.source_code, e.target_code) for e in events(text, trigger)]


@pytest.mark.parametrize(
    "text,trigger",
    [(OWN_PRESIDENT, "met"), (OWN_AMBASSADOR, "talks"), (OWN_CABINET, "appealed")],
)
def test_one_government_meeting_its_own_members_is_no_event(text: str, trigger: str) -> None:
    assert events(text, trigger) == []


def test_without_the_round_39_lists_the_events_come_back(monkeypatch) -> None:
    # the rule, not another one, removes them: these are emitted at the base
    lists = replace(default_lists(), own_government_codes=())
    monkeypatch.setattr(nonacts, "default_nonacts", lambda: NonActs(lists))
    assert _codes(OWN_PRESIDENT, "met") == [("040", "IDNGOV", "IDNGOV")]
    assert _codes(OWN_AMBASSADOR, "talks") == [("040", "TURGOV", "TURGOV")]
    assert _codes(OWN_CABINET, "appealed") == [("020", "BRAGOV", "BRAGOV")]


def test_a_foreign_minister_meeting_the_president_is_an_event() -> None:
    assert _codes(FOREIGN_MINISTER, "met") == [("040", "JPNGOV", "IDNGOV")]


def test_a_government_expelling_anothers_diplomat_is_an_event() -> None:
    assert _codes(EXPELLED, "expelled") == [("161", "CHLGOV", "PERGOV")]


def test_a_minister_meeting_mayors_is_an_event() -> None:
    # local government folded into GOV by the coder: another body, kept
    assert _codes(MAYORS, "met") == [("040", "GTMGOV", "GTMGOV")]


def test_talks_a_side_travels_to_are_kept() -> None:
    # a visitor the coder gave the host's code: travel above the trigger, kept
    assert [e.code for e in events(VISITOR, "talks")] == ["040"]


def test_a_strike_against_an_employer_is_an_event() -> None:
    assert [e.code for e in events(STRIKE, "strike")] == ["143"]


def test_only_a_bare_state_government_code_is_read() -> None:
    read = NonActs._state_government
    assert read("IDNGOV") == "IDN"
    assert read("USAGOVLEG") is None
    assert read("MEXCOP") is None
    assert read("IGOGOV") is None
    assert read(None) is None


def test_the_round_39_lists_are_shipped() -> None:
    lists = default_lists()
    assert {"02", "04", "10"} <= set(lists.own_government_codes)  # nonevents43 adds 03, 05
    assert "042" in lists.own_government_skip_codes
    assert {"mayor", "parliament", "opposition"} <= lists.own_government_other_bodies
