"""Re-casing Spanish sentences written in capitals (extract/spanish/casing.py; our sentences)."""

from __future__ import annotations

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
