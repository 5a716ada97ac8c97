"""speed41's batched paths give the per-item paths' answers (sentences written for these tests).

* :meth:`~watchfloor.extract.tfidf.WordTfidf.counts` counts the n-grams of all the texts
  of a call in one flat column list and one sort (:func:`~watchfloor.extract.tfidf.counted`):
  every row of a batch equals the row of its text alone and sklearn's, for a vectoriser
  fitted here and for the shipped check-worthiness and ``event_class`` word vectorisers; a
  batch whose rows came out in another order fails (the texts' rows all differ);
* :func:`~watchfloor.extract.doccache.doc_text` joins the words of the shared token table:
  ``doc.text`` itself (line breaks, runs of spaces, a trailing space, an empty document),
  and the extract component's text is that one string (built once per document);
* the check-worthiness scores of several documents scored in one call equal each document
  scored on its own (the model's unrounded rows too, to the bit);
* whole documents through the actors, events and claims extractors are equal with the
  batched counting and text, and with the base's ``Counter`` per text and ``doc.text``.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
import spacy
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from watchfloor.extract import doccache, tfidf
from watchfloor.extract.claims import checkworthiness
from watchfloor.extract.claims.checkworthiness import DocFeatures, load_scorer
from watchfloor.extract.events import classify
from watchfloor.model import RawDocument
from watchfloor.nlp import NlpStage
from watchfloor.nlp.component import ExtractComponent
from watchfloor.nlp.pipeline import DEFAULT_MODEL
from watchfloor.normalise import to_document

TRAIN = [
    "The navy seized a fishing boat off the northern coast on Sunday.",
    "Two ministers met the rebel envoys in the capital to discuss a truce.",
    "Prices of rice rose 12% in the port city, traders said.",
    "The navy and the coast guard searched the boat; no one was found.",
    "Rebel envoys said the truce would hold until the talks resume.",
]
TEXTS = [
    "The navy seized two boats off the coast.",
    "",
    "Rebel envoys met the ministers; the truce holds, they said.",
    "zzqx unseen words only",
    "Prices rose 12% and rice prices rose again?",
    "the navy the navy THE NAVY",
    "Talks",
]
DOC_TEXTS = [
    "The governor of the province said on Monday that the army had killed four gunmen "
    "near the border. Residents fled the town.",
    "Protesters blocked the main road into the capital\nfor a second day.  Police used tear "
    "gas, witnesses said, and arrested twelve people.",
    "The central bank raised its main rate by half a point. The finance minister "
    "welcomed the decision and promised to cut spending next year. ",
    "Officials denied that the talks had failed. We will meet again, the envoy told "
    "reporters.\n\nA ceasefire was announced late on Friday.",
]


def _per_text_counts(vec: TfidfVectorizer, texts: list[str]) -> sparse.csr_matrix:
    """The base's counting: a ``Counter`` and a ``sorted`` per text (speed27's reader)."""
    analyze, get = tfidf.word_analyzer(vec), vec.vocabulary_.get
    indices: list[int] = []
    values: list[int] = []
    indptr = [0]
    for text in texts:
        counted = Counter(map(get, analyze(text)))
        counted.pop(None, None)
        cols = sorted(counted)
        indices.extend(cols)
        values.extend([1] * len(cols) if vec.binary else map(counted.__getitem__, cols))
        indptr.append(len(indices))
    return sparse.csr_matrix(
        (
            np.asarray(values, dtype=vec.dtype),
            np.asarray(indices, dtype=np.int32),
            np.asarray(indptr, dtype=np.int32),
        ),
        shape=(len(texts), len(vec.vocabulary_)),
    )


def _same(a, b) -> bool:
    a, b = sparse.csr_matrix(a), sparse.csr_matrix(b)
    return (
        a.shape == b.shape
        and a.dtype == b.dtype
        and np.array_equal(a.indptr, b.indptr)
        and np.array_equal(a.indices, b.indices)
        and np.array_equal(a.data, b.data)
    )


def _shipped_word_vectorisers() -> list[TfidfVectorizer]:
    scorer = load_scorer()
    words = [tr.vectorizer for tr, _ in scorer._parts if isinstance(tr, tfidf.WordTfidf)]
    model = classify.shipped_model()
    words += [
        v
        for _, v in model.text.transformer_list
        if isinstance(v, TfidfVectorizer) and v.analyzer == "word"
    ]
    assert len(words) == 2  # check-worthiness and event_class: one word part each
    return words


@pytest.fixture(scope="module")
def fitted() -> list[TfidfVectorizer]:
    own = [
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, dtype=np.float32).fit(TRAIN),
        TfidfVectorizer(binary=True, token_pattern=r"(?u)\b\w+\b|[%$?]").fit(TRAIN),
        TfidfVectorizer(ngram_range=(1, 3), norm=None).fit(TRAIN),
    ]
    return own + _shipped_word_vectorisers()


# -- word counts: the batch against each text alone -----------------------------------------
def test_batch_rows_equal_each_text_alone(fitted):
    for vec in fitted:
        fast = tfidf.WordTfidf(vec)
        batch = fast.transform(TEXTS)
        for k, text in enumerate(TEXTS):
            assert _same(batch[k], fast.transform([text])), (vec, text)
        assert _same(batch, vec.transform(TEXTS))


def test_batch_counts_equal_the_counter_per_text(fitted):
    for vec in fitted:
        assert _same(tfidf.WordTfidf(vec).counts(TEXTS), _per_text_counts(vec, TEXTS))


def test_a_batch_in_another_order_is_caught(fitted):
    """The rows of these texts all differ, so a batch whose rows were misaligned (one
    text's counts in another's row) cannot equal the texts scored one by one."""
    vec = fitted[0]
    fast = tfidf.WordTfidf(vec)
    rows = [fast.transform([t]) for t in TEXTS if t.strip()]
    for a in range(len(rows)):
        for b in range(a + 1, len(rows)):
            assert not _same(rows[a], rows[b])
    batch = fast.transform([t for t in TEXTS if t.strip()])
    swapped = sparse.vstack([batch[1], batch[0], batch[2:]], format="csr")
    assert not _same(swapped[0], rows[0])
    assert _same(batch[0], rows[0]) and _same(batch[1], rows[1])


def test_empty_batch_and_rows_without_known_words(fitted):
    vec = fitted[0]
    fast = tfidf.WordTfidf(vec)
    assert fast.counts([]).shape == (0, len(vec.vocabulary_))
    m = fast.counts(["zzqx", "the navy", "qqq www", ""])
    assert m.indptr.tolist()[0] == 0 and m.getnnz(axis=1).tolist()[0] == 0
    assert m.getnnz(axis=1)[1] > 0 and m.getnnz(axis=1)[2:].tolist() == [0, 0]


def test_counted_is_shared_by_the_character_counts():
    assert checkworthiness.counted is tfidf.counted


# -- check-worthiness: several documents in one call -----------------------------------------
@pytest.fixture(scope="module")
def nlp():
    return spacy.load(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(t) for t in DOC_TEXTS]


def test_documents_scored_together_equal_each_alone(docs):
    scorer = load_scorer()
    requests = []
    for doc in docs:
        spans = [(s.start_char, s.end_char) for s in doc.sents]
        spans.append((doc[0].idx, doc[min(3, len(doc) - 1)].idx))  # a part of a sentence
        requests.append((doc, spans, DocFeatures(doc, doc.text)))
    together = scorer.score_many(requests)
    alone = [scorer.score_many([r])[0] for r in requests]
    assert together == alone
    assert len({s for scores in together for s in scores}) > 3  # not one value for all


def test_model_rows_scored_together_equal_each_row_alone_to_the_bit(docs):
    scorer = load_scorer()
    texts, ling = [], []
    for doc in docs:
        feats = DocFeatures(doc, doc.text)
        for sent in doc.sents:
            texts.append(sent.text)
            ling.append(feats.ling(sent.start, sent.end))
    x = checkworthiness.rows(texts, np.vstack(ling))
    together = scorer.score_rows(x)
    alone = np.concatenate([scorer.score_rows(x[k : k + 1]) for k in range(len(x))])
    assert np.array_equal(together, alone)  # unrounded: the same floats
    assert not np.array_equal(together, alone[::-1])  # a reversed batch would be caught


# -- the document text -----------------------------------------------------------------------
def test_doc_text_is_the_documents_text(nlp):
    texts = [*DOC_TEXTS, "", " ", "Two  spaces\tand a tab \n\n", "Trailing space "]
    for text in texts:
        doc = nlp.make_doc(text)
        assert doccache.doc_text(doc) == doc.text == text
    for doc in (nlp(t) for t in DOC_TEXTS):
        assert doccache.doc_text(doc) == doc.text


def test_the_component_takes_the_kept_text(nlp):
    component = ExtractComponent(["actors"])
    doc = nlp(DOC_TEXTS[1])
    result, _ = component._extract(doc, batched=False)
    assert result.text == doc.text
    assert result.text is doccache.doc_text(doc)  # one string: built once per document


# -- whole documents ---------------------------------------------------------------------------
def _documents(texts):
    stage = NlpStage(extractors=("actors", "events", "claims"))
    raws = [
        to_document(
            RawDocument(id=f"s{i}", text=t, origin="test", fmt="text", published="2026-03-02")
        )
        for i, t in enumerate(texts)
    ]
    return list(stage.process(raws))


def _dump(documents):
    return [(d.entities, d.events, d.claims, d.quantities, d.sentence_scores) for d in documents]


def _base_doc_text(doc):
    return doc.text


def test_documents_equal_with_the_base_counting_and_text(monkeypatch):
    fast = _dump(_documents(DOC_TEXTS))
    monkeypatch.setattr(
        tfidf.WordTfidf, "counts", lambda self, texts: _per_text_counts(self.vectorizer, texts)
    )
    monkeypatch.setattr(doccache, "doc_text", _base_doc_text)
    plain = _dump(_documents(DOC_TEXTS))
    assert repr(fast) == repr(plain)
    assert any(events for _, events, _, _, _ in fast)  # events and claims found: not empty
    assert any(claims for _, _, claims, _, _ in fast)
