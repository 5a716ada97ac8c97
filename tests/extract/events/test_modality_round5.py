"""Modality of the fifth precision round (issue 12): acts named with their agent are made
whatever the clause around them says ("would consider Brazil's request"); present-tense
acts are future in a temporal clause under a non-indicative main clause ("hope to approve
it when they meet again") or with a date of their own ("meets on Monday"); expecting makes
what it governs future. Sentences written for the tests, each with a contrast."""

from __future__ import annotations

from tests.extract.events.helpers import event


def _mode(ev) -> set[str]:
    return {k for k in ("negated", "hypothetical", "future", "alleged") if getattr(ev, k)}


def test_a_request_named_with_its_agent_was_made():
    made = event("The Japanese bank would consider Brazil's request for a loan.", "request")
    assert _mode(made) == set()
    attack = event("The Chilean army could launch an attack on the rebels.", "attack")
    assert attack.hypothetical  # no agent of its own: the clause's "could" applies


def test_pledges_and_meetings_with_their_agent_were_made():
    pledges = event(
        "The price rises would hurt pensioners, despite Polish government pledges to protect them.",
        "pledges",
    )
    assert not pledges.hypothetical
    meeting = event(
        "Venezuelan officials might have helped facilitate the actor's meeting "
        "with the Mexican drug lord.",
        "meeting",
    )
    assert not meeting.hypothetical


def test_a_present_tense_temporal_clause_is_future():
    ev = event(
        "Ministers hope to approve the plan when they meet the Spanish delegation "
        "again in Brussels.",
        "meet",
    )
    assert ev.future and not ev.hypothetical


def test_a_present_tense_act_with_a_date_is_scheduled():
    scheduled = event("The Mexican union meets the employers' association on Monday.", "meets")
    assert scheduled.future
    done = event("The Brazilian president met the Argentine president on Monday.", "met")
    assert _mode(done) == set()


def test_expected_acts_are_future():
    expected = event(
        "Bankers expect the Japanese Finance Ministry to propose a cut in the coupon.", "propose"
    )
    assert expected.future


def test_a_habit_in_a_temporal_clause_is_not_future():
    # with a definite subject the clause is coded, as an asserted habit (not future); with a
    # bare plural subject ("When Salvadoran police raid ...") it is generic and not coded
    # (sixth round, test_generic_statements.py)
    ev = event(
        "When the Salvadoran police raid the prison, the gang leaders hide their phones.", "raid"
    )
    assert not ev.future


def test_a_noun_modifier_that_names_no_agent_keeps_the_clauses_modality():
    ev = event(
        "Mexican senators want the Mexican government to make an extradition request to Spain.",
        "request",
    )
    assert ev.hypothetical
