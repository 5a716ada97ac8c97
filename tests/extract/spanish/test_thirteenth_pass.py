"""Thirteenth pass (issue 17): actor codes. Capitals that act, international bodies by
their Spanish names, counterpart words, "ambos países", state bodies.

Sentences written for these tests."""

from __future__ import annotations

from tests.extract.spanish.helpers import codes, entity, one
from watchfloor.extract.spanish.capitals import capital_codes
from watchfloor.extract.spanish.pairs import pair_words


def code_of(text: str, mention: str) -> str | None:
    ent = entity(one(text), mention)
    return ent.actor_code if ent is not None else None


# -- capitals that act (capitals.tsv) ----------------------------------------------------
def test_a_capital_as_subject_is_its_government():
    assert code_of("Washington acusó al gobierno cubano de espionaje.", "Washington") == "USAGOV"


def test_a_capital_the_model_does_not_tag_still_acts():
    assert codes(one("Bogotá rechazó las declaraciones del ministro ecuatoriano.")) == [
        ("120", "COLGOV", "ECUGOV")
    ]


def test_a_capital_as_object_is_the_target():
    assert codes(one("El ministro de Perú acusó a Washington de injerencia.")) == [
        ("112", "PERGOV", "USAGOV")
    ]


def test_guard_a_capital_as_a_place_stays_a_place():
    assert code_of("Miles de personas protestaron en Bogotá contra la reforma.", "Bogotá") is None


def test_guard_a_capital_after_a_motion_verb_stays_a_place():
    assert code_of("El canciller llegó a Caracas el lunes.", "Caracas") is None


def test_guard_a_dateline_in_capitals_is_no_actor():
    doc = one("LIMA, 3 mar (AFP) - Cientos de maestros marcharon hacia el centro.")
    assert all(e.actor_code != "PERGOV" for e in doc.entities)


def test_capitals_table_reads():
    assert capital_codes()[("washington",)] == "USAGOV"
    assert capital_codes()[("ciudad", "de", "panama")] == "PANGOV"


# -- international bodies (aliases.yaml) -------------------------------------------------
def test_the_icrc_is_not_a_colombian_ngo():
    assert (
        code_of(
            "El Comité Internacional de la Cruz Roja pidió a las partes liberar a los rehenes.",
            "Comité Internacional de la Cruz Roja",
        )
        == "NGOHLHIRC"
    )


def test_guard_a_national_red_cross_keeps_its_country():
    assert (
        code_of(
            "La Cruz Roja Colombiana entregó alimentos a los desplazados.", "Cruz Roja Colombiana"
        )
        == "COLNGO"
    )


def test_the_un_rights_office_and_the_world_court():
    assert code_of(
        "La Oficina de Derechos Humanos de la ONU criticó al gobierno chileno.",
        "Oficina de Derechos Humanos de la ONU",
    ).startswith("IGO")
    assert code_of(
        "El gobierno paraguayo pidió a la Corte Internacional de Justicia una opinión.",
        "Corte Internacional de Justicia",
    ).startswith("IGO")


# -- counterparts (counterparts.tsv) -----------------------------------------------------
def test_a_counterpart_with_a_demonym_is_that_government():
    assert codes(
        one("El presidente peruano criticó a su homólogo chileno por sus declaraciones.")
    ) == [("111", "PERGOV", "CHLGOV")]


def test_guard_a_counterpart_alone_is_not_the_speakers_own_country():
    assert codes(one("El presidente peruano criticó a su homólogo por sus declaraciones.")) == [
        ("111", "PERGOV", None)
    ]


# -- "ambos países" (pairs.tsv) ----------------------------------------------------------
def test_both_governments_code_one_event_per_country():
    got = codes(one("Perú criticó a Chile. Los dos gobiernos firmaron un acuerdo de pesca."))
    assert ("057", "PER", "CHL") in got and ("057", "CHL", "PER") in got


def test_ministers_of_both_countries_meet_each_other():
    got = codes(
        one(
            "Perú y Chile firmaron un acuerdo comercial. Los cancilleres de ambos "
            "países se reunieron en Lima."
        )
    )
    assert ("040", "PER", "CHL") in got and ("040", "CHL", "PER") in got


def test_guard_a_pair_with_no_earlier_countries_names_nobody():
    doc = one("Ambos países firmaron un acuerdo de pesca.")
    assert all(e.attributes.get("refers_to") is None for e in doc.entities)


def test_guard_two_countries_without_article_is_no_pair():
    got = codes(one("Perú criticó a Chile. Dos países vecinos firmaron un acuerdo de pesca."))
    assert ("057", "PER", "CHL") not in got


def test_pair_words_read():
    heads, quants = pair_words()
    assert "pais" in heads and "ambos" in quants


# -- state bodies ------------------------------------------------------------------------
def test_a_congress_with_a_demonym_is_that_legislature():
    assert (
        code_of(
            "El Congreso salvadoreño aprobó una ley contra las pandillas.", "Congreso salvadoreño"
        )
        == "SLVLEG"
    )


def test_a_prosecutor_of_a_state_takes_its_country():
    assert (
        code_of("La Fiscalía de Jalisco abrió una investigación por el robo.", "Fiscalía")
        == "MEXJUD"
    )


def test_a_ministry_name_is_a_government_body():
    got = code_of(
        "El gobierno peruano pidió al Ministerio del Interior reforzar la seguridad.",
        "Ministerio del Interior",
    )
    assert got is not None and got.endswith("GOV")


def test_guard_a_named_rebel_army_keeps_its_code():
    assert (
        code_of(
            "El Ejército de Liberación Nacional atacó una base militar.",
            "Ejército de Liberación Nacional",
        )
        == "COLREB"
    )
