"""Evaluate the check-worthiness scorer: 5-fold cross-validation on ClaimBuster training data,
the new scikit-learn pipeline beside the old model's features and learner.

Stratified folds (seed 13, the same for every row); in each fold the model is fitted on
the training part, its decision threshold tuned on out-of-fold probabilities of the
training part only, and the held-out part scored with ``sklearn.metrics``: ROC AUC, F1
(with precision and recall) of the check-worthy class, and the Brier score of the
probabilities (calibration; lower is better). Rows:

* ``old (v1)``: the features of the model this one replaces (spaCy tensor mean, the
  linguistic features, 512 hashed lemmas), standardised, L2 logistic regression with
  its L2 (1000, i.e. C = 0.001), no calibration — refitted here with scikit-learn;
* ``tfidf``: word + char TF-IDF, calibrated logistic regression;
* ``tfidf + ling`` (shipped): plus the linguistic features;
* ``tfidf + ling + tensor``: plus the spaCy tensor mean (does it still add anything?);
* ``tfidf + ling, C=...``: the regularisation grid (``--grid``).

Also times scoring a batch of already-parsed sentences with the shipped model.

Usage: python bench/eval_checkworthy.py [--limit N] [--grid] [--rows old,tfidf,...]
"""

from __future__ import annotations

import argparse
import os
import time
import zlib
from pathlib import Path

import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from watchfloor.extract.claims.checkworthiness import (
    LING_FEATURES,
    DocFeatures,
    load_scorer,
    rows,
)
from watchfloor.nlp.pipeline import DEFAULT_MODEL, load_nlp
from watchfloor.training import checkworthiness as cw

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or ROOT.parent / "shared")
TRAIN = SHARED / cw.TRAIN_DATA
HASH_BUCKETS = 512  # the old model's hashed-lemma features
OLD_L2 = 1000.0  # the old model's L2, chosen by its own CV
N_LING = len(LING_FEATURES)


def parse(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """RETURNS (model input rows, spaCy tensor means, hashed lemma bags) of ``texts``."""
    nlp = load_nlp(DEFAULT_MODEL, ())
    ling, tensor, lemmas = [], [], []
    for doc in nlp.pipe(texts, batch_size=256):
        ling.append(DocFeatures(doc).ling(0, len(doc)))
        t = doc.tensor
        tensor.append(
            t.mean(axis=0)
            if t is not None and len(doc) and t.shape[1]
            else np.zeros(96, np.float32)
        )
        bag = np.zeros(HASH_BUCKETS, np.float32)
        for tok in doc:
            if not (tok.is_punct or tok.is_space):
                bag[zlib.crc32(tok.lemma_.lower().encode("utf-8")) % HASH_BUCKETS] = 1.0
        lemmas.append(bag)
    return rows(texts, np.vstack(ling)), np.vstack(tensor), np.vstack(lemmas)


def old_model(n_tensor: int) -> Pipeline:
    """The v1 model: all dense features standardised, L2 logistic regression, no
    calibration (columns: text, ling, tensor mean, hashed lemmas)."""
    feats = ColumnTransformer(
        [("dense", StandardScaler(), list(range(1, 1 + N_LING + n_tensor + HASH_BUCKETS)))]
    )
    return Pipeline([("features", feats), ("clf", LogisticRegression(C=1 / OLD_L2, max_iter=2000))])


def with_tensor(c: float) -> Pipeline:
    """The shipped pipeline plus the tensor mean columns (after the linguistic ones)."""
    pipe = cw.build(c)
    feats = pipe.named_steps["features"]
    feats.transformers.append(
        ("tensor", StandardScaler(), list(range(1 + N_LING, 1 + N_LING + 96)))
    )
    return pipe


def old_threshold(model: Pipeline, x: np.ndarray, y: np.ndarray) -> float:
    """The old rule: F1-best cut of the model's own training-set probabilities."""
    return cw.best_threshold(y, model.predict_proba(x)[:, 1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--grid", action="store_true", help="also cross-validate C in 1, 4, 16")
    ap.add_argument("--rows", default="old,tfidf,tfidf+ling,tfidf+ling+tensor")
    args = ap.parse_args()
    if not TRAIN.exists():
        raise SystemExit(f"ClaimBuster data not found: {TRAIN} (set WATCHFLOOR_SHARED)")
    texts, y = cw.load(TRAIN)
    texts, y = texts[: args.limit], y[: args.limit]
    t0 = time.perf_counter()
    x, tensor, lemmas = parse(texts)
    parse_s = time.perf_counter() - t0
    wide = np.hstack([x, tensor.astype(object), lemmas.astype(object)])
    print(
        f"ClaimBuster train: {len(y)} sentences, {int(y.sum())} check-worthy; 5-fold "
        f"stratified CV (seed {cw.SEED}); parse {parse_s:.0f} s; mean ± std over folds"
    )
    configs = {
        "old": ("old (v1 features, LR)", lambda: old_model(96), old_threshold),
        "tfidf": ("tfidf (word+char)", lambda: cw.build(ling=False), None),
        "tfidf+ling": (f"tfidf + ling, C={cw.DEFAULT_C:g} *", lambda: cw.build(), None),
        "tfidf+ling+tensor": ("tfidf + ling + tensor", lambda: with_tensor(cw.DEFAULT_C), None),
    }
    wanted = args.rows.split(",")
    if args.grid:
        for c in (1.0, 16.0):
            configs[f"C{c:g}"] = (f"tfidf + ling, C={c:g}", lambda c=c: cw.build(c), None)
            wanted.append(f"C{c:g}")
    print(f"{'model':<28}{'ROC AUC':>16}{'F1':>16}{'P':>7}{'R':>7}{'Brier':>16}{'s':>6}")
    for key in wanted:
        label, make, pick = configs[key]
        t0 = time.perf_counter()
        cv = cw.cross_validate(make, wide, y, threshold=pick)
        m, s = cv["mean"], cv["std"]
        print(
            f"{label:<28}{m['auc']:>9.3f} ±{s['auc']:.3f}{m['f1']:>9.3f} ±{s['f1']:.3f}"
            f"{m['precision']:>7.3f}{m['recall']:>7.3f}{m['brier']:>9.3f} ±{s['brier']:.3f}"
            f"{time.perf_counter() - t0:>6.0f}",
            flush=True,
        )
    print("* shipped configuration")
    scorer = load_scorer()
    t0 = time.perf_counter()
    for at in range(0, len(y), 40):  # a document's worth of spans per call
        scorer.score_rows(x[at : at + 40])
    took = time.perf_counter() - t0
    print(
        f"shipped model {scorer.version}: threshold {scorer.threshold:.3f}; scoring "
        f"{len(y) / took:,.0f} sentences/s in batches of 40 (features precomputed)"
    )


if __name__ == "__main__":
    main()
