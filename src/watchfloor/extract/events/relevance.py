"""The relevance gate: company and market news is not coded as political acts.

Place in the flow: inside the event extractor (:mod:`.coder`), after the dictionary coder
has proposed a document's events and the ``event_class`` model has judged them
(:mod:`.classify`). The model ``event_relevance`` (``watchfloor/data/models/
event_relevance/``, built by :mod:`watchfloor.training.event_relevance`) gives each
sentence with an event P(political): political and security news against corporate news
(earnings, takeovers, share offers). What a GDELT / ICEWS user expects is that "Acme agreed
to buy the unit" is no CAMEO event at all, not an event of low confidence that still
reaches the counts, so:

* P(political) < :data:`POLITICAL_MIN` and no side of the event is a political actor (an
  actor code that is not a company's: GOV, MIL, COP, CRM, a country ...) → not emitted;
* P(political) < :data:`CORPORATE_MAX` (the model is sure it is corporate news) → not
  emitted whoever the actors are ("the central bank offered treasury bills");
* otherwise kept, with ``evidence["relevance"]`` = P(political).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from watchfloor.extract.tfidf import word_analyzer
from watchfloor.model import Event

MODEL_NAME = "event_relevance"
MODEL_FILE = "model.joblib"
# Thresholds chosen on the development articles (the first 250 of InSight Crime and of
# Reuters, the ones read while tuning): the model is a domain classifier, and crime
# sentences naming only uncoded people score 0.3-0.5 (ConfliBERT's sentences name states),
# so 0.5 dropped real arrests; at 0.25 no InSight Crime event of those articles is dropped.
POLITICAL_MIN = 0.25  # below: corporate news; events without a political actor are dropped
CORPORATE_MAX = 0.1  # below: surely corporate news; every event is dropped


@dataclass(slots=True)
class RelevanceModel:
    """The fitted TF-IDF vectoriser and logistic regression of ``event_relevance``.

    Scoring runs the vectoriser's own analyser (the same lower-casing, tokens and n-grams)
    and applies the TF-IDF weighting (sublinear tf, idf, l2 norm) and the regression
    itself, n-gram by n-gram: the pipeline's ``predict_proba`` without building sparse
    matrices and validating them on every call (most of the gate's cost on a few
    sentences a document)."""

    vectorizer: Any
    clf: Any
    _analyse: Any = None
    _index: dict[str, int] | None = None
    _idf: np.ndarray | None = None
    _w: np.ndarray | None = None

    @classmethod
    def from_pipeline(cls, pipe: Any) -> RelevanceModel:
        vec, clf = pipe.steps[0][1], pipe.steps[-1][1]
        if not (vec.sublinear_tf and vec.use_idf and vec.norm == "l2"):
            raise ValueError("event_relevance: expected sublinear tf, idf and l2 norm")
        idf = np.asarray(vec.idf_, dtype=np.float64)
        # the n-grams that may be in the vocabulary, in sklearn's order (tfidf.py): the
        # same counts in the same order as the vectoriser's own analyser (speed30)
        return cls(
            vec,
            clf,
            word_analyzer(vec),
            dict(vec.vocabulary_),
            idf,
            idf * np.asarray(clf.coef_[0], dtype=np.float64),
        )

    def political(self, texts: Sequence[str]) -> np.ndarray:
        """RETURNS P(political) of each sentence (the pipeline's predict_proba[:, 1])."""
        assert self._index is not None and self._idf is not None and self._w is not None
        z = np.zeros(len(texts))
        for k, text in enumerate(texts):
            counts: dict[int, int] = {}
            for gram in self._analyse(text):
                j = self._index.get(gram)
                if j is not None:
                    counts[j] = counts.get(j, 0) + 1
            if not counts:
                continue
            cols = np.fromiter(counts, dtype=np.int64, count=len(counts))
            tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
            norm = float(np.sqrt(np.sum((tf * self._idf[cols]) ** 2)))
            z[k] = float(tf @ self._w[cols]) / norm if norm > 0 else 0.0
        p1 = 1.0 / (1.0 + np.exp(-(z + float(self.clf.intercept_[0]))))
        return p1 if int(self.clf.classes_[1]) == 1 else 1.0 - p1


def shipped_model() -> RelevanceModel:
    """RETURNS the shipped ``event_relevance`` model (loaded once per process)."""
    from watchfloor import trained

    return RelevanceModel.from_pipeline(trained.load(MODEL_NAME))


def gate(
    events: list[Event], model: RelevanceModel, political_side: Callable[[Event], bool]
) -> list[Event]:
    """RETURNS the events of one document that pass the gate (in order), each with
    ``evidence["relevance"]``. ``political_side(ev)``: whether a side is a political
    actor."""
    starts = list(dict.fromkeys(ev.sentence.start for ev in events))
    if not starts:
        return events
    text = {ev.sentence.start: ev.sentence.text for ev in events}
    p_of = dict(zip(starts, model.political([text[s] for s in starts]).tolist(), strict=True))
    kept = []
    for ev in events:
        p = p_of[ev.sentence.start]
        if p < CORPORATE_MAX or (p < POLITICAL_MIN and not political_side(ev)):
            continue
        ev.extra["evidence"] = {**(ev.extra.get("evidence") or {}), "relevance": round(p, 3)}
        kept.append(ev)
    return kept


__all__ = [
    "CORPORATE_MAX",
    "MODEL_NAME",
    "POLITICAL_MIN",
    "RelevanceModel",
    "gate",
    "shipped_model",
]
