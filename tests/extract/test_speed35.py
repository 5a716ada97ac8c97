"""speed35's word gates give the plain paths' answers (sentences written for these tests).

* :func:`~watchfloor.extract.doccache.listed_tokens` returns what a filter over every
  token of a range returns (part of speech, lower-cased lemma, lower-case form), for
  each new document and any range;
* the event coder reads only the verbs and nouns its lexicon lists: every word
  ``_match`` finds an entry for is among them, and the events of whole documents equal
  those of the coder reading every verb and noun (the base's walk);
* the claims extractor reads every verb but only the listed nouns and adjectives: the
  claims of whole documents equal those of the walk over every verb, noun and adjective.
"""

from __future__ import annotations

import pytest
from spacy.strings import get_string_id

from watchfloor.extract.claims import attribution
from watchfloor.extract.doccache import listed_tokens, pos_tokens, word_ids
from watchfloor.extract.events import coder
from watchfloor.model import RawDocument
from watchfloor.nlp import NlpStage
from watchfloor.normalise import to_document

TEXTS = [
    "Rebels attacked an army post near the border on Monday, and soldiers arrested "
    "four of them. The governor said the attack was a provocation.",
    "Talks between the two governments resumed in Geneva. Officials were critical of "
    "the delay and confident that a cease-fire would hold.",
    "The ministry's statement claimed that police had seized 300 kilograms of cocaine; "
    "the opposition demanded an inquiry into the raid.",
    "The minister's warning that prices would rise alarmed traders. Her accusation against "
    "the mayor was dismissed, and the union was adamant that wages must rise.",
    "U.S. Marines met Colombian commanders. NATO carried out strikes.\n\nNothing else.",
    "Hi",
]


def _plain(doc, lemmas, forms=None, start=0, end=None):
    """The filter :func:`listed_tokens` stands for, over every token of the range."""
    forms = forms or {}
    return [
        t
        for t in doc[start:end]
        if t.pos_ in lemmas
        and (
            lemmas[t.pos_] is None
            or get_string_id(t.lemma_.lower()) in lemmas[t.pos_]
            or t.lower in forms.get(t.pos_, ())
        )
    ]


GATES = [
    (
        {
            "VERB": word_ids({"attack", "arrest", "say", "meet", "claim"}),
            "NOUN": word_ids({"attack", "talk", "statement", "strike"}),
        },
        {"NOUN": word_ids({"talks", "strikes"})},
    ),
    (
        {"VERB": None, "NOUN": word_ids({"statement", "inquiry"}), "ADJ": frozenset()},
        {"ADJ": word_ids({"critical", "confident"})},
    ),
    ({"PROPN": word_ids({"u.s.", "nato", "geneva"})}, None),
    ({"NOUN": frozenset()}, None),  # nothing listed: nothing returned
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(("lemmas", "forms"), GATES)
def test_listed_tokens_equal_the_plain_filter(nlp, text, lemmas, forms):
    doc = nlp(text)
    n = len(doc)
    ranges = [(0, None), (0, n), (1, n - 1), (n, n), (-3, None), (2, 2), (0, n + 5)]
    ranges += [(s.start, s.end) for s in doc.sents]
    for start, end in ranges:
        got = listed_tokens(doc, lemmas, forms, start, end)
        assert [t.i for t in got] == [t.i for t in _plain(doc, lemmas, forms, start, end)]
        assert all(t.doc is doc for t in got)


def test_listed_tokens_read_a_new_document(nlp):
    lemmas, forms = GATES[0]
    a, b = nlp(TEXTS[0]), nlp(TEXTS[2])
    for doc in (a, b, a):
        assert [t.i for t in listed_tokens(doc, lemmas, forms)] == [
            t.i for t in _plain(doc, lemmas, forms)
        ]
    assert [t.text for t in listed_tokens(a, lemmas, forms)] == [
        "attacked",
        "arrested",
        "said",
        "attack",
    ]  # found, not an empty answer


def test_listed_tokens_upper_case_lemma_is_lowered(nlp):
    doc = nlp("Talks resumed. NATO said so.")
    lemmas = {"NOUN": word_ids({"talk"}), "PROPN": word_ids({"nato"})}
    assert [t.text for t in listed_tokens(doc, lemmas)] == [t.text for t in _plain(doc, lemmas)]
    assert "NATO" in [t.text for t in listed_tokens(doc, lemmas)]


# -- the event coder's trigger gate ------------------------------------------------------
@pytest.fixture(scope="module")
def extractor():
    return coder.EventExtractor()


@pytest.mark.parametrize("text", TEXTS)
def test_every_matched_trigger_passes_the_gate(nlp, extractor, text):
    doc = nlp(text)
    every = pos_tokens(doc, frozenset({"VERB", "NOUN"}))
    gated = listed_tokens(doc, extractor._trigger_lemmas, extractor._trigger_forms)
    assert {t.i for t in every if extractor._match(t) is not None} == {
        t.i for t in gated if extractor._match(t) is not None
    }
    assert {t.i for t in gated} <= {t.i for t in every}


def test_the_gate_leaves_unlisted_words_out(nlp, extractor):
    doc = nlp("The weather in the valley was pleasant and the children played football.")
    every = pos_tokens(doc, frozenset({"VERB", "NOUN"}))
    gated = listed_tokens(doc, extractor._trigger_lemmas, extractor._trigger_forms)
    assert len(gated) < len(every)


# -- whole documents, gated and plain ---------------------------------------------------
def _documents(texts):
    stage = NlpStage(extractors=("actors", "events", "claims"))
    raws = [
        to_document(
            RawDocument(id=f"s{i}", text=t, origin="test", fmt="text", published="2026-03-02")
        )
        for i, t in enumerate(texts)
    ]
    return list(stage.process(raws))


def _every(doc, lemmas, forms=None, start=0, end=None):
    """The base's walk: every token of the gate's parts of speech, no word list."""
    return pos_tokens(doc, frozenset(lemmas), start, end)


def _dump(documents):
    return [(d.entities, d.events, d.claims, d.quantities) for d in documents]


def test_documents_equal_with_and_without_the_gates(monkeypatch):
    gated = _dump(_documents(TEXTS))
    monkeypatch.setattr(coder, "listed_tokens", _every)
    monkeypatch.setattr(attribution, "listed_tokens", _every)
    plain = _dump(_documents(TEXTS))
    assert repr(gated) == repr(plain)
    assert any(events for _, events, _, _ in gated)  # events and claims found: not empty
    assert any(claims for _, _, claims, _ in gated)
