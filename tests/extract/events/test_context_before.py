"""A pattern's ``context_before_any`` (``coder._sentences_before``): a word whose sense its
own sentence leaves open takes it from the two sentences before. The regression: roots41
made the noun "strike" a labour strike (143) unless its own sentence holds a word of force,
so "It earlier reported strikes ..." after an account of warplanes hitting ships was coded
a labour strike (judged seed 3083). Sentences written for these tests (not from any
corpus)."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import events


def roots(text: str, trigger: str) -> list[str]:
    return [e.code[:2] for e in events(text, trigger)]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # the regression: force told just before, none in the strike's own sentence
        (
            "Iraqi warplanes hit two tankers in the Gulf on Monday, a military spokesman "
            "said. Iraq earlier reported strikes at dawn and at midnight.",
            "19",
        ),
        (
            "Rebel positions near the border came under artillery fire on Sunday. "
            "Iraq earlier reported strikes at dawn and at midnight.",
            "19",
        ),
        # guard: a walkout told just before stays a labour strike
        (
            "Dock workers walked out at two ports on Monday, the union said. "
            "Iraq earlier reported strikes at dawn and at midnight.",
            "14",
        ),
        # nothing before, nothing in the sentence: a labour strike, as roots41 reads it
        ("Iraq earlier reported strikes at dawn and at midnight.", "14"),
    ],
)
def test_strike_reads_the_sentences_before(text: str, root: str):
    assert roots(text, "strike") == [root]


def test_only_two_sentences_back():
    """Force told three sentences before no longer reads the strike."""
    text = (
        "Iraqi warplanes hit two tankers in the Gulf on Monday. "
        "Oil prices rose on the news. Shipping rates were steady. "
        "Iraq earlier reported strikes at dawn and at midnight."
    )
    assert roots(text, "strike") == ["14"]
