"""Train the check-worthiness scorer shipped in ``watchfloor/data/models/checkworthiness/``.

Offline step for :mod:`watchfloor.extract.claims.checkworthiness`: parses the ClaimBuster training
sentences (``../shared/eval/claimbuster/train.jsonl``, label 1 = check-worthy factual
claim) with the same spaCy model the pipeline uses, fits an L2 logistic regression
(:mod:`watchfloor.training.logistic`, deterministic Newton steps), picks the L2 strength
(best ROC AUC) and the decision threshold (best F1) by 5-fold cross-validation (seed 13)
and writes weights, feature scaling, threshold, cross-validated figures and provenance to
a small JSON file (``model.json``) beside its ``meta.json`` and ``MODEL_CARD.md``.
Re-running it on the same data and model gives the same file.

Usage: python -m watchfloor.training checkworthiness [--out DIR] [--l2 10 30 100 ...]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import numpy as np

from watchfloor.extract.claims.checkworthiness import (
    HAND_FEATURES,
    HASH_BUCKETS,
    MODEL_FILE,
    MODEL_NAME,
    featurize_texts,
)
from watchfloor.nlp.pipeline import DEFAULT_MODEL, load_nlp
from watchfloor.training.common import (
    SEED,
    data_record,
    model_folder,
    require,
    shared_dir,
    write_model,
)
from watchfloor.training.logistic import cross_validate, fit

TRAIN_DATA = "eval/claimbuster/train.jsonl"
L2_GRID = (10.0, 30.0, 100.0, 300.0, 1000.0, 3000.0)


def load(path: Path) -> tuple[list[str], np.ndarray]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [r["text"] for r in rows], np.array([int(r["label"]) for r in rows])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m watchfloor.training checkworthiness",
                                 description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None,
                    help="models folder to write into (default: the package's)")
    ap.add_argument("--l2", type=float, nargs="+", default=list(L2_GRID),
                    help="L2 strengths to cross-validate; the best ROC AUC wins")
    args = ap.parse_args(argv)
    train = require(shared_dir() / TRAIN_DATA)
    texts, y = load(train)
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
            "sha1": hashlib.sha1(train.read_bytes()).hexdigest(),
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
    folder = model_folder(MODEL_NAME, args.out)
    path = folder / MODEL_FILE
    path.write_text(json.dumps(out, indent=0) + "\n", encoding="utf-8")
    write_model(MODEL_NAME, card_meta(out, data_record(train, TRAIN_DATA, n=int(len(y)))),
                MODEL_CARD, args.out)
    print(f"wrote {path} ({path.stat().st_size} bytes); threshold {threshold:.3f}; "
          f"5-fold CV: " + ", ".join(f"{k} {v:.3f}" for k, v in cv["mean"].items()))
    return 0


def card_meta(model: dict, trained_on: dict) -> dict:
    """RETURNS the ``meta.json`` fields of a fitted model (its figures come from its CV)."""
    return {
        "version": model["version"],
        "format": "json",
        "file": MODEL_FILE,
        "trained_on": trained_on,
        "seed": model["seed"],
        "cv": {"k": 5, "mean": model["cv_5fold"]},
        "licence": "ClaimBuster data (Arslan et al. 2020), research use; weights Apache-2.0",
        "created_by": "python -m watchfloor.training checkworthiness",
    }


MODEL_CARD = """
# Check-worthiness scorer (checkworthy-v1)

* **What**: a 0-1 score that a sentence is a check-worthy factual claim; used by the claims
  extractor on every sentence and every claim's content.
* **Model**: L2 logistic regression over spaCy's token-vector mean, hand features (figures,
  dates, named actors, comparatives, tense, modals, person, length) and 512 hashed lemmas;
  weights in `model.json`, features in `watchfloor.extract.claims.checkworthiness`.
* **Data**: ClaimBuster `train.jsonl` (7,976 sentences, label 1 = check-worthy), research
  use; see `meta.json` for the file's hash.
* **Figures**: 5-fold cross-validation on the training data (`meta.json`, `cv`); no figure
  here comes from data the model was fitted to.
* **Limits**: trained on US political debate sentences; scores on crime and conflict news
  are less reliable; one language (English).
* **Rebuild**: `python -m watchfloor.training checkworthiness` (seed 13, deterministic).
"""
