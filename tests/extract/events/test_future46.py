"""Meetings, visits and talks still to come (issue #12, future46): a schedule, a date ahead,
a predicate still to come, a booking, an invitation, a trip under way are future; an
official's "unlikely" is hypothetical and "no plans" negated; what a past verb tells done
stays asserted. Sentences written for these tests; the helper's publication date is a
Monday."""

from __future__ import annotations

from tests.extract.events.helpers import event, parse


def flags(ev) -> set[str]:
    return {k for k in ("negated", "hypothetical", "alleged", "future") if getattr(ev, k)}


def codes(text: str) -> set[str]:
    return {e.code for e in parse(text)[0].events}


def test_a_scheduled_or_next_meeting_is_future():
    ev = event("Bonds rose after the Peruvian president's scheduled visit to Chile.", "visit")
    assert flags(ev) == {"future"}
    ev = event("Ecuador will press its claim at the upcoming summit with Peru.", "summit")
    assert "future" in flags(ev)


def test_a_date_later_this_week_is_future():
    ev = event(
        "The Chilean minister hopes his visit to Lima later this week will ease tensions.", "visit"
    )
    assert flags(ev) == {"future"}


def test_a_meeting_that_will_take_place_or_is_due_to_begin_is_future():
    ev = event(
        "The Chilean visit to Peru, which will focus on the border, worries Bolivia.", "visit"
    )
    assert flags(ev) == {"future"}
    ev = event("Peru said talks with Chile will take place in Lima.", "talks")
    assert flags(ev) == {"future"}
    ev = event("Negotiations between Peru and Ecuador are due to begin in Quito.", "negotiations")
    assert flags(ev) == {"future"}


def test_booked_talks_and_an_invited_visit_are_future():
    ev = event("Bolivia said it set tentative talks with the Chilean government.", "talks")
    assert flags(ev) == {"future"}
    ev = event("Chile invited the Bolivian president to visit Santiago.", "visit")
    assert flags(ev) == {"future"}


def test_talks_ahead_this_week_a_paved_way_and_a_trip_under_way_are_future():
    ev = event("Traders stayed cautious ahead of the Peru-Chile meeting this week.", "meeting")
    assert flags(ev) == {"future"}
    ev = event(
        "The envoy was in Lima paving the way for the visit of the Chilean president.", "visit"
    )
    assert flags(ev) == {"future"}
    ev = event("The Bolivian minister was heading for Santiago for talks with Chile.", "talks")
    assert flags(ev) == {"future"}


def test_a_previewed_summit_someone_expects_little_of_is_future():
    # "which he expected": his view of the summit, no past clause telling it held
    ev = event(
        "Previewing the summit with Chile, which he expected would bring no deal, the Peruvian "
        "minister spoke to reporters.",
        "summit",
    )
    assert flags(ev) == {"future"}


def test_in_time_for_a_visit_and_a_reported_would_are_future():
    ev = event(
        "Lima told its negotiators to draft a proposal in time for the visit of the Chilean "
        "president to Peru.",
        "visit",
    )
    assert flags(ev) == {"future"}
    ev = event(
        "Officials said the meeting between Peru and Chile would give both sides a first chance "
        "to discuss the border.",
        "meeting",
    )
    assert flags(ev) == {"future"}


def test_talks_coordinated_with_a_will_verb_are_future():
    ev = event(
        "The Peruvian president will make a visit to Chile and hold talks with Chilean leaders.",
        "talks",
    )
    assert "future" in flags(ev)


def test_an_unlikely_meeting_is_hypothetical_and_no_plans_negated():
    ev = event("Officials said a meeting between Peru and Chile was unlikely.", "meeting")
    assert flags(ev) == {"hypothetical"}
    ev = event("Officials said the meeting with Chile is unlikely to produce a deal.", "meeting")
    assert "hypothetical" not in flags(ev)
    ev = event("There are no plans for talks between Peru and Chile, the minister said.", "talks")
    assert "negated" in flags(ev)


def test_meetings_told_done_or_under_way_stay_asserted():
    ev = event(
        "The scheduled meeting between the Peruvian and Chilean ministers took place in Lima.",
        "meeting",
    )
    assert flags(ev) == set()
    ev = event("The next meeting between Peru and Ecuador was held in Quito in 1985.", "meeting")
    assert flags(ev) == set()
    ev = event(
        "Chile helped set up the meeting with Peru, which took place in early October.", "meeting"
    )
    assert flags(ev) == set()
    ev = event(
        "The accord opened the door to rescheduling negotiations with Chile and Peru.",
        "negotiations",
    )
    assert "future" not in flags(ev)
    ev = event(
        "It is doubtful that the talks between Peru and Chile will have positive results.", "talks"
    )
    assert "future" not in flags(ev)
    ev = event("Talks between Peru and Chile will continue until Friday.", "talks")
    assert "future" not in flags(ev)
    ev = event(
        "The Peruvian president was heading for Santiago on a state visit to Chile.", "visit"
    )
    assert "future" not in flags(ev)
    ev = event("The Peruvian minister was in Santiago for talks with Chilean officials.", "talks")
    assert flags(ev) == set()
    ev = event(
        "The talks earlier this week between Peru and Chile ended without agreement.", "talks"
    )
    assert flags(ev) == set()
