"""MinHash signatures and LSH band keys for near-duplicate detection (datasketch).

A document's text is folded (:func:`watchfloor.normalise.normalised_text`), cut into
word shingles, and summarised by a MinHash signature. The signature is split into
``bands`` bands of ``rows`` values; two documents that agree on any whole band are
candidates, confirmed when their estimated Jaccard similarity reaches ``threshold``.

Calibration: ``bench/eval_dedup.py`` on the Reuters-21578 corpus (see docs/dedup.md).
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import re
import sys
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from watchfloor.normalise import normalised_text


def _import_minhash() -> type:
    """datasketch's ``MinHash`` class, without running the package's ``__init__``.

    ``import datasketch`` imports every sketch it has and, for its LSH classes, scipy:
    0.3-0.4 s of every run's start, for a class that needs only numpy and hashlib (our
    LSH bands live in the store). Unless datasketch is imported already, its
    ``minhash`` module (and the ``hashfunc`` module it imports) are loaded under a bare
    package object, and all three leave ``sys.modules`` again, so a later
    ``import datasketch`` elsewhere runs the real ``__init__`` as usual.
    """
    if "datasketch" in sys.modules:
        return importlib.import_module("datasketch.minhash").MinHash
    spec = importlib.util.find_spec("datasketch")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("datasketch is not installed")
    names = ("datasketch", "datasketch.hashfunc", "datasketch.minhash")
    sys.modules["datasketch"] = importlib.util.module_from_spec(spec)  # __init__ not run
    try:
        return importlib.import_module("datasketch.minhash").MinHash
    finally:
        for name in names:
            sys.modules.pop(name, None)


MinHash = _import_minhash()

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class DedupParams:
    """Tuning constants of the near-duplicate detector.

    With 32 bands of 4 rows, a pair at Jaccard 0.6 becomes a candidate with probability
    0.99 and a pair at 0.3 with 0.22; the ``threshold`` check then removes the false
    candidates. ``min_tokens`` keeps very short texts (headline-only items) out of
    near-duplicate matching: they join only a copy with identical title and text.
    """

    num_perm: int = 128
    bands: int = 32
    shingle: int = 4
    threshold: float = 0.5
    min_tokens: int = 12
    short_tokens: int = 50
    window_hours: float = 72.0
    seed: int = 1

    @property
    def rows(self) -> int:
        return self.num_perm // self.bands


@lru_cache(maxsize=4)
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    return MinHash(num_perm=num_perm, seed=seed).permutations


def shingles(text: str, size: int) -> list[bytes]:
    """Return the word ``size``-grams of the folded text as bytes (one if it is shorter)."""
    tokens = _TOKEN.findall(normalised_text(text))
    if len(tokens) <= size:
        return [" ".join(tokens).encode("utf-8")] if tokens else []
    return [" ".join(tokens[i : i + size]).encode("utf-8") for i in range(len(tokens) - size + 1)]


def token_count(text: str) -> int:
    return len(_TOKEN.findall(text))


def signature(text: str, params: DedupParams = DedupParams()) -> np.ndarray:
    """Return the MinHash signature of ``text`` as an array of ``num_perm`` uint64 values."""
    mh = MinHash(
        num_perm=params.num_perm,
        seed=params.seed,
        permutations=_permutations(params.num_perm, params.seed),
        scheme="affine32",
    )
    grams = shingles(text, params.shingle)
    if grams:
        mh.update_batch(grams)
    return mh.hashvalues


def band_keys(sig: np.ndarray, params: DedupParams = DedupParams()) -> list[int]:
    """Return one signed 64-bit key per band (stable across runs and platforms)."""
    rows = params.rows
    data = np.ascontiguousarray(sig, dtype="<u8")
    keys = []
    for band in range(params.bands):
        chunk = data[band * rows : (band + 1) * rows].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=band.to_bytes(2, "little")).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def estimate_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Return the fraction of equal MinHash values, an estimate of Jaccard similarity."""
    return float(np.count_nonzero(np.asarray(a) == np.asarray(b))) / len(a)
