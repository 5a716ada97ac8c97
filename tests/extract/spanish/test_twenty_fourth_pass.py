"""Spanish twenty-fourth pass (issue 17, branch spanish34): the doer the parse leaves out
(:mod:`watchfloor.extract.spanish.subjects`). A fronted time phrase ("Días después, …",
which the small model reads as a name and makes a subject after a paragraph break) is no
argument: the verb's real subject, or the dropped one, does the act; an agentless passive
or impersonal "se" act coordinated with an active verb is done by that verb's subject.
Guards: a passive that drops its patient ("atacó … y fue capturado") and one coordinated
with another passive take no such doer; a time phrase with a real subject keeps it.
Sentences written for these tests (paragraphs as in an article: a blank line between)."""

from __future__ import annotations

import pytest

from tests.extract.spanish.helpers import codes, one

THREAT = (
    "El presidente de Estados Unidos amenazó con imponer aranceles a México.\n\n"
    "La presidenta respondió que no acepta imposiciones.\n\n"
    "Días después, México envió 8.000 soldados a la frontera."
)


def sides(text: str, code: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for c, s, t in codes(one(text)) if c == code}


@pytest.mark.parametrize(
    ("text", "code", "source"),
    [
        # "Días" is read as a second subject before the real one
        (THREAT, "154", "MEX"),
        # … and, as the only subject, it hid the dropped one of the sentence after
        (THREAT + "\n\nAdemás acusó a Washington de no frenar el tráfico de armas.", "112", "MEX"),
        # a time phrase before a subject of the past perfect
        (
            "La Policía de Chile detuvo a un dirigente mapuche.\n\n"
            "Días antes, la Fiscalía había acusado a tres comuneros de incendiar camiones.",
            "112",
            "CHLJUD",
        ),
    ],
)
def test_fronted_time_phrase_is_no_subject(text: str, code: str, source: str) -> None:
    assert source in {s for s, _ in sides(text, code)}


def test_fronted_time_phrase_leaves_the_dropped_subject_and_the_clitic() -> None:
    # the police free the mayor they arrested: "lo" is still the mayor, not "Días"
    text = (
        "La Policía de Perú detuvo a un alcalde de Puno.\n\n"
        "Días después, lo liberó por falta de pruebas."
    )
    assert sides(text, "0841") == {("PERCOP", "PERGOV")}


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        # an impersonal "se" conjunct: both coordinated subjects seize
        (
            "Soldados y policías entraron a la cárcel de Tegucigalpa y se incautaron armas.",
            "1711",
            {("HNDMIL", None), ("HNDCOP", None)},
        ),
        # a passive with "ser" naming its own patient
        (
            "El Ejército de Colombia atacó un campamento y fueron capturados tres guerrilleros "
            "del ELN.",
            "173",
            {("COLMIL", "COLREB")},
        ),
    ],
)
def test_coordinated_agentless_act_takes_the_subject(
    text: str, code: str, expected: set[tuple[str | None, str | None]]
) -> None:
    assert sides(text, code) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the passive drops its patient, the attacker: he did not capture himself
        ("Un guerrillero del ELN atacó a un soldado en Arauca y fue capturado.", "173"),
        # the first conjunct is itself a passive: no doer to share
        ("Dos hombres fueron detenidos en Lima y se incautaron armas.", "1711"),
    ],
)
def test_no_coordinated_doer(text: str, code: str) -> None:
    assert {s for s, _ in sides(text, code)} == {None}


def test_time_phrase_with_its_own_subject_is_kept() -> None:
    text = (
        "El Ejército de Colombia capturó a dos guerrilleros del ELN.\n\n"
        "Horas después, los entregó a la Fiscalía."
    )
    assert sides(text, "0874") == {("COLMIL", "COLJUD")}
