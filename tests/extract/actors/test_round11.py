"""Round 11 of the actor-code rules (docs/actor-codes.md §8): a bare "Congress" is the
legislature of the story's leading country only where that state's legislature bears the
name (congresses.tsv); elsewhere it stays the US Congress. Sentences written for these
tests."""

from __future__ import annotations

from tests.extract.actors.test_codes import _codes, _extract
from watchfloor.extract.actors.word_lists import CONGRESSES


def test_a_bare_congress_in_a_story_mostly_about_honduras_is_hondurass():
    # Honduras leads without a majority of the country mentions (the US and Mexico are
    # named too): a plurality is enough for a bare "Congress"
    doc = _extract(
        "Honduran police arrested a mayor in San Pedro Sula. US prosecutors want "
        "him in Miami, and Mexican officials say he worked with the Sinaloa "
        "Cartel. The Honduran president said Congress would vote on the "
        "extradition law next week, and Honduran judges in Tegucigalpa agreed. "
        "Guatemalan police in Quetzaltenango and Guatemalan soldiers watched the "
        "border, and buses in La Ceiba stopped."
    )
    codes = _codes(doc).values()
    assert "HNDLEG" in codes
    assert "USALEG" not in codes


def test_a_bare_congress_in_a_story_about_japan_stays_the_us_congress():
    # Japan's legislature is the Diet: "Congress" in a Tokyo trade story is Washington's
    doc = _extract(
        "TOKYO, April 2 - Japanese officials said Japan would open its market "
        "to more foreign chips before Congress votes on a trade bill. Japan's "
        "trade minister met Japanese chip makers in Tokyo and Osaka.",
        published="1987-04-02",
    )
    codes = _codes(doc).values()
    assert "JPNLEG" not in codes
    assert "USALEG" in codes


def test_the_list_names_the_states_whose_legislature_is_a_congress():
    assert ("HND", "congress") in CONGRESSES
    assert ("USA", "congress") in CONGRESSES
    assert ("JPN", "congress") not in CONGRESSES
