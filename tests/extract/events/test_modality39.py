"""Modality round 39 (issue 12; judged seeds 3070-3076, tuned-on): market sources (dealers,
traders) are unnamed sources, so what they tell is alleged; an occasion noun
described by a schedule or expectation participle is on the calendar, future; the talks a
trip still to come is for are future, and so is a present trip verb with a time of its own;
a meeting or accord that one side's officials tell of is their own act too, asserted.
Sentences written for these tests; docs/judging-criteria.md, Modality."""

from __future__ import annotations

from tests.extract.events.helpers import event
from watchfloor.model import Event


def _flags(ev: Event) -> set[str]:
    return {k for k in ("negated", "hypothetical", "future", "alleged") if getattr(ev, k)}


# market sources are unnamed sources


def test_dealers_account_is_alleged() -> None:
    ev = event(
        "Oil dealers said the Islamic bank signed a loan agreement with Kenya on Monday.", "signed"
    )
    assert _flags(ev) == {"alleged"}


def test_traders_account_is_alleged() -> None:
    ev = event(
        "Oil traders said Iraqi officials held talks with Saudi envoys in Riyadh on Monday.",
        "talks",
    )
    assert _flags(ev) == {"alleged"}


def test_analysts_on_a_request_made_leave_it_asserted() -> None:
    # guard: analysts are not market sources; the request they speak of was made
    ev = event(
        "Analysts said the Japanese ministry is still considering the American request for talks.",
        "request",
    )
    assert "alleged" not in _flags(ev)


def test_named_minister_on_own_country_stays_asserted() -> None:
    # guard: a named party's account of an act of its own country is not a source's claim
    ev = event(
        "The Kenyan minister said the Islamic bank signed a loan agreement with Kenya on Monday.",
        "signed",
    )
    assert _flags(ev) == set()


# an occasion on the calendar


def test_summit_expected_to_be_held_is_future() -> None:
    ev = event(
        "The ASEAN summit expected to be held in Manila in December will discuss trade.", "summit"
    )
    assert _flags(ev) == {"future"}


def test_talks_planned_for_a_month_are_future() -> None:
    ev = event(
        "The talks planned for May between Chile and Peru will cover fishing rights.", "talks"
    )
    assert _flags(ev) == {"future"}


def test_talks_planned_last_year_are_not_future() -> None:
    # guard: a participle dated in the past puts nothing on the calendar
    ev = event("The talks planned last year between Chile and Peru never took place.", "talks")
    assert "future" not in _flags(ev)


def test_accord_expected_to_boost_trade_is_not_future() -> None:
    # guard: what is expected is the accord's effect; its signing is told as done
    ev = event("A trade accord expected to boost exports was signed by Chile and Peru.", "signed")
    assert _flags(ev) == set()


# a trip still to come and what it is for


def test_talks_a_trip_today_is_for_are_future() -> None:
    ev = event(
        "The Peruvian minister leaves today for Santiago for trade talks with Chilean officials.",
        "talks",
    )
    assert _flags(ev) == {"future"}


def test_talks_a_past_trip_was_for_stay_asserted() -> None:
    # guard: an arrival that happened serves talks under way
    ev = event(
        "The Peruvian minister arrived yesterday in Santiago for trade talks with Chilean "
        "officials.",
        "talks",
    )
    assert _flags(ev) == set()


def test_present_trip_this_evening_is_future() -> None:
    ev = event(
        "The Peruvian minister, who travels to Chile this evening, said prices would fall.",
        "travels",
    )
    assert _flags(ev) == {"future"}


def test_past_trip_last_evening_stays_asserted() -> None:
    # guard: a time in the past leaves the trip done
    ev = event("The Peruvian minister travelled to Chile last evening.", "travelled")
    assert _flags(ev) == set()


# a joint act told by one side's officials


def test_meeting_with_own_minister_told_by_own_officials_is_asserted() -> None:
    ev = event(
        "Brazilian Finance Minister Dilson Funaro held talks with French Finance Minister "
        "Edouard Balladur on Monday, French officials said.",
        "talks",
    )
    assert _flags(ev) == set()


def test_meeting_between_two_others_stays_alleged() -> None:
    # guard: a party's account of a meeting between two other countries is alleged
    ev = event(
        "Iraqi officials said Iranian officials met Syrian envoys in Damascus on Monday.", "met"
    )
    assert _flags(ev) == {"alleged"}


def test_attack_on_the_speaker_stays_alleged() -> None:
    # guard: the victim's account of another country's attack is alleged (no joint act)
    ev = event("Iraqi officials said Iranian jets bombed the port of Basra on Monday.", "bombed")
    assert _flags(ev) == {"alleged"}
