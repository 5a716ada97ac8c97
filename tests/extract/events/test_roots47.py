"""Issue 12, round 47 (roots47): roots of real events the judges of seeds up to 3102 marked
wrong and the code still emitted (tuned-on).

Retaliation told with neither trade nor force words in its own sentence was read as force
(190, the threat of it 138) even in a story of a trade dispute: it now takes its sense from
the two sentences before (verbs.yaml ``context_before_any``), force there first. A military
threat (138) made by a union or workers ("ready to go to war against the auto makers") is
the threat of industrial action (133; ``labour_by_source``). Each rule has a guard that a
nearby sentence keeps its reading.

Sentences written for these tests (not from any corpus)."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import parse

TRADE_STORY = (
    "Canada and Norway are locked in a trade dispute over tariffs on salmon. "
    "Oslo says the duties break GATT rules. "
)
FORCE_STORY = (
    "Rebel gunboats attacked a Norwegian tanker on Monday. "
    "The navy said two missiles hit the ship. "
)


def codes(text: str, trigger: str) -> set[str]:
    """The codes of the events of ``text`` whose trigger is ``trigger`` (lower case)."""
    return {e.code for e in parse(text)[0].events if e.trigger.text.lower() == trigger}


def roots(text: str, trigger: str) -> set[str]:
    return {c[:2] for c in codes(text, trigger)}


# -- retaliation read from the story before ---------------------------------------------
@pytest.mark.parametrize(
    "sentence, trigger",
    [
        ("Norway has threatened to take retaliatory action after April 1.", "threatened"),
        ("Norway warned that it would retaliate before the summer.", "warned"),
    ],
)
def test_retaliation_threat_after_a_trade_dispute_is_no_military_threat(
    sentence: str, trigger: str
) -> None:
    found = codes(TRADE_STORY + sentence, trigger)
    assert found and all(c.startswith("13") and c != "138" for c in found), found


def test_retaliation_after_a_trade_dispute_reduces_relations() -> None:
    text = TRADE_STORY + "Norway will retaliate before the summer, its minister said."
    assert roots(text, "retaliate") == {"16"}, codes(text, "retaliate")


def test_retaliation_threat_after_an_attack_stays_military() -> None:  # guard
    text = FORCE_STORY + "Norway has threatened to take retaliatory action after April 1."
    assert codes(text, "threatened") == {"138"}


def test_retaliation_after_an_attack_stays_force() -> None:  # guard
    text = FORCE_STORY + "Norway will retaliate before the summer, its minister said."
    assert roots(text, "retaliate") == {"19"}, codes(text, "retaliate")


def test_force_words_in_its_own_sentence_win_over_the_trade_story() -> None:  # guard
    text = TRADE_STORY + "Norway threatened to retaliate with troops if the border is crossed."
    assert codes(text, "threatened") == {"138"}


# -- a union's figurative war --------------------------------------------------------------
def test_a_unions_war_threat_is_a_strike_threat() -> None:
    text = (
        "The president of the United Auto Workers union declared the union is ready to go "
        "to war against the car makers."
    )
    assert codes(text, "declared") == {"133"}, codes(text, "declared")


def test_a_states_war_threat_stays_military() -> None:  # guard
    text = "The president of Iran declared the country is ready to go to war against Iraq."
    assert codes(text, "declared") == {"138"}, codes(text, "declared")


# -- an act going on: the object of an ending verb, "on strike" -----------------------------
KINDS = ("negated", "hypothetical", "alleged", "future")


def modalities(text: str, trigger: str) -> set[str]:
    """The modality of each event of ``text`` whose trigger is ``trigger``: its flags
    joined with "+", "asserted" when it has none."""
    return {
        "+".join(k for k in KINDS if getattr(e, k)) or "asserted"
        for e in parse(text)[0].events
        if e.trigger.text.lower() == trigger
    }


@pytest.mark.parametrize(
    "text",
    [
        "The minister urged the two employer groups to intervene to resolve the dockers' "
        "strike against the port authority.",
        "The government of Bangladesh said the dock workers could be dismissed unless they "
        "end the strike against the port authority.",
        "Cominco said it would meet tomorrow with the steelworkers' locals on strike against "
        "the company.",
        "Estonian workers will not end the strike until their demands for higher pay are met.",
    ],
)
def test_a_strike_going_on_is_asserted(text: str) -> None:
    assert modalities(text, "strike") == {"asserted"}, modalities(text, "strike")


def test_a_strike_still_to_be_entered_stays_future() -> None:  # guard
    text = (
        "The United Steelworkers union said its members will go on strike against Cominco "
        "next Tuesday."
    )
    assert modalities(text, "strike") == {"future"}, modalities(text, "strike")


def test_a_strike_called_off_stays_negated() -> None:  # guard: a cancelling verb
    text = "The dockers' union called off the strike at the port on Monday."
    assert modalities(text, "strike") == {"negated"}, modalities(text, "strike")


def test_an_attack_not_begun_stays_hypothetical() -> None:  # guard: unbegun_modifiers
    text = "The alliance sent troops to the border to stop possible Russian attacks on Estonia."
    assert modalities(text, "attacks") == {"hypothetical"}, modalities(text, "attacks")
