"""The trained argument picker: which phrase of a sentence is an event's source or target.

Place in the flow: inside the event extractor (:mod:`.coder`), after a verbal trigger is
found and before its arguments are mapped to actors (:mod:`.arguments`). It runs only on
sentences with a trigger and reuses spaCy's parse (no second neural pass): every noun
phrase is a candidate (:func:`candidates` — a noun's whole subtree, its left part, its
core without prepositional, relative and appositive attachments, and each named entity),
described by dependency features relative to the verb that governs it
(:func:`features`: relation, path to the verb with its prepositions, side, voice, the
verb's lemma, entity type ...). The model ``event_args``
(``watchfloor/data/models/event_args/``, built by :mod:`watchfloor.training.event_args`
from the ConfliBERT ``spans-train.conll`` S/T tags) gives each candidate P(source),
P(target), P(neither). :meth:`ArgModel.pick` returns, for one trigger, the best source and
target among the candidates that trigger governs. The features are read from one
``Doc.to_array`` table per document (:class:`_Table`: no spaCy ``Token`` per head, path
step or governor) and each phrase's probabilities are kept for the document
(:meth:`ArgModel.cached_probs`); both give what the Token attributes and the plain scorer
give (speed26, tests/extract/events/test_speed26.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, LOWER, POS, SENT_START, TAG
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span, Token

from watchfloor.extract.doccache import (
    pos_tokens,
    sentence_ents,
    sentence_of,
    token_children,
    word_ids,
)
from watchfloor.extract.events.arguments import (
    attitude_verbs,
    possessed_patient,
    reduced_passive,
    theme_words,
)

MODEL_NAME = "event_args"
MODEL_FILE = "model.joblib"
HEADS = {"NOUN", "PROPN", "PRON", "NUM"}
_HEAD_TAGS = frozenset(HEADS)
DETACHED = {"prep", "relcl", "acl", "punct", "appos", "cc", "conj"}
# a phrase is picked as source (target) when P(source) (P(target)) is at least this and
# above the other role's, even if "neither" is likelier: chosen by the pipeline's 5-fold
# CV span F1 among 0.5 / 0.35 / 0.25 (0.457 / 0.466 / 0.472, measured when the picker
# could also overrule the rules; it now only fills sides they leave without an actor)
PICK_P = 0.25
# the boundaries of a side the pipeline already chose (its word) come from the model's
# best phrase holding that word when P(role) is at least SPAN_P (:func:`phrase_of`); a
# side the pipeline leaves uncoded keeps a phrase only when some phrase holding its word
# has P(role) >= UNCODED_P (below it the model reads the word as no argument at all).
# Both chosen by nested CV (inner 4 folds on each outer training part, grid SPAN_P 0.1 /
# 0.25 / 0.5 x UNCODED_P off / 0.1 / 0.2): every outer fold chose 0.1 / 0.1 (MODEL_CARD).
# A side the rules leave empty takes the model's uncoded phrase at P(role) >= FILL_P (rare:
# the rules seldom leave a side without a word; 0.5 set, not tuned — 0.25-0.7 move the
# CV F1 by under 0.001).
SPAN_P = 0.1
UNCODED_P = 0.1
FILL_P = 0.5
# A target every rule left empty takes the trigger's own phrase that names a coded actor
# with the highest P(target) when it is at least TARGET_FILL_P and not below P(source)
# (coder._fill_target, issue 12 fill45: "Iraq said it attacked *Iran's* Sirri Island",
# "sanctions against *Japan*"); None switches it off. Chosen by 5-fold CV span F1 on
# spans-train.conll (bench/fill_cv.py, final guards: off .561, 0.05 .559, 0.1 / 0.15 / 0.2
# .560, 0.25 / 0.3 .561, fold spread .018-.019: flat within the noise): the lowest value
# whose mean is not below the fill-less .561 (docs/benchmarks.md, fill45)
TARGET_FILL_P: float | None = 0.25
# A side's word another verb governs ("*Taliban fighters* stormed a post, killing four":
# the source of "killing") takes its phrase from that verb's scored phrases when the
# trigger's give none (GOVERNOR_SPANS); an uncoded side that is the verb's own object keeps
# a phrase only when one holding it has P(target) >= OWN_UNCODED_P ("extended *the
# curfew*": none; None switches the gate off). Any value above SPAN_P acts as the same
# switch (phrase_of at SPAN_P has already failed). Both chosen by nested CV (span23: inner
# 4 folds on each outer training part, grid GOVERNOR_SPANS off / on x OWN_UNCODED_P off /
# 0.1 / 0.25 / 0.5 x SPAN_P 0.05 / 0.1): every outer fold chose on / 0.1, four of five
# SPAN_P 0.1 (MODEL_CARD).
GOVERNOR_SPANS = True
OWN_UNCODED_P: float | None = 0.1
# A side read from a pronoun whose actor the sentence names ("Ethiopia said *it* would
# allow ...") spans the phrase that names it ("*Ethiopia*"), as the ConfliBERT spans do;
# the pronoun stays in the event's back-reference record. Switch chosen by nested CV
# (span25, MODEL_CARD)
ANTECEDENT_SPANS = True

# features of a phrase's edges (:func:`_edge_features`): the tags of the words just outside
# it, the last word's relation and entity type, the first word when a determiner or
# quantifier ("*the* Burmese people", "the leader *on Friday*"). Off: nested CV chose them
# in every fold (C 2 in three; model alone 0.673 -> 0.702, pipeline +0.01), but the picker
# retrained on them moved sides on news (the seed article's support to Tren de Aragua and
# Sinaloa, an extradited person's destination): span25, docs/benchmarks.md. Turning them on
# needs a retrained model.
EDGE_FEATURES = False


@dataclass(slots=True, frozen=True)
class Candidate:
    """A phrase that may be an argument: tokens ``first..last`` (inclusive), its head."""

    head: Token
    kind: str  # subtree | left | core | ent
    first: int
    last: int
    chars: tuple[int, int]  # character offsets of the phrase
    governor: int  # index of the verb governing the head, -1 for none


def governor(token: Token) -> Token | None:
    """RETURNS the closest verb above ``token`` (within 8 steps), or None."""
    x = token
    for _ in range(8):
        if x.head.i == x.i:
            return None
        x = x.head
        if x.pos_ in {"VERB", "AUX"}:
            return x
    return None


class _Table:
    """One document's parse as plain lists (token index -> value), read once with
    ``Doc.to_array``: the picker's features look words up here instead of making a spaCy
    ``Token`` for every head, governor and path step. Strings are looked up lazily
    (:meth:`name`), each id once per process."""

    __slots__ = (
        "doc",
        "head",
        "pos",
        "dep",
        "tag",
        "lemma",
        "ent",
        "lower",
        "start",
        "idx",
        "length",
        "_passive",
    )

    def __init__(self, doc: Doc) -> None:
        cols = doc.to_array([HEAD, POS, DEP, TAG, LEMMA, ENT_TYPE, LOWER, SENT_START, IDX, LENGTH])
        heads = np.arange(len(doc), dtype=np.int64) + cols[:, 0].astype(np.int64)
        self.doc = doc
        self.head: list[int] = heads.tolist()
        self.pos: list[int] = cols[:, 1].tolist()
        self.dep: list[int] = cols[:, 2].tolist()
        self.tag: list[int] = cols[:, 3].tolist()
        self.lemma: list[int] = cols[:, 4].tolist()
        self.ent: list[int] = cols[:, 5].tolist()
        self.lower: list[int] = cols[:, 6].tolist()
        self.start: list[int] = cols[:, 7].astype(np.int64).tolist()
        self.idx: list[int] = cols[:, 8].tolist()
        self.length: list[int] = cols[:, 9].tolist()
        self._passive: frozenset[int] | None = None  # built on the first passive() call

    def name(self, key: int) -> str:
        """RETURNS the string of a ``DEP``/``TAG``/``LEMMA``/``ENT_TYPE``/``LOWER`` id."""
        got = _NAMES.get(key)
        if got is None:
            got = _NAMES[key] = self.doc.vocab.strings[key]
        return got

    def governor(self, i: int) -> int:
        """RETURNS :func:`governor`'s index for token ``i`` (-1 for None)."""
        head, pos = self.head, self.pos
        x = i
        for _ in range(8):
            h = head[x]
            if h == x:
                return -1
            x = h
            if pos[x] in _VERB_AUX:
                return x
        return -1

    def sent_start(self, i: int) -> int:
        """RETURNS the start of token ``i``'s sentence, as ``Token.sent`` finds it."""
        start = self.start
        while start[i] != 1 and i > 0:
            i -= 1
        return i

    def passive(self, v: int) -> bool:
        """RETURNS whether a child of ``v`` is ``nsubjpass`` or ``auxpass``: whether ``v``
        is among the heads of the document's ``nsubjpass`` / ``auxpass`` words (a root, its
        own head, is no child), found in one pass over the document on the first call
        (speed43; it was a search of the head column per verb)."""
        heads = self._passive
        if heads is None:
            heads = self._passive = frozenset(
                h
                for k, (h, d) in enumerate(zip(self.head, self.dep, strict=True))
                if d in _PASSIVE_DEPS and h != k
            )
        return v in heads


_VERB_AUX = frozenset(k for k, v in POS_NAMES.items() if v in {"VERB", "AUX"})
# the relations that make their head passive (:meth:`_Table.passive`), as ``DEP`` ids
_PASSIVE_DEPS = word_ids(("nsubjpass", "auxpass"))
_NAMES: dict[int, str] = {0: ""}
_table_of: _Table | None = None


def _table(doc: Doc) -> _Table:
    """RETURNS the :class:`_Table` of ``doc``, built once for the last document."""
    global _table_of
    kept = _table_of  # one read: another thread replacing it cannot mix two documents
    if kept is None or kept.doc is not doc:
        kept = _table_of = _Table(doc)
    return kept


def candidates(sent: Span) -> list[Candidate]:
    """RETURNS the candidate phrases of a sentence, one per distinct character range."""
    out: dict[tuple[int, int], Candidate] = {}
    off, n = sent.start, sent.end - sent.start
    table = _table(sent.doc)
    idx, length = table.idx, table.length

    def at(k: int) -> int:
        # the document index of ``list(sent)[k - off]``, Python's negative indexing kept
        j = k - off
        if not -n <= j < n:
            raise IndexError("list index out of range")
        return off + (j if j >= 0 else j + n)

    def add(head: Token, kind: str, first: int, last: int) -> None:
        b = at(last)
        chars = (idx[at(first)], idx[b] + length[b])
        if chars not in out:
            out[chars] = Candidate(head, kind, first, last, chars, table.governor(head.i))

    # only the words that may head a phrase become Tokens (their edges and right children)
    for t in pos_tokens(sent.doc, _HEAD_TAGS, sent.start, sent.end):
        first = t.left_edge.i
        add(t, "subtree", first, t.right_edge.i)
        add(t, "left", first, t.i)
        last = t.i  # the core: up to the first prepositional, relative ... attachment
        for c in t.rights:
            if c.dep_ in DETACHED:
                break
            last = c.right_edge.i
        add(t, "core", first, last)
    for ent in sentence_ents(sent):
        add(ent.root, "ent", ent.start, ent.end - 1)
    return list(out.values())


def _table_path(table: _Table, i: int, verb: int) -> list[str]:
    """The dependency path of token ``i`` up to ``verb`` (-1: to the root), at most four
    steps, a preposition or agent step with its word, read from a table."""
    path, x, head, dep, name = [], i, table.head, table.dep, table.name
    while (verb < 0 or x != verb) and head[x] != x and len(path) < 4:
        d = name(dep[x])
        path.append(f"{d}_{name(table.lower[x])}" if d in {"prep", "agent"} else d)
        x = head[x]
    return path


def features(c: Candidate) -> dict[str, float]:
    """RETURNS the sparse features of one candidate (no text beyond lemmas and tags), read
    from the document's :class:`_Table` (the same features, in the same order, as the
    ``Token`` attributes give: tests compare)."""
    doc: Doc = c.head.doc
    t = _table(doc)
    name = t.name
    i = c.head.i
    v = t.governor(i)
    path = "<".join(_table_path(t, i, v))
    dep, pos = name(t.dep[i]), POS_NAMES[t.pos[i]]
    f = {
        f"kind={c.kind}": 1.0,
        f"dep={dep}": 1.0,
        f"pos={pos}": 1.0,
        f"ent={name(t.ent[i])}": 1.0,
        f"len={min(c.last - c.first + 1, 6)}": 1.0,
        f"first={name(t.tag[c.first])}": 1.0,
        f"last={name(t.tag[c.last])}": 1.0,
        f"lemma={name(t.lemma[i]).lower()}": 1.0,
        f"path={path}": 1.0,
        f"dep_pos={dep}_{pos}": 1.0,
        f"sentpos={min((c.first - t.sent_start(i)) // 5, 6)}": 1.0,
    }
    if EDGE_FEATURES:
        f.update(_edge_features(doc, c))
    if v < 0:
        f["no_verb"] = 1.0
        return f
    passive = t.passive(v)
    side = "L" if i < v else "R"
    verb_dep = name(t.dep[v])
    f.update(
        {
            f"verb={name(t.lemma[v]).lower()}": 1.0,
            f"verb_dep={verb_dep}": 1.0,
            f"side={side}": 1.0,
            f"passive={passive}": 1.0,
            f"path_passive={path}|{passive}": 1.0,
            f"verb_root={verb_dep == 'ROOT'}": 1.0,
            f"side_dep={side}{dep}": 1.0,
        }
    )
    return f


def _edge_features(doc: Doc, c: Candidate) -> dict[str, float]:
    """RETURNS the features of a phrase's edges: the tag before and after it (``BOS`` /
    ``EOS`` at the sentence's ends), its last word's relation and entity type, and its first
    word when that is a determiner, possessive or quantifier."""
    sent = sentence_of(c.head)
    first, last = doc[c.first], doc[c.last]
    before = doc[c.first - 1].tag_ if c.first > sent.start else "BOS"
    after = doc[c.last + 1].tag_ if c.last + 1 < sent.end else "EOS"
    f = {
        f"before={before}": 1.0,
        f"after={after}": 1.0,
        f"last_dep={last.dep_}": 1.0,
        f"last_ent={last.ent_type_}": 1.0,
        f"edges={before}_{after}": 1.0,
    }
    if first.tag_ in {"DT", "PDT", "PRP$", "CD"} or first.dep_ in {"det", "predet", "poss"}:
        f[f"first_word={first.lower_}"] = 1.0
    return f


class ArgModel:
    """The fitted ``event_args`` model: a DictVectorizer and a (multinomial) logistic
    regression over the labels ``O`` (neither), ``S`` (source), ``T`` (target). Scoring
    sums the weights of a candidate's features directly (binary features, a few per
    candidate): the same probabilities as ``predict_proba`` without its per-call cost."""

    __slots__ = ("vectorizer", "clf", "_index", "_weights", "_bias", "_labels", "_rows", "_memo")

    def __init__(self, vectorizer: Any, clf: Any) -> None:
        self.vectorizer, self.clf = vectorizer, clf
        self._index: dict[str, int] = dict(vectorizer.vocabulary_)
        self._weights = np.asarray(clf.coef_, dtype=np.float64).T.copy()  # features x labels
        self._bias = np.asarray(clf.intercept_, dtype=np.float64)
        self._labels = [str(x) for x in clf.classes_]
        # the same weights as Python floats, feature -> its row: a candidate's few rows are
        # summed in plain floats (:meth:`logits`), not by a numpy call per candidate
        self._rows: dict[str, tuple[float, ...]] = {
            f: tuple(self._weights[i].tolist()) for f, i in self._index.items()
        }
        # the last document's candidate probabilities (:meth:`cached_probs`)
        self._memo: tuple[Doc | None, dict[tuple, dict[str, float]]] = (None, {})

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> ArgModel:
        return cls(payload["vectorizer"], payload["clf"])

    def to_payload(self) -> dict[str, Any]:
        return {"vectorizer": self.vectorizer, "clf": self.clf}

    def logits(self, feats: Sequence[dict[str, float]]) -> np.ndarray:
        """RETURNS one row per feature dict: the bias plus the weights of its known features
        (binary: each counts once), summed in plain floats row after row in the features'
        order — the same floats as ``bias + weights[idx].sum(axis=0)`` per dict (numpy sums
        the few rows of that array in order too; a test compares) without numpy calls per
        candidate."""
        rows, width = self._rows, len(self._labels) if len(self._labels) != 2 else 1
        out = []
        for f in feats:
            if width == 3:
                a = b = c = 0.0
                for name in f:
                    if (row := rows.get(name)) is not None:
                        a += row[0]
                        b += row[1]
                        c += row[2]
                out.append((a, b, c))
            else:
                total = [0.0] * width
                for name in f:
                    if (row := rows.get(name)) is not None:
                        total = [t + w for t, w in zip(total, row, strict=True)]
                out.append(tuple(total))
        return self._bias + np.array(out, dtype=np.float64).reshape(len(out), width)

    def probs(self, cands: Sequence[Candidate]) -> list[dict[str, float]]:
        """RETURNS P(O), P(S), P(T) of each candidate."""
        if not cands:
            return []
        z = self.logits([features(c) for c in cands])
        if len(self._labels) == 2:  # binary LR: one weight column for the second label
            out = []
            for row in z:
                p1 = 1.0 / (1.0 + np.exp(-row[0]))
                out.append(dict(zip(self._labels, (1.0 - p1, p1), strict=True)))
            return out
        # the softmax of all candidates at once: row by row the same arithmetic
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return [
            dict(zip(self._labels, row, strict=True))
            for row in (e / e.sum(axis=1, keepdims=True)).tolist()
        ]

    def cached_probs(self, cands: Sequence[Candidate]) -> list[dict[str, float]]:
        """:meth:`probs`, each candidate scored once per document: a phrase's probabilities
        do not depend on the trigger asking (the same verb's phrases are scored again for
        each of its triggers and side checks). The candidates are of one document; the last
        document's are kept (each row is computed alone, so the same floats: tests
        compare)."""
        if not cands:
            return []
        doc = cands[0].head.doc
        memo = self._memo  # one read: another thread replacing it cannot mix two documents
        if memo[0] is not doc:
            memo = self._memo = (doc, {})
        got = memo[1]
        keys = [(c.kind, c.first, c.last, c.head.i) for c in cands]
        missing = {k: c for k, c in zip(keys, cands, strict=True) if k not in got}
        if missing:
            got.update(zip(missing, self.probs(list(missing.values())), strict=True))
        return [got[k] for k in keys]

    def tag(self, cands: Sequence[Candidate]) -> dict[str, list[Candidate]]:
        """Sentence-level tagging (how the model is scored): each label's candidates where
        it is the most probable one, best first, no two chosen phrases overlapping."""
        scored = list(zip(cands, self.probs(cands), strict=True))
        chosen: list[tuple[int, int]] = []
        out: dict[str, list[Candidate]] = {"S": [], "T": []}
        for label in ("S", "T"):
            for c, p in sorted(scored, key=lambda cp: -cp[1].get(label, 0.0)):
                if p.get(label, 0.0) < max(p.values()):
                    continue
                a, b = c.chars
                if any(min(b, y) > max(a, x) for x, y in chosen):
                    continue
                chosen.append((a, b))
                out[label].append(c)
        return out

    def scored(
        self, trigger: Token, cands: Sequence[Candidate]
    ) -> list[tuple[Candidate, float, float]]:
        """RETURNS (candidate, P(source), P(target)) of each phrase the trigger governs
        (for an event noun: :func:`nominal_candidates`), a role its frame rules out
        (:func:`_role_limits`) scored 0."""
        if trigger.pos_ == "NOUN":
            mine = nominal_candidates(trigger, cands)
        else:
            mine = [c for c in cands if c.governor == trigger.i]
        roles = _role_limits(trigger)
        out = []
        for c, p in zip(mine, self.cached_probs(mine), strict=True):
            ps = {
                label: 0.0 if label in roles and not roles[label](c.head) else p[label]
                for label in ("S", "T")
            }
            out.append((c, ps["S"], ps["T"]))
        return out

    def pick(
        self, trigger: Token, cands: Sequence[Candidate]
    ) -> tuple[Candidate | None, Candidate | None]:
        """RETURNS the (source, target) candidates of a trigger (:func:`choose` of
        :meth:`scored`)."""
        return choose(self.scored(trigger, cands))


def choose(
    scored: Sequence[tuple[Candidate, float, float]],
) -> tuple[Candidate | None, Candidate | None]:
    """RETURNS the most probable source and target among scored phrases with P >=
    ``PICK_P`` and above the other role (None where no phrase qualifies; one phrase is
    never both)."""
    best: dict[str, tuple[float, Candidate | None]] = {"S": (0.0, None), "T": (0.0, None)}
    for c, p_s, p_t in scored:
        for label, p, other in (("S", p_s, p_t), ("T", p_t, p_s)):
            if p >= PICK_P and p >= other and p > best[label][0]:
                best[label] = (p, c)
    src, tgt = best["S"][1], best["T"][1]
    if src is not None and tgt is not None and src.head.i == tgt.head.i:
        tgt = None if best["S"][0] >= best["T"][0] else tgt
        src = src if tgt is None else None
    return src, tgt


def phrase_of(
    token: Token,
    role: str,
    scored: Sequence[tuple[Candidate, float, float]],
    exclude: Token | None = None,
    least: float | None = None,
) -> tuple[float, Candidate] | None:
    """The model's boundaries for a side whose word is already chosen: the most probable
    phrase for ``role`` ("S" / "T") that holds ``token``, is headed by it or by a word
    above it ("*A Venezuelan police helicopter* attacked": the adjective's actor, the
    phrase of the noun it modifies), and does not hold ``exclude`` (the other side's
    word). RETURNS (P, candidate) with P >= ``least`` (default ``SPAN_P``) and above the
    other role's, or None."""
    least = SPAN_P if least is None else least
    best: tuple[float, Candidate] | None = None
    for c, p_s, p_t in scored:
        p, other = (p_s, p_t) if role == "S" else (p_t, p_s)
        if p < least or p < other or not c.first <= token.i <= c.last:
            continue
        if exclude is not None and c.first <= exclude.i <= c.last:
            continue
        if c.head.i != token.i and c.head not in token.ancestors:
            continue
        if best is None or p > best[0]:
            best = (p, c)
    return best


def _role_limits(trigger: Token) -> dict[str, Callable[[Token], bool]]:
    """What a verb's frame rules out, which the model's features do not see: a headline's
    participle ("Gang Leader Arrested in Honduras") has no source before it; a theme verb's
    ("deployed 5,000 soldiers to the border", "the deployment of troops") only target is the
    object of "against" — not the troops, not the destination (``argument_roles.yaml``); a
    passive's subject is never its source, the object of "by" on the trigger never its
    target."""
    verbs, nouns = theme_words()
    # "the raid by federal police", "was arrested by police": the agent is never the target
    limits: dict[str, Callable[[Token], bool]] = {
        "T": lambda head: (
            not (head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.head.i == trigger.i)
        )
    }
    if trigger.lemma_.lower() in (verbs if trigger.pos_ == "VERB" else nouns):
        limits["T"] = lambda head: head.dep_ == "pobj" and head.head.lower_ == "against"
    if trigger.pos_ != "VERB":
        owner = possessed_patient(trigger)
        if owner is not None:  # "Lima's murder": Lima is no source
            limits["S"] = lambda head: not (owner.left_edge.i <= head.i <= owner.i)
        return limits
    patient = next((c for c in token_children(trigger) if c.dep_ == "nsubjpass"), None)
    if reduced_passive(trigger):
        limits["S"] = lambda head: head.i > trigger.i
    elif patient is not None:
        # "5,000 soldiers were deployed", "the mayor was arrested": never the agent
        limits["S"] = lambda head: not (patient.left_edge.i <= head.i <= patient.right_edge.i)
    return limits


def nominal_candidates(noun: Token, cands: Sequence[Candidate]) -> list[Candidate]:
    """The phrases an event noun's arguments may be: those inside its own phrase ("the
    *army's* offensive *against the rebels*") and, when the noun is the direct object of a
    verb, that verb's ("*Trump* issued an ultimatum *to Maduro*"); never a phrase that holds
    the noun itself. A noun in any other place ("a history *of massacres*", "declines in
    *kidnappings*") has no argument outside its phrase."""
    verb = noun.head if noun.dep_ in {"dobj", "attr"} and noun.head.pos_ == "VERB" else None
    if verb is not None and noun.dep_ == "dobj" and verb.lemma_.lower() in attitude_verbs():
        verb = None  # "Maduro condemned the arrest": the arrest is not Maduro's
    lo, hi = noun.left_edge.i, noun.right_edge.i
    out = []
    for c in cands:
        if c.first <= noun.i <= c.last:
            continue
        inside = lo <= c.head.i <= hi
        if inside or (verb is not None and c.governor == verb.i):
            out.append(c)
    return out


def shipped_model() -> ArgModel:
    """RETURNS the shipped ``event_args`` model (loaded once per process)."""
    from watchfloor import trained

    return ArgModel.from_payload(trained.load(MODEL_NAME))


__all__ = [
    "ArgModel",
    "Candidate",
    "MODEL_NAME",
    "candidates",
    "choose",
    "features",
    "governor",
    "nominal_candidates",
    "phrase_of",
    "shipped_model",
]
