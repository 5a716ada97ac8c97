"""wrap37 (issues 11/12): country names and demonyms cut by a wire line end ("South\\nAfrican",
"North\\nKorean", "Latin\\nAmerican", "Sri\\nLanka") are read as across a space, and a lone
compass word ("South") is no region of a country the text does not name (the geocoder's index
calls one of Cameroon's regions "South"). Sentences written for these tests; each rule has a
guard for the reading kept nearby."""

from __future__ import annotations

import spacy

from tests.extract.actors.test_codes import _extract
from watchfloor.extract.actors.codes import region_demonym, token_country
from watchfloor.extract.gazetteer import default_gazetteer


def _entities(doc) -> dict[str, tuple[str | None, str | None]]:
    return {e.name: (e.actor_code, e.country) for e in doc.entities}


def _sides(doc, trigger: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source_code, e.target_code)
        for e in doc.events
        if doc.text[e.trigger.start : e.trigger.end] == trigger
    ]


def _all_codes(doc) -> set[str]:
    codes = {c for e in doc.entities for c in (e.actor_code, e.country) if c}
    codes |= {c for e in doc.events for c in (e.source_code, e.target_code) if c}
    return codes


# -- a demonym cut by a line end -----------------------------------------------------------
def test_a_broken_demonym_codes_its_country_not_a_region_of_cameroon():
    doc = _extract(
        "Officials in Pretoria said the South\nAfrican army attacked rebels near the border."
    )
    assert ("ZAFMIL", "REB") in _sides(doc, "attacked")
    assert not any(c.startswith("CMR") for c in _all_codes(doc))
    assert "South" not in _entities(doc)


def test_a_broken_demonym_on_an_event_side():
    doc = _extract(
        "Seoul officials said the United States agreed to a South\nKorean proposal on trade."
    )
    assert not any(c.startswith("CMR") for c in _all_codes(doc))
    assert ("USA", "KOR") in _sides(doc, "agreed")


def test_a_broken_two_word_demonym_is_not_its_last_word_alone():
    doc = _extract("Tokyo officials said Japan rejected a North\nKorean offer of talks.")
    assert ("JPN", "PRK") in _sides(doc, "rejected")


def test_a_broken_regional_demonym_is_no_country():
    doc = _extract("The Latin\nAmerican debtor nations met bankers in Lima on Monday.")
    assert not any(c.startswith("USA") for c in _all_codes(doc))


def test_a_broken_regional_demonym_on_a_role_phrase_is_no_country():
    doc = _extract("Officials in Lima said Latin\nAmerican police arrested 40 smugglers on Monday.")
    assert not any(c.startswith("USA") for c in _all_codes(doc))


def test_guard_american_police_on_one_line_stay_american():
    doc = _extract("Officials in Lima said American police arrested 40 smugglers on Monday.")
    assert "USACOP" in _all_codes(doc)


def test_guard_one_line_demonyms_keep_their_country():
    doc = _extract(
        "Officials in Pretoria said the South African army attacked rebels near the border."
    )
    assert ("ZAFMIL", "REB") in _sides(doc, "attacked")


def test_a_two_word_demonym_on_one_line_is_read_whole_too():
    # the base read "Korean" alone (KOR): the two-word reading fixes one line as well
    doc = _extract("Tokyo officials said Japan rejected a North Korean offer of talks.")
    assert ("JPN", "PRK") in _sides(doc, "rejected")


# -- a country name cut by a line end ------------------------------------------------------
def test_a_broken_country_name_is_the_country():
    doc = _extract("Exports from Sri\nLanka rose sharply, the trade ministry in Colombo said.")
    assert _entities(doc).get("Sri Lanka", (None, None))[1] == "LKA"
    doc = _extract("Troops from South\nKorea arrived in the capital on Monday.")
    assert _entities(doc).get("South Korea", (None, None))[1] == "KOR"


def test_guard_one_line_country_names():
    doc = _extract("Troops from South Korea arrived in the capital on Monday.")
    assert _entities(doc).get("South Korea", (None, None))[1] == "KOR"


# -- a lone compass word ---------------------------------------------------------------------
def test_a_lone_compass_word_is_no_region_of_an_unnamed_country():
    doc = _extract("Troops moved to the South on Monday, officials in Pretoria said.")
    assert _entities(doc).get("South", (None, None))[1] is None
    assert not any(c.startswith("CMR") for c in _all_codes(doc))


def test_guard_the_south_of_a_country_the_text_names():
    doc = _extract(
        "In Cameroon, the government sent troops to the South on Monday after rebels "
        "attacked a village."
    )
    assert _entities(doc).get("South", (None, None))[1] == "CMR"


def test_token_country_reads_two_words_across_a_line_break():
    gaz = default_gazetteer()
    nlp = spacy.blank("en")
    doc = nlp("a North\nKorean offer and a Latin\nAmerican bank and a Korean ship")
    words = [t for t in doc if t.text in {"Korean", "American"}]
    assert token_country(gaz, words[0]) == "PRK"
    assert region_demonym(words[1]) and token_country(gaz, words[1]) is None
    assert token_country(gaz, words[2]) == "KOR"  # guard: one word alone
