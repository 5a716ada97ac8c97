"""speed33's cheaper paths give the plain paths' answers (sentences written for these tests).

* :func:`~watchfloor.extract.doccache.doc_sents` (the last document's sentences, kept)
  returns what ``doc.sents`` walks, for each new document;
* :func:`~watchfloor.extract.doccache.number_tokens` returns the ``like_num`` tokens of any
  span, as a walk over it does;
* the event coder's per-sentence lemma sets and the kept commodity-market answers equal
  what reading the sentence each time gives;
* the check-worthiness scorer given the document's text (span texts sliced from it)
  scores every span as the scorer rebuilding ``Span.text`` does; its entities read through
  :func:`~watchfloor.extract.doccache.doc_ents` are ``doc.ents``.
"""

from __future__ import annotations

import pytest

from watchfloor.extract.claims.checkworthiness import DocFeatures, load_scorer
from watchfloor.extract.doccache import doc_ents, doc_sents, has_number, number_tokens
from watchfloor.extract.events.coder import sentence_lemmas
from watchfloor.extract.events.commercial import CommercialActors

TEXTS = [
    "The army shelled the northern town on Tuesday.  Rebels fled into the hills.\n\n"
    "A spokesman said 40 people had died, and the governor asked for help. ",
    "Police in Lima arrested three men on Monday, the ministry said.\nNo one was hurt.",
    "Prices rose 3 percent in March, the central bank of Chile said on Friday",
    "Hi",
]


# -- sentences kept per document ----------------------------------------------------------
@pytest.mark.parametrize("text", TEXTS)
def test_doc_sents_equal_the_walk(nlp, text):
    doc = nlp(text)
    want = [(s.start, s.end, s.start_char, s.end_char, s.text) for s in doc.sents]
    got = [(s.start, s.end, s.start_char, s.end_char, s.text) for s in doc_sents(doc)]
    assert got == want
    assert doc_sents(doc) is doc_sents(doc)  # kept: one walk per document


def test_doc_sents_read_a_new_document(nlp):
    a, b = nlp(TEXTS[0]), nlp(TEXTS[1])
    assert [s.text for s in doc_sents(a)] == [s.text for s in a.sents]
    assert [s.text for s in doc_sents(b)] == [s.text for s in b.sents]
    assert all(s.doc is b for s in doc_sents(b))
    assert [s.text for s in doc_sents(a)] == [s.text for s in a.sents]  # back to the first


# -- number-like tokens ------------------------------------------------------------------
NUMBER_TEXTS = [
    "Police seized 1,200 kilograms of cocaine and arrested three men on 12 May.",
    "Two soldiers and forty-one rebels died; 3.5 million people fled. Nobody counted.",
    "No figures here at all.",
    "7",
]


@pytest.mark.parametrize("text", NUMBER_TEXTS)
def test_number_tokens_equal_the_walk(nlp, text):
    doc = nlp(text)
    n = len(doc)
    spans = [doc[0:n], doc[1 : n - 1], doc[n:n], *doc.sents]
    for span in spans:
        assert [t.i for t in number_tokens(span)] == [t.i for t in span if t.like_num]
    other = nlp(NUMBER_TEXTS[0] if text != NUMBER_TEXTS[0] else NUMBER_TEXTS[1])
    assert [t.i for t in number_tokens(other[:])] == [t.i for t in other if t.like_num]
    assert any(number_tokens(nlp(NUMBER_TEXTS[0])[:]))  # found, not an empty answer


HAS_NUMBER_TEXTS = [
    "The flood closed nine schools. The mayor asked for calm. Rain fell until 2 a.m.",
    "Farmers waited by the road. The bridge was gone.",
    "Six.",
]


@pytest.mark.parametrize("text", HAS_NUMBER_TEXTS)
def test_has_number_equals_the_walk(nlp, text):
    # review36: document_quantities asks this of each sentence instead of reading the
    # LIKE_NUM array a second time
    doc = nlp(text)
    n = len(doc)
    spans = [doc[0:n], doc[1 : n - 1], doc[n:n], doc[0:1], doc[n - 1 : n], *doc.sents]
    for span in spans:
        assert has_number(span) == any(t.like_num for t in span)


def test_has_number_tells_the_sentences_apart(nlp):
    doc = nlp(HAS_NUMBER_TEXTS[0])
    assert [has_number(s) for s in doc.sents] == [True, False, True]
    assert not has_number(nlp(HAS_NUMBER_TEXTS[1])[:])


# -- per-sentence answers kept for the events of one sentence ------------------------------
MARKET_TEXTS = [
    "Coffee futures rose on the New York market after frost hit Brazil. Police fled.",
    "The army shelled the town. Copper prices fell on the London Metal Exchange.",
]


@pytest.mark.parametrize("text", MARKET_TEXTS)
def test_sentence_lemmas_equal_a_fresh_read(nlp, text):
    doc = nlp(text)
    for token in doc:
        assert sentence_lemmas(token.sent) == {t.lemma_.lower() for t in token.sent}
    other = nlp(NUMBER_TEXTS[1])
    assert sentence_lemmas(other[0].sent) == {t.lemma_.lower() for t in other[0].sent}


def test_market_sentence_kept_answers_equal_fresh_ones(nlp):
    docs = [nlp(t) for t in MARKET_TEXTS]
    kept = CommercialActors([])
    answers = []
    for doc in docs + docs:  # a document read again after another
        for sent in doc.sents:
            fresh = CommercialActors([]).market_sentence(sent)
            assert kept.market_sentence(sent) == fresh
            assert kept.market_sentence(sent) == fresh  # the kept answer
            answers.append(fresh)
    assert True in answers and False in answers


# -- check-worthiness: span texts sliced from the document's text --------------------------
def _spans(doc) -> list[tuple[int, int]]:
    out = [(s.start_char, s.end_char) for s in doc.sents]
    n = len(doc.text)
    # unaligned, trailing-space, empty and past-the-end spans too ("expand" alignment)
    out += [(1, max(2, n // 2)), (0, n), (max(0, n - 3), n), (0, 0), (n, n + 4)]
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_scores_with_the_document_text_equal_the_rebuilt_span_texts(nlp, text):
    scorer = load_scorer()
    doc = nlp(text)
    spans = _spans(doc)
    plain = scorer.score_many([(doc, spans, DocFeatures(doc))])
    sliced = scorer.score_many([(doc, spans, DocFeatures(doc, doc.text))])
    assert sliced == plain
    assert scorer.score_many([(doc, spans, None)]) == plain


def test_scores_of_a_batch_with_texts_equal_the_plain_batch(nlp):
    scorer = load_scorer()
    docs = [nlp(t) for t in TEXTS]
    plain = scorer.score_many([(d, _spans(d), DocFeatures(d)) for d in docs])
    sliced = scorer.score_many([(d, _spans(d), DocFeatures(d, d.text)) for d in docs])
    assert sliced == plain
    assert any(s > 0 for row in plain for s in row)  # real scores, not all the empty 0.0


@pytest.mark.parametrize("text", TEXTS)
def test_doc_features_entities_are_the_documents(nlp, text):
    doc = nlp(text)
    other = nlp(TEXTS[0] if text != TEXTS[0] else TEXTS[1])
    doc_ents(other)  # another document kept before: not read for this one
    assert DocFeatures(doc).ents == [(e.start, e.end, e.label_) for e in doc.ents]
