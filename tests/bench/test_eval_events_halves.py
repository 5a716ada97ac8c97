"""``bench/eval_events.py``'s two halves (issue 12): a stable split of the sentences by the
hash of their letters and digits, and per-fold figures on each half, on sentences and
records written for the test."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _module():
    spec = importlib.util.spec_from_file_location(
        "eval_events_under_test", BENCH / "eval_events.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


SENTENCES = [f"The envoy of country {i} met the minister on day {i}." for i in range(40)]


def test_a_sentence_keeps_its_half_whatever_its_case_spacing_and_punctuation():
    ee = _module()
    for s in SENTENCES:
        assert ee.half(s) == ee.half(s.upper().replace(" ", "  ").replace(".", " ."))
    halves = [ee.half(s) for s in SENTENCES]
    assert set(halves) == {"A", "B"}  # forty different sentences fall in both halves
    assert ee.half("Rebels shelled the town.") == ee.half("Rebels shelled the town.")


def test_figures_by_half_are_per_fold_means_over_that_half_only():
    ee = _module()
    texts = SENTENCES[:8]
    a = [i for i, t in enumerate(texts) if ee.half(t) == "A"]
    record = {
        "fold": {i: i % 2 for i in range(8)},
        "sys": {i: (1 if i in a else 0) for i in range(8)},
    }
    # score: the share of the fold's sentences the system marks 1
    figures = ee.by_half(
        texts, record, lambda idx, name: sum(record[name][i] for i in idx) / max(len(idx), 1)
    )
    assert all(any(i % 2 == f for i in a) for f in (0, 1))  # both folds hold A sentences
    assert figures["sys A"] == (1.0, 0.0)
    assert figures["sys B"][0] == 0.0
    whole = [sum(i in a for i in range(8) if i % 2 == f) / 4 for f in (0, 1)]
    assert abs(figures["sys whole"][0] - sum(whole) / 2) < 1e-9
