"""Modality round 34 (issue 12; judged seeds 3065-3069, tuned-on): an act someone intends is
still to come (future, not hypothetical), and an event noun described by a past participle
dated in the past ("the accord signed on Tuesday") is a done act, out of the scope of the
clause that mentions it ("aid would flow under an accord signed on Tuesday"). Sentences
written for these tests; docs/judging-criteria.md, Modality."""

from __future__ import annotations

from tests.extract.events.helpers import event
from watchfloor.model import Event


def _flags(ev: Event) -> set[str]:
    return {k for k in ("negated", "hypothetical", "future", "alleged") if getattr(ev, k)}


def test_intended_to_ask_is_future() -> None:
    ev = event(
        "The farmers union said it intended to ask the European Commission for emergency aid.",
        "ask",
    )
    assert _flags(ev) == {"future"}


def test_intends_to_file_a_complaint_is_future() -> None:
    ev = event(
        "The exporters group intends to file a complaint against Brazil at the trade body.",
        "complaint",
    )
    assert _flags(ev) == {"future"}


def test_may_ask_stays_hypothetical() -> None:
    # guard: a modal keeps the act possible
    ev = event("The union may ask the European Commission for emergency aid.", "ask")
    assert "hypothetical" in _flags(ev)


def test_wanted_to_ask_stays_hypothetical() -> None:
    # guard: wanting is not announcing a plan
    ev = event("The farmers wanted to ask the European Commission for emergency aid.", "ask")
    assert "hypothetical" in _flags(ev)


def test_agreement_signed_yesterday_under_would_is_asserted() -> None:
    ev = event(
        "Aid would be paid over two years under an agreement signed here yesterday "
        "by Peru and Chile.",
        "agreement",
    )
    assert _flags(ev) == set()


def test_accord_signed_last_week_under_will_is_asserted() -> None:
    ev = event(
        "The loans will be released under an accord signed last week by Peru and Chile.", "accord"
    )
    assert _flags(ev) == set()


def test_agreement_to_be_signed_stays_future() -> None:
    # guard: an agreement still to be signed has not been made
    ev = event(
        "The loans will be released under an agreement to be signed next week by Peru and Chile.",
        "agreement",
    )
    assert "future" in _flags(ev) or "hypothetical" in _flags(ev)


def test_undated_agreement_under_would_stays_hypothetical() -> None:
    # guard: with no past date the participle may describe any agreement
    ev = event("Aid would be paid under any agreement signed by Peru and Chile.", "agreement")
    assert "hypothetical" in _flags(ev)


def test_accord_signed_in_a_past_year_under_will_is_asserted() -> None:
    ev = event("Aid will be paid under an agreement signed in 1985 by Peru and Chile.", "agreement")
    assert _flags(ev) == set()


def test_murder_dating_a_negated_clause_is_not_negated() -> None:
    ev = event("The suspects were not questioned by the FBI until after Garcia's murder.", "murder")
    assert "negated" not in _flags(ev)


def test_massacre_after_a_negated_arrest_is_not_negated() -> None:
    ev = event(
        "Mexican police did not arrest anyone after the massacre of 40 Honduran migrants.",
        "massacre",
    )
    assert "negated" not in _flags(ev)


def test_not_far_from_the_site_of_a_massacre_is_not_negated() -> None:
    ev = event(
        "Police found the graves not far from the site of the massacre of 40 "
        "Honduran migrants in May.",
        "massacre",
    )
    assert "negated" not in _flags(ev)


def test_negated_clause_still_negates_its_own_act() -> None:
    # guard: the clause's own act stays negated
    ev = event(
        "The suspects were not questioned by the FBI until after Garcia's murder.", "questioned"
    )
    assert "negated" in _flags(ev)


def test_negated_object_noun_stays_negated() -> None:
    # guard: a noun the negated verb governs as its object is still not done
    ev = event("Mexican police did not attend the meeting with Honduran officials.", "meeting")
    assert "negated" in _flags(ev)


def test_talks_after_a_future_clause_stay_future() -> None:
    # guard: only negation is cut off; "will ... after the talks" keeps the talks to come
    ev = event("Peru will sign the accord with Chile after the talks with Bolivia.", "talks")
    assert "future" in _flags(ev)


def test_negated_intent_stays_negated_and_hypothetical() -> None:
    # guard: "does not intend to" is no announcement
    ev = event(
        "The Peruvian prosecutor does not intend to investigate the Chilean army.", "investigate"
    )
    assert _flags(ev) == {"negated", "hypothetical"}


def test_passive_intended_to_is_a_purpose_not_future() -> None:
    # guard: what a measure "is intended to" do is its purpose
    ev = event("Peruvian export controls are intended to deny Chile access to weapons.", "deny")
    assert "future" not in _flags(ev)
