"""Regression: the verb that ends a protest of our lexicon is recognised as its ender
(issue 17). ``_ends_protest`` compared spaCy tokens with ``is``; spaCy builds a new
``Token`` per lookup, so the check never held (found by esspeed23). Sentences written
for this test."""

from __future__ import annotations

import pytest

from watchfloor.extract.spanish.events import SpanishEventExtractor
from watchfloor.nlp.pipeline import load_nlp
from watchfloor.nlp.routing import SPANISH_MODEL


@pytest.fixture(scope="module")
def parse():
    nlp = load_nlp(SPANISH_MODEL)
    return nlp


def _verb(doc, lemma):
    return next(t for t in doc if t.pos_ == "VERB" and t.lemma_ == lemma)


def test_the_verb_ending_a_strike_is_its_ender(parse):
    ex = SpanishEventExtractor(trigger=None)
    doc = parse("Los maestros levantaron la huelga tras el acuerdo.")
    assert ex._ends_protest(_verb(doc, "levantar"))


def test_a_verb_on_another_object_ends_no_protest(parse):
    ex = SpanishEventExtractor(trigger=None)
    doc = parse("Los maestros levantaron la mano en la asamblea.")
    assert not ex._ends_protest(_verb(doc, "levantar"))
