"""Sixth round (issue 12): acts attributed by a linking or blaming verb are alleged and the
linker's claim; a "whether" question about a past act's motive leaves the act asserted;
signing a statement or letter is a statement, not an agreement; agreeing with a view is
no act; normative and capability clauses ("must cooperate", "is able to impose") are not
asserted acts. Sentences written for the tests, each with a contrast."""

from __future__ import annotations

from tests.extract.events.helpers import event, parse


def _mode(ev) -> set[str]:
    return {k for k in ("negated", "hypothetical", "future", "alleged") if getattr(ev, k)}


def test_an_act_linked_to_a_culprit_is_alleged_and_the_linkers_claim():
    ev = event("The Peruvian attorney general linked the bombing to the Shining Path.", "bombing")
    assert ev.alleged and not ev.hypothetical and not ev.negated
    assert ev.attributed_to is not None and ev.attributed_to != ev.source
    done = event("The Shining Path carried out the bombing of the Lima police station.", "bombing")
    assert not done.alleged and done.attributed_to is None


def test_killings_attributed_to_a_cartel_are_alleged():
    ev = event("Guatemalan prosecutors attributed the killings to the Zetas.", "killings")
    assert ev.alleged and ev.source_code and ev.source_code.endswith("CRM")


def test_a_whether_question_about_the_motive_leaves_the_killing_asserted():
    ev = event(
        "Honduran prosecutors are investigating whether the radio reporter was killed "
        "for his reporting.",
        "killed",
    )
    assert not ev.hypothetical
    open_question = event(
        "Honduran prosecutors are investigating whether the MS13 gang killed the radio reporter.",
        "killed",
    )
    assert open_question.hypothetical  # who killed him is the question: no motive phrase


def test_a_motive_question_about_a_future_act_stays_hypothetical():
    ev = event(
        "Honduran police are studying whether the MS13 gang will attack the radio "
        "reporters for their reporting.",
        "attack",
    )
    assert ev.hypothetical or ev.future


def test_signing_a_statement_is_a_statement_not_an_agreement():
    ev = event(
        "A communique signed by the Shining Path commanders said the truce was over.", "signed"
    )
    assert ev.code == "010"
    letter = event(
        "The Shining Path commanders signed a letter to the Peruvian president "
        "about the ceasefire.",
        "signed",
    )
    assert letter.code == "010"
    pact = event("The Shining Path and the Peruvian government signed a peace agreement.", "signed")
    assert pact.root == "05"


def test_agreeing_with_a_view_is_no_event():
    doc = parse("The Peruvian minister agreed that the mining reform was necessary.")[0]
    assert not [e for e in doc.events if e.trigger.text == "agreed"]
    pledge = event(
        "Peru and Bolivia agreed that their troops would leave the border area.", "agreed"
    )
    assert pledge.root == "03"


def test_normative_and_capability_clauses_are_not_asserted_acts():
    must = event("Bolivia must cooperate with Chile on the border.", "cooperate")
    assert must.hypothetical
    able = event("The European Union is able to impose sanctions on Belarus.", "impose")
    assert able.hypothetical
    done = event("The European Union was able to impose sanctions on Belarus.", "impose")
    assert not done.hypothetical  # "was able to" tells it was done


def test_the_claim_of_a_controlled_linking_verb_is_its_controllers():
    ev = event(
        "The Bolivian government has attempted to link the protests to the Shining Path.",
        "protests",
    )
    assert ev.alleged and ev.attributed_to is not None
    assert ev.attributed_to != ev.source


def test_the_linker_is_no_side_when_the_culprit_is_no_actor():
    doc = parse("Guatemalan police linked the massacre to a quarrel over smuggling routes.")[0]
    sides = [(e.source_code, e.target_code) for e in doc.events if e.trigger.text == "massacre"]
    assert all(s is None or not s.startswith("GTM") for s, _ in sides), sides
