"""Modality cases added for event precision (issue 12, fourth round: ``modality.yaml``
habitual, future_marks and new cues; the acomp and infinitive-relative scope in
:mod:`watchfloor.extract.events.modality`); sentences written for the tests."""

from __future__ import annotations

from tests.extract.events.helpers import parse


def flags(ev) -> set[str]:
    return {k for k in ("negated", "hypothetical", "alleged", "future") if getattr(ev, k)}


def _by_trigger(text: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for e in parse(text)[0].events:
        out.setdefault(e.trigger.text.lower(), []).append(e)
    return out


def test_reports_of_killings_are_alleged():
    ev = _by_trigger(
        "Rights groups cite many reports of extrajudicial executions by police in Haiti."
    )["executions"][0]
    assert "alleged" in flags(ev)
    assert ev.code == "175"  # extrajudicial executions: violent repression, not 180


def test_a_strategy_to_act_is_not_asserted():
    ev = _by_trigger(
        "The Brazilian minister unveiled a strategy to crack down on smuggling gangs."
    )["crack"][0]
    assert "hypothetical" in flags(ev)


def test_might_be_willing_reaches_the_modal_through_the_adjective():
    ev = _by_trigger("The Honduran governor might be willing to negotiate with the gangs.")
    negotiate = ev["negotiate"][0]
    assert "hypothetical" in flags(negotiate)
    unwilling = _by_trigger("The Honduran governor was not willing to negotiate with the gangs.")[
        "negotiate"
    ][0]
    assert "negated" in flags(unwilling)


def test_once_they_sign_is_future_and_no_intent():
    events = _by_trigger(
        "Nobody knows what the rebels will do once they sign a peace deal "
        "with the Colombian government."
    )["sign"]
    assert [e.code for e in events] == ["057"]
    assert "future" in flags(events[0])
    past = _by_trigger(
        "The rebels disarmed once they signed a peace deal with the Colombian government."
    )["signed"][0]
    assert "future" not in flags(past)


def test_an_agreement_to_act_makes_the_act_future_a_struck_accord_does_not():
    ev = _by_trigger(
        "The Peruvian army denounced the agreement to extradite the Chilean rebels to Chile."
    )
    acts = [e for e in ev["extradite"] if "intent_of" not in e.extra]  # not the derived 03x
    assert acts and all("future" in flags(e) for e in acts)
    struck = _by_trigger("The border accord struck by Peru and Ecuador in March ended the dispute.")
    assert all("future" not in flags(e) for evs in struck.values() for e in evs)


def test_a_standing_policy_is_no_act_but_a_dated_opposition_is():
    policy = _by_trigger("Peru traditionally opposes granting asylum to Ecuadorean rebels.")
    assert not policy
    act = _by_trigger("Peru opposed the Ecuadorean proposal at Monday's OAS session.")
    assert act.get("opposed")


def test_of_reports_but_not_in_spite_of_reports():
    inside = _by_trigger("There were accusations of killing civilians against the Peruvian army.")[
        "killing"
    ][0]
    assert "alleged" in flags(inside)
    spite = _by_trigger(
        "In spite of reports that he kept his influence, the Mexican police "
        "arrested the cartel boss in Sinaloa."
    )["arrested"][0]
    assert "alleged" not in flags(spite)


def test_a_decision_to_act_is_not_future():
    ev = _by_trigger("Bolivia stood by its decision to expel the US ambassador.")
    assert ev["expel"] and all("future" not in flags(e) for e in ev["expel"])


def test_not_responsible_for_a_massacre_does_not_negate_the_massacre():
    ev = _by_trigger(
        "The Guatemalan general said he was not responsible for the massacre of "
        "villagers by the army."
    )
    assert all("negated" not in flags(e) for e in ev.get("massacre", []))


def test_what_reports_include_is_alleged_too():
    ev = _by_trigger(
        "There are many reports of extrajudicial executions by police, including "
        "the murder of gang associates by corrupt officers."
    )
    assert ev["murder"] and all("alleged" in flags(e) for e in ev["murder"])
