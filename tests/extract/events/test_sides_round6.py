"""Sides round 6: who did it when the sentence names the doer only through a
responsibility predicate, a fight the patient took part in, a coordinated owner, a
misplaced passive agent, a possessive pronoun for a group's members or a demonym noun;
and which phrases are not a side (a passive's destination, a cleft's cause).
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import event, events, parse

# -- responsibility predicates --------------------------------------------------------


def test_responsible_for_names_the_doer_of_the_event_noun():
    ev = event("The Zetas were responsible for attacks on civilians in Morelia.", "attacks")
    assert ev.source_code == "MEXCRM"
    assert ev.target_code == "MEXCVL"


def test_behind_names_the_doer():
    ev = event(
        "Police said the gang, which was behind the kidnapping of a Honduran "
        "lawyer, had dissolved.",
        "kidnapping",
    )
    assert ev.source_code == "CRM"


def test_claimed_responsibility_for_names_the_doer():
    ev = event(
        "The FARC claimed responsibility for the bombing of a police station in Cali.", "bombing"
    )
    assert ev.source_code == "COLREB"
    assert ev.target_code == "COLCOP"


def test_the_group_responsible_for_a_massacre_did_it():
    ev = event(
        "Prosecutors charged the Sinaloa Cartel gunmen responsible for the massacre of 14 farmers.",
        "massacre",
    )
    assert ev.source_code is not None and ev.source_code.startswith("MEX")


def test_a_cleft_names_a_cause_not_a_doer():
    ev = event(
        "It is poverty rather than a desire for peace that is behind the release of the prisoners.",
        "release",
    )
    assert ev.source_code is None


# -- fights a clause's subject took part in -------------------------------------------


def test_soldiers_who_died_in_clashes_fought_the_rebels():
    ev = event("Two soldiers died in clashes with FARC rebels in Cauca.", "clashes")
    assert ev.source_code is not None and ev.source_code.endswith("MIL")
    assert ev.target_code == "COLREB"


def test_a_leader_killed_in_a_shootout_took_part_in_it():
    ev = event(
        "A gang leader was killed in a shootout with Mexican police in Michoacan.", "shootout"
    )
    assert ev.source_code == "CRM"
    assert ev.target_code == "MEXCOP"
    killed = event(
        "A gang leader was killed in a shootout with Mexican police in Michoacan.", "killed"
    )
    assert (killed.source_code, killed.target_code) == ("MEXCOP", "CRM")


def test_a_raid_the_patient_died_in_is_not_his_raid():
    evs = events("A trafficker was killed in a raid in Sinaloa.", "raid")
    assert all(e.source_code is None for e in evs)


# -- coordination inside a modifier --------------------------------------------------


def test_a_truce_between_two_coordinated_gang_names_is_two_dyads():
    truce = events("A truce between the MS13 and Barrio 18 gangs began in 2012.", "truce")
    assert len(truce) == 2
    assert all(e.source and e.target and e.source != e.target for e in truce)
    assert {(e.source, e.target) for e in truce} == {
        (truce[0].source, truce[0].target),
        (truce[0].target, truce[0].source),
    }


def test_both_coordinated_groups_are_accused():
    evs = events(
        "Mexico's Zetas and Gulf Cartel crime groups were both accused of the "
        "kidnapping of an engineer.",
        "accused",
    )
    assert len({e.target for e in evs}) == 2


# -- passives ---------------------------------------------------------------------------


def test_a_by_agent_hung_on_the_object_is_the_agent():
    ev = event("Rifles were supplied to the rebels by Venezuela.", "supplied")
    assert ev.source_code == "VEN"
    assert ev.target_code == "REB"


def test_the_destination_of_an_extradited_person_is_no_side():
    evs = events("He was extradited to the United States in March.", "extradited")
    assert all(e.source_code != "USA" and e.target_code != "USA" for e in evs)


def test_the_agent_of_a_passive_arrest_stays_the_source():
    ev = event("The ELN leader was captured by Colombian soldiers in Arauca.", "captured")
    assert (ev.source_code, ev.target_code) == ("COLMIL", "COLREB")


# -- members of a group, nationals -------------------------------------------------------


def test_its_members_are_the_group_named_before():
    ev = event(
        "Spanish police raided the Cali Cartel network and arrested dozens of its members.",
        "arrested",
    )
    assert ev.target_code == "COLCRM"


def test_their_gunmen_are_the_group_named_before():
    ev = event(
        "The Zetas lost many of their leaders. Marines killed two of their gunmen in Tamaulipas.",
        "killed",
    )
    assert ev.target_code == "MEXCRM"


def test_his_brother_is_still_not_the_possessor():
    ev = event("Police arrested Joaquin Guzman's brother in Culiacan.", "arrested")
    assert ev.target is None or "guzm" not in ev.target.lower()


def test_a_demonym_noun_names_nationals_of_that_country():
    evs = events("Police in Lima arrested a Peruvian woman and 16 Colombians.", "arrested")
    assert {e.target_code for e in evs} == {"PERCVL", "COL"}


def test_a_demonym_adjective_keeps_its_role():
    ev = event("Colombian police arrested two Venezuelan soldiers.", "arrested")
    assert (ev.source_code, ev.target_code) == ("COLCOP", "VENMIL")


def test_their_boss_is_the_clause_subjects_group_not_one_named_before():
    evs = events(
        "Police are investigating whether the Zetas did it, or the Leones did it "
        "as retaliation for their boss' murder.",
        "murder",
    )
    assert all(e.target_code != "MEXCRM" for e in evs)


def test_an_adjective_read_as_a_noun_is_no_nationals():
    evs = events("Algerian and Spanish producers have agreed to apply a minimum price.", "agreed")
    assert all(e.source_code != "DZA" for e in evs)


def test_the_second_participle_of_a_reduced_passive_keeps_the_noun_as_patient():
    evs = events(
        "The film tells the story of a young Mexican wrongfully sentenced and "
        "imprisoned for murder.",
        "imprisoned",
    )
    assert all(e.source_code is None for e in evs)


# -- aliases ------------------------------------------------------------------------------


def test_an_alias_names_the_coded_person_before_it():
    ev = event(
        'Prosecutors named Sinaloa Cartel leader Jose Luis Perez, alias "El Gordo," '
        "who was arrested by Honduran police last year.",
        "arrested",
    )
    assert (ev.source_code, ev.target_code) == ("HNDCOP", "MEXCRM")


def test_a_nickname_without_alias_link_is_not_merged():
    ev = event(
        'Honduran police arrested a man called "El Gordo" near a Sinaloa Cartel safe house.',
        "arrested",
    )
    assert ev.target_code != "MEXCRM"


def test_which_never_stands_for_a_person():
    evs = events(
        'Soldiers found the laptop of FARC commander Jorge Briceno, alias "Mono '
        'Jojoy," which was seized after the raid.',
        "seized",
    )
    assert all(e.target_code != "COLREB" or e.target is None for e in evs)


def test_who_died_in_a_shootout_fought_in_it():
    ev = event(
        "After the death of ELN commander Pablo Beltran in a shootout with Colombian "
        "soldiers, the group split.",
        "shootout",
    )
    assert (ev.source_code, ev.target_code) == ("COLREB", "COLMIL")


def test_an_arrest_in_a_clash_was_made_by_the_other_side():
    ev = event(
        "The arrest of a Gulf Cartel leader in a clash with Mexican marines weakened the group.",
        "arrest",
    )
    assert (ev.source_code, ev.target_code) == ("MEXMIL", "MEXCRM")


def test_an_arrest_in_a_town_has_no_source():
    ev = event("The arrest of the mayor in Reynosa surprised residents.", "arrest")
    assert ev.source_code is None


def test_a_claim_alone_is_not_coded_as_the_act():
    doc = parse("The ELN claimed responsibility for the attack.")[0]
    assert [e.code for e in doc.events] == ["015"]


def test_an_accusation_that_someone_was_behind_an_act_names_no_doer():
    evs = events(
        "Venezuela rejected accusations that the ELN was behind the attack on a Colombian patrol.",
        "attack",
    )
    assert all(e.source_code is None for e in evs)
