"""Evaluate exact and near-duplicate detection on the Reuters-21578 corpus.

Streams ``../shared/corpora/reuters21578.jsonl`` through the same dedup stage the pipeline
uses (:class:`watchfloor.dedup.ClusterAssigner` over a DuckDB band index, in batches, with
committed documents forgotten), then reports:
  * documents, story clusters, pairs found (a document matched to an earlier one), split
    into exact (same normalised text) and near copies, and the similarity histogram;
  * recall of exact copies against ground truth grouped independently by content hash;
  * precision of near pairs on a hand-checked, seeded random sample (judgments kept in
    ``bench/data/dedup_judgments.tsv`` as ids and short notes, never corpus text);
  * the time of the dedup stage and of signature computation alone.

Usage: python bench/eval_dedup.py [--limit N] [--sample 50] [--seed 13] [--show-sample]
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import random
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from watchfloor.dedup import ClusterAssigner, DedupParams, signature
from watchfloor.ingest.dates import parse_published
from watchfloor.model import RawDocument
from watchfloor.normalise import to_document
from watchfloor.store.duckdb_store import DuckDBStore

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or ROOT.parent / "shared")
CORPUS = SHARED / "corpora" / "reuters21578.jsonl"
JUDGMENTS = ROOT / "bench" / "data" / "dedup_judgments.tsv"


def records(limit: int | None):
    n = 0
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            yield rec
            n += 1
            if limit and n >= limit:
                return


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 0.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def run(args) -> None:
    params = DedupParams(threshold=args.threshold, min_tokens=args.min_tokens)
    # id -> (cluster, duplicate_of, similarity, content hash)
    found: dict[str, tuple[str, str | None, float | None, str]] = {}
    order: list[str] = []
    empty = 0
    t_sig = 0.0
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, DuckDBStore(Path(tmp) / "idx.duckdb") as store:
        assigner = ClusterAssigner(store, params)
        batch = []

        def flush():
            assigner.assign(batch)
            store.write_batch(batch, [], index_only=True)
            assigner.forget(d.uid for d in batch)
            for d in batch:
                found[d.raw.id] = (d.cluster_id, d.duplicate_of, d.similarity, d.content_hash)
            batch.clear()

        uid_to_id = {}
        for rec in records(args.limit):
            text = rec.get("text") or ""
            if not text.strip():
                empty += 1
                continue
            published, _ = parse_published(rec.get("date"))
            doc = to_document(RawDocument(id=rec["id"], text=text, origin=rec["id"], fmt="jsonl",
                                          title=rec.get("title"), published=published))
            uid_to_id[doc.uid] = rec["id"]
            order.append(rec["id"])
            batch.append(doc)
            if len(batch) >= 256:
                flush()
        if batch:
            flush()
    t_dedup = time.perf_counter() - t0
    # signature time alone, on the first 2,000 texts
    texts = [r.get("text") or "" for _, r in zip(range(2000), records(None), strict=False)]
    t1 = time.perf_counter()
    for text in texts:
        signature(text, params)
    t_sig = (time.perf_counter() - t1) / max(len(texts), 1) * len(order)

    docs = len(order)
    clusters = Counter(v[0] for v in found.values())
    in_multi = sum(n for n in clusters.values() if n > 1)
    pairs = [(i, uid_to_id[v[1]], v[2]) for i, v in found.items() if v[1] is not None]
    exact = [p for p in pairs if p[2] == 1.0]
    near = [p for p in pairs if p[2] is not None and p[2] < 1.0]
    # ground truth: exact copies by content hash; a copy is found if it shares a cluster
    by_hash = defaultdict(list)
    for i in order:
        by_hash[found[i][3]].append(i)
    gt_groups = [g for g in by_hash.values() if len(g) > 1]
    gt_pairs = sum(len(g) - 1 for g in gt_groups)
    hit = sum(1 for g in gt_groups for i in g[1:] if found[i][0] == found[g[0]][0])
    hist = Counter(min(int(s * 10), 9) / 10 for _, _, s in near)

    print(f"corpus: {CORPUS} ({docs} documents with text, {empty} empty skipped)")
    print(f"params: {params}")
    print(f"clusters: {len(clusters)}; documents in multi-document clusters: {in_multi}")
    print(f"pairs found: {len(pairs)} (exact {len(exact)}, near {len(near)})")
    print(f"ground-truth exact groups: {len(gt_groups)} with {gt_pairs} copies; "
          f"recall of exact copies: {hit}/{gt_pairs} = {hit / max(gt_pairs, 1):.3f}")
    print("near-pair similarity histogram: "
          + ", ".join(f"{b:.1f}-{b + 0.1:.1f}: {hist[b]}" for b in sorted(hist)))
    print(f"time: dedup stage {t_dedup:.1f} s ({docs / t_dedup:.0f} docs/s); "
          f"signatures alone ~{t_sig:.1f} s")

    rng = random.Random(args.seed)
    sample = rng.sample(near, min(args.sample, len(near)))
    if args.show_sample:
        wanted = {i for a, b, _ in sample for i in (a, b)}
        texts_by_id = {r["id"]: r for r in records(None) if r["id"] in wanted}
        for n, (a, b, s) in enumerate(sample, 1):
            ra, rb = texts_by_id[a], texts_by_id[b]
            print(f"\n=== {n}. {b} ~ {a}  similarity {s:.2f}")
            for r in (rb, ra):
                body = " ".join((r.get("text") or "").split())[: args.chars]
                print(f"  [{r['id']} | {r.get('date')} | {r.get('title')}]\n    {body}")
    judged = {}
    if JUDGMENTS.exists():
        with JUDGMENTS.open(encoding="utf-8") as fh:
            for row in csv.DictReader((ln for ln in fh if not ln.startswith("#")),
                                      delimiter="\t"):
                judged[(row["id_a"], row["id_b"])] = row["judgment"]
    labels = [judged.get((b, a)) or judged.get((a, b)) for a, b, _ in sample]
    k = sum(1 for v in labels if v == "dup")
    n = sum(1 for v in labels if v in {"dup", "not_dup"})
    lo, hi = wilson(k, n)
    precision = f"{k / n:.3f} (n={n}, 95% CI {lo:.2f}-{hi:.2f})" if n else "not judged"
    print(f"\nnear-pair precision on the hand-checked sample: {precision}")
    print(f"\ndedup: docs={docs} clusters={len(clusters)} pairs={len(pairs)} exact={len(exact)} "
          f"near={len(near)} exact_recall={hit / max(gt_pairs, 1):.3f} precision={precision} "
          f"docs/s={docs / t_dedup:.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--threshold", type=float, default=DedupParams.threshold)
    ap.add_argument("--min-tokens", type=int, default=DedupParams.min_tokens)
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--chars", type=int, default=320)
    ap.add_argument("--show-sample", action="store_true")
    args = ap.parse_args()
    if not CORPUS.exists():
        raise SystemExit(f"corpus not found: {CORPUS} (set WATCHFLOOR_SHARED)")
    run(args)


if __name__ == "__main__":
    main()
