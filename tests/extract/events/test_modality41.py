"""Modality round 41 (issue 12; judged seeds 3077-3080, tuned-on): a state's medium or a
party's written statement telling of another party's act makes it alleged, as a named
party's account does; an occasion the clause happens before ("on the eve of", "ahead of")
or that opens at a date still to come ("which starts on Friday") is future; what an act
carried out followed ("agreed after 30 hours of negotiations"), the act an outcome
presupposes and a participle dated in the past are held, asserted.
Sentences written for these tests; docs/judging-criteria.md, Modality."""

from __future__ import annotations

from tests.extract.events.helpers import event, events
from watchfloor.model import Event


def _flags(ev: Event) -> set[str]:
    return {k for k in ("negated", "hypothetical", "future", "alleged") if getattr(ev, k)}


# a state's medium, a party's paper


def test_state_radio_on_another_states_raid_is_alleged() -> None:
    ev = event(
        "Syrian warplanes killed 14 people in a bombing of a Jordanian village, "
        "official Radio Jordan said.",
        "killed",
    )
    assert _flags(ev) == {"alleged"}


def test_the_radio_after_a_state_radio_is_that_state() -> None:
    ev = event(
        "Syrian warplanes bombed a Jordanian village on Monday, official Radio Jordan said. "
        "The radio said Syrian tanks shelled the Jordanian border post of Ramtha.",
        "shelled",
    )
    assert _flags(ev) == {"alleged"}


def test_state_radio_on_its_own_states_raid_stays_asserted() -> None:
    # guard: the state's own act, told by its own radio
    ev = event(
        "Jordanian warplanes killed 14 people in a raid on a Syrian village, "
        "official Radio Jordan said.",
        "killed",
    )
    assert _flags(ev) == set()


def test_news_agency_naming_no_state_stays_asserted() -> None:
    # guard: a news outlet's report leaves the act asserted
    ev = event(
        "Syrian warplanes killed 14 people in a bombing of a Jordanian village, "
        "the official Petra news agency said.",
        "killed",
    )
    assert _flags(ev) == set()


def test_communique_after_a_state_speaker_is_alleged() -> None:
    ev = event(
        "Iraq said its troops crushed a new offensive near Basra. A high command communique "
        "said three Iranian divisions attacked Iraqi positions east of Basra.",
        "attacked",
    )
    assert _flags(ev) == {"alleged"}


def test_a_states_communique_on_its_own_forces_stays_asserted() -> None:
    # guard
    ev = event(
        "An Iraqi communique said Iraqi forces attacked Iranian positions near Basra.", "attacked"
    )
    assert _flags(ev) == set()


def test_ministry_statement_is_the_ministrys_not_the_earlier_speakers() -> None:
    # guard: a paper whose owner is named (a ministry) is not the state that spoke before
    ev = event(
        'Canada said French trawlers would be seized. "The French government strongly '
        'protests against the closure of Canadian ports," the ministry statement added.',
        "protests",
    )
    assert "alleged" not in _flags(ev)


def test_union_statement_on_police_act_is_alleged() -> None:
    ev = event(
        "The miners union statement said Bolivian police had violently evicted striking "
        "workers from the company offices.",
        "evicted",
    )
    assert _flags(ev) == {"alleged"}


def test_talks_named_in_passing_in_a_statement_stay_asserted() -> None:
    # guard: a noun phrase in an "of" phrase under the remark, and an outcome presupposes
    # the negotiations, which are under way
    for ev in events(
        "A company statement said the airline would wait for the outcome of the "
        "negotiations between Sweden and the United States.",
        "negotiations",
    ):
        assert _flags(ev) == set()


def test_what_a_named_party_notes_of_another_state_is_alleged() -> None:
    ev = event("Chancellor Kohl noted that France had rejected the proposal.", "rejected")
    assert _flags(ev) == {"alleged"}


def test_what_a_named_party_notes_of_its_own_state_stays_asserted() -> None:
    # guard
    ev = event("Kohl noted that Germany had rejected the proposal.", "rejected")
    assert _flags(ev) == set()


# occasions still to come


def test_visit_that_begins_on_a_weekday_is_future() -> None:
    ev = event(
        "King Hussein of Jordan begins a three-day state visit to Britain on Thursday.", "visit"
    )
    assert _flags(ev) == {"future"}
    assert [
        e.code
        for e in events(
            "King Hussein of Jordan begins a three-day state visit to Britain on Thursday.", "visit"
        )
    ] == ["042"]  # no 036


def test_visit_which_starts_on_friday_is_future() -> None:
    ev = event(
        "The opposition said the strike was meant to embarrass the government during the "
        "visit of the French president, which starts on Friday.",
        "visit",
    )
    assert _flags(ev) == {"future"}


def test_visit_which_started_on_friday_is_not_future() -> None:
    # guard: a past onset
    ev = event(
        "The French president's visit, which started on Friday, ended with a trade accord.",
        "visit",
    )
    assert "future" not in _flags(ev)


def test_meeting_on_whose_eve_a_minister_spoke_is_future() -> None:
    ev = event(
        "The minister spoke to reporters yesterday on the eve of a two-day meeting of trade "
        "ministers in Geneva.",
        "meeting",
    )
    assert _flags(ev) == {"future"}


def test_talks_ahead_of_which_wheat_is_bought_are_future() -> None:
    ev = event("Moscow bought more wheat ahead of trade talks with Canada.", "talks")
    assert _flags(ev) == {"future"}


def test_talks_after_which_wheat_was_bought_are_not_future() -> None:
    # guard
    ev = event("Moscow bought more wheat after trade talks with Canada.", "talks")
    assert _flags(ev) == set()


def test_talks_before_which_a_due_meeting_falls_are_future() -> None:
    found = [
        e
        for e in events(
            "The president is due to meet party chiefs before holding talks with the "
            "opposition leaders.",
            "talks",
        )
        if e.root == "04"
    ]
    assert found and all(_flags(e) == {"future"} for e in found)


# acts held


def test_negotiations_an_agreement_followed_were_held() -> None:
    ev = event(
        "Last week, the ministers finally agreed after 30 hours of negotiations on a plan to "
        "cut sugar output.",
        "negotiations",
    )
    assert _flags(ev) == set()


def test_talks_a_plan_is_to_follow_are_future() -> None:
    # guard: "after" on an act only planned
    found = [
        e
        for e in events(
            "The bank said it planned to introduce a new system after talks with the World Bank.",
            "talks",
        )
        if e.root == "04"
    ]
    assert found and all(_flags(e) == {"future"} for e in found)


def test_negotiations_whose_outcome_a_decision_awaits_are_held() -> None:
    ev = event(
        "The airline said its decision would be linked to the outcome of negotiations with "
        "the United States on air fares.",
        "negotiations",
    )
    assert _flags(ev) == set()


def test_negotiations_the_airline_would_hold_are_not_asserted() -> None:
    # guard: no outcome noun
    ev = event(
        "The airline said it would hold negotiations with the United States on air fares.",
        "negotiations",
    )
    assert _flags(ev) & {"future", "hypothetical"}


def test_accord_agreed_last_month_is_done() -> None:
    ev = event(
        "Peru will send Chile a list of the concessions agreed last month by the two governments.",
        "agreed",
    )
    assert _flags(ev) == set()
