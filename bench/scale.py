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
  claims, sentences, quantities, resolution records, merges and quarantine:
  ``watchfloor.store.base.RUN_CONTENT_QUERIES``);
* CPU time per document — of the one process, of the cluster's workers and of the client
  (reading, deduplication, sending, and the single writer's thread) — which, unlike wall
  time, does not depend on what else the shared machine runs (the load averages are
  printed beside), the CPU-bound ratio N workers would reach on free cores, and from it
  an extrapolation to M machines of C cores: the rate grows with the workers until the
  single client/writer process is the ceiling.

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


def _slice(src: Path, n: int, out: Path) -> int:
    kept = 0
    with src.open(encoding="utf-8") as fh, out.open("w", encoding="utf-8") as dst:
        for line in fh:
            rec = json.loads(line)
            if not (rec.get("text") or "").strip():
                continue
            dst.write(
                json.dumps({"id": rec["id"], "text": rec["text"], "title": rec.get("title")}) + "\n"
            )
            kept += 1
            if kept >= n:
                break
    return kept


def run_one(inputs: str, db: str, cluster: str | None, batch_size: int) -> dict:
    """One ingest in this process, instrumented; RETURNS timings (seconds)."""
    sys.path.insert(0, str(ROOT / "src"))
    import psutil

    from watchfloor.dask_runner import DaskStage, warm_up_document
    from watchfloor.nlp import NlpStage
    from watchfloor.pipeline import RunOptions, ingest
    from watchfloor.store.duckdb_store import DuckDBStore

    ready: list[float] = []
    cpu_ready: list[float] = []
    workers: dict[int, float] = {}  # worker pid -> CPU seconds at ready, then the delta

    def worker_cpu(stage) -> dict[int, float]:
        pids = stage.client.run(os.getpid).values()
        return {pid: sum(psutil.Process(pid).cpu_times()[:2]) for pid in pids}

    for cls in (NlpStage, DaskStage):

        def init(self, *a, _init=cls.__init__, **kw):
            _init(self, *a, **kw)
            if isinstance(self, NlpStage):  # as the cluster's workers do on start-up
                list(self.process([warm_up_document()]))
            else:
                workers.update(worker_cpu(self))
            ready.append(time.perf_counter())
            cpu_ready.append(time.process_time())

        cls.__init__ = init

    close = DaskStage.close

    def closing(self):
        if getattr(self, "client", None) is not None and workers:
            for pid, cpu in worker_cpu(self).items():
                workers[pid] = cpu - workers.get(pid, 0.0)
        close(self)

    DaskStage.close = closing

    commits: list[tuple[float, int]] = []
    in_writer = [0.0, 0.0]  # wall, CPU (the writer thread's own)
    write = DuckDBStore.write_batch

    def timed_write(self, docs, quarantined=(), index_only=False):
        t, c = time.perf_counter(), time.thread_time()
        out = write(self, docs, quarantined, index_only)
        now = time.perf_counter()
        in_writer[0] += now - t
        in_writer[1] += time.thread_time() - c
        if docs and not index_only:
            commits.append((now, len(docs)))
        return out

    DuckDBStore.write_batch = timed_write
    load0 = os.getloadavg()[0]
    t0 = time.perf_counter()
    report = ingest(
        [inputs], db, RunOptions(batch_size=batch_size, nlp_batch_size=batch_size, cluster=cluster)
    )
    total = time.perf_counter() - t0
    client_cpu = time.process_time() - cpu_ready[0]
    last = commits[-1][0]
    return {
        "documents": report.documents,
        "total_s": total,
        "startup_s": ready[0] - t0,
        "steady_s": last - ready[0],
        "steady_docs_per_s": report.documents / (last - ready[0]),
        "writer_s": in_writer[0],
        "writer_cpu_s": in_writer[1],
        # CPU after start-up: this process (all threads), and the cluster's workers
        "client_cpu_s": client_cpu,
        "workers_cpu_s": sum(workers.values()),
        "load": [round(load0, 1), round(os.getloadavg()[0], 1)],
    }


def _dump(db: str) -> dict:
    import duckdb

    from watchfloor.store.base import RUN_CONTENT_QUERIES

    con = duckdb.connect(db, read_only=True)
    try:
        return {t: con.execute(sql).fetchall() for t, sql in RUN_CONTENT_QUERIES.items()}
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
        for name, cluster in (
            ("one process", "-"),
            (f"local:{args.workers}", f"local:{args.workers}"),
        ):
            db = str(Path(tmp) / f"{name.replace(' ', '-').replace(':', '')}.duckdb")
            res = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--batch-size",
                    str(args.batch_size),
                    "--child",
                    str(slice_),
                    db,
                    cluster,
                ],
                capture_output=True,
                text=True,
                env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
            )
            if res.returncode != 0:
                sys.exit(f"{name} failed:\n{res.stderr[-3000:]}")
            runs[name] = {**json.loads(res.stdout.strip().splitlines()[-1]), "db": db}
        single, cluster = runs.values()
        same = _dump(single["db"]) == _dump(cluster["db"])

    ratio = cluster["steady_docs_per_s"] / single["steady_docs_per_s"]
    print(
        f"{n} InSight Crime articles, batches of {args.batch_size}, "
        f"{os.cpu_count()} CPUs on this machine\n"
    )
    print(
        "| run | docs | start-up s | extraction docs/s | total s | CPU ms/doc: client "
        "| workers | writer (CPU) | load avg start/end |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, r in runs.items():
        d = r["documents"]
        print(
            f"| {name} | {d} | {r['startup_s']:.1f} | "
            f"{r['steady_docs_per_s']:.2f} | {r['total_s']:.1f} | "
            f"{1000 * r['client_cpu_s'] / d:.0f} | {1000 * r['workers_cpu_s'] / d:.0f} | "
            f"{1000 * r['writer_cpu_s'] / d:.1f} | {r['load'][0]} / {r['load'][1]} |"
        )
    print(
        f"\nextraction-stage throughput ratio local:{args.workers} / one process: "
        f"{ratio:.2f}x (scaling efficiency {ratio / args.workers:.0%}; target >= 1.6x "
        "on 2 cores)"
    )
    print(f"identical output (all tables): {'yes' if same else 'NO'}")

    # extrapolation from CPU time per document (wall time depends on what else the
    # machine runs; CPU time much less): a worker core does 1 / worker_cpu documents a
    # second; the client (reading, dedup, sending, the writer) is one process whose CPU
    # per document bounds the whole stream, the writer thread's share of it included.
    d = cluster["documents"]
    worker_cpu = cluster["workers_cpu_s"] / d
    client_cpu = cluster["client_cpu_s"] / d
    writer = cluster["writer_cpu_s"] / d
    single_cpu = single["client_cpu_s"] / single["documents"]
    overhead = worker_cpu / (single_cpu - single["writer_cpu_s"] / single["documents"]) - 1
    ideal = args.workers / (1 + overhead)
    print(
        f"\nCPU per document: one process {single_cpu * 1000:.0f} ms (writer thread "
        f"{1000 * single['writer_cpu_s'] / single['documents']:.1f} ms); on the cluster "
        f"{worker_cpu * 1000:.0f} ms on a worker ({overhead:+.0%} against the one-process "
        f"extraction: transfer, pickling) and {client_cpu * 1000:.0f} ms on the client "
        f"(writer {writer * 1000:.1f} ms)"
    )
    print(
        f"CPU-bound ratio for local:{args.workers} on {args.workers} free cores plus one "
        f"for the client: {ideal:.2f}x (the measured wall-time ratio above depends on "
        "the machine's other load: see the load averages)"
    )

    print("\n| machines x cores | workers | predicted docs/s (free cores) | per minute | bound |")
    print("|---|---|---|---|---|")
    for machines, cores in ((1, 2), (1, 8), (4, 8), (16, 8), (64, 8)):
        workers = machines * cores
        rate = workers / worker_cpu if worker_cpu else 0.0  # each worker core
        bound = "workers"
        if client_cpu and rate > 1 / client_cpu:
            rate, bound = 1 / client_cpu, "single client/writer"
        print(f"| {machines} x {cores} | {workers} | {rate:,.1f} | {rate * 60:,.0f} | {bound} |")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
