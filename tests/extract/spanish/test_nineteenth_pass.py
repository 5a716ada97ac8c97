"""Spanish nineteenth pass (issue 17, branch spanish29): verbs and senses (blame by
"atribuir", "descartar" a course, denying an accusation, breaking up a gang, sharing
information, sending forces), blockades by armed actors (191), former office holders
(ELI), regional bodies, place names that keep their article ("El Salvador"), a body's own
"de" country before its clause's place, and demands for a release aimed at the jailer.
Each rule has a guard sentence that must stay as it was. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.extract.spanish.helpers import codes, one


def triples(text: str) -> list[tuple[str, str | None, str | None]]:
    return codes(one(text))


def event_codes(text: str) -> list[str]:
    return [c for c, _, _ in triples(text)]


# -- verbs and senses (verbs_es.yaml) -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("El ministro de Defensa atribuyó la emboscada a una columna del ELN.", "112"),
        ("La canciller descartó romper relaciones con Caracas.", "120"),
        ("El Gobierno de Chile rechazó las acusaciones de la oposición.", "016"),
        ("La Policía desarticuló una red de trata de personas en Lima.", "173"),
        ("La Fiscalía de Panamá aportó información a la policía de Colombia.", "064"),
        ("El presidente ordenó el envío de 2.000 soldados a la frontera.", "154"),
    ],
)
def test_a_verb_sense_gets_its_code(text: str, code: str) -> None:
    assert code in event_codes(text), triples(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a claim for oneself is not blame; a "que" clause only states; another rejection
        # stays 120; money given is not information; food sent is no deployment
        ("La banda se atribuyó el robo del camión.", "112"),
        ("El fiscal descartó que haya más víctimas.", "120"),
        ("El Gobierno de Chile rechazó la propuesta del sindicato.", "016"),
        ("La empresa aportó diez millones de dólares a la campaña.", "064"),
        ("El Gobierno anunció el envío de alimentos a la zona.", "154"),
    ],
)
def test_a_nearby_sentence_keeps_its_reading(text: str, absent: str) -> None:
    assert absent not in event_codes(text), triples(text)


def test_rechazar_of_a_proposal_is_still_a_rejection() -> None:
    assert "120" in event_codes("El Gobierno de Chile rechazó la propuesta del sindicato.")


# -- blockades by armed actors (nonevents_es.yaml, armed_recodes) ----------------------
def test_armed_men_blocking_a_road_impose_a_blockade() -> None:
    got = triples("Pistoleros bloquearon la autopista con camiones incendiados.")
    assert [c for c, _, _ in got] == ["191"], got


def test_peasants_blocking_a_road_still_protest() -> None:
    got = triples("Los campesinos bloquearon la carretera durante seis horas.")
    assert [c for c, _, _ in got] == ["144"], got


# -- actors ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("La policía de El Salvador detuvo a un pandillero.", "SLVCOP"),
        ("La Asamblea Legislativa de El Salvador aprobó un estado de excepción.", "SLVLEG"),
        # the body's own "de" phrase outranks the clause's city (Santiago is Chile's capital)
        (
            "Funcionarios de la Dirección General de Migración de Guatemala detuvieron en "
            "Santiago a 40 migrantes.",
            "GTMGOV",
        ),
        ("La organización Cristosal criticó a la Asamblea Legislativa.", "SLVNGO"),
        ("La Coordinadora Nacional Ejército Bolivariano liberó a un soldado.", "COLREB"),
        ("Agentes del OIJ detuvieron a un juez.", "CRICOP"),
    ],
)
def test_a_regional_body_gets_its_country(text: str, source: str) -> None:
    assert source in [s for _, s, _ in triples(text)], triples(text)


def test_a_role_with_no_own_country_still_takes_its_clause_place() -> None:
    # guard: with no country in its own phrase, the clause's place still gives one
    got = triples("Los manifestantes en Culiacán bloquearon una carretera.")
    assert ("144", "MEXCVL", None) in got, got


def test_the_portuguese_name_of_the_pcc_is_known() -> None:
    got = triples("La Policía de Paraguay capturó a un jefe del Primer Comando da Capital.")
    assert ("173", "PRYCOP", "BRACRM") in got, got


def test_a_former_mayor_is_an_elite_and_a_mayor_is_government() -> None:
    assert [t for _, _, t in triples("La Fiscalía de Honduras detuvo a un exalcalde.")] == ["ELI"]
    assert [t for _, _, t in triples("La Fiscalía de Honduras detuvo a un alcalde.")] == ["HNDGOV"]


def test_country_less_killers_stay_bare_criminals() -> None:
    # set 1's convention ("a criminal with no group or country: bare CRM"), which
    # development set 5's header contradicts; not fitted (see docs/spanish.md)
    assert triples("Sicarios asesinaron a un comerciante en Culiacán.")[0][1] == "CRM"
    assert triples("El Tren de Aragua secuestró a un comerciante en Santiago.")[0][1] == "VENCRM"


# -- a demand for a release is aimed at the jailer (owner_verbs) ------------------------
def test_demanding_a_release_targets_whoever_arrested() -> None:
    doc = one(
        "La Policía de Nicaragua detuvo a un obispo en Matagalpa.\n\n"
        "El Gobierno de Estados Unidos exigió su liberación inmediata."
    )
    assert ("100", "USAGOV", "NICCOP") in codes(doc), codes(doc)


def test_demanding_a_resignation_after_an_arrest_is_not_aimed_at_the_jailer() -> None:
    doc = one(
        "La Policía de Nicaragua detuvo a un obispo en Matagalpa.\n\n"
        "La oposición exigió su renuncia."
    )
    assert all(t != "NICCOP" for c, _, t in codes(doc) if c.startswith("10")), codes(doc)


# -- provenance and destination (origin_words, destination_codes) ---------------------
def test_the_country_a_cargo_comes_from_is_no_target() -> None:
    got = triples(
        "La Armada de Chile interceptó cuatro toneladas de cocaína procedentes de Bolivia."
    )
    assert ("1711", "CHLMIL", None) in got, got


def test_a_country_in_a_de_phrase_of_its_own_is_still_a_target() -> None:
    # guard: "de" without a provenance word still names whom it concerns
    got = triples("La Armada de Chile interceptó una lancha de la Marina de Bolivia.")
    assert any(t is not None and t.startswith("BOL") for _, _, t in got), got


def test_an_expulsion_to_a_capital_targets_the_expelled() -> None:
    got = triples("El régimen de Daniel Ortega desterró a Roma a cuatro sacerdotes.")
    assert [t for c, _, t in got if c == "174"] == ["REL"], got


def test_an_expulsion_with_only_a_country_object_keeps_it() -> None:
    got = triples("El Gobierno de Nicaragua expulsó a Costa Rica de la reunión.")
    assert any(t is not None and t.startswith("CRI") for c, _, t in got if c == "174"), got


def test_an_act_ascribed_in_the_passive_is_no_blame() -> None:
    # guard: the participle ascribes the act (its doer is the noun's source), no 112
    got = triples(
        "Dos antenas fueron derribadas en una acción que fue atribuida por la "
        "Policía a la guerrilla."
    )
    assert "112" not in [c for c, _, _ in got], got


# -- second half of the pass (set 5 half B read too) -------------------------------------
def test_a_role_phrase_with_a_demonym_takes_that_country() -> None:
    got = triples(
        "El presidente estadounidense amenazó con imponer aranceles si México "
        "no frena el tráfico de drogas."
    )
    assert got and got[0][1] == "USAGOV", got
    # guard: another demonym still gives its own country
    assert triples("El presidente mexicano criticó a Washington.")[0][1] == "MEXGOV"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("El Consejo Presidencial de Transición pidió a la ONU más recursos.", "HTIGOV", "IGOUNO"),
        ("Caracas atribuyó el ataque a grupos de mineros ilegales.", "VENGOV", "CRM"),
    ],
)
def test_bodies_and_groups_of_the_region(text: str, source: str, target: str) -> None:
    got = triples(text)
    assert any(s == source and t == target for _, s, t in got), got


def test_coca_growers_are_farmers_and_miners_workers() -> None:
    assert triples("Los cocaleros bloquearon la carretera.")[0][1] == "AGR"
    # guard: a miner with no "ilegal" stays a worker
    assert triples("Los mineros bloquearon la carretera.")[0][1] == "LAB"


def test_forces_sent_are_a_deployment_and_a_letter_sent_is_not() -> None:
    assert "154" in event_codes(
        "México envió 10.000 elementos de la Guardia Nacional a la frontera norte."
    )
    assert "154" not in event_codes("La empresa envió una carta al Gobierno de Perú.")


def test_a_city_paralysed_is_a_place_and_a_city_accused_its_government() -> None:
    got = triples("Miles de mototaxistas paralizaron Quito en protesta por las extorsiones.")
    assert got and got[0][1:] == ("LAB", None), got
    # guard: a capital as the object of another verb still acts (capitals.tsv)
    assert ("112", "USAGOV", "VENGOV") in triples("Washington acusó a Caracas de fraude.")


def test_trade_associations_are_business() -> None:
    assert triples("Los gremios exigieron al Congreso derogar una ley.")[0][1] == "BUS"
