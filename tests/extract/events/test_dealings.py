"""Private commercial dealings are no events (issue 12, helper business46: ``dealings.py``,
``data/events/dealings.yaml``). Sentences written for these tests: each dealing below is
emitted without the check (the last test), and each has a twin with a political party
that stays an event."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.extract.events.helpers import events
from watchfloor.extract.events import dealings
from watchfloor.extract.events.commercial import CommercialActors
from watchfloor.extract.events.dealings import commerce_sense, default_lists, private_side
from watchfloor.extract.events.resolver import Actor

APPEAL = (
    "Halcyon Petroleum Corp appealed to the Supreme Court in its patent lawsuit against "
    "Brenner Chemicals Inc."
)
PRICE_TALKS = (
    "Japanese steel mills opened price talks with Australian iron ore companies in Tokyo on Monday."
)
JUDGE = (
    "A federal judge denied Tamsin Aircraft Corp's request for an injunction in its patent "
    "suit against Kestrel Engines Ltd."
)


STATE_TALKS = "The Peruvian government held price talks with Kestrel Engines Ltd on Monday."
STATE_PARTNER = "Japanese steel mills opened price talks with the Australian government on Monday."
STATE_SUIT = "The Justice Department sued Brenner Chemicals Inc for price fixing."
UNION = "Bolt Motors Inc rejected the contract demands of the United Auto Workers union."


@pytest.mark.parametrize(
    "text,trigger",
    [(APPEAL, "appeal"), (PRICE_TALKS, "talks"), (JUDGE, "denied"), (JUDGE, "request")],
)
def test_a_dealing_between_private_parties_is_no_event(text: str, trigger: str) -> None:
    assert events(text, trigger) == []


@pytest.mark.parametrize(
    "text,trigger",
    [
        (STATE_TALKS, "talks"),
        (STATE_PARTNER, "talks"),
        (STATE_SUIT, "sued"),  # a prosecutor coded JUD is no court
        (UNION, "rejected"),
    ],
)
def test_a_government_or_union_party_keeps_the_event(text: str, trigger: str) -> None:
    assert events(text, trigger)


def test_without_the_lists_the_dealings_come_back(monkeypatch) -> None:
    # the check, not another rule, removes them
    empty = replace(
        default_lists(), commerce_words=frozenset(), litigation=frozenset(), court_words=frozenset()
    )
    monkeypatch.setattr(dealings, "default_lists", lambda: empty)
    assert events(APPEAL, "appeal")
    assert events(PRICE_TALKS, "talks")
    assert events(JUDGE, "denied")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The firm declined to comment on its planned share issue.", (True, False)),
        ("Halcyon will appeal the ruling in its patent lawsuit.", (True, True)),
        ("The firm declined to comment on the election.", (False, False)),
        # the subject is no part of the trigger's phrase
        ("The supply minister met his Peruvian counterpart.", (False, False)),
    ],
)
def test_the_sense_is_read_from_the_triggers_own_phrase(nlp, text: str, expected) -> None:
    doc = nlp(text)
    trigger = next(t for t in doc if t.lemma_ in {"decline", "appeal", "meet"})
    assert commerce_sense(trigger, default_lists()) == expected


@pytest.mark.parametrize(
    "text,word,code,expected",
    [
        ("The ministry urged the firm to merge.", "ministry", None, (False, False)),
        ("They held talks with several countries.", "countries", None, (False, False)),
        ("The firm urged the ministry to act.", "firm", None, (True, True)),
        ("Japanese steel mills held price talks.", "mills", "JPN", (True, True)),
        ("Japan held price talks.", "Japan", "JPN", (False, False)),
        ("The judge denied the request.", "judge", "USAJUD", (True, False)),
        ("The prosecutor denied the request.", "prosecutor", "USAJUD", (False, False)),
        ("The firm met the minister.", "minister", "USAGOV", (False, False)),
    ],
)
def test_which_sides_are_private(nlp, text: str, word: str, code: str | None, expected) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    side = Actor(entity=None, code=code, token=tok)
    assert private_side(side, default_lists(), CommercialActors([])) == expected
