"""The shared document model: what every stage reads and enriches.

Flow: ``ingest`` yields :class:`RawDocument` (or :class:`Quarantined` for bad input) →
``normalise``/``dedup`` turn it into a :class:`Document` with a content hash and a story
cluster → the NLP stage and the extractors add :class:`Entity`, :class:`Event` and
:class:`Claim` records → the store persists them and ``contract`` serialises them.

All spans are character offsets into ``Document.text`` exactly as it was given (after
decoding), never into a re-normalised copy, so provenance survives every stage.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Span:
    """A character range of the document text: ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Note:
    """Something repaired or replaced while a document was read, kept with the document.

    ``code`` is a W3xx code from :mod:`watchfloor.errors` (e.g. invalid Unicode repaired,
    undecodable bytes replaced), ``count`` how many times it happened in the document.
    """

    code: str
    message: str
    count: int = 1


@dataclass(slots=True)
class RawDocument:
    """One article as read from an input, before any processing.

    ``origin`` says where it came from (a path, ``path:line``, a WARC record, a URL,
    ``<stdin>``), ``fmt`` which reader produced it.
    """

    id: str
    text: str
    origin: str
    fmt: str
    title: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    published_precision: str = "unknown"  # second | day | month | year | unknown
    source: str | None = None  # the outlet
    url: str | None = None
    language: str | None = None
    notes: list[Note] = field(default_factory=list)  # repairs made while reading
    # a wire dateline the record carries as a field ("BONN, Oct 20 -"), not in ``text``
    dateline: str | None = None

    def __post_init__(self) -> None:
        # A reader may hand over a str subclass (ingest.decode.Decoded, which counts the
        # bytes it replaced); spaCy's tokenizer accepts only an exact str.
        if type(self.text) is not str:
            self.text = str(self.text)
        if self.title is not None and type(self.title) is not str:
            self.title = str(self.title)


@dataclass(slots=True)
class Quarantined:
    """An input item that could not become a document, kept with the reason.

    ``content`` holds the raw bytes when they are small enough to keep (so nothing is
    lost even for stdin or a feed URL); for oversized items it is ``None`` and
    ``sha256``/``size`` identify the original.
    """

    origin: str
    code: str  # a code from watchfloor.errors, e.g. "W101"
    reason: str
    size: int = 0
    sha256: str | None = None
    content: bytes | None = None


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    sentence: int = -1  # index of the sentence in the document
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Entity:
    """An actor or place mentioned in one document, resolved within that document.

    ``id`` is a stable key derived from the canonical name and type, so the same actor in
    two documents gets the same id before cross-document resolution refines it.
    """

    id: str
    name: str
    type: str  # person | organization | location | other
    kind: str | None = None  # e.g. government, criminal_group, country, city
    actor_code: str | None = None  # CAMEO style, e.g. VENGOV
    country: str | None = None  # ISO 3166 alpha-3
    mentions: list[Mention] = field(default_factory=list)
    attributes: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "kind": self.kind,
            "actor_code": self.actor_code,
            "country": self.country,
            "mentions": [m.to_dict() for m in self.mentions],
            "attributes": self.attributes,
        }


@dataclass(slots=True)
class Event:
    """Who did what to whom: one coded event mention."""

    code: str  # CAMEO code as a string, e.g. "190"
    root: str  # CAMEO root, e.g. "19"
    quad_class: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein: float
    trigger: Span
    sentence: Span
    source: str | None = None  # entity id
    target: str | None = None
    source_code: str | None = None
    target_code: str | None = None
    negated: bool = False
    hypothetical: bool = False
    alleged: bool = False
    future: bool = False
    attributed_to: str | None = None  # entity id (or None) of the speaker when reported
    confidence: float = 0.5
    extra: dict[str, Any] = field(default_factory=dict)
    # ``extra["evidence"]``: which component decided the code — {"decided_by": "rules" |
    # "model" | "rules+model", "model_class", "model_p", "model_p0" (P(no event)),
    # "rule_code" when recoded, "match": how the dictionary found the code}

    @property
    def dyadic(self) -> bool:
        """Both sides coded (an entity or an actor code on each): the events that dyad
        views, dyad Goldstein totals and dyad alerts count."""
        return bool((self.source or self.source_code) and (self.target or self.target_code))

    @property
    def evidence(self) -> dict[str, Any] | None:
        return self.extra.get("evidence")

    def to_dict(self) -> dict[str, Any]:
        d = {
            "code": self.code,
            "root": self.root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "source": self.source,
            "target": self.target,
            "source_code": self.source_code,
            "target_code": self.target_code,
            "trigger": self.trigger.to_dict(),
            "sentence": self.sentence.to_dict(),
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "alleged": self.alleged,
            "future": self.future,
            "attributed_to": self.attributed_to,
            "confidence": round(self.confidence, 3),
            "dyadic": self.dyadic,
        }
        d.update(self.extra)
        return d


@dataclass(slots=True)
class Claim:
    """Who said what: an attributed statement, or an unattributed check-worthy assertion."""

    content: Span
    speaker: Span | None = None
    speaker_entity: str | None = None  # entity id when the speaker is resolved
    speaker_kind: str | None = None  # e.g. "named", "anonymous_official", "expert"
    cue: Span | None = None
    hedges: list[Span] = field(default_factory=list)
    check_worthiness: float = 0.0
    attributed: bool = True
    confidence: float = 0.5
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        speaker = None
        if self.speaker is not None:
            speaker = self.speaker.to_dict() | {"entity": self.speaker_entity}
        d = {
            "speaker": speaker,
            "speaker_kind": self.speaker_kind,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": self.content.to_dict(),
            "hedges": [h.to_dict() for h in self.hedges],
            "check_worthiness": round(self.check_worthiness, 3),
            "attributed": self.attributed,
            "confidence": round(self.confidence, 3),
        }
        d.update(self.extra)
        return d


@dataclass(slots=True)
class Document:
    """A normalised article with everything the pipeline learned about it."""

    raw: RawDocument
    uid: str  # stable store key: hash of (id, content hash)
    content_hash: str  # sha1 of the normalised text
    ingested_at: str  # ISO 8601 UTC
    cluster_id: str | None = None
    is_earliest: bool = True
    duplicate_of: str | None = None  # uid of the copy this one was matched to
    similarity: float | None = None
    signature: list[int] | None = None  # MinHash values, kept for the store's LSH index
    band_keys: list[int] | None = None  # LSH band keys of the signature
    processing_error: str | None = None  # set when an extractor failed on this document
    # which pipeline coded it: "en", "es", or "not_coded:<lang>" (watchfloor.nlp.routing)
    coding: str | None = None
    sentences: list[Span] = field(default_factory=list)
    sentence_scores: list[float] = field(default_factory=list)  # check-worthiness, per sentence
    # figures stated in sentences without an event (extract/quantities.py; events carry theirs)
    quantities: list[dict[str, Any]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.raw.text

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.raw.text[start:end])

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        return next((e for e in self.entities if e.id == entity_id), None)


def raw_to_dict(raw: RawDocument) -> dict[str, Any]:
    return asdict(raw)
