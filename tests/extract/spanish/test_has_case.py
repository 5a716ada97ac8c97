"""``lexicon.has_case`` (review36): whether a token's case word is one of a set, the test
the Spanish readers share. Sentences written for these tests."""

from __future__ import annotations

import pytest

from watchfloor.extract.spanish.lexicon import PERSONAL, has_case, personal_a
from watchfloor.nlp.pipeline import load_nlp
from watchfloor.nlp.routing import SPANISH_MODEL


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(SPANISH_MODEL)


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_a_de_phrase_has_its_case_word(nlp):
    doc = nlp("El jefe de la guardia habló ayer en Quito.")
    assert has_case(_token(doc, "guardia"), {"de", "del"})
    assert has_case(_token(doc, "Quito"), {"en"})


def test_guard_another_case_word_does_not_count(nlp):
    doc = nlp("El jefe de la guardia habló ayer en Quito.")
    assert not has_case(_token(doc, "guardia"), {"en", "contra"})
    assert not has_case(_token(doc, "Quito"), {"de", "del"})


def test_guard_a_word_with_no_case_child_has_none(nlp):
    doc = nlp("El jefe de la guardia habló ayer en Quito.")
    assert not has_case(_token(doc, "jefe"), {"de", "del", "en"})


def test_the_case_word_is_read_lower_cased(nlp):
    doc = nlp("Contra el gobierno marcharon los campesinos.")
    assert has_case(_token(doc, "gobierno"), {"contra"})


def test_personal_a_is_has_case_with_the_personal_words(nlp):
    doc = nlp("La policía detuvo al alcalde y a los concejales en Cuenca.")
    for word in ("alcalde", "concejales", "Cuenca"):
        tok = _token(doc, word)
        assert personal_a(tok) == has_case(tok, PERSONAL)
    assert personal_a(_token(doc, "alcalde"))
    assert not personal_a(_token(doc, "Cuenca"))
