"""Train the inferred-country gate: P(the article's country given to a national role is right).

Data: the judged actor keys of ``bench/data/actor_coding_judgments.tsv`` (tuned-on: every
round of hand rules was fitted on them) whose code today's coder still makes with an
inferred country (``country_inferred``). Each judged article is rebuilt as
``bench/eval_actor_coding.py`` builds it, run through the actor extractor with
:func:`watchfloor.extract.actors.inferred_gate.record` open, and each judged key takes
the run-time features of its unit (:data:`.inferred_gate.FEATURES`: no corpus name, no
judged word). The label: the key was judged correct.

Model: a standardised L2 logistic regression (scikit-learn, fixed seed), shipped as its
weights in ``meta``-described JSON (no scikit-learn at run time). Figures: article-grouped
k-fold cross-validation; in each fold the threshold is chosen on the training folds only
(out-of-fold predictions inside them) as the one that keeps most correct codes less wrong
ones (a wrong inferred code costs what a right one gains), and the held-out fold reports
precision of the inferred codes kept and the share dropped, beside today's rule (keep all).

    PYTHONPATH=src WATCHFLOOR_SHARED=/work/shared python -m watchfloor.training \
        inferred_country [--features /tmp/features.tsv] [--cv-only]
"""

from __future__ import annotations

import csv
import json
import math
import sys
from pathlib import Path
from typing import Any

from watchfloor.extract.actors.inferred_gate import FEATURES, MODEL, reading_kind, record
from watchfloor.training.common import (
    REPO,
    SEED,
    arg_parser,
    data_record,
    model_folder,
    summarise_folds,
    write_model,
)

JUDGMENTS = REPO / "bench" / "data" / "actor_coding_judgments.tsv"
FOLDS = 5
C = 0.5  # L2 strength (fixed, not searched: ~650 rows)
GRID = [i / 100 for i in range(5, 96)]
TARGET = 0.90  # issue 11's precision target (the ``precision`` threshold rule)


def _bench():
    """The benches' document builder (``bench/rerun_actor_judgments.py``)."""
    sys.path.insert(0, str(REPO / "bench"))
    import rerun_actor_judgments as rerun

    return rerun


def collect() -> list[dict[str, Any]]:
    """RETURNS one row per judged key made today with an inferred country: ``key``,
    ``doc``, ``label`` and the features."""
    from watchfloor.nlp import NlpStage
    from watchfloor.normalise import to_document

    rerun = _bench()
    keys = rerun.judged()
    ids = {k.split("|")[0] for k in keys}
    raws = rerun.documents(ids)
    units: dict[tuple[str, str, str], dict[str, float]] = {}
    by_code: dict[tuple[str, str, str], list[dict[str, float]]] = {}

    def sink(doc_id, r, feats) -> None:
        units[(doc_id, r.name, r.code)] = feats
        by_code.setdefault((doc_id, r.code, reading_kind(r)), []).append(feats)

    stage = NlpStage(extractors=("actors",), batch_size=16)
    rows = []
    with record(sink):
        docs = stage.process(to_document(r) for r in raws)
        for raw, doc in zip(raws, docs, strict=True):
            for e in doc.entities:
                if not (e.actor_code and e.attributes.get("country_inferred")):
                    continue
                key = rerun.ev._key(raw.id, e.name, e.actor_code)
                verdict = keys.get(key, ("", ""))[0]
                if verdict not in {"correct", "incorrect"}:
                    continue
                feats = units.get((raw.id, e.name, e.actor_code))
                if feats is None:
                    same = by_code.get((raw.id, e.actor_code, rerun.entity_kind(e)), [])
                    feats = same[0] if len(same) == 1 else None
                if feats is None:
                    continue
                rows.append(
                    {"key": key, "doc": raw.id, "label": int(verdict == "correct"), **feats}
                )
    return rows


def write_table(rows: list[dict[str, Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, ["key", "doc", "label", *FEATURES], delimiter="\t")
        w.writeheader()
        w.writerows(rows)


def read_table(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [
            {
                "key": r["key"],
                "doc": r["doc"],
                "label": int(r["label"]),
                **{f: float(r[f]) for f in FEATURES},
            }
            for r in csv.DictReader(fh, delimiter="\t")
        ]


def _fit(x, y):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    model = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=2000))
    return model.fit(x, y)


def _utility(p, y, t: float) -> int:
    """Correct codes kept less wrong codes kept at threshold ``t``."""
    return sum((1 if lab else -1) for pi, lab in zip(p, y, strict=True) if pi >= t)


def _out_of_fold(x, y, groups):
    """Out-of-fold probabilities over article-grouped inner folds."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    p = np.zeros(len(y))
    for tr, te in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        p[te] = _fit(x[tr], y[tr]).predict_proba(x[te])[:, 1]
    return p


def choose_threshold(x, y, groups, rule: str = "cost") -> float:
    """The threshold read off out-of-fold predictions of the training rows only.

    ``cost`` (the default): a wrong inferred code costs what a right one gains; the
    threshold with the best gain over keeping all, where that gain beats two standard
    deviations of a coin's (2·√dropped), else 0.0 (keep all). ``precision``: the lowest
    threshold at which the codes kept reach :data:`TARGET` precision (the issue's target),
    else 0.0."""
    p = _out_of_fold(x, y, groups)
    if rule == "precision":
        for t in GRID:
            kept = p >= t
            if kept.any() and y[kept].mean() >= TARGET:
                return t
        return 0.0
    base = _utility(p, y, 0.0)

    def gain(t: float) -> float:
        return _utility(p, y, t) - base

    best = max(GRID, key=lambda t: (gain(t), -t))
    dropped = int((p < best).sum())
    return best if dropped and gain(best) > 2 * math.sqrt(dropped) else 0.0


def cross_validate(rows: list[dict[str, Any]], rule: str = "cost") -> dict[str, Any]:
    """Article-grouped k-fold figures of the gate against keeping every inferred code."""
    import numpy as np
    from sklearn.metrics import roc_auc_score

    x, y, groups = _arrays(rows)
    # shuffled groups, fixed seed: GroupKFold itself does not shuffle
    rng = np.random.default_rng(SEED)
    docs = sorted(set(groups))
    rng.shuffle(docs)
    fold_of = {d: i % FOLDS for i, d in enumerate(docs)}
    folds = []
    for k in range(FOLDS):
        te = np.array([fold_of[g] == k for g in groups])
        tr = ~te
        t = choose_threshold(x[tr], y[tr], groups[tr], rule)
        p = _fit(x[tr], y[tr]).predict_proba(x[te])[:, 1]
        kept = p >= t
        yt = y[te]
        folds.append(
            {
                "threshold": t,
                "n": float(len(yt)),
                "base_precision": float(yt.mean()),
                "kept_precision": float(yt[kept].mean()) if kept.any() else 0.0,
                "dropped_share": float(1 - kept.mean()),
                "right_dropped": float((~kept & (yt == 1)).sum()),
                "wrong_dropped": float((~kept & (yt == 0)).sum()),
                "auc": float(roc_auc_score(yt, p)) if len(set(yt)) > 1 else 0.5,
            }
        )
    return summarise_folds(folds, digits=3)


def curve(rows: list[dict[str, Any]]) -> list[dict[str, float]]:
    """Out-of-fold (article-grouped) figures of the gate at fixed thresholds: what each
    would keep and drop. No threshold is chosen here: a table to read, not a result."""
    x, y, groups = _arrays(rows)
    p = _out_of_fold(x, y, groups)
    out = []
    for t in (0.5, 0.6, 0.7, 0.75, 0.8):
        kept = p >= t
        out.append(
            {
                "threshold": t,
                "kept_precision": round(float(y[kept].mean()), 3) if kept.any() else 0.0,
                "dropped_share": round(float(1 - kept.mean()), 3),
                "right_dropped": int((~kept & (y == 1)).sum()),
                "wrong_dropped": int((~kept & (y == 0)).sum()),
            }
        )
    return out


def _arrays(rows: list[dict[str, Any]]):
    import numpy as np

    x = np.array([[r[f] for f in FEATURES] for r in rows])
    y = np.array([r["label"] for r in rows])
    return x, y, np.array([r["doc"] for r in rows])


def helps(cv: dict[str, Any]) -> bool:
    """Whether the cross-validated gate drops more wrong inferred codes than right ones."""
    return cv["mean"]["wrong_dropped"] > cv["mean"]["right_dropped"]


def main(argv: list[str] | None = None) -> int:
    ap = arg_parser(MODEL, __doc__)
    ap.add_argument("--features", type=Path, help="feature table: read if present, else written")
    ap.add_argument("--cv-only", action="store_true", help="print the figures, write no model")
    ap.add_argument(
        "--rule",
        choices=("cost", "precision"),
        default="cost",
        help="how the threshold is chosen on training folds (see choose_threshold)",
    )
    ap.add_argument(
        "--force", action="store_true", help="write the model even where the CV shows no gain"
    )
    args = ap.parse_args(argv)
    if args.features and args.features.exists():
        rows = read_table(args.features)
    else:
        rows = collect()
        if args.features:
            write_table(rows, args.features)
    cv = cross_validate(rows, args.rule)
    print(json.dumps({k: cv[k] for k in ("k", "mean", "std")}, indent=1))
    for f in cv["folds"]:
        print(f)
    for point in curve(rows):
        print("out-of-fold at a fixed threshold:", point)
    if args.cv_only:
        return 0
    if not helps(cv) and not args.force:
        print("no gain over keeping every inferred code: no model written")
        return 0
    x, y, groups = _arrays(rows)
    threshold = choose_threshold(x, y, groups, args.rule)
    fitted = _fit(x, y)
    scaler, lr = fitted.named_steps["standardscaler"], fitted.named_steps["logisticregression"]
    weights = {
        "features": list(FEATURES),
        "coef": [round(float(w), 6) for w in lr.coef_[0]],
        "intercept": round(float(lr.intercept_[0]), 6),
        "mean": [round(float(m), 6) for m in scaler.mean_],
        "scale": [round(float(s), 6) if s > 0 else 1.0 for s in scaler.scale_],
        "threshold": threshold,
    }
    folder = model_folder(MODEL, args.out)
    (folder / "model.json").write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    meta = {
        "version": 1,
        "format": "json",
        "file": "model.json",
        "trained_on": data_record(
            JUDGMENTS,
            "bench/data/actor_coding_judgments.tsv (keys made with an inferred country)",
            rows=len(rows),
            correct=int(y.sum()),
            articles=len(set(groups)),
        ),
        "seed": SEED,
        "threshold": threshold,
        "threshold_rule": args.rule,
        "cv": cv,
        "licence": "same as watchfloor (judgments written for the project)",
        "created_by": "watchfloor.training.inferred_country",
    }
    write_model(MODEL, meta, model_card(cv, len(rows), int(y.sum()), threshold), args.out)
    return 0


def model_card(cv: dict[str, Any], n: int, correct: int, threshold: float) -> str:
    m, s = cv["mean"], cv["std"]
    return f"""
# inferred_country — does the article's country hold for a national role?

A logistic regression (scikit-learn, standardised features, L2, C={C}) over run-time
features of a national role coded with the article's country (``country_inferred``):
the country's share of the document's country mentions and margin over the next, how
many other countries the article names, the dateline, whether the headline or the
mention's own and neighbouring sentences name another country, sentences since the
country and another were last named, the entity's kind and role. Shipped as weights
(``model.json``); read by ``watchfloor.extract.actors.inferred_gate``. Below the
threshold ({threshold}) the country is not given.

## Data
{n} judged keys ({correct} correct) of ``bench/data/actor_coding_judgments.tsv`` that
today's coder makes with an inferred country. **Tuned-on**: the hand rules of earlier
rounds were fitted on these keys, and the model on them too.

## Figures (article-grouped {cv["k"]}-fold CV, threshold chosen on training folds only)
- keep-all precision of inferred codes: {m["base_precision"]} ± {s["base_precision"]}
- precision of the inferred codes kept: {m["kept_precision"]} ± {s["kept_precision"]}
- share of inferred codes dropped: {m["dropped_share"]} ± {s["dropped_share"]}
- AUC: {m["auc"]} ± {s["auc"]}

## Limits
Judged keys come from a few hundred InSight Crime and Reuters-21578 articles; figures on
unseen articles are the lead's fresh rounds to give. Rebuild after any change to the
inferred-country rules: ``python -m watchfloor.training inferred_country``.
"""


if __name__ == "__main__":
    sys.exit(main())
