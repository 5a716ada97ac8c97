"""Spanish claims: reporting verbs, según, quotes « » and dialogue dashes, hedges."""

from __future__ import annotations

from tests.extract.spanish.helpers import one


def test_reporting_verb_with_que_clause():
    doc = one("El ministro de Defensa afirmó que el ELN reclutó a menores en Arauca.")
    c = doc.claims[0]
    assert c.cue.text == "afirmó"
    assert c.speaker.text == "El ministro de Defensa"
    assert c.content.text == "el ELN reclutó a menores en Arauca"


def test_inverted_report():
    c = one("El ELN no secuestró a los soldados, aseguró el comandante Antonio García.").claims[0]
    assert c.cue.text == "aseguró"
    assert c.content.text == "El ELN no secuestró a los soldados"
    assert "Antonio García" in c.speaker.text


def test_segun_names_the_speaker():
    c = one("Según la Defensoría del Pueblo, el Ejército habría asesinado a tres civiles.").claims[
        0
    ]
    assert c.extra["attribution"] == "according_to"
    assert c.speaker.text == "la Defensoría del Pueblo"
    assert c.content.text.startswith("el Ejército habría asesinado")
    assert [h.text for h in c.hedges] == ["habría"]


def test_guillemets_quote_is_the_content_with_its_hedge():
    c = one(
        "El fiscal dijo que «los detenidos presuntamente pertenecen al Tren de Aragua»."
    ).claims[0]
    assert c.content.text == "los detenidos presuntamente pertenecen al Tren de Aragua"
    assert c.extra["attribution"] == "direct_quote"
    assert [h.text for h in c.hedges] == ["presuntamente"]


def test_dialogue_dash():
    c = one("—Vamos a liberar a los rehenes —dijo el comandante del ELN.").claims[0]
    assert c.content.text == "Vamos a liberar a los rehenes"
    assert c.cue.text == "dijo"


def test_supuestamente_and_al_parecer_are_hedges():
    c = one(
        "La Policía informó que al parecer los sicarios supuestamente huyeron a Cúcuta."
    ).claims[0]
    assert {h.text for h in c.hedges} == {"al parecer", "supuestamente"}
