"""The trained sentence classifier beside the dictionary coder: relevance and quad class.

Place in the flow: inside the event extractor (:mod:`.coder`), after the dictionary coder
has proposed the events of a document. The model ``event_class``
(``watchfloor/data/models/event_class/``, built by :mod:`watchfloor.training.event_class`)
reads each sentence that has a proposal — its words and character n-grams (TF-IDF) and
what the coder proposed for it (:func:`proposal_features`) — and gives a probability for
each of five classes, the ConfliBERT / Phoenix PentaClass scheme: 0 no event or a neutral
statement (CAMEO roots 01-02), 1 verbal cooperation, 2 material cooperation, 3 verbal
conflict, 4 material conflict.

:func:`decide` combines the two (rules propose, the model decides where they disagree):

* the model is confident the sentence holds no event (class 0) and no asserted statement
  or appeal of the sentence explains that → an asserted proposal of class 1-4 is dropped
  (negated, hypothetical, alleged and future acts stay: the label is the asserted event's);
* the model prefers another class that no other asserted event of the sentence has → for
  an asserted event, the trigger's other lexicon codes are searched for one of that class
  (``alternatives``) and the event is recoded to it where ``recoding.yaml`` allows that
  move for how the dictionary found the code (:func:`recoding`: a senses.tsv row is final,
  an entry pattern or phrasal entry may only become the verbal act of its own sign, a bare
  word any code of the word; never to a code ``recoding.yaml`` bars for the word's object,
  :func:`barred_roots`); otherwise (no such code, a move not allowed, or a negated,
  hypothetical, alleged or future act) the rule's code is kept with a lower confidence;
* agreement keeps the rule's code and confidence.

Every kept event says which component decided in ``extra["evidence"]``, and how the
dictionary found its code (``match``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Token

from watchfloor.extract.claims.checkworthiness import fast_transform
from watchfloor.extract.doccache import token_children
from watchfloor.extract.lexicon import CodeInfo
from watchfloor.model import Event

MODEL_NAME = "event_class"
MODEL_FILE = "model.joblib"
CLASSES = (0, 1, 2, 3, 4)
DROP_P = 0.6  # P(class 0) at or above which a class 1-4 proposal is dropped
RECODE_P = 0.5  # P(model's class) at or above which a disagreeing event is recoded
# How the dictionary found a code (coder._refine): a senses.tsv row, an entry pattern's
# object / preposition / context, a phrasal entry's particles, or the bare word.
MATCHES = ("sense", "pattern", "phrase", "word")
ANY = "any"
# per match: ANY, or the (rule's class, model's class) moves the model may recode along
Policy = Mapping[str, str | frozenset[tuple[int, int]]]
BARRED = "barred"  # the recoding.yaml key of the recodes barred by the word's object
ANY_OBJECT = "*"  # a bar's objects: whatever the word's object (or none)
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "nsubjpass", "dative"})


@dataclass(frozen=True)
class Bar:
    """Recodes the model may not make (``recoding.yaml`` ``barred``): a word of ``lemmas``
    whose direct or prepositional object is one of ``objects`` (``*``: any, or none) is
    never recoded to a code under one of ``roots``."""

    lemmas: frozenset[str]
    objects: frozenset[str]
    roots: tuple[str, ...]


def asserted(ev: Event) -> bool:
    return not (ev.negated or ev.hypothetical or ev.alleged or ev.future)


def penta_of(ev: Event) -> int:
    return int(ev.extra.get("penta_class") or 0)


def proposal_features(events: Sequence[Event]) -> dict[str, float]:
    """RETURNS the features of what the dictionary coder proposed for one sentence: the
    roots and classes it found (asserted or not), its modality flags, and the class of its
    strongest asserted event (``none`` when it found nothing asserted)."""
    f: dict[str, float] = {}
    for ev in events:
        pc = penta_of(ev)
        f[f"root={ev.root}"] = 1.0
        f[f"quad={ev.quad_class}"] = 1.0
        f[f"penta={pc}"] = 1.0
        if asserted(ev):
            f[f"asserted_penta={pc}"] = 1.0
        for flag in ("negated", "hypothetical", "alleged", "future"):
            if getattr(ev, flag):
                f[flag] = 1.0
    kept = [ev for ev in events if asserted(ev)]
    if kept:
        best = max(kept, key=lambda e: (abs(e.goldstein), e.confidence))
        f[f"best_penta={penta_of(best)}"] = 1.0
    else:
        f["none"] = 1.0
    return f


@dataclass(slots=True)
class QuadModel:
    """The fitted pieces of ``event_class``: text vectoriser, proposal vectoriser, the
    weight of the proposal features and the logistic regression."""

    text: Any  # sklearn FeatureUnion of word and character TF-IDF
    rules: Any | None  # sklearn DictVectorizer over proposal_features, or None (text only)
    rule_weight: float
    clf: Any  # sklearn LogisticRegression

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> QuadModel:
        return cls(
            payload["text"],
            payload.get("rules"),
            float(payload.get("rule_weight", 0)),
            payload["clf"],
        )

    def to_payload(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "rules": self.rules,
            "rule_weight": self.rule_weight,
            "clf": self.clf,
        }

    def features(self, texts: Sequence[str], proposals: Sequence[dict[str, float]]) -> Any:
        from scipy.sparse import hstack

        texts = list(texts)
        # the union's parts one by one: the same matrix without FeatureUnion's joblib calls
        parts = [_fast(vec).transform(texts) for _, vec in self.text.transformer_list]
        if self.rules is not None:
            parts.append(self.rule_weight * self.rules.transform(list(proposals)))
        return hstack(parts).tocsr()

    def probs(self, texts: Sequence[str], proposals: Sequence[dict[str, float]]) -> np.ndarray:
        """RETURNS one row of five class probabilities (classes 0-4) per sentence."""
        z = self.features(texts, proposals) @ self.clf.coef_.T + self.clf.intercept_
        z = np.exp(z - z.max(axis=1, keepdims=True))
        p = z / z.sum(axis=1, keepdims=True)
        out = np.zeros((len(texts), len(CLASSES)))
        for j, c in enumerate(self.clf.classes_):
            out[:, int(c)] = p[:, j]
        return out


_FAST: dict[int, tuple[Any, Any]] = {}  # id(vectoriser) -> (it, its fast transform)


def _fast(vec: Any) -> Any:
    """``vec`` itself, or the same transform without sklearn's per-call checks, made once
    per vectoriser (:func:`~watchfloor.extract.claims.checkworthiness.fast_transform`: a
    character TF-IDF with each word's n-grams counted once per process — the same matrix,
    most of this model's cost otherwise —, a word TF-IDF weighed directly)."""
    held = _FAST.get(id(vec))
    if held is None or held[0] is not vec:
        if len(_FAST) >= 8:  # a few models per process at most (training: one per fold)
            _FAST.clear()
        held = _FAST[id(vec)] = (vec, fast_transform(vec))
    return held[1]


def shipped_model() -> QuadModel:
    """RETURNS the shipped ``event_class`` model (loaded once per process)."""
    from watchfloor import trained

    return QuadModel.from_payload(trained.load(MODEL_NAME))


@lru_cache(maxsize=1)
def recoding() -> dict[str, str | frozenset[tuple[int, int]]]:
    """RETURNS the shipped recoding policy (``data/events/recoding.yaml``, read once per
    process): per match kind, ``"any"`` or the PentaClass moves the model may make."""
    from watchfloor.data import read_yaml

    path = Path(str(resources.files("watchfloor.data.events").joinpath("recoding.yaml")))
    return parse_policy(read_yaml(path) or {})


def parse_policy(data: Mapping[str, Any]) -> dict[str, str | frozenset[tuple[int, int]]]:
    """RETURNS the policy of a recoding table (see ``recoding.yaml``); a match kind it does
    not name is final."""
    out: dict[str, str | frozenset[tuple[int, int]]] = {}
    for kind, moves in data.items():
        if kind == BARRED:
            continue  # read by parse_bars
        if kind not in MATCHES:
            raise ValueError(f"recoding.yaml: unknown match {kind!r}")
        if moves == ANY:
            out[kind] = ANY
            continue
        pairs = frozenset((int(a), int(b)) for a, b in (moves or []))
        if any(c not in CLASSES for pair in pairs for c in pair):
            raise ValueError(f"recoding.yaml: a class outside 0-4 for {kind!r}")
        out[kind] = pairs
    return out


@lru_cache(maxsize=1)
def barred() -> tuple[Bar, ...]:
    """RETURNS the shipped recodes barred by a word's object (``recoding.yaml``)."""
    from watchfloor.data import read_yaml

    path = Path(str(resources.files("watchfloor.data.events").joinpath("recoding.yaml")))
    return parse_bars(read_yaml(path) or {})


def parse_bars(data: Mapping[str, Any]) -> tuple[Bar, ...]:
    """RETURNS the ``barred`` rows of a recoding table."""
    return tuple(
        Bar(
            frozenset(str(w).lower() for w in row["lemmas"]),
            frozenset(str(w).lower() for w in row["objects"]),
            tuple(str(r) for r in row["roots"]),
        )
        for row in data.get(BARRED) or []
    )


def barred_roots(token: Token, bars: Sequence[Bar] | None = None) -> tuple[str, ...]:
    """RETURNS the code prefixes the model may not recode ``token``'s event to: those of
    every bar of its lemma whose objects hold the head of its direct object (or a
    conjunct of it) or of one of its prepositional objects ("accepted aid from the United
    States": no yielding 08x)."""
    bars = barred() if bars is None else bars
    lemma = token.lemma_.lower()
    mine = [b for b in bars if lemma in b.lemmas]
    if not mine:
        return ()
    objs = [c for c in token_children(token) if c.dep_ in OBJECT_DEPS]
    objs += [k for o in objs for k in token_children(o) if k.dep_ == "conj"]
    objs += [
        o
        for p in token_children(token)
        if p.dep_ == "prep"
        for o in token_children(p)
        if o.dep_ == "pobj"
    ]
    words = {o.lemma_.lower() for o in objs}
    return tuple(r for b in mine if ANY_OBJECT in b.objects or words & b.objects for r in b.roots)


def may_recode(policy: Policy, how: str, rule: int, best: int) -> bool:
    """Whether the model may recode an event whose code was found by ``how`` from the
    rule's class ``rule`` to its own ``best`` class."""
    moves = policy.get(how, frozenset())
    return moves == ANY or (rule, best) in moves


def by_sentence(events: Iterable[Event]) -> dict[int, list[Event]]:
    out: dict[int, list[Event]] = {}
    for ev in events:
        out.setdefault(ev.sentence.start, []).append(ev)
    return out


def decide(
    events: list[Event],
    model: QuadModel,
    alternatives: Callable[[Event], list[CodeInfo]],
    match: Callable[[Event], str] | None = None,
    policy: Policy | None = None,
) -> list[Event]:
    """Adjudicate the proposals of one document. ``match`` says how the dictionary found
    each event's code (one of :data:`MATCHES`; ``word`` when not given); an event is
    recoded only along the moves ``policy`` (default :func:`recoding`) allows its match.
    RETURNS the kept events (recoded where the model decided), in order, each with
    ``extra["evidence"]``."""
    policy = recoding() if policy is None else policy
    groups = by_sentence(events)
    if not groups:
        return []
    starts = list(groups)
    probs = model.probs(
        [groups[s][0].sentence.text for s in starts], [proposal_features(groups[s]) for s in starts]
    )
    p_of = dict(zip(starts, probs, strict=True))
    present = {s: {penta_of(e) for e in groups[s] if asserted(e)} for s in starts}
    kept = []
    for ev in events:
        p = p_of[ev.sentence.start]
        how = match(ev) if match is not None else "word"
        ev.extra["evidence"] = {**(ev.extra.get("evidence") or {}), "match": how}
        may = alternatives if may_recode(policy, how, penta_of(ev), int(p.argmax())) else _none
        if _judge(ev, p, may, present[ev.sentence.start]):
            kept.append(ev)
    return kept


def _none(_ev: Event) -> list[CodeInfo]:
    return []  # a final match: no code to recode to


def _judge(
    ev: Event, p: np.ndarray, alternatives: Callable[[Event], list[CodeInfo]], present: set[int]
) -> bool:
    """Apply the model's view ``p`` to one event in place (``present``: the classes of the
    sentence's asserted events). RETURNS whether it is kept."""
    rule = penta_of(ev)
    best = int(p.argmax())
    evidence: dict[str, Any] = {
        "decided_by": "rules+model",
        "model_class": best,
        "model_p": round(float(p[best]), 3),
        "model_p0": round(float(p[0]), 3),
    }
    if rule != 0 and best == 0 and p[0] >= DROP_P and asserted(ev) and 0 not in present:
        return False  # the model: no event here (and no statement or appeal explains it)
    if best != rule and best in present:
        # the sentence's main event, in the model's class, is another one: this one stands
        evidence["decided_by"] = "rules"
    elif best != rule and best != 0 and asserted(ev):
        alt = next((a for a in alternatives(ev) if a.penta_class == best), None)
        if alt is not None and p[best] >= RECODE_P:
            evidence.update(decided_by="model", rule_code=ev.code)
            recode(ev, alt)
            ev.confidence = round(ev.confidence * (0.5 + 0.5 * float(p[best])), 3)
        else:
            evidence["decided_by"] = "rules"
            ev.confidence = round(ev.confidence * (0.5 + 0.5 * float(p[rule])), 3)
    elif best != rule:  # unsure "no event", or a negated / hypothetical act: rules decide
        evidence["decided_by"] = "rules"
        ev.confidence = round(ev.confidence * (0.5 + 0.5 * float(p[rule])), 3)
    ev.extra["evidence"] = {**(ev.extra.get("evidence") or {}), **evidence}
    return True


def recode(ev: Event, info: CodeInfo) -> None:
    """Gives ``ev`` the code ``info`` describes: code, root, quad class, Goldstein weight and
    the name, PLOVER and PentaClass fields of its record."""
    ev.code, ev.root, ev.quad_class, ev.goldstein = (
        info.code,
        info.root,
        info.quad_class,
        info.goldstein,
    )
    ev.extra.update(
        event_name=info.name,
        plover_event=info.plover_event,
        plover_mode=info.plover_mode,
        penta_class=info.penta_class,
    )


__all__ = [
    "ANY",
    "CLASSES",
    "MATCHES",
    "MODEL_NAME",
    "Bar",
    "QuadModel",
    "asserted",
    "barred",
    "barred_roots",
    "decide",
    "may_recode",
    "parse_bars",
    "parse_policy",
    "proposal_features",
    "recode",
    "recoding",
    "shipped_model",
]
