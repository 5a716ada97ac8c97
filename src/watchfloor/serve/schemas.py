"""Surfaces › serve: the API's response shapes (pydantic), which make its OpenAPI spec.

Ids are the store's stable keys: a document's ``uid`` (sha1 of input id and content hash),
``entity_id`` (from canonical name and type), ``event_id``/``claim_id`` (``uid:eN``/``uid:cN``)
and the story ``cluster_id``. Every span is ``{start, end, text}`` in characters into the
document's text, as in the extract contract.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    limit: int
    offset: int
    next_offset: int | None = Field(description="offset of the next page; null on the last")


class Span(BaseModel):
    start: int
    end: int
    text: str


class Health(BaseModel):
    status: str
    store: str
    stats: dict[str, Any]
    features: dict[str, bool] = Field(description="optional analyses present in this build")
    last_commit: str | None = Field(
        None,
        description="when the store's last batch committed (UTC, ISO 8601); poll it "
        "to know when new documents are in",
    )
    live: dict[str, Any] | None = Field(
        None,
        description="serve --watch: the background ingest loop (sources, cycles, "
        "back-off, last error); null when not live",
    )


class DocumentSummary(BaseModel):
    uid: str
    id: str
    title: str | None
    published: str | None
    published_precision: str | None
    outlet: str | None
    url: str | None
    language: str | None
    coding: str | None = None  # "en" | "es" | "not_coded:<lang>" (nlp/routing.py)
    dateline: str | None = None  # the wire dateline the record sent apart from its text
    format: str | None
    story: str
    duplicate_of: str | None
    is_earliest: bool
    ingested_at: str


class DocumentRow(DocumentSummary):
    chars: int
    events: int
    claims: int


class MentionSpan(BaseModel):
    start: int
    end: int
    text: str
    entity_id: str
    name: str
    type: str
    kind: str | None
    actor_code: str | None


class EventSpan(BaseModel):
    id: str
    code: str
    root: str
    quad_class: int
    goldstein: float
    event_name: str | None
    source_entity: str | None
    source: str | None
    source_code: str | None
    target_entity: str | None
    target: str | None
    target_code: str | None
    negated: bool | None
    hypothetical: bool | None
    alleged: bool | None
    future: bool | None
    confidence: float | None
    trigger: Span | None
    sentence: Span | None


class ClaimSpan(BaseModel):
    id: str
    speaker: Span | None
    speaker_entity: str | None
    speaker_name: str | None
    speaker_kind: str | None
    cue: Span | None
    content: Span | None
    hedges: list[Span]
    hedged: bool | None
    check_worthiness: float | None
    attributed: bool | None
    confidence: float | None


class DocumentFull(DocumentSummary):
    text: str
    mentions: list[MentionSpan]
    events: list[EventSpan]
    claims: list[ClaimSpan]


class SearchHit(DocumentSummary):
    score: int
    snippet: dict[str, Any] | None


class EntityRow(BaseModel):
    id: str
    name: str
    type: str
    kind: str | None
    actor_code: str | None
    country: str | None
    mentions: int
    documents: int
    stories: int
    aliases: list[str] | None


class Counterpart(BaseModel):
    entity_id: str
    name: str
    kind: str | None
    actor_code: str | None
    role: str = Field(description="'source' when the profiled entity acted, else 'target'")
    events: int
    goldstein_sum: float | None
    main_quad: int | None


class EntityProfile(BaseModel):
    entity_id: str
    name: str
    type: str
    kind: str | None
    actor_code: str | None
    country: str | None
    attributes: dict[str, Any]
    designations: list[dict[str, Any]]
    aliases: list[str]
    mentions_by_day: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    counterparts: list[Counterpart]


class EventRow(BaseModel):
    id: str
    document_uid: str
    document: str
    published: str | None
    outlet: str | None
    story: str
    code: str
    root: str
    quad_class: int
    goldstein: float
    event_name: str | None
    source: str | None
    source_entity: str | None
    source_code: str | None
    target: str | None
    target_entity: str | None
    target_code: str | None
    trigger: str | None
    trigger_start: int | None
    trigger_end: int | None
    sentence: str | None
    negated: bool | None
    hypothetical: bool | None
    alleged: bool | None
    future: bool | None
    attributed_to: str | None
    confidence: float | None
    event_date: str | None = Field(None, description="the event's own date, when resolved")
    event_date_precision: str | None = None
    place: str | None = Field(None, description="the event's own place, when resolved")
    place_country: str | None = None
    source_code_from: str | None = Field(
        None,
        description="'resolved' when the source code came through cross-document "
        "resolution (docs/resolution.md), not from the extractor",
    )
    target_code_from: str | None = Field(
        None, description="'resolved' when the target code came through cross-document resolution"
    )


class EventDetail(EventRow):
    sentence_start: int | None
    sentence_end: int | None
    plover_event: str | None
    plover_mode: str | None


class ClaimRow(BaseModel):
    id: str
    document_uid: str
    document: str
    published: str | None
    outlet: str | None
    story: str
    speaker: str | None
    speaker_entity: str | None
    speaker_kind: str | None
    cue: str | None
    content: str
    hedges: list[str]
    hedged: bool | None
    check_worthiness: float | None
    attributed: bool | None
    independent_sources: int


class Corroboration(BaseModel):
    id: str
    document_uid: str
    document: str
    outlet: str | None
    published: str | None
    story: str


class ContradictionSide(BaseModel):
    model_config = ConfigDict(extra="allow")
    figure: str
    value: float
    claim: str
    content: str
    speaker: str | None
    outlet: str | None
    story: str


class Contradiction(BaseModel):
    model_config = ConfigDict(extra="allow")
    quantity: str
    similarity: float
    sides: list[ContradictionSide]


class ClaimCluster(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str = Field(description="the smallest claim id of the cluster")
    claim: str = Field(description="its most check-worthy wording")
    stories: int = Field(description="independent sources: distinct story clusters")
    outlets: int
    articles: int
    speakers: list[str]
    check_worthiness: float
    claim_ids: list[str]
    contradictions: list[Contradiction]


class ClaimDetail(BaseModel):
    id: str
    document_uid: str
    document: str
    published: str | None
    outlet: str | None
    story: str
    speaker: str | None
    speaker_entity: str | None
    speaker_name: str | None
    speaker_kind: str | None
    cue: str | None
    content: str
    content_start: int | None
    content_end: int | None
    hedges: list[str]
    hedged: bool | None
    check_worthiness: float | None
    attributed: bool | None
    confidence: float | None
    independent_sources: int = Field(description="distinct story clusters carrying the claim")
    corroboration: list[Corroboration]
    paraphrases: ClaimCluster | None = Field(
        None, description="the claim's cross-document cluster (same claim in other words)"
    )


class ClusterRow(BaseModel):
    id: str
    n_documents: int
    n_outlets: int
    first_published: str | None
    earliest_uid: str
    earliest_id: str
    title: str | None


class ClusterDetail(BaseModel):
    id: str
    n_documents: int
    n_outlets: int
    first_published: str | None
    earliest_uid: str
    documents: list[DocumentSummary]


class Node(BaseModel):
    id: str
    name: str
    type: str
    kind: str | None
    actor_code: str | None
    documents: int
    mentions: int


class Edge(BaseModel):
    source: str
    target: str
    quad_class: int
    events: int
    goldstein_sum: float
    stories: int


class Network(BaseModel):
    nodes: list[Node]
    edges: list[Edge]


class DayCount(BaseModel):
    day: str
    q1: int
    q2: int
    q3: int
    q4: int
    goldstein: float


class DyadPoint(BaseModel):
    day: str
    events: int
    goldstein: float


class DyadSeries(BaseModel):
    source: str
    source_name: str
    target: str
    target_name: str
    events: int
    points: list[DyadPoint]


class Timeline(BaseModel):
    days: list[DayCount]
    undated_events: int
    dyads: list[DyadSeries]


class Place(BaseModel):
    entity_id: str
    name: str
    kind: str | None
    lat: float | None
    lon: float | None
    iso_numeric: str | None
    precision: str
    events: int
    by_quad: dict[str, int]


class Places(BaseModel):
    places: list[Place]
    unplaced: list[str] = Field(description="locations named near events but not geocoded")


class AlertEvent(BaseModel):
    model_config = ConfigDict(extra="allow")
    event_id: str
    document_uid: str
    document: str
    outlet: str | None
    published: str | None
    trigger: str | None
    code: str
    quad_class: int
    goldstein: float
    source: str | None
    target: str | None


class Alert(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    kind: str = Field(description="dyad | actor")
    key: str
    label: str
    day: str
    triggers: list[str]
    direction: str
    count: int
    stories: int
    severity: float
    goldstein_sum: float
    material_conflict_share: float
    events: list[AlertEvent]
    sources: list[str]


class SeriesKey(BaseModel):
    kind: str = Field(description="dyad | actor")
    key: str = Field(description="SRC>TGT for a dyad, else the actor's code or entity id")
    label: str
    events: int = Field(description="independent events (story clusters x code x dyad)")
    first_day: str
    last_day: str


class SeriesDay(BaseModel):
    day: str
    count: int
    stories: int
    goldstein_sum: float
    material_conflict_share: float
    baseline_days: int
    baseline_count_median: float
    count_z: float
    baseline_goldstein_median: float
    goldstein_z: float
    baseline_material_conflict_share: float
    triggers: list[str]
    severity: float
    alert: bool


class Series(BaseModel):
    kind: str
    key: str
    label: str
    parameters: dict[str, Any] = Field(description="the escalation parameters in force")
    days: list[SeriesDay]


class Report(BaseModel):
    format: str
    since: str | None
    until: str | None
    text: str


class Problem(BaseModel):
    detail: str
