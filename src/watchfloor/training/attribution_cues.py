"""Train the attribution-cue gate (:mod:`watchfloor.extract.claims.cue_model`).

Data: the *tune* two-thirds of the PolNeAR development articles
(``../shared/eval/polnear-dev``; the split is :func:`split_of`, shared with
``bench/eval_attribution.py``, whose held-out third is never read here). Every verb of
every tune article is a row: positive when it is the syntactic root of an annotated
``Cue`` span. Features: :func:`watchfloor.extract.claims.cue_model.verb_features`.

Cross-validation: 5 folds grouped by article (no article in both parts), out-of-fold
probabilities give ROC AUC, precision, recall and F1 of the gate beside the cue lexicon
alone, and the two cuts: ``keep`` for lexicon verbs (the best F1 on their out-of-fold
probabilities) and ``add`` for the others (the lowest cut with out-of-fold precision
:data:`ADD_PRECISION`). The final model is fitted on all tune
verbs and shipped as its weights (``weights.json``).

Usage: python -m watchfloor.training attribution_cues [--out MODELS_DIR]
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_fscore_support, roc_auc_score
from sklearn.model_selection import GroupKFold

from watchfloor.training.common import (
    SEED,
    arg_parser,
    model_folder,
    require,
    shared_dir,
    summarise_folds,
    write_model,
)

MODEL_NAME = "attribution_cues"
SPLIT_SEED = 13
C = 1.0
K = 5
# A verb outside the lexicon becomes a cue only where the gate is this precise out of fold:
# at its best-F1 cut (0.25) it took event verbs with a person subject ("the minister
# visited the port") for attributions.
ADD_PRECISION = 0.75


def split_of(name: str) -> str:
    """``holdout`` for a seeded third of the PolNeAR articles, ``tune`` for the rest."""
    h = int(hashlib.sha256(f"{SPLIT_SEED}:{name}".encode()).hexdigest(), 16)
    return "holdout" if h % 3 == 0 else "tune"


def tune_articles(root: Path) -> list[tuple[str, str, list[Path]]]:
    """RETURNS (name, text, annotation files) of every tune article under ``root``."""
    by_name: dict[str, list[Path]] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        by_name.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    out = []
    for name, anns in sorted(by_name.items()):
        txt = root / "text" / f"{name}.txt"
        if txt.exists() and split_of(name) == "tune":
            out.append((name, txt.read_text(encoding="utf-8"), anns))
    return out


def cue_roots(doc: Any, anns: list[Path]) -> set[int]:
    """RETURNS the token ids that are the syntactic root of an annotated cue (any
    annotator of the article)."""
    roots: set[int] = set()
    for ann in anns:
        for line in ann.read_text(encoding="utf-8").splitlines():
            if not line.startswith("T"):
                continue
            info = line.split("\t")[1]
            label, _, offsets = info.partition(" ")
            if label != "Cue":
                continue
            pieces = [tuple(int(x) for x in p.split()) for p in offsets.split(";")]
            span = doc.char_span(
                min(a for a, _ in pieces), max(b for _, b in pieces), alignment_mode="expand"
            )
            if span is not None and len(span):
                roots.add(span.root.i)
    return roots


def rows(root: Path) -> tuple[list[dict[str, int]], np.ndarray, list[str], np.ndarray, str]:
    """RETURNS features, labels, groups (article), lexicon flags and the data digest."""
    import spacy

    from watchfloor.extract.claims.attribution import load_cues
    from watchfloor.extract.claims.cue_model import verb_features
    from watchfloor.nlp.pipeline import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL)
    lexicon = frozenset(load_cues()["verbs"])
    articles = tune_articles(root)
    digest = hashlib.sha256()
    x: list[dict[str, int]] = []
    y: list[int] = []
    groups: list[str] = []
    inlex: list[bool] = []
    docs = nlp.pipe([text for _, text, _ in articles], batch_size=16)
    for (name, text, anns), doc in zip(articles, docs, strict=True):
        digest.update(text.encode("utf-8"))
        for ann in anns:
            digest.update(ann.read_bytes())
        roots = cue_roots(doc, anns)
        for tok in doc:
            if tok.pos_ != "VERB":
                continue
            x.append(dict.fromkeys(verb_features(tok, lexicon), 1))
            y.append(int(tok.i in roots))
            groups.append(name)
            inlex.append(tok.lemma_.lower() in lexicon)
    return x, np.array(y), groups, np.array(inlex), digest.hexdigest()


def _fit(x: Any, y: np.ndarray) -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=2000, random_state=SEED).fit(x, y)


def best_cut(p: np.ndarray, y: np.ndarray) -> float:
    """RETURNS the cut (0.05 steps) with the best F1 of ``p >= cut`` against ``y``."""
    cuts = np.round(np.arange(0.05, 0.96, 0.05), 2)
    f1 = [
        precision_recall_fscore_support(y, p >= c, average="binary", zero_division=0)[2]
        for c in cuts
    ]
    return float(cuts[int(np.argmax(f1))])


def precise_cut(p: np.ndarray, y: np.ndarray, precision: float) -> float:
    """RETURNS the lowest cut (0.05 steps) whose ``p >= cut`` has at least ``precision``
    against ``y`` (0.95 when none has)."""
    for cut in np.round(np.arange(0.05, 0.96, 0.05), 2):
        pred = p >= cut
        if pred.any() and y[pred].mean() >= precision:
            return float(cut)
    return 0.95


def gate(p: np.ndarray, inlex: np.ndarray, keep: float, add: float) -> np.ndarray:
    return np.where(inlex, p >= keep, p >= add)


def cross_validate(
    x: Any, y: np.ndarray, groups: list[str], inlex: np.ndarray
) -> tuple[dict[str, Any], dict[str, Any], float, float]:
    """RETURNS the gate's and the lexicon's per-fold figures and the two cuts."""
    oof = np.zeros(len(y))
    folds = list(GroupKFold(n_splits=K).split(x, y, groups))
    for train, test in folds:
        oof[test] = _fit(x[train], y[train]).predict_proba(x[test])[:, 1]
    keep = best_cut(oof[inlex], y[inlex])
    add = precise_cut(oof[~inlex], y[~inlex], ADD_PRECISION)
    gate_folds, lex_folds = [], []
    for _, test in folds:
        yt, pt = y[test], gate(oof[test], inlex[test], keep, add)
        p, r, f, _ = precision_recall_fscore_support(yt, pt, average="binary", zero_division=0)
        gate_folds.append(
            {"auc": roc_auc_score(yt, oof[test]), "precision": p, "recall": r, "f1": f}
        )
        p, r, f, _ = precision_recall_fscore_support(
            yt, inlex[test], average="binary", zero_division=0
        )
        lex_folds.append({"precision": p, "recall": r, "f1": f})
    return summarise_folds(gate_folds), summarise_folds(lex_folds), keep, add


def model_card(
    cv: dict[str, Any],
    lex: dict[str, Any],
    keep: float,
    add: float,
    n: int,
    positives: int,
    articles: int,
) -> str:
    m, s, lm = cv["mean"], cv["std"], lex["mean"]
    return f"""# Attribution-cue gate (attribution-cues-v1)

* **What**: the probability that a verb is the root of an attribution cue (speech,
  belief, attitude: "said", "warned", "slammed", "hopes"); the claims extractor skips a
  lexicon verb under {keep:.2f} (the best-F1 cut) and takes a verb outside the lexicon
  from {add:.2f} (the lowest cut with out-of-fold precision {ADD_PRECISION}).
* **Model**: scikit-learn logistic regression (C = {C}) over binary features of the verb
  (lemma, tag, dependency, its children's dependencies and prepositions, its subject's
  kind, lexicon membership; `watchfloor.extract.claims.cue_model.verb_features`),
  shipped as its weights (`weights.json`).
* **Data**: the tune two-thirds of the PolNeAR development articles ({articles} articles,
  {n} verbs, {positives} cue roots; Newell, Margolin and Ruths 2018), research use; the
  held-out third of `bench/eval_attribution.py` is never read. SHA-256 of the data read
  is in `meta.json`. Only lemmas and tags are kept (no text).
* **Figures** ({K} folds grouped by article, mean ± std, out-of-fold): gate AUC
  {m["auc"]:.3f} ± {s["auc"]:.3f}, precision {m["precision"]:.3f} ± {s["precision"]:.3f},
  recall {m["recall"]:.3f} ± {s["recall"]:.3f}, F1 {m["f1"]:.3f} ± {s["f1"]:.3f}; the cue
  lexicon alone: precision {lm["precision"]:.3f}, recall {lm["recall"]:.3f}, F1
  {lm["f1"]:.3f}. The cuts were chosen on the same out-of-fold probabilities, so the
  gate's figures are slightly optimistic; the end-to-end figure is the held-out third
  of `bench/eval_attribution.py`.
* **Limits**: US political news of 2016 (PolNeAR): crime and conflict reporting has other
  verbs; English only; one verb at a time (no multi-word or noun cues); the parse of the
  small spaCy model decides the features.
* **Rebuild**: `python -m watchfloor.training attribution_cues` (same data, same spaCy and
  scikit-learn versions give the same weights).
"""


def main(argv: list[str] | None = None) -> int:
    ap = arg_parser(MODEL_NAME, __doc__)
    args = ap.parse_args(argv)
    root = require(shared_dir() / "eval" / "polnear-dev")
    feats, y, groups, inlex, digest = rows(root)
    vec = DictVectorizer()
    x = vec.fit_transform(feats)
    cv, lex, keep, add = cross_validate(x, y, groups, inlex)
    final = _fit(x, y)
    names = vec.get_feature_names_out()
    weights = {
        str(f): round(float(w), 6)
        for f, w in zip(names, final.coef_[0], strict=True)
        if abs(w) >= 1e-6
    }
    folder = model_folder(MODEL_NAME, args.out)
    (folder / "weights.json").write_text(
        json.dumps(
            {
                "weights": dict(sorted(weights.items())),
                "bias": round(float(final.intercept_[0]), 6),
                "keep": keep,
                "add": add,
            },
            indent=0,
        )
        + "\n",
        encoding="utf-8",
    )
    articles = len(set(groups))
    meta = {
        "version": "attribution-cues-v1",
        "format": "json",
        "file": "weights.json",
        "trained_on": {
            "file": "eval/polnear-dev (tune split, seed 13)",
            "sha256": digest,
            "articles": articles,
            "n": len(y),
            "positives": int(y.sum()),
        },
        "seed": SEED,
        "params": {"C": C, "cuts": {"keep": keep, "add": add}},
        "cv": cv,
        "lexicon_only": lex,
        "licence": "PolNeAR (Newell et al. 2018), research use; weights Apache-2.0",
        "created_by": f"python -m watchfloor.training {MODEL_NAME}",
    }
    write_model(
        MODEL_NAME, meta, model_card(cv, lex, keep, add, len(y), int(y.sum()), articles), args.out
    )
    m = cv["mean"]
    print(
        f"{MODEL_NAME}: {len(y)} verbs, AUC {m['auc']:.3f}, F1 {m['f1']:.3f} "
        f"(lexicon {lex['mean']['f1']:.3f}); cuts keep {keep} add {add} -> {folder}"
    )
    return 0
