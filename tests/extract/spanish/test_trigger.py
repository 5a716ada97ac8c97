"""The Spanish trigger model beside the dictionary coder (extract/spanish/trigger.py): how
the rules' proposal and the model's view are combined, the evidence each event carries,
and that the shipped model is loaded once per process. Sentences written for these tests.

The combination tests give the extractor small real scikit-learn models trained here on
hand-written feature rows (so that the model's verdict on one lemma is known), run real
sentences through the real Spanish pipeline, and put the shipped model back afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.extract.spanish.helpers import one, stage
from watchfloor.extract.spanish.trigger import (
    NONE,
    TriggerModel,
    judge,
    trigger_model,
)
from watchfloor.training.es_triggers import events_extractor, fit


def _model(verdicts: dict[str, str]) -> TriggerModel:
    """A real logistic regression that gives ``lemma -> class`` with high probability."""
    x, y = [], []
    for lemma, cls in verdicts.items():
        x += [{"lemma=" + lemma: 1}] * 40
        y += [cls] * 40
    for filler in ("casa", "mesa", "llegar", "ver", "año", "tener"):
        x += [{"lemma=" + filler: 1}] * 40
        y += [NONE] * 40
    if "14" not in y:  # at least two classes besides "none" keep it multinomial
        x += [{"lemma=__protest__": 1}] * 40
        y += ["14"] * 40
    return TriggerModel(fit(x, y, c=100.0))


@contextmanager
def using(model: TriggerModel | str | None, veto_p: float | None = None) -> Iterator[None]:
    extractor = events_extractor(stage())
    saved = extractor.trigger, extractor.veto_p
    extractor.trigger, extractor.veto_p = model, veto_p
    try:
        yield
    finally:
        extractor.trigger, extractor.veto_p = saved


# --- the combination rule ------------------------------------------------------------


def test_agreement_is_rules_and_model_at_full_confidence():
    d = judge("18", {"18": 0.7, NONE: 0.2, "14": 0.1})
    assert (d.root, d.decided_by, d.factor) == ("18", "rules+model", 1.0)


def test_a_sure_no_event_vetoes_the_rules_when_the_veto_is_on():
    d = judge("14", {"14": 0.05, NONE: 0.9, "15": 0.05}, veto_p=0.8)
    assert d.root is None and d.decided_by == "model"
    # the shipped combination does not veto (VETO_P is None): the rules stand, doubted
    d = judge("14", {"14": 0.05, NONE: 0.9, "15": 0.05})
    assert d.root == "14" and d.decided_by == "rules" and d.factor < 0.6


def test_an_unsure_no_event_leaves_the_rules_with_lower_confidence():
    d = judge("14", {"14": 0.35, NONE: 0.6, "15": 0.05}, veto_p=0.8)
    assert d.root == "14" and d.decided_by == "rules"
    assert d.factor == pytest.approx(0.5 + 0.5 * 0.35)


def test_a_sure_other_root_recodes():
    d = judge("14", {"14": 0.04, NONE: 0.01, "15": 0.95})
    assert d.root == "15" and d.decided_by == "model"
    assert d.evidence("141") == {
        "decided_by": "model",
        "model": "es_triggers",
        "model_root": "15",
        "model_p": 0.95,
        "rule_code": "141",
    }
    assert judge("14", {"14": 0.1, NONE: 0.1, "15": 0.8}).root == "14"  # not sure enough


def test_the_model_adds_only_when_sure():
    assert judge(None, {NONE: 0.3, "18": 0.7}).root == "18"
    assert judge(None, {NONE: 0.45, "18": 0.55}).root is None


# --- in the extractor ----------------------------------------------------------------


def test_the_shipped_model_is_loaded_once_per_process():
    assert trigger_model() is trigger_model()
    with using("shipped"):
        one("Los maestros marcharon ayer por el centro de Quito.")
        assert events_extractor(stage()).trigger is trigger_model()


def test_the_model_is_off_unless_switched_on(monkeypatch):
    from watchfloor.extract.spanish.events import SpanishEventExtractor

    monkeypatch.delenv("WATCHFLOOR_ES_TRIGGERS", raising=False)
    assert SpanishEventExtractor().trigger is None
    monkeypatch.setenv("WATCHFLOOR_ES_TRIGGERS", "on")
    assert SpanishEventExtractor().trigger == "shipped"
    monkeypatch.setenv("WATCHFLOOR_ES_TRIGGERS", "off")
    assert SpanishEventExtractor().trigger is None


def test_the_model_adds_an_event_the_rules_do_not_find():
    text = "Los estudiantes bailaron frente al Congreso de Ecuador."
    with using(None):
        assert one(text).events == []  # "bailar" is no verb of the lexicon
    with using(_model({"bailar": "14"})):
        events = one(text).events
    assert [e.root for e in events] == ["14"]
    assert events[0].extra["evidence"]["decided_by"] == "model"
    assert events[0].extra["evidence"]["rule_code"] is None
    assert events[0].trigger.text == "bailaron"


def test_the_model_vetoes_an_event_of_the_rules():
    text = "Guerrilleros del ELN secuestraron a dos soldados en Arauca."
    with using(None):
        assert "18" in {e.root for e in one(text).events}
    with using(_model({"secuestrar": NONE}), veto_p=0.8):
        assert "18" not in {e.root for e in one(text).events}
    with using(_model({"secuestrar": NONE})):  # the shipped setting: no veto
        assert "18" in {e.root for e in one(text).events}


def test_agreement_keeps_the_rules_code_and_says_so():
    text = "Guerrilleros del ELN secuestraron a dos soldados en Arauca."
    with using(None):
        rules = [(e.code, e.source_code, e.target_code, e.confidence) for e in one(text).events]
        assert all("evidence" not in e.extra for e in one(text).events)
    with using(_model({"secuestrar": "18"})):
        events = one(text).events
    assert [(e.code, e.source_code, e.target_code, e.confidence) for e in events] == rules
    assert {e.extra["evidence"]["decided_by"] for e in events} == {"rules+model"}


def test_disagreement_lowers_confidence():
    text = "Guerrilleros del ELN secuestraron a dos soldados en Arauca."
    with using(None):
        before = {e.code: e.confidence for e in one(text).events}
    # of the rows for "secuestrar", 3 in 8 say 18 and 5 in 8 "none": the model leans to
    # "none" without being sure, the rules stand with less confidence
    x = [{"lemma=secuestrar": 1}] * 80 + [{"lemma=casa": 1}] * 40
    y = ["18"] * 30 + [NONE] * 50 + ["14"] * 40
    with using(TriggerModel(fit(x, y, c=100.0))):
        events = one(text).events
    assert events and all(e.extra["evidence"]["decided_by"] == "rules" for e in events)
    assert all(e.confidence < before[e.code] for e in events)


def test_the_shipped_model_confirms_a_riot_and_the_event_says_so():
    with using(trigger_model()):
        doc = one("Los reclusos se amotinaron en la cárcel de La Picota.")
    riots = [e for e in doc.events if e.root == "14"]
    assert riots, [(e.code, e.trigger.text) for e in doc.events]
    evidence = riots[0].extra["evidence"]
    assert evidence["model"] == "es_triggers" and evidence["decided_by"] == "rules+model"
    assert evidence["model_root"] == "14" and evidence["model_p"] >= 0.6


def test_the_direct_probabilities_are_those_of_predict_proba():
    import numpy as np

    model = trigger_model()
    rows = [
        {"lemma=marchar": 1, "pos=VERB": 1, "dep=ROOT": 1, "rule_root=14": 1},
        {"lemma=casa": 1, "pos=NOUN": 1, "no such feature": 1},
        {"never seen": 1},
    ]
    fast = model.probs(rows)
    slow = model.pipeline.predict_proba(rows)
    assert np.allclose([[p[c] for c in model.classes] for p in fast], slow, atol=1e-9)
