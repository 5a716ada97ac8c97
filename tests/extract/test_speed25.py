"""speed25's cheaper paths give the plain paths' answers (sentences written for these tests).

* :func:`~watchfloor.extract.claims.checkworthiness.counted` — the character TF-IDF's count
  matrix in one sort — equals scipy's (row, column, 1) triples with duplicates summed, and
  the cached transform still equals the vectoriser's own;
* the Spanish actors' per-document word lists (``_doc_words``) read from the token arrays
  equal the same lists read Token by Token;
* the Spanish demonym reading (``_demonym_people``), which now checks the part of speech
  before the morphology, answers as the unguarded reading did on every word;
* the extract component's sentence texts, sliced from the document's text, equal
  ``Span.text``.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from tests.extract.spanish.helpers import stage
from watchfloor.extract.claims.checkworthiness import (
    WordCachedCharTfidf,
    counted,
    load_scorer,
)
from watchfloor.extract.gazetteer import fold
from watchfloor.extract.spanish.actors import _singular
from watchfloor.nlp.component import ExtractComponent

SPANISH = [
    "Colonos israelíes atacaron una aldea palestina cerca de Nablus.",
    "Los pesqueros españoles denunciaron a las autoridades marroquíes. Los israelíes y "
    "los serbios bosnios protestaron ante la embajada.",
    "El ministro de Defensa de Colombia, Diego Molano, dijo que los guerrilleros del ELN "
    "fueron capturados en Bogotá.",
    "POLICÍAS Y MILITARES   llegaron al lugar.\n\nLa reacción argentina fue inmediata.",
]


def _triples(columns: np.ndarray, lengths: list[int], width: int) -> sparse.csr_matrix:
    rows = np.repeat(np.arange(len(lengths)), lengths)
    m = sparse.csr_matrix((np.ones(len(columns)), (rows, columns)), shape=(len(lengths), width))
    m.sum_duplicates()
    m.sort_indices()
    return m


def _same(a: sparse.csr_matrix, b: sparse.csr_matrix) -> bool:
    return (
        a.shape == b.shape
        and np.array_equal(a.indptr, b.indptr)
        and np.array_equal(a.indices, b.indices)
        and np.array_equal(a.data, b.data)
        and a.data.dtype == b.data.dtype
    )


@pytest.mark.parametrize("seed", range(6))
def test_counted_equals_summed_triples(seed):
    rng = np.random.default_rng(seed)
    width = int(rng.integers(1, 50))
    lengths = [int(n) for n in rng.integers(0, 30, size=int(rng.integers(1, 12)))]
    lengths[0] = 0  # an empty row
    columns = rng.integers(0, width, size=sum(lengths))  # repeats: summed counts
    assert _same(counted(columns, lengths, width, np.float64), _triples(columns, lengths, width))


def test_counted_with_no_occurrence_at_all():
    m = counted(np.zeros(0, dtype=np.int64), [0, 0, 0], 7, np.float64)
    assert m.shape == (3, 7) and m.nnz == 0
    assert _same(m, _triples(np.zeros(0, dtype=np.int64), [0, 0, 0], 7))


def test_cached_char_tfidf_still_equals_the_vectoriser_on_repeated_words():
    cached = next(tr for tr, _ in load_scorer()._parts if isinstance(tr, WordCachedCharTfidf))
    texts = [
        "The mayor said the mayor's office would reopen the mayor's bridge.",
        "",
        "Rebels rebels REBELS rebelled; the rebellion ended.",
        "Gunmen killed two officers in Culiacán on Tuesday, the state police said.",
    ]
    slow = cached.vectorizer.transform(texts)
    slow.sort_indices()
    fast = cached.transform(texts)
    assert _same(fast, slow)


def _spanish(text: str):
    nlp = stage().pipeline("es")
    with nlp.select_pipes(disable=["watchfloor_extract"]):
        doc = nlp(text)
    actors = next(x for x in nlp.get_pipe("watchfloor_extract").extractors if x.name == "actors")
    return doc, actors


@pytest.mark.parametrize("text", SPANISH)
def test_spanish_doc_words_from_arrays_equal_token_by_token(text):
    doc, actors = _spanish(text)
    actors._words_of = None
    lemmas = [
        _singular(fold(t.text)) if t.pos_ == "PROPN" and t.lemma_ == t.text else fold(t.lemma_)
        for t in doc
    ]
    assert actors._doc_words(doc) == (
        lemmas,
        [fold(t.text) for t in doc],
        [t.is_alpha for t in doc],
    )


def _demonym_people_unguarded(actors, tok):
    """The reading before speed25: the morphology first, no part-of-speech gate."""
    plural = "Plur" in tok.morph.get("Number") or (
        not tok.morph.get("Number") and tok.lower_.endswith("s")
    )
    if tok.dep_ == "amod" or not plural:
        return None
    word = fold(tok.text)
    if tok.pos_ in {"NOUN", "PROPN", "ADJ"} and tok.text[:1].islower():
        iso = actors.gaz.country_word(word)
        if iso:
            stop = tok.i + 1
            nxt = tok.doc[stop] if stop < len(tok.doc) else None
            if (
                nxt is not None
                and nxt.dep_ == "amod"
                and nxt.head.i == tok.i
                and actors.gaz.country_word(nxt.text)
            ):
                stop += 1
            return actors._country_reading(tok.i, stop, iso)
    if tok.pos_ != "NOUN":
        return None
    for child in tok.children:
        if child.dep_ == "amod" and tok.i < child.i <= tok.i + 2 and child.text[:1].islower():
            iso = actors.gaz.country_word(child.text)
            if iso:
                return actors._country_reading(tok.i, child.i + 1, iso)
    return None


@pytest.mark.parametrize("text", SPANISH)
def test_spanish_demonym_gate_answers_as_before_on_every_word(text):
    doc, actors = _spanish(text)
    for tok in doc:
        assert actors._demonym_people(tok) == _demonym_people_unguarded(actors, tok)


def test_spanish_demonym_people_still_read_and_an_adjective_still_not():
    doc, actors = _spanish(SPANISH[1])
    found = {
        doc[r.start : r.end].text: r.country
        for tok in doc
        if (r := actors._demonym_people(tok)) is not None
    }
    assert found.get("pesqueros españoles") == "ESP"
    assert found.get("israelíes") == "ISR"
    # guard: the adjective demonyms ("marroquíes" modifying "autoridades") are no people
    assert "marroquíes" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested two men in Lima.  Prosecutors charged them on Friday.\n\nThe case "
        "continues. ",
        "HEADLINE WITHOUT A STOP\nThe army said it had   repelled an attack.  Officials gave "
        "no toll.\n",
    ],
)
def test_component_sentence_texts_equal_span_text(text):
    nlp = stage().nlp
    with nlp.select_pipes(disable=["watchfloor_extract"]):
        doc = nlp(text)
    result, _ = ExtractComponent([], "en")._extract(doc, batched=False)
    assert [(s.start, s.end, s.text) for s in result.sentences] == [
        (s.start_char, s.end_char, s.text) for s in doc.sents
    ]
    assert len(result.sentences) >= 2
