"""Spanish state bodies named without their country (issue 17, branch es41): "el
Ejecutivo" / "el Legislativo" (a state's branches, capitalised after an article) and an
acronym standing for a name the story spelled out before it ("la Policía Nacional Civil
… la PNC"), which had no code and left their acts without a side. Guards: the lower-case
word ("un ejecutivo de la empresa"), a capitalised one that is not the head of its phrase
("el Secretario Ejecutivo"), an acronym a dictionary codes, one with no earlier name or
with two, and one that comes before the name. A partitive object's pronoun ("detuvo a
dos de ellos") stands for the nearest earlier agreeing patient, as a clitic does (guards:
no agreeing patient, or only the act's own doer). Sentences written for these tests
(paragraphs as in an article: a blank line between)."""

from __future__ import annotations

import pytest

from tests.extract.spanish.helpers import codes, entity, one
from watchfloor.extract.spanish.acronyms import initials


def sides(text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for c, s, t in codes(one(text)) if c[:2] == root}


# -- the state's branches -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        # an addressee: the story's home country's government
        (
            "Camioneros hondureños paralizaron Tegucigalpa por los asaltos.\n\n"
            "Los camioneros exigieron al Ejecutivo más patrullas en las rutas.",
            "10",
            ("HNDLAB", "HNDGOV"),
        ),
        # a doer: "el Ejecutivo" accuses
        (
            "Una banda asesinó a dos guardias de una mina en el sur de Perú.\n\n"
            "El Ejecutivo acusó a la banda de operar desde el extranjero.",
            "11",
            ("PERGOV", "CRM"),
        ),
        # the congress, and the branch named with "Poder" and a country
        (
            "Una pandilla quemó tres autobuses en Guatemala.\n\n"
            "El Legislativo rechazó el decreto de estado de sitio.",
            "12",
            ("GTMLEG", None),
        ),
        (
            "El Poder Ejecutivo de Ecuador acusó a los camioneros de sabotaje.",
            "11",
            ("ECUGOV", "LAB"),  # one sentence: no story country for the drivers
        ),
    ],
)
def test_branch_of_the_state(text: str, root: str, expected: tuple[str | None, str | None]) -> None:
    assert expected in sides(text, root)


@pytest.mark.parametrize(
    "text",
    [
        # a manager of a firm
        "Un ejecutivo de una minera fue secuestrado en el sur de Perú.",
        "Varios ejecutivos de la empresa denunciaron amenazas en Lima, Perú.",
        # a title whose second word is "Ejecutivo": the commission's, not a government
        "El Secretario Ejecutivo de la CIDH visitó Lima, Perú.",
    ],
)
def test_a_manager_or_a_title_is_no_branch(text: str) -> None:
    # no actor is read from the word "ejecutivo" (the capital Lima still is Peru's)
    assert not [
        e.actor_code for e in one(text).entities if any("jecutivo" in m.text for m in e.mentions)
    ]


def test_secretary_keeps_his_commission() -> None:
    text = (
        "Un tribunal de Perú condenó a un periodista.\n\n"
        "El Secretario Ejecutivo de la CIDH criticó la sentencia."
    )
    assert {s for s, _ in sides(text, "11")} >= {"IGOOASHRI"}
    assert "PERGOV" not in {s for s, _ in sides(text, "11")}


# -- acronyms -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "letters"),
    [
        ("Policía Nacional Civil", "PNC"),
        ("Fuerza de Tarea Conjunta", "FTC"),
        ("Servicio de Administración Tributaria", "SAT"),
        ("la policía", ""),
    ],
)
def test_initials(name: str, letters: str) -> None:
    assert initials(name) == letters


def test_acronym_takes_the_name_spelled_out_before() -> None:
    text = (
        "La Policía Nacional Civil de El Salvador investiga el asesinato de un chofer.\n\n"
        "La PNC detuvo a tres pandilleros en Soyapango."
    )
    doc = one(text)
    assert entity(doc, "PNC") is entity(doc, "Policía Nacional Civil")
    assert ("SLVCOP", "CRM") in {(s, t) for c, s, t in codes(doc) if c[:2] == "17"}


def test_acronym_in_brackets_after_a_task_force() -> None:
    # a joint task force is a military body (roles.tsv), and its acronym is that body
    text = (
        "Guerrilleros secuestraron a un ganadero en el norte de Paraguay.\n\n"
        "La Fuerza de Tarea Conjunta (FTC) desplegó 300 efectivos en la zona.\n\n"
        "La FTC detuvo a dos sospechosos."
    )
    assert ("PRYMIL", None) in sides(text, "15") | sides(text, "17")
    assert "PRYMIL" in {s for s, _ in sides(text, "17")}


@pytest.mark.parametrize(
    "text",
    [
        # no earlier name with these initials
        "Un comerciante fue asesinado en Soyapango, El Salvador.\n\n"
        "La PNC detuvo a dos pandilleros.",
        # the acronym comes first: no name before it to stand for
        "La PNC detuvo a dos pandilleros en El Salvador.\n\n"
        "La Policía Nacional Civil informó del arresto.",
    ],
)
def test_acronym_without_an_earlier_name_stays_uncoded(text: str) -> None:
    doc = one(text)
    pnc = entity(doc, "PNC")
    assert pnc is not None and pnc.actor_code is None


def test_acronym_of_two_different_names_is_not_guessed() -> None:
    text = (
        "La Policía Nacional Civil de Guatemala y el Partido Nacional Conservador "
        "denunciaron amenazas.\n\nLa PNC detuvo a dos pandilleros."
    )
    doc = one(text)
    pnc = entity(doc, "PNC")
    assert pnc is not None and pnc.actor_code is None


def test_coded_acronym_keeps_its_code() -> None:
    # "la DEA" is in the dictionary: an earlier "Dirección Ejecutiva Antidrogas" does not
    # take it over
    text = (
        "La Dirección Ejecutiva Antidrogas de Bolivia incautó cocaína.\n\n"
        "La DEA detuvo a dos bolivianos en Miami."
    )
    dea = entity(one(text), "DEA")
    assert dea is not None and dea.actor_code is not None and dea.actor_code.startswith("USA")


# -- a partitive object's pronoun ("a dos de ellos") ----------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Fiscalía de Honduras acusó a cuatro alcaldes de corrupción.\n\n"
            "La Policía detuvo después a uno de ellos en Tegucigalpa.",
            ("HNDCOP", "HNDGOV"),
        ),
        (
            "Un juez de Bolivia imputó a siete dirigentes cocaleros.\n\n"
            "Dos días más tarde, la Policía arrestó a tres de ellos.",
            ("BOLCOP", "BOLAGR"),
        ),
    ],
)
def test_partitive_pronoun_stands_for_the_earlier_patients(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in sides(text, "17")


@pytest.mark.parametrize(
    "text",
    [
        # "ellas" cannot stand for "policías" (masculine), and nothing else is acted on
        "Diez policías de Honduras fueron heridos por pandilleros.\n\n"
        "La Policía detuvo después a dos de ellas.",
        # the nearest patients are the act's own doer: no guess further back
        "Pandilleros atacaron a cinco policías en Honduras.\n\n"
        "La Policía detuvo después a dos de ellos.",
    ],
)
def test_partitive_pronoun_without_an_agreeing_patient(text: str) -> None:
    assert {t for _, t in sides(text, "17")} == {None}
