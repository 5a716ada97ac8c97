"""precision32 of the actor-code rules (issue 11, rounds 46/47): a hyphenated modifier reads
as one word of a role phrase ("self-defense forces" are vigilantes, not the army), and a
state role noun said of a non-state armed group ("paramilitary groups were the main
forces") is that group, not the state's army. Sentences written for these tests; each rule
has a guard."""

from __future__ import annotations

from tests.extract.actors.test_codes import _codes, _extract

MEXICO = ("Violence has grown in the state of Guerrero, Mexico, this year. In Chilpancingo, "
          "the state capital, shops closed after a wave of extortion across Mexico. ")
NICARAGUA = ("Protests spread across Nicaragua in April. In Managua, Nicaragua's capital, "
             "students occupied the university. ")


def test_hyphenated_self_defense_forces_are_not_the_military():
    codes = _codes(_extract(MEXICO + "The governor legalized the self-defense forces that "
                            "farmers formed in the mountains of Mexico."))
    assert "MEXMIL" not in codes.values()


def test_guard_special_forces_stay_the_military():
    codes = _codes(_extract(MEXICO + "The governor asked for special forces to patrol the "
                            "mountains of Mexico."))
    assert "MEXMIL" in codes.values()


def test_guard_a_hyphenated_police_modifier_stays_police():
    codes = _codes(_extract(MEXICO + "Anti-kidnapping police freed two shopkeepers in "
                            "Chilpancingo on Sunday."))
    assert "MEXCOP" in codes.values()


def test_forces_said_of_paramilitary_groups_are_not_the_army():
    codes = _codes(_extract(NICARAGUA + "Paramilitary groups working with the police were "
                            "thought to be the main forces behind the killings of protesters "
                            "in Nicaragua."))
    assert "NICMIL" not in codes.values()
    assert codes.get("Nicaragua police") == "NICCOP"  # the police they worked with stay


def test_guard_forces_that_fire_on_students_stay_the_army():
    codes = _codes(_extract(NICARAGUA + "Witnesses said the forces fired at the students "
                            "near the church in Nicaragua."))
    assert "NICMIL" in codes.values()


def test_guard_forces_said_of_the_police_keep_a_state_code():
    codes = _codes(_extract(NICARAGUA + "The police were thought to be the main forces "
                            "behind the killings of protesters in Nicaragua."))
    assert "NICMIL" in codes.values()
