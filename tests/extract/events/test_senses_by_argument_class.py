"""Word senses decided by the class of the object or subject (senses.tsv, issue 12, sixth
round): a strike by police or workers is a labour strike (143), not force (19x); quelling
rumours or fears is no repression; a central bank supplying the money market is no aid.
Sentences written for the tests, each with a contrast in the other sense."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import event, parse


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        (
            "The Argentine police strike left Cordoba without patrols for three days.",
            "strike",
            "143",
        ),
        ("A general strike by Bolivian miners closed the mines of Potosi.", "strike", "143"),
        ("Chilean dock workers struck for higher wages in Valparaiso.", "struck", "143"),
        ("The Israeli army carried out an air strike on a Hamas camp in Gaza.", "strike", "19"),
    ],
)
def test_strike_sense_from_the_strikers(text: str, trigger: str, code: str) -> None:
    assert event(text, trigger).code.startswith(code)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Chilean government moved to quell rumours about the minister's health.", "quell"),
        (
            "The Bank of England provided the money market with 300 million pounds of assistance.",
            "provided",
        ),
        ("The Bank of Japan injected liquidity into the banking system on Friday.", "injected"),
    ],
)
def test_non_actor_object_is_no_event(text: str, trigger: str) -> None:
    assert trigger not in [e.trigger.text for e in parse(text)[0].events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Chilean government moved to quell the protests by Mapuche activists.", "quell"),
        ("The United States provided military assistance to Colombia.", "provided"),
    ],
)
def test_actor_object_keeps_the_event(text: str, trigger: str) -> None:
    assert trigger in [e.trigger.text for e in parse(text)[0].events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a domestic economic measure proposed: economic policy, no intent towards an actor
        (
            "The Agriculture Department is proposing to permit coverage of freight costs under the "
            "export credit programme.",
            "proposing",
        ),
        (
            "The Argentine farm minister proposed to freeze grain prices and cut fuel subsidies.",
            "proposed",
        ),
        ("Farmers will protest over Commission proposals to freeze most farm prices.", "proposals"),
        # endangering a thing is no threat made to an actor
        (
            "The Bank of England's resistance came at a cost of threatening the Chancellor's "
            "exchange rate policy.",
            "threatening",
        ),
        # a figure of speech
        (
            "The concern is that a military mentality will be imposed upon the Honduran police.",
            "imposed",
        ),
        # a forum's name in "the delegation to the talks"
        (
            "The Japanese delegation to the GATT talks said Japan was making efforts to open its "
            "markets.",
            "talks",
        ),
    ],
)
def test_thing_or_forum_argument_is_no_event(text: str, trigger: str) -> None:
    assert trigger not in [e.trigger.text for e in parse(text)[0].events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The United States proposed to hold talks with Cuba on migration.", "proposed"),
        # one actor's proposal to another, named with its owner (to another state: a
        # proposal to one's own legislature is domestic policy since nonevents42)
        (
            "The Reagan administration submitted to Japan its proposals to cut farm subsidies, "
            "aides said.",
            "proposals",
        ),
        ("Colombian rebels threatened the mayor of Toribio with death.", "threatened"),
        ("The United States imposed sanctions on Venezuela.", "imposed"),
        ("Japanese and American negotiators held talks in Geneva on Tuesday.", "talks"),
    ],
)
def test_actor_argument_keeps_the_event_sense(text: str, trigger: str) -> None:
    assert trigger in [e.trigger.text for e in parse(text)[0].events]
