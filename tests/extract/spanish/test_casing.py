"""Re-casing Spanish sentences written in capitals (extract/spanish/casing.py; our sentences)."""

from __future__ import annotations

from tests.extract.spanish.helpers import one
from watchfloor.extract.spanish.casing import recase, shouting
from watchfloor.extract.spanish.gazetteer import spanish_gazetteer


def test_shouting_needs_enough_capital_letters():
    assert shouting("MILITARES TOMAN EL CONTROL DE LA FRONTERA")
    assert not shouting("La ONU y la OEA piden calma en la frontera.")
    assert not shouting("ELN ATACA")  # too short to tell


def test_recase_keeps_length_acronyms_and_names():
    text = "LA ONU CONDENA ATAQUE DEL ELN EN COLOMBIA"
    out = recase(text, spanish_gazetteer())
    assert len(out) == len(text)
    assert out.startswith("La ONU condena ataque del ELN en ")
    assert out.endswith("Colombia")


def test_a_headline_opening_with_an_event_noun_codes_it():
    # fourth pass: the opening word is written in lower case when it is an event noun of
    # our lexicon, so the parser does not read "Amenaza" or "Huelga" as a name
    doc = one("HUELGA DE MAESTROS PARALIZA LAS ESCUELAS DE CALI")
    assert any(
        e.trigger.text == "HUELGA" and e.code == "143" and e.source_code == "EDU"
        for e in doc.events
    )
    doc = one("AMENAZA DE PARO EN LAS MINAS DE CARBON DEL CESAR")
    assert any(e.trigger.text == "AMENAZA" and e.root == "13" for e in doc.events)
    # a name opening the headline keeps its capital
    doc = one("BOGOTA AMANECE CON PROTESTAS DE LOS TRANSPORTADORES")
    assert all(e.trigger.text != "BOGOTA" for e in doc.events)
