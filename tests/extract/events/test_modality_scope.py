"""Event modality scope, judged sample seed 3001 (issue 12): a modal, negation or purpose
infinitive of one clause does not reach another; habitual and future-in-past "would"; the
terms of a pact. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import parse


def flags(ev) -> set[str]:
    return {k for k in ("negated", "hypothetical", "alleged", "future") if getattr(ev, k)}


def events(text: str) -> dict[str, object]:
    return {e.trigger.text.lower(): e for e in parse(text)[0].events}


def test_modal_of_one_conjunct_does_not_reach_a_past_tense_conjunct():
    evs = events(
        "The lawmakers said they could do little to end the strike and urged "
        "the union to negotiate with the owners."
    )
    assert flags(evs["urged"]) == set()  # the urging happened
    assert "negotiate" not in evs  # what was urged is no act yet (round 11: not emitted)


def test_shared_modal_still_reaches_a_bare_conjunct():
    evs = events("Russia would send troops and attack the rebels.")
    assert "hypothetical" in flags(evs["attack"])


def test_habitual_would_is_asserted():
    evs = events(
        "Police said the gang would hijack trucks on the highway and then demand "
        "ransom from the owners."
    )
    assert "hypothetical" not in flags(evs["demand"])
    assert "hypothetical" not in flags(evs["hijack"])


def test_conditional_would_stays_hypothetical():
    evs = events("If the rebels attacked the town, the army would demand their surrender.")
    assert "hypothetical" in flags(evs["demand"])


def test_would_under_a_past_reporting_verb_is_future():
    evs = events("Kenya said it would suspend debt payments to its creditors.")
    assert flags(evs["suspend"]) == {"future"}


def test_participle_describing_a_noun_is_out_of_the_modal_clause():
    evs = events(
        "The vote ensured that the weapons would reach the militias fighting "
        "the government in the north."
    )
    assert "hypothetical" not in flags(evs["fighting"])


def test_denial_does_not_negate_what_the_denied_telling_was_about():
    evs = events("The minister denied he had been told that the militia had attacked the village.")
    assert "negated" not in flags(evs["attacked"])


def test_denial_still_negates_its_own_complement():
    evs = events("The minister denied that the army attacked the village.")
    assert "negated" in flags(evs["attacked"])


def test_demand_voiced_by_a_protest_is_asserted():
    evs = events(
        "Fishermen have been protesting at the port for a week to demand "
        "the release of their jailed leaders."
    )
    assert "hypothetical" not in flags(evs["demand"])


def test_other_purpose_infinitive_stays_hypothetical():
    # a purpose of an act still under way (modality35: a past act's purpose is done)
    evs = events("The United Nations is sending experts to investigate the massacre.")
    assert "hypothetical" in flags(evs["investigate"])


def test_terms_of_a_pact_are_future():
    evs = events("The deal consisted of the militia releasing its hostages to the army.")
    assert "future" in flags(evs["releasing"])


def test_term_of_a_pact_is_no_separate_intent():
    doc = parse("The deal consisted of the militia releasing its hostages to the army.")[0]
    assert not any("intent_of" in (e.extra or {}) for e in doc.events)


def test_an_accord_named_in_a_clause_conjoined_to_an_agreement_is_not_its_term():
    evs = events(
        "The agreement came after talks in Rome and follows an accord between "
        "Ghana and its creditors in May."
    )
    assert "future" not in flags(evs["accord"])


def test_would_in_an_announcement_is_future():
    evs = events(
        "The announcement by Kenya that it would suspend debt payments to its "
        "creditors alarmed the banks."
    )
    assert flags(evs["suspend"]) == {"future"}
