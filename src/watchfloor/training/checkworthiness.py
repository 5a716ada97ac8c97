"""Train the check-worthiness scorer shipped in ``watchfloor/data/models/checkworthiness/``.

Offline step for :mod:`watchfloor.extract.claims.checkworthiness`: parses the ClaimBuster
training sentences (``../shared/eval/claimbuster/train.jsonl``, label 1 = check-worthy
factual claim) with the pipeline's spaCy model for the linguistic features, and fits a
scikit-learn pipeline: word (1-2 gram) and character (2-5 gram) TF-IDF plus the scaled
linguistic features, into a logistic regression calibrated with ``CalibratedClassifierCV``
(sigmoid, 5 folds). The decision threshold is the F1-best cut of out-of-fold calibrated
probabilities. 5-fold stratified cross-validation (seed 13) gives the figures written to
``meta.json`` and the model card; every fold tunes its own threshold on its training
part only. The model (pipeline, threshold, version) is one joblib file.

Usage: python -m watchfloor.training checkworthiness [--out DIR] [--C 4] [--no-cv]
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (
    brier_score_loss,
    f1_score,
    precision_recall_curve,
    precision_score,
    recall_score,
    roc_auc_score,
)
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

from watchfloor.extract.claims.checkworthiness import (
    LING_FEATURES,
    MODEL_FILE,
    MODEL_NAME,
    featurize_texts,
)
from watchfloor.nlp.pipeline import DEFAULT_MODEL, load_nlp
from watchfloor.training.common import (
    SEED,
    arg_parser,
    data_record,
    require,
    shared_dir,
    spread,
    summarise_folds,
    write_joblib,
    write_model,
)

TRAIN_DATA = "eval/claimbuster/train.jsonl"
VERSION = "checkworthy-v2"
DEFAULT_C = 4.0
WORD_MAX_FEATURES = 30_000
CHAR_MAX_FEATURES = 60_000


def load(path: Path) -> tuple[list[str], np.ndarray]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [r["text"] for r in rows], np.array([int(r["label"]) for r in rows])


def folds(seed: int = SEED, k: int = 5) -> StratifiedKFold:
    return StratifiedKFold(n_splits=k, shuffle=True, random_state=seed)


def features(ling: bool = True) -> ColumnTransformer:
    """Word and character TF-IDF of column 0 (the text) and, with ``ling``, the scaled
    linguistic features (the other columns)."""
    parts: list[tuple[str, Any, Any]] = [
        (
            "word",
            TfidfVectorizer(
                ngram_range=(1, 2),
                min_df=2,
                sublinear_tf=True,
                token_pattern=r"(?u)\b\w+\b|[%$?]",
                max_features=WORD_MAX_FEATURES,
                dtype=np.float32,
            ),
            0,
        ),
        (
            "char",
            TfidfVectorizer(
                analyzer="char_wb",
                ngram_range=(2, 5),
                min_df=3,
                sublinear_tf=True,
                max_features=CHAR_MAX_FEATURES,
                dtype=np.float32,
            ),
            0,
        ),
    ]
    if ling:
        parts.append(("ling", StandardScaler(), list(range(1, 1 + len(LING_FEATURES)))))
    return ColumnTransformer(parts, sparse_threshold=1.0)


def classifier(c: float = DEFAULT_C, seed: int = SEED) -> CalibratedClassifierCV:
    """L2 logistic regression, probabilities calibrated on 5 inner folds (sigmoid)."""
    lr = LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=seed)
    return CalibratedClassifierCV(lr, method="sigmoid", cv=folds(seed), ensemble=False)


def build(c: float = DEFAULT_C, ling: bool = True, seed: int = SEED) -> Pipeline:
    """The shipped pipeline: features, then the calibrated classifier."""
    return Pipeline([("features", features(ling)), ("clf", classifier(c, seed))])


def best_threshold(y: np.ndarray, p: np.ndarray) -> float:
    """The cut that maximises positive-class F1 of probabilities ``p``."""
    precision, recall, cuts = precision_recall_curve(y, p)
    f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-12)
    return float(cuts[int(np.argmax(f1[:-1]))])


def tuned_threshold(model: Pipeline, x: np.ndarray, y: np.ndarray, seed: int = SEED) -> float:
    """The F1-best threshold of a fitted ``model`` on out-of-fold probabilities of its own
    training data ``x``: the logistic regression's out-of-fold decision values on the
    calibration folds (the same folds ``CalibratedClassifierCV`` used, so the same values
    its sigmoid was fitted to), mapped through that sigmoid. The features are reused
    (their vocabulary saw no labels)."""
    clf: CalibratedClassifierCV = model.named_steps["clf"]
    fx = model.named_steps["features"].transform(x)
    oof = cross_val_predict(clone(clf.estimator), fx, y, cv=folds(seed), method="decision_function")
    sigmoid = clf.calibrated_classifiers_[0].calibrators[0]
    return best_threshold(y, sigmoid.predict(oof))


def metrics(y: np.ndarray, p: np.ndarray, threshold: float) -> dict[str, float]:
    pred = p >= threshold
    return {
        "auc": roc_auc_score(y, p),
        "f1": f1_score(y, pred),
        "precision": precision_score(y, pred, zero_division=0),
        "recall": recall_score(y, pred),
        "brier": brier_score_loss(y, p),
        "threshold": threshold,
    }


def cross_validate(
    make: Callable[[], Pipeline],
    x: np.ndarray,
    y: np.ndarray,
    k: int = 5,
    seed: int = SEED,
    threshold: Callable[[Pipeline, np.ndarray, np.ndarray], float] | None = None,
) -> dict[str, Any]:
    """Stratified k-fold CV of the pipelines ``make()`` builds; each fold's threshold comes
    from its training part only (``threshold``, default :func:`tuned_threshold`).
    RETURNS :func:`summarise_folds` of :func:`metrics`."""
    pick = threshold or tuned_threshold
    rows = []
    for train, test in folds(seed, k).split(x, y):
        model = make().fit(x[train], y[train])
        t = pick(model, x[train], y[train])
        rows.append(metrics(y[test], model.predict_proba(x[test])[:, 1], t))
        print(
            f"  fold {len(rows)}/{k}: " + ", ".join(f"{m} {v:.3f}" for m, v in rows[-1].items()),
            flush=True,
        )
    return summarise_folds(rows)


def main(argv: list[str] | None = None) -> int:
    ap = arg_parser("checkworthiness", __doc__)
    ap.add_argument("--C", type=float, default=DEFAULT_C, help="inverse L2 strength")
    args = ap.parse_args(argv)
    train = require(shared_dir() / TRAIN_DATA)
    texts, y = load(train)
    x = featurize_texts(texts, load_nlp(DEFAULT_MODEL, ()))
    cv = cross_validate(lambda: build(args.C), x, y)
    print(
        "5-fold CV: " + ", ".join(f"{k} {v:.4f}±{cv['std'][k]:.4f}" for k, v in cv["mean"].items())
    )
    model = build(args.C).fit(x, y)
    threshold = tuned_threshold(model, x, y)
    _slim(model)
    path = write_joblib(
        MODEL_NAME,
        MODEL_FILE,
        {
            "version": VERSION,
            "pipeline": model,
            "threshold": threshold,
            "ling_features": list(LING_FEATURES),
        },
        args.out,
    )
    meta = {
        "version": VERSION,
        "format": "joblib",
        "file": MODEL_FILE,
        "trained_on": data_record(train, TRAIN_DATA, n=int(len(y)), positives=int(y.sum())),
        "spacy_model": DEFAULT_MODEL,
        "seed": SEED,
        "params": {
            "C": args.C,
            "word_ngrams": [1, 2],
            "char_ngrams": [2, 5],
            "word_max_features": WORD_MAX_FEATURES,
            "char_max_features": CHAR_MAX_FEATURES,
            "calibration": "sigmoid, 5 folds",
            "ling_features": list(LING_FEATURES),
        },
        "threshold": round(threshold, 4),
        "cv": cv,
        "licence": "ClaimBuster data (Arslan et al. 2020), research use; model Apache-2.0",
        "created_by": "python -m watchfloor.training checkworthiness",
    }
    write_model(MODEL_NAME, meta, model_card(cv, threshold, len(y), int(y.sum())), args.out)
    print(f"wrote {path} ({path.stat().st_size:,} bytes); threshold {threshold:.3f}")
    return 0


def _slim(model: Pipeline) -> None:
    """Drop what scoring never reads (the n-grams cut by ``max_features``/``min_df``):
    scikit-learn keeps them only for introspection, and they would double the file."""
    for name, step, _ in model.named_steps["features"].transformers_:
        if name in {"word", "char"} and hasattr(step, "stop_words_"):
            del step.stop_words_


def model_card(cv: dict[str, Any], threshold: float, n: int, positives: int) -> str:
    fig = ", ".join(f"{k} {spread(cv, k)}" for k in ("auc", "f1", "precision", "recall", "brier"))
    return f"""
# Check-worthiness scorer ({VERSION})

* **What**: a calibrated 0-1 probability that a sentence is a check-worthy factual claim;
  used by the claims extractor on every sentence and every claim's content
  (`Claim.check_worthiness`; `extra.check_worthy` is the cut at {threshold:.3f}).
* **Model**: scikit-learn pipeline (`model.joblib`): word 1-2 gram and character 2-5 gram
  TF-IDF (sublinear, at most {WORD_MAX_FEATURES:,} and {CHAR_MAX_FEATURES:,} n-grams) plus
  {len(LING_FEATURES)} scaled linguistic features from the spaCy parse (figures, dates,
  named actors, comparatives, tense, modals, person, questions, length, negation; see
  `watchfloor.extract.claims.checkworthiness`), into an L2 logistic regression calibrated
  with `CalibratedClassifierCV` (sigmoid, 5 inner folds). Threshold: F1-best cut of
  out-of-fold probabilities.
* **Data**: ClaimBuster `train.jsonl` ({n:,} sentences, {positives:,} check-worthy;
  Arslan et al. 2020), research use; its SHA-256 is in `meta.json`.
* **Figures** (5-fold stratified CV, seed 13, mean ± std; each fold's threshold chosen on
  its training part): {fig}. C = 4 was set without a search; the feature groups were compared
  by `bench/eval_checkworthy.py` on the same folds, so the figures are slightly optimistic.
* **Limits**: trained on US presidential debate sentences: crime and conflict news is a
  different register, so treat scores there as a ranking more than a probability; English
  only; a sentence is scored alone (no context); quotes and headlines are scored like any
  sentence.
* **Rebuild**: `python -m watchfloor.training checkworthiness` (seed 13; same data, same
  scikit-learn version give the same model).
"""
