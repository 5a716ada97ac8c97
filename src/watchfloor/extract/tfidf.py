"""Fitted TF-IDF vectorisers applied without scikit-learn's per-call input checks.

The trained sentence models of the extractors (``event_class`` in
:mod:`watchfloor.extract.events.classify`, ``checkworthiness`` in
:mod:`watchfloor.extract.claims.checkworthiness`) are called once per document or per
spaCy batch on a handful of sentences. On so few rows, ``TfidfVectorizer.transform`` spends
most of its time not counting but validating: ``validate_data`` and ``normalize`` check the
count matrix (dtype, finiteness, dataframe libraries) on every call. Here the same arithmetic
runs directly on matrices this module built itself (:func:`weigh`: sublinear tf, idf, row
norm, in sklearn's own order and with its own in-place routines), so the rows are equal to
sklearn's bit for bit (tests compare them); anything outside that case goes to sklearn.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer
from sklearn.utils.sparsefuncs_fast import (
    inplace_csr_row_normalize_l1,
    inplace_csr_row_normalize_l2,
)

FLOATS = (np.float32, np.float64)
NORMS = {"l1": inplace_csr_row_normalize_l1, "l2": inplace_csr_row_normalize_l2, None: None}


def weigh(tfidf: TfidfTransformer, counts: sparse.csr_matrix) -> Any:
    """RETURNS ``tfidf.transform(counts, copy=False)`` for a CSR count matrix of float
    counts (weighted in place); other input, or a norm this module does not reproduce, goes
    to sklearn itself."""
    if (not sparse.isspmatrix_csr(counts) or counts.dtype not in FLOATS
            or tfidf.norm not in NORMS):
        return tfidf.transform(counts, copy=False)
    if tfidf.sublinear_tf:
        np.log(counts.data, counts.data)
        counts.data += 1.0
    if hasattr(tfidf, "idf_"):
        counts.data *= tfidf.idf_[counts.indices]
    normalize = NORMS[tfidf.norm]
    if normalize is not None:
        normalize(counts)
    return counts


class WordTfidf:
    """A fitted word TF-IDF (any analyzer sklearn counts with ``_count_vocab``) whose
    ``transform`` counts with the vectoriser's own code and weighs with :func:`weigh`."""

    def __init__(self, vectorizer: TfidfVectorizer) -> None:
        self.vectorizer = vectorizer

    @staticmethod
    def applies(tr: Any) -> bool:
        """Whether ``tr`` is a fitted TF-IDF vectoriser of float counts."""
        return (isinstance(tr, TfidfVectorizer) and hasattr(tr, "vocabulary_")
                and np.dtype(tr.dtype) in FLOATS)

    def transform(self, texts: Sequence[str]) -> Any:
        """RETURNS the TF-IDF rows of ``texts`` (as ``vectorizer.transform``)."""
        if isinstance(texts, str):
            raise ValueError("an iterable of texts is expected, not one string")
        _, counts = self.vectorizer._count_vocab(texts, fixed_vocab=True)  # noqa: SLF001
        if self.vectorizer.binary:
            counts.data.fill(1)
        return weigh(self.vectorizer._tfidf, counts)  # noqa: SLF001 - its fitted weights


__all__ = ["WordTfidf", "weigh"]
