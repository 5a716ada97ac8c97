"""Check-worthiness: a 0-1 score for a sentence or a claim's content.

Used by the claims extractor (:mod:`watchfloor.extract.claims`) on every sentence and every
claim. A logistic regression over features the NLP stage already computed, so scoring adds
no second model to the pipeline:
* the mean of spaCy's contextual token vectors (``Doc.tensor``, 96 dimensions in
  ``en_core_web_sm``) over the span;
* signals of a checkable statement: figures, dates, named actors, comparatives and
  superlatives, past tense, modals, first and second person, questions, length;
* lemma unigrams hashed into a few hundred buckets (CRC32, so stable across processes).
The weights are trained by :mod:`watchfloor.training.checkworthiness` (fixed seed) on the
ClaimBuster training sentences and shipped as a small versioned JSON file,
``watchfloor/data/models/checkworthiness/``, loaded by :mod:`watchfloor.trained`.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_PUNCT, IS_SPACE, LEMMA, LOWER, TAG
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from watchfloor import trained

MODEL_NAME = "checkworthiness"
MODEL_FILE = "model.json"
HASH_BUCKETS = 512
FIGURES = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
ACTORS = {"PERSON", "ORG", "GPE", "NORP"}
HAND_FEATURES = (
    "figure", "n_figures", "date", "n_actors", "superlative", "comparative", "past",
    "present", "modal", "first_person", "second_person", "question", "log_len", "negation",
    "copula", "opinion_adj",
)


FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
SECOND_PERSON = {"you", "your"}


class DocFeatures:
    """Per-token flags of one parsed document, computed once; span features are slices."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        strings = doc.vocab.strings
        arr = doc.to_array([TAG, LOWER, DEP, LEMMA, IS_PUNCT, IS_SPACE]).astype(np.uint64)
        tag, low, dep, lemma = arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3]
        self.flags = {
            "sup": _isin(tag, strings, ("JJS", "RBS")),
            "comp": _isin(tag, strings, ("JJR", "RBR")),
            "past": _isin(tag, strings, ("VBD", "VBN")),
            "pres": _isin(tag, strings, ("VBZ", "VBP")),
            "md": _isin(tag, strings, ("MD",)),
            "jj": _isin(tag, strings, ("JJ",)),
            "fp": _isin(low, strings, tuple(FIRST_PERSON)),
            "sp": _isin(low, strings, tuple(SECOND_PERSON)),
            "q": _isin(low, strings, ("?",)),
            "neg": _isin(dep, strings, ("neg",)),
            "cop": _isin(lemma, strings, ("be",)) & _isin(dep, strings, ("ROOT", "ccomp")),
        }
        skip = (arr[:, 4] > 0) | (arr[:, 5] > 0)
        self.bucket = np.array(
            [-1 if sk else _bucket(int(lem), strings) for lem, sk in zip(lemma, skip, strict=True)],
            dtype=np.int64,
        )
        self.ents = [(e.start, e.end, e.label_) for e in doc.ents]
        tensor = doc.tensor
        n = len(doc)
        self.tensor = (
            tensor if tensor is not None and tensor.shape[0] == n and tensor.shape[1] else None
        )

    def features(self, start: int, end: int) -> np.ndarray:
        """RETURNS the feature vector of tokens ``[start, end)`` (tensor mean, hand
        features, hashed lemmas)."""
        n = max(end - start, 1)
        if self.tensor is not None:
            tensor = self.tensor[start:end].mean(axis=0) if end > start else np.zeros(
                self.tensor.shape[1], dtype="float32"
            )
        else:
            tensor = np.zeros(96, dtype="float32")
        labels = [lab for s, e, lab in self.ents if s >= start and e <= end]
        f = {k: v[start:end] for k, v in self.flags.items()}
        hand = np.array(
            [
                float(any(label in FIGURES for label in labels)),
                min(sum(label in FIGURES for label in labels), 3) / 3,
                float("DATE" in labels),
                min(sum(label in ACTORS for label in labels), 4) / 4,
                float(f["sup"].any()),
                float(f["comp"].any()),
                f["past"].sum() / n,
                f["pres"].sum() / n,
                float(f["md"].any()),
                float(f["fp"].any()),
                float(f["sp"].any()),
                float(f["q"].any()),
                np.log1p(n) / 4,
                float(f["neg"].any()),
                float(f["cop"].any()),
                f["jj"].sum() / n,
            ],
            dtype="float32",
        )
        hashed = np.zeros(HASH_BUCKETS, dtype="float32")
        buckets = self.bucket[start:end]
        hashed[buckets[buckets >= 0]] = 1.0
        return np.concatenate([tensor.astype("float32"), hand, hashed])


def _isin(values: np.ndarray, strings: Any, words: tuple[str, ...]) -> np.ndarray:
    return np.isin(values, np.array([strings[w] for w in words], dtype=np.uint64))


_BUCKETS: dict[int, int] = {}


def _bucket(lemma_hash: int, strings: Any) -> int:
    """The hashed-lemma bucket of a lemma (lower-cased, CRC32), cached by spaCy hash."""
    b = _BUCKETS.get(lemma_hash)
    if b is None:
        b = zlib.crc32(strings[lemma_hash].lower().encode("utf-8")) % HASH_BUCKETS
        if len(_BUCKETS) < 200_000:
            _BUCKETS[lemma_hash] = b
    return b


def span_features(span: SpacySpan) -> np.ndarray:
    """RETURNS the feature vector of one span (see :class:`DocFeatures`)."""
    return DocFeatures(span.doc).features(span.start, span.end)


class CheckWorthiness:
    """A trained logistic scorer; ``threshold`` is the cut for "check-worthy"."""

    def __init__(self, model: dict[str, Any]) -> None:
        self.version = model["version"]
        self.mean = np.asarray(model["mean"], dtype="float32")
        self.scale = np.asarray(model["scale"], dtype="float32")
        self.weights = np.asarray(model["weights"], dtype="float32")
        self.bias = float(model["bias"])
        self.threshold = float(model["threshold"])

    def score_matrix(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def score_spans(
        self, doc: Doc, spans: Sequence[tuple[int, int]], feats: DocFeatures | None = None
    ) -> list[float]:
        """RETURNS one 0-1 score per character span of ``doc`` (0.0 for a span that does
        not align with tokens); ``feats`` reuses one document's token features."""
        if not spans:
            return []
        rows, keep = [], []
        feats = feats or DocFeatures(doc)
        for n, (a, b) in enumerate(spans):
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is not None and len(span):
                rows.append(feats.features(span.start, span.end))
                keep.append(n)
        out = [0.0] * len(spans)
        if rows:
            for n, s in zip(keep, self.score_matrix(np.vstack(rows)), strict=True):
                out[n] = round(float(s), 3)
        return out


@lru_cache(maxsize=2)
def load_scorer(path: Path | None = None) -> CheckWorthiness:
    """Load the shipped model (once per process), or the model file at ``path``.
    RAISES FileNotFoundError (:class:`watchfloor.trained.ModelNotFound`) if missing."""
    if path is None:
        return CheckWorthiness(trained.load(MODEL_NAME))
    return CheckWorthiness(json.loads(path.read_text(encoding="utf-8")))


def featurize_texts(texts: Sequence[str], nlp: Any, batch_size: int = 256) -> np.ndarray:
    """Feature matrix of whole texts (one row each), parsed with ``nlp`` (offline use)."""
    return np.vstack(
        [DocFeatures(d).features(0, len(d)) for d in nlp.pipe(texts, batch_size=batch_size)]
    )
