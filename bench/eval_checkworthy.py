"""Evaluate the check-worthiness scorer: 5-fold cross-validation on ClaimBuster training data.

Same features and learner as the shipped model (:mod:`watchfloor.extract.claims.checkworthiness`,
:mod:`watchfloor.training.logistic`): stratified folds (seed 13), the decision threshold
chosen on each training fold, and on each held-out fold the precision, recall and F1 of
the positive (check-worthy) class and the ROC AUC; means over folds. Ablations show what
each feature group brings. Also times the scorer on already-parsed sentences.

Usage: python bench/eval_checkworthy.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import numpy as np

from watchfloor.extract.claims.checkworthiness import (
    HAND_FEATURES,
    HASH_BUCKETS,
    MODEL_FILE,
    featurize_texts,
    load_scorer,
)
from watchfloor.nlp.pipeline import DEFAULT_MODEL, load_nlp
from watchfloor.training.logistic import cross_validate

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or ROOT.parent / "shared")
TRAIN = SHARED / "eval" / "claimbuster" / "train.jsonl"
MODEL = ROOT / "src" / "watchfloor" / "data" / "claims" / MODEL_FILE


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    if not TRAIN.exists():
        raise SystemExit(f"ClaimBuster data not found: {TRAIN} (set WATCHFLOOR_SHARED)")
    rows = [json.loads(line) for line in TRAIN.read_text(encoding="utf-8").splitlines() if line]
    rows = rows[: args.limit]
    y = np.array([int(r["label"]) for r in rows])
    nlp = load_nlp(DEFAULT_MODEL, ())
    t0 = time.perf_counter()
    x = featurize_texts([r["text"] for r in rows], nlp)
    parse_s = time.perf_counter() - t0
    n_tensor = x.shape[1] - len(HAND_FEATURES) - HASH_BUCKETS
    groups = {
        "all features (shipped)": slice(0, x.shape[1]),
        "spaCy tensor mean only": slice(0, n_tensor),
        "hand features only": slice(n_tensor, n_tensor + len(HAND_FEATURES)),
        "hashed lemmas only": slice(n_tensor + len(HAND_FEATURES), x.shape[1]),
    }
    print(f"ClaimBuster train: {len(y)} sentences, {int(y.sum())} check-worthy; "
          f"5-fold stratified CV (seed 13); parse+features {parse_s:.0f} s")
    print(f"{'features':<26}{'P':>7}{'R':>7}{'F1(pos)':>9}{'ROC AUC':>9}")
    l2 = float(json.loads(MODEL.read_text(encoding="utf-8"))["l2"])
    print(f"L2 {l2:g} (as chosen by python -m watchfloor.training checkworthiness)")
    for name, cols in groups.items():
        m = cross_validate(x[:, cols], y, folds=5, seed=13, l2=l2)["mean"]
        print(f"{name:<26}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>9.3f}"
              f"{m['auc']:>9.3f}")
    scorer = load_scorer()
    t0 = time.perf_counter()
    scorer.score_matrix(x)
    print(f"shipped model {scorer.version}: threshold {scorer.threshold:.3f}; "
          f"scoring {len(y) / max(time.perf_counter() - t0, 1e-9):,.0f} sentences/s "
          f"(features precomputed)")


if __name__ == "__main__":
    main()
