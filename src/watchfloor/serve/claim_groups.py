"""Surfaces › serve: cross-document claim clusters (paraphrases, independent sources,
contradicting figures) from ``watchfloor.analyze.claim_clusters``, cached per store state.

Clustering compares every claim with every other, so it runs once per state of the store
(:mod:`watchfloor.serve.analysis_cache`) and is reused until an ingest changes the file.
The claims are read under the analysis lock (one reader beside the request slots) and
the store is closed before they are embedded, so a long clustering never holds the file an
ingest is waiting for.
A cluster's id is its smallest claim id, so it stays put while its claims do.
"""

from __future__ import annotations

import importlib
from typing import Any

from fastapi import Request

from watchfloor.serve.analysis_cache import Computing, Entry, cache_of, cached
from watchfloor.serve.deps import ReaderSlots, read_store


def available() -> bool:
    try:
        importlib.import_module("watchfloor.analyze.claim_clusters")
    except ImportError:
        return False
    return True


def compute(db: str, slots: ReaderSlots) -> list[dict[str, Any]]:
    """RETURNS the claim clusters of the store at ``db``, the most independently sourced
    first (the store is open only while the claims are read)."""
    module = importlib.import_module("watchfloor.analyze.claim_clusters")
    with slots.analysis:  # the analysis thread's reader, only while the claims are read
        store = read_store(db, slots)
        try:
            rows = module.claim_rows(store)
        finally:
            store.close()
    out = []
    for cl in module.cluster_claims(rows):
        d = cl.to_dict()
        d["claim_ids"] = sorted(d["claim_ids"])
        d["id"] = d["claim_ids"][0]
        out.append(d)
    return out


async def clusters_entry(request: Request) -> Entry:
    """RETURNS the cached clusters (with validators). RAISES HTTPException 503 while they
    are computed."""
    state = request.app.state
    return await cached(request, "claim-clusters", lambda: compute(state.db, state.readers))


async def of_claim(request: Request, claim_id: str) -> dict[str, Any] | None:
    """The claim's cluster; None while the clusters are still being computed."""
    state = request.app.state
    try:
        entry = await cache_of(request).aget(
            "claim-clusters", lambda: compute(state.db, state.readers)
        )
    except Computing:
        return None
    return next((c for c in entry.value if claim_id in c["claim_ids"]), None)
