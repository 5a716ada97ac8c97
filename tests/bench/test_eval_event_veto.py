"""The leave-one-sample-out veto measurement (bench/eval_event_veto.py) on constructed
records and one sentence written for the test; the judged samples are not read here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from watchfloor.model import Event, Span

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def veto():
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("eval_event_veto", BENCH / "eval_event_veto.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _record(mod, seed: str, label: int, score: float) -> dict:
    f = dict.fromkeys(mod.FEATURES, 0.0)
    f.update(relevance=score, confidence=score, p_none=1 - score, p_rule=score)
    return {"seed": seed, "key": [], "label": label, "match": "exact", "features": f}


def test_threshold_vetoes_at_most_the_allowed_share_of_real_events(veto):
    score = np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 0.05, 0.17])
    y = np.array([1] * 10 + [0, 0])
    t = veto.threshold(score, y, 0.10)  # one real event of ten may go
    assert 0.1 < t < 0.2
    assert ((score < t) & (y == 1)).sum() == 1 and ((score < t) & (y == 0)).sum() == 1
    assert veto.threshold(score, y, 0.05) == float("-inf")  # none may go: no veto


def test_outcome_counts_precision_and_losses(veto):
    y = np.array([1, 1, 1, 0])
    out = veto.outcome(np.array([False, False, True, True]), y)
    assert out["precision_before"] == 0.75 and out["precision_after"] == 1.0
    assert out["real_lost"] == pytest.approx(1 / 3) and out["non_events_removed"] == 1.0


def test_the_held_out_sample_is_never_fitted_on(veto):
    # in samples 1-4 a low score marks a non-event; in sample 5 the opposite. A veto
    # fitted or thresholded with sample 5 in it would not remove sample 5's real events.
    recs = []
    for seed in ("1", "2", "3", "4"):
        recs += [_record(veto, seed, 1, 0.6 + i / 100) for i in range(20)]
        recs += [_record(veto, seed, 0, 0.1 + i / 100) for i in range(5)]
    recs += [_record(veto, "5", 1, 0.1 + i / 100) for i in range(20)]
    recs += [_record(veto, "5", 0, 0.9 + i / 100) for i in range(5)]
    cv = veto.cross_validate(recs, 0.10)
    by_seed = {r["seed"]: r for r in cv["per_sample"]["logistic"]}
    assert by_seed["1"]["non_events_removed"] == 1.0
    assert by_seed["5"]["real_lost"] == 1.0 and by_seed["5"]["gain"] < 0
    assert cv["auc"] < 0.9  # pooled out-of-sample AUC pays for sample 4


def test_features_of_an_event(veto):
    text = "Police in Tegucigalpa arrested two gang leaders on Monday."
    ev = Event(
        code="173",
        root="17",
        quad_class=4,
        goldstein=-5.0,
        trigger=Span(21, 29, "arrested"),
        sentence=Span(0, len(text), text),
        source_code="HNDCOP",
        target_code="CRM",
        hypothetical=True,
        confidence=0.64,
        extra={
            "penta_class": 4,
            "nominal": False,
            "evidence": {"relevance": 0.41, "arguments": "rules+model"},
        },
    )
    f = veto.features(ev, [0.3, 0.0, 0.1, 0.1, 0.5])
    assert tuple(f) == veto.FEATURES
    assert f["p_none"] == 0.3 and f["p_rule"] == 0.5 and f["relevance"] == 0.41
    assert f["dyadic"] == 1.0 and f["asserted"] == 0.0 and f["args_model"] == 1.0
    assert f["quad_conflict"] == 1.0 and f["derived"] == 0.0 and f["nominal"] == 0.0


def test_picker_confidence_of_a_sentence(veto):
    from watchfloor.extract.events.argmodel import shipped_model
    from watchfloor.nlp.pipeline import DEFAULT_MODEL, load_nlp

    nlp = load_nlp(DEFAULT_MODEL, ())
    text = "Venezuela accused Colombia of sheltering guerrillas."
    ps, pt = veto.picker_confidence(nlp(text), text.index("accused"), shipped_model())
    assert ps >= 0.5 and pt >= 0.5  # subject and object: the picker is sure of each side
    text = "Fuel prices climbed sharply in March."
    ps, pt = veto.picker_confidence(nlp(text), text.index("climbed"), shipped_model())
    assert pt < 0.25  # no object, no target
    # no word starts there: no trigger, no score
    assert veto.picker_confidence(nlp(text), text.index("limbed"), shipped_model()) == (0, 0)
