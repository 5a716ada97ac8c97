"""The one reading of a hyphenated former word (tidy43): :mod:`.former_words`.

``hyphenated_formers`` finds "one-time" (any case, a whole word) in a text; the title
words, the title walk, a role word's modifier and a past title all ask it. Sentences are
written for these tests.
"""

from __future__ import annotations

from watchfloor.extract.actors import former_words
from watchfloor.extract.actors.codes import title_words
from watchfloor.extract.actors.former_words import (
    FORMER,
    HELD_FORMER,
    HYPHENATED_FORMER,
    hyphenated_formers,
    is_hyphenated_former,
)


def test_the_word_lists_come_from_the_data_file_once():
    assert "one-time" in HYPHENATED_FORMER and "one-time" not in FORMER
    assert {"former", "ex", "onetime", "then"} <= FORMER
    assert "then" not in HELD_FORMER and "former" in HELD_FORMER  # "then-": held at the time
    assert all("-" in w for w in HYPHENATED_FORMER)
    assert set(former_words.FORMER_KINDS) == FORMER | HYPHENATED_FORMER


def test_hyphenated_formers_finds_each_one_time_in_a_sentence():
    text = "The One-time mayor met a one-time rival at the port."
    assert [text[a:b] for a, b in hyphenated_formers(text)] == ["One-time", "one-time"]


def test_part_of_a_longer_word_or_a_spaced_hyphen_is_no_former_word():
    assert hyphenated_formers("Someone-timed the race; it ran one - time only.") == []
    assert hyphenated_formers("a one-timer and a onetime envoy") == []  # "onetime": FORMER
    assert hyphenated_formers("") == []


def test_a_whole_text_that_is_one_former_word():
    assert is_hyphenated_former("one-time") and is_hyphenated_former("ONE-TIME")
    assert not is_hyphenated_former("the one-time")
    assert not is_hyphenated_former("one-time envoy")
    assert not is_hyphenated_former("ex-")  # "ex" is a former word, read without hyphen


def test_title_words_join_the_former_word_and_part_other_hyphens():
    assert title_words("one-time deputy trade minister") == [
        "onetime",
        "deputy",
        "trade",
        "minister",
    ]
    assert title_words("Ex-President, a One-time envoy") == [
        "Ex",
        "President",
        "a",
        "Onetime",
        "envoy",
    ]
    # guard: a hyphen of another word still parts it
    assert title_words("then-defense minister") == ["then", "defense", "minister"]
