"""Spanish dyads (issue 17, branch spanish45): a small town the place index does not hold
("en Coroico", "en Tibú") tells the story's home country, so a bare "la Policía" or "el
Gobierno" of that story takes it; a national institute ("el Instituto Nacional de
Migración", "el Instituto Nacional Electoral") is a state agency of the story's country.
Guards: a town name of several countries, a town name after no locative preposition, "el
instituto" alone, a national council the converted list codes LEG. Sentences written for
these tests."""

from __future__ import annotations

from tests.extract.spanish.helpers import codes, one


def sides(text: str, root: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for c, s, t in codes(one(text)) if c[:2] == root}


# -- small towns as the story's home country ---------------------------------------------
def test_the_small_places_list_holds_towns_of_one_country_only() -> None:
    from watchfloor.extract.spanish.home import small_places

    places = small_places()
    assert places["coroico"] == "BOL" and places["tibu"] == "COL"
    assert "concepcion" not in places  # a town of many countries
    assert "lima" not in places  # the place index already knows it


def test_a_small_town_gives_a_bare_police_its_country() -> None:
    found = sides(
        "Cientos de cocaleros bloquearon el lunes la carretera en Coroico para rechazar una "
        "ley. La Policía detuvo a doce manifestantes.",
        "17",
    )
    assert any(s == "BOLCOP" for s, _ in found)


def test_a_town_the_model_does_not_tag_still_counts() -> None:
    found = sides(
        "Unos 300 campesinos huyeron de sus veredas en Tibú tras varios días de combates. "
        "El Ejército detuvo a tres hombres.",
        "17",
    )
    assert any(s == "COLMIL" for s, _ in found)


def test_a_town_of_several_countries_gives_no_country() -> None:
    found = sides(
        "Un hombre fue hallado sin vida en Concepción. La Policía detuvo a dos sospechosos.", "17"
    )
    assert found and all(s is None or s == "COP" for s, _ in found)


def test_a_town_after_no_locative_preposition_gives_no_country() -> None:
    # the list is read only for a place phrase: a bare name may be a person or a team
    found = sides(
        "Coroico amaneció con las calles cerradas. La Policía detuvo a doce manifestantes.", "17"
    )
    assert found and all(s is None or s == "COP" for s, _ in found)


# -- national institutes ------------------------------------------------------------------
def test_a_national_institute_of_a_field_is_the_state_agency() -> None:
    found = sides(
        "Un grupo criminal secuestró a veinte migrantes en Tamaulipas, México. El Instituto "
        "Nacional de Migración condenó el secuestro.",
        "11",
    )
    assert ("MEXGOV", None) in found


def test_a_national_institute_with_an_adjective_is_the_state_agency() -> None:
    found = sides(
        "Sicarios asesinaron a un candidato en Michoacán, México. El Instituto Nacional "
        "Electoral pidió a la Guardia Nacional reforzar la seguridad.",
        "02",
    )
    assert ("MEXGOV", "MEXMIL") in found


def test_an_institute_alone_is_no_state_body() -> None:
    doc = one("La Policía detuvo a dos estudiantes del instituto en Quito, Ecuador.")
    assert not any((e.actor_code or "").endswith("GOV") for e in doc.entities)


def test_an_electoral_council_is_no_legislature() -> None:
    # the converted list's "consejo nacional" is LEG (national councils of Austria,
    # Slovakia): the adjective rule is for state roles only, so the council stays a name
    doc = one("El Consejo Nacional Electoral anunció nuevas elecciones en Caracas.")
    assert not any((e.actor_code or "").endswith("LEG") for e in doc.entities)
