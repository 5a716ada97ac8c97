"""Ninth pass (issue 17): one event per protest, background relatives, a reflexive sense.

Sentences written for these tests."""

from __future__ import annotations

from tests.extract.spanish.helpers import one


def roots(text: str) -> list[str]:
    return sorted(e.root for e in one(text).events if not e.negated and not e.hypothetical)


def test_a_demand_clause_of_a_march_is_no_second_event():
    assert "10" not in roots("Los maestros marcharon el lunes para exigir el pago de sus salarios.")


def test_guard_a_demand_alone_is_still_coded():
    assert "10" in roots("Los maestros exigieron el lunes el pago de sus salarios.")


def test_a_reproach_gerund_of_a_protest_is_no_second_event_but_still_names_the_target():
    doc = one("Unos estudiantes realizaron una manifestación, reprochando al ministro su visita.")
    assert [e.root for e in doc.events] == ["14"]
    assert doc.events[0].target_code is not None


def test_a_protest_purpose_under_a_strike_is_one_event():
    assert (
        roots("La dirigente inició una huelga de hambre para protestar contra la mafia.").count(
            "14"
        )
        == 1
    )


def test_guard_a_clause_with_its_own_tense_is_an_act_of_its_own():
    # the rejection by another actor is not the strike's aim
    assert "12" in roots(
        "Los médicos acordaron una huelga, lo que fue rechazado por el ministro de Salud."
    )


def test_guard_a_protest_frame_under_another_act_stays():
    got = roots("Los vecinos quemaron dos patrullas en protesta por los abusos policiales.")
    assert "14" in got


def test_guard_a_coordinated_act_stays():
    got = roots("Los campesinos marcharon y exigieron la renuncia del gobernador.")
    assert "10" in got and "14" in got


def test_an_imperfect_relative_clause_is_background():
    assert "19" not in roots(
        "Los colonos fueron desalojados de la finca que ocupaban desde hace un año."
    )


def test_guard_a_preterite_relative_clause_is_an_act():
    assert "19" in roots("Los colonos, que ocuparon la finca el martes, fueron desalojados.")


def test_guard_a_pluperfect_relative_clause_is_an_act():
    assert "18" in roots(
        "El concejal, que había sido secuestrado por los guerrilleros, fue liberado ayer."
    )


def test_a_reflexive_sense_blocks_the_event():
    assert "18" not in roots("Varios senadores se desplazaron hasta el pueblo para visitarla.")


def test_guard_the_forced_displacement_stays():
    assert "18" in roots("Cientos de familias fueron desplazadas por la violencia en la región.")


def test_an_unaccented_conditional_in_a_headline_is_hypothetical():
    doc = one("PARO DE CAMIONEROS PODRIA BLOQUEAR CARRETERAS EN PERU")
    assert [e.hypothetical for e in doc.events if e.trigger.text == "BLOQUEAR"] == [True]


def test_guard_a_headline_without_the_conditional_stays_asserted():
    doc = one("CAMIONEROS BLOQUEAN CARRETERAS EN PERU")
    assert [e.hypothetical for e in doc.events if e.trigger.text == "BLOQUEAN"] == [False]


def test_a_strike_under_an_intention_is_hypothetical():
    doc = one("El sindicato decidió seguir con su intención de una huelga en las minas.")
    assert all(e.hypothetical for e in doc.events if e.trigger.text == "huelga")
    assert any(e.trigger.text == "huelga" for e in doc.events)


def test_guard_a_strike_held_is_asserted():
    doc = one("El sindicato inició una huelga en las minas.")
    assert [e.hypothetical for e in doc.events if e.trigger.text == "huelga"] == [False]


def test_the_end_of_a_strike_in_an_unaccented_headline():
    assert "08" in roots("MINERO PONE FIN A 30 DIAS DE HUELGA DE HAMBRE")


def test_guard_days_of_a_strike_not_ended_stay_a_protest():
    got = roots("El minero cumplió 30 días de huelga de hambre.")
    assert "14" in got and "08" not in got


def test_an_occupation_by_protesters_is_a_protest_and_by_a_gang_a_seizure():
    assert "14" in roots("Cientos de campesinos ocuparon la hacienda del gobernador.")
    assert "17" in roots("Una banda de sicarios ocupó las tierras del ganadero.")


def test_guard_an_army_occupying_territory_stays_192():
    got = roots("El ejército ocupó la ciudad fronteriza tras tres días de combates.")
    assert "19" in got and "14" not in got


def test_deciding_on_a_strike_is_the_strike_by_its_deciders():
    doc = one("Los médicos del hospital acordaron una huelga de dos días.")
    assert [e.root for e in doc.events] == ["14"]
    assert doc.events[0].source_code is not None


def test_guard_agreeing_on_something_else_stays_an_agreement():
    assert "03" in roots("El sindicato y la empresa acordaron un aumento salarial.")


def test_guard_a_protest_noun_outside_an_en_frame_is_no_part_of_the_next_protest():
    doc = one("Fue una semana marcada por las huelgas en Bolivia, los mineros anunciaron un paro.")
    assert "huelgas" in [e.trigger.text for e in doc.events]
