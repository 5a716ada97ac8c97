"""Check-worthiness: a calibrated 0-1 score that a sentence (or a claim's content) is a
factual statement worth checking.

Used by the claims extractor (:mod:`watchfloor.extract.claims`) on every sentence and every
claim of a document; in the pipeline, all the documents of a spaCy batch are scored in one
call (:meth:`CheckWorthiness.score_many`), so the vectorisers' and the classifier's fixed
cost per call is paid once a batch, not once a document. The model is a scikit-learn pipeline
trained by :mod:`watchfloor.training.checkworthiness` (fixed seed) on the ClaimBuster
training sentences and shipped in ``watchfloor/data/models/checkworthiness/`` (joblib),
loaded through :mod:`watchfloor.trained`:

* word and character TF-IDF of the span's text;
* linguistic signals the NLP stage already computed (:data:`LING_FEATURES`: figures,
  dates, named actors, comparatives and superlatives, tense, modals, person, questions,
  length, negation), kept because they still add to the TF-IDF under cross-validation
  (``bench/eval_checkworthy.py``);
* a logistic regression whose probabilities are calibrated (``CalibratedClassifierCV``).

This module turns spans of a parsed ``Doc`` into the model's input rows (:func:`rows`)
and scores them in one batch; the pipeline itself is defined by the training module.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import sklearn
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from spacy.attrs import DEP, LEMMA, LOWER, TAG
from spacy.strings import hash_string
from spacy.symbols import IDS
from spacy.tokens import Doc

from watchfloor import trained
from watchfloor.extract.doccache import doc_ents
from watchfloor.extract.tfidf import WordTfidf, counted, weigh

MODEL_NAME = "checkworthiness"
MODEL_FILE = "model.joblib"
FIGURES = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
ACTORS = {"PERSON", "ORG", "GPE", "NORP"}
LING_FEATURES = (
    "figure",
    "n_figures",
    "date",
    "n_actors",
    "superlative",
    "comparative",
    "past",
    "present",
    "modal",
    "first_person",
    "second_person",
    "question",
    "log_len",
    "negation",
    "copula",
    "opinion_adj",
)
FIRST_PERSON = ("i", "we", "me", "us", "my", "our")
SECOND_PERSON = ("you", "your")


class DocFeatures:
    """Per-token flags of one parsed document, computed once; a span's linguistic features
    are sums over slices of them. ``text``: ``doc.text`` where the caller has it (a span's
    text is then sliced from it, not rebuilt token by token)."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.doc = doc
        self.text = text
        arr = doc.to_array([TAG, LOWER, DEP, LEMMA]).astype(np.uint64)
        tag, low, dep, lemma = arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3]
        h = _hashes()
        self.flags = np.stack(
            [
                _among(tag, h["sup"]),
                _among(tag, h["comp"]),
                _among(tag, h["past"]),
                _among(tag, h["pres"]),
                _among(tag, h["modal"]),
                _among(low, h["first"]),
                _among(low, h["second"]),
                _among(low, h["question"]),
                _among(dep, h["neg"]),
                _among(lemma, h["be"]) & _among(dep, h["main"]),
                _among(tag, h["adj"]),
            ],
            axis=1,
        ).astype(np.float32)
        # cumulative sums: any span's counts in O(1)
        self.cum = np.vstack(
            [np.zeros((1, self.flags.shape[1]), np.float32), np.cumsum(self.flags, axis=0)]
        )
        self.ents = [(e.start, e.end, e.label_) for e in doc_ents(doc)[0]]
        # entities never overlap and come in order, so their ends are sorted too: the
        # entities inside a span are one run of them, found by bisection (:meth:`ling`)
        self._starts = [s for s, _, _ in self.ents]
        self._ends = [e for _, e, _ in self.ents]

    def ling(self, start: int, end: int) -> np.ndarray:
        """RETURNS the :data:`LING_FEATURES` of tokens ``[start, end)``."""
        n = max(end - start, 1)
        # as Python floats (whole counts, exact): no NumPy scalar per feature; the two
        # shares are divided in double precision and rounded once to float32 below, the
        # float32 quotient itself (double rounding is exact for division from 53 to 24 bits)
        sup, comp, past, pres, md, fp, sp, q, neg, cop, jj = (
            self.cum[end] - self.cum[start]
        ).tolist()
        # the labels of the entities wholly inside [start, end), in order (as a scan of
        # every entity for ``s >= start and e <= end`` finds them)
        lo = bisect_left(self._starts, start)
        hi = max(lo, bisect_right(self._ends, end))
        labels = [lab for _, _, lab in self.ents[lo:hi]]
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


def _among(ids: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """RETURNS ``np.isin(ids, wanted)`` for a handful of ``wanted`` ids (one comparison
    per id: ``np.isin`` sorts and checks its input on every call, most of this module's
    per-document cost on short documents; speed39)."""
    out = np.zeros(ids.shape, dtype=bool)
    for value in wanted.tolist():
        out |= ids == value
    return out


@lru_cache(maxsize=1)
def _hashes() -> dict[str, np.ndarray]:
    """The string ids :class:`DocFeatures` looks for, as ``vocab.strings[word]`` gives them
    (a spaCy symbol's fixed id, e.g. the label "neg", else the string's hash: neither
    depends on the vocabulary, so they are computed once per process)."""
    groups = {
        "sup": ("JJS", "RBS"),
        "comp": ("JJR", "RBR"),
        "past": ("VBD", "VBN"),
        "pres": ("VBZ", "VBP"),
        "modal": ("MD",),
        "first": FIRST_PERSON,
        "second": SECOND_PERSON,
        "question": ("?",),
        "neg": ("neg",),
        "be": ("be",),
        "main": ("ROOT", "ccomp"),
        "adj": ("JJ",),
    }
    return {
        k: np.array([IDS.get(w) or hash_string(w) for w in words], dtype=np.uint64)
        for k, words in groups.items()
    }


def rows(texts: Sequence[str], ling: np.ndarray) -> np.ndarray:
    """RETURNS the model input: an object array, column 0 the text, then the linguistic
    features (the training module's ``ColumnTransformer`` picks the columns)."""
    out = np.empty((len(texts), 1 + len(LING_FEATURES)), dtype=object)
    out[:, 0] = list(texts)
    if len(texts):
        out[:, 1:] = ling
    return out


class WordCachedCharTfidf:
    """A fitted character TF-IDF (``analyzer="char_wb"``) that counts each word's n-grams
    once per process: ``char_wb`` n-grams never cross a word boundary, so a text's counts
    are the sum of its words' counts, and the words of news text repeat. The n-grams come
    from the vectoriser's own analyzer and vocabulary, the weighting from its fitted
    ``TfidfTransformer``: the output equals ``vectorizer.transform`` (a test checks),
    at a fraction of the cost (the char n-grams were most of the claims extractor's time).
    """

    MAX_WORDS = 100_000  # cached words; the cache is emptied when it reaches this

    def __init__(self, vectorizer: Any) -> None:
        self.vectorizer = vectorizer
        self.preprocess = vectorizer.build_preprocessor()
        self.vocab: dict[str, int] = vectorizer.vocabulary_
        self.words: dict[str, np.ndarray] = {}

    @staticmethod
    def applies(tr: Any) -> bool:
        """Whether ``tr`` is a vectoriser this class reproduces exactly."""
        return (
            isinstance(tr, TfidfVectorizer)
            and tr.analyzer == "char_wb"
            and tr.input == "content"
            and not tr.binary
            and tr.tokenizer is None
        )

    def _columns(self, word: str) -> np.ndarray:
        cols = self.words.get(word)
        if cols is None:
            if len(self.words) >= self.MAX_WORDS:
                self.words.clear()
            vocab = self.vocab
            grams = self.vectorizer._char_wb_ngrams(word)  # noqa: SLF001 - sklearn's own
            cols = np.array([vocab[g] for g in grams if g in vocab], dtype=np.int64)
            self.words[word] = cols
        return cols

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """RETURNS the TF-IDF rows of ``texts`` (as ``vectorizer.transform``)."""
        cols: list[np.ndarray] = []
        lengths: list[int] = []
        known, columns, preprocess = self.words, self._columns, self.preprocess
        for text in texts:
            total = 0  # summed in a Python int: one list append per text, not per word
            for word in preprocess(text).split():
                c = known.get(word)
                if c is None:
                    c = columns(word)
                cols.append(c)
                total += len(c)
            lengths.append(total)
        flat = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
        return weigh(
            self.vectorizer._tfidf,
            counted(  # noqa: SLF001 - its fitted weights
                flat, lengths, len(self.vocab), self.vectorizer.dtype
            ),
        )


class CheckWorthiness:
    """The trained scorer; ``threshold`` is the cut for "check-worthy" (best F1 under
    cross-validation, see the model card)."""

    def __init__(self, model: dict[str, Any]) -> None:
        self.version: str = model["version"]
        self.pipeline = model["pipeline"]
        self.threshold = float(model["threshold"])
        # the fitted parts, applied directly: the same arithmetic as
        # ``pipeline.predict_proba`` without the ColumnTransformer's per-call dispatch and
        # input checks, which cost more than the work on a short document's few sentences
        features = self.pipeline.named_steps["features"]
        self._parts = [
            (fast_transform(tr), cols) for _, tr, cols in features.transformers_ if tr != "drop"
        ]
        self._clf = self.pipeline.named_steps["clf"]

    def score_rows(self, x: np.ndarray) -> np.ndarray:
        """RETURNS the calibrated probability of each input row (see :func:`rows`)."""
        if not len(x):
            return np.zeros(0)
        blocks = []
        for tr, cols in self._parts:
            block = tr.transform(
                list(x[:, cols]) if isinstance(cols, int) else x[:, cols].astype(np.float64)
            )
            blocks.append(block if sparse.issparse(block) else sparse.csr_matrix(block))
        with sklearn.config_context(assume_finite=True):  # rows are built here: finite
            return self._clf.predict_proba(sparse.hstack(blocks, format="csr"))[:, 1]

    def score_spans(
        self, doc: Doc, spans: Sequence[tuple[int, int]], feats: DocFeatures | None = None
    ) -> list[float]:
        """RETURNS one 0-1 score per character span of ``doc`` (0.0 for a span that does
        not align with tokens), all spans scored in one batch; ``feats`` reuses one
        document's token features."""
        return self.score_many([(doc, spans, feats)])[0]

    def score_many(
        self, requests: Sequence[tuple[Doc, Sequence[tuple[int, int]], DocFeatures | None]]
    ) -> list[list[float]]:
        """:meth:`score_spans` of several documents — ``(doc, spans, feats)`` each — in one
        model call. RETURNS one list of scores per request, in order."""
        texts: list[str] = []
        ling: list[np.ndarray] = []
        where: list[tuple[int, int]] = []  # (request, span) of each model row
        out: list[list[float]] = []
        for r, (doc, spans, feats) in enumerate(requests):
            out.append([0.0] * len(spans))
            if not spans:
                continue
            feats = feats or DocFeatures(doc)
            text = feats.text
            for n, (a, b) in enumerate(spans):
                span = doc.char_span(a, b, alignment_mode="expand")
                if span is not None and len(span):
                    texts.append(
                        span.text if text is None else text[span.start_char : span.end_char]
                    )
                    ling.append(feats.ling(span.start, span.end))
                    where.append((r, n))
        if texts:
            scores = self.score_rows(rows(texts, np.vstack(ling)))
            for (r, n), s in zip(where, scores, strict=True):
                out[r][n] = round(float(s), 3)
        return out


def fast_transform(tr: Any) -> Any:
    """``tr``, or the same transform without sklearn's per-call checks: a character
    TF-IDF counted word by word (:class:`WordCachedCharTfidf`), another TF-IDF weighed
    directly (:class:`~watchfloor.extract.tfidf.WordTfidf`). Also the event_class model's
    choice (:mod:`watchfloor.extract.events.classify`)."""
    if WordCachedCharTfidf.applies(tr):
        return WordCachedCharTfidf(tr)
    return WordTfidf(tr) if WordTfidf.applies(tr) else tr


@lru_cache(maxsize=1)
def load_scorer() -> CheckWorthiness:
    """The shipped model (loaded once per process by :func:`watchfloor.trained.load`).
    RAISES :class:`watchfloor.trained.ModelNotFound` when it is missing."""
    return CheckWorthiness(trained.load(MODEL_NAME))


def featurize_texts(texts: Sequence[str], nlp: Any, batch_size: int = 256) -> np.ndarray:
    """Model input rows of whole texts, each parsed with ``nlp`` (training and benches)."""
    ling = [DocFeatures(d).ling(0, len(d)) for d in nlp.pipe(texts, batch_size=batch_size)]
    return rows(texts, np.vstack(ling) if ling else np.zeros((0, len(LING_FEATURES))))
