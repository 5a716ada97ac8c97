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

import re
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
    if not sparse.isspmatrix_csr(counts) or counts.dtype not in FLOATS or tfidf.norm not in NORMS:
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
    ``transform`` counts the vectoriser's own analyser's n-grams (:meth:`counts`: the
    matrix ``_count_vocab`` builds) and weighs with :func:`weigh`."""

    def __init__(self, vectorizer: TfidfVectorizer) -> None:
        self.vectorizer = vectorizer
        self._analyze: Any = None  # the vectoriser's analyser, built on first use

    @staticmethod
    def applies(tr: Any) -> bool:
        """Whether ``tr`` is a fitted TF-IDF vectoriser of float counts."""
        return (
            isinstance(tr, TfidfVectorizer)
            and hasattr(tr, "vocabulary_")
            and np.dtype(tr.dtype) in FLOATS
        )

    def transform(self, texts: Sequence[str]) -> Any:
        """RETURNS the TF-IDF rows of ``texts`` (as ``vectorizer.transform``)."""
        if isinstance(texts, str):
            raise ValueError("an iterable of texts is expected, not one string")
        return weigh(self.vectorizer._tfidf, self.counts(texts))  # noqa: SLF001 - its weights

    def counts(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """RETURNS the count matrix ``vectorizer._count_vocab(texts, fixed_vocab=True)``
        gives (ones where ``binary``): the same analyser, columns in order, counts in the
        vectoriser's dtype. The n-grams of all texts are looked up in one pass into one
        flat list of columns (an n-gram the vocabulary lacks, most bigrams of a sentence,
        dropped) and counted for the whole call by :func:`counted` (one sort), not by a
        ``Counter`` and a ``sorted`` per text (speed41)."""
        vec = self.vectorizer
        if self._analyze is None:
            self._analyze = word_analyzer(vec)
        analyze, get = self._analyze, vec.vocabulary_.get
        columns: list[int] = []
        lengths: list[int] = []
        for text in texts:
            known = [j for j in map(get, analyze(text)) if j is not None]
            columns.extend(known)
            lengths.append(len(known))
        out = counted(np.asarray(columns, dtype=np.int64), lengths, len(vec.vocabulary_), vec.dtype)
        if vec.binary:
            out.data[:] = 1
        return out


def counted(
    columns: np.ndarray, lengths: Sequence[int], width: int, dtype: Any
) -> sparse.csr_matrix:
    """RETURNS the CSR count matrix (``len(lengths)`` x ``width``, ``dtype``) of rows whose
    column occurrences are ``columns``, row after row (``lengths[r]`` of them for row ``r``):
    each (row, column) once, its count the number of occurrences, columns sorted in each
    row. The same matrix as building it from (row, column, 1) triples and summing the
    duplicates, in one sort of row-major keys instead of scipy's conversion and checks."""
    n = len(lengths)
    key_type = np.int32 if n * width < 2**31 else np.int64
    rows_ = np.repeat(np.arange(n, dtype=key_type), lengths)
    keys, times = np.unique(rows_ * key_type(width) + columns.astype(key_type), return_counts=True)
    row_of = keys // width
    indptr = np.zeros(n + 1, dtype=key_type)
    np.cumsum(np.bincount(row_of, minlength=n), out=indptr[1:])
    return sparse.csr_matrix(
        (times.astype(dtype), (keys - row_of * width).astype(key_type), indptr), shape=(n, width)
    )


def bigram_reader(vec: TfidfVectorizer) -> Any:
    """The n-grams of a text that may be in ``vec``'s vocabulary, for a plain word
    vectoriser of unigrams and bigrams (lower-cased, its token pattern, no stop words,
    accents or custom steps; else None: sklearn's analyser is used): every unigram, and
    the bigrams whose first word begins some vocabulary entry followed by a space (the
    others cannot be in the vocabulary, so they are not built or looked up). Counted
    against the vocabulary the result is sklearn's."""
    if not (
        vec.analyzer == "word"
        and vec.input == "content"
        and vec.preprocessor is None
        and vec.tokenizer is None
        and not vec.strip_accents
        and vec.stop_words is None
        and tuple(vec.ngram_range) == (1, 2)
    ):
        return None
    findall = re.compile(vec.token_pattern).findall
    if re.compile(vec.token_pattern).groups > 1:
        return None  # sklearn refuses it
    # every prefix of an entry that a space follows: "a b" in the vocabulary => "a" here
    firsts = frozenset(g[:i] for g in vec.vocabulary_ for i, ch in enumerate(g) if ch == " ")
    lower = vec.lowercase

    def grams(text: str) -> list[str]:
        if not isinstance(text, str):
            raise TypeError("texts only")  # bytes, NaN: sklearn's decoder is not copied
        toks = findall(text.lower() if lower else text)
        return toks + [a + " " + b for a, b in zip(toks, toks[1:]) if a in firsts]  # noqa: B905

    return grams


def word_analyzer(vec: TfidfVectorizer) -> Any:
    """The analyser to count ``vec``'s n-grams with: :func:`bigram_reader` where it
    applies, else sklearn's own (``vec.build_analyzer()``)."""
    return bigram_reader(vec) or vec.build_analyzer()


__all__ = ["WordTfidf", "bigram_reader", "counted", "weigh", "word_analyzer"]
