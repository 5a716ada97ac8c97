"""Third parties' speculation, round 42b (issue 12, helper forecast42): what an observer
says may come ("could", "might", "may": ``speculative_modals``), a noun trigger in such a
clause (``forecast_noun_deps``), a clause that a speculation noun tells
(``speculation_nouns``) and the impersonal "it is thought unlikely that" are read by
``NonActs.third_party_forecast``. Sentences written for these tests; each non-event below
is emitted at the base 574ad0f5 and comes back with the round's lists emptied
(``test_without_the_lists_they_come_back``). The guards keep an official's and a
minister's words, a past act observers think may have happened ("may have rejected"), a
past act they report or name inside the forecast ("sanctions imposed last month", "at the
request of"), and a meeting that speculation is about (the ruling on planned talks)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.extract.events.helpers import events
from watchfloor.extract.events import nonacts
from watchfloor.extract.events.nonacts import NonActs, default_lists

COULD = "Analysts said Brazil could reject the American offer next month."
ABLE = "Traders said Japan might be able to reach an accord with Washington next week."
STRIKES = "Analysts said French unions might stage strikes against the government next month."
SIGNS = (
    "Traders said the market could be susceptible to signs of an accord between Japan "
    "and the United States."
)
SPECULATION = "There is growing speculation that Iraq will attack Iranian oil platforms."
SUBSIDY = "There is speculation that the United States will offer Moscow a new grain subsidy."
RUMOURS = "Rumours that Syria will expel the Jordanian ambassador swept the capital."
THOUGHT = "It is thought unlikely that Japan and the United States will agree on rice imports."

OFFICIALS = "Officials said Brazil could reject the American offer next month."
MINISTER = "The Japanese foreign minister said Japan could reject the American offer."
TRAILING_MINISTER = "Iraq could attack Iranian oil platforms, the Iranian foreign minister said."
MAY_HAVE = "Economists said Germany may have rejected the French proposal last week."
PAST = "Analysts said Iraqi troops attacked Iranian positions on Monday."
PAST_SANCTIONS = (
    "It is thought unlikely that Japan and the United States will agree on the removal of "
    "American sanctions imposed on Japan last month."
)
AT_REQUEST = (
    "Diplomats said the Security Council could meet next week at the request of Iran and Syria."
)
MEETING = "There is speculation that the two presidents will meet in Geneva next month."

CASES = [
    (COULD, "reject"),
    (ABLE, "accord"),
    (STRIKES, "strikes"),
    (SIGNS, "accord"),
    (SPECULATION, "attack"),
    (SUBSIDY, "offer"),
    (RUMOURS, "expel"),
    (THOUGHT, "agree"),
]


@pytest.mark.parametrize("text,trigger", CASES)
def test_third_parties_speculation_is_no_event(text: str, trigger: str) -> None:
    assert events(text, trigger) == []


def test_without_the_lists_they_come_back(monkeypatch) -> None:
    lists = replace(
        default_lists(),
        speculative_modals=frozenset(),
        speculation_nouns=frozenset(),
        forecast_noun_deps=frozenset(),
        forecast_adjectives=default_lists().forecast_adjectives - {"unlikely"},
    )
    monkeypatch.setattr(nonacts, "default_nonacts", lambda: NonActs(lists))
    for text, trigger in CASES:
        assert events(text, trigger), text


def test_the_lists() -> None:
    lists = default_lists()
    assert {"could", "might", "may"} <= lists.speculative_modals
    assert "speculation" in lists.speculation_nouns
    assert "expectation" not in lists.speculation_nouns  # often a party's own
    assert lists.speculation_skip_codes == ("04",)


@pytest.mark.parametrize(
    "text,trigger,expected",
    [
        (OFFICIALS, "reject", [("120", "BRA", "USA")]),
        (MINISTER, "reject", [("120", "JPN", "USA")]),
        (TRAILING_MINISTER, "attack", [("190", "IRQ", "IRN")]),
        (MAY_HAVE, "rejected", [("127", "DEU", "FRA")]),
        (PAST, "attacked", [("190", "IRQMIL", "IRN")]),
        (PAST_SANCTIONS, "sanctions", [("163", "USA", None)]),
        (AT_REQUEST, "request", [("020", "IRN", None), ("020", "SYR", None)]),
    ],
)
def test_a_partys_word_and_past_acts_stay(
    text: str, trigger: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert [(e.code, e.source_code, e.target_code) for e in events(text, trigger)] == expected


def test_a_meeting_speculated_on_stays() -> None:
    assert {e.code for e in events(MEETING, "meet")} >= {"040"}
