"""Meetings, round meetings45 (issue 12): one trigger, one reading of its time, and a
meeting of one state's own officials under different codes of that government.

* ``nonacts.own_government`` reads meetings (``own_meeting_codes``) whose sides carry
  different codes of one government (a refined ``XXXGOVBUS``) and an uncoded aide listed
  with them as internal; the guards keep a listed partner with no office word, a foreign
  partner, two states and a legislature.
* ``modality``: a bare gerund after "after" on the infinitive of an announced stance
  ("announced his willingness to negotiate after meeting ...") is a meeting held, and a
  trigger dated before the story ("meetings in late February") is never future, so no
  intent (036) is derived beside it.

Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.extract.events.helpers import events
from watchfloor.extract.events import nonacts
from watchfloor.extract.events.nonacts import NonActs, default_lists

OWN_AIDES = (
    "President Ford met for an hour on Monday with Treasury Secretary John Miller, Federal "
    "Reserve Chairman Paul Hart and chief economic adviser Ann Stone."
)
LISTED_PARTNER = "President Ford met on Monday with Treasury Secretary John Miller and Kurt Adler."
FOREIGN_PARTNER = (
    "President Ford met on Monday with Treasury Secretary John Miller and Turkish Prime "
    "Minister Kemal Aras."
)
ANNOUNCED_AFTER = (
    "The French president announced his willingness to negotiate with the unions after "
    "meeting for an hour with the Spanish foreign minister."
)
WOULD_AFTER = "The French president said he would negotiate after meeting the Spanish premier."
PLANNED_AFTER = "Indonesia planned to introduce a new tax system after talks with the IMF."
PAST_MEETINGS = (
    "Japan's government will need a budget to stimulate the economy as pledged at Group of "
    "Seven meetings in Paris in late February, officials said."
)
NEXT_WEEK = "Japan will hold talks with the United States next week."
ON_MONDAY = "Japan will hold talks with the United States on Monday."
NEXT_MONTH = "Japan will hold talks with the United States in October."  # published September
ON_MARCH_3 = "Japan will hold talks with the United States on March 3."  # next year's
PLANS_IN_APRIL = "Japan plans to hold talks with the United States in April."  # next year's
RATIFY_OLD_PACT = "Japan will ratify the 1986 International Coffee Agreement, officials said."


def _readings(text: str, trigger: str) -> list[tuple[str, str | None, str | None, bool]]:
    return [(e.code, e.source_code, e.target_code, e.future) for e in events(text, trigger)]


def test_a_president_meeting_his_own_officials_is_no_event() -> None:
    assert events(OWN_AIDES, "met") == []


def test_with_the_base_lists_the_meeting_comes_back(monkeypatch) -> None:
    lists = replace(default_lists(), own_meeting_codes=(), own_government_refinements=frozenset())
    monkeypatch.setattr(nonacts, "default_nonacts", lambda: NonActs(lists))
    codes = {e.target_code for e in events(OWN_AIDES, "met")}
    assert "USAGOVBUS" in codes and None in codes  # the refined code and the uncoded aide


@pytest.mark.parametrize("text,partner", [(LISTED_PARTNER, None), (FOREIGN_PARTNER, "TURGOV")])
def test_a_partner_other_than_an_official_keeps_the_meeting(text: str, partner: str | None) -> None:
    targets = {e.target_code for e in events(text, "met")}
    assert partner in targets  # "met the secretary and Kurt Adler": no office word


def test_government_codes_of_one_state() -> None:
    acts = NonActs()
    assert acts._government_of("USAGOVBUS") == "USA"
    assert acts._government_of("USAGOV") == "USA"
    assert acts._government_of("USAGOVLEG") is None
    assert acts._government_of("USAMIL") is None
    assert acts._government_of("IGOGOV") is None
    assert acts._government_of("GOV") is None


def test_a_meeting_after_an_announced_stance_is_held() -> None:
    assert _readings(ANNOUNCED_AFTER, "meeting") == [("040", "FRAGOV", "ESPGOV", False)]


@pytest.mark.parametrize("text,trigger", [(WOULD_AFTER, "meeting"), (PLANNED_AFTER, "talks")])
def test_a_meeting_after_an_act_to_come_stays_future(text: str, trigger: str) -> None:
    readings = _readings(text, trigger)
    assert any(future for *_, future in readings), readings


def test_a_meeting_dated_before_the_story_is_held_once() -> None:
    readings = _readings(PAST_MEETINGS, "meetings")
    assert readings and not any(future for *_, future in readings)
    assert not any(code.startswith("03") for code, *_ in readings)  # no intent beside it


@pytest.mark.parametrize("text", [NEXT_WEEK, ON_MONDAY, NEXT_MONTH, ON_MARCH_3, PLANS_IN_APRIL])
def test_talks_dated_ahead_or_by_weekday_stay_future(text: str) -> None:
    # "in October" in a September story: dates.resolve reads last October, no past date;
    # "will hold talks on March 3", "plans to hold talks in April" in a September story:
    # its own "will", an infinitive, put it ahead
    assert ("040", "JPN", "USA", True) in _readings(text, "talks")


def test_a_date_of_the_object_does_not_date_the_act() -> None:
    # "the 1986 agreement" dates the agreement; the ratifying is still to come
    readings = _readings(RATIFY_OLD_PACT, "ratify")
    assert [r for r in readings if r[0] == "057"] == [("057", "JPN", None, True)], readings
