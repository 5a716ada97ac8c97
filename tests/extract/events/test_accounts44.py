"""Accounts round 44 (issue 12; judged seeds 3086-3093, tuned-on): an agreement reached at
a summit, a meeting or talks ("agreed at the summit to adopt common rules", "the plans
agreed at the Lisbon summit") is 057, not an intent 03x nor an intent to meet 036
(docs/judging-criteria.md: an agreement reached is 05x). Guards: a bare "agreed to" keeps
its intent, "agreed to a summit" is no agreement reached at one, and a specific intent
keeps its own code. A noun trigger that is the subject of the reported clause ("Iraq said
the Iranian attack had shocked the region") is presupposed, not claimed: it stays
asserted (guard). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import event
from watchfloor.model import Event


def _flags(ev: Event) -> set[str]:
    return {k for k in ("negated", "hypothetical", "future", "alleged") if getattr(ev, k)}


def test_one_state_agreeing_at_a_meeting_is_an_agreement_reached() -> None:
    ev = event("Chile agreed at the meeting in Geneva to lower its tariffs on copper.", "agreed")
    assert ev.code == "057"


def test_plans_agreed_at_a_past_summit_are_an_agreement_reached() -> None:
    ev = event(
        "The ministers reviewed the plans for closer customs ties agreed at the 1991 Lisbon "
        "summit of their leaders.",
        "agreed",
    )
    assert ev.code == "057"


def test_agreeing_during_talks_is_an_agreement_reached() -> None:
    ev = event("Kenya agreed during the talks in Nairobi to reopen its border crossings.", "agreed")
    assert ev.code == "057"


def test_parties_agreeing_at_a_summit_stay_an_agreement() -> None:
    ev = event(
        "Brazil, Mexico and Argentina agreed at the summit to adopt a common set of trade rules.",
        "agreed",
    )
    assert ev.code == "057"


# guards


def test_a_bare_agreed_to_keeps_its_intent() -> None:
    ev = event("Chile agreed to lower its tariffs on copper.", "agreed")
    assert ev.code.startswith("03")


def test_agreeing_in_a_city_keeps_its_intent() -> None:
    ev = event("Chile agreed in Geneva to lower its tariffs on copper.", "agreed")
    assert ev.code.startswith("03")


def test_agreeing_at_a_meeting_to_free_prisoners_keeps_its_specific_intent() -> None:
    ev = event(
        "Colombia agreed at the meeting in Havana to release the prisoners held by its army.",
        "agreed",
    )
    assert ev.code == "0353"


# a noun trigger that is the subject of the reported clause is presupposed, not the claim
# (judged seed 3087, tuned-on: "an Iranian official said America's attack had involved
# the US in war" judged asserted): it keeps the writer's assertion


def test_another_states_attack_as_subject_of_the_said_clause_stays_asserted() -> None:
    ev = event("Iraq said the Iranian attack on the port had shocked the region.", "attack")
    assert "alleged" not in _flags(ev)
