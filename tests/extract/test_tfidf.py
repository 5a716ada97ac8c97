"""The TF-IDF fast paths (watchfloor.extract.tfidf) give sklearn's rows bit for bit."""

from __future__ import annotations

import numpy as np
import pytest
import sklearn
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from watchfloor.extract.claims.checkworthiness import WordCachedCharTfidf
from watchfloor.extract.tfidf import WordTfidf, weigh

TRAIN = [
    "The army shelled the northern town on Tuesday.",
    "Rebels released two hostages after talks in the capital.",
    "The minister said the port would reopen next week.",
    "Police arrested three men near the border crossing.",
    "the army and the police met the rebels; talks went on.",
    "Shares of the shipping firm rose 4% on Monday.",
]
TEXTS = [
    "The army arrested two rebels near the port.",
    "the ARMY  the army\tthe army!",
    "",
    "   ",
    "Señora Muñoz dijo «no» — 100% sure?",
    "talks",
    "words the model never saw: zyxt qwv",
]
SETTINGS = [
    {},
    {"sublinear_tf": True},
    {"norm": "l1"},
    {"norm": None},
    {"binary": True},
    {"use_idf": False},
    {"dtype": np.float32, "sublinear_tf": True, "ngram_range": (1, 2)},
    {"smooth_idf": False, "min_df": 1},
]


def _same(fast, slow) -> bool:
    fast, slow = sparse.csr_matrix(fast), sparse.csr_matrix(slow)
    return fast.shape == slow.shape and fast.dtype == slow.dtype and (fast != slow).nnz == 0


@pytest.mark.parametrize("kw", SETTINGS)
def test_word_tfidf_equals_sklearn(kw):
    vec = TfidfVectorizer(**kw).fit(TRAIN)
    assert WordTfidf.applies(vec)
    fast = WordTfidf(vec).transform(TEXTS)
    assert _same(fast, vec.transform(TEXTS))
    assert type(fast) is type(vec.transform(TEXTS))


@pytest.mark.parametrize("kw", SETTINGS)
def test_char_tfidf_weighed_directly_equals_sklearn(kw):
    vec = TfidfVectorizer(**{"analyzer": "char_wb", "ngram_range": (2, 4), **kw}).fit(TRAIN)
    if not WordCachedCharTfidf.applies(vec):
        assert kw.get("binary")  # binary counts: the class leaves them to sklearn
        return
    fast = WordCachedCharTfidf(vec)
    assert _same(fast.transform(TEXTS), vec.transform(TEXTS))
    assert _same(fast.transform(TEXTS[::-1]), vec.transform(TEXTS[::-1]))  # from the cache


def test_unfitted_or_integer_vectorizers_are_left_to_sklearn():
    assert not WordTfidf.applies(TfidfVectorizer())  # not fitted
    with pytest.warns(UserWarning, match="dtype"):  # sklearn warns of an integer dtype
        integer = TfidfVectorizer(dtype=np.int64).fit(TRAIN)
    assert not WordTfidf.applies(integer)
    assert not WordTfidf.applies(object())


def test_weigh_hands_a_sparse_array_to_sklearn_unchanged():
    """Input the fast path does not reproduce (a csr_array under the sparray interface)
    goes to sklearn's own transform: still equal."""
    vec = TfidfVectorizer(sublinear_tf=True).fit(TRAIN)
    counts = sparse.csr_array(vec._count_vocab(TEXTS, fixed_vocab=True)[1])  # noqa: SLF001
    with sklearn.config_context(sparse_interface="sparray"):
        out = weigh(vec._tfidf, counts.copy())  # noqa: SLF001
        assert _same(out, vec.transform(TEXTS))


def test_weigh_does_not_change_an_empty_row():
    vec = TfidfVectorizer().fit(TRAIN)
    counts = sparse.csr_matrix((2, len(vec.vocabulary_)), dtype=np.float64)
    out = weigh(vec._tfidf, counts)  # noqa: SLF001
    assert out.nnz == 0 and out.shape == (2, len(vec.vocabulary_))


def test_shipped_models_use_the_fast_paths_with_sklearns_rows():
    """The shipped event_class and checkworthiness models: every TF-IDF part goes the
    fast way and gives sklearn's matrix on sentences written for the test."""
    from watchfloor.extract.claims.checkworthiness import load_scorer
    from watchfloor.extract.events.classify import _fast, shipped_model

    parts = [_fast(vec) for _, vec in shipped_model().text.transformer_list]
    parts += [tr for tr, _ in load_scorer()._parts if hasattr(tr, "vectorizer")]
    assert len(parts) == 4
    assert all(isinstance(p, WordTfidf | WordCachedCharTfidf) for p in parts)
    for part in parts:
        assert _same(part.transform(TEXTS), part.vectorizer.transform(TEXTS))
