"""speed39's fast paths give the plain paths' answers (sentences written for these tests).

* :func:`~watchfloor.extract.claims.checkworthiness._among` equals ``np.isin`` (ids past
  2**63, empty input, one to six wanted ids), and :class:`DocFeatures`' flags equal the
  ``np.isin`` ones;
* :func:`~watchfloor.extract.actors.name_spans.broken_country_spans` reads the line breaks
  from the ``LOWER`` array and the shared token table: the same spans as the walk over every
  word with a ``Span`` per candidate (speed39's base), on texts with bare, doubled and
  spaced line breaks;
* the sentence index, token table and text of :mod:`~watchfloor.extract.doccache` are kept
  for the last ``KEPT_DOCS`` documents: a document read again after others gets the same
  objects (no rebuild), equal to spaCy's own, and no more than ``KEPT_DOCS`` are held;
* whole documents through the actors, events and claims extractors are equal with the
  fast paths and with the plain ones put back.
"""

from __future__ import annotations

import numpy as np
import pytest

from watchfloor.extract import doccache
from watchfloor.extract.actors import extractor as actors_extractor
from watchfloor.extract.actors import name_spans
from watchfloor.extract.claims import checkworthiness
from watchfloor.extract.claims.checkworthiness import DocFeatures, _among, _hashes
from watchfloor.extract.gazetteer import default_gazetteer
from watchfloor.model import RawDocument
from watchfloor.nlp import NlpStage
from watchfloor.normalise import to_document

TEXTS = [
    "Envoys from South\nKorea met the foreign minister on Monday. We will not give up, "
    "she told reporters, adding that the talks would go on.",
    "Officials in Riyadh said Saudi\nArabia had sent troops to the border.\n\nThe army "
    "denied it. Would you believe them?",
    "Police in the capital arrested three men on Friday \n after a raid on a warehouse.\n "
    "The mayor said the city was safer than ever.",
    "A short note without any break at all.",
    "\nNew\nZealand and Sri\nLanka signed a trade deal on Tuesday.\n",
]


# -- _among: np.isin for a handful of ids -----------------------------------------------
@pytest.mark.parametrize("n_wanted", [1, 2, 3, 6])
def test_among_equals_isin(n_wanted):
    rng = np.random.default_rng(n_wanted)
    pool = np.array([0, 1, 7, 2**40 + 3, 2**63 + 5, 2**64 - 1], dtype=np.uint64)
    ids = rng.choice(pool, size=200).astype(np.uint64)
    wanted = pool[:n_wanted] if n_wanted % 2 else pool[-n_wanted:]
    assert np.array_equal(_among(ids, wanted), np.isin(ids, wanted))
    assert _among(ids, wanted).dtype == np.bool_


def test_among_of_nothing():
    ids = np.array([], dtype=np.uint64)
    assert np.array_equal(_among(ids, np.array([3], dtype=np.uint64)), np.isin(ids, [3]))
    some = np.array([3, 4], dtype=np.uint64)
    assert not _among(some, np.array([], dtype=np.uint64)).any()


def test_among_finds_a_wanted_id_past_2_63():
    big = np.array([2**63 + 11, 5], dtype=np.uint64)
    assert _among(big, np.array([2**63 + 11], dtype=np.uint64)).tolist() == [True, False]


def test_doc_features_flags_equal_isin_flags(docs):
    h = _hashes()
    for doc in docs:
        arr = doc.to_array(["TAG", "LOWER", "DEP", "LEMMA"]).astype(np.uint64)
        tag, low, dep, lemma = arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3]
        plain = np.stack(
            [
                np.isin(tag, h["sup"]),
                np.isin(tag, h["comp"]),
                np.isin(tag, h["past"]),
                np.isin(tag, h["pres"]),
                np.isin(tag, h["modal"]),
                np.isin(low, h["first"]),
                np.isin(low, h["second"]),
                np.isin(low, h["question"]),
                np.isin(dep, h["neg"]),
                np.isin(lemma, h["be"]) & np.isin(dep, h["main"]),
                np.isin(tag, h["adj"]),
            ],
            axis=1,
        ).astype(np.float32)
        assert np.array_equal(DocFeatures(doc).flags, plain)
    # the texts hold first and second person, a past tense and a question: not all zero
    assert DocFeatures(docs[0]).flags[:, 5].any() and DocFeatures(docs[1]).flags[:, 6].any()


# -- broken_country_spans: line breaks from the LOWER array -------------------------------
def _plain_broken_country_spans(doc, gaz):
    """speed39's base: every word made a Token, a Span per candidate."""
    out = []
    if "\n" not in doc.text:
        return out
    for i, token in enumerate(doc):
        if token.text != "\n" or i == 0 or i + 1 >= len(doc):
            continue
        found = None
        for a in (i - 2, i - 1):
            for b in (i + 3, i + 2):
                if a < 0 or b > len(doc) or found is not None:
                    continue
                words = [t for t in doc[a:b] if t.i != i]
                if any(t.is_space or not t.text[:1].isupper() for t in words):
                    continue
                entry = gaz.lookup(" ".join(t.text for t in words))
                if entry is not None and entry.kind == "country":
                    found = doc[a:b]
        if found is not None:
            out.append(found)
    return out


def _spans(spans):
    return [(s.start, s.end) for s in spans]


def test_line_break_positions_are_the_bare_line_break_tokens(docs):
    for doc in docs:
        plain = [t.i for t in doc if t.text == "\n"]
        assert name_spans._line_break_positions(doc) == plain
    assert name_spans._line_break_positions(docs[0])  # a "\n" token there: not empty


def test_broken_country_spans_equal_the_plain_walk(docs):
    gaz = default_gazetteer()
    found = []
    for doc in docs:
        fast = name_spans.broken_country_spans(doc, gaz)
        assert _spans(fast) == _spans(_plain_broken_country_spans(doc, gaz))
        found += [s.text for s in fast]
    assert "South\nKorea" in found and "Saudi\nArabia" in found  # the test finds some


# -- kept documents ------------------------------------------------------------------------
def test_a_document_read_again_after_others_is_not_rebuilt(docs):
    first = docs[0]
    tokens, sents, text = (
        doccache.doc_tokens(first),
        doccache.doc_sents(first),
        doccache.doc_text(first),
    )
    for doc in docs[1:]:
        doccache.doc_tokens(doc), doccache.doc_sents(doc), doccache.doc_text(doc)
    assert doccache.doc_tokens(first) is tokens
    assert doccache.doc_sents(first) is sents
    assert doccache.doc_text(first) is text
    assert [t.i for t in tokens] == [t.i for t in first] and text == first.text
    assert [(s.start, s.end) for s in sents] == [(s.start, s.end) for s in first.sents]


def test_no_more_than_kept_docs_are_held(nlp, monkeypatch):
    monkeypatch.setattr(doccache, "KEPT_DOCS", 3)
    made = [nlp.make_doc(f"Word number {k}.") for k in range(6)]
    tables = [doccache.doc_tokens(d) for d in made]
    assert len(doccache._tokens_kept) <= 3
    assert doccache.doc_tokens(made[-1]) is tables[-1]  # still kept
    again = doccache.doc_tokens(made[0])  # dropped: made again, equal to spaCy's
    assert again is not tables[0] and [t.text for t in again] == [t.text for t in made[0]]
    assert all(entry[0] is d for d in made[-2:] for entry in [doccache._tokens_kept[id(d)]])


def test_a_new_document_with_a_kept_documents_id_is_read_anew(nlp):
    doc = nlp.make_doc("One two three.")
    doccache.doc_tokens(doc)
    other = nlp.make_doc("Four five.")
    # an entry whose document is not the one asked for (a reused id) is never returned
    doccache._tokens_kept[id(other)] = (doc, list(doc))
    assert [t.text for t in doccache.doc_tokens(other)] == ["Four", "five", "."]


# -- whole documents, with the fast paths and with the plain ones --------------------------
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


def test_documents_equal_with_and_without_the_fast_paths(monkeypatch):
    fast = _dump(_documents(TEXTS))
    monkeypatch.setattr(checkworthiness, "_among", np.isin)
    monkeypatch.setattr(doccache, "KEPT_DOCS", 1)  # the base's last document only
    assert actors_extractor.broken_country_spans is name_spans.broken_country_spans
    monkeypatch.setattr(actors_extractor, "broken_country_spans", _plain_broken_country_spans)
    plain = _dump(_documents(TEXTS))
    assert repr(fast) == repr(plain)
    assert any(events for _, events, _, _ in fast)  # events and claims found: not empty
    assert any(claims for _, _, claims, _ in fast)
