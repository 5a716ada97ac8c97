"""Choose the target-fill threshold by cross-validation (issue 12, fill45).

The event coder fills a target every rule left without a coded actor from the trigger's own
phrase that names one, when the picker's P(target) of that phrase is at least
``argmodel.TARGET_FILL_P`` (:func:`watchfloor.extract.events.coder._fill_target`). This
script runs the ``spans-train.conll`` span cross-validation of ``bench/eval_events.py``
(5 folds, seed 13, the fold's own ``event_args`` model) once per threshold of a grid
(``off`` switches the fill off) and prints the pipeline's exact-span F1 (mean ± spread
over the folds), precision and recall. The sentences are parsed
once. The file was read while writing the rules: figures on it are tuned-on.

Usage: python bench/fill_cv.py [--grid off 0.1 0.2 0.3 0.5] [--limit N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from eval_events import PENTA, SPANS  # bench/ is on sys.path when run from there
from watchfloor.extract.events import coder


def main() -> int:
    from watchfloor.training import event_args as ea

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--grid", nargs="+", default=["off", "0.1", "0.2", "0.3", "0.5"])
    ap.add_argument("--limit", type=int, default=None, help="first N sentences")
    args = ap.parse_args()
    if not SPANS.exists() or not PENTA.exists():
        print(f"{SPANS} not found; set WATCHFLOOR_SHARED", file=sys.stderr)
        return 1
    data = ea.read_spans(SPANS)
    data = data[: args.limit] if args.limit else data
    texts, gold = [t for t, _ in data], [g for _, g in data]
    docs = ea.parse(texts)
    print(f"spans-train.conll: {len(texts)} sentences; 5-fold CV, seed 13")
    print(f"{'fill P':>7} {'F1':>7} {'± std':>7} {'P':>6} {'R':>6}   folds (F1)")
    for value in args.grid:
        coder.TARGET_FILL_P = None if value == "off" else float(value)
        t0 = time.perf_counter()
        cv = ea.cross_validate(texts, gold, docs)
        m, sd = cv["mean"], cv["std"]
        folds = [f["pipeline_f1"] for f in cv["folds"]]
        print(
            f"{value:>7} {m['pipeline_f1']:7.3f} {sd['pipeline_f1']:7.3f} "
            f"{m['pipeline_precision']:6.3f} {m['pipeline_recall']:6.3f}   "
            + " ".join(f"{f:.3f}" for f in folds)
            + f"  (median {statistics.median(folds):.3f}, {time.perf_counter() - t0:.0f} s)",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
