"""Train the check-worthiness scorer shipped in ``watchfloor/data/claims/checkworthy-v1.json``.

Offline step for :mod:`watchfloor.claims.checkworthy`: parses the ClaimBuster training
sentences (``../shared/eval/claimbuster/train.jsonl``, label 1 = check-worthy factual
claim) with the same spaCy model the pipeline uses, fits an L2 logistic regression
(:mod:`watchfloor.claims.logistic`, deterministic Newton steps), picks the L2 strength
(best ROC AUC) and the decision threshold (best F1) by 5-fold cross-validation (seed 13)
and writes weights, feature scaling, threshold, cross-validated figures and provenance to
a small JSON file. Re-running it on the same data and model gives the same file.

Usage: python scripts/train_checkworthy.py [--out PATH] [--l2 10 30 100 ...]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
from pathlib import Path

import numpy as np

from watchfloor.claims.checkworthy import HAND_FEATURES, HASH_BUCKETS, MODEL_FILE, featurize_texts
from watchfloor.claims.logistic import cross_validate, fit
from watchfloor.nlp.pipeline import DEFAULT_MODEL, load_nlp

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or ROOT.parent / "shared")
TRAIN = SHARED / "eval" / "claimbuster" / "train.jsonl"
OUT = ROOT / "src" / "watchfloor" / "data" / "claims" / MODEL_FILE
SEED = 13
L2_GRID = (10.0, 30.0, 100.0, 300.0, 1000.0, 3000.0)


def load(path: Path) -> tuple[list[str], np.ndarray]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [r["text"] for r in rows], np.array([int(r["label"]) for r in rows])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--l2", type=float, nargs="+", default=list(L2_GRID),
                    help="L2 strengths to cross-validate; the best ROC AUC wins")
    args = ap.parse_args()
    if not TRAIN.exists():
        raise SystemExit(f"ClaimBuster data not found: {TRAIN} (set WATCHFLOOR_SHARED)")
    texts, y = load(TRAIN)
    x = featurize_texts(texts, load_nlp(DEFAULT_MODEL, ()))
    grid = {l2: cross_validate(x, y, folds=5, seed=SEED, l2=l2) for l2 in args.l2}
    for l2, res in grid.items():
        print(f"l2 {l2:g}: " + ", ".join(f"{k} {v:.4f}" for k, v in res["mean"].items()))
    # ranking quality decides (the report lists the most check-worthy claims first); the
    # threshold for "check-worthy" is then tuned for F1 on the training folds
    best = max(grid, key=lambda l2: (grid[l2]["mean"]["auc"], -l2))
    cv = grid[best]
    threshold = float(np.median([f["threshold"] for f in cv["folds"]]))
    model = fit(x, y, l2=best)
    out = {
        "version": "checkworthy-v1",
        "trained_on": {
            "file": "shared/eval/claimbuster/train.jsonl (ClaimBuster, Arslan et al. 2020)",
            "sha1": hashlib.sha1(TRAIN.read_bytes()).hexdigest(),
            "n": int(len(y)),
            "positives": int(y.sum()),
        },
        "spacy_model": DEFAULT_MODEL,
        "features": {"tensor_mean": int(x.shape[1] - len(HAND_FEATURES) - HASH_BUCKETS),
                     "hand": list(HAND_FEATURES), "hashed_lemmas": HASH_BUCKETS},
        "l2": best,
        "l2_grid_cv": {f"{k:g}": {m: round(v["mean"][m], 4) for m in ("f1", "auc")}
                       for k, v in grid.items()},
        "seed": SEED,
        "threshold": threshold,
        "cv_5fold": {k: round(v, 4) for k, v in cv["mean"].items()},
        "mean": [round(v, 6) for v in model["mean"]],
        "scale": [round(v, 6) for v in model["scale"]],
        "weights": [round(v, 6) for v in model["weights"]],
        "bias": round(model["bias"], 6),
    }
    args.out.write_text(json.dumps(out, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes); threshold {threshold:.3f}; "
          f"5-fold CV: " + ", ".join(f"{k} {v:.3f}" for k, v in cv["mean"].items()))


if __name__ == "__main__":
    main()
