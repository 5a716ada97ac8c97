"""A withheld comment and one government's agencies meeting are no acts between actors
(issue 12, round 24: ``nonacts.py`` ``withheld_comment``, ``nonacts.yaml``; ``meetings.py``
``_one_state``). Sentences written for
these tests; each rule has a guard."""

from __future__ import annotations

from dataclasses import replace

from tests.extract.events.helpers import events
from watchfloor.extract.events import nonacts
from watchfloor.extract.events.nonacts import NonActs, default_lists

DECLINED = (
    "In the interview, the Mexican finance minister declined to comment on the new trade accord."
)
PREFERRED = "It was a subject the Peruvian minister preferred not to talk about, he told reporters."
AGENCIES = (
    "The National Security Council, the Treasury and the State Department held a "
    "meeting to discuss the debt crisis."
)


def test_a_withheld_comment_is_no_event() -> None:
    assert events(PREFERRED, "talk") == []


def test_the_withheld_comment_rule_removes_them(monkeypatch) -> None:
    # the rule, not another one: with no comment words the withheld comment is coded
    lists = replace(default_lists(), comment_words=frozenset())
    monkeypatch.setattr(nonacts, "default_nonacts", lambda: NonActs(lists))
    assert events(PREFERRED, "talk")


def test_declining_to_comment_stays() -> None:
    # guard: CAMEO 011 "decline comment", judged a real event in most samples
    found = events(DECLINED, "declined")
    assert found and found[0].code == "011"


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
    found = events(
        "The president asked Congress to approve new military aid for Colombia.", "asked"
    )
    assert found and found[0].target_code == "USALEG"


def test_one_governments_agencies_meeting_is_no_event() -> None:
    assert events(AGENCIES, "meeting") == []


def test_the_one_state_rule_removes_it(monkeypatch) -> None:
    from watchfloor.extract.events import meetings

    monkeypatch.setattr(meetings, "_one_state", lambda code: False)
    # round 39's own-government reading (nonacts.own_government) removes it too: off here
    from dataclasses import replace

    from watchfloor.extract.events import nonacts

    lists = replace(nonacts.default_lists(), own_government_codes=())
    monkeypatch.setattr(nonacts, "default_nonacts", lambda: nonacts.NonActs(lists))
    assert events(AGENCIES, "meeting")


def test_two_presidents_meeting_stay() -> None:
    # guard: two states' heads (two codes), no target either
    found = events("The Mexican president and the Guatemalan president met in Tapachula.", "met")
    assert found


def test_three_states_meeting_stays() -> None:
    # guard: three states' bodies (three codes) are three parties
    found = events(
        "Officials of Mexico, Guatemala and Honduras held a meeting to discuss migration.",
        "meeting",
    )
    assert found


def test_three_named_cartels_meeting_stays() -> None:
    # guard: one code (MEXCRM) but three named groups, no state body
    found = events(
        "The Zetas, the Beltran Leyva Organization and the Juarez Cartel met in Monterrey.", "met"
    )
    assert found


def test_a_minister_meeting_a_foreign_envoy_stays() -> None:
    found = events("The Mexican foreign minister met the Guatemalan ambassador on Monday.", "met")
    assert found
