"""The time-forward filter measurement (bench/eval_filter_forward.py) on constructed records;
the judged samples are not read here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture(scope="module")
def fwd():
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(
        "eval_filter_forward", BENCH / "eval_filter_forward.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _rec(seed: int, doc: str, label: int = 1) -> dict:
    return {"seed": str(seed), "event": ["reuters", doc, "0", "5"], "label": label}


def test_the_split_trains_on_the_earlier_view_and_tests_on_the_later_samples(fwd):
    view = [_rec(3069, "a"), _rec(3070, "b")]  # the training view (its own dedup)
    every = [_rec(3069, "a"), _rec(3070, "b", 0), _rec(3071, "c"), _rec(3096, "d")]
    got = fwd.split(view, every, 3070, 3095)
    assert [(r["seed"], r["label"]) for r in got] == [("3069", 1), ("3070", 1), ("3071", 1)]
    # a sample after test_last (3096: the lead's) is never read
    assert all(int(r["seed"]) <= 3095 for r in got)


def test_the_matched_cut_loses_exactly_that_many_real_events(fwd):
    score = np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.05, 0.15, 0.6])
    y = np.array([1, 1, 1, 1, 1, 0, 0, 0])
    for lost in range(4):
        dropped = fwd.cut_to(score, y, lost)
        assert int((dropped & (y == 1)).sum()) == lost
    assert not fwd.cut_to(score, y, 0).any()
    assert fwd.cut_to(score, y, 2)[[5, 6]].all()  # the non-events below the cut go too


def test_the_article_bootstrap_of_an_auc_difference(fwd):
    rng = np.random.default_rng(0)
    y = np.array([1, 0] * 30)
    good = y + rng.normal(0, 0.3, len(y))
    noise = rng.normal(0, 1, len(y))
    articles = [("reuters", str(i // 2)) for i in range(len(y))]
    lo, hi = fwd.boot_auc_diff(good, noise, y, articles)
    assert 0 < lo <= hi  # a scorer that knows the labels beats noise
    lo, hi = fwd.boot_auc_diff(good, good, y, articles)
    assert lo == hi == 0.0
