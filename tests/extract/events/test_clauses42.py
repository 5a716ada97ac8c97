"""Parties named in another clause of the sentence (issue 12, clauses42): the target of a
protest act read from its purpose clause ("marched to protest against the government's
plans"), and a "he" / "she" reporting for the singular subject of the speaking verb above
it when no named person fits ("the Egyptian president said he would meet ..."). Sentences
written for these tests; each reading has guards that keep a side empty where the clause
names no party, or keep the existing reading."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _sides(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code, e.target_code) for e in events(text, trigger)}


def _targets(text: str, trigger: str) -> set[str | None]:
    return {t for _, t in _sides(text, trigger)}


# -- a protest act's purpose clause ------------------------------------------------------------
def test_march_to_protest_against_a_governments_plans() -> None:
    text = (
        "Thousands of farmers marched through the capital to protest the Bolivian "
        "government's new tax plans."
    )
    assert _targets(text, "marched") == {"BOLGOV"}


def test_strike_to_protest_the_refusal_of_officials() -> None:
    text = (
        "Dock workers struck for two days to protest the refusal of Chilean officials to "
        "raise wages."
    )
    assert _targets(text, "struck") == {"CHLGOV"}


def test_strike_to_press_a_ministry() -> None:
    text = "Teachers struck on Monday to press the Peruvian government to raise their pay."
    assert _targets(text, "struck") == {"PERGOV"}


def test_protested_thing_naming_no_party_gives_no_target() -> None:
    # guard: "the price cuts" names no one
    text = "Farmers marched through the capital to protest the price cuts."
    assert _targets(text, "marched") == {None}


def test_victims_of_a_protested_harm_are_no_target() -> None:
    # guard: the migrants suffer the violence protested; they are not opposed
    text = "Workers struck for a day to protest violence against Haitian migrants."
    assert "HTICVL" not in _targets(text, "struck")


def test_a_purpose_that_is_no_protest_gives_no_target() -> None:
    # guard: "to buy" is no protest purpose; the sellers are not the march's target
    text = "Farmers marched to the market to buy seed from Bolivian government stores."
    assert "BOLGOV" not in _targets(text, "marched")


def test_an_act_with_its_own_target_keeps_it() -> None:
    # guard: the "in protest at" reading and an own object stay first
    text = (
        "Dock workers struck for two days in protest at the Spanish government's plans to "
        "privatise ports."
    )
    assert _targets(text, "struck") == {"ESPGOV"}


# -- "he" / "she" reporting for the speaking subject --------------------------------------------
def test_he_in_a_reported_clause_is_the_unnamed_speaker() -> None:
    text = "The Egyptian president said he would meet the Israeli prime minister next week."
    assert _sides(text, "meet") == {("EGYGOV", "ISRGOV")}


def test_she_after_a_told_clause_is_the_speaker() -> None:
    text = "The Peruvian foreign minister told reporters she would expel two Chilean diplomats."
    assert _sides(text, "expel") == {("PERGOV", "CHLGOV")}


def test_a_named_person_fitting_the_pronoun_goes_first() -> None:
    # guard: the existing reading through a named, coded person is kept
    text = "Egyptian President Hosni Mubarak said he would meet the Israeli prime minister."
    assert _sides(text, "meet") == {("EGYGOV", "ISRGOV")}


def test_a_place_subject_is_no_speaker_for_he() -> None:
    # guard: a country does not speak as "he"
    text = "Egypt said he would meet the Israeli prime minister next week."
    assert ("EGY", "ISRGOV") not in _sides(text, "meet")


def test_a_pronoun_object_of_the_reported_clause_is_not_the_speaker() -> None:
    # guard: only the reported clause's subject stands for the speaker
    text = "The Egyptian president said the Israeli army had arrested him."
    assert ("ISRMIL", "EGYGOV") not in _sides(text, "arrested")
