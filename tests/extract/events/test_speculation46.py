"""Speculation, round speculation46 (issue 12): an observer named with the word in
apposition ("X, an economist, said") or as a "he" / "she" / "they" standing for an earlier
observer speaker, and "told" as the verb of the forecast, in
``NonActs.third_party_forecast``, where a noun trigger's "to" infinitive is its aim.
Sentences written for these tests; each non-event below is emitted with the round's lists
emptied (``test_without_the_lists_they_come_back``). The guards keep a minister's words
reached through a pronoun, an observer chain broken by a minister, a past act an observer
reports, and the act a question asks about (earlier samples judged "asked if X would
retaliate, the minister said no" a real event: the answer denies it; not read)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.extract.events.helpers import events
from watchfloor.extract.events import nonacts
from watchfloor.extract.events.nonacts import NonActs, default_lists

APPOSITION = (
    "Ravi Batra, an economist at the university, said Japan would reject the American offer."
)
PRONOUN = (
    "One political analyst said the ruling party would choose a new leader. "
    "Brazil would also reject the American offer, he said."
)
CHAIN = (
    "Ravi Batra, an economist at the university, told reporters the market was calm. "
    "He said he expects the government to reject the Japanese offer next week."
)
THEY = "Two analysts said the market was calm. They said Brazil would reject the American offer."
TOLD = "Analysts told Reuters that Brazil would reject the American offer."
AIM = (
    "Economists expect the government to announce an agreement with Japan to bring "
    "interest rates down."
)

MINISTER = (
    "The Japanese foreign minister spoke on Monday. He said Brazil would reject the American offer."
)
BROKEN_CHAIN = (
    "One analyst said the market was calm. The minister said he expects Brazil to reject "
    "the American offer."
)
PAST = (
    "One analyst said the party would choose a leader. He said Iraqi troops attacked "
    "Iranian positions on Monday."
)
QUESTION = (
    "Asked if South Korea would retaliate against American tariffs, the Korean trade "
    "minister said no."
)

CASES = [
    (APPOSITION, "reject"),
    (PRONOUN, "reject"),
    (CHAIN, "reject"),
    (THEY, "reject"),
    (TOLD, "reject"),
]


@pytest.mark.parametrize("text,trigger", CASES)
def test_speculation_and_questions_are_no_events(text: str, trigger: str) -> None:
    assert events(text, trigger) == []


def test_without_the_lists_they_come_back(monkeypatch) -> None:
    lists = replace(
        default_lists(),
        speaker_verbs=frozenset(),
        observer_lookback=0,
        observer_nouns=default_lists().observer_nouns - {"economist", "analyst", "analysts"},
    )
    monkeypatch.setattr(nonacts, "default_nonacts", lambda: NonActs(lists))
    for text, trigger in CASES:
        assert events(text, trigger), text


def test_the_apposition_and_pronoun_need_no_new_list(monkeypatch) -> None:
    """The apposition and the pronoun chain read ``observer_nouns`` alone: with only the
    round's lists emptied, the forecast through a named economist is still dropped, the
    one through a pronoun comes back (no look-back)."""
    lists = replace(default_lists(), speaker_verbs=frozenset(), observer_lookback=0)
    monkeypatch.setattr(nonacts, "default_nonacts", lambda: NonActs(lists))
    assert events(APPOSITION, "reject") == []
    assert events(PRONOUN, "reject")
    assert events(TOLD, "reject")


def test_an_infinitive_on_the_noun_is_its_aim(monkeypatch) -> None:
    """A noun trigger with a "to" infinitive ("an agreement ... to bring rates down") stands
    in the forecast clause: read as the noun's aim, not as an act apart (which a past
    participle, "sanctions imposed last month", still is: test_forecast42)."""
    assert events(AIM, "agreement") == []
    monkeypatch.setattr(nonacts, "_infinitive", lambda verb: False)
    assert events(AIM, "agreement")


@pytest.mark.parametrize(
    "text,trigger",
    [
        (MINISTER, "reject"),
        (BROKEN_CHAIN, "reject"),
        (PAST, "attacked"),
        (QUESTION, "retaliate"),
    ],
)
def test_parties_words_and_reported_acts_stay(text: str, trigger: str) -> None:
    assert events(text, trigger)


def test_the_lists() -> None:
    lists = default_lists()
    assert {"tell", "add"} <= lists.speaker_verbs
    assert lists.observer_lookback >= 1
    assert "root" in lists.speaker_clause_deps
