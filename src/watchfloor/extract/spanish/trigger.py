"""The Spanish event-trigger model: a learned second opinion on the dictionary coder.

Place in the flow: NLP (``es_core_news_sm``) → actors → events (:mod:`.events`: the
dictionary coder proposes) → **trigger model** (decides where they disagree) → claims.

For every candidate token of a sentence (a verb or noun of the parse, and any token the
rules coded) :func:`features` describes it from the pipeline's own parse — lemma, part of
speech, dependency, mood and tense, its head, its children's dependencies, the lemmas of
its subject and object, the prepositions of its obliques — and from the rules: the code
the dictionary coder gave it (or none). A logistic regression over those features
(trained by :mod:`watchfloor.training.es_triggers` on UniversalPetrarch's Spanish
validation files, shipped in ``data/models/es_triggers/``) gives the probability of each
CAMEO root and of "no event". :func:`judge` turns the rules' proposal and the model's view
into one decision:

* both agree → the rules' event, ``evidence.decided_by = "rules+model"``;
* the rules code a root, the model is sure there is no event (P(none) ≥ :data:`VETO_P`)
  → the event is dropped (vetoed) — implemented and tested, but **off in the shipped
  configuration** (``VETO_P = None``): measured, it costs more than it saves;
* the rules code one root, the model is sure of another (P ≥ :data:`RECODE_P`) → the
  model's root (its generic code, e.g. ``140``), ``decided_by = "model"``, the rule's code
  kept in the evidence;
* the rules found nothing, the model is sure of a root (P ≥ :data:`ADD_P`) → an event the
  model adds (``decided_by = "model"``, ``rule_code = None``);
* otherwise the rules stand (``decided_by = "rules"``) with a confidence lowered by the
  model's doubt (times 0.5 + 0.5 · P(rule's root)).

The model is loaded once per process (:func:`trigger_model`, through
:func:`watchfloor.trained.load`).

**Shipped off** (:func:`enabled`; ``$WATCHFLOOR_ES_TRIGGERS=on`` turns it on): in 5-fold
cross-validation by wire story it moved the 86-sentence file's event detection F1 from
0.591 ± 0.124 to 0.601 ± 0.110 and its dyad F1 from 0.265 to 0.276, well inside the spread
and with thresholds chosen on the same folds, while the Spanish pipeline's CPU time went
from 1.21-1.22x to 1.26-1.33x of bare ``es_core_news_sm`` (the bound is 1.25x).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import numpy as np
from spacy.tokens import Token

from watchfloor.extract.gazetteer import fold as _fold

MODEL_NAME = "es_triggers"
ENV_SWITCH = "WATCHFLOOR_ES_TRIGGERS"
MODEL_FILE = "model.joblib"
NONE = "none"  # the model's class for "no event here"
# P(no event) at or above which the model drops a rule's event; None: the shipped
# combination does not veto (in cross-validation every veto threshold tried, 0.8 / 0.9 /
# 0.95, lowered the CAMEO file's event detection: the protest file, most of the training
# data, leaves the events that are no protest unannotated, so "none" there is unreliable;
# docs/benchmarks.md, "Spanish, trained trigger model")
VETO_P: float | None = None
RECODE_P = 0.90  # P(other root) at or above which the model recodes a rule's event
ADD_P = 0.60  # P(root) at or above which the model adds an event the rules missed
CANDIDATE_POS = {"VERB", "NOUN"}
SUBJECT = {"nsubj", "nsubj:pass", "csubj"}
OBJECT = {"obj", "iobj"}
MORPH_KEYS = {"Mood", "Tense", "VerbForm", "Person", "Number"}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The gazetteer's lookup key (lower case, no accents), cached: the features fold the
    same few thousand words over and over."""
    return _fold(text)


def candidate(token: Token, rule_code: str | None) -> bool:
    """A token the model judges: a verb or noun of the parse, or one the rules coded."""
    return token.pos_ in CANDIDATE_POS or bool(rule_code)


def features(token: Token, rule_code: str | None, skip: str | None = None) -> dict[str, Any]:
    """The model's view of ``token`` (its parse and the dictionary coder's ``rule_code``,
    None when the rules gave it none; ``skip``: why the rules left it to another reading,
    e.g. "report" or "support"). RETURNS a feature dict for a DictVectorizer."""
    lemma = fold(token.lemma_)
    head = token.head
    feats: dict[str, Any] = {
        "lemma=" + lemma: 1,
        "pos=" + token.pos_: 1,
        "dep=" + token.dep_: 1,
        "pos_dep=" + token.pos_ + "_" + token.dep_: 1,
        "suffix3=" + fold(token.lower_)[-3:]: 1,
    }
    for pair in str(token.morph).split("|"):  # "Mood=Ind|Number=Plur|…"
        key, _, values = pair.partition("=")
        if key in MORPH_KEYS:
            for value in values.split(","):
                feats[f"{key}={value}"] = 1
    if head.i != token.i:
        feats["head=" + fold(head.lemma_)] = 1
        feats["head_pos=" + head.pos_] = 1
        feats["head_dep=" + token.dep_ + ">" + fold(head.lemma_)] = 1
    else:
        feats["is_root"] = 1
    for c in token.children:
        feats["child_dep=" + c.dep_] = 1
        if c.dep_ in SUBJECT:
            feats["subj=" + fold(c.lemma_)] = 1
            feats["subj_pos=" + c.pos_] = 1
        elif c.dep_ in OBJECT:
            feats["obj=" + fold(c.lemma_)] = 1
        elif c.dep_ in {"obl", "nmod"}:
            case = next((fold(g.lower_) for g in c.children if g.dep_ == "case"), "")
            feats["obl_case=" + case] = 1
            feats["obl=" + case + "_" + fold(c.lemma_)] = 1
        elif (
            c.dep_ in {"advmod", "aux", "aux:pass", "cop", "expl:pv", "expl:pass"}
            or c.lower_ == "se"
        ):
            feats["mod=" + fold(c.lower_)] = 1
    if rule_code:
        feats["rule_root=" + rule_code[:2]] = 1
        feats["rule_code=" + rule_code] = 1
        feats["rule_lemma=" + rule_code[:2] + "_" + lemma] = 1
    else:
        feats["rule_root=none"] = 1
    if skip:
        feats["rule_skip=" + skip] = 1
    if token.is_upper and len(token.text) > 1:
        feats["upper"] = 1
    return feats


@dataclass(frozen=True)
class Decision:
    """What the combination decided for one candidate token: ``root`` (None: no event),
    ``decided_by`` ("rules", "model" or "rules+model"), the model's best class and its
    probability, and the factor the rules' confidence is multiplied by."""

    root: str | None
    decided_by: str
    model_root: str
    model_p: float
    factor: float

    def evidence(self, rule_code: str | None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "decided_by": self.decided_by,
            "model": MODEL_NAME,
            "model_root": self.model_root,
            "model_p": self.model_p,
        }
        if self.decided_by == "model":
            out["rule_code"] = rule_code
        return out


def judge(
    rule_root: str | None,
    probs: dict[str, float],
    veto_p: float | None = VETO_P,
    recode_p: float = RECODE_P,
    add_p: float = ADD_P,
) -> Decision:
    """Combine the rules' root for a token (None: the rules code nothing there) with the
    model's class probabilities (``veto_p`` None: never veto). RETURNS the
    :class:`Decision` (see the module doc)."""
    best = max(probs, key=lambda k: probs[k])
    p = round(float(probs[best]), 3)
    if rule_root is None:
        if best != NONE and probs[best] >= add_p:
            return Decision(best, "model", best, p, float(probs[best]))
        return Decision(None, "rules", best, p, 1.0)
    if best == rule_root:
        return Decision(rule_root, "rules+model", best, p, 1.0)
    if best == NONE and veto_p is not None and probs[best] >= veto_p:
        return Decision(None, "model", best, p, 0.0)
    if best != NONE and probs[best] >= recode_p:
        return Decision(best, "model", best, p, 0.5 + 0.5 * float(probs[best]))
    return Decision(rule_root, "rules", best, p, 0.5 + 0.5 * float(probs.get(rule_root, 0.0)))


class TriggerModel:
    """A fitted scikit-learn pipeline (DictVectorizer → classifier with
    ``predict_proba``) whose classes are CAMEO roots and :data:`NONE`.

    For the shipped kind (DictVectorizer → multinomial logistic regression, every feature
    valued 1) the probabilities are computed directly — the softmax of the summed weight
    rows of each token's features — which is what ``predict_proba`` computes, without its
    per-call validation (it kept the model's cost inside the throughput bound); any other
    pipeline goes through ``predict_proba``."""

    def __init__(self, pipeline: Any) -> None:
        self.pipeline = pipeline
        self.classes = [str(c) for c in pipeline.classes_]
        steps = getattr(pipeline, "named_steps", {})
        vec, clf = steps.get("dictvectorizer"), steps.get("logisticregression")
        self._index: dict[str, int] | None = None
        if vec is not None and clf is not None and len(self.classes) > 2:
            self._index = dict(vec.vocabulary_)
            # one weight row per feature, and a last row of zeros for unknown features
            self._weights = np.vstack(
                [np.asarray(clf.coef_, dtype=np.float64).T, np.zeros((1, len(self.classes)))]
            )
            self._bias = np.asarray(clf.intercept_, dtype=np.float64)

    def probs(self, rows: list[dict[str, Any]]) -> list[dict[str, float]]:
        """RETURNS, per feature dict, the probability of each class."""
        return [dict(zip(self.classes, map(float, row), strict=True)) for row in self.matrix(rows)]

    def matrix(self, rows: list[dict[str, Any]]) -> np.ndarray:
        """RETURNS the class probabilities of the rows (one row each, columns in the
        order of :attr:`classes`)."""
        if not rows:
            return np.zeros((0, len(self.classes)))
        if self._index is None or any(v != 1 for row in rows for v in row.values()):
            return np.asarray(self.pipeline.predict_proba(rows))
        return self._softmax(rows)

    def _softmax(self, rows: list[dict[str, Any]]) -> np.ndarray:
        index, unknown = self._index or {}, len(self._weights) - 1
        cols: list[int] = []
        starts: list[int] = []
        for row in rows:
            starts.append(len(cols))
            cols.append(unknown)  # every row sums at least the zero row
            cols.extend(index.get(name, unknown) for name in row)
        scores = np.add.reduceat(self._weights[cols], starts, axis=0) + self._bias
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        return scores / scores.sum(axis=1, keepdims=True)


def enabled() -> bool:
    """Whether the Spanish extractor consults the model: ``$WATCHFLOOR_ES_TRIGGERS`` is on /
    1 / true / yes (off by default: see the module's docstring)."""
    return os.environ.get(ENV_SWITCH, "off").strip().lower() in {"on", "1", "true", "yes"}


@cache
def trigger_model() -> TriggerModel:
    """The shipped model, loaded once per process. RAISES ModelNotFound if absent."""
    from watchfloor.trained import load

    return TriggerModel(load(MODEL_NAME))


__all__ = [
    "ADD_P",
    "NONE",
    "RECODE_P",
    "VETO_P",
    "Decision",
    "TriggerModel",
    "candidate",
    "enabled",
    "features",
    "judge",
    "trigger_model",
]
