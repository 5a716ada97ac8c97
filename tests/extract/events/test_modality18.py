"""Eighteenth modality round (issue 12, the future and appeal modality errors of judged
seeds 3019-3038): acts still to come are future (a plan, an arrangement with a pronoun
subject, a purpose of an act to come, a reported "would" over an object noun, an event
noun dated after publication or scheduled, what is looming, braced for or available), and
an appeal already made is asserted (an agent's nationality adjective, a strike's demand).
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import event, events
from watchfloor.model import Event


def _flags(ev: Event) -> set[str]:
    return {k for k in ("negated", "hypothetical", "future", "alleged") if getattr(ev, k)}


# an arrangement with a pronoun subject: future


def test_she_is_to_arrive_for_talks_is_future() -> None:
    ev = event(
        "The Bolivian minister flew to Quito, where she is to arrive on Monday for "
        "talks with Ecuadorean officials.",
        "talks",
    )
    assert ev.future and not ev.hypothetical


# the purpose of an act still to come: future, not hypothetical, and no intent of its own


def test_purpose_of_a_dated_meeting_is_future() -> None:
    ev = event(
        "Ecuador's negotiators meet the creditor banks tomorrow to discuss a new payment schedule.",
        "discuss",
    )
    assert _flags(ev) == {"future"}


def test_purpose_of_a_will_meeting_gets_no_intent_of_its_own() -> None:
    found = events("Chile will meet Peru next week to negotiate the maritime border.", "negotiat")
    assert found and all(e.future and not e.hypothetical for e in found)
    assert not any(e.code.startswith("03") for e in found)


def test_purpose_of_a_possible_act_stays_hypothetical() -> None:
    ev = event("Peru may send troops to the border to patrol the Ecuadorean frontier.", "patrol")
    assert ev.hypothetical and not ev.future


def test_extraposed_infinitive_of_a_future_copula_is_no_purpose() -> None:
    found = events(
        "Analysts say it will be difficult for the army to retake the border town from the rebels.",
        "retake",
    )
    assert not any(e.future and not e.hypothetical for e in found)


# a reported "would" over the verb of an object noun: future


def test_reported_would_over_an_object_noun_is_future() -> None:
    ev = event(
        "Colombian prosecutors said they would open an investigation into the army unit.",
        "investigation",
    )
    assert ev.future and not ev.hypothetical


def test_reported_would_with_a_condition_stays_hypothetical() -> None:
    ev = event(
        "Colombian prosecutors said they would open an investigation into the army "
        "unit if the witnesses testified.",
        "investigation",
    )
    assert ev.hypothetical and not ev.future


def test_conditional_would_over_an_object_noun_stays_hypothetical() -> None:
    ev = event(
        "The rebels said they would open talks with the government if the army withdrew.", "talks"
    )
    assert ev.hypothetical


# plans: future (these cues were hypothetical)


def test_plans_to_hold_talks_are_future() -> None:
    ev = event("Argentina plans to hold talks with Chile over the fishing dispute.", "talks")
    assert ev.future and not ev.hypothetical


def test_announced_plans_to_send_troops_are_future() -> None:
    ev = event("The Mexican government announced plans to deploy soldiers to Tamaulipas.", "deploy")
    assert ev.future and not ev.hypothetical


def test_may_hold_talks_stays_hypothetical() -> None:
    ev = event("Argentina may hold talks with Chile over the fishing dispute.", "talks")
    assert ev.hypothetical and not ev.future


# an event noun dated after publication, or scheduled: future


def test_talks_next_week_are_future() -> None:
    ev = event(
        "The president is sending his foreign minister to Havana for talks with "
        "Cuban officials next week.",
        "talks",
    )
    assert _flags(ev) == {"future"}


def test_talks_last_week_stay_asserted() -> None:
    ev = event(
        "The president sent his foreign minister to Havana for talks with Cuban "
        "officials last week.",
        "talks",
    )
    assert _flags(ev) == set()


def test_scheduled_summit_is_future_with_no_intent() -> None:
    found = events("A summit between Peru and Ecuador is scheduled for Friday.", "summit")
    assert found and all(_flags(e) == {"future"} for e in found)
    assert not any(e.code.startswith("03") for e in found)


def test_held_summit_stays_asserted() -> None:
    ev = event("A summit between Peru and Ecuador was held in Lima on Friday.", "summit")
    assert not ev.future


def test_cancelled_trip_tomorrow_is_negated_only() -> None:
    ev = event("Peru's president has cancelled a trip tomorrow to Ecuador.", "trip")
    assert _flags(ev) == {"negated"}


# looming, in prospect, braced for, available: future


def test_braced_for_an_offensive_is_future() -> None:
    ev = event("Colombian troops are braced for a FARC offensive in Cauca.", "offensive")
    assert ev.future


def test_offensive_that_killed_stays_asserted() -> None:
    ev = event("A FARC offensive in Cauca killed 12 Colombian soldiers.", "offensive")
    assert not ev.future


def test_warships_available_to_escort_is_future() -> None:
    ev = event(
        "Britain said two of its frigates were available to escort Kuwaiti tankers.", "escort"
    )
    assert ev.future


def test_prospect_of_a_demobilization_is_future() -> None:
    found = events(
        "Colombia's underworld is already changing with the looming prospect of a "
        "guerrilla demobilization by the FARC.",
        "demobilization",
    )
    assert found and all(e.future for e in found)
    assert not any(e.code.startswith("03") for e in found)  # an outlook, no FARC intent


def test_plans_to_hold_talks_still_derive_an_intent() -> None:
    found = events("Argentina plans to hold talks with Chile over the fishing dispute.", "talks")
    assert any(e.code == "036" for e in found)


# an appeal already made: asserted


def test_request_with_a_nationality_adjective_was_made() -> None:
    ev = event("The banks agreed to forward a Mexican request for more time to the IMF.", "request")
    assert _flags(ev) == set()


def test_strike_to_demand_pay_made_the_demand() -> None:
    ev = event("Police officers in Oaxaca went on strike in May to demand higher wages.", "demand")
    assert _flags(ev) == set()


def test_strike_still_to_come_leaves_the_demand_open() -> None:
    ev = event("Police officers in Oaxaca will go on strike to demand higher wages.", "demand")
    assert _flags(ev) != set()
