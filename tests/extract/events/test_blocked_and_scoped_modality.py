"""Modality from the parse (issue 12, sixth round): an act someone blocked, prevented,
thwarted or did next to nothing towards did not happen (negated); "without" negates its
gerund; a negation does not reach into a finite adverbial clause with its own subject; a
meeting only scheduled ("will discuss") is a future consultation, not an intent (036),
unless a commitment word governs it. Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import event, parse


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Last year the Honduran government blocked United Nations investigators from visiting "
            "the prison in Tegucigalpa.",
            "visiting",
        ),
        (
            "Colombian troops prevented the rebels from attacking the village of Toribio.",
            "attacking",
        ),
        ("The Peruvian army thwarted an attack by Shining Path rebels on a police post.", "attack"),
        (
            "The Kenyan government banned the opposition from holding talks with the rebels.",
            "talks",
        ),
        (
            "The president pushed the reform through Congress without consulting the Chilean "
            "military.",
            "consulting",
        ),
    ],
)
def test_blocked_or_avoided_act_is_negated(text: str, trigger: str) -> None:
    assert event(text, trigger).negated


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The Honduran government allowed United Nations investigators to visit the prison in "
            "Tegucigalpa.",
            "visit",
        ),
        ("Colombian troops attacked the rebels near the village of Toribio.", "attacked"),
        ("Shining Path rebels carried out an attack on a Peruvian police post.", "attack"),
        ("The Chilean president consulted the military before the reform.", "consulted"),
        # the negation of the main clause stays out of a finite clause with its own subject
        (
            "The Peruvian mine has not reopened since May after workers struck over unpaid wages.",
            "struck",
        ),
        ("The Bolivian army did not retreat after the rebels attacked its base.", "attacked"),
    ],
)
def test_done_act_is_not_negated(text: str, trigger: str) -> None:
    assert not event(text, trigger).negated


def test_futile_effort_is_negated_or_no_event() -> None:
    doc = parse(
        "The Chilean government can do little to stop the attacks by Mapuche "
        "militants on logging trucks."
    )[0]
    stop = [e for e in doc.events if e.trigger.text == "stop"]
    assert all(e.negated for e in stop)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The Japanese trade minister said the officials would discuss the tariff dispute with "
            "American negotiators.",
            "discuss",
        ),
        (
            "Bolivian officials said the ministers would meet their Chilean counterparts in La "
            "Paz.",
            "meet",
        ),
    ],
)
def test_scheduled_meeting_is_future_consultation_not_intent(text: str, trigger: str) -> None:
    events = [e for e in parse(text)[0].events if e.trigger.text == trigger]
    assert any(e.root == "04" and e.future for e in events)
    assert not any(e.code == "036" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Japanese officials agreed to meet American negotiators next week.",
        "The Venezuelan government said it is ready to negotiate with the opposition.",
        "The Japanese trade minister will meet American negotiators in Geneva next week.",
    ],
)
def test_committed_meeting_stays_an_intent(text: str) -> None:
    assert any(e.code == "036" for e in parse(text)[0].events)


def test_without_negates_only_its_own_gerund() -> None:
    resignation = event(
        "The commission is still without a permanent head after the March "
        "resignation of the Peruvian minister Ana Torres.",
        "resignation",
    )
    assert not resignation.negated


def test_prevented_act_derives_no_refusal() -> None:
    events = parse(
        "The Ukrainian government banned the former ministers from withdrawing "
        "their troops from Crimea."
    )[0].events
    assert not any(e.root == "12" for e in events)
