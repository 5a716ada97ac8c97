"""speed37's per-document tables give spaCy's own answers (sentences written for these tests).

* :func:`~watchfloor.extract.doccache.sentence_at` / :func:`sentence_of` return what
  ``doc[i].sent`` / ``Token.sent`` / ``Span.sent`` return, for every word, negative
  indices, spans (empty ones too) and a document read again after another; an index out
  of range raises spaCy's error, and a document with a sentence hook gets the hook's answer;
* :func:`doc_tokens` / :func:`span_tokens` equal ``list(doc)`` / ``list(span)``;
* :func:`span_text` equals ``Span.text`` for every span of short documents (line breaks,
  runs of spaces, the document's end);
* whole documents through the actors, events and claims extractors equal with the tables
  and with spaCy's own reads put back in every module that imports them.
"""

from __future__ import annotations

import sys

import pytest

from watchfloor.extract import doccache
from watchfloor.extract.doccache import (
    doc_tokens,
    sentence_at,
    sentence_of,
    span_text,
    span_tokens,
)
from watchfloor.model import RawDocument
from watchfloor.nlp import NlpStage
from watchfloor.normalise import to_document

TEXTS = [
    "Rebels attacked an army post near the border on Monday. Soldiers arrested four of "
    "them, the governor said. He called the attack a provocation.",
    "Port strike ends after talks\n\nDock workers returned to work on Tuesday after the "
    "union and the employers agreed on wages.  The mayor welcomed the deal.",
    "The minister, who met her Peruvian counterpart in Lima, said both countries would "
    "share intelligence on trafficking routes; critics were unconvinced.\n",
    "Quiet.",
    "Hi",
]


def _same_span(a, b):
    return (a.doc is b.doc, a.start, a.end, a.start_char, a.end_char) == (
        True,
        b.start,
        b.end,
        b.start_char,
        b.end_char,
    )


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_sentence_at_equals_token_sent_for_every_word(docs, k):
    doc = docs[k]
    for i in range(-len(doc), len(doc)):
        assert _same_span(sentence_at(doc, i), doc[i].sent), (k, i)
        assert _same_span(sentence_of(doc[i]), doc[i].sent), (k, i)


def test_sentence_at_starts_and_ends_of_sentences(docs):
    doc = docs[0]
    sents = list(doc.sents)
    assert len(sents) == 3
    for sent in sents:
        assert _same_span(sentence_at(doc, sent.start), sent)  # a sentence's first word
        assert _same_span(sentence_at(doc, sent.end - 1), sent)  # and its last


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_sentence_of_equals_span_sent(docs, k):
    doc = docs[k]
    for a in range(len(doc)):
        for b in (a, a + 1, min(len(doc), a + 7), len(doc)):
            span = doc[a:b]
            assert _same_span(sentence_of(span), span.sent), (k, a, b)


def test_sentence_at_reads_a_new_document(docs):
    # the index is kept for the last document: alternating documents reads each anew
    for _ in range(2):
        for doc in docs:
            last = len(doc) - 1
            assert _same_span(sentence_at(doc, last), doc[last].sent)


def test_sentence_at_out_of_range_raises_as_spacy(docs):
    doc = docs[0]
    for i in (len(doc), len(doc) + 3, -len(doc) - 1):
        with pytest.raises(IndexError):
            _ = doc[i].sent
        with pytest.raises(IndexError):
            sentence_at(doc, i)


def test_a_sentence_hook_is_spacys_answer(nlp):
    doc = nlp("One sentence here. Another one there.")
    doc.user_token_hooks["sent"] = lambda token: token.doc[0 : len(token.doc)]
    assert _same_span(sentence_at(doc, 5), doc[0 : len(doc)])
    assert not _same_span(sentence_at(doc, 5), list(doc.sents)[1])


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_doc_tokens_and_span_tokens_equal_spacys(docs, k):
    doc = docs[k]
    words = doc_tokens(doc)
    assert words == list(doc)
    assert [(t.i, t.text) for t in words] == [(t.i, t.text) for t in doc]
    for sent in doc.sents:
        assert span_tokens(sent) == list(sent)
    assert span_tokens(doc[2:2]) == []


def test_doc_tokens_read_a_new_document(docs):
    first = doc_tokens(docs[0])
    second = doc_tokens(docs[1])
    assert first[0].doc is docs[0] and second[0].doc is docs[1]
    assert doc_tokens(docs[0])[-1].text == docs[0][-1].text


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_span_text_equals_span_text_for_every_span(docs, k):
    doc = docs[k]
    for a in range(len(doc) + 1):
        for b in range(a, len(doc) + 1):
            assert span_text(doc[a:b]) == doc[a:b].text, (k, a, b)


def test_span_text_drops_the_last_words_space_only(docs):
    doc = docs[1]
    assert span_text(doc[0:3]) == "Port strike ends"
    line = next(t.i for t in doc if t.text.startswith("\n"))
    assert span_text(doc[2 : line + 2]) == "ends after talks\n\nDock"


# -- whole documents, with the tables and with spaCy's own reads ------------------------
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
    return [(d.entities, d.events, d.claims, d.quantities) for d in documents]


PLAIN = {
    "sentence_at": lambda doc, i: doc[i].sent,
    "sentence_of": lambda words: words.sent,
    "span_text": lambda span: span.text,
    "span_tokens": lambda span: list(span),
    "doc_tokens": lambda doc: list(doc),
}


def test_documents_equal_with_and_without_the_tables(monkeypatch):
    fast = _dump(_documents(TEXTS))
    patched = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith("watchfloor.extract.") or module is doccache:
            continue
        for attr, plain in PLAIN.items():
            if getattr(module, attr, None) is getattr(doccache, attr):
                monkeypatch.setattr(module, attr, plain)
                patched += 1
    assert patched > 30  # the modules that read the tables
    plain = _dump(_documents(TEXTS))
    assert repr(fast) == repr(plain)
    assert any(events for _, events, _, _ in fast)  # events and claims found: not empty
    assert any(claims for _, _, claims, _ in fast)
