"""Twelfth pass (issue 17): a paragraph break is no argument (:mod:`.spaces`).

In a story coded as one document, sentences are separated by blank lines; the small
Spanish parser made the "\\n\\n" token the subject of the next verb, so that sentence's
source was lost in story context only. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.spanish.helpers import codes, one, run_es
from watchfloor.extract.spanish.spaces import LABEL, quiet_spaces
from watchfloor.nlp.pipeline import load_nlp
from watchfloor.nlp.routing import SPANISH_MODEL

FIRST = "Los bomberos apagaron el incendio tras el ataque."


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(SPANISH_MODEL, ())


def test_the_break_was_a_subject_and_is_mended(nlp):
    doc = nlp(FIRST + "\n\nEl presidente Gustavo Petro condenó el atentado.")
    space = next(t for t in doc if t.is_space)
    assert space.dep_ == "nsubj"  # what the parser does: the bug this pass mends
    starts = [s.start for s in doc.sents]
    assert quiet_spaces(doc) == 1
    verb = next(t for t in doc if t.text == "condenó")
    assert space.dep_ == LABEL
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["presidente"]
    assert [s.start for s in doc.sents] == starts


def test_a_name_hanging_from_the_break_takes_its_place(nlp):
    doc = nlp(
        "El congreso aprobó el presupuesto anual el lunes.\n\n"
        "Chile y Perú firmaron un acuerdo comercial."
    )
    space = next(t for t in doc if t.is_space)
    assert [c.text for c in space.children] == ["Chile"]  # the parser's reading
    starts = [s.start for s in doc.sents]
    quiet_spaces(doc)
    chile = next(t for t in doc if t.text == "Chile")
    assert (chile.dep_, chile.head.text) == ("nsubj", "firmaron")
    assert space.dep_ == LABEL and not list(space.children)
    assert [s.start for s in doc.sents] == starts


def test_guard_a_text_without_breaks_is_left_as_parsed(nlp):
    doc = nlp("La policía peruana detuvo a tres sospechosos en Lima.")
    before = [(t.dep_, t.head.i) for t in doc]
    assert quiet_spaces(doc) == 0
    assert [(t.dep_, t.head.i) for t in doc] == before


@pytest.mark.parametrize(
    "second, expected",
    [
        ("El presidente Gustavo Petro condenó el atentado.", ("111", "COLGOV", None)),
        ("La policía peruana detuvo a tres sospechosos.", ("173", "PERCOP", None)),
        (
            "El canciller venezolano rechazó las sanciones de Estados Unidos.",
            ("163", "VENGOV", "USA"),
        ),
        (
            "La ONU exigió al gobierno venezolano la liberación de los presos.",
            ("100", "IGOUNO", "VENGOV"),
        ),
    ],
)
def test_a_sentence_after_a_paragraph_break_keeps_its_source(second, expected):
    story, alone = run_es(FIRST + "\n\n" + second, second)
    assert expected in codes(alone)
    assert expected in codes(story)


def test_coordinated_names_after_a_break_are_both_sources():
    doc = one(
        "El congreso aprobó el presupuesto anual el lunes.\n\n"
        "Chile y Perú firmaron un acuerdo comercial."
    )
    assert {("057", "CHL", "PER"), ("057", "PER", "CHL")} <= set(codes(doc))


def test_guard_a_line_wrapped_sentence_codes_as_the_unwrapped_one():
    wrapped, flat = run_es(
        "La policía peruana detuvo\na tres sospechosos en Lima.",
        "La policía peruana detuvo a tres sospechosos en Lima.",
    )
    assert codes(wrapped) == codes(flat)
