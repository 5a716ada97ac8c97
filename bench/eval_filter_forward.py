"""Time-forward evaluation of the trained event filter: fit on the earlier judged samples,
score the later ones (filter45, issue #12).

Place: a measurement of the event extractor's last step
(:mod:`watchfloor.extract.events.eventfilter`), run by hand; nothing here runs in the
pipeline. Question: does refitting the filter on the newer judged samples (drawn with
``--unseen`` on articles no judge had read, mostly Reuters) raise the precision of the
events it keeps on samples judged *after* its training data, at the card's real-lost
budget?

Data: the filter's training records (``python -m watchfloor.training event_filter
--cache``-style JSON, :func:`watchfloor.training.event_filter.collect_records`): one file
for the training view (samples up to ``--train-last``, a key judged twice kept once with
the later judgment among those) and one for every sample up to ``--test-last`` (the test
rows are the records of samples after ``--train-last``). ``collect.py``-style caches are
built by :func:`watchfloor.training.judged_events.collect` (sentence text: keep them
outside the repository).

For each variant (:data:`watchfloor.training.event_filter.VARIANTS`): fitted on the
training view, thresholds by the card's rule (≤ ``MAX_LOST`` of real events lost, the
dyadic events their own lower threshold, chosen on the training records' out-of-fold
scores from folds of whole articles), scored on the test rows: AUC, precision of "is an
event" before → after, real events lost, non-events removed, pooled and mean ± sd over
the test samples. The shipped model file is scored as it runs (its own thresholds) and,
for reference, cut on the test rows to lose as many real events as each variant (a
threshold tuned on the test: favours it). Differences of AUC carry a bootstrap interval
over articles.

Usage::

    python bench/eval_filter_forward.py --train /tmp/r3070.json --all /tmp/r3095.json \
        [--train-last 3070] [--test-last 3095] [--variants NAME ...] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from watchfloor.extract.events.context import cross_features
from watchfloor.extract.events.eventfilter import shipped_model
from watchfloor.training import event_filter as ef

BOOT = 1000  # bootstrap resamples of the test articles
DEFAULT_VARIANTS = (
    "v2 + statistic",
    "v2 + statistic, min_df 5, unseen x3",
    "v2 + statistic + domestic, unseen x3",
    "v2 + statistic + cross39, unseen x3",
)


def load(path: Path) -> list[dict[str, Any]]:
    """The records of a cache, with filter39's crosses added (as the trainer does)."""
    records = json.loads(path.read_text(encoding="utf-8"))
    for r in records:
        r["filter"]["feats"].update(cross_features(r["filter"]["feats"]))
    return records


def split(
    train_view: list[dict[str, Any]], every: list[dict[str, Any]], train_last: int, test_last: int
) -> list[dict[str, Any]]:
    """The training view's records up to ``train_last`` followed by the test records
    (samples after ``train_last`` up to ``test_last``) of ``every``."""
    train = [r for r in train_view if int(r["seed"]) <= train_last]
    test = [r for r in every if train_last < int(r["seed"]) <= test_last]
    return train + test


def shipped_scores(records: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
    """The shipped model's P and its drops (its own thresholds) on ``records``."""
    model = shipped_model()
    texts, feats, _, _, dyadic = ef.arrays(records)
    score = model.score(texts, feats)
    dropped = np.array(
        [
            p < model.threshold_for(bool(d)) and not ef.spared(model.exemption, bool(d), f)
            for p, d, f in zip(score.tolist(), dyadic, feats, strict=True)
        ],
        dtype=bool,
    )
    return score, dropped


def per_sample(dropped: np.ndarray, y: np.ndarray, groups: np.ndarray) -> dict[str, Any]:
    """Pooled figures and mean ± sd over the test samples of one set of drops."""
    seeds = sorted(set(groups.tolist()), key=int)
    rows = [ef.outcome(dropped[groups == g], y[groups == g]) for g in seeds]
    keys = ("precision_before", "precision_after", "real_lost", "non_events_removed")
    return {"pooled": ef.outcome(dropped, y), "per_sample": ef.summarise(rows, keys)}


def auc_by_sample(score: np.ndarray, y: np.ndarray, groups: np.ndarray) -> list[float]:
    from sklearn.metrics import roc_auc_score

    return [
        float(roc_auc_score(y[groups == g], score[groups == g]))
        for g in sorted(set(groups.tolist()), key=int)
        if len(set(y[groups == g].tolist())) == 2
    ]


def boot_auc_diff(
    a: np.ndarray, b: np.ndarray, y: np.ndarray, articles: list[tuple], seed: int = ef.SEED
) -> tuple[float, float]:
    """The 95% interval of AUC(a) − AUC(b) over resamples of whole articles."""
    from sklearn.metrics import roc_auc_score

    ids: dict[tuple, list[int]] = {}
    for i, art in enumerate(articles):
        ids.setdefault(art, []).append(i)
    groups = list(ids.values())
    rng = np.random.default_rng(seed)
    diffs = []
    for _ in range(BOOT):
        pick = np.concatenate([groups[k] for k in rng.integers(0, len(groups), len(groups))])
        if len(set(y[pick].tolist())) < 2:
            continue
        diffs.append(roc_auc_score(y[pick], a[pick]) - roc_auc_score(y[pick], b[pick]))
    lo, hi = np.percentile(diffs, [2.5, 97.5])
    return float(lo), float(hi)


def cut_to(score: np.ndarray, y: np.ndarray, lost: int) -> np.ndarray:
    """Drops of ``score`` below the threshold that loses ``lost`` real events (test-tuned)."""
    real = np.sort(score[y == 1])
    if lost <= 0:
        return np.zeros(len(y), dtype=bool)
    return score < (real[lost - 1] + real[min(lost, len(real) - 1)]) / 2


def forward(records: list[dict[str, Any]], test_seeds: list[str], names: list[str]) -> dict:
    """The figures of the shipped model and of each variant on the test samples."""
    from sklearn.metrics import roc_auc_score

    _, _, y, groups, _ = ef.arrays(records)
    test = np.isin(groups, test_seeds)
    yt, gt = y[test], groups[test]
    arts = [ef._article(r, i) for i, r in enumerate(records) if test[i]]
    v5, v5_drop = shipped_scores([r for i, r in enumerate(records) if test[i]])
    out: dict[str, Any] = {
        "n_train": int((~test).sum()),
        "n_test": int(test.sum()),
        "test_real": int(yt.sum()),
        "test_articles": len(set(arts)),
        "shipped": {
            "auc": float(roc_auc_score(yt, v5)),
            "auc_per_sample": ef.summarise(
                [{"auc": a} for a in auc_by_sample(v5, yt, gt)], ("auc",)
            )["auc"],
            **per_sample(v5_drop, yt, gt),
        },
        "variants": {},
    }
    for name in names:
        tm = ef.temporal(
            records, ef.VARIANTS[name], test_seeds=test_seeds, inner_folds=ef.ARTICLE_FOLDS
        )
        score = np.array(tm["score"])
        row = tm["budgets"][f"{ef.MAX_LOST:.2f}"][ef.EXEMPT]
        lost = int(round(row["pooled"]["real_lost"] * yt.sum()))
        out["variants"][name] = {
            "auc": tm["auc"],
            "auc_per_sample": tm["auc_per_sample"],
            "shared_triggers": tm["shared_triggers"],
            "budgets": {
                b: {
                    m: {k: v for k, v in r.items()}
                    for m, r in rows.items()
                    if m in (ef.MODES[0], ef.EXEMPT)
                }
                for b, rows in tm["budgets"].items()
            },
            "auc_minus_shipped_95": boot_auc_diff(score, v5, yt, arts),
            "shipped_cut_to_same_lost": per_sample(cut_to(v5, yt, lost), yt, gt),
        }
        s = out["variants"][name]
        p = row["pooled"]
        print(
            f"{name:40} AUC {tm['auc']:.3f} (per sample {tm['auc_per_sample'][0]:.3f} ± "
            f"{tm['auc_per_sample'][1]:.3f}; − shipped 95% {s['auc_minus_shipped_95'][0]:+.3f}.."
            f"{s['auc_minus_shipped_95'][1]:+.3f})  prec {p['precision_before']:.3f} → "
            f"{p['precision_after']:.3f} ({row['per_sample']['precision_after'][0]:.3f} ± "
            f"{row['per_sample']['precision_after'][1]:.3f})  lost {p['real_lost']:.3f}  "
            f"removed {p['non_events_removed']:.3f}  thr {row['threshold']:.3f}/"
            f"{row['threshold_inside']:.3f}; shipped cut to same lost "
            f"{s['shipped_cut_to_same_lost']['pooled']['precision_after']:.3f}",
            flush=True,
        )
    sh = out["shipped"]
    print(
        f"{'shipped model file':40} AUC {sh['auc']:.3f} "
        f"(per sample {sh['auc_per_sample'][0]:.3f} ± "
        f"{sh['auc_per_sample'][1]:.3f})  prec {sh['pooled']['precision_before']:.3f} → "
        f"{sh['pooled']['precision_after']:.3f} ({sh['per_sample']['precision_after'][0]:.3f} ± "
        f"{sh['per_sample']['precision_after'][1]:.3f})  lost {sh['pooled']['real_lost']:.3f}  "
        f"removed {sh['pooled']['non_events_removed']:.3f}",
        flush=True,
    )
    return out


def loso(records: list[dict[str, Any]], names: list[str], shipped_last: int) -> dict:
    """Leave one judged sample out on every record, for each variant: a model fitted on
    the other samples scores each; the held-out sample's thresholds (the card's rule) are
    chosen on the other samples' own held-out scores (one fit a sample: the card's nested
    inner folds take six, too slow on the shared machine; those scores came from models
    that read the held-out sample, so the threshold is slightly optimistic). Mean ± sd
    over the held-out samples; and the shipped model file on the samples after the last
    it was fitted on (``shipped_last``), per sample."""
    from sklearn.metrics import roc_auc_score

    texts, feats, y, groups, dyadic = ef.arrays(records)
    mask = ef.exempt_masks(feats, dyadic)[ef.EXEMPT]
    seeds = sorted(set(groups.tolist()), key=int)
    out: dict[str, Any] = {}
    for name in names:
        variant = ef.VARIANTS[name]
        w, design = ef.row_weights(records, variant), ef._design(texts, feats, variant)
        oof = np.zeros(len(y))
        for g in seeds:
            at = groups == g
            oof[at] = ef._scores(texts, feats, y, ~at, at, variant, w, design)
        rows = []
        for g in seeds:
            te = groups == g
            ts = ef.mode_thresholds(oof[~te], y[~te], mask[~te], ef.EXEMPT, ef.MAX_LOST)
            two = len(set(y[te].tolist())) == 2
            rows.append(
                {
                    "seed": g,
                    "threshold": ts[0],
                    "auc": float(roc_auc_score(y[te], oof[te])) if two else float("nan"),
                    **ef.outcome(ef.dropped_by(oof[te], mask[te], ts), y[te]),
                }
            )
        s = ef.summarise(rows)
        late = [r for r in rows if int(r["seed"]) > shipped_last]
        out[name] = {
            "summary": s,
            "auc_pooled": float(roc_auc_score(y, oof)),
            "after_shipped_last": ef.summarise(late),
            "per_sample": rows,
        }
        print(
            f"LOSO {name:35} AUC {s['auc'][0]:.3f} ± {s['auc'][1]:.3f}  prec "
            f"{s['precision_before'][0]:.3f} → {s['precision_after'][0]:.3f} ± "
            f"{s['precision_after'][1]:.3f}  lost {s['real_lost'][0]:.3f} ± {s['real_lost'][1]:.3f}"
            f"  removed {s['non_events_removed'][0]:.3f} ± {s['non_events_removed'][1]:.3f}",
            flush=True,
        )
        la = out[name]["after_shipped_last"]
        print(
            f"     samples after {shipped_last}: AUC {la['auc'][0]:.3f} ± {la['auc'][1]:.3f}  "
            f"prec {la['precision_before'][0]:.3f} → {la['precision_after'][0]:.3f} ± "
            f"{la['precision_after'][1]:.3f}  lost {la['real_lost'][0]:.3f}",
            flush=True,
        )
    late = [r for r in records if int(r["seed"]) > shipped_last]
    _, _, yl, gl, _ = ef.arrays(late)
    score, dropped = shipped_scores(late)
    aucs = auc_by_sample(score, yl, gl)
    out["shipped"] = {
        **per_sample(dropped, yl, gl),
        "auc_per_sample": ef.summarise([{"auc": a} for a in aucs], ("auc",))["auc"],
    }
    sh = out["shipped"]
    print(
        f"shipped file on samples after {shipped_last}: AUC {sh['auc_per_sample'][0]:.3f} ± "
        f"{sh['auc_per_sample'][1]:.3f}  prec {sh['per_sample']['precision_before'][0]:.3f} → "
        f"{sh['per_sample']['precision_after'][0]:.3f} ± "
        f"{sh['per_sample']['precision_after'][1]:.3f}"
        f"  lost {sh['per_sample']['real_lost'][0]:.3f}",
        flush=True,
    )
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", type=Path, required=True, help="records of the training view")
    ap.add_argument("--all", type=Path, required=True, help="records of every sample")
    ap.add_argument("--train-last", type=int, default=3070)
    ap.add_argument("--test-last", type=int, default=ef.LAST_TRAINED_SEED)
    ap.add_argument("--variants", nargs="*", default=list(DEFAULT_VARIANTS))
    ap.add_argument("--json", type=Path, default=None, help="write the figures here")
    ap.add_argument(
        "--loso",
        action="store_true",
        help="also leave one sample out on every record of --all (one fit a sample)",
    )
    ap.add_argument("--loso-only", action="store_true", help="leave one sample out only")
    ap.add_argument("--shipped-last", type=int, default=3050, help="the shipped model's last seed")
    args = ap.parse_args(argv)
    records = split(load(args.train), load(args.all), args.train_last, args.test_last)
    seeds = sorted({r["seed"] for r in records if int(r["seed"]) > args.train_last}, key=int)
    print(f"train ≤ {args.train_last}: test {seeds[0]}..{seeds[-1]} ({len(seeds)} samples)")
    out: dict[str, Any] = {}
    if not args.loso_only:
        out = forward(records, seeds, args.variants)
        print(
            f"{out['n_train']} training records; {out['n_test']} test records "
            f"({out['test_real']} real, {out['test_articles']} articles)"
        )
    if args.loso:
        every = [r for r in load(args.all) if int(r["seed"]) <= args.test_last]
        out = {**out, "loso": loso(every, args.variants, args.shipped_last)}
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
