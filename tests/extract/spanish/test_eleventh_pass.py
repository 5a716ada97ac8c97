"""Eleventh pass (issue 17, spanish13): verb senses by object (``senses_es.yaml``), new
verbs (``verbs_es.yaml``) and non-events (``nonevents_es.yaml``,
:mod:`watchfloor.extract.spanish.nonevent`): an event named again, the content of an
accusation or offer, a result, a statistic, a question, an opinion.

Sentences written for these tests."""

from __future__ import annotations

from tests.extract.spanish.helpers import one
from watchfloor.model import Event


def events(text: str) -> list[Event]:
    return one(text).events


def coded(text: str) -> list[str]:
    """The codes of the asserted events (not negated, not hypothetical)."""
    return [e.code for e in events(text) if not (e.negated or e.hypothetical)]


def roots(text: str) -> set[str]:
    return {c[:2] for c in coded(text)}


# -- verbs and senses -----------------------------------------------------------------
def test_pedir_is_an_appeal():
    assert "020" in coded("El alcalde pidió al gobierno nacional más policías para el pueblo.")


def test_guard_exigir_stays_a_demand():
    assert "100" in coded("El alcalde exigió al gobierno nacional más policías para el pueblo.")


def test_pedir_a_resignation_is_a_demand_for_leadership_change():
    assert "1041" in coded("Los diputados pidieron la renuncia del ministro del Interior.")


def test_entregar_food_is_humanitarian_aid():
    assert "073" in coded("La Cruz Roja entregó víveres y medicinas a las familias desplazadas.")


def test_guard_entregar_weapons_stays_disarmament():
    assert "0873" in coded("Los guerrilleros entregaron sus fusiles a la comisión.")


def test_abandonar_an_organisation_reduces_relations():
    assert "160" in coded("Bolivia abandonó la Unasur el año pasado.")


def test_abandonar_the_talks_halts_negotiations():
    assert "164" in coded("La guerrilla abandonó la mesa de negociaciones con el gobierno.")


def test_guard_abandonar_a_camp_is_no_break_of_relations():
    got = roots("Los guerrilleros abandonaron el campamento tras el bombardeo.")
    assert "16" not in got


def test_retirarse_de_an_organisation_reduces_relations():
    assert "160" in coded("Venezuela se retiró de la CIDH.")


def test_guard_troops_withdrawing_from_a_border_is_no_break():
    assert "160" not in coded("Las tropas peruanas se retiraron de la frontera.")


def test_reanudar_negociaciones_is_negotiation():
    assert "046" in coded("Los camioneros reanudaron las negociaciones con el ministro.")


def test_guard_reanudar_a_strike_codes_the_strike():
    got = coded("Los camioneros reanudaron el paro en la sierra.")
    assert "143" in got and "046" not in got


def test_abrir_una_investigacion_is_investigate():
    assert "090" in coded("La Procuraduría abrió una investigación contra el gobernador.")


def test_guard_abrir_fuego_is_not_an_investigation():
    assert "090" not in coded("Los sicarios abrieron fuego contra la patrulla.")


def test_decretar_a_state_of_emergency():
    assert "1724" in coded("El gobierno decretó el estado de emergencia en tres provincias.")


def test_decretar_a_curfew():
    assert "1723" in coded("El alcalde decretó un toque de queda en el barrio.")


def test_guard_decretar_a_wage_rise_is_no_emergency():
    got = coded("El gobierno decretó un aumento del salario mínimo.")
    assert not {"1723", "1724"} & set(got)


def test_enviar_troops_mobilises_forces():
    assert "154" in coded("El Ministerio de Defensa envió quinientos soldados a la frontera.")


def test_guard_enviar_a_letter_is_no_mobilisation():
    assert "154" not in coded("El ministro envió una carta al embajador de Chile.")


def test_recortar_aid_reduces_aid():
    assert "162" in coded("El Congreso de Estados Unidos recortó la ayuda militar a Honduras.")


def test_guard_recortar_staff_is_no_aid_cut():
    assert "162" not in coded("La empresa recortó su plantilla en Honduras.")


def test_suspender_exports_is_an_embargo():
    assert "163" in coded("Argentina suspendió las exportaciones de gas a Chile.")


def test_suspender_relations_breaks_relations():
    assert "161" in coded("Panamá suspendió las relaciones diplomáticas con Venezuela.")


def test_guard_suspender_a_strike_still_ends_it():
    assert "082" in coded("Los maestros suspendieron la huelga el lunes.")


def test_imponer_tariffs_is_an_embargo():
    assert "163" in coded("México impuso aranceles a las importaciones chinas.")


def test_celebrar_a_decision_is_praise():
    assert "051" in coded("El gobierno celebró la liberación de los rehenes.")


def test_celebrar_a_meeting_is_a_meeting():
    assert "040" in coded("Los cancilleres celebraron una reunión en Quito.")


def test_guard_celebrar_elections_is_no_event():
    assert coded("Chile celebró elecciones presidenciales el domingo.") == []


def test_agradecer_is_praise():
    assert "051" in coded("El canciller agradeció a Brasil su mediación.")


def test_descertificar_is_disapproval():
    assert "111" in coded("Washington descertificó a Bolivia por su lucha antidrogas.")


def test_sobrevolar_with_military_aircraft_shows_force():
    assert "150" in coded("Dos cazas rusos sobrevolaron el espacio aéreo colombiano.")


def test_guard_a_president_flying_over_a_flood_is_no_event():
    assert coded("El presidente sobrevoló las zonas inundadas en helicóptero.") == []


def test_proteger_is_no_assault():
    assert not roots("La policía protegió a los testigos del juicio.") & {"18"}


# -- non-events -----------------------------------------------------------------------
def test_an_attack_named_again_after_tras_is_not_coded():
    assert "18" not in roots("La Policía reforzó la vigilancia tras el atentado.")


def test_guard_an_attack_with_its_own_target_is_coded():
    assert "18" in roots("El atentado contra la alcaldía dejó tres heridos.")


def test_a_kidnapping_named_again_by_a_condemnation_is_not_coded():
    got = coded("El obispo condenó el secuestro.")
    assert "111" in got and "181" not in got


def test_guard_a_kidnapping_with_its_victims_is_coded():
    assert "181" in coded("El obispo condenó el secuestro de dos sacerdotes en Tumbes.")


def test_guard_a_strike_resumed_is_coded():
    assert "143" in coded("Los maestros reanudaron la huelga.")


def test_an_attack_claimed_in_a_se_passive_is_not_coded():
    assert "18" not in roots("El grupo armado se atribuyó el atentado.")


def test_wounded_as_a_result_is_not_an_assault():
    assert "18" not in roots("Tres soldados resultaron heridos.")


def test_guard_wounding_someone_is_an_assault():
    assert "18" in roots("Los sicarios hirieron a tres soldados.")


def test_the_content_of_an_accusation_is_not_coded():
    got = roots("La fiscal acusó al concejal de financiar ataques contra la Policía.")
    assert "11" in got and "18" not in got


def test_the_content_of_an_accused_participle_is_not_coded():
    got = roots("La policía capturó a dos hombres acusados de secuestrar a un comerciante.")
    assert "17" in got and "18" not in got


def test_guard_an_arrest_beside_an_accusation_is_coded():
    got = roots("La fiscal acusó al concejal y la Policía lo detuvo.")
    assert "17" in got


def test_the_infinitive_of_an_offer_is_not_coded_again():
    got = roots("Colombia ofreció mediar en la crisis.")
    assert "03" in got and "04" not in got


def test_a_warrant_is_not_an_arrest():
    assert "17" not in roots("El juez emitió una orden de arresto contra el exalcalde.")


def test_guard_an_arrest_noun_is_an_arrest():
    assert "17" in roots("La detención del exalcalde se produjo en Cali.")


def test_a_tally_with_a_counting_verb_is_not_coded():
    assert "18" not in roots("Este año la Fiscalía ha registrado más de doscientos secuestros.")


def test_a_tally_with_a_year_is_not_coded():
    assert "18" not in roots("En 2024 han sido asesinados 40 periodistas en el país.")


def test_guard_an_act_with_a_period_in_the_preterite_is_coded():
    assert "17" in roots("Desde enero, la policía capturó a cinco concejales en el Cauca.")


def test_guard_a_strike_in_a_passive_agent_phrase_is_not_named_again():
    got = coded("Fue un mes marcado por las huelgas en Chile.")
    assert "143" in got


def test_guard_a_killing_with_a_number_is_coded():
    assert "18" in roots("Hombres armados asesinaron a cuatro campesinos en Cauca.")


def test_an_indirect_question_is_not_coded():
    assert "18" not in roots("El ministerio no precisó cuántos policías fueron secuestrados.")


def test_guard_a_reported_kidnapping_is_coded():
    assert "18" in roots("El ministerio precisó que dos policías fueron secuestrados.")


def test_an_opinion_is_not_coded():
    assert "18" not in roots("Los expertos creen que los ataques aumentarán en la frontera.")


def test_guard_a_reported_attack_is_coded():
    assert "18" in roots("El general afirmó que la guerrilla atacó un puesto militar.")


def test_a_state_in_a_relative_clause_is_background():
    got = coded("El ELN liberó a dos soldados que mantenía secuestrados desde marzo.")
    assert "0841" in got and "181" not in got


def test_guard_a_state_in_the_main_clause_is_coded():
    assert "181" in coded("El ELN mantiene secuestrados a dos soldados en Arauca.")


def test_coordinated_subjects_negotiate_with_each_other():
    evs = [
        e
        for e in events("Colombia y Venezuela negociaron un acuerdo fronterizo.")
        if e.root == "04"
    ]
    assert {(e.source_code, e.target_code) for e in evs} >= {("COL", "VEN"), ("VEN", "COL")}


def test_guard_coordinated_praise_is_not_reciprocal():
    evs = [e for e in events("Noruega y Chile elogiaron el acuerdo.") if e.root == "05"]
    assert evs and all(e.target_code is None for e in evs)


def test_a_coordinated_infinitive_shares_the_request():
    evs = events("La ONU pidió al gobierno investigar los hechos y detener a los responsables.")
    arrests = [e for e in evs if e.root == "17"]
    assert arrests and all(e.hypothetical for e in arrests)


def test_an_extradition_requested_is_hypothetical():
    evs = events("México solicitó la extradición del narcotraficante.")
    assert any(e.code == "020" for e in evs)
    assert all(e.hypothetical for e in evs if e.code == "063")


def test_calificar_de_a_reproach_is_criticism():
    assert "111" in coded("El canciller calificó la visita de injerencia en asuntos internos.")


def test_guard_calificar_de_praise_is_no_criticism():
    assert "111" not in coded("El canciller calificó la visita de muy productiva.")
