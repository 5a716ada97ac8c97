"""The trained event filter (extract/events/eventfilter.py); sentences written for the tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from watchfloor import trained
from watchfloor.extract import build_extractors
from watchfloor.extract.base import Extraction
from watchfloor.extract.events import EventExtractor
from watchfloor.extract.events.eventfilter import (
    ENV_SWITCH,
    MODEL_NAME,
    EventFilter,
    agreed,
    describe,
    enabled,
    marked_sentence,
    shipped_model,
    spared,
    token_index,
)
from watchfloor.model import Event, Span
from watchfloor.nlp.pipeline import DEFAULT_MODEL, load_nlp

ATTACK = "Rebels attacked an army patrol near the border on Tuesday, killing four soldiers."
# a yearly tally and a generic description: the coder's rules let these through (a
# passive count with no actor; a habitual "usually ... attack"), the filter should not
STATISTIC = (
    "At least 1,900 people were murdered in the province in 2018, up from 1,650 a year earlier."
)
TREND = "Over the past decade, cartels have attacked rivals for control of the ports."
GENERIC = "Such groups usually recruit teenagers and attack police stations at night."


def _run(text: str, event_filter=None):
    """Actors, then events with the given filter (None: off), on one spaCy parse."""
    doc = load_nlp(DEFAULT_MODEL, ())(text)
    result = Extraction(meta={}, text=text)
    result.sentences = [Span(s.start_char, s.end_char, s.text) for s in doc.sents]
    for ex in build_extractors(("actors",)):
        ex(doc, result)
    EventExtractor(event_filter=event_filter)(doc, result)
    return result.events, doc


def _keep_all() -> EventFilter:
    """The shipped model with no threshold: every event scored, none dropped."""
    return _one_cut(float("-inf"))


def _one_cut(threshold: float, **kw) -> EventFilter:
    """The shipped model with one threshold for every event (no dyadic one) and no event
    spared for the sentence model's agreement (unless ``agreed_p`` is given)."""
    kw.setdefault("agreed_p", None)
    return replace(shipped_model(), threshold=threshold, dyadic_threshold=None, **kw)


def _p(text: str) -> float:
    events, _ = _run(text, _keep_all())
    assert events, f"the coder emits no event for {text!r}"
    return max(ev.extra["evidence"]["filter_p"] for ev in events)


def test_shipped_model_loads_once_with_its_card():
    meta = trained.card(MODEL_NAME)
    assert meta["format"] == "joblib"
    assert meta["config"]["threshold"] == shipped_model().threshold
    assert meta["config"].get("dyadic_threshold") == shipped_model().dyadic_threshold
    assert 0.0 < shipped_model().threshold < 1.0
    assert "Apache-2.0" in meta["licence"] and meta["cv"]
    assert trained.load(MODEL_NAME) is trained.load(MODEL_NAME)
    assert shipped_model().clf is shipped_model().clf  # the same fitted objects


def test_the_shipped_model_reads_the_statistic_frame_and_only_the_groups_it_kept():
    meta = trained.card(MODEL_NAME)
    names = set(shipped_model().feats.vocabulary_)
    assert meta["config"]["variant"] == "v2 + statistic" and meta["config"]["max_lost"] == 0.15
    assert meta["config"]["exempt_mode"] == shipped_model().exemption == "none"  # v4, v5
    assert meta["version"] == "event-filter-v7"  # nonevents47: v6's recipe on samples to 3102
    # v5: the dyadic events' own threshold, below the others'
    assert meta["config"]["dyadic_threshold"] == shipped_model().dyadic_threshold
    assert 0.0 < shipped_model().dyadic_threshold < shipped_model().threshold
    assert [n for n in names if n.startswith("ctx_stat_")]
    assert not [
        n
        for n in names
        if n.startswith(("ctx_p0", "ctx_dom_", "ctx_career_", "ctx_frame16_", "ctx_ne23_"))
    ]
    # it scores: a statistic sentence below the attack, with its filter_p written
    events, _ = _run(ATTACK + " " + STATISTIC, _keep_all())
    assert all(0.0 <= ev.extra["evidence"]["filter_p"] <= 1.0 for ev in events)


def test_a_clear_attack_scores_above_a_statistic_and_a_trend():
    attack, statistic, trend, generic = _p(ATTACK), _p(STATISTIC), _p(TREND), _p(GENERIC)
    assert attack > statistic
    assert attack > trend
    assert attack > generic
    assert attack >= shipped_model().threshold


# the body of a story after its lead (the filter reads a sentence's place in the document
# since event-filter-v2: a lone sentence reads as a lead, where real events are likelier)
BODY = (
    "The patrol was returning to its base after a week in the mountains. Officials said "
    "reinforcements had been sent to the area."
)


def test_the_shipped_filter_drops_a_generic_description_and_keeps_the_attack():
    kept, _ = _run(ATTACK + " " + BODY + " " + GENERIC, shipped_model())
    assert kept
    assert all(ATTACK.startswith(ev.sentence.text.strip()[:20]) for ev in kept)
    assert all(ev.extra["evidence"]["filter_p"] >= shipped_model().threshold for ev in kept)


def test_the_same_generic_description_scores_lower_in_the_body_than_alone():
    alone, _ = _run(GENERIC, _keep_all())
    story, _ = _run(ATTACK + " " + BODY + " " + GENERIC, _keep_all())
    generic = [ev for ev in story if GENERIC.startswith(ev.sentence.text.strip()[:20])]
    assert alone and generic
    assert max(ev.extra["evidence"]["filter_p"] for ev in generic) < min(
        ev.extra["evidence"]["filter_p"] for ev in alone
    )


def test_every_event_carries_filter_p_and_low_p_lowers_confidence():
    events, doc = _run(STATISTIC + " " + ATTACK, _keep_all())
    plain, _ = _run(STATISTIC + " " + ATTACK, None)
    assert len(events) == len(plain)
    for ev, bare in zip(events, plain, strict=True):
        p = ev.extra["evidence"]["filter_p"]
        assert 0.0 <= p <= 1.0
        assert "filter_p" not in (bare.extra.get("evidence") or {})
        if p < 0.5:
            assert ev.confidence < bare.confidence
        else:
            assert ev.confidence == bare.confidence


def test_events_below_the_threshold_are_dropped():
    scored, _ = _run(STATISTIC + " " + ATTACK, _keep_all())
    ps = sorted(ev.extra["evidence"]["filter_p"] for ev in scored)
    cut = (ps[0] + ps[-1]) / 2
    assert ps[0] < cut < ps[-1]
    kept, _ = _run(STATISTIC + " " + ATTACK, _one_cut(cut))
    assert kept and len(kept) < len(scored)
    assert all(ev.extra["evidence"]["filter_p"] >= cut for ev in kept)


def test_dyadic_exemption_keeps_dyadic_events():
    scored, _ = _run(ATTACK, _keep_all())
    dyadic = [ev for ev in scored if ev.dyadic]
    if not dyadic:
        pytest.skip("no dyadic event coded in the attack sentence")
    strict = _one_cut(1.01, exempt_dyadic=True, exempt_mode="dyadic")
    kept, _ = _run(ATTACK, strict)
    assert len(kept) == len(dyadic) and all(ev.dyadic for ev in kept)


def test_the_switch_turns_the_filter_off(monkeypatch):
    monkeypatch.setenv(ENV_SWITCH, "off")
    assert not enabled()
    assert EventExtractor().event_filter is None
    monkeypatch.setenv(ENV_SWITCH, "on")
    assert enabled()
    assert isinstance(EventExtractor().event_filter, EventFilter)
    assert EventExtractor(event_filter=None).event_filter is None


def test_default_extractor_scores_with_the_shipped_model(monkeypatch):
    monkeypatch.delenv(ENV_SWITCH, raising=False)
    doc = load_nlp(DEFAULT_MODEL, ())(ATTACK)
    result = Extraction(meta={}, text=ATTACK)
    result.sentences = [Span(s.start_char, s.end_char, s.text) for s in doc.sents]
    for ex in build_extractors(("actors", "events")):
        ex(doc, result)
    assert result.events
    assert all("filter_p" in ev.extra["evidence"] for ev in result.events)


def test_features_come_from_the_event_and_its_parse_not_the_corpus():
    events, doc = _run(ATTACK, None)
    ev = events[0]
    f = describe(ev, token_index(doc))
    assert f[f"code={ev.code}"] == 1.0 and f[f"root={ev.root}"] == 1.0
    assert any(k.startswith("lemma=") for k in f) and any(k.startswith("pos=") for k in f)
    assert not any("corpus" in k or "insightcrime" in k or "reuters" in k for k in f)
    marked = marked_sentence(ev)
    assert f"TRIG_{ev.trigger.text.lower()}" in marked
    assert ev.trigger.text not in marked.replace(f"TRIG_{ev.trigger.text.lower()}", "")


def test_fast_score_is_the_regressions_probability():
    model = shipped_model()
    events, doc = _run(STATISTIC + " " + TREND + " " + ATTACK, None)
    tokens = token_index(doc)
    texts = [marked_sentence(ev) for ev in events]
    feats = [describe(ev, tokens) for ev in events]
    direct = model.clf.predict_proba(model.matrix(texts, feats))[:, 1]
    assert abs(model.score(texts, feats) - direct).max() < 1e-9


def test_the_shipped_filter_keeps_a_clean_state_to_state_dyad_by_its_score():
    # v4 (filter23): no event is exempt (leave one sample out showed the dyadic exemption
    # costing precision); the clean state-to-state sentence (written for the rule tests)
    # that the exemption was made for is kept by its own P, above the threshold (v5: the
    # dyadic events' own)
    text = "The United States provided military assistance to Colombia."
    assert not shipped_model().exempt_dyadic and shipped_model().exemption == "none"
    scored, _ = _run(text, _keep_all())
    dyadic = {ev.trigger.start for ev in scored if ev.dyadic}
    assert dyadic
    assert min(ev.extra["evidence"]["filter_p"] for ev in scored if ev.dyadic) >= (
        shipped_model().threshold_for(True)
    )
    kept, _ = _run(text, shipped_model())
    assert dyadic <= {ev.trigger.start for ev in kept}
    # the exemption still works when a payload asks for it: above every P, only it keeps
    top = max(ev.extra["evidence"]["filter_p"] for ev in scored if ev.dyadic)
    spared_, _ = _run(text, _one_cut(top + 0.01, exempt_mode="dyadic"))
    assert dyadic <= {ev.trigger.start for ev in spared_}
    dropped, _ = _run(text, _one_cut(top + 0.01))
    assert not dyadic & {ev.trigger.start for ev in dropped}


def test_a_dyadic_threshold_holds_the_dyads_to_their_own_cut():
    # event-filter-v5: a dyadic event (both sides coded) is dropped below the model's
    # dyadic threshold, the others below the threshold
    text = "The United States provided military assistance to Colombia. " + GENERIC
    scored, _ = _run(text, _keep_all())
    dyads = {ev.trigger.start for ev in scored if ev.dyadic}
    others = {ev.trigger.start for ev in scored if not ev.dyadic}
    assert dyads and others
    top = max(ev.extra["evidence"]["filter_p"] for ev in scored) + 0.01
    # (no event spared for the sentence model's agreement here: five46 has its own test)
    lower = replace(
        shipped_model(), threshold=top, dyadic_threshold=0.0, exempt_mode="none", agreed_p=None
    )
    kept = {ev.trigger.start for ev in _run(text, lower)[0]}
    assert dyads <= kept and not others & kept
    assert lower.threshold_for(True) == 0.0 and lower.threshold_for(False) == top
    # guard: without a dyadic threshold the dyads are held to the same cut as the others
    same = replace(lower, dyadic_threshold=None)
    assert not {ev.trigger.start for ev in _run(text, same)[0]}
    # the payload keeps it; an older payload without one reads as None
    payload = lower.to_payload()
    assert EventFilter.from_payload(payload).dyadic_threshold == 0.0
    del payload["dyadic_threshold"]
    assert EventFilter.from_payload(payload).dyadic_threshold is None


def test_the_exemption_modes_read_the_sides_countries_and_companies():
    two = {"ctx_company_sides=0": 1.0, "ctx_dom_countries=two": 1.0}
    one = {"ctx_company_sides=0": 1.0, "ctx_dom_countries=one": 1.0}
    firm = {"ctx_company_sides=1": 1.0, "ctx_dom_countries=side": 1.0}
    assert [spared("foreign", True, f) for f in (two, one, firm)] == [True, False, False]
    assert [spared("dyadic", True, f) for f in (two, one, firm)] == [True] * 3
    assert not spared("none", True, two) and not spared("dyadic", False, two)
    assert not spared("foreign", True, {})  # no context read: counted as one country's
    old = replace(shipped_model(), exempt_mode="")
    assert replace(old, exempt_dyadic=True).exemption == "dyadic"
    assert replace(old, exempt_dyadic=False).exemption == "none"


def test_foreign_dyads_only_keeps_two_states_and_drops_a_one_country_dyad():
    foreign = "The United States provided military assistance to Colombia."
    domestic = "The Mexican government accused the Mexican Congress of blocking the budget."
    strict = _one_cut(1.01, exempt_mode="foreign")
    kept, _ = _run(foreign, strict)
    assert [(ev.source_code, ev.target_code) for ev in kept] == [("USA", "COL")]
    scored, _ = _run(domestic, _keep_all())
    assert [(ev.source_code, ev.target_code) for ev in scored if ev.dyadic] == [
        ("MEXGOV", "MEXLEG")
    ]
    assert not [ev for ev in _run(domestic, strict)[0] if ev.dyadic]
    # guard: with every dyad exempt the same one-country dyad stays
    kept, _ = _run(domestic, replace(strict, exempt_mode="dyadic"))
    assert [(ev.source_code, ev.target_code) for ev in kept if ev.dyadic] == [("MEXGOV", "MEXLEG")]


def _event(penta: int, model_class: int | None, model_p: float | None, **flags) -> Event:
    evidence = {} if model_class is None else {"model_class": model_class, "model_p": model_p}
    return Event(
        code="190",
        root="19",
        quad_class=4,
        goldstein=-10.0,
        trigger=Span(6, 14, "attacked"),
        sentence=Span(0, 30, "Rebels attacked a patrol today."),
        extra={"penta_class": penta, "evidence": evidence},
        **flags,
    )


def test_agreed_needs_the_models_class_at_the_threshold_on_an_asserted_quad_event():
    # five46: the sentence model's view of the event's own class spares it
    assert agreed(_event(4, 4, 0.7), 0.6)
    assert agreed(_event(4, 4, 0.6), 0.6)
    assert not agreed(_event(4, 4, 0.59), 0.6)
    assert not agreed(_event(4, 3, 0.9), 0.6)  # the model prefers another class
    assert not agreed(_event(4, None, None), 0.6)  # no model read the sentence
    assert not agreed(_event(4, 4, 0.9), None)  # switched off
    assert not agreed(_event(0, 0, 0.9), 0.6)  # a neutral statement is never spared
    for flag in ("negated", "hypothetical", "alleged", "future"):
        assert not agreed(_event(4, 4, 0.9, **{flag: True}), 0.6)


def test_the_shipped_filter_spares_what_the_sentence_model_agrees_with():
    # every event below a cut above them all: dropped, unless the sentence model agrees
    # with its class (five46); the attack is one the model is sure of
    scored, _ = _run(ATTACK, _keep_all())
    sure = [
        ev
        for ev in scored
        if ev.extra["evidence"].get("model_class") == ev.extra.get("penta_class")
        and ev.extra["evidence"].get("model_p", 0) >= 0.6
    ]
    assert sure, "the class model should agree with the attack"
    kept, _ = _run(ATTACK, _one_cut(1.01, agreed_p=0.6))
    assert {ev.trigger.start for ev in kept} == {ev.trigger.start for ev in sure}
    # guard: without the agreement spare nothing passes the cut, nor below the lower cut
    # the agreed events are held to
    assert not _run(ATTACK, _one_cut(1.01))[0]
    assert not _run(ATTACK, _one_cut(1.01, agreed_p=0.6, agreed_threshold=1.0))[0]
    # the shipped model carries the threshold chosen by nested cross-validation, and the
    # payload (the model file) does not: it is the decision rule's
    assert (shipped_model().agreed_p, shipped_model().agreed_threshold) == (0.7, 0.35)
    assert "agreed_p" not in shipped_model().to_payload()
