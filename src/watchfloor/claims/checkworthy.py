"""Check-worthiness: a 0-1 score for a sentence or a claim's content.

Used by the claims extractor (:mod:`watchfloor.extract.claims`) on every sentence and every
claim. A logistic regression over features the NLP stage already computed, so scoring adds
no second model to the pipeline:
* the mean of spaCy's contextual token vectors (``Doc.tensor``, 96 dimensions in
  ``en_core_web_sm``) over the span;
* signals of a checkable statement: figures, dates, named actors, comparatives and
  superlatives, past tense, modals, first and second person, questions, length;
* lemma unigrams hashed into a few hundred buckets (CRC32, so stable across processes).
The weights are trained by ``scripts/train_checkworthy.py`` (fixed seed) on the
ClaimBuster training sentences and shipped as a small versioned JSON file,
``watchfloor/data/claims/checkworthy-v1.json``, read from the package (no network).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

MODEL_FILE = "checkworthy-v1.json"
HASH_BUCKETS = 512
FIGURES = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
ACTORS = {"PERSON", "ORG", "GPE", "NORP"}
HAND_FEATURES = (
    "figure", "n_figures", "date", "n_actors", "superlative", "comparative", "past",
    "present", "modal", "first_person", "second_person", "question", "log_len", "negation",
    "copula", "opinion_adj",
)


def span_features(span: SpacySpan) -> np.ndarray:
    """RETURNS the feature vector of one span (tensor mean, hand features, hashed lemmas)."""
    doc = span.doc
    n = max(len(span), 1)
    if doc.tensor is not None and doc.tensor.shape[0] == len(doc) and doc.tensor.shape[1]:
        tensor = doc.tensor[span.start : span.end].mean(axis=0) if len(span) else np.zeros(
            doc.tensor.shape[1], dtype="float32"
        )
    else:
        tensor = np.zeros(96, dtype="float32")
    labels = [e.label_ for e in doc.ents if e.start >= span.start and e.end <= span.end]
    tags = [t.tag_ for t in span]
    lowers = [t.lower_ for t in span]
    hand = np.array(
        [
            float(any(label in FIGURES for label in labels)),
            min(sum(label in FIGURES for label in labels), 3) / 3,
            float("DATE" in labels),
            min(sum(label in ACTORS for label in labels), 4) / 4,
            float(any(t in {"JJS", "RBS"} for t in tags)),
            float(any(t in {"JJR", "RBR"} for t in tags)),
            sum(t in {"VBD", "VBN"} for t in tags) / n,
            sum(t in {"VBZ", "VBP"} for t in tags) / n,
            float("MD" in tags),
            float(any(w in {"i", "we", "me", "us", "my", "our"} for w in lowers)),
            float(any(w in {"you", "your"} for w in lowers)),
            float("?" in lowers),
            np.log1p(n) / 4,
            float(any(t.dep_ == "neg" for t in span)),
            float(any(t.lemma_ == "be" and t.dep_ in {"ROOT", "ccomp"} for t in span)),
            sum(t.tag_ == "JJ" for t in span) / n,
        ],
        dtype="float32",
    )
    hashed = np.zeros(HASH_BUCKETS, dtype="float32")
    for t in span:
        if not t.is_punct and not t.is_space:
            hashed[zlib.crc32(t.lemma_.lower().encode("utf-8")) % HASH_BUCKETS] = 1.0
    return np.concatenate([tensor.astype("float32"), hand, hashed])


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

    def score_spans(self, doc: Doc, spans: Sequence[tuple[int, int]]) -> list[float]:
        """RETURNS one 0-1 score per character span of ``doc`` (0.0 for a span that does
        not align with tokens)."""
        if not spans:
            return []
        rows, keep = [], []
        for n, (a, b) in enumerate(spans):
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is not None and len(span):
                rows.append(span_features(span))
                keep.append(n)
        out = [0.0] * len(spans)
        if rows:
            for n, s in zip(keep, self.score_matrix(np.vstack(rows)), strict=True):
                out[n] = round(float(s), 3)
        return out


@lru_cache(maxsize=2)
def load_scorer(path: Path | None = None) -> CheckWorthiness:
    """Load the shipped model (once per process). RAISES FileNotFoundError if missing."""
    path = path or Path(str(resources.files("watchfloor.data.claims"))) / MODEL_FILE
    if not path.exists():
        raise FileNotFoundError(
            f"check-worthiness model not found: {path}; run scripts/train_checkworthy.py"
        )
    return CheckWorthiness(json.loads(path.read_text(encoding="utf-8")))


def featurize_texts(texts: Sequence[str], nlp: Any, batch_size: int = 256) -> np.ndarray:
    """Feature matrix of whole texts (one row each), parsed with ``nlp`` (offline use)."""
    return np.vstack([span_features(d[:]) for d in nlp.pipe(texts, batch_size=batch_size)])
