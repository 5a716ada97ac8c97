"""Spanish events, fourth pass: CAMEO conventions for the end of a protest, announced
cooperation and seizures (issue 17; sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.extract.spanish.helpers import codes, one


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Los maestros suspendieron la huelga el lunes.", "EDU"),
        ("Los estudiantes pusieron fin a la huelga de hambre tras dos semanas.", "EDU"),
        ("Los campesinos levantaron el bloqueo de la vía Panamericana.", "AGR"),
        ("La marcha de los indígenas terminó sin incidentes en Popayán.", None),
        # tenth pass: a place in the clause gives the students its country
        ("Los estudiantes pusieron fin a tres semanas de paro en Tunja.", "COLEDU"),
    ],
)
def test_ending_a_protest_is_end_dissent(text, source):
    found = codes(one(text))
    assert [c for c, _, _ in found] == ["082"], found
    assert source is None or found[0][1] == source, found


def test_the_police_ending_a_protest_is_no_end_of_dissent():
    found = codes(one("La policía colombiana puso fin a la marcha de los camioneros."))
    assert "082" not in [c for c, _, _ in found], found
    assert ("141", "COLCOP", None) not in found  # nor did the police march


def test_starting_a_protest_is_still_a_protest():
    found = codes(one("Los maestros iniciaron una huelga indefinida en Cali."))
    assert [(c, s) for c, s, _ in found] == [("143", "EDU")]


def test_announced_cooperation_is_the_intent_to_cooperate():
    future = one("El ministro colombiano se reunirá el martes con los alcaldes del Cauca.")
    past = one("El ministro colombiano se reunió el martes con los alcaldes del Cauca.")
    assert [e.code for e in future.events] == ["036"]
    assert future.events[0].future
    assert [e.code for e in past.events] == ["040"]
    going = one("El Gobierno colombiano va a negociar con el ELN en Caracas.")
    assert [(c, s, t) for c, s, t in codes(going)] == [("036", "COLGOV", "COLREB")]


def test_announced_conflict_keeps_its_code():
    # only cooperation becomes an intent; an announced capture stays a capture (future)
    doc = one("La policía colombiana capturará a los jefes del Tren de Aragua.")
    assert any(e.code == "173" and e.future for e in doc.events)


def test_seizing_goods_and_taking_a_town():
    found = codes(one("Los rebeldes se apoderaron de dos fusiles y de la radio del cuartel."))
    assert ("1711", "REB", None) in found
    found = codes(one("Los paramilitares se apoderaron del pueblo durante la noche."))
    assert [c for c, _, _ in found] == ["192"]


def test_a_threatened_strike_is_a_threat_not_a_strike():
    doc = one("El sindicato de petroleros amenazó con una huelga indefinida en Barrancabermeja.")
    threat = next(e for e in doc.events if e.root == "13")
    assert threat.code == "133"  # threaten with political dissent
    strike = next(e for e in doc.events if e.code == "143")
    assert strike.hypothetical and not strike.negated
    assert [
        e.code
        for e in one("La amenaza de paro de los camioneros preocupa en Bogotá.").events
        if e.root == "13"
    ] == ["133"]
    # held, not threatened: asserted
    held = one("El sindicato de petroleros inició una huelga indefinida en Barrancabermeja.")
    assert [(e.code, e.hypothetical) for e in held.events] == [("143", False)]


def test_ready_to_negotiate_is_the_intent_to_negotiate():
    found = codes(one("El ELN se declaró dispuesto a negociar con el Gobierno colombiano."))
    assert found == [("036", "COLREB", "COLGOV")]
    found = codes(one("Las FARC están listas para dialogar con el Gobierno colombiano."))
    assert found == [("036", "COLREB", "COLGOV")]
