"""The other side as a common noun (issue 11; objects47): the victims of violence named
by age, sex, kin or what they were doing are civilians (CVL, with the country of the
sentence's place), and a few role nouns PETRARCH2's agents lack code their role. Guards:
people arrested stay uncoded, "men" killed in a shootout with soldiers are no victims
named, "his men" are a group's members. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _sides(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code or None, e.target_code or None) for e in events(text, trigger)}


def test_men_killed_by_gunmen_are_civilians_of_the_sentence_place():
    assert _sides("Gunmen killed two men in Acapulco, Mexico, on Sunday.", "killed") == {
        ("UAF", "MEXCVL")
    }


def test_drivers_shot_by_hitmen_are_civilians():
    pairs = _sides("Hitmen shot two bus drivers in San Pedro Sula, Honduras.", "shot")
    assert ("CRM", "HNDCVL") in pairs


def test_a_teenager_shot_by_soldiers_is_a_civilian():
    pairs = _sides("Soldiers shot a teenager in Caracas, Venezuela, on Friday.", "shot")
    assert {t for _, t in pairs} == {"VENCVL"}


def test_the_murder_of_his_son_has_a_civilian_victim():
    pairs = _sides("Gunmen carried out the murder of his son in Culiacan.", "murder")
    assert any(t and t.endswith("CVL") for _, t in pairs)


def test_men_arrested_are_no_civilians():
    # guard: suspects are no civilians (judging criteria); an arrest is no violence
    pairs = _sides("Police arrested two men in Lima, Peru, on Monday.", "arrested")
    assert all(t is None for _, t in pairs)


def test_men_killed_by_soldiers_in_a_shootout_are_not_named_civilians():
    # guard: the men soldiers kill in a shootout (19x) are mostly the other side's gunmen
    pairs = _sides("Soldiers killed two men in a shootout in Sinaloa, Mexico.", "killed")
    assert all(t is None or "CVL" not in t for _, t in pairs)


def test_a_groups_men_are_no_victims_named_by_sex_alone():
    pairs = _sides("The gang killed two of his men in Tijuana, Mexico.", "killed")
    assert all(t is None or "CVL" not in t for _, t in pairs)


def test_shooters_and_microtraffickers_are_criminals():
    assert ("CRM", "HNDBUS") in _sides(
        "Unknown shooters killed a trader in Tegucigalpa, Honduras, on Friday.", "killed"
    )
    pairs = _sides("Police arrested 13 presumed microtraffickers in Medellin.", "arrested")
    assert {t for _, t in pairs} == {"CRM"}


def test_a_victim_described_by_an_apposition_is_left_to_it():
    # guard: "his son-in-law, a deputy for the ruling party" is a legislator, no civilian
    pairs = _sides(
        "Gunmen killed his son-in-law, a deputy for the ruling party, in Veracruz, Mexico.",
        "killed",
    )
    assert all(t is None or "CVL" not in t for _, t in pairs)
