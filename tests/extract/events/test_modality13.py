"""Thirteenth modality round (issue 12, mechanisms of the modality errors of judged seeds
3015-3024): a protest held for a purpose is the protest, a cancelled or failed act is
negated, "is to" arranges a future act, and a stopped act or a past clause of its own is
outside the main clause's modal. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import event
from watchfloor.model import Event


def _flags(ev: Event) -> set[str]:
    return {k for k in ("negated", "hypothetical", "future", "alleged") if getattr(ev, k)}


# purpose infinitive of a held protest: asserted


def test_rallies_held_to_protest_are_the_protest() -> None:
    ev = event(
        "Brazilian farmers held rallies in Parana on Tuesday to protest against high "
        "interest rates.",
        "protest",
    )
    assert _flags(ev) == set()


def test_march_to_protest_stays_asserted() -> None:
    ev = event(
        "Thousands of teachers marched through Santiago on Tuesday to protest the education cuts.",
        "protest",
    )
    assert _flags(ev) == set()


def test_purpose_of_sending_experts_is_done() -> None:
    # modality35: a purpose clause for an act carried out is asserted (was hypothetical
    # here before docs/judging-criteria.md said so)
    ev = event(
        "The government sent experts to the border to investigate the killings.", "investigate"
    )
    assert not ev.hypothetical


# cancelled and failed acts: negated


def test_cancelled_trip_is_negated() -> None:
    ev = event("Peru's president has cancelled a trip to Ecuador.", "trip")
    assert _flags(ev) == {"negated"}


def test_called_off_talks_are_negated_not_a_call() -> None:
    ev = event("Peru may call off its talks with Ecuador.", "talks")
    assert ev.negated and ev.hypothetical  # the calling off is only possible


def test_failure_to_arrest_is_negated() -> None:
    ev = event(
        "Critics blamed the failure to arrest the gang leaders on the Mexican police.", "arrest"
    )
    assert ev.negated


def test_failure_of_talks_does_not_negate_the_talks() -> None:
    ev = event("The failure of the talks between Peru and Ecuador angered the opposition.", "talks")
    assert not ev.negated


# "be" + to-infinitive: an arrangement still to come


def test_is_to_arrive_for_talks_is_future() -> None:
    ev = event(
        "The Chilean minister is to arrive in Lima on Sunday for talks with Peruvian officials.",
        "talks",
    )
    assert _flags(ev) == {"future"}


def test_was_to_leave_for_talks_is_future() -> None:
    ev = event(
        "The envoy was to leave later today for Bogota for talks with Colombian officials.", "talks"
    )
    assert ev.future and not ev.hypothetical


def test_an_aim_to_capture_is_no_arrangement() -> None:
    ev = event(
        "The aim of the Colombian army operation was to capture the rebel leaders.", "capture"
    )
    assert not ev.future


# scope: the gerund of "stop" goes on; a past clause with its own subject is a fact


def test_until_stopped_attacking_leaves_the_attacks_asserted() -> None:
    ev = event(
        "Colombia said it would keep sanctions on Venezuela until Caracas stopped "
        "attacking its border posts.",
        "attacking",
    )
    assert _flags(ev) == set()


def test_would_not_stop_attacking_neither_negates_nor_doubts() -> None:
    ev = event("The rebels said they would not stop attacking army posts in Colombia.", "attacking")
    assert not ev.negated and not ev.hypothetical


def test_past_clause_after_a_modal_is_a_fact() -> None:
    ev = event(
        "The Peruvian minister may be forced to resign after the opposition accused him of fraud.",
        "accused",
    )
    assert not ev.hypothetical


def test_condition_with_a_past_verb_stays_hypothetical() -> None:
    ev = event("The army said it would retaliate if the rebels attacked its posts.", "attacked")
    assert ev.hypothetical


# the that-clause of a claim noun, and of "charge" / "maintain": alleged


def test_reports_that_make_the_meeting_alleged() -> None:
    ev = event(
        "Reports that two Colombian rebel leaders met Venezuelan officials in Caracas "
        "alarmed Bogota.",
        "met",
    )
    assert ev.alleged


def test_finding_that_soldiers_killed_is_alleged() -> None:
    ev = event(
        "The commission's findings that soldiers killed 12 civilians in Ayacucho "
        "were disputed by the army.",
        "killed",
    )
    assert ev.alleged


def test_charged_that_is_a_claim() -> None:
    ev = event(
        "The union charged that the Peruvian government violated the labour accord.", "violated"
    )
    assert ev.alleged


def test_the_fact_that_is_no_claim() -> None:
    ev = event("The fact that the army killed 12 civilians in Ayacucho angered Peru.", "killed")
    assert not ev.alleged


def test_charged_with_murder_leaves_the_arrest_asserted() -> None:
    ev = event("Peru charged the rebel leader with murder after soldiers arrested him.", "arrested")
    assert not ev.alleged


# guards read on the judged changes: extraposed "it", adjectives, conditions, relatives


def test_it_is_possible_to_reach_is_no_arrangement() -> None:
    ev = event(
        "The Brazilian minister said it is possible to reach an agreement with "
        "Argentina next year.",
        "reach",
    )
    assert not ev.future


def test_were_to_in_a_condition_is_no_arrangement() -> None:
    ev = event(
        "Peru said it would respond firmly if Ecuador were to attack its border posts.", "attack"
    )
    assert ev.hypothetical and not ev.future


def test_a_suggestion_that_is_no_claim() -> None:
    ev = event(
        "Colombia rejected a suggestion by Venezuela that the two governments "
        "postpone the border talks.",
        "talks",
    )
    assert not ev.alleged


def test_a_relative_clause_on_a_report_is_no_claim() -> None:
    ev = event(
        "The rapporteur will publish a report that the commission approved after "
        "her visit to Guatemala.",
        "visit",
    )
    assert not ev.alleged
