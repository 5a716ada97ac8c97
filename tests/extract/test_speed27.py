"""speed27's cheaper paths give the plain paths' answers (sentences written for these tests).

* :meth:`~watchfloor.extract.tfidf.WordTfidf.counts` — vocabulary look-ups counted with
  ``Counter``, bigrams built only after a word that begins a vocabulary entry — equals
  sklearn's ``_count_vocab`` matrix;
* the claims extractor's post-posed reporting-clause gate (``_may_post_pose``) is never shut
  on a sentence the ungated rule takes;
* the check-worthiness features (``DocFeatures.ling``, now read as Python floats) equal
  the float32 reading byte for byte, and ``score_many`` scores the spans' own rows;
* the quotation marks of :class:`~watchfloor.extract.events.backrefs.Quotes` are the ones a
  walk over the characters finds.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from watchfloor.extract.base import Extraction
from watchfloor.extract.claims.attribution import ClaimExtractor
from watchfloor.extract.claims.checkworthiness import ACTORS, FIGURES, DocFeatures, rows
from watchfloor.extract.claims.quotes import find_quotes
from watchfloor.extract.events.backrefs import QUOTE_MARKS, Quotes
from watchfloor.extract.tfidf import WordTfidf, bigram_reader

TRAIN = [
    "The army shelled the northern town on Tuesday.",
    "Rebels released two hostages after talks in the capital.",
    "The minister said the port would reopen next week, officials said.",
    "Police arrested three men near the border crossing.",
    "Shares of the shipping firm rose 4% on Monday; was it $3?",
]
TEXTS = [
    "The army arrested two rebels near the port.",
    "the ARMY  the army\tthe army! the army",
    "",
    "   ",
    "Señora Muñoz dijo «no» — 100% sure?",
    "talks talks talks in the capital",
    "words the model never saw: zyxt qwv",
]


@pytest.mark.parametrize(
    "kw",
    [
        {},
        {"binary": True},
        {"token_pattern": r"(?u)\b\w+\b|[%$?]"},
        {"lowercase": False},
        {"ngram_range": (1, 2)},
        {"ngram_range": (1, 2), "token_pattern": r"(?u)\b\w+\b|[%$?]"},
        {"ngram_range": (1, 2), "binary": True, "dtype": np.float32},
        {"ngram_range": (1, 2), "max_features": 12},  # bigrams whose words are not entries
        {"ngram_range": (1, 2), "stop_words": ["the"]},  # not the fast reader: sklearn's
        {"ngram_range": (2, 3)},
    ],
)
def test_word_counts_equal_sklearn(kw):
    vec = TfidfVectorizer(**kw).fit(TRAIN)
    _, slow = vec._count_vocab(TEXTS, fixed_vocab=True)  # noqa: SLF001
    if vec.binary:
        slow.data.fill(1)
    fast = WordTfidf(vec).counts(TEXTS)
    assert fast.dtype == slow.dtype and fast.shape == slow.shape
    assert (fast != slow).nnz == 0
    assert np.array_equal(fast.indptr, slow.indptr) and np.array_equal(fast.indices, slow.indices)
    assert sparse.isspmatrix_csr(fast)


def test_bigram_reader_only_for_plain_unigram_bigram_vectorisers():
    plain = TfidfVectorizer(ngram_range=(1, 2)).fit(TRAIN)
    assert bigram_reader(plain) is not None
    for kw in (
        {"ngram_range": (1, 1)},
        {"ngram_range": (1, 2), "stop_words": ["the"]},
        {"ngram_range": (1, 2), "strip_accents": "unicode"},
        {"ngram_range": (1, 2), "analyzer": "char_wb"},
    ):
        assert bigram_reader(TfidfVectorizer(**kw).fit(TRAIN)) is None
    # what it leaves out can never be counted: the same grams once out-of-vocabulary go
    grams = bigram_reader(plain)
    every = plain.build_analyzer()
    for text in TEXTS:
        kept = [g for g in every(text) if g in plain.vocabulary_]
        assert sorted(g for g in grams(text) if g in plain.vocabulary_) == sorted(kept)
    with pytest.raises(TypeError):
        grams(b"bytes")


POST_POSED = [
    "The army killed four civilians in the raid, reported El Diario.",  # taken
    "Four gangs control the port, a congressional commission estimated in its report.",
    "The minister said, in a long speech, that prices would fall.",  # verb before the comma
    "Prices fell, and the markets closed early on Friday.",  # no reporting verb
    "No comma here and the police said nothing.",
    "Smugglers moved cocaine through the port, officials said on Monday.",
]


def test_post_posed_gate_is_never_shut_on_a_taken_sentence(nlp):
    claims = ClaimExtractor()
    taken = shut = 0
    for text in POST_POSED:
        doc = nlp(text)
        result = Extraction(meta={}, text=doc.text)
        quotes = find_quotes(doc.text)
        for sent in doc.sents:
            gate = claims._may_post_pose(sent)  # noqa: SLF001
            claims._may_post_pose = lambda s: True  # the rule ungated
            try:
                plain = claims._post_posed(sent, result, quotes)  # noqa: SLF001
            finally:
                del claims._may_post_pose
            assert plain is None or gate, text
            taken += plain is not None
            shut += not gate
    assert taken >= 1 and shut >= 2  # the gate is open where it must be and shuts others


def test_post_posed_gate_reads_each_document(nlp):
    claims = ClaimExtractor()
    a = nlp("The port closed, officials said.")
    b = nlp("The port closed and officials said nothing.")
    assert claims._may_post_pose(next(a.sents))  # noqa: SLF001
    assert not claims._may_post_pose(next(b.sents))  # noqa: SLF001 - not a's positions


def test_check_worthiness_texts_are_the_span_texts(nlp):
    doc = nlp("The army  shelled the town.\n\nRebels said they   would fight on. Talks failed. ")
    scorer = ClaimExtractor().scorer
    spans = [(s.start_char, s.end_char) for s in doc.sents] + [(4, 20), (0, len(doc.text))]
    feats = DocFeatures(doc)
    texts, ling = [], []
    for a, b in spans:
        span = doc.char_span(a, b, alignment_mode="expand")
        assert doc.text[span.start_char : span.end_char] == span.text
        texts.append(span.text)
        ling.append(feats.ling(span.start, span.end))
    plain = [round(float(s), 3) for s in scorer.score_rows(rows(texts, np.vstack(ling)))]
    assert scorer.score_many([(doc, spans, feats)]) == [plain]


@pytest.mark.parametrize(
    "text",
    [
        'He said "we will fight" and left.',
        '""El Chapo,"" the cartel said',
        '“Curly” and "straight" and “unclosed',
        "",
        "no marks at all",
        '"""',
    ],
)
def test_quote_marks_are_the_walks(text):
    walked = [i for i, ch in enumerate(text.replace('""', '" ')) if ch in QUOTE_MARKS]
    assert Quotes(text).marks == walked


def _ling_in_float32(feats: DocFeatures, start: int, end: int) -> np.ndarray:
    """The features as computed before speed27: NumPy float32 scalars throughout."""
    n = max(end - start, 1)
    sup, comp, past, pres, md, fp, sp, q, neg, cop, jj = feats.cum[end] - feats.cum[start]
    labels = [lab for s, e, lab in feats.ents if s >= start and e <= end]
    n_fig = sum(label in FIGURES for label in labels)
    return np.array(
        [
            float(n_fig > 0),
            min(n_fig, 3) / 3,
            float("DATE" in labels),
            min(sum(label in ACTORS for label in labels), 4) / 4,
            float(sup > 0),
            float(comp > 0),
            past / n,
            pres / n,
            float(md > 0),
            float(fp > 0),
            float(sp > 0),
            float(q > 0),
            np.log1p(n) / 4,
            float(neg > 0),
            float(cop > 0),
            jj / n,
        ],
        dtype=np.float32,
    )


def test_ling_features_equal_the_float32_reading(nlp):
    doc = nlp(
        "Would the three biggest firms, which reported losses of $4 billion in 2025, "
        "not cut jobs? We think they are the largest and did not say so. I was told "
        "the cheaper plan is better than nothing, said Ana Ruiz of Acme Corp."
    )
    feats = DocFeatures(doc)
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            got = feats.ling(start, end)
            assert got.dtype == np.float32
            assert got.tobytes() == _ling_in_float32(feats, start, end).tobytes(), (start, end)
