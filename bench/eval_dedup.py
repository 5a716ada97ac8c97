"""Evaluate exact and near-duplicate detection (story clusters) on Reuters-21578.

Streams ``../shared/corpora/reuters21578.jsonl`` (19,043 wire stories of 1987) through the
dedup stage exactly as the pipeline runs it: documents are built with
:func:`watchfloor.normalise.to_document`, assigned in batches by
:class:`watchfloor.dedup.ClusterAssigner` against a :class:`DuckDBStore` band index on a
temporary file (each batch written with ``index_only=True``, then forgotten by the
assigner), or against a :class:`MemoryBandIndex` with ``--index memory``. Only ids and a
few small fields per document are kept; texts are never held. It reports:

* documents, story clusters, documents in multi-document clusters;
* pairs found (each document matched to an earlier one is one pair), split into exact
  (same content hash as the matched document) and near, with the similarity histogram
  of the near pairs;
* ground truth for exact copies, computed independently by grouping the corpus on
  :func:`watchfloor.normalise.content_hash`, and the recall of those copies;
* wall time and documents/s of the dedup stage alone, and of signature computation alone;
* precision of near pairs on a seeded random sample, from hand judgments kept in
  ``bench/data/dedup_judgments.tsv`` (``id_a  id_b  judgment  note``; judgment is ``dup``
  or ``not_dup``; ids and our own notes only, never corpus text), with a Wilson 95%
  interval. ``--show-sample`` prints each sampled pair for a person to judge, and the
  unjudged ones as TSV rows to complete;
* precision over every near pair of the run that has a judgment, by similarity band
  (when all are judged, the exact precision of the run rather than an estimate).

Usage:
    PYTHONPATH=src python bench/eval_dedup.py [--limit N] [--threshold 0.5]
        [--min-tokens 12] [--index duckdb|memory] [--sample 50] [--seed 13] [--show-sample]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import os
import random
import resource
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

import watchfloor.dedup.clusters as clusters_mod
from watchfloor.dedup import ClusterAssigner, DedupParams, MemoryBandIndex
from watchfloor.dedup.clusters import IndexedDoc
from watchfloor.ingest.dates import parse_published
from watchfloor.ingest.decode import normalise_text
from watchfloor.model import Document, RawDocument
from watchfloor.normalise import content_hash, to_document
from watchfloor.store.duckdb_store import DuckDBStore

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or ROOT.parent / "shared")
CORPUS_NAME = Path("corpora") / "reuters21578.jsonl"
JUDGMENTS = ROOT / "bench" / "data" / "dedup_judgments.tsv"
LABELS = ("dup", "not_dup")


@dataclass(slots=True)
class Seen:
    """What the benchmark keeps per document (no text)."""

    id: str
    content_hash: str
    raw_hash: str  # SHA-1 of the body exactly as in the corpus (identical bodies)
    cluster_id: str
    duplicate_of: str | None  # uid of the matched earlier document
    similarity: float | None
    published: str | None
    short: bool  # under DedupParams.short_tokens: compared with its title, not by hash
    title_hash: str  # content hash of the title (short texts are compared with it)
    signed: bool  # had a signature (enough tokens for near matching)


class Timer:
    """Accumulated seconds of the wrapped function (used to time signatures in place)."""

    def __init__(self, fn):
        self.fn, self.seconds, self.calls = fn, 0.0, 0

    def __call__(self, *args, **kwargs):
        t0 = time.perf_counter()
        try:
            return self.fn(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - t0
            self.calls += 1


def records(corpus: Path, limit: int | None = None) -> Iterator[dict]:
    """Stream the corpus records one at a time."""
    with corpus.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                return
            yield json.loads(line)


def build(rec: dict) -> Document | None:
    """The Document the JSONL reader would make (no language detection); None if empty."""
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return None
    published, precision = parse_published(rec.get("published") or rec.get("date"))
    raw = RawDocument(
        id=str(rec["id"]),
        text=normalise_text(text),
        origin=str(rec["id"]),
        fmt="jsonl",
        title=rec.get("title") or None,
        published=published,
        published_precision=precision,
    )
    return to_document(raw)


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval for a binomial proportion k/n."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def read_judgments(path: Path) -> dict[frozenset[str], tuple[str, str]]:
    """Unordered id pair -> (judgment, note); '#' lines are comments."""
    out: dict[frozenset[str], tuple[str, str]] = {}
    if not path.exists():
        return out
    with path.open(encoding="utf-8") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
        for row in rows:
            label = (row.get("judgment") or "").strip()
            if label not in LABELS:
                raise SystemExit(f"{path}: bad judgment {label!r} for {row['id_a']} {row['id_b']}")
            out[frozenset((row["id_a"], row["id_b"]))] = (label, (row.get("note") or "").strip())
    return out


def run_dedup(args, params: DedupParams, corpus: Path):
    """Stream the corpus through the dedup stage. RETURNS (uid -> Seen, timings, counts)."""
    seen: dict[str, Seen] = {}  # uid -> Seen, in stream order
    stats: Counter = Counter()
    t_dedup = t_assign = t_write = 0.0
    sig_timer = Timer(clusters_mod.signature)
    keys_timer = Timer(clusters_mod.band_keys)
    clusters_mod.signature, clusters_mod.band_keys = sig_timer, keys_timer
    tmp = tempfile.TemporaryDirectory(prefix="eval_dedup_")
    store = DuckDBStore(Path(tmp.name) / "index.duckdb") if args.index == "duckdb" else None
    memory = MemoryBandIndex() if store is None else None
    assigner = ClusterAssigner(store if store is not None else memory, params)
    batch: list[Document] = []
    raw_hashes: dict[str, str] = {}

    def flush() -> None:
        nonlocal t_dedup, t_assign, t_write
        t0 = time.perf_counter()
        assigner.assign(batch)
        t1 = time.perf_counter()
        if store is not None:
            store.write_batch(batch, [], index_only=True)
        else:
            for d in batch:
                sig = d.signature
                arr = None if sig is None else np.asarray(sig, dtype=np.uint64)
                memory.add(
                    IndexedDoc(d.uid, d.cluster_id, d.content_hash, arr, d.raw.published),
                    d.band_keys,
                )
        assigner.forget(d.uid for d in batch)
        t2 = time.perf_counter()
        t_assign += t1 - t0
        t_write += t2 - t1
        t_dedup += t2 - t0
        for d in batch:
            seen[d.uid] = Seen(
                id=d.raw.id,
                content_hash=d.content_hash,
                raw_hash=raw_hashes.pop(d.uid),
                cluster_id=d.cluster_id,
                duplicate_of=d.duplicate_of,
                similarity=d.similarity,
                published=d.raw.published,
                short=clusters_mod.token_count(d.text) < params.short_tokens,
                title_hash=content_hash(d.raw.title or ""),
                signed=d.band_keys is not None,
            )
        stats["batches"] += 1
        batch.clear()

    t_start = time.perf_counter()
    try:
        for rec in records(corpus, args.limit):
            stats["records"] += 1
            doc = build(rec)
            if doc is None:
                stats["empty"] += 1
                continue
            if doc.uid in seen or any(d.uid == doc.uid for d in batch):
                stats["repeated_uid"] += 1  # the pipeline skips a document it has seen
                continue
            raw_hashes[doc.uid] = hashlib.sha1(rec["text"].encode("utf-8")).hexdigest()
            batch.append(doc)
            if len(batch) >= args.batch_size:
                flush()
        if batch:
            flush()
        if store is not None:
            stats["band_rows"] = store.con.execute("SELECT count(*) FROM lsh_bands").fetchone()[0]
            store.con.execute("CHECKPOINT")
            stats["index_bytes"] = os.path.getsize(store.path)
    finally:
        clusters_mod.signature, clusters_mod.band_keys = sig_timer.fn, keys_timer.fn
        if store is not None:
            store.close()
        tmp.cleanup()
    timing = {
        "total": time.perf_counter() - t_start,
        "dedup": t_dedup,
        "assign": t_assign,
        "write": t_write,
        "signature": sig_timer.seconds,
        "signatures": sig_timer.calls,
        "band_keys": keys_timer.seconds,
    }
    return seen, timing, stats


def show_pairs(corpus: Path, sample, judged, chars: int) -> None:
    """Print the sampled pairs (earlier copy first) for a person to judge."""
    wanted = {i for a, b, _ in sample for i in (a, b)}
    recs = {r["id"]: r for r in records(corpus) if r["id"] in wanted}
    for n, (a, b, sim) in enumerate(sample, 1):
        mark = judged.get(frozenset((a, b)))
        print(
            f"\n=== pair {n}/{len(sample)}: {a} -> {b}  similarity {sim:.3f}"
            + (f"  [judged {mark[0]}: {mark[1]}]" if mark else "  [not judged]")
        )
        for label, rid in (("A", a), ("B", b)):
            r = recs[rid]
            body = " ".join((r.get("text") or "").split())
            more = " ..." if len(body) > chars else ""
            print(
                f"  {label} {rid} | {r.get('date')} | {r.get('dateline') or ''}\n"
                f"    TITLE: {r.get('title')}\n"
                f"    ({len(body.split())} words) {body[:chars]}{more}"
            )
    todo = [(a, b) for a, b, _ in sample if frozenset((a, b)) not in judged]
    if todo:
        print("\n# unjudged pairs, as TSV rows to complete (judgment: dup | not_dup):")
        for a, b in todo:
            print(f"{a}\t{b}\t?\t")


def print_judged_bands(near: list[tuple[str, str, float]], judged) -> str:
    """Precision over every near pair that has a judgment, overall and by similarity band.

    Where all near pairs are judged this is the exact precision of the run, not an estimate.
    """
    bands: dict[float, Counter] = defaultdict(Counter)
    for a, b, sim in near:
        label = judged.get(frozenset((a, b)), ("unjudged", ""))[0]
        bands[min(math.floor(round(sim, 4) * 10) / 10, 0.9)][label] += 1
    total = sum((c for c in bands.values()), Counter())
    k, n = total["dup"], total["dup"] + total["not_dup"]
    lo, hi = wilson(k, n)
    head = f"{k / n:.3f} ({k}/{n}, 95% CI {lo:.2f}-{hi:.2f})" if n else "n/a"
    print(f"all judged near pairs: {n} of {len(near)} judged; precision {head}")
    for b in sorted(bands):
        c = bands[b]
        m = c["dup"] + c["not_dup"]
        prec = f"{c['dup'] / m:.2f}" if m else "  - "
        print(
            f"    similarity {b:.1f}-{min(b + 0.1, 1.0):.1f}: {sum(c.values()):4d} pairs, "
            f"{m:4d} judged, precision {prec} ({c['not_dup']} not_dup)"
        )
    return f"{k / n:.3f} ({k}/{n} judged of {len(near)})" if n else "n/a"


def miss_reason(first: Seen, copy: Seen, params: DedupParams) -> str:
    """Why an exact copy is not in the cluster of its group's first document."""
    if not copy.short:
        return "long text (unexpected)"
    if copy.title_hash != first.title_hash:
        return "short text, other title: title+text below threshold"
    if not copy.signed:
        return "same text and title but under min_tokens: never matched"
    if clusters_mod._hours_apart(copy.published, first.published) > params.window_hours:
        return "short text, same title, outside the time window"
    return "short text, same title (unexpected)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N records")
    ap.add_argument("--threshold", type=float, default=DedupParams.threshold)
    ap.add_argument("--min-tokens", type=int, default=DedupParams.min_tokens)
    ap.add_argument("--window-hours", type=float, default=DedupParams.window_hours)
    ap.add_argument("--index", choices=("duckdb", "memory"), default="duckdb")
    ap.add_argument("--batch-size", type=int, default=256)
    ap.add_argument("--sample", type=int, default=50, help="near pairs drawn for precision")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--judgments", type=Path, default=JUDGMENTS)
    ap.add_argument("--show-sample", action="store_true", help="print the sampled pairs")
    ap.add_argument("--chars", type=int, default=400, help="characters of text shown per doc")
    args = ap.parse_args()

    corpus = SHARED / CORPUS_NAME
    if not corpus.exists():
        raise SystemExit(
            f"eval_dedup: shared data not found at {corpus}; this benchmark needs the "
            "Reuters-21578 corpus in ../shared/corpora (or set WATCHFLOOR_SHARED)"
        )
    params = DedupParams(
        threshold=args.threshold, min_tokens=args.min_tokens, window_hours=args.window_hours
    )
    seen, timing, stats = run_dedup(args, params, corpus)
    docs = len(seen)

    # clusters and pairs found
    sizes = Counter(s.cluster_id for s in seen.values())
    in_multi = sum(n for n in sizes.values() if n > 1)
    exact, near = [], []  # (earlier id, later id, similarity)
    for s in seen.values():
        if s.duplicate_of is None:
            continue
        other = seen[s.duplicate_of]
        pair = (other.id, s.id, s.similarity)
        (exact if other.content_hash == s.content_hash else near).append(pair)
    pairs = len(exact) + len(near)

    # ground truth for exact copies, by content hash (and by raw body, for reference)
    by_hash: dict[str, list[Seen]] = defaultdict(list)
    raw_groups = Counter(s.raw_hash for s in seen.values())
    for s in seen.values():
        by_hash[s.content_hash].append(s)
    groups = [g for g in by_hash.values() if len(g) > 1]
    copies = [(g[0], s) for g in groups for s in g[1:]]
    found = [(f, s) for f, s in copies if s.cluster_id == f.cluster_id]
    missed = [(f, s) for f, s in copies if s.cluster_id != f.cluster_id]
    recall = len(found) / len(copies) if copies else 1.0
    why = Counter(miss_reason(f, s, params) for f, s in missed)

    # near-pair similarity histogram (0.05 bins; 1.00 = same tokens, different hash)
    hist = Counter(min(math.floor(round(sim, 4) * 20) / 20, 1.0) for _, _, sim in near)

    print(f"corpus: {corpus}")
    print(
        f"params: threshold={params.threshold} min_tokens={params.min_tokens} "
        f"short_tokens={params.short_tokens} window_hours={params.window_hours} "
        f"shingle={params.shingle} num_perm={params.num_perm} bands={params.bands}x"
        f"{params.rows} | index={args.index} batch={args.batch_size}"
    )
    print(
        f"records: {stats['records']}; empty text skipped: {stats['empty']}; "
        f"repeated uid skipped: {stats['repeated_uid']}; documents: {docs}"
    )
    print(
        f"documents with a signature (near matching): {timing['signatures']} "
        f"({docs - timing['signatures']} below min_tokens, which are never matched)"
    )
    print(
        f"clusters: {len(sizes)}; multi-document clusters: "
        f"{sum(1 for n in sizes.values() if n > 1)}; documents in them: {in_multi}; "
        f"largest: {max(sizes.values(), default=0)}"
    )
    print(f"pairs found: {pairs} (exact {len(exact)}, near {len(near)})")
    print(
        f"ground truth: {sum(1 for n in raw_groups.values() if n > 1)} groups of identical "
        f"raw bodies; {len(groups)} groups by content hash with {len(copies)} copies"
    )
    print(
        f"exact recall: {len(found)}/{len(copies)} = {recall:.3f} copies in the cluster of "
        f"their group's first document; missed {len(missed)}"
        + "".join(f"; {n} {reason}" for reason, n in why.most_common())
    )
    for f, s in missed[:10]:
        print(f"    missed: {f.id} ~ {s.id} ({miss_reason(f, s, params)})")
    print("near-pair similarity histogram:")
    for b in sorted(hist):
        label = "1.00 (same tokens)" if b >= 1.0 else f"{b:.2f}-{b + 0.05:.2f}"
        print(f"    {label:>18}: {hist[b]:5d} {'#' * max(1, round(60 * hist[b] / len(near)))}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    dps = docs / timing["dedup"] if timing["dedup"] else 0.0
    print(
        f"time: dedup stage {timing['dedup']:.1f} s = {dps:.0f} docs/s "
        f"(assign {timing['assign']:.1f} s incl. MinHash signatures "
        f"{timing['signature']:.1f} s and band keys {timing['band_keys']:.1f} s; "
        f"index write + forget {timing['write']:.1f} s); whole run incl. reading and "
        f"to_document {timing['total']:.1f} s; peak RSS {rss:.0f} MiB"
    )
    if args.index == "duckdb":
        print(f"index: {stats['band_rows']} band rows, {stats['index_bytes'] / 2**20:.1f} MiB")

    # precision on a seeded sample of near pairs
    judged = read_judgments(args.judgments)
    rng = random.Random(args.seed)
    sample = rng.sample(near, min(args.sample, len(near)))
    if args.show_sample:
        show_pairs(corpus, sample, judged, args.chars)
    labels = [judged.get(frozenset((a, b)), (None, ""))[0] for a, b, _ in sample]
    k, n = labels.count("dup"), labels.count("dup") + labels.count("not_dup")
    lo, hi = wilson(k, n)
    precision = f"{k / n:.3f} (n={n}, 95% CI {lo:.2f}-{hi:.2f})" if n else "not judged (n=0)"
    print(
        f"\nnear-pair precision on the sample (seed {args.seed}): {precision}; "
        f"{len(sample) - n} of {len(sample)} sampled pairs not judged "
        f"({len(judged)} judgments in {args.judgments.name})"
    )
    for (a, b, sim), lab in zip(sample, labels, strict=True):
        if lab == "not_dup":
            print(f"    not_dup: {a} ~ {b} sim {sim:.2f}: {judged[frozenset((a, b))][1]}")
    all_judged = print_judged_bands(near, judged)
    print(
        f"\ndedup: docs={docs} clusters={len(sizes)} pairs={pairs} exact={len(exact)} "
        f"near={len(near)} exact_recall={recall:.3f} precision={precision} "
        f"all_judged_precision={all_judged} docs/s={dps:.0f} "
        f"signatures_s={timing['signature']:.1f}"
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
