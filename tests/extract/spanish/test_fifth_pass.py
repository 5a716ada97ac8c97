"""Spanish events, fifth pass: classes read from half B of the 86-sentence development
file (issue 17; sentences written for these tests, none copied from the data)."""

from __future__ import annotations

import pytest

from tests.extract.spanish.helpers import codes, one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state verb's subject undergoes the event, the "por" phrase does it
        ("El alcalde continúa secuestrado por el ELN desde marzo.", ("181", "COLREB", "COLGOV")),
        ("Las carreteras del Cauca permanecen bloqueadas por los campesinos.",
         ("144", "AGR", None)),
        ("Las vías del sur siguen bloqueadas desde el lunes.", ("144", None, None)),
    ],
)
def test_a_participle_under_a_verb_of_state_is_a_passive(text, expected):
    assert expected in codes(one(text)), codes(one(text))


def test_a_time_phrase_with_por_is_no_agent():
    found = codes(one("Las calles quedaron bloqueadas por la mañana."))
    assert found == [("144", None, None)], found


def test_a_plain_adjective_under_estar_is_no_event():
    assert codes(one("Los estudiantes están cansados después del examen.")) == []
