"""Modality round 35 (issue 12; judged seeds 3045-3069, tuned-on): the purpose of an act
carried out is done, not possible; acts escaped, averted or tried and defeated did not
happen; a conjoined infinitive shares its governor ("agreed to stop X and to allow Y"); a
state named on the speaker makes a party's account; "they said" goes on from a sources
sentence; a noun described by a participle dated ahead is still to come. Sentences written
for these tests; docs/judging-criteria.md, Modality."""

from __future__ import annotations

from tests.extract.events.helpers import event
from watchfloor.model import Event


def _flags(ev: Event) -> set[str]:
    return {k for k in ("negated", "hypothetical", "future", "alleged") if getattr(ev, k)}


# the purpose of an act carried out


def test_purpose_of_a_past_trip_is_asserted() -> None:
    ev = event(
        "Two Colombian envoys travelled to Quito on Tuesday to negotiate a ceasefire.", "negotiate"
    )
    assert _flags(ev) == set()


def test_purpose_of_a_past_dispatch_is_asserted() -> None:
    ev = event("The Peruvian army sent troops to the border to fight the rebels.", "fight")
    assert _flags(ev) == set()


def test_purpose_of_an_alleged_act_is_alleged_only() -> None:
    ev = event(
        "The Peruvian army reportedly sent troops to the border to fight the rebels.", "fight"
    )
    assert _flags(ev) == {"alleged"}


def test_purpose_of_an_act_to_come_stays_future() -> None:
    # guard: the purpose of a dispatch still to come is future (round 18)
    ev = event("The Peruvian army will send troops to the border to fight the rebels.", "fight")
    assert _flags(ev) == {"future"}


def test_purpose_of_a_possible_act_stays_hypothetical() -> None:
    # guard: a modal on the act keeps its purpose possible
    ev = event("The Peruvian army may send troops to the border to fight the rebels.", "fight")
    assert "hypothetical" in _flags(ev)


def test_purpose_of_an_act_not_done_is_not_asserted() -> None:
    # guard: a negated act's purpose is not told as done
    ev = event("The Peruvian army did not send troops to the border to fight the rebels.", "fight")
    assert _flags(ev)


def test_infinitive_of_an_asking_verb_stays_hypothetical() -> None:
    # guard: what a petition asks for is not a purpose carried out
    ev = event(
        "Bolivia's defence minister petitioned the Spanish government on Monday to deny "
        "asylum to the smuggler.",
        "deny",
    )
    assert "hypothetical" in _flags(ev)


def test_infinitive_of_a_request_received_stays_hypothetical() -> None:
    # guard: the parser may hang a request's infinitive on the verb that received it
    ev = event(
        "Peruvian police received a request from Chile in 2012 to investigate the smuggler.",
        "investigate",
    )
    assert "hypothetical" in _flags(ev)


# acts escaped, averted, tried and defeated


def test_escaped_capture_is_negated() -> None:
    ev = event("The smuggler escaped capture by the Bolivian army in June.", "capture")
    assert _flags(ev) == {"negated"}


def test_escaped_raid_took_place() -> None:
    # guard: a raid with a determiner is one that happened; only its aim was escaped
    ev = event("The smuggler narrowly escaped a police raid on his hideout in June.", "raid")
    assert "negated" not in _flags(ev)


def test_escaping_threats_from_a_group_keeps_the_threats() -> None:
    # guard: threats from the rebels were made; only their aim was escaped
    ev = event(
        "The settlers fled to the capital to escape threats from the Paraguayan rebels.",
        "threats",
    )
    assert "negated" not in _flags(ev)


def test_defeated_attempts_to_convict_are_negated() -> None:
    ev = event("The lawyer defeated attempts by prosecutors to convict her of fraud.", "convict")
    assert "negated" in _flags(ev)


def test_attempts_made_to_convict_are_not_negated() -> None:
    # guard: attempts made, not defeated
    ev = event("Prosecutors made repeated attempts to convict her of fraud.", "convict")
    assert "negated" not in _flags(ev)


def test_poised_act_averted_is_negated() -> None:
    ev = event(
        "The United States was poised to impose heavy tariffs on European imports and a "
        "major trade war was averted at the last minute.",
        "impose",
    )
    assert _flags(ev) == {"negated"}


def test_poised_act_alone_stays_future() -> None:
    # guard: with nothing averted the act is still to come
    ev = event(
        "The United States was poised to impose heavy tariffs on European imports.", "impose"
    )
    assert _flags(ev) == {"future"}


# a conjoined infinitive hung on a gerund


def test_second_term_of_an_agreement_is_future() -> None:
    ev = event(
        "The two countries signed a pact last year in which Japan agreed to stop dumping "
        "chips and to allow US firms access to its market.",
        "allow",
    )
    assert _flags(ev) == {"future"}


def test_acts_done_in_a_coordination_stay_asserted() -> None:
    # guard: no agreement, no gerund: both acts told as done
    ev = event("Japan stopped dumping chips and allowed US firms access to its market.", "allow")
    assert _flags(ev) == set()


# whose account


def test_state_named_on_the_speaker_of_another_states_act_is_alleged() -> None:
    ev = event(
        "Pakistani officials said Afghan warplanes bombed three villages on Monday.", "bombed"
    )
    assert _flags(ev) == {"alleged"}


def test_state_named_on_the_speaker_of_its_own_act_stays_asserted() -> None:
    # guard: a state's officials on their own troops
    ev = event("Iraqi officials said Iraqi troops attacked a rebel camp on Monday.", "attacked")
    assert _flags(ev) == set()


def test_unnamed_officials_stay_asserted() -> None:
    # guard: no state named on the speaker (criteria: unnamed officials stay asserted)
    ev = event("Officials said Afghan warplanes bombed three villages on Monday.", "bombed")
    assert _flags(ev) == set()


def test_they_said_after_a_sources_sentence_is_alleged() -> None:
    ev = event(
        "Government sources said loyal troops had foiled a coup in the capital. The revolt "
        "included a raid by rebels on an army depot, they said.",
        "raid",
    )
    assert _flags(ev) == {"alleged"}


def test_they_said_after_a_named_speaker_stays_asserted() -> None:
    # guard: the sentence before names no unnamed source
    ev = event(
        "The minister spoke to reporters in the capital. The revolt included a raid by rebels "
        "on an army depot, they said.",
        "raid",
    )
    assert _flags(ev) == set()


# a participle dated ahead


def test_request_expected_tomorrow_is_future() -> None:
    ev = event(
        "The Chilean minister's request expected tomorrow is seen as a first step.", "request"
    )
    assert _flags(ev) == {"future"}


def test_request_made_yesterday_stays_asserted() -> None:
    # guard: dated in the past
    ev = event("The Chilean minister's request made yesterday is seen as a first step.", "request")
    assert _flags(ev) == set()
