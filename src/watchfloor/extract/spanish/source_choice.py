"""Spanish events: a learned choice of the source when the parse names none.

Place in the flow: NLP → actors → events (:mod:`.events`) → **this** → claims. The event
extractor reads the source from the parse (subject, "por" agent, the subject of a
governing verb …). When that finds nobody, the protagonist of a news sentence is often
still there, outside the trigger's clause: "GUERRILLA DINAMITA DOS TORRES EN PROTESTA",
"los campesinos, que mantienen su protesta, …". This module ranks the sentence's other
actors as the event's source with a logistic regression over parse features (position,
distance, dependency path, the actor's kind), trained on UniversalPetrarch's Spanish protest
validation file (gold source *text* spans, no codes; see
``data/events/es/source_choice/MODEL_CARD.md`` and :mod:`.train_source_choice`), and takes
the best one when the model is sure enough (the threshold is chosen in the training
script's cross-validation and stored with the model). Without the model file nothing
changes.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from watchfloor.extract.base import Extraction
from watchfloor.model import Entity

MODEL_DIR = Path(__file__).resolve().parents[2] / "data" / "events" / "es" / "source_choice"
SUBJECT = {"nsubj", "nsubj:pass", "csubj"}


def _bucket(n: int) -> str:
    return str(n) if n < 4 else "4-7" if n < 8 else "8-15" if n < 16 else "16+"


def _case(tok: Token) -> str:
    return next((c.lower_ for c in tok.children if c.dep_ == "case"), "-")


def candidates(trigger: Token, result: Extraction,
               exclude: set[str] = frozenset()) -> list[tuple[Entity, Token]]:
    """The actors with a mention in the trigger's sentence (each once, its first mention),
    other than ``exclude`` (entity ids: the event's target), and only those with an actor
    code or a country: an uncoded name cannot give a code. RETURNS (entity, the mention's
    syntactic head)."""
    sent = trigger.sent
    doc = trigger.doc
    out: list[tuple[Entity, Token]] = []
    seen: set[str] = set()
    for ent in result.entities:
        if ent.id in exclude or ent.id in seen:
            continue
        if not (ent.actor_code or (ent.type == "location" and ent.country)):
            continue
        for m in ent.mentions:
            if m.start >= sent.start_char and m.end <= sent.end_char:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                if span.start <= trigger.i < span.end:
                    continue  # the trigger is inside the name ("Huelga General")
                seen.add(ent.id)
                out.append((ent, span.root))
                break
    return out


def features(trigger: Token, ent: Entity, head: Token, rank: int,
             n: int) -> dict[str, Any]:
    """Parse features of one candidate ``ent`` (mention head ``head``) as the source of
    the event on ``trigger``; ``rank``: its order among the ``n`` candidates."""
    before = head.i < trigger.i
    ancestors = list(trigger.ancestors)
    f: dict[str, Any] = {
        "before": before,
        "dist": _bucket(abs(head.i - trigger.i)),
        "dep": head.dep_,
        "head_pos": head.head.pos_,
        "case": _case(head),
        "trig_pos": trigger.pos_,
        "trig_dep": trigger.dep_,
        "type": ent.type,
        "kind": ent.kind or "-",
        "coded": bool(ent.actor_code),
        "country_only": bool(ent.actor_code) and len(ent.actor_code) == 3,
        "rank": _bucket(rank),
        "first": rank == 0,
        "only": n == 1,
        # the subject of a verb the trigger hangs from ("cortaron la vía en protesta")
        "subj_of_ancestor": head.dep_ in SUBJECT and head.head in ancestors,
        "subj_of_root": head.dep_ in SUBJECT and head.head.dep_ == "ROOT",
        "in_trigger_subtree": trigger in head.ancestors,
        "governs_trigger": head in ancestors,
        "sent_start": head.i - trigger.sent.start < 3,
        "dep|before": f"{head.dep_}|{before}",
        "case|trig_pos": f"{_case(head)}|{trigger.pos_}",
    }
    return f


class SourceChooser:
    """The shipped model: ``choose`` RETURNS the chosen entity or None."""

    def __init__(self, model: Any, threshold: float) -> None:
        self.model = model
        self.threshold = threshold

    def scores(self, trigger: Token, result: Extraction,
               exclude: set[str] = frozenset()) -> list[tuple[Entity, float]]:
        cands = candidates(trigger, result, exclude)
        if not cands:
            return []
        rows = [features(trigger, e, h, k, len(cands)) for k, (e, h) in enumerate(cands)]
        probs = self.model.predict_proba(rows)[:, 1]
        return [(e, float(p)) for (e, _), p in zip(cands, probs, strict=True)]

    def choose(self, trigger: Token, result: Extraction,
               exclude: set[str] = frozenset()) -> tuple[Entity, float] | None:
        scored = self.scores(trigger, result, exclude)
        if not scored:
            return None
        best = max(scored, key=lambda x: x[1])
        return best if best[1] >= self.threshold else None


@lru_cache(maxsize=1)
def shipped_chooser() -> SourceChooser | None:
    """The model in ``data/events/es/source_choice/`` (loaded once), or None when the
    folder is absent (the extractor then works from the parse alone)."""
    path = MODEL_DIR / "model.joblib"
    if not path.exists():
        return None
    import joblib

    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    return SourceChooser(joblib.load(path), float(meta["threshold"]))
