"""Spanish dyad sides, sixteenth pass (issue 17, branch spanish25): a disapproval of a
thing coordinated with an accusation of an actor is aimed at that actor; sector roles of
a story take the story's country; caring and guarding verbs are no assault. Sentences
written for these tests, none copied from the data."""

from __future__ import annotations

from tests.extract.spanish.helpers import codes, one

STORY = "\n\n"


def test_a_criticism_and_an_accusation_share_the_accused():
    got = codes(
        one("El canciller peruano criticó la reforma y acusó al Gobierno boliviano de injerencia.")
    )
    assert ("111", "PERGOV", "BOLGOV") in got and ("112", "PERGOV", "BOLGOV") in got, got


def test_a_rejection_before_a_blame_is_aimed_at_the_blamed():
    got = codes(
        one(
            "La Defensoría del Pueblo de Colombia rechazó el decreto y "
            "responsabilizó al Ejército colombiano de los abusos."
        )
    )
    assert ("120", "COLGOV", "COLMIL") in got, got


def test_a_rejection_after_the_accusation_is_aimed_at_the_accused():
    got = codes(
        one(
            "El Gobierno ecuatoriano acusó a la misión de la OEA de parcialidad y "
            "rechazó su informe."
        )
    )
    assert ("120", "ECUGOV", "IGOOAS") in got, got


def test_condemning_an_attack_stays_aimed_at_nobody():
    # guard: the attack is condemned as such; only the accusation names the ELN
    got = codes(one("El alcalde de Cali condenó el atentado y acusó al ELN de planearlo."))
    assert ("111", "COLGOV", None) in got and ("112", "COLGOV", "COLREB") in got, got


def test_a_criticism_beside_a_request_keeps_no_target():
    # guard: the addressee of a request (02) is not the owner of the reform
    got = codes(
        one("La ministra chilena criticó la reforma y pidió al Congreso una nueva votación.")
    )
    assert ("111", "CHLGOV", None) in got, got


def test_a_rejection_beside_another_subjects_accusation_keeps_no_target():
    # guard: the opposition accuses, not the government that rejects
    got = codes(
        one("El Gobierno venezolano rechazó el informe y la oposición acusó al Ejército de abusos.")
    )
    assert ("120", "VENGOV", None) in got, got


def test_sector_roles_of_a_story_take_its_country():
    got = codes(
        one(
            "Daniel Ortega expulsó de Nicaragua a dos obispos."
            + STORY
            + "La policía detuvo a tres sacerdotes y a un periodista."
        )
    )
    assert ("173", "NICCOP", "NICREL") in got and ("173", "NICCOP", "NICMED") in got, got


def test_protesters_of_a_story_take_its_country():
    got = codes(
        one(
            "Miles de personas marcharon en Lima contra Dina Boluarte."
            + STORY
            + "Los manifestantes bloquearon la carretera hacia el aeropuerto."
        )
    )
    assert ("144", "PERCVL", None) in got, got


def test_a_sector_role_alone_in_a_sentence_stays_bare():
    # guard: one sentence is no story; the priests have no country there
    got = codes(one("La policía detuvo a tres sacerdotes y a un periodista."))
    assert ("173", "COP", "REL") in got, got


def test_armed_groups_of_a_story_stay_bare():
    # guard: REB and CRM never take the story's country (role_countries.tsv)
    got = codes(
        one(
            "Miles de personas marcharon en Lima contra Dina Boluarte."
            + STORY
            + "Los guerrilleros atacaron a los manifestantes."
        )
    )
    assert ("180", "REB", "PERCVL") in got, got


def test_caring_for_people_is_no_assault():
    assert codes(one("Médicos Sin Fronteras atendió a los migrantes venezolanos en Necoclí.")) == []


def test_guarding_and_defending_are_no_assault():
    assert (
        codes(one("Soldados colombianos vigilan a los presos del ELN en la cárcel de Cómbita."))
        == []
    )
    assert (
        codes(one("La Defensoría del Pueblo defendió a los campesinos desplazados de Arauca."))
        == []
    )


def test_wounding_stays_an_assault():
    # guard: "herir", in the same converted block, is an assault
    got = codes(one("Soldados colombianos hirieron a dos campesinos en Arauca."))
    assert ("180", "COLMIL", "COLAGR") in got, got


def test_declaring_a_state_of_emergency_is_coded():
    got = codes(one("El Gobierno peruano declaró el estado de emergencia en Lima."))
    assert ("1724", "PERGOV", None) in got, got


def test_declaring_that_something_happened_stays_a_report():
    # guard: "declaró que …" reports; only the reported arrest is an event
    got = codes(one("El ministro declaró que la policía detuvo a dos hombres."))
    assert [c for c, _, _ in got] == ["173"], got


def test_the_state_of_emergency_is_no_actor():
    got = codes(one("El Congreso aprobó la prórroga del estado de excepción."))
    assert ("1724", "LEG", None) in got, got


def test_the_state_itself_is_still_the_government():
    # guard: "el Estado colombiano" names the government
    doc = one("El Estado colombiano indemnizó a las víctimas.")
    assert any(e.actor_code == "COLGOV" for e in doc.entities), doc.entities


def test_a_city_spelt_as_written_beats_a_larger_namesake():
    from watchfloor.extract.spanish.role_country import index_country

    assert index_country("Puno") == "PER"  # not "Pune", India
    assert index_country("Belfast") == "GBR"  # guard: the populous one still wins


def test_troops_deployed_by_their_own_army_are_no_target():
    got = codes(one("El Ejército colombiano desplegó 300 soldados en la zona rural de Tumaco."))
    assert ("154", "COLMIL", None) in got, got


def test_a_deployment_against_someone_targets_them():
    got = codes(one("Venezuela desplegó tropas contra los mineros ilegales de Guyana."))
    # spanish29: illegal miners are criminals (CRM, roles.tsv), no longer workers (LAB)
    assert ("154", "VEN", "GUYCRM") in got, got


def test_the_arrested_are_nobody_by_that_word():
    got = codes(one("La Fiscalía imputó a los detenidos el delito de extorsión."))
    assert ("173", "JUD", None) in got, got


def test_prisoners_of_a_named_gang_are_still_the_gang():
    # guard: "presos de Los Choneros" keeps the gang (only "detenido" names nobody)
    got = codes(one("Los presos de Los Choneros atacaron a los guardias."))
    assert any(s == "ECUCRM" for _, s, _ in got), got


def test_years_of_prison_are_no_students():
    got = codes(one("Un tribunal de Tegucigalpa condenó a veinte años de prisión a un pandillero."))
    assert got and all(t != "EDU" for _, _, t in got), got


def test_the_state_of_guerrero_is_no_army():
    doc = one("Decenas de reporteros protestaron frente a la gobernación de Guerrero.")
    assert all(e.actor_code != "MIL" for e in doc.entities), doc.entities


def test_an_opening_quantity_gives_the_people_counted():
    got = codes(one("Decenas de reporteros protestaron frente a la gobernación de Guerrero."))
    assert ("141", "MED", None) in got, got


def test_press_workers_are_media():
    got = codes(one("La policía agredió a dos camarógrafos y a una corresponsal en Quito."))
    assert ("180", "ECUCOP", "ECUMED") in got, got


def test_the_army_is_still_the_army():
    # guard: the state's own army keeps its role ("guerrero" alone names nobody)
    got = codes(one("El Ejército mexicano detuvo a tres sicarios en Guerrero."))
    assert any(s == "MEXMIL" for _, s, _ in got), got


def test_facing_charges_is_no_clash():
    assert (
        codes(one("El exgobernador de Tamaulipas enfrenta cargos por lavado de dinero en Texas."))
        == []
    )


def test_facing_guerrillas_is_still_a_clash():
    # guard: "enfrentaron a los guerrilleros" is a fight (190)
    got = codes(one("Los militares enfrentaron a los guerrilleros del ELN en Arauca."))
    assert ("190", "COLMIL", "COLREB") in got, got


def test_aid_meant_for_a_country_makes_it_the_target():
    got = codes(one("Alemania suspendió los fondos destinados a Nicaragua."))
    assert ("162", "DEU", "NIC") in got, got


def test_aid_meant_for_a_purpose_keeps_no_target():
    # guard: "destinada a la reconstrucción" names no actor
    got = codes(one("España suspendió la ayuda destinada a la reconstrucción de escuelas."))
    assert ("162", "ESP", None) in got, got
