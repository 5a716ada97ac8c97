"""Tune and measure the claim-cluster threshold on judged claim pairs.

The claim clusters of :mod:`watchfloor.analyze.claim_clusters` join two claims when the
cosine similarity of their contents reaches ``THRESHOLD``. This script measures that
decision on pairs of claims judged by reading them: *same* (the two contents make the
same assertion about the same thing — reworded, shortened or lengthened, so that checking
one checks the other) or *different* (a different fact, event, figure or polarity,
however many words they share).

Corpus: the claims the full pipeline extracts from the bundled sample corpus
(``data/sample/``) and from the first ``--slice`` articles of
``../shared/corpora/insightcrime-train.jsonl`` (every claim, attributed or not, whose
content has at least ``MIN_CLUSTER_TOKENS`` words — shorter contents are never joined).
Candidate pairs are claims of *different* documents whose contents are not identical
(identical contents are joined at any threshold), with cosine >= ``FLOOR``, split into
similarity strata; ``--draw`` samples up to ``--per-stratum`` pairs from each stratum
with a fixed seed.

Judgments live in ``bench/data/claim_cluster_judgments.tsv``: one row per pair, each claim
named by its document id and the character span of its content (``id@start-end``), the
stratum it was drawn from, the judgment (``same``/``diff``) and no corpus text. The
population of each stratum at drawing time is kept in the file's header, so the sweep
reports both the figures over the judged pairs and population estimates (each judged pair
weighted by its stratum's population over its sample size): recall is relative to the
candidate pairs (cosine >= ``FLOOR``).

Usage:
    .venv/bin/python bench/eval_claim_clusters.py            # sweep thresholds
    .venv/bin/python bench/eval_claim_clusters.py --draw [--show] [--seed S]
        [--per-stratum N] [--strata 0,1,2]   # draw unjudged pairs as TSV rows to judge;
                                             # --show prints their texts (stderr only)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

from watchfloor.analyze.claim_clusters import MIN_CLUSTER_TOKENS, THRESHOLD, LexicalEmbedder
from watchfloor.ingest import iter_documents
from watchfloor.model import Quarantined, RawDocument
from watchfloor.nlp import NlpStage
from watchfloor.nlp.pipeline import without_failures
from watchfloor.normalise import to_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or ROOT.parent / "shared")
CORPUS = SHARED / "corpora" / "insightcrime-train.jsonl"
JUDGMENTS = ROOT / "bench" / "data" / "claim_cluster_judgments.tsv"
FLOOR = 0.20
TIE = 0.01  # estimated F1 this close to the best counts as a tie
STRATA = [0.20, 0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60, 0.70, 1.01]


def stratum_of(sim: float) -> int:
    for n in range(len(STRATA) - 1):
        if STRATA[n] <= sim < STRATA[n + 1]:
            return n
    return len(STRATA) - 2


def load_texts(slice_: int) -> dict[str, str]:
    """Document id -> text, for the sample corpus and the corpus slice."""
    texts: dict[str, str] = {}
    cwd = os.getcwd()
    os.chdir(ROOT)  # ids of files are relative paths: the same on every checkout
    try:
        for item in iter_documents(["data/sample"]):
            if not isinstance(item, Quarantined):
                texts[item.id] = item.text
    finally:
        os.chdir(cwd)
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if n >= slice_:
                    break
                rec = json.loads(line)
                texts[rec["id"]] = rec["text"]
    return texts


def extract_claims(texts: dict[str, str]) -> list[tuple[str, int, int]]:
    """(document id, content start, content end) of every joinable claim."""
    stage = NlpStage()
    docs = [
        to_document(RawDocument(id=i, text=t, origin="bench", fmt="text")) for i, t in texts.items()
    ]
    out = []
    for doc in without_failures(stage.process(docs)):
        for c in doc.claims:
            if len(c.content.text.split()) >= MIN_CLUSTER_TOKENS:
                out.append((doc.raw.id, c.content.start, c.content.end))
    return sorted(set(out))


def key(c: tuple[str, int, int]) -> str:
    return f"{c[0]}@{c[1]}-{c[2]}"


def parse_key(k: str) -> tuple[str, int, int]:
    doc, span = k.rsplit("@", 1)
    a, b = span.split("-")
    return doc, int(a), int(b)


def read_judgments(path: Path) -> tuple[list[dict], dict[int, int]]:
    rows, population = [], {}
    if not path.exists():
        return rows, population
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# population"):
            for part in line.split(":", 1)[1].split():
                s, n = part.split("=")
                population[int(s)] = int(n)
        if not line.strip() or line.startswith("#") or line.startswith("a\t"):
            continue
        a, b, stratum, judgment, *_ = line.split("\t")
        rows.append({"a": a, "b": b, "stratum": int(stratum), "judgment": judgment})
    return rows, population


def sweep(
    sims: np.ndarray, same: np.ndarray, weights: np.ndarray, thresholds: list[float]
) -> list[tuple[float, tuple, tuple]]:
    """RETURNS (threshold, (P, R, F1) over the judged pairs, (P, R, F1) weighted)."""
    out = []
    for t in thresholds:
        row = []
        for w in (np.ones_like(weights), weights):
            pred = sims >= t
            tp = float((w * (pred & same)).sum())
            fp = float((w * (pred & ~same)).sum())
            fn = float((w * (~pred & same)).sum())
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            row.append((p, r, f))
        out.append((t, row[0], row[1]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--slice", type=int, default=200, help="first N InSight Crime articles (default 200)"
    )
    ap.add_argument("--draw", action="store_true", help="draw candidate pairs to judge")
    ap.add_argument("--per-stratum", type=int, default=20)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--strata", default=None, help="with --draw: only these strata (0,1,...)")
    ap.add_argument("--show", action="store_true", help="with --draw: print the pairs' texts")
    ap.add_argument("--judgments", type=Path, default=JUDGMENTS)
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found (set WATCHFLOOR_SHARED)")
        return
    t0 = time.perf_counter()
    texts = load_texts(args.slice)
    claims = extract_claims(texts)
    judged, population = read_judgments(args.judgments)
    # every judged claim is embedded with the corpus (its span read from the document),
    # even if the extractor no longer finds exactly that span
    pool = {key(c): c for c in claims}
    for r in judged:
        for k in (r["a"], r["b"]):
            pool.setdefault(k, parse_key(k))
    keys = sorted(pool)
    index = {k: n for n, k in enumerate(keys)}
    contents = [texts[pool[k][0]][pool[k][1] : pool[k][2]] for k in keys]
    vecs, _ = LexicalEmbedder().embed(contents)
    print(
        f"{len(texts)} documents, {len(claims)} joinable claims "
        f"(extract + embed {time.perf_counter() - t0:.0f} s)"
    )

    if args.draw:
        extracted = [index[key(c)] for c in claims]
        doc_of = [pool[k][0] for k in keys]
        norm = [" ".join(c.lower().split()) for c in contents]
        strata: dict[int, list[tuple[int, int, float]]] = defaultdict(list)
        for (i, j), sim in sorted(vecs.similar_pairs(FLOOR, extracted).items()):
            if doc_of[i] != doc_of[j] and norm[i] != norm[j]:
                strata[stratum_of(sim)].append((i, j, sim))
        rng = random.Random(args.seed)
        done = {(r["a"], r["b"]) for r in judged}
        print(
            "# population per stratum: "
            + " ".join(f"{s}={len(strata[s])}" for s in range(len(STRATA) - 1))
        )
        wanted = (
            set(range(len(STRATA) - 1))
            if args.strata is None
            else {int(x) for x in args.strata.split(",")}
        )
        for s in sorted(wanted):
            # a later round samples from the pairs not judged yet, so the judged pairs of
            # a stratum stay a uniform sample of it
            pairs = [p for p in strata[s] if (keys[p[0]], keys[p[1]]) not in done]
            for i, j, sim in sorted(rng.sample(pairs, min(args.per_stratum, len(pairs)))):
                a, b = keys[i], keys[j]
                print(f"{a}\t{b}\t{s}\t?\t{sim:.3f}")
                if args.show:
                    print(f"  A: {contents[i]}\n  B: {contents[j]}", file=sys.stderr)
        return

    if not judged:
        print(f"no judgments in {args.judgments}: run with --draw and judge the pairs")
        return
    sims = np.array(
        [
            float(
                vecs.lexical[index[r["a"]]].multiply(vecs.lexical[index[r["b"]]]).sum()
                + vecs.tensor[index[r["a"]]] @ vecs.tensor[index[r["b"]]]
            )
            for r in judged
        ]
    )
    same = np.array([r["judgment"] == "same" for r in judged])
    sampled = defaultdict(int)
    for r in judged:
        sampled[r["stratum"]] += 1
    weights = np.array(
        [
            population.get(r["stratum"], sampled[r["stratum"]]) / sampled[r["stratum"]]
            for r in judged
        ]
    )
    print(
        f"{len(judged)} judged pairs, {int(same.sum())} same; strata "
        + " ".join(
            f"[{STRATA[s]:.2f},{min(STRATA[s + 1], 1):.2f}): "
            f"{int(same[[r['stratum'] == s for r in judged]].sum())}/{sampled[s]}"
            for s in sorted(sampled)
        )
    )
    thresholds = [round(x, 2) for x in np.arange(0.20, 0.801, 0.02)]
    if THRESHOLD not in thresholds:
        thresholds = sorted([*thresholds, THRESHOLD])
    rows = sweep(sims, same, weights, thresholds)
    best = max(rows, key=lambda r: (round(r[2][2], 3), -r[0]))
    # the estimates differ by less than their sampling error near the top (a stratum holds
    # one to five judged "same" pairs): the lowest threshold within TIE of the best
    chosen = min(r[0] for r in rows if r[2][2] >= best[2][2] - TIE)
    print("            judged pairs           population estimate")
    print("threshold   P      R      F1       P      R      F1")
    for t, (p, r, f), (wp, wr, wf) in rows:
        mark = "  <- best F1 (est.)" if t == best[0] else ""
        mark += f"  <- chosen (lowest within {TIE} of the best)" if t == chosen else ""
        mark += "  <- current THRESHOLD" if t == THRESHOLD else ""
        print(f"{t:9.2f}   {p:.3f}  {r:.3f}  {f:.3f}    {wp:.3f}  {wr:.3f}  {wf:.3f}{mark}")


if __name__ == "__main__":
    main()
