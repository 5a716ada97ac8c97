"""Per-extractor cost against bare spaCy, timed in one process over the same documents.

``bench/throughput.py`` times whole commands; this script splits the NLP stage. For each
corpus slice (../shared/corpora) it

1. parses the slice once with bare spaCy and keeps the ``Doc`` objects, then times each
   extractor (actors, events, claims) over them in pipeline order, as the
   ``watchfloor_extract`` component runs them (one :class:`Extraction` per document, each
   extractor seeing what the earlier ones found; a batch extractor — claims — does its
   per-document part per document and finishes each spaCy batch in one step, as
   ``ExtractComponent.pipe`` does);
2. times bare ``nlp.pipe`` (the model alone, same batch size) — the reference — and
   ``nlp.pipe`` with the component and all extractors, runs interleaved, as a check that the
   parts add up (the difference is the component's own work: sentences, payload
   conversion, plus noise).

Each figure is the best of ``--repeat`` runs (the machine is shared; the minimum is the
least disturbed). Costs are printed as a ratio to bare spaCy's time: an extractor at
0.02x adds 2% to parsing. A last line per corpus gives the whole-pipeline ratio round by
round (median and range of the interleaved pairs: how far one figure can be trusted on a
busy machine) and spaCy plus the extractors' summed cost, the same quantity from the
parts. Exits if the corpora are absent.

Usage: python bench/stages.py [--docs 200] [--repeat 3] [--batch-size 32]
       [--corpus insightcrime|reuters]... [--clock wall|cpu]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import spacy

from watchfloor.extract import DEFAULT_EXTRACTORS, build_extractors
from watchfloor.extract.base import Extraction
from watchfloor.model import Span
from watchfloor.nlp.component import META_KEY
from watchfloor.nlp.pipeline import DEFAULT_MODEL, load_nlp

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or ROOT.parent / "shared") / "corpora"
CLOCK = [time.perf_counter]  # --clock cpu: time.process_time (steadier on a busy machine)
RECORDS = {"actors": "entities", "events": "events", "claims": "claims"}  # found, by extractor
CORPORA = {"insightcrime": "insightcrime-train.jsonl", "reuters": "reuters21578.jsonl"}


def _texts(path: Path, n: int) -> list[tuple[str, str | None]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = rec.get("text") or ""
            if text.strip():
                out.append((text, rec.get("published")))
            if len(out) >= n:
                break
    return out


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = CLOCK[0]()
        fn()
        best = min(best, CLOCK[0]() - t0)
    return best


def measure(records: list[tuple[str, str | None]], batch: int, repeat: int) -> dict:
    bare = spacy.load(DEFAULT_MODEL)
    texts = [t for t, _ in records]
    docs = list(bare.pipe(texts, batch_size=batch))  # also warms the model up
    extractors = build_extractors(DEFAULT_EXTRACTORS)
    cost = dict.fromkeys((e.name for e in extractors), float("inf"))
    counts: dict[str, int] = {}
    batched = {e.name for e in extractors if hasattr(e, "begin") and hasattr(e, "finish_batch")}
    for _ in range(repeat):
        spent = dict.fromkeys(cost, 0.0)
        found = dict.fromkeys(cost, 0)
        for at in range(0, len(docs), batch):  # spaCy batches, as nlp.pipe hands them over
            pending: dict[str, list] = {name: [] for name in batched}
            results = []
            for doc, (_, published) in zip(
                docs[at : at + batch], records[at : at + batch], strict=True
            ):
                result = Extraction(meta={"published": published}, text=doc.text)
                result.sentences = [Span(s.start_char, s.end_char, s.text) for s in doc.sents]
                results.append(result)
                for ex in extractors:
                    t0 = CLOCK[0]()
                    if ex.name in batched:  # per document now, the rest once per batch
                        pending[ex.name].append(ex.begin(doc, result))
                    else:
                        ex(doc, result)
                    spent[ex.name] += CLOCK[0]() - t0
            for ex in extractors:
                if ex.name in batched:
                    t0 = CLOCK[0]()
                    ex.finish_batch(pending[ex.name])
                    spent[ex.name] += CLOCK[0]() - t0
            for result in results:
                for name in found:
                    found[name] += len(getattr(result, RECORDS[name]))
        cost = {k: min(cost[k], spent[k]) for k in cost}
        counts = found
    full = load_nlp(DEFAULT_MODEL, DEFAULT_EXTRACTORS)

    def with_meta():
        for text, published in records:
            d = full.make_doc(text)
            d.user_data[META_KEY] = {"published": published}
            yield d

    def run_full():
        for _ in full.pipe(with_meta(), batch_size=batch):
            pass

    for _ in full.pipe(
        (d for d, _ in zip(with_meta(), range(batch), strict=False)), batch_size=batch
    ):
        pass  # the component's first batch loads what its extractors load lazily: not timed
    t_bare = t_full = float("inf")
    paired: list[float] = []  # each round's full / bare: the spread a single figure hides
    for _ in range(repeat):  # interleaved, so a busy spell on a shared machine hits both
        b = _best(lambda: list(bare.pipe(texts, batch_size=batch)), 1)
        f = _best(run_full, 1)
        t_bare, t_full = min(t_bare, b), min(t_full, f)
        paired.append(f / b)
    words = sum(len(d) for d in docs)
    return {
        "docs": len(docs),
        "words": words,
        "bare": t_bare,
        "extractors": cost,
        "found": counts,
        "full": t_full,
        "paired": sorted(paired),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200, help="documents per corpus slice")
    ap.add_argument("--repeat", type=int, default=3, help="runs per figure (best is kept)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument(
        "--corpus",
        choices=sorted(CORPORA),
        action="append",
        help="corpus slice(s) to time (default: both)",
    )
    ap.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="wall time, or this process's CPU time (steadier on a shared machine)",
    )
    args = ap.parse_args()
    CLOCK[0] = time.process_time if args.clock == "cpu" else time.perf_counter
    names = args.corpus or ["insightcrime", "reuters"]
    paths = {n: SHARED / CORPORA[n] for n in names}
    missing = [str(p) for p in paths.values() if not p.exists()]
    if missing:
        sys.exit(f"corpora not found: {', '.join(missing)} (set WATCHFLOOR_SHARED)")
    print(
        f"model {DEFAULT_MODEL}, batch {args.batch_size}, best of {args.repeat}, "
        f"{args.clock} clock; cost = seconds / bare spaCy seconds"
    )
    header = (
        f"{'corpus':13} {'docs':>5} {'words':>8} {'stage':>8} {'seconds':>8} "
        f"{'x spaCy':>8} {'found':>7}"
    )
    print(header)
    for name, path in paths.items():
        m = measure(_texts(path, args.docs), args.batch_size, args.repeat)
        rows = [("spacy", m["bare"], None)]
        rows += [(k, v, m["found"].get(k)) for k, v in m["extractors"].items()]
        rows += [("all", sum(m["extractors"].values()), None), ("pipeline", m["full"], None)]
        for stage, secs, found in rows:
            print(
                f"{name:13} {m['docs']:5d} {m['words']:8d} {stage:>8} {secs:8.2f} "
                f"{secs / m['bare']:7.3f}x {'' if found is None else found:>7}"
            )
        p = m["paired"]
        print(
            f"{name:13} pipeline / spaCy round by round: median {statistics.median(p):.3f}x, "
            f"range {p[0]:.3f}-{p[-1]:.3f}x; spaCy + all extractors "
            f"{1 + sum(m['extractors'].values()) / m['bare']:.3f}x"
        )
    print("pipeline = nlp.pipe with the extract component (all extractors), x = over bare")


if __name__ == "__main__":
    main()
