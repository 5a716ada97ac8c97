"""L2-regularised logistic regression in NumPy, and the scores used to judge it.

Offline side of the check-worthiness scorer (:mod:`watchfloor.extract.claims.checkworthiness`):
:mod:`watchfloor.training.checkworthiness` fits the shipped model with :func:`fit`, and
``bench/eval_checkworthy.py`` cross-validates it with :func:`cross_validate`. Newton steps
(IRLS) make the fit deterministic; the only randomness is the fold split, from ``seed``.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def standardise(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    return mean, scale


def fit(x: np.ndarray, y: np.ndarray, l2: float = 10.0, iters: int = 25) -> dict[str, Any]:
    """Fit on standardised features. RETURNS mean, scale, weights, bias (plain lists)."""
    mean, scale = standardise(x)
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))]).astype("float64")
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[-1] = 0.0  # no penalty on the bias
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        grad = z.T @ (p - y) + reg * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return {"mean": mean.tolist(), "scale": scale.tolist(), "weights": w[:-1].tolist(),
            "bias": float(w[-1])}


def predict(model: dict[str, Any], x: np.ndarray) -> np.ndarray:
    z = ((x - np.asarray(model["mean"])) / np.asarray(model["scale"])) @ np.asarray(
        model["weights"]) + model["bias"]
    return 1.0 / (1.0 + np.exp(-z))


def roc_auc(y: np.ndarray, s: np.ndarray) -> float:
    """Area under the ROC curve (rank formulation, ties averaged)."""
    order = np.argsort(s, kind="mergesort")
    ranks = np.empty(len(s))
    sorted_s = s[order]
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and sorted_s[j + 1] == sorted_s[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    pos = y == 1
    n_pos, n_neg = pos.sum(), (~pos).sum()
    return float((ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def f1_positive(y: np.ndarray, s: np.ndarray, threshold: float) -> tuple[float, float, float]:
    pred = s >= threshold
    tp = float((pred & (y == 1)).sum())
    p = tp / pred.sum() if pred.sum() else 0.0
    r = tp / (y == 1).sum() if (y == 1).sum() else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def best_threshold(y: np.ndarray, s: np.ndarray) -> float:
    """The cut that maximises positive-class F1 on (training) scores."""
    grid = np.round(np.arange(0.2, 0.71, 0.025), 3)
    return float(max(grid, key=lambda t: f1_positive(y, s, t)[2]))


def cross_validate(x: np.ndarray, y: np.ndarray, folds: int = 5, seed: int = 13,
                   l2: float = 10.0) -> dict[str, Any]:
    """Stratified k-fold CV; the threshold is chosen on each training fold only.
    RETURNS per-fold and mean precision, recall, F1 (positive class) and ROC AUC."""
    rng = np.random.default_rng(seed)
    fold_of = np.empty(len(y), dtype=int)
    for label in (0, 1):
        idx = np.flatnonzero(y == label)
        rng.shuffle(idx)
        fold_of[idx] = np.arange(len(idx)) % folds
    rows = []
    for k in range(folds):
        train, test = fold_of != k, fold_of == k
        model = fit(x[train], y[train], l2=l2)
        t = best_threshold(y[train], predict(model, x[train]))
        s = predict(model, x[test])
        p, r, f = f1_positive(y[test], s, t)
        rows.append({"fold": k, "threshold": t, "precision": p, "recall": r, "f1": f,
                     "auc": roc_auc(y[test], s)})
    mean = {m: float(np.mean([r[m] for r in rows])) for m in ("precision", "recall", "f1", "auc")}
    return {"folds": rows, "mean": mean}
