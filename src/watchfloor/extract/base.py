"""The extractor interface: one small contract every extractor (actors, events, claims) meets.

An extractor is a callable over a parsed spaCy ``Doc`` and the :class:`Extraction` being
built for it; it reads what earlier extractors added (events and claims read the
entities) and appends its own records. A :class:`BatchExtractor` (claims) also splits its
work so that a model scores all the documents of a spaCy batch in one call. Extractors
run inside the spaCy pipeline (see :mod:`watchfloor.nlp.component`), so they also run in
worker processes; the :class:`Extraction` crosses the process boundary as plain dicts
(:meth:`to_payload`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
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
    _index: tuple | None = field(default=None, repr=False, compare=False)  # of mentions

    def entity_at(self, start: int, end: int) -> Entity | None:
        """Return the entity with a mention overlapping ``[start, end)``, the longest first
        (on a tie, the first in entity and mention order).

        Looked up in an index of the mentions sorted by start, built on first use and
        rebuilt when ``entities`` is replaced or grows (the actors extractor adds its
        entities, with their mentions, in one go): a scan of every mention per call made
        the extractors quadratic in the document's length."""
        index = self._mention_index()
        starts, spans, longest = index[2], index[3], index[4]
        lo = bisect_left(starts, start - longest)  # a mention starting earlier cannot reach
        hi = bisect_left(starts, end)
        best, best_len, best_order = None, 0, (0, 0)
        for i in range(lo, hi):
            m_start, m_end, order, ent = spans[i]
            if min(end, m_end) - max(start, m_start) <= 0:
                continue
            length = m_end - m_start
            if length > best_len or (
                length == best_len and best is not None and order < best_order
            ):
                best, best_len, best_order = ent, length, order
        return best

    def _mention_index(self) -> tuple:
        key = (id(self.entities), len(self.entities))
        if self._index is None or self._index[:2] != key:
            spans = sorted(
                (
                    (m.start, m.end, (ei, mi), ent)
                    for ei, ent in enumerate(self.entities)
                    for mi, m in enumerate(ent.mentions)
                ),
                key=lambda x: (x[0], x[2]),
            )
            longest = max((s[1] - s[0] for s in spans), default=0)
            self._index = (*key, [s[0] for s in spans], spans, longest)
        return self._index

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


class BatchExtractor(Extractor, Protocol):
    """An extractor whose last step is cheaper over many documents at once (a model's
    vectorised scoring). The extract component calls :meth:`begin` on each document of a
    spaCy batch, then :meth:`finish_batch` once with all of them; ``__call__`` stays the
    one-document path (``begin`` then ``finish_batch`` of one). Its records are complete
    only after ``finish_batch``, so it runs after every extractor that reads them."""

    def begin(self, doc: Doc, result: Extraction) -> Any:
        """The per-document work. RETURNS the pending rest, for :meth:`finish_batch`."""
        ...

    def finish_batch(self, pending: Sequence[Any]) -> None:
        """Finish the pending documents together. A retry passes pending documents that are
        already finished again: they are skipped, and a failure leaves a document's result
        as it was before this call."""
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
