"""Context words of entry patterns read without their false friends (context_words.py)."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import events
from watchfloor.extract.events import context_words
from watchfloor.extract.events.context_words import false_friends, without_false_friends


def test_exchange_rates_are_no_prisoner_exchange():
    # regression: "exchange" in "exchange rates" made an agreement 0353 (release persons)
    found = events(
        "Finance ministers of Ruritania and Freedonia agreed on March 3 to cooperate in"
        " stabilizing exchange rates around the current levels.",
        "agreed",
    )
    assert found and all(e.code != "0353" for e in found)


def test_a_stock_exchange_is_no_exchange_of_prisoners():
    found = events(
        "Freedonia agreed on Monday to list its state telecoms firm on the Zenda stock exchange.",
        "agreed",
    )
    assert all(e.code != "0353" for e in found)


def test_a_real_exchange_or_release_keeps_its_code():
    # guards: the context word outside a false-friend phrase still decides
    assert {
        e.code for e in events("The rebels agreed to exchange prisoners with Ruritania.", "agreed")
    } == {"0353"}
    text = (
        "Ruritania agreed to release the Freedonian fishermen, the ministry said"
        " in a press release."
    )
    assert {e.code for e in events(text, "agreed")} == {"0353"}


def test_blanking_keeps_the_length_and_the_other_words():
    s = "they set exchange rates and a prisoner exchange"
    out = without_false_friends(s)
    assert len(out) == len(s)
    assert "rates" not in out and out.endswith("prisoner exchange")
    assert without_false_friends("no such words here") == "no such words here"


def test_every_phrase_holds_the_word_it_hides():
    rows = false_friends()
    assert rows["exchange rate"] == "exchange" and rows["press release"] == "release"
    assert all(hides in phrase and phrase == phrase.lower() for phrase, hides in rows.items())


def test_a_bad_row_names_its_line(monkeypatch):
    class Fake:
        def joinpath(self, _name):
            return self

        def read_text(self, encoding):
            return "# header\nphrase\thides\tnote\nstock market\texchange\twrong\n"

    monkeypatch.setattr(context_words.resources, "files", lambda _pkg: Fake())
    false_friends.cache_clear()
    try:
        with pytest.raises(ValueError, match="line 3"):
            false_friends()
    finally:
        false_friends.cache_clear()
        context_words._pattern.cache_clear()
