"""Deduplication: group exact and near-duplicate copies into story clusters.

Sits between ingest/normalise and the NLP stage. :mod:`.minhash` turns a text into a
MinHash signature and LSH band keys; :mod:`.clusters` assigns each document to a story
cluster using a :class:`.clusters.BandIndex` (the DuckDB store provides the persistent one).
"""

from watchfloor.dedup.clusters import BandIndex, ClusterAssigner, MemoryBandIndex
from watchfloor.dedup.minhash import DedupParams, band_keys, estimate_jaccard, signature

__all__ = [
    "BandIndex",
    "ClusterAssigner",
    "DedupParams",
    "MemoryBandIndex",
    "band_keys",
    "estimate_jaccard",
    "signature",
]
