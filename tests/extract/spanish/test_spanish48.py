"""Spanish dyads (issue 17, branch spanish48). Members of a group named in apposition to
a common noun are that group ("sicarios de la banda Los Choneros"); a home-country tie the
lede does not break goes to the one country whose state body the lede names. Guards: a
place in apposition is no group; two countries named alone, or through one plural body,
still give no home country. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.spanish.helpers import codes, one


def test_members_of_a_group_named_after_a_common_noun_are_that_group() -> None:
    found = codes(one("Integrantes de la pandilla Barrio 18 asesinaron a un conductor de autobús."))
    assert [s for c, s, _ in found if c.startswith("18")] == ["SLVCRM"]


def test_a_place_in_apposition_is_no_group() -> None:
    found = codes(one("Agricultores de la provincia Manabí bloquearon la carretera."))
    assert [s for _, s, _ in found] == ["ECUAGR"]


def test_the_lede_state_body_breaks_a_home_country_tie() -> None:
    doc = one(
        "Efectivos de la Policía Boliviana incautaron una tonelada de cocaína cerca de la "
        "frontera con Brasil.\n\nLa Fiscalía imputó a los cuatro detenidos."
    )
    assert ("173", "BOLJUD", None) in codes(doc)


def test_two_countries_named_alone_or_through_one_plural_body_give_no_home() -> None:
    for lede in (
        "Panamá y Colombia acordaron patrullajes conjuntos en la frontera.",
        "Los gobiernos de Panamá y Colombia firmaron un acuerdo.",
    ):
        doc = one(lede + "\n\nLa Policía detuvo a diez personas.")
        assert ("173", "COP", None) in codes(doc), lede


def test_an_armed_group_country_does_not_outweigh_the_story_country() -> None:
    doc = one(
        "Unas dos toneladas de cocaína fueron decomisadas en el puerto.\n\n"
        "La droga pertenecería a una banda que trabaja para el Clan del Golfo.\n\n"
        "Costa Rica registró el año pasado una cifra récord de homicidios.\n\n"
        "La Policía detuvo a dos sospechosos."
    )
    assert [s for c, s, _ in codes(doc) if c == "173"] == ["CRICOP"]


def test_an_armed_group_alone_still_gives_its_country() -> None:
    doc = one("El Clan del Golfo atacó una patrulla.\n\nLa Policía detuvo a dos sospechosos.")
    assert [s for c, s, _ in codes(doc) if c == "173"] == ["COLCOP"]


def test_international_bodies_by_their_spanish_names() -> None:
    for name, code in (
        ("La Comunidad del Caribe", "IGOCRBCOM"),
        ("El Fondo Monetario Internacional", "IGOBUSIMF"),
        ("La Organización Internacional para las Migraciones", "IGOUNOIOM"),
    ):
        assert [s for _, s, _ in codes(one(f"{name} condenó el bombardeo."))] == [code], name


def test_a_community_with_a_role_adjective_stays_civilians() -> None:
    assert [s for _, s, _ in codes(one("La comunidad indígena condenó el bombardeo."))] == ["CVL"]


def test_an_armed_group_country_still_breaks_a_tie() -> None:
    doc = one(
        "El Gobierno venezolano rechazó la decisión del Departamento de Estado de Estados "
        "Unidos.\n\nEl Tren de Aragua opera en varios países.\n\n"
        "La Policía detuvo a dos sospechosos."
    )
    assert [s for c, s, _ in codes(doc) if c == "173"] == ["VENCOP"]
