"""Acts still to come (issue #12, future42): "has yet to", a present progressive with a
date of its own, and the visit a trip leaves "on" — each with guards that keep acts already
done asserted and conditions hypothetical. Sentences written for these tests; the helper's
publication date is a Monday."""

from __future__ import annotations

from tests.extract.events.helpers import event, parse


def flags(ev) -> set[str]:
    return {k for k in ("negated", "hypothetical", "alleged", "future") if getattr(ev, k)}


def codes(text: str) -> set[str]:
    return {e.code for e in parse(text)[0].events}


def test_yet_to_is_still_to_come():
    assert flags(event("The Chilean Senate has yet to ratify the treaty.", "ratify")) == {"future"}
    ev = event(
        "The pact, which has yet to be ratified by the Argentine Senate, was signed.", "ratif"
    )
    assert flags(ev) == {"future"}


def test_yet_to_derives_no_intent():
    # a step still missing is no actor's announced intent (no 03x row)
    assert not any(
        c.startswith("03") for c in codes("The Chilean Senate has yet to ratify the treaty.")
    )


def test_yet_to_guards():
    # done stays asserted, "not yet" stays negated, a condition stays hypothetical
    assert flags(event("The Chilean Senate ratified the treaty on Monday.", "ratified")) == set()
    assert "negated" in flags(event("Argentina has not yet ratified the treaty.", "ratified"))
    ev = event("Chile would reject the treaty if Peru has yet to sign it.", "sign")
    assert "hypothetical" in flags(ev)


def test_present_progressive_with_a_date_is_future():
    ev = event("The Bolivian minister is meeting his Chilean counterpart on Friday.", "meeting")
    assert flags(ev) == {"future"}


def test_present_progressive_guards():
    # no date of its own: the news present, left as it was; the past progressive is past
    assert (
        flags(event("The Bolivian minister is meeting his Chilean counterpart.", "meeting"))
        == set()
    )
    ev = event("The Bolivian minister was meeting his Chilean counterpart on Friday.", "meeting")
    assert flags(ev) == set()
    assert (
        flags(event("The Bolivian minister met his Chilean counterpart on Friday.", "met")) == set()
    )


def test_leaves_on_a_visit_with_a_date_is_future():
    ev = event("The Peruvian president leaves on a state visit to Chile on Thursday.", "visit")
    assert flags(ev) == {"future"}


def test_left_on_a_visit_stays_asserted():
    ev = event("The Peruvian president left on a state visit to Chile on Thursday.", "visit")
    assert flags(ev) == set()
