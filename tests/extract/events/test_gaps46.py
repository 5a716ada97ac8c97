"""Issue 12, gaps46: sentences of real events the verb dictionary coded nothing for.

A state of siege declared is emergency rule (1724); people held "as human shields" are 184;
workers who "went on strike" strike (143), the subject of "went" the striker; a release of
captives named by the captors' words or by nouns of people (peacekeepers, a doctor) is 0841;
returning stolen or smuggled goods is 0842. Each entry's gate still keeps the word's other
senses out ("the fighting went on", "released a report").

Sentences written for these tests (not from any corpus)."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import events


def codes(text: str, trigger: str) -> list[str]:
    return [e.code for e in events(text, trigger)]


def rule_codes(text: str, trigger: str) -> list[str]:
    """The codes the dictionary proposed (not those the sentence model alone proposed)."""
    return [
        e.code
        for e in events(text, trigger)
        if e.extra.get("evidence", {}).get("decided_by") in {"rules", "rules+model"}
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        (
            "The Paraguayan government declared a state of siege in two northern provinces.",
            "declared",
            "1724",
        ),
        (
            "Colombian guerrillas held dozens of villagers as human shields near Tumaco.",
            "held",
            "184",
        ),
        ("Chilean copper miners went on strike for higher wages on Monday.", "went", "143"),
        ("Colombian rebels released four kidnapped doctors on Sunday.", "released", "0841"),
        ("The Peruvian police returned the stolen paintings to Italy.", "returned", "0842"),
    ],
)
def test_gap_now_coded(text: str, trigger: str, code: str) -> None:
    assert code in rule_codes(text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The fighting in northern Colombia went on for three days.", "went"),
        ("The Colombian army released a report on the operation.", "released"),
        ("Venezuelan officials declared the results of the vote on Sunday.", "declared"),
    ],
)
def test_other_senses_stay_out(text: str, trigger: str) -> None:
    assert not [c for c in codes(text, trigger) if c in {"143", "0841", "1724"}]
