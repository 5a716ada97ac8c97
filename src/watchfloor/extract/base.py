"""The extractor interface: one small contract every extractor (actors, events, claims) meets.

An extractor is a callable over a parsed spaCy ``Doc`` and the :class:`Extraction` being
built for it; it reads what earlier extractors added (events and claims read the
entities) and appends its own records. Extractors run inside the spaCy pipeline (see
:mod:`watchfloor.nlp.component`), so they also run in worker processes; the
:class:`Extraction` crosses the process boundary as plain dicts (:meth:`to_payload`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from spacy.tokens import Doc

from watchfloor.model import Claim, Entity, Event, Mention, Span


@dataclass(slots=True)
class Extraction:
    """What the extractors found in one document; offsets index the document text."""

    meta: dict[str, Any] = field(default_factory=dict)  # id, published, title, source
    text: str = ""  # the document text (``Doc.text`` rebuilds it on every access: use this)
    sentences: list[Span] = field(default_factory=list)
    sentence_scores: list[float] = field(default_factory=list)  # check-worthiness, per sentence
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quantities: list[dict[str, Any]] = field(default_factory=list)  # figures with no event
    errors: list[str] = field(default_factory=list)

    def entity_at(self, start: int, end: int) -> Entity | None:
        """Return the entity with a mention overlapping ``[start, end)``, the longest first."""
        best, best_len = None, 0
        for ent in self.entities:
            for m in ent.mentions:
                overlap = min(end, m.end) - max(start, m.start)
                if overlap > 0 and (m.end - m.start) > best_len:
                    best, best_len = ent, m.end - m.start
        return best

    def to_payload(self) -> dict[str, Any]:
        """Return plain, msgpack-able data (for spaCy's multiprocessing)."""
        return {
            "sentences": [s.to_dict() for s in self.sentences],
            "sentence_scores": list(self.sentence_scores),
            "entities": [_entity_payload(e) for e in self.entities],
            "events": [e.to_dict() for e in self.events],
            "claims": [c.to_dict() for c in self.claims],
            "quantities": [dict(q) for q in self.quantities],
            "errors": list(self.errors),
        }

    @classmethod
    def from_payload(cls, data: dict[str, Any]) -> Extraction:
        return cls(
            sentences=[Span(**s) for s in data.get("sentences", [])],
            sentence_scores=[float(x) for x in data.get("sentence_scores", [])],
            entities=[_entity_from(e) for e in data.get("entities", [])],
            events=[event_from_dict(e) for e in data.get("events", [])],
            claims=[claim_from_dict(c) for c in data.get("claims", [])],
            quantities=[dict(q) for q in data.get("quantities", [])],
            errors=list(data.get("errors", [])),
        )


class Extractor(Protocol):
    """A pipeline extractor. ``name`` is its registry key (e.g. ``"actors"``)."""

    name: str

    def __call__(self, doc: Doc, result: Extraction) -> None:
        """Add this extractor's records to ``result``. RETURNS nothing."""
        ...


def _entity_payload(e: Entity) -> dict[str, Any]:
    d = e.to_dict()
    d["mentions"] = [
        {
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "sentence": m.sentence,
            "confidence": m.confidence,
        }
        for m in e.mentions
    ]
    return d


def _entity_from(d: dict[str, Any]) -> Entity:
    return Entity(
        id=d["id"],
        name=d["name"],
        type=d["type"],
        kind=d.get("kind"),
        actor_code=d.get("actor_code"),
        country=d.get("country"),
        mentions=[Mention(**m) for m in d.get("mentions", [])],
        attributes=dict(d.get("attributes") or {}),
    )


_EVENT_FIELDS = {
    "code",
    "root",
    "quad_class",
    "goldstein",
    "source",
    "target",
    "source_code",
    "target_code",
    "trigger",
    "sentence",
    "negated",
    "hypothetical",
    "alleged",
    "future",
    "attributed_to",
    "confidence",
    "dyadic",  # derived from the four actor fields, never stored apart
}


def event_from_dict(d: dict[str, Any]) -> Event:
    """Rebuild an :class:`Event` from its contract dict (unknown keys go to ``extra``)."""
    return Event(
        code=d["code"],
        root=d["root"],
        quad_class=int(d["quad_class"]),
        goldstein=float(d["goldstein"]),
        trigger=Span(**d["trigger"]),
        sentence=Span(**d["sentence"]),
        source=d.get("source"),
        target=d.get("target"),
        source_code=d.get("source_code"),
        target_code=d.get("target_code"),
        negated=bool(d.get("negated")),
        hypothetical=bool(d.get("hypothetical")),
        alleged=bool(d.get("alleged")),
        future=bool(d.get("future")),
        attributed_to=d.get("attributed_to"),
        confidence=float(d.get("confidence", 0.5)),
        extra={k: v for k, v in d.items() if k not in _EVENT_FIELDS},
    )


_CLAIM_FIELDS = {
    "speaker",
    "speaker_kind",
    "cue",
    "content",
    "hedges",
    "check_worthiness",
    "attributed",
    "confidence",
}


def claim_from_dict(d: dict[str, Any]) -> Claim:
    """Rebuild a :class:`Claim` from its contract dict (unknown keys go to ``extra``)."""
    speaker = d.get("speaker")
    return Claim(
        content=Span(**d["content"]),
        speaker=Span(speaker["start"], speaker["end"], speaker["text"]) if speaker else None,
        speaker_entity=speaker.get("entity") if speaker else None,
        speaker_kind=d.get("speaker_kind"),
        cue=Span(**d["cue"]) if d.get("cue") else None,
        hedges=[Span(**h) for h in d.get("hedges", [])],
        check_worthiness=float(d.get("check_worthiness", 0.0)),
        attributed=bool(d.get("attributed", True)),
        confidence=float(d.get("confidence", 0.5)),
        extra={k: v for k, v in d.items() if k not in _CLAIM_FIELDS},
    )
