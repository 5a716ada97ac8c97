"""Evaluate actor codes carried through cross-document resolution (watchfloor.resolve.codes).

The first ``--docs`` InSight Crime train articles (``../shared/corpora/
insightcrime-train.jsonl``, undated) and the first ``--docs`` Reuters-21578 stories that
name a country (``reuters21578.jsonl``, dated, given with headline and dateline as in
``bench/eval_actor_coding.py``) run through ``watchfloor ingest``'s pipeline into one
DuckDB store (a temporary one, or ``--db FILE``: reused when it exists), where
resolution and code propagation run as each batch is written. Then, per corpus:

* ``records coded``: document-level people and organisations (named; the role-based
  ``act:`` actors left out) with an actor code, before (the extractor's) and after
  propagation (plus ``resolved_codes``);
* ``asserted both``: asserted events (not negated, hypothetical, alleged or future) with a
  source and a target code, before (extracted values, from ``event_code_origins``) and
  after;
* why records of coded entities stayed uncoded (``undated``, ``out_of_window``,
  ``conflict``), from a second propagation run over the whole store, which must change
  nothing (checked: idempotence).

Judging (by someone else, not by this script's author): ``--draw --seed S`` writes a
sample of ``--sample`` (100) propagated codes, those whose key hashes lowest with the
seed, into ``bench/data/resolved_code_judgments.tsv`` by key only (document id, mention
offsets, name, code, and the coded record it came from: document id, date, offsets, name),
with empty ``judgment`` and ``note`` columns (judgments already in the file for the same
key are kept). ``--show`` prints each sampled row with the sentence of the record's first
mention and the sentence of the source record's first mention (read from the store, so
use the same ``--db``). ``--score`` reads the judged file: precision with a 95% Wilson
interval (judgment ``correct`` when the code's country and role are what the article says
of that actor at its date; ``incorrect`` otherwise; anything else is left out).

Usage:
    PYTHONPATH=src python bench/eval_resolved_codes.py [--docs 300] [--db FILE]
    PYTHONPATH=src python bench/eval_resolved_codes.py --db FILE --draw --seed 1105
    PYTHONPATH=src python bench/eval_resolved_codes.py --db FILE --show
    PYTHONPATH=src python bench/eval_resolved_codes.py --score
    # a fresh sample on articles after the first 600 of each corpus, in its own file:
    PYTHONPATH=src python bench/eval_resolved_codes.py --docs 400 --skip 600 --db FILE2 \
        --draw --seed 1201 --file bench/data/resolved_code_judgments_seed1201.tsv
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_actor_coding import (  # noqa: E402
    INSIGHT,
    REUTERS,
    _country_regex,
    _reuters_date,
    wilson,
)
from watchfloor.pipeline import RunOptions, ingest  # noqa: E402
from watchfloor.resolve.codes import propagate  # noqa: E402
from watchfloor.store.duckdb_store import DuckDBStore  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
JUDGMENTS = ROOT / "bench" / "data" / "resolved_code_judgments.tsv"
COLUMNS = [
    "key",
    "doc_id",
    "start",
    "end",
    "name",
    "code",
    "basis",
    "days",
    "from_doc_id",
    "from_date",
    "from_start",
    "from_end",
    "from_name",
    "judgment",
    "note",
]
CORPORA = {"insightcrime": "%insightcrime%", "reuters": "%reuters%"}
ASSERTED = (
    "NOT (coalesce(e.negated, false) OR coalesce(e.hypothetical, false) OR "
    "coalesce(e.alleged, false) OR coalesce(e.future, false))"
)


def write_inputs(folder: Path, docs: int, skip: int = 0) -> list[Path]:
    """``docs`` articles of each corpus after its first ``skip`` (Reuters: of the stories
    that name a country) as JSONL files the pipeline reads."""
    out = []
    if INSIGHT.exists():
        path = folder / "insightcrime.jsonl"
        with INSIGHT.open(encoding="utf-8") as src, path.open("w", encoding="utf-8") as dst:
            for n, line in enumerate(src):
                if n < skip:
                    continue
                if n >= skip + docs:
                    break
                row = json.loads(line)
                dst.write(
                    json.dumps({"id": row["id"], "text": row["text"], "source": "insightcrime.org"})
                    + "\n"
                )
        out.append(path)
    if REUTERS.exists():
        names = _country_regex()
        path = folder / "reuters.jsonl"
        n = -skip
        with REUTERS.open(encoding="utf-8") as src, path.open("w", encoding="utf-8") as dst:
            for line in src:
                row = json.loads(line)
                text = row.get("text") or ""
                if len(text) <= 300 or not names.search(text):
                    continue
                if n < 0:
                    n += 1
                    continue
                if row.get("dateline"):
                    text = f"{' '.join(row['dateline'].split())} {text}"
                if row.get("title"):
                    text = f"{row['title'].title()}.\n{text}"
                rec = {"id": row["id"], "text": text, "source": "Reuters"}
                published = _reuters_date(row.get("date"))
                if published:
                    rec["published"] = published
                dst.write(json.dumps(rec) + "\n")
                n += 1
                if n >= docs:
                    break
        out.append(path)
    return out


def figures(store: DuckDBStore, like: str) -> dict[str, object]:
    con = store.con
    rec = con.execute(
        """SELECT r.type, count(*), count(*) FILTER (WHERE coalesce(r.actor_code, '') <> ''),
                  count(rc.uid)
           FROM entity_records r JOIN documents d USING (uid)
           LEFT JOIN resolved_codes rc ON rc.uid = r.uid AND rc.local_id = r.local_id
           WHERE d.origin LIKE ? AND r.type IN ('person', 'organization')
             AND r.local_id NOT LIKE 'act:%' GROUP BY 1 ORDER BY 1""",
        [like],
    ).fetchall()
    ev = con.execute(
        f"""WITH x AS (
              SELECT e.source_code AS s1, e.target_code AS t1,
                     CASE WHEN os.event_id IS NULL THEN e.source_code
                          ELSE os.extracted_code END AS s0,
                     CASE WHEN ot.event_id IS NULL THEN e.target_code
                          ELSE ot.extracted_code END AS t0
              FROM events e JOIN documents d USING (uid)
              LEFT JOIN event_code_origins os ON os.event_id = e.event_id
                   AND os.role = 'source'
              LEFT JOIN event_code_origins ot ON ot.event_id = e.event_id
                   AND ot.role = 'target'
              WHERE d.origin LIKE ? AND {ASSERTED})
            SELECT count(*),
                   count(*) FILTER (WHERE coalesce(s0, '') <> '' AND coalesce(t0, '') <> ''),
                   count(*) FILTER (WHERE coalesce(s1, '') <> '' AND coalesce(t1, '') <> '')
            FROM x""",
        [like],
    ).fetchone()
    out: dict[str, object] = {
        "documents": con.execute(
            "SELECT count(*) FROM documents WHERE origin LIKE ?", [like]
        ).fetchone()[0]
    }
    tot = [0, 0, 0]
    for etype, n, before, gained in rec:
        out[etype] = _shares(n, before, before + gained)
        tot = [tot[0] + n, tot[1] + before, tot[2] + before + gained]
    out["records"] = _shares(*tot)
    out["asserted_events_both_coded"] = _shares(*ev)
    return out


def undated_agreeing(store: DuckDBStore) -> int:
    return store.con.execute(
        """WITH c AS (SELECT entity_id, count(DISTINCT actor_code) AS k FROM entity_records
                      WHERE coalesce(actor_code, '') <> '' GROUP BY 1)
           SELECT count(*) FROM entity_records r JOIN documents d USING (uid)
           JOIN c USING (entity_id)
           WHERE r.type = 'person' AND coalesce(r.actor_code, '') = '' AND c.k = 1
             AND coalesce(d.published, '') = ''"""
    ).fetchone()[0]


def _shares(n: int, before: int, after: int) -> dict[str, object]:
    def pct(k: int) -> float | None:
        return round(k / n, 3) if n else None

    return {
        "n": n,
        "before": before,
        "before_share": pct(before),
        "after": after,
        "after_share": pct(after),
    }


def propagated(store: DuckDBStore) -> list[dict]:
    """Every propagated code with the longest (then first) mention of its record and of
    its source record (where a titled source names the actor in full)."""
    rows = store.sql(
        """WITH m AS (SELECT uid, local_id,
                             arg_min(start_char, (-length(text), start_char)) AS s,
                             arg_min(end_char, (-length(text), start_char)) AS e
                      FROM mentions GROUP BY 1, 2)
           SELECT d.id AS doc_id, m1.s AS start, m1.e AS "end", r.name, rc.actor_code AS code,
                  rc.basis, rc.days, d2.id AS from_doc_id,
                  coalesce(substr(d2.published, 1, 10), '') AS from_date,
                  m2.s AS from_start, m2.e AS from_end, r2.name AS from_name,
                  rc.uid, rc.from_uid
           FROM resolved_codes rc JOIN documents d ON d.uid = rc.uid
           JOIN entity_records r ON r.uid = rc.uid AND r.local_id = rc.local_id
           JOIN documents d2 ON d2.uid = rc.from_uid
           JOIN entity_records r2 ON r2.uid = rc.from_uid AND r2.local_id = rc.from_local_id
           LEFT JOIN m m1 ON m1.uid = rc.uid AND m1.local_id = rc.local_id
           LEFT JOIN m m2 ON m2.uid = rc.from_uid AND m2.local_id = rc.from_local_id
           ORDER BY 1, 2"""
    )
    for r in rows:
        r["name"], r["from_name"] = " ".join(r["name"].split()), " ".join(r["from_name"].split())
    return rows


def key(row: dict) -> str:
    return f"{row['doc_id']}|{row['start']}-{row['end']}|{row['name']}|{row['code']}"


def rank(k: str, seed: int) -> str:
    return hashlib.sha1(f"{seed}|{k}".encode()).hexdigest()


def read_judgments() -> dict[str, dict[str, str]]:
    if not JUDGMENTS.exists():
        return {}
    return {r["key"]: r for r in _rows_of_file()}


def draw(store: DuckDBStore, seed: int, n: int) -> int:
    old = read_judgments()
    rows = propagated(store)
    for r in rows:
        r["key"] = key(r)
    sample = sorted(rows, key=lambda r: rank(r["key"], seed))[:n]
    JUDGMENTS.parent.mkdir(parents=True, exist_ok=True)
    with JUDGMENTS.open("w", encoding="utf-8", newline="") as f:
        f.write(
            f"# seed {seed}; drawn by bench/eval_resolved_codes.py --draw --seed {seed}"
            f" from {len(rows)} propagated codes\n"
        )
        w = csv.DictWriter(f, COLUMNS, delimiter="\t", extrasaction="ignore")
        w.writeheader()
        for r in sorted(sample, key=lambda r: r["key"]):
            prev = old.get(r["key"], {})
            w.writerow({**r, "judgment": prev.get("judgment", ""), "note": prev.get("note", "")})
    return len(sample)


def _rows_of_file() -> list[dict[str, str]]:
    if not JUDGMENTS.exists():
        sys.exit(f"no sample at {JUDGMENTS}: run --draw first")
    with JUDGMENTS.open(encoding="utf-8", newline="") as f:
        lines = [ln for ln in f if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _sentence(store: DuckDBStore, doc_id: str, start: str) -> str:
    if not start:
        return "?"
    row = store.sql(
        "SELECT substr(d.text, s.start_char + 1, s.end_char - s.start_char) AS t"
        " FROM sentences s JOIN documents d USING (uid) WHERE d.id = ?"
        " AND s.start_char <= ? AND s.end_char > ? LIMIT 1",
        [doc_id, int(start), int(start)],
    )
    return " ".join(row[0]["t"].split()) if row else "?"


def show(store: DuckDBStore) -> None:
    for r in _rows_of_file():
        print(
            f"{r['key']}\t[{r['basis']}, {r['days'] or '-'} days]\n"
            f"  here:   {_sentence(store, r['doc_id'], r['start'])}\n"
            f"  source: {r['from_doc_id']} ({r['from_date'] or 'undated'}) {r['from_name']}:"
            f" {_sentence(store, r['from_doc_id'], r['from_start'])}\n"
        )


def score() -> None:
    rows = _rows_of_file()
    judged = [r for r in rows if r["judgment"] in {"correct", "incorrect"}]
    k = sum(r["judgment"] == "correct" for r in judged)
    n = len(judged)
    if not n:
        print(f"{len(rows)} rows, none judged yet")
        return
    lo, hi = wilson(k, n)
    print(
        f"precision {k}/{n} = {k / n:.3f} (95% Wilson {lo:.3f}-{hi:.3f});"
        f" {len(rows) - n} rows unjudged"
    )
    for basis in sorted({r["basis"] for r in judged}):
        sub = [r for r in judged if r["basis"] == basis]
        kb = sum(r["judgment"] == "correct" for r in sub)
        lo, hi = wilson(kb, len(sub))
        print(f"  {basis}: {kb}/{len(sub)} (95% Wilson {lo:.3f}-{hi:.3f})")


def main() -> int:
    global JUDGMENTS
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300, help="documents per corpus")
    ap.add_argument("--db", help="reuse (or create) this DuckDB file instead of a temp one")
    ap.add_argument(
        "--skip",
        type=int,
        default=0,
        help="start after this many articles of each corpus (a fresh sample)",
    )
    ap.add_argument(
        "--file", type=Path, default=JUDGMENTS, help="judgments file for --draw/--show/--score"
    )
    ap.add_argument(
        "--mode",
        choices=("persons", "all"),
        default="all",
        help="code propagation mode measured (the shipped default is none)",
    )
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--draw", action="store_true")
    ap.add_argument("--seed", type=int, default=1105)
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--score", action="store_true")
    args = ap.parse_args()
    JUDGMENTS = args.file.resolve()
    os.environ["WATCHFLOOR_CODE_PROPAGATION"] = args.mode
    if args.score:
        score()
        return 0
    tmp = tempfile.TemporaryDirectory()
    db = Path(args.db) if args.db else Path(tmp.name) / "resolved_codes.duckdb"
    if not db.exists():
        inputs = write_inputs(Path(tmp.name), args.docs, args.skip)
        if not inputs:
            print("skipped: no corpus under ../shared/corpora (set WATCHFLOOR_SHARED)")
            return 0
        t0 = time.perf_counter()
        ingest([str(p) for p in inputs], db, RunOptions(batch_size=args.batch_size))
        print(
            f"ingest: {time.perf_counter() - t0:.0f} s (whole pipeline, resolution and"
            " code propagation included)"
        )
    with DuckDBStore(db) as store:
        if args.show:
            show(store)
            return 0
        if args.draw:
            n = draw(store, args.seed, args.sample)
            print(f"wrote {n} rows to {JUDGMENTS.relative_to(ROOT)} (seed {args.seed})")
            return 0
        snapshot = "SELECT count(*), count(DISTINCT actor_code) FROM resolved_codes"
        before = store.con.execute(snapshot).fetchone()
        store.con.execute("BEGIN TRANSACTION")
        reasons = propagate(store.con)  # the whole store again: must change nothing
        store.con.execute("COMMIT")
        assert store.con.execute(snapshot).fetchone() == before, "propagation not idempotent"
        print("# Actor codes through cross-document resolution")
        for name, like in CORPORA.items():
            print(f"{name}: {json.dumps(figures(store, like))}")
        print("records of coded entities, by outcome (whole store):", json.dumps(reasons))
        print(
            "by basis:",
            json.dumps(
                dict(
                    store.con.execute(
                        "SELECT basis, count(*) FROM resolved_codes GROUP BY 1 ORDER BY 1"
                    ).fetchall()
                )
            ),
        )
        print(
            "undated person records left uncoded whose entity's coded records all agree"
            " (what a looser rule would code; not applied):",
            undated_agreeing(store),
        )
        t0 = time.perf_counter()
        store.con.execute("BEGIN TRANSACTION")
        propagate(store.con)
        store.con.execute("COMMIT")
        print(f"propagation over the whole store: {time.perf_counter() - t0:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
