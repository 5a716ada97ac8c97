"""The Spanish protest logic (``extract/spanish/protests.py``) on sentences written for
this test, each with a guard that a nearby sentence is not read so."""

from __future__ import annotations

import pytest

from watchfloor.extract.spanish.events import SpanishEventExtractor
from watchfloor.nlp.pipeline import load_nlp
from watchfloor.nlp.routing import SPANISH_MODEL


@pytest.fixture(scope="module")
def parse():
    return load_nlp(SPANISH_MODEL)


@pytest.fixture(scope="module")
def ex():
    return SpanishEventExtractor(trigger=None)


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def test_lifting_a_strike_ends_it(parse, ex):
    doc = parse("Los camioneros levantaron el paro tras tres semanas.")
    assert ex._protest_noun(_word(doc, "paro"))
    assert ex._ending_verb(_word(doc, "paro")).text == "levantaron"


def test_guard_starting_a_strike_ends_nothing(parse, ex):
    doc = parse("Los camioneros iniciaron el paro el lunes.")
    assert ex._ending_verb(_word(doc, "paro")) is None


def test_weeks_are_a_duration_and_a_decision_no_protest(parse, ex):
    doc = parse("Los maestros cumplieron tres semanas de paro.")
    assert ex._span_noun(_word(doc, "semanas"))
    other = parse("Londres lamenta la decisión.")
    assert not ex._protest_noun(_word(other, "decisión"))


def test_guard_a_day_of_the_week_is_no_duration(parse, ex):
    doc = parse("Los camioneros iniciaron el paro el lunes.")
    assert not ex._span_noun(_word(doc, "lunes"))
