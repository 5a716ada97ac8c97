"""Targets round 33 (issue 12, targets33): sides the argument rules left empty or swapped
where the sentence names the party — whom an inquiry's open question is about
("investigating whether X ..."), the one who responds, replies or agrees to a request, and
who asks in "the demands of X". Each rule with guards where the side must stay as it was.
Sentences and names written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _targets(text: str, trigger: str) -> set[str | None]:
    return {e.target_code or None for e in events(text, trigger)}


def _dyads(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code or None, e.target_code or None) for e in events(text, trigger)}


# -- the subject of an inquiry's "whether" / "if" clause is whom it is about ----------------


def test_investigating_whether_a_gang_did_it_targets_the_gang():
    assert _targets(
        "The Mexican authorities are investigating whether the Zetas carried out the massacre.",
        "investigating",
    ) == {"MEXCRM"}


def test_investigating_if_rebels_ordered_it_targets_the_rebels():
    assert _targets(
        "Colombian prosecutors are investigating if the ELN ordered the bombing.", "investigating"
    ) == {"COLREB"}


def test_an_investigation_into_whether_a_gang_broke_the_law_targets_the_gang():
    assert _targets(
        "The Attorney General's Office opened an investigation into whether "
        "the Zetas broke Mexican law.",
        "investigation",
    ) == {"MEXCRM"}


def test_a_question_about_a_thing_names_no_target():
    # guard: "whether the fire was set" is about no actor
    assert _targets(
        "The Mexican authorities are investigating whether the fire was set on purpose.",
        "investigating",
    ) == {None}


def test_a_question_about_an_act_names_no_target():
    # guard: an event noun as the clause's subject is no party
    assert _targets(
        "The Mexican police are investigating whether the killing was planned.", "investigating"
    ) == {None}


def test_an_investigation_with_its_own_object_keeps_it():
    # guard: the verb's object comes first
    assert _targets(
        "The Mexican army is investigating the Zetas for the massacre.", "investigating"
    ) == {"MEXCRM"}


def test_asking_whether_is_no_inquiry_target():
    # guard: a question asked is no investigation ("asked whether X would help": the
    # addressee is not named)
    assert "USA" not in _targets(
        "The Honduran government asked whether the United States would help.", "asked"
    )


# -- who responds or agrees to a request is whom it was made to -------------------------------


def test_who_replies_to_a_proposal_is_its_addressee():
    assert _dyads(
        "Bolivia replied to Peru's proposal by offering new border talks.", "proposal"
    ) == {("PER", "BOL")}


def test_who_responds_to_a_request_is_its_addressee():
    assert _dyads(
        "The Colombian government responded to Ecuador's request with a promise of aid.",
        "request",
    ) == {("ECU", "COLGOV")}


def test_who_agrees_to_a_groups_demands_is_their_addressee():
    assert _dyads("The Chilean government agreed to the farmers' demands.", "demands") == {
        ("AGR", "CHLGOV")
    }


def test_who_turns_to_a_party_with_a_request_keeps_that_party():
    # guard: the request's own addressee ("turned to the United States") stays
    assert _dyads(
        "The Mexican government turned to the United States with a request for aid.", "request"
    ) == {("MEXGOV", "USA")}


# -- the "of" object of a demand or request is who asks -------------------------------------


def test_the_demands_of_rebels_are_theirs_and_made_to_who_agrees():
    assert _dyads("Argentina finally agreed to the demands of the Bolivian rebels.", "demands") == {
        ("BOLREB", "ARG")
    }


def test_at_the_request_of_a_state_the_state_asks():
    assert _dyads("Peru arrested the smuggler at the request of Chile.", "request") == {
        ("CHL", None)
    }


def test_demands_addressed_with_to_keep_their_addressee():
    # guard: the possessor asks, "to" names the one asked
    assert _dyads(
        "The protesters repeated their demands to the Mexican government.", "demands"
    ) == {("CVL", "MEXGOV")}
