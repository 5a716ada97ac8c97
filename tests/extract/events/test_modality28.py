"""Modality round 28 (issue 12; judged seeds 3045-3059, tuned-on): talks put off or resumed
later are still to come (future), and a report an outlet published is the outlet's own
reporting (asserted), while documents an outlet obtained stay a source's claim (alleged).
docs/judging-criteria.md, Modality. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import event
from watchfloor.model import Event


def _flags(ev: Event) -> set[str]:
    return {k for k in ("negated", "hypothetical", "future", "alleged") if getattr(ev, k)}


def test_talks_that_will_resume_are_future() -> None:
    ev = event("Talks between the union and the company will resume tomorrow morning.", "talks")
    assert _flags(ev) == {"future"}


def test_talks_due_to_restart_are_future() -> None:
    ev = event("Talks between the union and the company are due to restart on Monday.", "talks")
    assert _flags(ev) == {"future"}


def test_postponed_talks_are_future() -> None:
    ev = event("Talks between the union and the company were postponed until Thursday.", "talks")
    assert _flags(ev) == {"future"}


def test_talks_that_resumed_stay_asserted() -> None:
    # guard: a resumption told in the past tense took place
    ev = event("Talks between the union and the company resumed on Tuesday.", "talks")
    assert _flags(ev) == set()


def test_talks_that_failed_to_resume_are_not_future() -> None:
    # guard: only a frame of a resumption to come ("due", "set", "to") makes it future
    ev = event("Talks between the union and the company failed to resume on Monday.", "talks")
    assert "future" not in _flags(ev)


def test_a_report_published_by_an_outlet_leaves_the_attack_asserted() -> None:
    ev = event(
        "The rebels attacked a police post in Cauca, according to a report published by El Tiempo.",
        "attacked",
    )
    assert _flags(ev) == set()


def test_an_investigation_published_by_an_outlet_leaves_the_supply_asserted() -> None:
    ev = event(
        "The investigation, published by El Tiempo, reported that the army sent "
        "weapons to the militia.",
        "sent",
    )
    assert _flags(ev) == set()


def test_documents_obtained_by_an_outlet_make_the_attack_alleged() -> None:
    # guard: the outlet relays the documents' account
    ev = event(
        "The rebels attacked a police post in Cauca, according to documents obtained by El Tiempo.",
        "attacked",
    )
    assert _flags(ev) == {"alleged"}


def test_a_source_cited_by_an_outlet_stays_alleged() -> None:
    # guard: "cited" is no publishing verb
    ev = event(
        "The rebels attacked a police post in Cauca, according to a source cited by El Tiempo.",
        "attacked",
    )
    assert _flags(ev) == {"alleged"}


def test_no_choice_but_to_request_is_not_negated() -> None:
    ev = event("The prosecutor had no choice but to request support from the army.", "request")
    assert "negated" not in _flags(ev)


def test_refusing_to_request_stays_negated() -> None:
    # guard: a plain refusal still negates the request
    ev = event("The prosecutor refused to request support from the army.", "request")
    assert "negated" in _flags(ev)


def test_a_negated_counterfactual_condition_took_place() -> None:
    ev = event(
        "If Venezuela had not supplied fuel to Ecuador, the crisis would have been worse.",
        "supplied",
    )
    assert _flags(ev) == set()


def test_a_never_met_counterfactual_took_place() -> None:
    ev = event("If the rebels had never met with the envoy, the talks would have collapsed.", "met")
    assert _flags(ev) == set()


def test_a_negated_open_condition_stays_hypothetical() -> None:
    # guard: no past perfect, no "would": an open condition is still a condition
    ev = event("If Venezuela does not supply fuel to Ecuador, the crisis will get worse.", "supply")
    assert "hypothetical" in _flags(ev)


def test_a_killing_allegedly_by_a_gang_is_alleged() -> None:
    ev = event(
        "Two soldiers were killed last week, allegedly by members of a rival gang.", "killed"
    )
    assert _flags(ev) == {"alleged"}


def test_a_killing_by_a_gang_stays_asserted() -> None:
    # guard: an unhedged agent
    ev = event("Two soldiers were killed last week by members of a rival gang.", "killed")
    assert _flags(ev) == set()


def test_a_supposed_plot_to_kill_is_alleged() -> None:
    ev = event(
        "The mastermind of the supposed plot to kill the judge is a former army officer.", "kill"
    )
    assert "alleged" in _flags(ev)


def test_a_plot_to_kill_is_not_alleged() -> None:
    # guard: no hedge on the plot
    ev = event("The mastermind of the plot to kill the judge is a former army officer.", "kill")
    assert "alleged" not in _flags(ev)


def test_a_headline_infinitive_is_future() -> None:
    ev = event("Venezuela to Send 15,000 Soldiers to Fight Armed Groups on Borders.", "send")
    assert "future" in _flags(ev)


def test_a_wanted_sending_is_not_made_future() -> None:
    # guard: an infinitive under a finite verb keeps its own reading
    ev = event("Venezuela wants to send soldiers to the border.", "send")
    assert _flags(ev) == {"hypothetical"}


def test_a_headline_appeal_is_not_made_future() -> None:
    # guard: "Pushes" is read as part of the name; the appeal was made
    ev = event("US Pushes Honduras to Crack Down on Smugglers.", "crack")
    assert "future" not in _flags(ev)
