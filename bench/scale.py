"""Scaling of the Dask runner: one process against ``--cluster local:N`` on the same input.

The same InSight Crime articles (default 1,000 from ../shared/corpora/
insightcrime-train.jsonl) are ingested twice into fresh DuckDB files, each run in its own
subprocess: once in one process, once with spaCy and the extractors on a
distributed.LocalCluster of N workers. It prints

* throughput of the extraction stage: documents over the time from the stage being ready
  (spaCy loaded in this process, or the cluster up with spaCy loaded on every worker) to
  the last committed batch — start-up left out, the reading, deduplication and store
  work during the run left in — for both runs, their ratio and the scaling efficiency
  (ratio / N); the target on a 2-core machine is a ratio of at least 1.6;
* start-up and total wall time of each run;
* whether the two stores are identical (documents, entities, aliases, mentions, events,
  claims, sentences, quantities, resolution records and merges);
* the single writer's cost per document (time inside ``write_batch``) and the client's,
  and from the measured per-document costs an extrapolation to M machines of C cores:
  the extraction rate grows with the workers until the single writer (or the client's
  reading and deduplication) is the ceiling.

Reads ../shared/corpora (or $WATCHFLOOR_SHARED); exits if absent.

Usage: python bench/scale.py [--docs 1000] [--workers 2] [--batch-size 16]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or ROOT.parent / "shared") / "corpora"
CORPUS = "insightcrime-train.jsonl"

TABLES = {
    "documents": "SELECT * EXCLUDE (batch_id, ingested_at) FROM documents ORDER BY seq",
    "entities": "SELECT * FROM entities ORDER BY entity_id",
    "aliases": "SELECT * FROM aliases ORDER BY ALL",
    "mentions": "SELECT * FROM mentions ORDER BY ALL",
    "events": "SELECT * FROM events ORDER BY event_id",
    "claims": "SELECT * FROM claims ORDER BY claim_id",
    "sentences": "SELECT * FROM sentences ORDER BY ALL",
    "quantities": "SELECT * FROM quantities ORDER BY ALL",
    "entity_records": "SELECT * FROM entity_records ORDER BY ALL",
    "entity_merges": "SELECT * FROM entity_merges ORDER BY ALL",
}


def _slice(src: Path, n: int, out: Path) -> int:
    kept = 0
    with src.open(encoding="utf-8") as fh, out.open("w", encoding="utf-8") as dst:
        for line in fh:
            rec = json.loads(line)
            if not (rec.get("text") or "").strip():
                continue
            dst.write(json.dumps({"id": rec["id"], "text": rec["text"],
                                  "title": rec.get("title")}) + "\n")
            kept += 1
            if kept >= n:
                break
    return kept


def run_one(inputs: str, db: str, cluster: str | None, batch_size: int) -> dict:
    """One ingest in this process, instrumented; RETURNS timings (seconds)."""
    sys.path.insert(0, str(ROOT / "src"))
    from watchfloor.dask_runner import DaskStage, warm_up_document
    from watchfloor.nlp import NlpStage
    from watchfloor.pipeline import RunOptions, ingest
    from watchfloor.store.duckdb_store import DuckDBStore

    ready: list[float] = []
    for cls in (NlpStage, DaskStage):
        def init(self, *a, _init=cls.__init__, **kw):
            _init(self, *a, **kw)
            if isinstance(self, NlpStage):  # as the cluster's workers do on start-up
                list(self.process([warm_up_document()]))
            ready.append(time.perf_counter())
        cls.__init__ = init

    commits: list[tuple[float, int]] = []
    in_writer = [0.0]
    write = DuckDBStore.write_batch

    def timed_write(self, docs, quarantined=(), index_only=False):
        t = time.perf_counter()
        out = write(self, docs, quarantined, index_only)
        now = time.perf_counter()
        in_writer[0] += now - t
        if docs and not index_only:
            commits.append((now, len(docs)))
        return out

    DuckDBStore.write_batch = timed_write
    cpu0 = os.times()
    t0 = time.perf_counter()
    report = ingest([inputs], db, RunOptions(batch_size=batch_size,
                                             nlp_batch_size=batch_size, cluster=cluster))
    total = time.perf_counter() - t0
    cpu1 = os.times()
    last = commits[-1][0]
    return {
        "documents": report.documents, "total_s": total, "startup_s": ready[0] - t0,
        "steady_s": last - ready[0],
        "steady_docs_per_s": report.documents / (last - ready[0]),
        "writer_s": in_writer[0],
        "client_cpu_s": (cpu1.user - cpu0.user) + (cpu1.system - cpu0.system),
        "children_cpu_s": (cpu1.children_user - cpu0.children_user),
    }


def _dump(db: str) -> dict:
    import duckdb

    con = duckdb.connect(db, read_only=True)
    try:
        return {t: con.execute(sql).fetchall() for t, sql in TABLES.items()}
    finally:
        con.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--child", nargs=3, metavar=("INPUT", "DB", "CLUSTER"), help="internal")
    args = ap.parse_args()
    if args.child:
        inputs, db, cluster = args.child
        out = run_one(inputs, db, None if cluster == "-" else cluster, args.batch_size)
        print(json.dumps(out))
        return

    src = SHARED / CORPUS
    if not src.exists():
        sys.exit(f"corpus not available: {src}")
    with tempfile.TemporaryDirectory(prefix="watchfloor-scale-") as tmp:
        slice_ = Path(tmp) / "slice.jsonl"
        n = _slice(src, args.docs, slice_)
        runs = {}
        for name, cluster in (("one process", "-"), (f"local:{args.workers}",
                                                     f"local:{args.workers}")):
            db = str(Path(tmp) / f"{name.replace(' ', '-').replace(':', '')}.duckdb")
            res = subprocess.run(
                [sys.executable, __file__, "--batch-size", str(args.batch_size),
                 "--child", str(slice_), db, cluster],
                capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
            if res.returncode != 0:
                sys.exit(f"{name} failed:\n{res.stderr[-3000:]}")
            runs[name] = {**json.loads(res.stdout.strip().splitlines()[-1]), "db": db}
        single, cluster = runs.values()
        same = _dump(single["db"]) == _dump(cluster["db"])

    ratio = cluster["steady_docs_per_s"] / single["steady_docs_per_s"]
    print(f"{n} InSight Crime articles, batches of {args.batch_size}, "
          f"{os.cpu_count()} CPUs on this machine\n")
    print("| run | docs | start-up s | extraction docs/s | total s | writer ms/doc |")
    print("|---|---|---|---|---|---|")
    for name, r in runs.items():
        print(f"| {name} | {r['documents']} | {r['startup_s']:.1f} | "
              f"{r['steady_docs_per_s']:.2f} | {r['total_s']:.1f} | "
              f"{1000 * r['writer_s'] / r['documents']:.1f} |")
    print(f"\nextraction-stage throughput ratio local:{args.workers} / one process: "
          f"{ratio:.2f}x (scaling efficiency {ratio / args.workers:.0%}; target >= 1.6x "
          "on 2 cores)")
    print(f"identical output (all tables): {'yes' if same else 'NO'}")

    # extrapolation from the measured per-document costs
    per_doc_worker = 1 / single["steady_docs_per_s"]  # one core: extraction (+ store)
    writer = cluster["writer_s"] / cluster["documents"]  # the single writer, per document
    eff = min(1.0, ratio / args.workers)
    print(f"\nper document: {per_doc_worker * 1000:.0f} ms of one core (one process, "
          f"after start-up); the single writer {writer * 1000:.1f} ms "
          f"(ceiling {1 / writer:,.0f} docs/s into one DuckDB file)")
    print("\n| machines x cores | workers | predicted docs/s | per minute | bound |")
    print("|---|---|---|---|---|")
    for machines, cores in ((1, 2), (1, 8), (4, 8), (16, 8), (64, 8)):
        workers = machines * cores
        rate = workers * eff / per_doc_worker
        bound = "workers"
        if rate > 1 / writer:
            rate, bound = 1 / writer, "single writer"
        print(f"| {machines} x {cores} | {workers} | {rate:,.1f} | {rate * 60:,.0f} | "
              f"{bound} |")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
