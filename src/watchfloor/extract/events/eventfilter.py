"""The trained event filter: is this emitted event a real event mention?

Place in the flow: the last step of the event extractor (:mod:`.coder`), after the
dictionary coder proposed a document's events, the ``event_class`` model judged them
(:mod:`.classify`), the relevance gate (:mod:`.relevance`) kept the political ones and
subsumed events were dropped. The model ``event_filter`` (``watchfloor/data/models/
event_filter/``, built by :mod:`watchfloor.training.event_filter` from the project's own
hand judgments of emitted events, ``bench/data/event_judgments*.tsv``) gives each event
P(real event) from what the pipeline knows about it at run time (:func:`describe`):

* the words of its sentence, the trigger marked (``TRIG_<word>``), as TF-IDF 1-2-grams;
* the trigger's lemma, part of speech, dependency, its head's lemma and part of speech,
  whether it is counted ("2,916 murders") or plural, how many numbers the sentence holds;
* the event's code, CAMEO root, quad class, modality, which sides are coded, the role
  suffix of each side's code and the spaCy entity type of each side's phrase, whether it
  was derived (intent / refusal), who decided the code and the arguments;
* the scores already on the event: ``event_class``'s P of its class, ``event_relevance``'s
  P(political), its confidence;
* its context (:mod:`.context`, features named ``ctx_``): the story's business share and
  company marks, the sentence's place in the document and its paragraph, whether it is a
  general statement (no named actor, no date, present tense, bare plural subject),
  speculation words, a modal / future / conditional frame on the trigger's clause, how
  many sides are companies.

Never the corpus or the source of the article: at run time there is none.

:func:`apply` writes ``extra["evidence"]["filter_p"]`` on every event, drops those below
the model's threshold (chosen on the judged samples' held-out scores, see the model card) unless
its exemption mode spares them (:func:`spared`: dyadic events, or only the dyads of two
countries without a company side; none since event-filter-v4); a dyadic event (both sides
coded) is held to the model's own ``dyadic_threshold`` where it has one (event-filter-v5,
v6: a lower one, chosen like the other on the judged samples), an asserted event of a
quad class the sentence model agrees with at ``event_class`` P >= :data:`AGREED_P` to the
lower :data:`AGREED_THRESHOLD` (:func:`agreed`, five46), and it lowers the confidence of
the kept ones below P 0.5. ``WATCHFLOOR_EVENT_FILTER=off`` (or
``0`` / ``false`` / ``no``), or ``EventExtractor(event_filter=None)``, turns it off.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import IDX

from watchfloor.extract.doccache import sentence_of, token_children
from watchfloor.extract.events.context import (
    PREFIX,
    DocContext,
    context_features,
    doc_context,
)
from watchfloor.extract.tfidf import word_analyzer
from watchfloor.model import Event

MODEL_NAME = "event_filter"
MODEL_FILE = "model.joblib"
ENV_SWITCH = "WATCHFLOOR_EVENT_FILTER"
FULL_CONFIDENCE_P = 0.5  # at or above: the confidence is left as it is
# five46 (issue #12): an asserted event of a quad class the sentence model
# (``event_class``) gives P >= AGREED_P is held to the lower filter threshold
# AGREED_THRESHOLD (:func:`agreed`); AGREED_P None: no event is. AGREED_P is chosen by
# nested cross-validation on penta-train (``watchfloor.training.event_class``,
# :func:`~watchfloor.training.event_class.choose_agreed_p`), AGREED_THRESHOLD on the
# judged news events (docs/event-coding.md, *five46*): the model does not know a generic
# description or a tally from an event, the filter does.
AGREED_P: float | None = 0.7
AGREED_THRESHOLD = 0.35


def enabled() -> bool:
    """Whether the filter runs (``$WATCHFLOOR_EVENT_FILTER`` is not off / 0 / false / no)."""
    return os.environ.get(ENV_SWITCH, "on").strip().lower() not in {"off", "0", "false", "no"}


def modality(ev: Event) -> str:
    flags = [f for f in ("negated", "hypothetical", "alleged", "future") if getattr(ev, f)]
    return "+".join(flags) or "asserted"


def marked_sentence(ev: Event) -> str:
    """The event's sentence with its trigger replaced by ``TRIG_<trigger, lower case>``."""
    text = ev.sentence.text
    a = ev.trigger.start - ev.sentence.start
    b = ev.trigger.end - ev.sentence.start
    if not 0 <= a <= b <= len(text):
        return text
    word = "_".join(ev.trigger.text.lower().split())
    return f"{text[:a]} TRIG_{word} {text[b:]}"


# which events the filter never drops: "none"; "dyadic" (both sides coded); "foreign"
# (dyadic, the sides of two countries or none named, no company side: a dyad of one
# country or with a company may be dropped)
EXEMPT_MODES = ("none", "dyadic", "foreign")


def spared(mode: str, dyadic: bool, feats: Mapping[str, float]) -> bool:
    """Whether an event the filter scores low is kept anyway under exemption ``mode``
    (:data:`EXEMPT_MODES`); ``feats``: its :func:`describe` features (with the context:
    the company sides and the sides' countries are read there; without it a dyad counts
    as one country's)."""
    if mode == "none" or not dyadic:
        return False
    if mode == "dyadic":
        return True
    inside = (
        feats.get(f"{PREFIX}company_sides=0", 0.0) == 0
        or feats.get(f"{PREFIX}dom_countries=one", 0.0) > 0
    )
    return not inside


def agreed(ev: Event, at: float | None) -> bool:
    """Whether the sentence model (``event_class``, its view in ``ev.extra["evidence"]``:
    ``model_class`` / ``model_p``, written by :func:`~.classify.decide` or the model's own
    proposal) gives the asserted event's PentaClass, one of the quad classes 1-4, a
    probability of at least ``at`` (None: never). The filter holds such an event to its
    lower ``agreed_threshold`` (five46); a neutral statement (class 0) never is."""
    penta = int(ev.extra.get("penta_class") or 0)
    if at is None or penta == 0 or ev.negated or ev.hypothetical or ev.alleged or ev.future:
        return False
    evidence = ev.extra.get("evidence") or {}
    model_class, model_p = evidence.get("model_class"), evidence.get("model_p")
    if model_class is None or model_p is None:
        return False
    return int(model_class) == penta and float(model_p) >= at


def _bucket(x: float, edges: Sequence[float]) -> int:
    return sum(x >= e for e in edges)


def describe(
    ev: Event, tokens: Mapping[int, Any] | None = None, context: DocContext | None = None
) -> dict[str, float]:
    """RETURNS the filter's structured features of one event (the text is
    :func:`marked_sentence`). ``tokens``: character offset → spaCy token of the document
    (the trigger's and the sides' tokens are looked up there; without it those features
    are absent); ``context``: the document's :func:`~.context.doc_context` (without it the
    ``ctx_`` features are absent)."""
    f: dict[str, float] = {}
    if context is not None:
        f.update(context_features(ev, context, tokens))

    def on(name: str) -> None:
        f[name] = 1.0

    evidence = ev.extra.get("evidence") or {}
    on(f"code={ev.code}")
    on(f"root={ev.root}")
    on(f"quad={ev.quad_class}")
    on(f"mod={modality(ev)}")
    src = bool(ev.source or ev.source_code)
    tgt = bool(ev.target or ev.target_code)
    on(f"sides={int(src)}{int(tgt)}")
    for side, code in (("src", ev.source_code), ("tgt", ev.target_code)):
        if code:
            on(f"{side}_role={code[-3:] if len(code) > 3 else code}")
            on(f"{side}_len={min(len(code) // 3, 3)}")
    if ev.extra.get("nominal"):
        on("nominal")
    if ev.extra.get("intent_of") or ev.extra.get("refusal_of"):
        on("derived")
    if ev.extra.get("compound"):
        on("compound")
    if ev.extra.get("source_country_inferred") or ev.extra.get("target_country_inferred"):
        on("country_inferred")
    on(f"decided_by={evidence.get('decided_by', 'none')}")
    on(f"arguments={evidence.get('arguments', 'none')}")
    penta = int(ev.extra.get("penta_class") or 0)
    if "model_class" in evidence:
        on(f"model_agrees={int(evidence['model_class']) == penta}")
    f["model_p"] = float(evidence.get("model_p", 0.5))
    f["relevance"] = float(evidence.get("relevance", 1.0))
    f["confidence"] = float(ev.confidence)
    sent = ev.sentence.text
    numbers = len(re.findall(r"\d[\d,.]*", sent))
    on(f"numbers={_bucket(numbers, (1, 2, 4))}")
    on(f"sent_len={_bucket(len(sent.split()), (12, 25, 40))}")
    if tokens is None:
        return f
    tok = tokens.get(ev.trigger.start)
    if tok is not None:
        on(f"lemma={tok.lemma_.lower()}")
        on(f"pos={tok.pos_}")
        on(f"dep={tok.dep_}")
        on(f"head={tok.head.lemma_.lower()}")
        on(f"head_pos={tok.head.pos_}")
        on(f"pos_dep={tok.pos_}_{tok.dep_}")
        if any(c.dep_ == "nummod" or c.like_num for c in token_children(tok)):
            on("counted")
        if "Plur" in tok.morph.get("Number"):
            on("plural")
        if tok.i == sentence_of(tok).root.i:
            on("sent_root")
    for side in ("source", "target"):
        span = ev.extra.get(f"{side}_span") or {}
        t = tokens.get(span.get("start", -1)) if isinstance(span, dict) else None
        if t is not None:
            on(f"{side[:3]}_ent={t.ent_type_ or 'none'}")
    return f


@dataclass(slots=True)
class EventFilter:
    """The fitted pieces of ``event_filter``: the sentence TF-IDF, the DictVectorizer of
    :func:`describe`, the logistic regression and the threshold (drop below it).

    :meth:`score` applies them n-gram by n-gram and feature by feature (the TF-IDF
    weighting — sublinear tf, idf, l2 norm — and the regression's weights), the same
    number as ``clf.predict_proba`` on :meth:`matrix` without building sparse matrices on
    every document (most of the filter's cost otherwise)."""

    text: Any  # sklearn TfidfVectorizer over marked_sentence, or None (structure only)
    feats: Any  # sklearn DictVectorizer over describe
    clf: Any  # sklearn LogisticRegression
    threshold: float
    exempt_dyadic: bool = False  # the payload's older switch: exempt "dyadic" or "none"
    exempt_mode: str = ""  # EXEMPT_MODES; "" : from exempt_dyadic
    # the threshold of dyadic events (both sides coded) where it differs from
    # ``threshold`` (event-filter-v5: a lower one); None: ``threshold`` for every event
    dyadic_threshold: float | None = None
    # an asserted event the sentence model agrees with at P >= agreed_p is dropped only
    # below agreed_threshold (:func:`agreed`, :meth:`threshold_of`; five46); not in the
    # payload: the decision rule's, not the fitted model's
    agreed_p: float | None = AGREED_P
    agreed_threshold: float = AGREED_THRESHOLD
    _fast: tuple | None = None  # (analyser, n-gram -> (idf, weight), feature -> weight)

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> EventFilter:
        dyadic = payload.get("dyadic_threshold")
        return cls(
            payload.get("text"),
            payload["feats"],
            payload["clf"],
            float(payload["threshold"]),
            bool(payload.get("exempt_dyadic", False)),
            str(payload.get("exempt_mode", "")),
            None if dyadic is None else float(dyadic),
        )

    def to_payload(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "feats": self.feats,
            "clf": self.clf,
            "threshold": self.threshold,
            "exempt_dyadic": self.exempt_dyadic,
            "exempt_mode": self.exempt_mode,
            "dyadic_threshold": self.dyadic_threshold,
        }

    def threshold_for(self, dyadic: bool) -> float:
        """The threshold an event is dropped below: :attr:`dyadic_threshold` for a dyadic
        event (both sides coded) where the model has one, else :attr:`threshold`."""
        if dyadic and self.dyadic_threshold is not None:
            return self.dyadic_threshold
        return self.threshold

    def threshold_of(self, ev: Event) -> float:
        """The threshold ``ev`` is dropped below: :meth:`threshold_for` its dyadic state,
        or :attr:`agreed_threshold` where that is lower and the sentence model agrees
        with the event (:func:`agreed` at :attr:`agreed_p`)."""
        cut = self.threshold_for(ev.dyadic)
        if self.agreed_threshold < cut and agreed(ev, self.agreed_p):
            return self.agreed_threshold
        return cut

    @property
    def exemption(self) -> str:
        """The exemption mode in force (:data:`EXEMPT_MODES`)."""
        return self.exempt_mode or ("dyadic" if self.exempt_dyadic else "none")

    def matrix(self, texts: Sequence[str], feats: Sequence[dict[str, float]]) -> Any:
        from scipy.sparse import hstack

        parts = [self.feats.transform(list(feats))]
        if self.text is not None:
            parts.insert(0, self.text.transform(list(texts)))
        return hstack(parts).tocsr()

    def _weights(self) -> tuple:
        if self._fast is None:
            coef = np.asarray(self.clf.coef_[0], dtype=np.float64)
            grams: dict[str, tuple[float, float]] = {}
            analyse, offset = None, 0
            if self.text is not None:
                vec = self.text
                if not (vec.sublinear_tf and vec.use_idf and vec.norm == "l2"):
                    raise ValueError("event_filter: expected sublinear tf, idf and l2 norm")
                # the n-grams that may be in the vocabulary, in sklearn's order (unigrams,
                # then the bigrams after a word that begins an entry: tfidf.py), so the
                # counted grams and the sums below are the same (speed30)
                analyse, idf = word_analyzer(vec), vec.idf_
                grams = {g: (float(idf[j]), float(coef[j])) for g, j in vec.vocabulary_.items()}
                offset = len(vec.vocabulary_)
            names = {f: float(coef[offset + j]) for f, j in self.feats.vocabulary_.items()}
            self._fast = (analyse, grams, names)
        return self._fast

    def score(self, texts: Sequence[str], feats: Sequence[dict[str, float]]) -> np.ndarray:
        """RETURNS P(real event) of each described event."""
        analyse, grams, names = self._weights()
        z = np.full(len(feats), float(self.clf.intercept_[0]))
        for k, f in enumerate(feats):
            z[k] += sum(v * names.get(name, 0.0) for name, v in f.items())
            if analyse is None:
                continue
            counts: dict[str, int] = {}
            for gram in analyse(texts[k]):
                if gram in grams:
                    counts[gram] = counts.get(gram, 0) + 1
            if counts:
                w = [_sublinear(n) * grams[g][0] for g, n in counts.items()]
                norm = float(np.sqrt(sum(x * x for x in w)))
                z[k] += sum(x * grams[g][1] for x, g in zip(w, counts, strict=True)) / norm
        p1 = 1.0 / (1.0 + np.exp(-z))
        return p1 if int(self.clf.classes_[1]) == 1 else 1.0 - p1


_SUBLINEAR: dict[int, Any] = {}  # count → 1 + log(count), the same NumPy float each time


def _sublinear(n: int) -> Any:
    """``1.0 + np.log(n)`` (sublinear term frequency), computed once per count (speed30:
    one NumPy call per counted gram of every event was ~1% of extraction)."""
    w = _SUBLINEAR.get(n)
    if w is None:
        w = _SUBLINEAR[n] = 1.0 + np.log(n)
    return w


def shipped_model() -> EventFilter:
    """RETURNS the shipped ``event_filter`` model (loaded once per process)."""
    from watchfloor import trained

    return EventFilter.from_payload(trained.load(MODEL_NAME))


class TokenIndex(Mapping[int, Any]):
    """Character offset → token of a spaCy ``Doc``, built from the tokens' offsets alone: a
    token object is made only when it is looked up (the filter looks up a few per event;
    making one for every token of every document cost more than the filter itself)."""

    def __init__(self, doc: Any) -> None:
        self._doc = doc
        self._at = {o: i for i, o in enumerate(doc.to_array(IDX).tolist())} if len(doc) else {}

    def __getitem__(self, offset: int) -> Any:
        return self._doc[self._at[offset]]

    def __iter__(self) -> Iterator[int]:
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)


def token_index(doc: Any) -> TokenIndex:
    """RETURNS character offset → token of a spaCy ``Doc``."""
    return TokenIndex(doc)


def apply(
    events: list[Event],
    model: EventFilter,
    tokens: Mapping[int, Any] | None,
    doc: Any = None,
    text: str | None = None,
) -> list[Event]:
    """Score one document's events (``doc``: its spaCy ``Doc``, for the context features;
    ``text``: ``doc.text`` where the caller has it).
    RETURNS the kept ones (in order), each with ``evidence["filter_p"]``; a kept event
    below P :data:`FULL_CONFIDENCE_P` has its confidence scaled by ``0.5 + P``."""
    if not events:
        return events
    context = doc_context(doc, text=text) if doc is not None else None
    feats = [describe(ev, tokens, context) for ev in events]
    ps = model.score([marked_sentence(ev) for ev in events], feats)
    mode = model.exemption
    kept = []
    for ev, f, p in zip(events, feats, ps.tolist(), strict=True):
        ev.extra["evidence"] = {**(ev.extra.get("evidence") or {}), "filter_p": round(p, 3)}
        if p < model.threshold_of(ev) and not spared(mode, ev.dyadic, f):
            continue
        if p < FULL_CONFIDENCE_P:
            ev.confidence = round(ev.confidence * (0.5 + p), 3)
        kept.append(ev)
    return kept


__all__ = [
    "AGREED_P",
    "ENV_SWITCH",
    "EXEMPT_MODES",
    "MODEL_NAME",
    "EventFilter",
    "agreed",
    "apply",
    "describe",
    "enabled",
    "marked_sentence",
    "shipped_model",
    "spared",
    "token_index",
]
