"""Spanish dyads (issue 17, branch es43): a clash noun whose "entre" phrase names one
plural group has that group on both sides ("un enfrentamiento entre bandas rivales":
CRM against CRM); a report of accusation standing after the hostile act it reports
("…, denunció el Ejército") is the speaker's accusation of that act's doer, its subject
after it read as its subject even where the small model makes it the object ("…,
denunció su partido"). Guards: two coordinated parties of a clash, a count of parties,
other reporting verbs ("…, informó …"), a report after a passive or a strike. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.spanish.helpers import codes, one


def sides(text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for c, s, t in codes(one(text)) if c[:2] == root}


# -- one group on both sides of a clash -----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Al menos nueve internos murieron en un enfrentamiento entre bandas rivales en una "
        "cárcel de Guayaquil.",
        "Una pelea a tiros entre pandillas rivales dejó seis muertos en un penal de Honduras.",
        "Los enfrentamientos entre bandas dejaron diez muertos en Puerto Príncipe.",
    ],
)
def test_one_plural_group_is_on_both_sides_of_a_clash(text: str) -> None:
    assert ("CRM", "CRM") in sides(text, "19")


def test_two_coordinated_parties_of_a_clash_stay_each_on_the_other() -> None:
    found = sides("Los combates entre el ELN y el Ejército dejaron tres muertos en Arauca.", "19")
    assert ("COLREB", "COLMIL") in found and ("COLMIL", "COLREB") in found
    assert all(s != t for s, t in found)


def test_a_count_of_parties_is_no_single_group() -> None:
    # "ambos ejércitos" are two armies, not one group fighting itself
    found = sides("Un choque entre ambos ejércitos dejó dos heridos en la frontera.", "19")
    assert all(s is None or s != t for s, t in found)


def test_a_singular_group_is_not_on_both_sides() -> None:
    found = sides("El ataque contra la banda dejó tres muertos en Rosario.", "19")
    assert all(s is None or s != t for s, t in found)


# -- a report of accusation after the act it reports -----------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El ELN secuestró a dos soldados en Arauca, denunció el Ejército.", ("COLMIL", "COLREB")),
        (
            "Agentes de la Policía detuvieron a un dirigente opositor en Caracas, denunció su "
            "partido.",
            ("VENPTY", "VENCOP"),
        ),
        (
            "Los guerrilleros atacaron una patrulla en el Cauca, acusó el Ejército colombiano.",
            ("COLMIL", "REB"),
        ),
    ],
)
def test_a_report_after_a_hostile_act_accuses_its_doer(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert expected in sides(text, "11")


def test_the_report_s_subject_after_it_is_no_target() -> None:
    # the small model reads "su partido" as the object of "denunció": it is who speaks
    found = sides(
        "Agentes de la Policía detuvieron a un dirigente opositor en Caracas, denunció su partido.",
        "11",
    )
    assert ("VENCOP", "VENPTY") not in found


@pytest.mark.parametrize(
    "text",
    [
        # another reporting verb: a claim, no accusation
        "El ELN secuestró a dos soldados en Arauca, informó el Ejército.",
        # a passive names no doer to accuse
        "Un periodista fue asesinado en Tijuana, denunció la organización.",
        # a strike is no hostile act
        "Los maestros iniciaron una huelga en Quito, denunció el ministro.",
    ],
)
def test_no_accusation_without_a_hostile_act_s_doer(text: str) -> None:
    assert sides(text, "11") == set()


def test_a_report_before_its_clause_keeps_its_reading() -> None:
    found = sides("El Gobierno de Guyana denunció que soldados venezolanos dispararon.", "11")
    assert ("GUYGOV", "VENMIL") in found
