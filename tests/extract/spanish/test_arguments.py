"""The named steps of the Spanish side picking (``extract/spanish/arguments.py``), each on
a sentence written for this test, with a guard that a nearby sentence is not read so."""

from __future__ import annotations

import pytest

from watchfloor.extract.spanish.arguments import _governor_subject, _ready_party, _victim
from watchfloor.extract.spanish.events import SpanishEventExtractor
from watchfloor.nlp.pipeline import load_nlp
from watchfloor.nlp.routing import SPANISH_MODEL


@pytest.fixture(scope="module")
def parse():
    return load_nlp(SPANISH_MODEL)


def _word(doc, text):
    return next(t for t in doc if t.text == text)


def test_the_active_verb_governing_an_event_noun_gives_its_subject(parse):
    doc = parse("Los maestros anunciaron un paro indefinido.")
    assert _governor_subject(_word(doc, "paro")).text == "maestros"


def test_guard_a_passive_governing_verb_gives_no_subject(parse):
    doc = parse("El paro fue anunciado por los maestros.")
    assert _governor_subject(_word(doc, "paro")) is None


def test_the_party_ready_for_talks_is_the_subject_of_the_adjective(parse):
    doc = parse("El ELN está dispuesto al diálogo con el Gobierno.")
    assert SpanishEventExtractor(trigger=None)._disposed(_word(doc, "diálogo"))
    assert _ready_party(_word(doc, "diálogo")).text == "ELN"


def test_guard_an_announced_strike_is_no_readiness(parse):
    doc = parse("Los maestros anunciaron un paro indefinido.")
    assert not SpanishEventExtractor(trigger=None)._disposed(_word(doc, "paro"))


def test_the_dead_of_a_verb_of_dying_are_the_victims_of_its_en_noun(parse):
    doc = parse("Tres policías murieron en un ataque del ELN.")
    assert _victim(_word(doc, "ataque")).text == "policías"


def test_guard_taking_part_in_an_attack_makes_no_victims(parse):
    doc = parse("Tres policías participaron en un ataque del ELN.")
    assert _victim(_word(doc, "ataque")) is None


def test_a_protest_noun_under_a_duration_is_attached_by_the_duration(parse):
    ex = SpanishEventExtractor(trigger=None)
    ex._ended = set()
    doc = parse("Los maestros cumplieron tres semanas de paro.")
    assert ex._noun_anchor(_word(doc, "paro"), protest=True).text == "semanas"


def test_guard_a_protest_noun_as_object_is_its_own_anchor(parse):
    ex = SpanishEventExtractor(trigger=None)
    ex._ended = set()
    doc = parse("Los maestros anunciaron un paro indefinido.")
    assert ex._noun_anchor(_word(doc, "paro"), protest=True).text == "paro"
