"""precision32 of the actor-code rules (issue 11, rounds 46/47): a hyphenated modifier reads
as one word of a role phrase ("self-defense forces" are vigilantes, not the army), and a
state role noun said of a non-state armed group ("paramilitary groups were the main
forces") is that group, not the state's army. Sentences written for these tests; each rule
has a guard."""

from __future__ import annotations

from types import SimpleNamespace

from tests.extract.actors.test_codes import _codes, _extract
from watchfloor.extract.actors.person_sectors import _ends_another

MEXICO = (
    "Violence has grown in the state of Guerrero, Mexico, this year. In Chilpancingo, "
    "the state capital, shops closed after a wave of extortion across Mexico. "
)
NICARAGUA = (
    "Protests spread across Nicaragua in April. In Managua, Nicaragua's capital, "
    "students occupied the university. "
)


def test_hyphenated_self_defense_forces_are_not_the_military():
    codes = _codes(
        _extract(
            MEXICO + "The governor legalized the self-defense forces that "
            "farmers formed in the mountains of Mexico."
        )
    )
    assert "MEXMIL" not in codes.values()


def test_guard_special_forces_stay_the_military():
    codes = _codes(
        _extract(
            MEXICO + "The governor asked for special forces to patrol the mountains of Mexico."
        )
    )
    assert "MEXMIL" in codes.values()


def test_guard_a_hyphenated_police_modifier_stays_police():
    codes = _codes(
        _extract(MEXICO + "Anti-kidnapping police freed two shopkeepers in Chilpancingo on Sunday.")
    )
    assert "MEXCOP" in codes.values()


def test_forces_said_of_paramilitary_groups_are_not_the_army():
    codes = _codes(
        _extract(
            NICARAGUA + "Paramilitary groups working with the police were "
            "thought to be the main forces behind the killings of protesters "
            "in Nicaragua."
        )
    )
    assert "NICMIL" not in codes.values()
    assert codes.get("Nicaragua police") == "NICCOP"  # the police they worked with stay


def test_guard_forces_that_fire_on_students_stay_the_army():
    codes = _codes(
        _extract(
            NICARAGUA + "Witnesses said the forces fired at the students "
            "near the church in Nicaragua."
        )
    )
    assert "NICMIL" in codes.values()


def test_guard_forces_said_of_the_police_keep_a_state_code():
    codes = _codes(
        _extract(
            NICARAGUA + "The police were thought to be the main forces "
            "behind the killings of protesters in Nicaragua."
        )
    )
    assert "NICMIL" in codes.values()


# -- "chamber of" a trade is a business association --------------------------------------
def test_a_chamber_of_exporters_is_a_business_body_not_a_legislature():
    codes = _codes(
        _extract(
            NICARAGUA + "Nicaragua's chamber of meat exporters said cattle "
            "theft cost the state millions. The chamber asked the government "
            "for help."
        )
    )
    assert "NICBUS" in codes.values()
    assert "NICLEG" not in codes.values()


def test_guard_the_chamber_of_deputies_stays_the_legislature():
    codes = _codes(
        _extract(
            NICARAGUA + "The chamber of deputies debated a law on cattle "
            "theft. The chamber voted on Tuesday."
        )
    )
    assert "NICLEG" in codes.values()


# -- a name that ends two people's names ---------------------------------------------------
SINALOA = "Drug killings rose in Sinaloa, Mexico, this spring. "


def test_a_surname_pair_two_brothers_share_takes_no_story_country():
    doc = _extract(
        SINALOA + "Prosecutors in Texas charged Ismael Zambada Garcia and his "
        "brother Jesus Zambada Garcia. Zambada Garcia could face a life sentence."
    )
    assert _codes(doc).get("Zambada Garcia") is None


def test_guard_one_persons_surname_pair_still_joins_the_full_name():
    doc = _extract(
        "Floods hit Oaxaca, Mexico, this week. Rescuers in Oaxaca worked through "
        "the night near Juchitan, Mexico. Carlos Ruiz Gomez lost his house. "
        "Ruiz Gomez said the water rose in minutes."
    )
    assert _codes(doc).get("Carlos Ruiz Gomez") == "MEX"


# -- "Inter-American" before a name broken at a line end -----------------------------------
def test_inter_american_before_a_broken_bank_name_gives_no_us_code():
    codes = _codes(
        _extract(
            "Ecuador asked for help after the quake. The World Bank and the "
            "Inter-American\nDevelopment Bank have sent missions to assess "
            "the needs of Ecuador."
        )
    )
    assert codes.get("Development Bank") != "USADEV"


def test_guard_a_demonym_before_a_broken_bank_name_still_gives_its_country():
    codes = _codes(
        _extract(
            "Exports rose in Mexico this year. Officials of the Mexican\n"
            "Development Bank said loans to farmers in Mexico doubled."
        )
    )
    assert codes.get("Development Bank") == "MEXDEV"


def test_guard_the_legislative_chambers_of_a_government_stay_the_legislature():
    codes = _codes(
        _extract(
            "Auditors in Washington criticised border agents in the United "
            "States. They wrote to both legislative chambers of the US "
            "government about the agents' training."
        )
    )
    assert "USALEG" in codes.values()


def test_guard_one_mans_two_spellings_do_not_block_his_surname_pair():
    people = {
        n: [SimpleNamespace(name=n)]
        for n in ("Jose Salazar Umana", "Jose Adan Salazar Umana", "Salazar Umana")
    }
    pair = people["Salazar Umana"][0]
    assert not _ends_another(pair, people, lambda r: r.name)
    people["Ana Salazar Umana"] = [SimpleNamespace(name="Ana Salazar Umana")]
    assert _ends_another(pair, people, lambda r: r.name)  # two first names: two people
