"""Quantities tied to events: killed, injured, arrested, seized, money."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import event, parse
from watchfloor.extract.events.quantities import parse_number


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["four"], 4),
        (["100,000"], 100_000),
        (["1.5", "million"], 1_500_000),
        (["$", "5", "million"], 5_000_000),
        (["dozens"], 12),
        (["many"], None),
    ],
)
def test_parse_number(words, value):
    assert parse_number(words) == value


def test_killed_by_an_attack_count_once_with_the_killing():
    """Regression: the four went to the strike and to the killing, so totals over events
    counted them twice; they stay with the event whose trigger is their outcome word."""
    text = "Colombian troops struck a rebel camp in Venezuela, killing four people."
    (doc,) = parse(text)
    holders = [e for e in doc.events if e.extra.get("quantities")]
    assert [e.trigger.text for e in holders] == ["killing"]
    (q,) = holders[0].extra["quantities"]
    assert (q["kind"], q["value"], q["unit"], q["text"]) == ("killed", 4, "people", "four people")
    assert "quantities" not in event(text, "struck").extra


def test_killed_stays_with_an_attack_when_the_dying_is_no_event():
    """ "died" triggers no event, so the attack keeps the four it is tied to."""
    (doc,) = parse("Gunmen attacked the town hall, and four people died.")
    got = [
        (e.trigger.text, q["kind"], q["value"])
        for e in doc.events
        for q in e.extra.get("quantities") or []
    ]
    assert got == [("attacked", "killed", 4)]


def test_arrests_and_seizure_with_unit_each_with_its_event():
    text = (
        "Mexico arrested 12 members of the Sinaloa Cartel last week and seized two tons of cocaine."
    )
    got = {(q["kind"], q["value"], q["unit"]) for q in event(text, "arrested").extra["quantities"]}
    assert got == {("arrested", 12, "member")}
    got = {(q["kind"], q["value"], q["unit"]) for q in event(text, "seized").extra["quantities"]}
    assert got == {("seized", 2, "ton")}


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


def test_injured_alongside_killed():
    """Both figures hang below the killing (an event of its own): the killing has the two
    killed and the 14 injured, and the attack does not count them a second time."""
    text = (
        "ELN rebels attacked a police station in Cauca, killing two officers and "
        "injuring 14 people."
    )
    got = {(q["kind"], q["value"], q["unit"]) for q in event(text, "killing").extra["quantities"]}
    assert got == {("killed", 2, "officer"), ("injured", 14, "people")}
    assert "quantities" not in event(text, "attacked").extra


def test_wounded_by_a_bombing():
    ev = event("A bombing by ISIS wounded 23 people in Baghdad.", "bombing")
    (q,) = ev.extra["quantities"]
    assert (q["kind"], q["value"], q["unit"], q["scope"]) == ("injured", 23, "people", "event")


def test_an_annual_rate_of_losses_like_the_seed():
    # the seed's "losing approximately 100,000 citizens annually to drug-related deaths",
    # in a sentence of our own that has an event to carry it
    ev = event(
        "Colombia is losing roughly 2,000 soldiers annually to attacks by the ELN.", "attacks"
    )
    (q,) = ev.extra["quantities"]
    assert (q["kind"], q["value"], q["unit"], q["per"]) == ("killed", 2000, "soldier", "year")
    assert q["approximate"] and q["text"] == "roughly 2,000 soldiers"


def test_a_figure_tied_to_no_event_goes_to_the_nearest_trigger_of_its_sentence():
    doc = parse(
        "Mexico loses about 30,000 people a year to cartel violence, and the United "
        "States imposed sanctions on the Sinaloa Cartel on Monday."
    )[0]
    ev = next(e for e in doc.events if e.trigger.text == "imposed")
    (q,) = ev.extra["quantities"]
    assert (q["kind"], q["value"], q["per"], q["scope"]) == ("killed", 30_000, "year", "sentence")


def test_a_figure_in_a_sentence_without_events_is_a_document_figure():
    text = (
        "Mexico loses about 30,000 people a year to cartel violence. "
        "The United States imposed sanctions on the Sinaloa Cartel."
    )
    doc = parse(text)[0]
    assert all(not e.extra["quantities"] for e in doc.events)
    (q,) = doc.quantities  # kept at document level, with its sentence, not hung on an event
    assert (q["kind"], q["value"], q["per"], q["scope"]) == ("killed", 30_000, "year", "document")
    assert q["approximate"] and text[q["start"] : q["end"]] == q["text"] == "about 30,000 people"
    assert q["sentence"]["start"] == 0 and q["sentence"]["text"].startswith("Mexico loses")


def test_figures_of_event_sentences_are_not_repeated_at_document_level():
    doc = parse("Colombian troops struck a rebel camp in Venezuela, killing four people.")[0]
    assert doc.events and not doc.quantities


def test_several_figures_moved_off_one_event_do_not_fail_the_document():
    """Regression (Reuters, bench/throughput.py): when one figure left an event without
    quantities, the next figure's look-up raised KeyError and quarantined the story."""
    (doc,) = parse(
        "Iranian forces smashed four Iraqi brigades, killed or wounded 1,500 "
        "Iraqi soldiers and destroyed 45 enemy tanks and personnel carriers."
    )
    assert doc.processing_error is None
    figures = [q["value"] for e in doc.events for q in e.extra.get("quantities") or []]
    assert 1500 in figures and len(figures) == len(set(figures))  # each counted once
