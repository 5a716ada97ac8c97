"""Non-events, nonevents47 (issue 12): one body's officials or experts meeting among
themselves (``nonacts.py`` ``members_meeting``; ``nonacts.yaml`` ``member_nouns``,
``state_member_nouns``, ``member_skip_words``, ``member_meeting_lemmas``). Sentences
written for these tests; each non-event below is emitted with the lists set back to the
base's (``test_without_the_lists_they_come_back``), and the guards keep a meeting with a
partner, an international body's ministers or ambassadors, officials of two countries,
officials named by no body, and talks."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.extract.events.helpers import events
from watchfloor.extract.events import nonacts
from watchfloor.extract.events.nonacts import NonActs, default_lists

OWN_OFFICIALS = "Iranian officials met in Tehran on Monday."
OWN_EXPERTS = "European Community trade experts will meet in Brussels tomorrow."
US_OFFICIALS = "U.S. officials have been meeting since Friday on a response."

CASES = [(OWN_OFFICIALS, "met"), (OWN_EXPERTS, "meet"), (US_OFFICIALS, "meeting")]


@pytest.mark.parametrize("text,trigger", CASES)
def test_one_bodys_officials_or_experts_meeting_is_no_event(text: str, trigger: str) -> None:
    assert events(text, trigger) == []


def test_without_the_lists_they_come_back(monkeypatch) -> None:
    lists = replace(default_lists(), member_nouns=frozenset())
    monkeypatch.setattr(nonacts, "default_nonacts", lambda: NonActs(lists))
    for text, trigger in CASES:
        assert events(text, trigger), text


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("Philippine officials will meet aid donors in Paris in May.", "meet"),  # an object
        ("French officials met in Paris with the Iraqi envoy.", "met"),  # a partner
        ("EC farm ministers met in Brussels on Monday.", "met"),  # member states' ministers
        ("NATO ambassadors met in Brussels on Monday.", "met"),
        ("The officials are meeting to prepare the regional conference.", "meeting"),  # no body
        ("Iranian officials held talks in Tehran on Monday.", "talks"),  # talks: a partner likely
    ],
)
def test_meetings_that_stay(text: str, trigger: str) -> None:
    assert events(text, trigger), text
