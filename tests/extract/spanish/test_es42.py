"""Spanish targets (issue 17, branch es42): people named only as people are no party of
an arrest or an attack done to them ("detuvo a dos jóvenes": no target, as every gold
set's header and docs/actor-codes.md code arrested people with no role); a threat is
aimed at whom the threatened act is done to ("amenazaron con matar a los policías"); a
directed act coordinated after another shares its addressee ("exigieron al Ejecutivo …
y amenazaron con …"); a capital written with its article ("a La Habana") and "la
Justicia" (the judiciary) name their state. Guards: a stated nationality, a role word,
protesters as doers, a threat's own object, a conjunct with its own subject, a capital
as a place, "justicia" as a value. Sentences written for these tests (paragraphs as in
an article: a blank line between)."""

from __future__ import annotations

import pytest

from tests.extract.spanish.helpers import codes, one


def sides(text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for c, s, t in codes(one(text)) if c[:2] == root}


# -- people named only as people ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        (
            "Una banda asaltó un banco en Argentina.\n\n"
            "La Policía de Córdoba detuvo a tres jóvenes de 18 y 20 años.",
            "17",
            ("ARGCOP", None),
        ),
        (
            "Hombres armados asaltaron una finca en Paraguay.\n\n"
            "Los delincuentes secuestraron a un joven de 20 años en Asunción.",
            "18",
            ("CRM", None),
        ),
        # one civilians entity gathers a story's people words: the act's own mention counts
        (
            "Vecinos de Rosario denunciaron amenazas de una banda.\n\n"
            "La Policía de Santa Fe detuvo a dos jóvenes.",
            "17",
            ("COP", None),
        ),
        # a place is no nationality
        (
            "La Guardia Civil detuvo a seis personas en Sevilla y Cádiz.",
            "17",
            ("ESPCOP", None),
        ),
    ],
)
def test_people_named_only_as_people_are_no_target(
    text: str, root: str, expected: tuple[str | None, str | None]
) -> None:
    found = sides(text, root)
    assert expected in found
    assert all(t is None for _, t in found)


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # a stated nationality: a demonym, a "de" country
        ("La Policía de Perú detuvo a tres jóvenes venezolanos.", "17", ("PERCOP", "VENCVL")),
        ("La Policía detuvo a diez mujeres de Haití en Santo Domingo.", "17", ("COP", "HTICVL")),
        # a role word is a role
        ("Militares asesinaron a dos campesinos en Colombia.", "18", ("COLMIL", "COLAGR")),
        # residents are civilians, even after people named only as people
        (
            "Dos jóvenes fueron detenidos en Rosario.\n\nUna banda atacó a los vecinos del barrio.",
            "18",
            ("CRM", "CVL"),
        ),
        # people as doers stay civilians
        ("Cientos de personas marcharon en Lima contra el Gobierno.", "14", ("PERCVL", "PERGOV")),
    ],
)
def test_people_with_a_nationality_or_role_keep_it(
    text: str, root: str, expected: tuple[str | None, str | None]
) -> None:
    assert expected in sides(text, root)


# -- a threat's target ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Los sicarios amenazaron con matar a los policías de Sinaloa.", ("CRM", "MEXCOP")),
        ("El ELN amenazó con atacar a la Policía colombiana.", ("COLREB", "COLCOP")),
    ],
)
def test_threat_is_aimed_at_whom_the_threatened_act_is_done_to(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert expected in sides(text, "13")


def test_threat_with_its_own_object_keeps_it() -> None:
    # the mayor is threatened; his family is what the threat is about
    assert sides("Los sicarios amenazaron al alcalde de Cali con matar a su familia.", "13") == {
        ("CRM", "COLGOV")
    }


def test_threat_of_an_act_on_a_thing_has_no_target() -> None:
    assert sides("Los camioneros chilenos amenazaron con paralizar el transporte.", "13") == {
        ("CHLLAB", None)
    }


def test_threat_of_a_recourse_is_aimed_at_no_court() -> None:
    # going to court is no act done to the court
    text = "Los empresarios colombianos amenazaron con acudir a la Corte Suprema."
    assert all(t is None for _, t in sides(text, "13"))


# -- a coordinated directed act shares the addressee ----------------------------------------
def test_coordinated_threat_shares_the_demand_addressee() -> None:
    text = (
        "Camioneros chilenos exigieron al Ejecutivo protección en las rutas y amenazaron con "
        "paralizar el transporte."
    )
    assert ("CHLLAB", "CHLGOV") in sides(text, "13")
    assert ("CHLLAB", "CHLGOV") in sides(text, "10")


def test_conjunct_with_its_own_subject_shares_nothing() -> None:
    text = (
        "Los camioneros chilenos exigieron al Ejecutivo más patrullas y los empresarios "
        "amenazaron con paralizar el transporte."
    )
    assert all(t is None for _, t in sides(text, "13"))


def test_an_arrest_gives_no_addressee_to_a_coordinated_demand() -> None:
    # an arrest has a patient, not an addressee
    text = "La Policía boliviana detuvo al alcalde de Oruro y exigió explicaciones."
    assert all(t is None for _, t in sides(text, "10"))


# -- a capital written with its article, "la Justicia" ---------------------------------------
def test_capital_with_its_article_is_its_government() -> None:
    text = "Un funcionario estadounidense exigió a La Habana liberar a los presos."
    assert ("USAGOV", "CUBGOV") in sides(text, "10")


def test_capital_with_its_article_as_a_place_is_no_party() -> None:
    found = sides("La Policía detuvo a un periodista en La Habana.", "17")
    assert all(t != "CUBGOV" for _, t in found)


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        (
            "El gobernador de Santa Fe criticó la demora de la Justicia argentina.",
            "11",
            ("ARGGOV", "ARGJUD"),
        ),
        ("La Justicia de Uruguay condenó a dos policías.", "11", ("URYJUD", "URYCOP")),
    ],
)
def test_la_justicia_is_the_judiciary(
    text: str, root: str, expected: tuple[str | None, str | None]
) -> None:
    assert expected in sides(text, root)


def test_justicia_as_a_value_names_nobody() -> None:
    doc = one("Miles de argentinos marcharon para pedir justicia.")
    assert not any(e.actor_code and e.actor_code.endswith("JUD") for e in doc.entities)
