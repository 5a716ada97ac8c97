"""The store interface: what the pipeline and the surfaces need from a database.

The embedded default is :class:`watchfloor.store.duckdb_store.DuckDBStore`; a PostgreSQL
store implements the same protocol. Extractors never see the store: the pipeline hands
it finished documents, one batch per transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from watchfloor.dedup.clusters import BandIndex
from watchfloor.model import Document, Quarantined


@dataclass(slots=True)
class Filters:
    """Filters shared by the entity, event and claim queries (all optional)."""

    actor: str | None = None  # entity id, name, alias or actor code (substring, any case)
    dyad: tuple[str, str] | None = None  # (source, target): names or codes
    code: str | None = None  # CAMEO code prefix, e.g. "19"
    quad_class: int | None = None
    modality: str | None = None  # negated | hypothetical | alleged | future | asserted
    since: str | None = None  # ISO date, on the document's publication date
    until: str | None = None
    speaker: str | None = None
    hedged: bool | None = None
    min_check_worthiness: float | None = None
    unattributed: bool | None = None
    hedge: str | None = None  # a hedge cue in the claim ("allegedly", "may")
    place: str | None = None  # a location named in the event's sentence (name, id, ISO3)
    limit: int = 100
    offset: int = 0


class Store(BandIndex, Protocol):
    def existing(self, uids: Iterable[str]) -> set[str]:
        """Return the uids already stored (re-ingest is a no-op for them)."""
        ...

    def write_batch(self, docs: Sequence[Document], quarantined: Sequence[Quarantined]) -> str:
        """Write a batch in one transaction. RETURNS the batch id."""
        ...

    def stats(self) -> dict[str, Any]: ...

    def query_entities(self, f: Filters) -> list[dict[str, Any]]: ...

    def query_events(self, f: Filters) -> list[dict[str, Any]]: ...

    def query_event_groups(self, f: Filters) -> list[dict[str, Any]]:
        """Events merged across reports, with mentions and independent-source counts."""
        ...

    def query_claims(self, f: Filters) -> list[dict[str, Any]]: ...

    def query_quarantine(self, limit: int = 100) -> list[dict[str, Any]]: ...

    # cross-document resolution (watchfloor.resolve, docs/resolution.md)
    def entity_profile(self, key: str) -> dict[str, Any] | None: ...

    def entity_resolution(self, entity_id: str | None = None) -> dict[str, list[dict[str, Any]]]:
        """Merge evidence, alias conflicts and analysts' decisions."""
        ...

    def decide(
        self,
        action: str,
        entity: str,
        other: str | None = None,
        alias: str | None = None,
        document: str | None = None,
        reason: str | None = None,
    ) -> dict[str, Any]:
        """Record and apply an analyst's merge or split (kept, re-applied on re-processing)."""
        ...

    def rebuild_resolution(self) -> dict[str, int]: ...

    def close(self) -> None: ...


def main_quad_sql(column: str) -> str:
    """SQL for the most frequent quad class of a group, ties to the more conflictual class.

    Both back ends give the same answer (``mode()`` breaks ties differently in DuckDB and
    PostgreSQL, so a dyad table depended on the store)."""
    counts = [f"count(*) FILTER (WHERE {column} = {q})" for q in (1, 2, 3, 4)]
    top = f"greatest({', '.join(counts)})"
    whens = " ".join(f"WHEN {counts[q - 1]} THEN {q}" for q in (4, 3, 2, 1))
    return (
        f"CASE WHEN count({column}) = 0 THEN NULL WHEN {top} = 0 THEN NULL "
        f"ELSE CASE {top} {whens} END END"
    )


# Everything a store holds of a run, except what a run stamps (batch ids, ingest time):
# two runs of the same input (one process, a cluster, a re-run) give equal answers.
# DuckDB SQL (bench/scale.py and tests/test_dask_runner.py compare runs with it).
RUN_CONTENT_QUERIES: dict[str, str] = {
    "documents": "SELECT * EXCLUDE (batch_id, ingested_at) FROM documents ORDER BY seq",
    "entities": "SELECT * FROM entities ORDER BY entity_id",
    "aliases": "SELECT * FROM aliases ORDER BY ALL",
    "mentions": "SELECT * FROM mentions ORDER BY ALL",
    "events": "SELECT * FROM events ORDER BY event_id",
    "claims": "SELECT * FROM claims ORDER BY claim_id",
    "sentences": "SELECT * FROM sentences ORDER BY ALL",
    "quantities": "SELECT * FROM quantities ORDER BY ALL",
    "entity_records": "SELECT * FROM entity_records ORDER BY ALL",
    "entity_merges": "SELECT * FROM entity_merges ORDER BY ALL",
    "quarantine": "SELECT origin, code, reason FROM quarantine ORDER BY ALL",
}
