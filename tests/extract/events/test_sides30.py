"""Sides round 30 (issue 12, sides30): the wrong party taken for a side by mechanism — a
place listed after the first one of a place phrase, the partners of an accord named only
as its coordinated parties, a relative clause's passive conjunct, a pronoun read as the
noun its own relative clause modifies, and the victims named inside the harm a protest
is about. Each rule with a guard where the side must stay as it was. Sentences and names
written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _targets(text: str, trigger: str) -> set[str | None]:
    return {e.target_code or None for e in events(text, trigger)}


def _sources(text: str, trigger: str) -> set[str | None]:
    return {e.source_code or None for e in events(text, trigger)}


def _dyads(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code or None, e.target_code or None) for e in events(text, trigger)}


# -- every place of a place phrase is a place, the last conjunct too ------------------------


def test_last_town_of_a_raid_place_list_is_no_target():
    assert _targets(
        "Federal agents raided four brothels in Yonkers, Queens and Newburgh.", "raided"
    ) == {None}


def test_raided_groups_stay_targets():
    # guard: coordinated groups (not objects of a place preposition) keep their codes
    assert "MEXCRM" in _targets(
        "Police raided homes of the Zetas and the Gulf Cartel in Tamaulipas.", "raided"
    )


def test_countries_listed_after_in_stay_the_states_asked():
    # guard: a listed country stands for its state ("sought support in X, Y and Z")
    assert {"CHE", "ITA"} <= _targets(
        "This week Brazilian ministers have sought official "
        "support in the U.K., France, Germany, Switzerland "
        "and Italy.",
        "sought",
    )


# -- an accord of coordinated parties: each the others' target -------------------------------


def test_ministers_of_several_countries_reaching_an_accord_are_partners():
    dyads = _dyads("Finance ministers of Britain, Canada and France reached the accord.", "accord")
    assert dyads == {("GBRGOV", "CANGOV"), ("GBRGOV", "FRAGOV"), ("CANGOV", "FRAGOV")}


def test_two_countries_reaching_an_agreement_are_each_others_target():
    assert _dyads("Peru and Chile reached an agreement on fishing rights.", "reached") == {
        ("PER", "CHL"),
        ("CHL", "PER"),
    }


def test_parties_of_another_act_after_a_meeting_are_not_partners():
    # guard: "after the meeting, X, Y and Z released a document": they did not meet each
    # other (the meeting was with someone the sentence does not name)
    assert _targets(
        "After the meeting, Colombian NGOs, farmers and a Bogota school "
        "released a document demanding talks with the police.",
        "meeting",
    ) == {None}


def test_a_joint_pledge_has_no_partner():
    # guard: "X and Y pledged to fight crime" is no act on each other (03x)
    assert _targets("Peru and Chile pledged to fight drug trafficking.", "pledged") == {None}


# -- a relative clause's passive shared by its conjunct --------------------------------------


def test_accused_after_was_arrested_in_a_relative_clause_is_the_patient():
    found = events(
        "The scandal touched Colombian Senator Juan Perez, who was arrested last "
        "year and accused of several murders.",
        "accused",
    )
    assert {(e.source_code or None, e.target_code) for e in found} == {(None, "COLLEG")}


def test_accusing_with_an_object_of_its_own_stays_active():
    # guard: "was detained and accused the police": the police are the accused
    assert _targets(
        "The mayor was detained in May and accused the police of torture.", "accused"
    ) == {"COP"}


# -- a pronoun is not the noun its relative clause modifies ----------------------------------


def test_they_in_a_relative_clause_is_not_its_own_antecedent():
    # the vigilantes (uncoded) accuse the authorities: not the authorities themselves
    sources = _sources(
        "The vigilantes in Michoacan have been fighting both the Knights "
        "Templar drug cartel and state authorities, who they accuse of "
        "corruption.",
        "accuse",
    )
    assert sources == {None}


def test_they_in_a_relative_clause_is_the_main_subject():
    # guard (so before too): the accusing Zetas, not the police "who" stands for
    assert _sources("The Zetas attacked the police, who they accuse of corruption.", "accuse") == {
        "MEXCRM"
    }


def test_them_in_a_relative_clause_keeps_its_reading():
    # guard: "the cartel, which held them hostage": "them" (unnamed migrants) is not the
    # officials named before
    assert _targets(
        "Migrants accused Mexican immigration officials of handing them to the "
        "Gulf Cartel, which held them hostage.",
        "held",
    ) <= {None, "CVL"}


def test_they_of_a_following_sentence_still_looks_back():
    # guard: outside a relative clause "they" keeps the nearest group named before
    assert _sources(
        "The Zetas attacked the police in Veracruz. They accused the officers of corruption.",
        "accused",
    ) == {"MEXCRM"}


# -- the victims of the harm a protest is about are not its target ---------------------------


def test_migrants_of_violence_protested_are_not_the_target():
    assert _targets(
        "A Guatemalan teenager, part of a peace march to protest violence "
        "against migrants, was lynched in Mexico.",
        "protest",
    ) == {None}


def test_reporters_of_attacks_protested_are_not_the_target():
    assert "MED" not in _targets(
        "Journalists protested attacks on reporters by the police.", "protested"
    )


def test_attacks_launched_against_an_army_keep_it():
    # guard: an act doing the harm is no stance on it
    assert _targets("The rebels launched attacks against the Colombian army.", "attacks") == {
        "COLMIL"
    }


def test_a_protest_against_a_government_keeps_it():
    # guard: the protest's own "against" is its target
    assert _targets(
        "Colombian farmers protested against the government in Bogota.", "protested"
    ) == {"COLGOV"}
