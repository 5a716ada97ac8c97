"""Evaluate the event coder on the ConfliBERT CAMEO development data (../shared/eval/cameo).

Two measurements, in one run, both 5-fold cross-validated (seed 13):

* ``penta-train.tsv`` — five-way sentence classification (ConfliBERT / Phoenix
  PentaClass: 0 none or neutral statement, 1-4 the quad classes). On the same folds
  (:func:`watchfloor.training.event_class.cross_validate`): a TF-IDF + logistic-regression
  baseline, the trained ``event_class`` model (words only, as shipped) and a variant that
  also reads the dictionary coder's proposals, the rules alone (class of the strongest
  asserted event, 0 with none) and the pipeline as shipped (rules propose, the fold's
  model decides; the event filter keeps an event the fold's model agrees with at the
  threshold nested cross-validation chose on the fold's training sentences, five46), and
  ``filter_alone`` (the same, no event spared: the filter as before five46). Mean and
  spread of macro-F1 over the folds, and the keyword list below (no training) for
  reference.
  The rules were written while reading this file: their figure is not an accuracy.
* ``spans-train.conll`` — source (``S``) and target (``T``) actor spans
  (:func:`watchfloor.training.event_args.cross_validate`): the ``event_args`` model
  tagging each sentence, the rules (the events' ``source_span`` / ``target_span``) and the
  rules with the fold's model picking the arguments. Exact-span precision, recall and F1
  over sources and targets; ``R`` spans (both parties of reciprocal events like "X met
  Y") are not gold, and a prediction that overlaps one is neither a hit nor a false
  positive. The two files share most sentences, so each pipeline runs with the other
  file's model off; ``first`` scores the pipeline's events of each sentence's first
  trigger only (a second scoring, closer to the file's one annotated event per sentence:
  the other real events of a sentence are not counted as false positives; not what
  ships, the headline figure stays ``pipeline``); ``full`` is the pipeline as shipped,
  both models on, its ``event_class`` model of each fold fitted on the five-way sentences
  that are none of the fold's test sentences.

* relevance — the ``event_relevance`` gate
  (:func:`watchfloor.training.event_relevance.cross_validate`): political sentences
  (penta-train) against corporate ones (Reuters earn/acq stories after the first 10,000),
  5 folds grouped by story: accuracy, macro-F1, the share of political sentences the gate
  would call corporate and of corporate ones it would keep.

Each sentence is its own document (tokens of the CoNLL file joined by single spaces).

Halves (issue 12): the five-way and span figures are also reported on two halves of the
sentences, split by a stable hash of the sentence's letters and digits (:func:`half`; the
same sentence falls in the same half in both files). Half A may be read while working on
the rules: its figure is **tuned-on**. Half B's sentences are never printed or read; its
figure (the same folds, that half's test sentences of each fold) is the honest one.
Usage: python bench/eval_events.py [--limit N]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or ROOT.parent / "shared")
PENTA = SHARED / "eval" / "cameo" / "penta-train.tsv"
SPANS = SHARED / "eval" / "cameo" / "spans-train.conll"
CLASSES = (0, 1, 2, 3, 4)

# keyword baseline: word prefixes per quad class, from the CAMEO root names (01-20)
BASELINE = {
    4: [
        "kill",
        "attack",
        "bomb",
        "strike",
        "struck",
        "shoot",
        "shot",
        "fight",
        "clash",
        "arrest",
        "detain",
        "seize",
        "assault",
        "invade",
        "raid",
        "fire",
        "protest",
        "assassinat",
        "kidnap",
        "abduct",
        "destroy",
        "wound",
        "massacre",
        "execut",
    ],
    3: [
        "accus",
        "condemn",
        "criticiz",
        "criticis",
        "threat",
        "warn",
        "reject",
        "refus",
        "deny",
        "denied",
        "demand",
        "blame",
        "denounc",
        "sanction",
        "expel",
        "suspend",
        "boycott",
        "investigat",
        "oppos",
        "veto",
    ],
    2: [
        "aid",
        "assistance",
        "provid",
        "donat",
        "deliver",
        "release",
        "freed",
        "deploy",
        "supply",
        "supplied",
        "grant",
        "ease",
        "lift",
        "evacuat",
        "rescue",
        "loan",
    ],
    1: [
        "meet",
        "met",
        "talk",
        "visit",
        "praise",
        "agree",
        "support",
        "welcome",
        "discuss",
        "negotiat",
        "cooperat",
        "sign",
        "call",
        "urge",
        "appeal",
        "host",
        "congratulat",
        "thank",
        "promis",
        "pledg",
        "offer",
        "invit",
    ],
}


def half(sentence: str) -> str:
    """``A`` or ``B``: the sentence's half, by the SHA-256 of its lower-cased letters and
    digits (stable across runs, machines and the two files' tokenisations)."""
    key = re.sub(r"[^a-z0-9]+", "", sentence.lower())
    return "AB"[hashlib.sha256(key.encode()).digest()[0] % 2]


def by_half(texts: list[str], record: dict, score) -> dict[str, tuple[float, float]]:
    """RETURNS, per system of ``record`` and part (whole, A, B), the mean and spread over
    the folds of ``score(indices, system)`` on that part's test sentences of each fold."""
    parts = {
        "whole": range(len(texts)),
        "A": [i for i, t in enumerate(texts) if half(t) == "A"],
        "B": [i for i, t in enumerate(texts) if half(t) == "B"],
    }
    k = max(record["fold"].values()) + 1
    out = {}
    for name in (n for n in record if n != "fold"):
        for part, members in parts.items():
            per_fold = [
                score([i for i in members if record["fold"][i] == f], name) for f in range(k)
            ]
            out[f"{name} {part}"] = (statistics.fmean(per_fold), statistics.pstdev(per_fold))
    return out


def print_halves(
    texts: list[str], figures: dict[str, tuple[float, float]], names: tuple[str, ...], metric: str
) -> None:
    n_a = sum(half(t) == "A" for t in texts)
    print(
        f"by half ({metric}, mean ± std over the folds; A: {n_a} sentences, tuned-on; "
        f"B: {len(texts) - n_a}, never read)"
    )
    for name in names:
        print(
            f"  {name:16} "
            + "   ".join(
                f"{part} {figures[f'{name} {part}'][0]:.3f} ± {figures[f'{name} {part}'][1]:.3f}"
                for part in ("whole", "A", "B")
            )
        )


def baseline_class(sentence: str) -> int:
    words = re.findall(r"[a-z]+", sentence.lower())
    for quad in (4, 3, 2, 1):
        if any(w.startswith(k) for w in words for k in BASELINE[quad]):
            return quad
    return 0


def scores(gold: list[int], pred: list[int]) -> tuple[float, float, dict[int, float]]:
    """RETURNS accuracy, macro-F1 and the F1 of each class."""
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    f1s = {}
    for c in CLASSES:
        tp = sum(g == c and p == c for g, p in zip(gold, pred, strict=True))
        fp = sum(g != c and p == c for g, p in zip(gold, pred, strict=True))
        fn = sum(g == c and p != c for g, p in zip(gold, pred, strict=True))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s[c] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return acc, sum(f1s.values()) / len(f1s), f1s


def eval_penta(limit: int | None) -> None:
    from watchfloor.training import event_class as ec

    texts, gold = ec.load_penta(PENTA)
    if limit:
        texts, gold = texts[:limit], gold[:limit]
    t0 = time.perf_counter()
    parsed = ec.parse(texts)
    proposals = ec.code_events(parsed, None)
    record: dict = {}
    cv = ec.cross_validate(texts, gold, parsed, proposals, record=record)
    took = time.perf_counter() - t0
    print(
        f"penta-train.tsv: {len(texts)} sentences, gold classes "
        + ", ".join(f"{c}:{n}" for c, n in sorted(Counter(gold.tolist()).items()))
        + f"; 5-fold CV, seed 13 ({took:.0f} s)"
    )
    print(f"{'system':16} {'macro-F1':>9} {'± std':>7}   folds")
    for name in ("baseline", "model", "model_with_rules", "rules", "pipeline", "filter_alone"):
        print(
            f"{name:16} {cv['mean'][name]:9.3f} {cv['std'][name]:7.3f}   "
            + " ".join(f"{f[name]:.3f}" for f in cv["folds"])
        )
    print(
        "agreement threshold chosen per fold (nested; -1: none spared): "
        + " ".join(f"{f['agreed_p']:g}" for f in cv["folds"])
    )
    figures = by_half(
        texts,
        record,
        lambda idx, name: ec.macro_f1([gold[i] for i in idx], [record[name][i] for i in idx]),
    )
    print_halves(
        texts, figures, ("model", "model_with_rules", "pipeline", "filter_alone"), "macro-F1"
    )
    keyword = [baseline_class(t) for t in texts]
    acc, macro, _ = scores(gold.tolist(), keyword)
    print(f"keyword list (no training): accuracy {acc:.3f}, macro-F1 {macro:.3f}")


def eval_spans(limit: int | None) -> None:
    from watchfloor.training import event_args as ea

    data = ea.read_spans(SPANS)
    data = data[:limit] if limit else data
    texts, gold = [t for t, _ in data], [g for _, g in data]
    t0 = time.perf_counter()
    record: dict = {}
    from watchfloor.training import event_class as ec

    cv = ea.cross_validate(texts, gold, ea.parse(texts), record=record, penta=ec.load_penta(PENTA))
    took = time.perf_counter() - t0
    print(f"\nspans-train.conll: {len(data)} sentences; 5-fold CV, seed 13 ({took:.0f} s)")
    print(f"{'system':9} {'exact F1':>9} {'± std':>7} {'P':>6} {'R':>6}   folds (F1)")
    for name in ("model", "rules", "pipeline", "first", "full"):
        m, sd = cv["mean"], cv["std"]
        print(
            f"{name:9} {m[name + '_f1']:9.3f} {sd[name + '_f1']:7.3f} "
            f"{m[name + '_precision']:6.3f} {m[name + '_recall']:6.3f}   "
            + " ".join(f"{f[name + '_f1']:.3f}" for f in cv["folds"])
        )
    figures = by_half(texts, record, lambda idx, name: ea.prf([record[name][i] for i in idx])["f1"])
    print_halves(texts, figures, ("model", "pipeline", "first", "full"), "exact F1")


def eval_relevance() -> None:
    from watchfloor.training import event_relevance as er

    texts, labels, groups = er.dataset(SHARED)
    cv = er.cross_validate(texts, labels, groups)
    print(
        f"\nrelevance: {int(labels.sum())} political, {int((labels == 0).sum())} corporate "
        f"sentences; 5-fold CV grouped by story, seed 13, threshold {er.POLITICAL_MIN}"
    )
    for key in ("accuracy", "macro_f1", "political_dropped", "commercial_kept"):
        print(f"{key:18} {cv['mean'][key]:.3f} ± {cv['std'][key]:.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="first N sentences of each file")
    args = ap.parse_args()
    if not PENTA.exists() or not SPANS.exists():
        print(
            f"shared CAMEO data not found under {SHARED / 'eval' / 'cameo'}; set WATCHFLOOR_SHARED",
            file=sys.stderr,
        )
        return 1
    eval_penta(args.limit)
    eval_spans(args.limit)
    if (SHARED / "corpora" / "reuters21578.jsonl").exists():
        eval_relevance()
    return 0


if __name__ == "__main__":
    sys.exit(main())
