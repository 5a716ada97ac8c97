"""Spanish events: verbs to CAMEO, arguments from the UD parse, modality (our sentences)."""

from __future__ import annotations

import pytest

from tests.extract.spanish.helpers import codes, one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Guerrilleros de las FARC amenazaron de muerte a los candidatos del Cauca.",
            ("138", "COLREB", None),
        ),
        ("El ELN secuestró a dos soldados colombianos en Arauca.", ("181", "COLREB", "COLMIL")),
        (
            "La policía colombiana capturó a un cabecilla del Clan del Golfo.",
            ("173", "COLCOP", "COLCRM"),
        ),
        (
            "Estados Unidos acusó al Cártel de los Soles de traficar cocaína.",
            ("112", "USA", "VENCRM"),
        ),
        (
            "El Ejército Nacional de Colombia atacó un campamento del ELN.",
            ("180", "COLMIL", "COLREB"),
        ),
        (
            "La Fiscalía General de la Nación denunció al Clan del Golfo.",
            ("111", "COLJUD", "COLCRM"),
        ),
        ("El Gobierno de Colombia negoció con el ELN en Caracas.", ("046", "COLGOV", "COLREB")),
    ],
)
def test_verb_codes_and_dyads(text, expected):
    doc = one(text)
    found = codes(doc)
    code, src, tgt = expected
    assert any(c == code and s == src and (tgt is None or t == tgt) for c, s, t in found), found


def test_passive_with_ser_swaps_source_and_target():
    doc = one("Dos soldados colombianos fueron secuestrados por el ELN en Arauca.")
    ev = next(e for e in doc.events if e.code == "181")
    assert (ev.source_code, ev.target_code) == ("COLREB", "COLMIL")


def test_negation():
    ev = one("El ELN no secuestró a los soldados colombianos.").events[0]
    assert ev.negated and not ev.hypothetical


def test_condicional_de_rumor_is_alleged_not_hypothetical():
    ev = next(
        e
        for e in one("El ELN habría secuestrado a dos soldados colombianos.").events
        if e.code == "181"
    )
    assert ev.alleged and not ev.hypothetical


def test_simple_conditional_is_hypothetical():
    ev = next(
        e
        for e in one("El Ejército colombiano atacaría al ELN si no libera a los rehenes.").events
        if e.code == "180"
    )
    assert ev.hypothetical and not ev.alleged


def test_presuntamente_is_alleged():
    ev = next(
        e
        for e in one("El ELN presuntamente secuestró a un soldado colombiano.").events
        if e.code == "181"
    )
    assert ev.alleged


def test_future_tense_and_ir_a():
    a = one("La policía colombiana va a capturar a los jefes del Tren de Aragua.").events
    b = one("La policía colombiana capturará a los jefes del Tren de Aragua.").events
    assert any(e.code == "173" and e.future for e in a)
    assert any(e.code == "173" and e.future for e in b)


def test_amenaza_con_makes_the_threatened_act_hypothetical():
    doc = one("Las FARC amenazaron con atacar a la policía colombiana.")
    threat = next(e for e in doc.events if e.root == "13")
    attack = next(e for e in doc.events if e.code == "180")
    assert not threat.hypothetical
    assert attack.hypothetical and attack.source_code == "COLREB"


def test_reporting_verbs_are_not_events_but_carry_the_speaker():
    doc = one("El ELN secuestró a dos soldados colombianos, informó el Ejército colombiano.")
    assert [e.code for e in doc.events] == ["181"]
    assert doc.events[0].attributed_to is not None


def test_event_without_actors_is_kept_only_for_our_own_lexicon():
    # "atacar" is in verbs_es.yaml: the attack is coded with no actors, at low confidence
    (ev,) = one("Alguien atacó algo ayer por la tarde.").events
    assert ev.code == "180" and ev.source is None and ev.target is None
    assert ev.extra["actorless"] and ev.confidence < 0.5
    # "esperar" is only in UniversalPetrarch's broad list: no actor, no event
    assert one("Alguien esperó algo ayer por la tarde.").events == []


def test_headline_in_capitals_is_recased_before_coding():
    doc = one("HUELGA DE MAESTROS PARALIZA LAS ESCUELAS DE ECUADOR")
    roots = {e.root for e in doc.events}
    assert "14" in roots
    # spans are read from the original text, not from the re-cased copy
    assert all(e.trigger.text.isupper() for e in doc.events)
    assert any(m.text == "ECUADOR" for ent in doc.entities for m in ent.mentions)


def _dated(text: str, published: str):
    from tests.extract.spanish.helpers import stage
    from watchfloor.model import RawDocument
    from watchfloor.normalise import to_document

    doc = to_document(
        RawDocument(
            id="d",
            text=text,
            origin="d",
            fmt="text",
            language="es",
            published=published,
            published_precision="day",
        )
    )
    return next(stage().process([doc])).events


def test_dates_resolve_against_publication():
    # 2026-09-16 is a Wednesday
    ev = _dated("La policía colombiana capturó el lunes a un cabecilla del ELN.", "2026-09-16")[0]
    assert ev.extra["date"]["value"] == "2026-09-14" and ev.extra["date"]["precision"] == "day"
    ev = _dated("El ELN secuestró ayer a dos soldados colombianos.", "2026-09-16")[0]
    assert ev.extra["date"]["value"] == "2026-09-15"
    ev = _dated("El ELN secuestró el 5 de septiembre a dos soldados colombianos.", "2026-09-16")[0]
    assert ev.extra["date"]["value"] == "2026-09-05"
    assert ev.extra["date"]["text"] == "5 de septiembre"
    ev = _dated("Las FARC atacaron a la policía colombiana en 2019.", "2026-09-16")[0]
    assert ev.extra["date"] == {
        "value": "2019-01-01",
        "precision": "year",
        "text": "en 2019",
        "start": ev.extra["date"]["start"],
        "end": ev.extra["date"]["end"],
    }
    assert _dated("El ELN secuestró a dos soldados colombianos.", "2026-09-16")[0].extra[
        "date"
    ] == {"value": None, "precision": "unknown"}


def test_inverted_report_verb_is_a_claim_not_an_event():
    doc = one(
        "Hombres armados asesinaron a un líder social en Tumaco, informó la Defensoría del Pueblo."
    )
    assert [e.code for e in doc.events] == ["186"]
    assert doc.claims[0].cue.text == "informó"


def test_inverted_denunciation_is_a_claim_and_accuses_the_doer():
    # es43: "…, denunció X" after a hostile act is also X's accusation of its doer (as
    # "denunció que …" is); the claim is kept
    doc = one(
        "Hombres armados asesinaron a un líder social en Tumaco, denunció la Defensoría del Pueblo."
    )
    assert [e.code for e in doc.events] == ["186", "111"]
    assert doc.events[1].target_code == doc.events[0].source_code == "UAF"
    assert doc.claims[0].cue.text == "denunció"
