"""Spanish twenty-second pass (issue 17, branch spanish32): an act whose object is a
third-person clitic ("los acusa", "las acusa") or a patient noun with a possessive ("exigió
su liberación") and that names no target is aimed at the nearest earlier agreeing patient
of the story (:mod:`watchfloor.extract.spanish.antecedent`). Guards: a clitic that does not
agree, a doer parsed as an object ("trasladados por México"), a possessive of a noun that
is not a patient's ("su renuncia"), and things ("incautó armas … exigió su entrega").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.spanish.helpers import codes, one


def target_of(text: str, code: str) -> str | None:
    return next(t for c, _, t in codes(one(text)) if c == code)


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        # a possessive of a patient noun: those convicted in the sentence before
        (
            "Un juez de Managua condenó a siete periodistas nicaragüenses. La Unión Europea "
            "exigió su liberación.",
            "100",
            "NICMED",
        ),
        # … two sentences before, past a sentence with no patient
        (
            "Un tribunal de Caracas condenó a cinco opositores. Sus familias denunciaron torturas. "
            "Estados Unidos exigió su excarcelación.",
            "100",
            "VENOPP",
        ),
        # a clitic: "los" stands for the rebels captured before
        (
            "El Ejército de Colombia capturó a tres guerrilleros del ELN. La Fiscalía los acusa "
            "de secuestro.",
            "112",
            "COLREB",
        ),
        # a feminine plural clitic agreeing with a feminine plural patient
        (
            "La Policía de Chile detuvo a dos periodistas argentinas. La cancillería de Bolivia "
            "las acusa de espionaje.",
            "112",
            "ARGMED",
        ),
    ],
)
def test_clitic_or_possessive_takes_its_antecedent(text: str, code: str, target: str) -> None:
    assert target_of(text, code) == target


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "los" does not agree with "una periodista"
        (
            "La Policía de Chile detuvo a una periodista argentina. La cancillería de Bolivia los "
            "acusa de abusos.",
            "112",
        ),
        # "por México" is the transfer's doer, not a patient, though parsed as an object
        # (esroots35: with "expulsados" the expulsion is now coded, MEX -> CUB, and the
        # accusation takes MEX as the other party of that exchange, :mod:`.addressee`)
        (
            "Un grupo de cubanos trasladados por México llegó a La Habana. El Gobierno cubano los "
            "acusa de delitos.",
            "112",
        ),
        # "su renuncia": the possessor resigns, no patient
        ("El presidente de Colombia viajó a Quito. La oposición exigió su renuncia.", "1041"),
        # the nearest objects are things, not actors
        (
            "La Policía de Perú incautó armas y municiones. El Gobierno de Estados Unidos exigió "
            "su entrega.",
            "100",
        ),
    ],
)
def test_no_antecedent_no_target(text: str, code: str) -> None:
    assert target_of(text, code) is None
