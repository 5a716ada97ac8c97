"""The trained side linker: which coded actor of the nearby sentences is an event's source
or target (issue 12: a side left empty while the party is named in another clause or the
sentence before).

Place in the flow: inside the event extractor (:mod:`.coder`), after the events of a
document are coded and subsumed ones dropped, before places and the event filter. It reads
only what the actor coder and spaCy already computed: the document's entities with an
actor code and their mentions (character offsets), and the parse.

For each event and each side, the candidates (:func:`candidates`) are the coded entities
mentioned in the event's sentence and the ``WINDOW`` sentences before it (one candidate per
entity, at its nearest mention). Each is described (:func:`features`) by the side, the
trigger's CAMEO root and voice, the sentence distance, where the mention stands in the parse
relative to the trigger (its relation, before / after, the dependency path's length and
whether it crosses a clause), whether it is its sentence's subject, its code's kind
(GOV / MIL / COP / CRM / IGO / country ...), whether it is the side's current choice or
already fills the other side. The model ``side_linker``
(``watchfloor/data/models/side_linker/``, built by :mod:`watchfloor.training.side_linker`
from the judged event samples) gives each candidate P(right for that side).

:meth:`SideLinker.link` fills a side the coder left empty with the best candidate when
its P reaches the threshold chosen on the training folds (never the other side's actor),
and records the choice in the event's ``evidence["linker"]``. It is **off by default**
(2026-12-08: on fresh samples and never-read articles its fills were right about half the
time, below the .90 the actor codes keep); ``WATCHFLOOR_SIDE_LINKER=on`` switches it on.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from watchfloor.model import Entity, Event

MODEL_NAME = "side_linker"
MODEL_FILE = "model.joblib"
ENV_SWITCH = "WATCHFLOOR_SIDE_LINKER"
WINDOW = 2  # sentences before the event's own that hold candidates
SIDES = ("source", "target")
# a path step through one of these relations enters another clause
CLAUSE_DEPS = frozenset(
    {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "pcomp"}
)
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
ROLES = frozenset(
    {
        "GOV",
        "MIL",
        "COP",
        "CRM",
        "JUD",
        "LEG",
        "BUS",
        "LAB",
        "CVL",
        "ELI",
        "MED",
        "OPP",
        "REB",
        "INS",
        "UAF",
        "EDU",
        "REL",
        "SPY",
        "NGO",
        "HLH",
        "AGR",
        "REF",
        "PTY",
        "MNC",
    }
)


def enabled() -> bool:
    """Whether the pipeline runs the linker: only with ``WATCHFLOOR_SIDE_LINKER=on``."""
    return os.environ.get(ENV_SWITCH, "").lower() in {"on", "1", "yes", "true"}


def code_kind(code: str) -> str:
    """RETURNS the kind of an actor code: IGO, a role (GOV, MIL ...), CTRY or OTHER."""
    if code.startswith("IGO"):
        return "IGO"
    if code in ROLES:
        return code
    if len(code) >= 6 and code[3:6] in ROLES:
        return code[3:6]
    return "CTRY" if len(code) == 3 else "OTHER"


def compatible(a: str, b: str) -> bool:
    """Whether two actor codes name the same actor as a judge reads them: equal, or one a
    refinement of the other (``USA`` / ``USAGOV``; a role alone / that role in a country)."""
    if not a or not b:
        return False
    if a == b or a.startswith(b) or b.startswith(a):
        return True
    return code_kind(a) == code_kind(b) and (a in ROLES or b in ROLES)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One coded entity near an event, at its nearest mention."""

    entity: str
    code: str
    token: Token  # the mention's head word
    distance: int  # sentences before the event's (0: its own)


@dataclass(slots=True)
class Mentions:
    """A document's coded mentions by sentence: (entity id, code, head word)."""

    by_sentence: dict[int, list[tuple[str, str, Token]]]
    sentence_of: dict[int, int]  # sentence start token -> index


def mentions(doc: Doc, entities: Sequence[Entity]) -> Mentions:
    """RETURNS the coded entities' mentions of a document, by sentence index."""
    starts = {s.start: i for i, s in enumerate(doc.sents)}
    by: dict[int, list[tuple[str, str, Token]]] = {}
    for ent in entities:
        if not ent.actor_code:
            continue
        for m in ent.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            root = span.root
            by.setdefault(starts.get(root.sent.start, -1), []).append(
                (ent.id, ent.actor_code, root)
            )
    return Mentions(by, starts)


def candidates(trigger: Token, found: Mentions) -> list[Candidate]:
    """RETURNS the coded entities of the trigger's sentence and the ``WINDOW`` before it,
    each once, at its nearest mention (same sentence first, then fewest words away)."""
    here = found.sentence_of.get(trigger.sent.start, -1)
    best: dict[str, Candidate] = {}
    for d in range(WINDOW + 1):
        for eid, code, tok in found.by_sentence.get(here - d, []):
            c = best.get(eid)
            if c is None or (
                c.distance == d and abs(tok.i - trigger.i) < abs(c.token.i - trigger.i)
            ):
                best[eid] = Candidate(eid, code, tok, d)
    return list(best.values())


def _passive(trigger: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in trigger.children)


def _path(a: Token, b: Token) -> tuple[int, bool]:
    """RETURNS the dependency path length between two words of one sentence and whether
    it crosses a clause boundary."""
    up_a = [a, *a.ancestors]
    index = {t.i: k for k, t in enumerate(up_a)}
    up_b = [b, *b.ancestors]
    for k, t in enumerate(up_b):
        if t.i in index:
            steps = up_a[: index[t.i]] + up_b[:k]
            return index[t.i] + k, any(s.dep_ in CLAUSE_DEPS for s in steps)
    return 99, True


def _bin(n: int, edges: Sequence[int] = (1, 2, 3, 5, 8, 13)) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def event_context(ev: Event, trigger: Token) -> dict[str, Any]:
    """The features of the event itself, shared by every candidate of both sides."""
    subj = [c for c in trigger.children if c.dep_ in SUBJECTS]
    return {
        "root": ev.root,
        "passive": _passive(trigger),
        "has_subj": bool(subj),
        "subj_pron": any(c.pos_ == "PRON" for c in subj),
        "has_obj": any(c.dep_ in {"dobj", "obj", "dative"} for c in trigger.children),
        "pos": trigger.pos_,
    }


def features(
    ev: Event, side: str, cand: Candidate, trigger: Token, ctx: dict[str, Any], rank: int
) -> dict[str, float]:
    """RETURNS the features of one candidate for one side of one event."""
    other = "target" if side == "source" else "source"
    own_code = getattr(ev, f"{side}_code") or ""
    other_code = getattr(ev, f"{other}_code") or ""
    kind = code_kind(cand.code)
    tok = cand.token
    f: dict[str, float] = {
        f"side={side}": 1,
        f"dist={cand.distance}": 1,
        f"{side}|dist={cand.distance}": 1,
        f"kind={kind}": 1,
        f"{side}|kind={kind}": 1,
        f"{side}|root={ctx['root']}": 1,
        f"{side}|root={ctx['root']}|kind={kind}": 1,
        f"{side}|passive={ctx['passive']}": 1,
        f"{side}|has_subj={ctx['has_subj']}": 1,
        f"{side}|subj_pron={ctx['subj_pron']}": 1,
        f"{side}|has_obj={ctx['has_obj']}": 1,
        f"{side}|trigger_pos={ctx['pos']}": 1,
        f"{side}|own_empty={not own_code}": 1,
        f"{side}|other_empty={not other_code}": 1,
        f"{side}|is_current": float(
            cand.entity == getattr(ev, side) or compatible(cand.code, own_code)
        ),
        f"{side}|fills_other": float(
            cand.entity == getattr(ev, other) or compatible(cand.code, other_code)
        ),
        f"{side}|same_country_other": float(
            bool(other_code) and len(cand.code) >= 3 and cand.code[:3] == other_code[:3]
        ),
        f"{side}|rank={min(rank, 4)}": 1,
        f"{side}|subject_of_sentence": float(tok.dep_ in SUBJECTS and tok.head == tok.sent.root),
    }
    if cand.distance == 0:
        length, crosses = _path(tok, trigger)
        before = tok.i < trigger.i
        head_dep = tok.dep_ if tok.dep_ != "pobj" else f"pobj:{tok.head.lower_}"
        f.update(
            {
                f"{side}|before={before}": 1,
                f"{side}|path={_bin(length)}": 1,
                f"{side}|crosses={crosses}": 1,
                f"{side}|dep={tok.dep_}": 1,
                f"{side}|headdep={head_dep}": 1,
                f"{side}|child_of_trigger": float(tok.head == trigger),
                f"{side}|in_subtree": float(trigger.is_ancestor(tok)),
                f"{side}|governs_trigger": float(tok.is_ancestor(trigger)),
                f"{side}|passive={ctx['passive']}|before={before}": 1,
                f"{side}|words={_bin(abs(tok.i - trigger.i))}": 1,
            }
        )
    else:
        f[f"{side}|prev_dep={tok.dep_}"] = 1
    return f


def describe(ev: Event, trigger: Token, found: Mentions) -> dict[str, list[dict[str, Any]]]:
    """RETURNS, for each side, its candidates: ``entity``, ``code``, ``distance``
    (sentences before the event's), ``feats``."""
    cands = candidates(trigger, found)
    order = sorted(
        range(len(cands)), key=lambda k: (cands[k].distance, abs(cands[k].token.i - trigger.i))
    )
    rank = {k: r for r, k in enumerate(order)}
    ctx = event_context(ev, trigger)
    return {
        side: [
            {
                "entity": c.entity,
                "code": c.code,
                "distance": c.distance,
                "feats": features(ev, side, c, trigger, ctx, rank[k]),
            }
            for k, c in enumerate(cands)
        ]
        for side in SIDES
    }


@dataclass(slots=True)
class SideLinker:
    """The fitted model (a ``DictVectorizer`` and a logistic regression) and the threshold
    a candidate must reach to fill an empty side."""

    vectorizer: Any
    model: Any
    fill_p: float
    version: str = "side-linker-v1"

    def probs(self, feats: Sequence[dict[str, float]]) -> list[float]:
        if not feats:
            return []
        return self.model.predict_proba(self.vectorizer.transform(feats))[:, 1].tolist()

    def choose(self, ev: Event, side: str, cands: list[dict[str, Any]]) -> dict | None:
        """RETURNS the candidate (with its ``p``) that fills ``side`` of ``ev``, or None."""
        if getattr(ev, f"{side}_code") or getattr(ev, side):
            return None
        other = "target" if side == "source" else "source"
        other_code = getattr(ev, f"{other}_code") or ""
        allowed = [
            c
            for c in cands
            if c["entity"] != getattr(ev, other) and not compatible(c["code"], other_code)
        ]
        if not allowed:
            return None
        ps = self.probs([c["feats"] for c in allowed])
        k = max(range(len(ps)), key=ps.__getitem__)
        return {**allowed[k], "p": ps[k]} if ps[k] >= self.fill_p else None

    def link(self, events: Sequence[Event], doc: Doc, entities: Sequence[Entity]) -> None:
        """Fill the empty sides of one document's events (in place)."""
        found: Mentions | None = None
        for ev in events:
            if ev.source_code and ev.target_code:
                continue
            if found is None:
                found = mentions(doc, entities)
                if not found.by_sentence:
                    return
            trigger = _trigger(doc, ev)
            if trigger is None:
                continue
            described = describe(ev, trigger, found)
            for side in SIDES:
                pick = self.choose(ev, side, described[side])
                if pick is None:
                    continue
                setattr(ev, side, pick["entity"])
                setattr(ev, f"{side}_code", pick["code"])
                evidence = ev.extra.setdefault("evidence", {})
                evidence.setdefault("linker", {})[side] = {
                    "p": round(pick["p"], 3),
                    "sentences_before": pick["distance"],
                }


def _trigger(doc: Doc, ev: Event) -> Token | None:
    span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def shipped_linker() -> SideLinker | None:
    """RETURNS the shipped linker (loaded once per process), None when none is shipped."""
    from watchfloor import trained

    try:
        payload = trained.load(MODEL_NAME)
    except trained.ModelNotFound:
        return None
    return SideLinker(payload["vectorizer"], payload["model"], payload["fill_p"])


__all__ = [
    "ENV_SWITCH",
    "MODEL_NAME",
    "Candidate",
    "SideLinker",
    "candidates",
    "code_kind",
    "compatible",
    "describe",
    "enabled",
    "features",
    "mentions",
    "shipped_linker",
]
