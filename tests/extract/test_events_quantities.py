"""Quantities tied to events: killed, injured, arrested, seized, money."""

from __future__ import annotations

import pytest

from tests.extract.events_helpers import event
from watchfloor.extract.quantities import parse_number


@pytest.mark.parametrize(("words", "value"), [
    (["four"], 4), (["100,000"], 100_000), (["1.5", "million"], 1_500_000),
    (["$", "5", "million"], 5_000_000), (["dozens"], 12), (["many"], None),
])
def test_parse_number(words, value):
    assert parse_number(words) == value


def test_killed_by_an_attack():
    ev = event("Colombian troops struck a rebel camp in Venezuela, killing four people.", "struck")
    (q,) = ev.extra["quantities"]
    assert (q["kind"], q["value"], q["unit"], q["text"]) == ("killed", 4, "people", "four people")


def test_arrests_and_seizure_with_unit():
    ev = event("Mexico arrested 12 members of the Sinaloa Cartel last week and seized "
               "two tons of cocaine.", "arrested")
    got = {(q["kind"], q["value"], q["unit"]) for q in ev.extra["quantities"]}
    assert got == {("arrested", 12, "member"), ("seized", 2, "ton")}


def test_approximate_amount_keeps_its_source_text():
    ev = event("Mexican police arrested approximately 300 gang members.", "arrested")
    (q,) = ev.extra["quantities"]
    assert q["approximate"] and q["text"] == "approximately 300 gang members"


def test_money():
    ev = event("The United States offered a $15 million reward for Maduro.", "offered")
    (q,) = ev.extra["quantities"]
    assert (q["kind"], q["value"], q["unit"]) == ("money", 15_000_000, "USD")
    assert q["text"] == "$15 million"


def test_numbers_without_an_outcome_are_not_quantities():
    ev = event("Colombia attacked Venezuela with 3 battalions.", "attacked")
    assert ev.extra["quantities"] == []
