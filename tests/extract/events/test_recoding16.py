"""Issue 12, recoder16: when the event_class model may recode a dictionary code, and acts
that have ended ("no longer accepts", "stopped accepting") read as refusals.

* ``recoding.yaml`` / ``classify.decide``: a senses.tsv row is final; an entry pattern or a
  phrasal entry may only be read as the verbal act of its own sign (material → verbal
  cooperation, material → verbal conflict); the bare word as before.
* ``modality.ceased`` and the refusals.tsv rows marked ``ceased``.

Sentences written for these tests (not from any corpus)."""

from __future__ import annotations

import numpy as np
import pytest

from tests.extract.events.helpers import events
from watchfloor.extract.events.classify import (
    ANY,
    decide,
    may_recode,
    parse_policy,
    recoding,
)
from watchfloor.extract.lexicon import default_lexicon
from watchfloor.model import Event, Span


# -- the policy table ---------------------------------------------------------------------
def test_shipped_policy_makes_sense_rows_final_and_patterns_verbal_only():
    policy = recoding()
    assert policy["sense"] == frozenset()
    assert policy["pattern"] == frozenset({(2, 1), (4, 3)}) == policy["phrase"]
    assert policy["word"] == ANY
    assert may_recode(policy, "word", 1, 2)
    assert may_recode(policy, "pattern", 2, 1)  # "agreed to a ceasefire": the agreement
    assert not may_recode(policy, "pattern", 1, 2)  # "accepted an invitation": no truce
    assert not may_recode(policy, "pattern", 2, 4)  # never across cooperation / conflict
    assert not may_recode(policy, "sense", 0, 3)  # "refused to answer questions": 011


def test_a_match_the_table_does_not_name_is_final_and_bad_tables_fail():
    assert not may_recode(parse_policy({"word": ANY}), "pattern", 2, 1)
    with pytest.raises(ValueError):
        parse_policy({"senses": []})
    with pytest.raises(ValueError):
        parse_policy({"pattern": [[2, 7]]})


class _Model:
    """A stand-in for the event_class model: the same class probabilities for every
    sentence."""

    def __init__(self, p: list[float]) -> None:
        self.p = np.array([p])

    def probs(self, texts: list[str], proposals: list[dict]) -> np.ndarray:
        return np.repeat(self.p, len(texts), axis=0)


def _event(code: str) -> Event:
    info = default_lexicon().describe(code)
    assert info is not None
    text = "Ruritania accepted an invitation from Borduria."
    return Event(
        code=info.code,
        root=info.root,
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        trigger=Span(10, 18, "accepted"),
        sentence=Span(0, len(text), text),
        source_code="RUR",
        target_code="BOR",
        confidence=0.8,
        extra={"penta_class": info.penta_class},
    )


def _truce(_ev: Event) -> list:
    info = default_lexicon().describe("0871")
    assert info is not None
    return [info]


MATERIAL = [0.05, 0.2, 0.7, 0.03, 0.02]  # the model: material cooperation


@pytest.mark.parametrize(
    ("how", "code"), [("pattern", "036"), ("sense", "036"), ("phrase", "036"), ("word", "0871")]
)
def test_only_a_bare_word_is_recoded_from_verbal_to_material_cooperation(how: str, code: str):
    ev = _event("036")
    [kept] = decide([ev], _Model(MATERIAL), _truce, lambda e: how)  # type: ignore[arg-type]
    assert kept.code == code
    assert kept.extra["evidence"]["match"] == how
    assert kept.extra["evidence"]["decided_by"] == ("model" if how == "word" else "rules")


def test_a_pattern_may_be_read_as_the_verbal_act_of_its_sign():
    ev = _event("0871")
    agree = default_lexicon().describe("057")
    [kept] = decide(
        [ev],
        _Model([0.05, 0.7, 0.2, 0.03, 0.02]),  # type: ignore[arg-type]
        lambda e: [agree],
        lambda e: "pattern",
    )
    assert kept.code == "057" and kept.extra["evidence"]["rule_code"] == "0871"


# -- the whole extractor: specific patterns and sense rows stay --------------------------
def codes(text: str, trigger: str) -> list[str]:
    return [e.code for e in events(text, trigger)]


def test_accepting_an_invitation_stays_an_offer_to_meet():
    found = events(
        "The Iranian government accepted an invitation from the French "
        "president to visit Paris next month.",
        "accepted",
    )
    assert [e.code for e in found] == ["036"]
    assert found[0].extra["evidence"]["match"] == "pattern"


def test_accepting_a_leaders_right_is_agreement_and_final():
    found = events(
        "The opposition leader accepted the president's right to veto the law.", "accepted"
    )
    assert [e.code for e in found] == ["019"]
    assert found[0].extra["evidence"]["match"] == "sense"


def test_accepting_a_mediation_keeps_its_pattern_code():
    assert codes(
        "The Mexican government accepted the mediation of the Norwegian government.", "accepted"
    ) == ["038"]


# -- acts that have ended: refusals ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "trigger", "refusal", "of"),
    [
        ("Colombia no longer accepts the mediation of Venezuela.", "accepts", "126", "038"),
        (
            "The Venezuelan government said it would no longer accept the mediation of the "
            "Norwegian government.",
            "accept",
            "126",
            "038",
        ),
        ("Colombia will no longer accept aid from the United States.", "accept", "120", "030"),
        ("Brazil will no more support the Venezuelan opposition.", "support", "120", "051"),
        ("Cuba stopped accepting aid from Venezuela.", "accepting", "120", "030"),
        (
            "Mexico no longer cooperates with the United States on extradition.",
            "cooperates",
            "121",
            "063",
        ),
        ("Colombia no longer meets with Venezuela.", "meets", "125", "040"),
    ],
)
def test_an_ended_cooperation_is_a_refusal(text: str, trigger: str, refusal: str, of: str):
    found = events(text, trigger)
    act = [e for e in found if e.code == of]
    assert act and act[0].negated
    rejects = [e for e in found if e.extra.get("refusal_of") == of]
    assert [e.code for e in rejects] == [refusal]
    assert not rejects[0].negated and rejects[0].root == "12"


def test_a_plain_negation_of_a_verbal_cooperation_is_no_refusal():
    found = events("Colombia did not meet with Venezuela.", "meet")
    assert [e.code for e in found] == ["040"] and found[0].negated
    found = events("Colombia did not accept the mediation of Venezuela.", "accept")
    assert [e.code for e in found] == ["038"] and found[0].negated


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The president may stop accepting aid from Venezuela.", "accepting"),
        (
            "Japan would keep the curbs on Korea until it stopped accepting aid from Korea.",
            "accepting",
        ),
        (
            "Under the proposed pact the two gangs would stop selling drugs and stop collaborating "
            "with the Colombian police.",
            "collaborating",
        ),
    ],
)
def test_a_stop_that_is_only_possible_or_a_time_clause_is_no_refusal(text: str, trigger: str):
    found = events(text, trigger)
    assert found and not [e for e in found if e.root == "12"]
    assert not any(e.negated for e in found)


def test_no_longer_in_office_is_no_event():
    assert events("The Mexican president is no longer in office.", "") == []


def test_an_attack_no_longer_made_is_negated_and_no_refusal():
    found = events("The rebels no longer attack the Colombian army.", "attack")
    assert [e.code for e in found] == ["190"] and found[0].negated


def test_an_act_still_accepted_is_asserted():
    found = events("Colombia accepted the mediation of Venezuela again.", "accepted")
    assert [e.code for e in found] == ["038"] and not found[0].negated


def test_refusal_rows_marked_ceased_hold_only_for_an_ended_act():
    lex = default_lexicon()
    assert lex.refusal_for("030") is None
    assert lex.refusal_for("030", ceased=True).code == "120"  # type: ignore[union-attr]
    assert lex.refusal_for("0871").code == "1246"  # type: ignore[union-attr]
    assert lex.refusal_for("0871", ceased=True).code == "1246"  # type: ignore[union-attr]
