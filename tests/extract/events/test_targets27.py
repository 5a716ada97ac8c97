"""Sides round 27 (issue 12, targets27): named parties in another clause of the sentence —
the partner of a pact or trade named inside a complement ("denied breaking a pact with
X", "promised to halt all trade with X"), the party a pledged help is for ("pledged its
support to help X adjust"), and whom a lodged complaint is about, before the body it is
lodged with ("filed a complaint with the UN alleging that X ..."). Each rule with a guard
where the side must stay as it was. Sentences and names written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _targets(text: str, trigger: str) -> set[str | None]:
    return {e.target_code or None for e in events(text, trigger)}


# -- the partner of a mutual noun inside a complement ---------------------------------------


def test_denied_pact_partner_is_the_target():
    assert _targets("Japan denied breaking a pact with the United States.", "denied") == {"USA"}


def test_denied_pact_without_partner_stays_empty():
    # guard: no partner named, no target
    assert _targets("Japan denied breaking the pact.", "denied") == {None}


def test_promised_trade_halt_partner_is_the_target():
    assert _targets("Sweden promised to halt all trade with South Africa.", "promised") == {"ZAF"}


def test_promised_trade_halt_in_goods_stays_empty():
    # guard: "trade in ivory" names goods, no partner
    assert _targets("Sweden promised to halt all trade in ivory.", "promised") == {None}


# -- whom a pledged help is for ---------------------------------------------------------------


def test_pledged_help_for_a_country_targets_it():
    assert _targets(
        "The World Bank pledged its support to help Indonesia adjust to lower oil prices.",
        "pledged",
    ) == {"IDN"}


def test_agreed_help_without_a_helped_party_stays_empty():
    # guard: "to help build a factory": nobody named as helped
    assert _targets("Russia agreed to help build a rifle factory.", "agreed") == {None}


# -- a complaint's content before its forum ---------------------------------------------------


def test_complaint_content_subject_beats_the_forum():
    assert _targets(
        "Peru filed a complaint with the United Nations alleging that Chilean "
        "troops had crossed the border.",
        "complaint",
    ) == {"CHLMIL"}


def test_complaint_brought_before_a_body_targets_its_content():
    assert _targets(
        "Last year Peru brought a complaint before the United Nations asserting "
        "that the Chilean army had crossed its border.",
        "complaint",
    ) == {"CHLMIL"}


def test_complaint_without_a_named_content_keeps_the_forum():
    # guard: the clause names no party, the body it is lodged with stays the addressee
    assert _targets(
        "Peru filed a complaint with the United Nations alleging that the border had been crossed.",
        "complaint",
    ) == {"IGOUNO"}
    assert _targets("Peru filed a complaint with the United Nations.", "complaint") == {"IGOUNO"}


def test_gerund_counts_only_after_a_verb_that_takes_one():
    # guard: "resign leaving Chile" is an adjunct, not the act resigned; "denied breaking"
    # is the act denied (the parser makes both an open complement)
    from watchfloor.extract.events.arguments import complement_target
    from watchfloor.nlp.pipeline import load_nlp

    nlp = load_nlp(extractors=())
    doc = nlp("The envoy agreed to resign leaving Chile on Tuesday.")
    resign = next(t for t in doc if t.lower_ == "resign")
    assert next(c for c in resign.children if c.dep_ == "xcomp").tag_ == "VBG"
    assert complement_target(resign) is None
    doc = nlp("Japan denied breaking a pact with the United States.")
    denied = next(t for t in doc if t.lower_ == "denied")
    assert complement_target(denied).text == "States"
