"""Word senses decided by the class of the object or subject (senses.tsv, issue 12, sixth
round): a strike by police or workers is a labour strike (143), not force (19x); quelling
rumours or fears is no repression; a central bank supplying the money market is no aid.
Sentences written for the tests, each with a contrast in the other sense."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import event, parse


@pytest.mark.parametrize(("text", "trigger", "code"), [
    ("The Argentine police strike left Cordoba without patrols for three days.", "strike",
     "143"),
    ("A general strike by Bolivian miners closed the mines of Potosi.", "strike", "143"),
    ("Chilean dock workers struck for higher wages in Valparaiso.", "struck", "143"),
    ("The Israeli army carried out an air strike on a Hamas camp in Gaza.", "strike", "19"),
])
def test_strike_sense_from_the_strikers(text: str, trigger: str, code: str) -> None:
    assert event(text, trigger).code.startswith(code)


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Chilean government moved to quell rumours about the minister's health.", "quell"),
    ("The Bank of England provided the money market with 300 million pounds of assistance.",
     "provided"),
    ("The Bank of Japan injected liquidity into the banking system on Friday.", "injected"),
])
def test_non_actor_object_is_no_event(text: str, trigger: str) -> None:
    assert trigger not in [e.trigger.text for e in parse(text)[0].events]


@pytest.mark.parametrize(("text", "trigger"), [
    ("The Chilean government moved to quell the protests by Mapuche activists.", "quell"),
    ("The United States provided military assistance to Colombia.", "provided"),
])
def test_actor_object_keeps_the_event(text: str, trigger: str) -> None:
    assert trigger in [e.trigger.text for e in parse(text)[0].events]
