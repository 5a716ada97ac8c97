"""Spanish actor sides, seventeenth pass (issue 17, branch spanish27): a state body the
small model takes for a name ("Policía Boliviana", "Guardia Nacional mexicana") is a role
phrase with the country of its demonym; Latin American state bodies, seats of government
and police units as data. Sentences written for these tests, none copied from the data."""

from __future__ import annotations

from tests.extract.spanish.helpers import codes, one


def test_a_capitalised_demonym_gives_the_police_its_country():
    got = codes(one("La Policía Boliviana detuvo a un dirigente cocalero en el Chapare."))
    assert got and got[0][1] == "BOLCOP", got


def test_a_national_guard_with_a_demonym_is_that_state_s_military():
    got = codes(one("La Guardia Nacional mexicana detuvo a un grupo de migrantes."))
    assert got and got[0][1] == "MEXMIL", got


def test_the_civil_national_police_takes_the_country_after_it():
    got = codes(one("La Policía Nacional Civil de Guatemala capturó a un pandillero."))
    assert ("173", "GTMCOP", "CRM") in got, got


def test_a_body_of_several_words_before_de_is_a_role_phrase():
    got = codes(one("La Procuraduría General de la Nación sancionó al alcalde de Medellín."))
    assert got and got[0][1:] == ("COLJUD", "COLGOV"), got


def test_a_chamber_of_representatives_is_a_legislature():
    got = codes(one("La Cámara de Representantes de Colombia rechazó el proyecto."))
    assert got and got[0][1] == "COLLEG", got


def test_seats_of_government_stand_for_their_government():
    got = codes(one("La Casa Rosada rechazó las críticas del Gobierno chileno."))
    assert ("120", "ARGGOV", "CHLGOV") in got, got
    got = codes(one("El Palacio de Miraflores acusó a Estados Unidos de injerencia."))
    assert ("112", "VENGOV", "USA") in got, got


def test_police_units_of_the_region_are_coded():
    assert codes(one("La PDI detuvo a un comerciante en Valparaíso."))[0][1] == "CHLCOP"
    assert codes(one("El ESMAD atacó a los manifestantes en Bogotá."))[0][1] == "COLCOP"
    assert codes(one("La FELCN detuvo a un narcotraficante en Santa Cruz."))[0][1] == "BOLCOP"


def test_caribbean_demonyms_qualify_role_words():
    got = codes(one("La policía jamaiquina detuvo a dos sospechosos."))
    assert got and got[0][1] == "JAMCOP", got


def test_miraflores_alone_is_no_government():
    # guard: "Miraflores" is also a district of Lima; only the palace's full name is listed
    got = codes(one("Vecinos de Miraflores protestaron contra la Municipalidad de Lima."))
    assert all("VEN" not in (s or "") for _, s, _ in got), got
    assert got and got[0][2] == "PERGOV", got


def test_a_demonym_of_a_currency_makes_no_actor():
    # guard: a capitalised or lower-case demonym qualifies role words only
    assert codes(one("La moneda boliviana cayó frente al dólar.")) == []


def test_a_named_army_with_no_demonym_is_not_read_as_a_state_s():
    # guard: "Zapatista" is no demonym: no country is given to the rebels' army
    got = codes(one("El Ejército Zapatista de Liberación Nacional denunció a los paramilitares."))
    assert all(not (s or "").startswith("MEX") for _, s, _ in got), got


STORY = "\n\n"


def test_a_unit_cut_short_of_its_body_takes_the_body_s_code():
    got = codes(
        one(
            "El Gobierno de Perú declaró el estado de emergencia en Ayacucho."
            + STORY
            + "El Comando Conjunto de las Fuerzas Armadas acusó a los senderistas de "
            "atacar a una patrulla."
        )
    )
    assert any(c == "112" and s == "PERMIL" for c, s, _ in got), got


def test_a_place_of_a_civil_group_stays_uncoded():
    # guard: only a state body's "de" phrase makes a unit of the name before it
    doc = one(
        "El Gobierno de Perú declaró el estado de emergencia en Ayacucho."
        + STORY
        + "El Barrio de los Pescadores quedó bajo el agua."
    )
    barrio = next((e for e in doc.entities if e.name.startswith("Barrio")), None)
    assert barrio is not None and barrio.actor_code is None, barrio
