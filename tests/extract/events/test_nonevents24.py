"""A withheld comment, a forecast of another party's act and one government's agencies
meeting are no acts between actors (issue 12, round 24: ``nonacts.py`` ``withheld_comment``
and ``forecast``, ``meetings.py`` ``_one_state``; ``nonacts.yaml``). Sentences written for
these tests; each rule has a guard."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.extract.events.helpers import events
from watchfloor.extract.events import nonacts
from watchfloor.extract.events.nonacts import NonActs, default_lists

DECLINED = ("In the interview, the Mexican finance minister declined to comment on the new "
            "trade accord.")
PREFERRED = "It was a subject the Peruvian minister preferred not to talk about, he told reporters."
OPTIMISTIC = "Officials said they were optimistic that Russia and Ukraine could reach an agreement."
EXPECTS = "The regulator's chairman expects closer cooperation with the Treasury."
AGENCIES = ("The National Security Council, the Treasury and the State Department held a "
            "meeting to discuss the debt crisis.")


@pytest.mark.parametrize("text,trigger", [(DECLINED, "declined"), (PREFERRED, "talk")])
def test_a_withheld_comment_is_no_event(text: str, trigger: str) -> None:
    assert events(text, trigger) == []


def test_the_withheld_comment_rule_removes_them(monkeypatch) -> None:
    # the rule, not another one: with no comment words the declined comment is coded
    lists = replace(default_lists(), comment_words=frozenset())
    monkeypatch.setattr(nonacts, "default_nonacts", lambda: NonActs(lists))
    assert events(DECLINED, "declined")
    assert events(PREFERRED, "talk")


def test_refusing_to_talk_to_a_party_stays() -> None:
    # guard: a partner (a target actor), and a refusal to negotiate is no statement
    found = events("The rebels refused to talk to the government.", "talk")
    assert found and found[0].target_code == "GOV"


def test_refusing_to_withdraw_stays() -> None:
    # guard: the complement is an act, not a comment
    found = events("Iran refused to withdraw its troops from the border.", "refused")
    assert found and found[0].code.startswith("12")


def test_asking_congress_for_aid_stays() -> None:
    # guard: "ask" withholds nothing when its complement is an act, not negated
    found = events("The president asked Congress to approve new military aid for Colombia.",
                   "asked")
    assert found and found[0].target_code == "USALEG"


@pytest.mark.parametrize("text,trigger", [(OPTIMISTIC, "reach"), (EXPECTS, "cooperation")])
def test_an_act_someone_expects_of_another_party_is_no_event(text: str, trigger: str) -> None:
    assert events(text, trigger) == []


def test_the_forecast_rule_removes_them(monkeypatch) -> None:
    lists = replace(default_lists(), forecast_frames=frozenset())
    monkeypatch.setattr(nonacts, "default_nonacts", lambda: NonActs(lists))
    assert events(OPTIMISTIC, "reach")
    assert events(EXPECTS, "cooperation")


def test_a_reported_attack_stays() -> None:
    # guard: "said" is a report, no forecast frame
    found = events("Analysts said the army attacked the rebel camp on Monday.", "attacked")
    assert found and found[0].code.startswith("19")


def test_the_frames_own_intent_stays() -> None:
    # guard: "police expect to arrest" has no other subject: the police's own plan
    found = events("Colombian police expect to arrest the gang leader within days.", "arrest")
    assert found and found[0].code.startswith("17")


def test_one_governments_agencies_meeting_is_no_event() -> None:
    assert events(AGENCIES, "meeting") == []


def test_the_one_state_rule_removes_it(monkeypatch) -> None:
    from watchfloor.extract.events import meetings

    monkeypatch.setattr(meetings, "_one_state", lambda code: False)
    assert events(AGENCIES, "meeting")


def test_three_states_meeting_stays() -> None:
    # guard: three states' bodies (three codes) are three parties
    found = events("Officials of Mexico, Guatemala and Honduras held a meeting to discuss "
                   "migration.", "meeting")
    assert found


def test_three_named_cartels_meeting_stays() -> None:
    # guard: one code (MEXCRM) but three named groups, no state body
    found = events("The Zetas, the Beltran Leyva Organization and the Juarez Cartel met in "
                   "Monterrey.", "met")
    assert found


def test_a_minister_meeting_a_foreign_envoy_stays() -> None:
    found = events("The Mexican foreign minister met the Guatemalan ambassador on Monday.",
                   "met")
    assert found
