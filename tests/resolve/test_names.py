"""Name forms used by cross-document resolution (watchfloor.resolve.names)."""

from __future__ import annotations

from watchfloor.resolve import names


def test_norm_folds_accents_punctuation_and_us_prefix():
    assert names.norm("Nicolás Maduro") == "nicolas maduro"
    assert names.norm("U.S. Navy") == names.norm("United States Navy")
    assert names.norm("Cártel de Jalisco-Nueva Generación") == "cartel de jalisco nueva generacion"


def test_person_match_kinds():
    assert names.person_match("Nicolás Maduro", "Nicolas Maduro") == "same"
    assert names.person_match("Nicolás Maduro", "Nicolás Maduro Moros") == "contained"
    assert names.person_match("Donald Trump", "Donald J. Trump") == "contained"
    assert names.person_match("Maduro", "Nicolás Maduro") == "surname"
    assert names.person_match("Delcy Rodríguez", "Jorge Rodríguez") is None
    assert names.person_match("Nicolás", "Nicolás Maduro") is None  # a first name alone


def test_keys_block_surnames_and_acronyms():
    assert "t:maduro" in names.keys("Maduro", "person")
    assert "t:maduro" in names.keys("Nicolás Maduro", "person")
    assert "a:dea" in names.keys("Drug Enforcement Administration", "organization")
    assert "a:dea" in names.keys("DEA", "organization")
    assert "n:drug enforcement administration" in names.keys(
        "U.S. Drug Enforcement Administration", "organization"
    )
    assert not names.keys("Aurora", "location") & names.keys("Aurora", "person") - {"n:aurora"}


def test_short_names_must_end_on_a_surname():
    assert names.person_match("Juan Diego", "Juan Diego Giraldo Usuga") is None
    assert names.person_match("Juan Diego Usuga", "Juan Diego Giraldo Usuga") == "contained"
    assert names.person_match("Diego", "Juan Diego Giraldo Usuga") is None
