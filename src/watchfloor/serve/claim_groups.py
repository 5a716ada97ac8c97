"""Surfaces › serve: cross-document claim clusters (paraphrases, independent sources,
contradicting figures) from ``watchfloor.analyze.claim_clusters``, cached per store state.

Clustering compares every claim with every other, so it runs once per state of the store
file (path, size, modification time) and is reused until an ingest changes the file.
A cluster's id is its smallest claim id, so it stays put while its claims do.
"""

from __future__ import annotations

import importlib
import os
import threading
from typing import Any

from watchfloor.store.duckdb_store import DuckDBStore

_lock = threading.Lock()
_cache: dict[str, tuple[tuple[int, int], list[dict[str, Any]]]] = {}


def available() -> bool:
    try:
        importlib.import_module("watchfloor.analyze.claim_clusters")
    except ImportError:
        return False
    return True


def clusters(store: DuckDBStore) -> list[dict[str, Any]]:
    """RETURNS the claim clusters, the most independently sourced first."""
    module = importlib.import_module("watchfloor.analyze.claim_clusters")
    st = os.stat(store.path)
    state = (st.st_size, st.st_mtime_ns)
    with _lock:
        hit = _cache.get(store.path)
        if hit and hit[0] == state:
            return hit[1]
        out = []
        for cl in module.cluster_claims(module.claim_rows(store)):
            d = cl.to_dict()
            d["claim_ids"] = sorted(d["claim_ids"])
            d["id"] = d["claim_ids"][0]
            out.append(d)
        _cache[store.path] = (state, out)
        return out


def of_claim(store: DuckDBStore, claim_id: str) -> dict[str, Any] | None:
    return next((c for c in clusters(store) if claim_id in c["claim_ids"]), None)
