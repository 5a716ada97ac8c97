"""Modality round 43 (issue #12): acts scheduled by "due to", nouns told as done by a past
relative clause or a past year, and an act an unnamed source's report has as its subject —
each with guards that keep nearby readings. Sentences written for these tests; the
helpers' publication date is a Monday in 2025."""

from __future__ import annotations

from tests.extract.events.helpers import event


def flags(ev) -> set[str]:
    return {k for k in ("negated", "hypothetical", "alleged", "future") if getattr(ev, k)}


def test_due_to_governing_verb_is_future():
    ev = event(
        "Argentine farm ministers are due to resume negotiations with Chile on the beef quota.",
        "negotiations",
    )
    assert flags(ev) == {"future"}


def test_due_to_guards():
    # the trigger's own "due to" stays future; the same act done stays asserted
    assert flags(event("The Peruvian envoy is due to meet Bolivian leaders.", "meet")) == {"future"}
    ev = event("Argentine farm ministers resumed negotiations with Chile on Monday.", "negotiat")
    assert flags(ev) == set()


def test_request_told_in_a_past_relative_clause_is_done():
    ev = event(
        "Chile is expected to answer the request that was made by Peru after the talks failed.",
        "request",
    )
    assert "future" not in flags(ev)


def test_request_to_come_guard():
    # a relative clause with a modal tells no past act: the request is still to come
    ev = event("Chile will answer any request Peru makes next week.", "request")
    assert "future" in flags(ev)


def test_accord_in_a_past_year_is_done():
    ev = event(
        "The tariff was lower than the rate agreed in a trade accord with Peru in 1986, "
        "bankers said.",
        "accord",
    )
    assert "future" not in flags(ev)


def test_accord_in_a_year_ahead_guard():
    # a year after the story's dates nothing as done: the signing is still to come
    ev = event("Chile will sign a trade accord with Peru in 2027.", "sign")
    assert "future" in flags(ev)


def test_noun_subject_of_sources_report_is_alleged():
    ev = event(
        "Top-level talks last week between Chile and Peru failed to settle the dispute, "
        "diplomatic sources said.",
        "talks",
    )
    assert flags(ev) == {"alleged"}


def test_noun_subject_guards():
    # a named party's statement leaves it asserted; no source at all leaves it asserted
    ev = event(
        "Top-level talks last week between Chile and Peru failed to settle the dispute.",
        "talks",
    )
    assert flags(ev) == set()
    ev = event("Talks between Chile and Peru failed last week, the Chilean minister said.", "talks")
    assert "alleged" not in flags(ev)


def test_said_today_is_no_said_to():
    # "said today" is not the hedge "said to": the speaker's own act stays asserted
    ev = event("Peru said today it attacked Ecuadorean border posts.", "attacked")
    assert flags(ev) == set()


def test_said_to_guards():
    # the hedge itself stays alleged; another party's act told "today" stays alleged
    ev = event("Ecuador is said to have attacked Peruvian border posts.", "attacked")
    assert "alleged" in flags(ev)
    ev = event("Peru said today Ecuador attacked its border posts.", "attacked")
    assert "alleged" in flags(ev)


def test_purpose_of_a_done_participle_is_asserted():
    # police "called in" (summoned, a phrasal verb) in a past clause: the escort was done
    ev = event("Strikers scuffled with police called in to escort replacement workers.", "escort")
    assert flags(ev) == set()


def test_purpose_of_a_participle_guards():
    # in a clause still to come the purpose stays to come; a call for an act stays a call
    ev = event("Strikers will face police called in to escort replacement workers.", "escort")
    assert "future" in flags(ev)
    ev = event("Bolivia called for police to escort the Chilean envoy.", "escort")
    assert "hypothetical" in flags(ev)


def test_relative_clause_of_a_view_tells_no_past_act():
    # "which officials described as": a view of the noun, not its being done
    ev = event(
        "Chile will answer the request which officials described as a provocation.", "request"
    )
    assert "future" in flags(ev)
    ev = event("Chile will answer the request which Peru made on Monday.", "request")
    assert "future" not in flags(ev)
