"""Evaluate cross-document entity resolution on the sample corpus and InSight Crime.

Ingests the bundled sample corpus (``data/sample``) and
``../shared/corpora/insightcrime-train.jsonl`` (1,002 articles) with ``watchfloor
ingest``'s pipeline into a temporary DuckDB file (resolution runs as each batch is
written), then reports per corpus: documents, mentions, document-level entities
(resolution records), canonical entities, automatic merges by kind of match, alias
conflicts by reason.

Precision: a seeded random sample of merges is printed with its evidence (the record's
document-level name, the entity it joined with that entity's name at the end, the alias
that matched, the score and features, and the sentence of the record's first mention),
judged by hand and kept in ``bench/data/resolution_judgments.tsv`` (``merge_id
judgment  record  entity  note``; judgment ``correct`` or ``incorrect``; names and our
notes only, never article text). The script prints the precision on the judged sample
with a 95% Wilson interval; ``--show-sample`` prints unjudged rows as TSV to complete.
Two samples are drawn: among all merges, and among merges whose names differ (the
non-trivial ones: everything except identical folded names).

Usage:
    PYTHONPATH=src python bench/eval_resolution.py [--db FILE] [--limit N] [--sample 50]
        [--seed 7] [--show-sample] [--batch-size 64]
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from watchfloor.pipeline import RunOptions, ingest
from watchfloor.resolve.store import resolve_stats
from watchfloor.store.duckdb_store import DuckDBStore

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or ROOT.parent / "shared")
JUDGMENTS = ROOT / "bench" / "data" / "resolution_judgments.tsv"


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 0.0
    p = k / n
    den = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / den
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return mid - half, mid + half


def load_judgments() -> dict[str, tuple[str, str]]:
    if not JUDGMENTS.exists():
        return {}
    with JUDGMENTS.open(encoding="utf-8") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
        return {r["merge_id"]: (r["judgment"], r.get("note") or "") for r in rows}


def corpus_figures(store: DuckDBStore, uids_sql: str) -> dict[str, int]:
    one = lambda sql: store.con.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "documents": one(f"SELECT count(*) FROM documents WHERE {uids_sql}"),
        "mentions": one(f"SELECT count(*) FROM mentions WHERE {uids_sql}"),
        "doc_level_entities": one(f"SELECT count(*) FROM entity_records WHERE {uids_sql}"),
        "canonical_entities": one(
            f"SELECT count(DISTINCT entity_id) FROM entity_records WHERE {uids_sql}"
        ),
        "merges": one(f"SELECT count(*) FROM entity_merges WHERE {uids_sql}"),
        "conflicts": one(f"SELECT count(*) FROM alias_conflicts WHERE {uids_sql}"),
    }


def merge_rows(store: DuckDBStore) -> list[dict]:
    return store.sql(
        """SELECT m.merge_id, m.name AS record, m.alias, m.match, m.score, m.features,
                  m.entity_id AS auto_id, e.name AS entity, e.type, d.id AS document,
                  (SELECT mm.text FROM mentions mm WHERE mm.uid = m.uid
                     AND mm.local_id = m.local_id ORDER BY mm.start_char LIMIT 1) AS surface,
                  (SELECT substr(d.text, greatest(1, mm.start_char - 90), 200) FROM mentions mm
                     WHERE mm.uid = m.uid AND mm.local_id = m.local_id
                     ORDER BY mm.start_char LIMIT 1) AS context
           FROM entity_merges m JOIN entity_records r USING (uid, local_id)
           JOIN entities e ON e.entity_id = r.entity_id JOIN documents d USING (uid)
           ORDER BY m.merge_id"""
    )


def report_sample(
    title: str, rows: list[dict], n: int, seed: int, judged: dict, show: bool
) -> None:
    sample = random.Random(seed).sample(rows, min(n, len(rows)))
    print(f"\n## {title}: {len(sample)} of {len(rows)} merges (seed {seed})")
    todo = []
    for i, r in enumerate(sample, 1):
        j = judged.get(r["merge_id"], ("?", ""))
        feats = json.loads(r["features"])
        print(
            f"{i:2d}. [{j[0]}] {r['merge_id']} {r['record']!r} -> {r['entity']!r} "
            f"({r['type']}, {r['auto_id']}) match={r['match']} alias={r['alias']!r} "
            f"score={r['score']} ctx={feats['context']} shared={feats['shared'][:4]} "
            f"kind={feats['kind']} country={feats['country']} doc={r['document']}"
        )
        if show:
            print("      …" + " ".join((r["context"] or "").split()) + "…")
        if j[0] == "?":
            todo.append(r)
    k = sum(1 for r in sample if judged.get(r["merge_id"], ("?",))[0] == "correct")
    m = sum(1 for r in sample if judged.get(r["merge_id"], ("?",))[0] in {"correct", "incorrect"})
    lo, hi = wilson(k, m)
    if m:
        print(
            f"precision on the judged sample: {k}/{m} = {k / m:.3f} "
            f"(95% Wilson interval {lo:.3f}-{hi:.3f}); unjudged {len(sample) - m}"
        )
    if show and todo:
        print("# unjudged rows (merge_id, judgment, record, entity, note):")
        for r in todo:
            print(f"{r['merge_id']}\t?\t{r['record']}\t{r['entity']}\t")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="reuse (or create) this DuckDB file instead of a temp one")
    ap.add_argument("--limit", type=int, default=None, help="InSight Crime articles to use")
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--show-sample", action="store_true")
    args = ap.parse_args()
    corpus = SHARED / "corpora" / "insightcrime-train.jsonl"
    if not corpus.exists():
        print(f"skipped: {corpus} not found (set WATCHFLOOR_SHARED)")
        return 0
    tmp = tempfile.TemporaryDirectory()
    db = Path(args.db) if args.db else Path(tmp.name) / "resolution.duckdb"
    inputs = corpus
    if args.limit:
        inputs = Path(tmp.name) / "insightcrime.jsonl"
        with corpus.open(encoding="utf-8") as src, inputs.open("w", encoding="utf-8") as dst:
            for n, line in enumerate(src):
                if n >= args.limit:
                    break
                dst.write(line)
    opts = RunOptions(batch_size=args.batch_size)
    fresh = not db.exists()
    t0 = time.perf_counter()
    ingest([str(ROOT / "data" / "sample")], db, opts)
    t1 = time.perf_counter()
    ingest([str(inputs)], db, opts)
    t2 = time.perf_counter()
    with DuckDBStore(db, read_only=True) as store:
        sample_sql = "uid IN (SELECT uid FROM documents WHERE origin NOT LIKE '%insightcrime%')"
        ic_sql = "uid IN (SELECT uid FROM documents WHERE origin LIKE '%insightcrime%')"
        print("# Cross-document entity resolution")
        if fresh:
            print(
                f"ingest time: sample {t1 - t0:.1f} s, InSight Crime {t2 - t1:.1f} s "
                f"(whole pipeline, resolution included)"
            )
        print("sample corpus:", json.dumps(corpus_figures(store, sample_sql)))
        print("insightcrime-train:", json.dumps(corpus_figures(store, ic_sql)))
        print("both (one store):", json.dumps(resolve_stats(store.con)))
        rows = merge_rows(store)
        judged = load_judgments()
        report_sample("all merges", rows, args.sample, args.seed, judged, args.show_sample)
        nontrivial = [r for r in rows if r["match"] != "same"]
        report_sample(
            "merges of differing names",
            nontrivial,
            args.sample,
            args.seed,
            judged,
            args.show_sample,
        )
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
