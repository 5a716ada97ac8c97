"""Claims on the seed article: attributions, hedges, unattributed check-worthy figures."""

from __future__ import annotations

import pytest

from watchfloor.extract.claims.checkworthiness import load_scorer


@pytest.fixture(scope="module")
def claims(seed_document):
    return seed_document.claims


def _with(claims, words: str):
    """The claims whose content contains ``words``."""
    return [c for c in claims if words in c.content.text]


def _hedge_texts(claim) -> set[str]:
    return {h.text.lower() for h in claim.hedges}


def test_coates_warning_resolved_and_hedged_with_may(claims, seed_document):
    (warn,) = [c for c in claims if c.cue is not None and c.cue.text == "warns"]
    ent = {e.id: e for e in seed_document.entities}[warn.speaker_entity]
    assert ent.name == "Victoria Coates"
    assert warn.speaker.text == "Victoria Coates"
    assert "may attempt to strike back" in warn.content.text
    assert "may" in _hedge_texts(warn)
    assert warn.extra["hedged"] is True
    scope = next(h for h in warn.extra["hedge_scopes"] if h["cue"]["text"] == "may")
    assert scope["scope"]["text"].startswith("may attempt to strike back")


@pytest.mark.parametrize(
    ("cue", "words"),
    [("emphasizes", "established “cells”"), ("believes", "aggressive deportation policies")],
)
def test_coates_emphasis_and_belief(claims, seed_document, cue, words):
    (claim,) = [c for c in claims if c.cue is not None and c.cue.text == cue]
    names = {e.id: e.name for e in seed_document.entities}
    assert names[claim.speaker_entity] == "Victoria Coates"
    assert words in claim.content.text


def test_according_to_national_security_experts(claims):
    (claim,) = [c for c in claims if c.cue is not None and c.cue.text == "according to"]
    assert claim.speaker.text == "national security experts"
    assert claim.speaker_kind == "expert"
    assert claim.speaker_entity is None
    assert "threatens to spill onto American soil" in claim.content.text
    assert "according to" not in claim.content.text


def test_allegedly_led_by_maduro_is_hedged(claims):
    (claim,) = _with(claims, "allegedly led by Venezuelan President Nicolás Maduro")
    assert "allegedly" in _hedge_texts(claim)
    scope = next(h for h in claim.extra["hedge_scopes"] if h["cue"]["text"] == "allegedly")
    assert "Maduro" in scope["scope"]["text"]
    assert scope["kind"] == "evidential"


def test_accusation_cartel_supports_other_groups(claims):
    (claim,) = _with(claims, "accused of providing support to other dangerous groups")
    assert "accused of" in _hedge_texts(claim)
    assert claim.extra["hedged"] is True


def test_law_enforcement_reportedly_on_hyper_alert(claims):
    (claim,) = _with(claims, "reportedly on “hyper alert,”")
    assert "reportedly" in _hedge_texts(claim)


def test_maduro_vow(claims, seed_document):
    (vow,) = [c for c in claims if c.cue is not None and c.cue.text == "vowing"]
    names = {e.id: e.name for e in seed_document.entities}
    assert names[vow.speaker_entity] == "Nicolás Maduro"
    assert vow.content.text.startswith("to defend Venezuela")


@pytest.mark.parametrize("words", ["100,000 citizens annually", "fentanyl and cocaine pouring in"])
def test_unattributed_check_worthy_figures(claims, words):
    (claim,) = _with(claims, words)
    assert claim.attributed is False
    assert claim.speaker is None
    assert claim.speaker_kind == "unattributed"
    assert claim.extra["check_worthy"] is True
    assert claim.check_worthiness >= load_scorer().threshold


def test_offsets_index_the_text(claims, seed_text):
    for c in claims:
        for span in [c.content, c.speaker, c.cue, *c.hedges]:
            if span is not None:
                assert seed_text[span.start : span.end] == span.text


def test_every_claim_scored(claims):
    assert claims
    assert all(0.0 <= c.check_worthiness <= 1.0 for c in claims)
