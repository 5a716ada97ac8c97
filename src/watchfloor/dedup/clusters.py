"""Story clusters: assign each document to the cluster of its earlier copies.

A document joins the cluster of the most similar earlier document whose content hash is
identical (exact copy) or whose estimated Jaccard similarity reaches the threshold (near
copy); otherwise it founds a new cluster named after its own uid. Earlier documents come
from a :class:`BandIndex` (persisted ones, e.g. the DuckDB store) and from the documents
of the current run that are not yet persisted, which the assigner keeps until
:meth:`ClusterAssigner.forget` is called after they are committed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

import numpy as np

from watchfloor.dedup.minhash import (
    DedupParams,
    band_keys,
    estimate_jaccard,
    signature,
    token_count,
)
from watchfloor.model import Document


@dataclass(slots=True)
class IndexedDoc:
    """What the index knows about an earlier document."""

    uid: str
    cluster_id: str
    content_hash: str
    signature: np.ndarray | None  # None when the text was too short for near matching
    published: str | None = None


class BandIndex(Protocol):
    """Earlier documents, looked up by LSH band keys or by content hash."""

    def lookup(
        self, keys: Sequence[Sequence[int] | None], hashes: Sequence[str]
    ) -> list[list[IndexedDoc]]:
        """Return, for each query, the earlier documents sharing a band key or the hash."""
        ...


class MemoryBandIndex:
    """An in-memory :class:`BandIndex` (tests and small runs); grows with the corpus."""

    def __init__(self) -> None:
        self._bands: dict[tuple[int, int], list[str]] = defaultdict(list)
        self._hashes: dict[str, list[str]] = defaultdict(list)
        self._docs: dict[str, IndexedDoc] = {}

    def add(self, doc: IndexedDoc, keys: Sequence[int] | None) -> None:
        self._docs[doc.uid] = doc
        self._hashes[doc.content_hash].append(doc.uid)
        for band, key in enumerate(keys or ()):
            self._bands[(band, key)].append(doc.uid)

    def lookup(
        self, keys: Sequence[Sequence[int] | None], hashes: Sequence[str]
    ) -> list[list[IndexedDoc]]:
        out = []
        for doc_keys, chash in zip(keys, hashes, strict=True):
            uids = dict.fromkeys(self._hashes.get(chash, ()))
            for band, key in enumerate(doc_keys or ()):
                uids.update(dict.fromkeys(self._bands.get((band, key), ())))
            out.append([self._docs[u] for u in uids])
        return out

    def __len__(self) -> int:
        return len(self._docs)


class ClusterAssigner:
    """Sets ``cluster_id``, ``duplicate_of``, ``similarity`` and ``is_earliest`` on documents."""

    def __init__(self, index: BandIndex, params: DedupParams | None = None) -> None:
        self.index = index
        self.params = params or DedupParams()
        self._pending = MemoryBandIndex()

    def assign(self, docs: Sequence[Document]) -> None:
        """Cluster a batch of documents against earlier ones and against each other."""
        sigs: list[np.ndarray | None] = []
        keys: list[list[int] | None] = []
        short: list[bool] = []
        for doc in docs:
            basis = doc.text
            short.append(token_count(basis) < self.params.short_tokens)
            if short[-1]:
                basis = f"{doc.raw.title or ''}\n{basis}"
            if token_count(basis) > 0:
                sig = signature(basis, self.params)
                sigs.append(sig)
                keys.append(band_keys(sig, self.params))
            else:
                sigs.append(None)
                keys.append(None)
        hashes = [d.content_hash for d in docs]
        stored = self.index.lookup(keys, hashes)
        for doc, sig, doc_keys, earlier, is_short in zip(
            docs, sigs, keys, stored, short, strict=True
        ):
            pending = self._pending.lookup([doc_keys], [doc.content_hash])[0]
            tiny = is_short and token_count(f"{doc.raw.title or ''} {doc.text}") < (
                self.params.min_tokens
            )
            best, best_sim = self._best_match(
                doc, sig, earlier + pending, by_hash=not is_short, exact_only=tiny
            )
            if best is None:
                doc.cluster_id, doc.duplicate_of, doc.similarity = doc.uid, None, None
                doc.is_earliest = True
            else:
                doc.cluster_id, doc.duplicate_of, doc.similarity = (
                    best.cluster_id,
                    best.uid,
                    best_sim,
                )
                doc.is_earliest = _earlier(doc.raw.published, best.published)
            doc.signature = None if sig is None else [int(v) for v in sig]
            doc.band_keys = doc_keys
            self._pending.add(
                IndexedDoc(doc.uid, doc.cluster_id, doc.content_hash, sig, doc.raw.published),
                doc_keys,
            )

    def _best_match(
        self,
        doc: Document,
        sig: np.ndarray | None,
        earlier: Iterable[IndexedDoc],
        by_hash: bool = True,
        exact_only: bool = False,
    ) -> tuple[IndexedDoc | None, float]:
        """The most similar earlier copy; short texts match on title and text, not hash.

        Texts too short for near matching (``exact_only``: title and text under
        ``min_tokens``) match only copies with the very same title and text. Ties go to
        the earliest published copy, then the smallest uid, so the result does not depend
        on the order the index returns candidates in.
        """
        best, best_sim, best_key = None, 0.0, None
        threshold = 1.0 if exact_only else self.params.threshold
        for other in earlier:
            if other.uid == doc.uid:
                continue
            if by_hash and other.content_hash == doc.content_hash:
                sim = 1.0
            else:
                if sig is None or other.signature is None:
                    continue
                if _hours_apart(doc.raw.published, other.published) > self.params.window_hours:
                    continue  # a recurring template report, not a copy
                sim = estimate_jaccard(sig, other.signature)
            if sim < threshold:
                continue
            key = (-sim, other.published is None, other.published or "", other.uid)
            if best_key is None or key < best_key:
                best, best_sim, best_key = other, sim, key
        return best, round(best_sim, 4)

    def pending_uids(self) -> set[str]:
        """The uids assigned in this run and not yet committed."""
        return set(self._pending._docs)

    def forget(self, uids: Iterable[str]) -> None:
        """Drop committed documents from the pending set (the index now has them)."""
        keep = set(uids)
        if not keep:
            return
        old = self._pending
        self._pending = MemoryBandIndex()
        for uid, doc in old._docs.items():
            if uid not in keep:
                sig = doc.signature
                self._pending.add(doc, None if sig is None else band_keys(sig, self.params))


def _when(value: str | None) -> datetime | None:
    """A publication date known at least to the day, as a naive UTC datetime."""
    if not value or len(value) < 10:
        return None
    try:
        stamp = datetime.fromisoformat(value)
    except ValueError:
        return None
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(UTC).replace(tzinfo=None)
    return stamp


def _hours_apart(a: str | None, b: str | None) -> float:
    """Hours between two publication dates; 0 when either is unknown."""
    ta, tb = _when(a), _when(b)
    if ta is None or tb is None:
        return 0.0
    return abs((ta - tb).total_seconds()) / 3600


def _earlier(a: str | None, b: str | None) -> bool:
    """True when date ``a`` is strictly before ``b`` (unknown dates are never earlier)."""
    if a is None:
        return False
    if b is None:
        return True
    return a[:19] < b[:19]
