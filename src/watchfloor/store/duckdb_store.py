"""The embedded store: one DuckDB file holding documents, clusters, actors, events, claims.

Each batch is written in one transaction, so a crash or a kill mid-batch leaves the
file as it was before the batch; the next run finds those documents missing and
processes them again. The store also serves as the persistent LSH index for
deduplication (:meth:`DuckDBStore.lookup`).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from watchfloor.data import read_tsv
from watchfloor.dedup.clusters import IndexedDoc
from watchfloor.errors import StoreError
from watchfloor.model import Document, Quarantined
from watchfloor.resolve import store as resolve_store
from watchfloor.resolve.store import resolve_batch
from watchfloor.store.base import Filters

SCHEMA_VERSION = "1"
# DuckDB's buffer pool defaults to 80% of RAM; a bounded pool keeps a long ingest's memory
# flat (DuckDB spills to disk beyond it). Override with WATCHFLOOR_DUCKDB_MEMORY.
MEMORY_LIMIT = os.environ.get("WATCHFLOOR_DUCKDB_MEMORY", "512MB")
# Test hook: seconds to sleep just before COMMIT, so a test can kill the process mid-batch.
PAUSE_ENV = "WATCHFLOOR_TEST_PAUSE_BEFORE_COMMIT"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class DuckDBStore:
    """A :class:`~watchfloor.store.base.Store` over one DuckDB file (or ``:memory:``)."""

    def __init__(
        self,
        path: str | Path = "watchfloor.duckdb",
        read_only: bool = False,
        memory_limit: str | None = None,
    ) -> None:
        self.path = str(path)
        try:
            if read_only and self.path != ":memory:" and not Path(self.path).exists():
                raise StoreError(f"no store at {self.path}: run `watchfloor ingest` first")
            self.con = duckdb.connect(
                self.path,
                read_only=read_only,
                config={"memory_limit": memory_limit or MEMORY_LIMIT},
            )
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        if not read_only:
            self.con.execute(resources.files("watchfloor.store").joinpath("schema.sql").read_text())
            self.con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION]
            )

    # -- dedup index ------------------------------------------------------------------------
    def lookup(
        self, keys: Sequence[Sequence[int] | None], hashes: Sequence[str]
    ) -> list[list[IndexedDoc]]:
        out: list[list[IndexedDoc]] = [[] for _ in keys]
        if not keys:
            return out
        q_keys = pa.table(
            {
                "qi": pa.array([qi for qi, k in enumerate(keys) for _ in (k or ())], pa.int32()),
                "band": pa.array([b for k in keys for b in range(len(k or ()))], pa.int16()),
                "key": pa.array([v for k in keys for v in (k or ())], pa.int64()),
            }
        )
        q_hash = pa.table(
            {
                "qi": pa.array(range(len(hashes)), pa.int32()),
                "h": pa.array(list(hashes), pa.string()),
            }
        )
        self.con.register("q_keys", q_keys)
        self.con.register("q_hash", q_hash)
        try:
            found = self.con.execute(
                """
                WITH hits AS (
                    SELECT q.qi, b.uid FROM q_keys q JOIN lsh_bands b USING (band, key)
                    UNION
                    SELECT q.qi, d.uid FROM q_hash q JOIN documents d ON d.content_hash = q.h
                )
                SELECT h.qi, d.uid, d.cluster_id, d.content_hash, d.signature, d.published
                FROM hits h JOIN documents d USING (uid)
                """
            ).fetchall()
        finally:
            self.con.unregister("q_keys")
            self.con.unregister("q_hash")
        for qi, uid, cluster_id, chash, sig, published in found:
            arr = None if sig is None else np.asarray(sig, dtype=np.uint64)
            out[qi].append(IndexedDoc(uid, cluster_id, chash, arr, published))
        return out

    # -- writing --------------------------------------------------------------------------
    def existing(self, uids: Iterable[str]) -> set[str]:
        uids = list(uids)
        if not uids:
            return set()
        rows = self.con.execute(
            "SELECT uid FROM documents WHERE uid IN (SELECT unnest(?))", [uids]
        ).fetchall()
        return {r[0] for r in rows}

    def write_batch(
        self,
        docs: Sequence[Document],
        quarantined: Sequence[Quarantined] = (),
        index_only: bool = False,
    ) -> str:
        """Write documents and quarantined items in one transaction. RETURNS the batch id.

        With ``index_only`` only what deduplication needs is kept (identity, cluster,
        signature and band keys): ``watchfloor extract`` uses that on a scratch file.
        """
        batch_id = uuid.uuid4().hex[:12]
        started = _now()
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            known = self.existing(d.uid for d in docs)
            fresh = [d for d in docs if d.uid not in known]
            rows = _BatchRows()
            for doc in fresh:
                rows.add(doc, batch_id, index_only)
            self._flush(rows)
            if not index_only:
                resolve_batch(con, fresh)  # cross-document resolution (watchfloor.resolve)
            for item in quarantined:
                self._insert_quarantine(item)
            self._insert_notes(fresh)
            con.execute(
                "INSERT INTO batches VALUES (?, ?, ?, ?, ?)",
                [batch_id, started, _now(), len(fresh), len(quarantined)],
            )
            pause = float(os.environ.get(PAUSE_ENV) or 0)
            if pause:
                print(f"watchfloor: committing batch {batch_id}", file=sys.stderr, flush=True)
                time.sleep(pause)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return batch_id

    def _flush(self, rows: _BatchRows) -> None:
        """Insert the buffered rows table by table (Arrow, one statement per table)."""
        con = self.con
        if rows.documents:
            docs = pa.Table.from_pylist(rows.documents, schema=_DOC_SCHEMA)
            con.register("batch_documents", docs)
            con.execute(
                "INSERT INTO documents SELECT uid, id, nextval('ingest_seq'), title, text, "
                "published, published_precision, source, url, language, origin, format, "
                "content_hash, ingested_at, batch_id, cluster_id, duplicate_of, similarity, "
                "signature, coding, dateline FROM batch_documents"
            )
            con.unregister("batch_documents")
        for table, data in rows.row_tables():
            if data:
                con.register("batch_rows", pa.Table.from_pylist(data))
                con.execute(f"INSERT INTO {table} SELECT * FROM batch_rows")
                con.unregister("batch_rows")
        # entities and aliases rows are written by watchfloor.resolve (resolve_batch)

    def _insert_quarantine(self, item: Quarantined) -> None:
        now = _now()
        sha = item.sha256 or (hashlib.sha256(item.content).hexdigest() if item.content else None)
        self.con.execute(
            """INSERT INTO quarantine VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)
               ON CONFLICT (origin, code) DO UPDATE SET
                 reason = excluded.reason, size = excluded.size, sha256 = excluded.sha256,
                 content = excluded.content, last_seen = excluded.last_seen,
                 times_seen = quarantine.times_seen + 1""",
            [item.origin, item.code, item.reason, item.size, sha, item.content, now, now],
        )

    def _insert_notes(self, docs: Sequence[Document]) -> None:
        rows = [
            (d.uid, d.raw.origin, n.code, n.message, n.count) for d in docs for n in d.raw.notes
        ]
        if rows:
            self.con.executemany(
                "INSERT INTO notes VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows
            )

    def query_notes(self, limit: int = 100) -> list[dict[str, Any]]:
        """Stored documents with a repair note (invalid Unicode or bytes replaced)."""
        return self._dicts(
            "SELECT n.origin, d.id, n.code, n.message, n.count FROM notes n "
            "JOIN documents d USING (uid) ORDER BY d.seq LIMIT ?",
            [limit],
        )

    # -- reading ----------------------------------------------------------------------------
    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params))
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def stats(self) -> dict[str, Any]:
        one = lambda sql: self.con.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "clusters": one("SELECT count(*) FROM clusters"),
            "duplicate_documents": one(
                "SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"
            ),
            "entities": one("SELECT count(*) FROM entities"),
            "mentions": one("SELECT count(*) FROM mentions"),
            "events": one("SELECT count(*) FROM events"),
            "claims": one("SELECT count(*) FROM claims"),
            "quarantined": one("SELECT count(*) FROM quarantine"),
            "batches": one("SELECT count(*) FROM batches"),
            "first_published": one("SELECT min(published) FROM documents"),
            "last_published": one("SELECT max(published) FROM documents"),
            "undated_documents": one(
                "SELECT count(*) FROM documents WHERE published IS NULL OR published = ''"
            ),
            **self.coding_coverage(),
        }

    def coding_coverage(self) -> dict[str, Any]:
        """How much of the store carries actor codes, for how far to trust dyad tables.

        ``events_both_coded_share``: events with a source and a target code, over all
        events; ``asserted_events_both_coded_share``: the same over asserted events (not
        negated, hypothetical, alleged or future); ``actors_coded_share``: people and
        organisations with a code, over all of them (places are not counted);
        ``event_sides_code_resolved``: event sides whose code came through cross-document
        resolution (``event_code_origins``, watchfloor.resolve.codes), counted in the
        shares. Shares are None when there is nothing to count.
        """
        both = "coalesce(source_code, '') <> '' AND coalesce(target_code, '') <> ''"
        asserted = (
            "NOT (coalesce(negated, false) OR coalesce(hypothetical, false) OR "
            "coalesce(alleged, false) OR coalesce(future, false))"
        )
        ev = self.con.execute(
            f"""SELECT count(*), count(*) FILTER (WHERE {both}),
                       count(*) FILTER (WHERE {asserted}),
                       count(*) FILTER (WHERE {asserted} AND {both}) FROM events"""
        ).fetchone()
        ent = self.con.execute(
            """SELECT count(*), count(*) FILTER (WHERE coalesce(actor_code, '') <> '')
               FROM entities WHERE type IN ('person', 'organization')"""
        ).fetchone()

        def share(n: int, d: int) -> float | None:
            return round(n / d, 3) if d else None

        return {
            "events_both_coded": ev[1],
            "events_both_coded_share": share(ev[1], ev[0]),
            "asserted_events_both_coded_share": share(ev[3], ev[2]),
            "actors_coded": ent[1],
            "actors_coded_share": share(ent[1], ent[0]),
            "event_sides_code_resolved": self.con.execute(
                "SELECT count(*) FROM event_code_origins"
            ).fetchone()[0],
        }

    def query_entities(self, f: Filters) -> list[dict[str, Any]]:
        where, params = ["1=1"], []
        if f.actor:
            where.append(_actor_clause("e.entity_id", "e.actor_code", "e.name"))
            params += _actor_params(f.actor)
        if f.since or f.until:
            where.append(
                "e.entity_id IN (SELECT m.entity_id FROM mentions m JOIN documents d USING (uid)"
                " WHERE (? IS NULL OR d.published >= ?) AND (? IS NULL OR d.published < ?))"
            )
            params += [f.since, f.since, _until(f.until), _until(f.until)]
        sql = f"""
            SELECT e.entity_id AS id, e.name, e.type, e.kind, e.actor_code, e.country,
                   (SELECT count(*) FROM mentions m WHERE m.entity_id = e.entity_id) AS mentions,
                   (SELECT count(DISTINCT m.uid) FROM mentions m
                     WHERE m.entity_id = e.entity_id) AS documents,
                   (SELECT count(DISTINCT d.cluster_id) FROM mentions m JOIN documents d USING (uid)
                     WHERE m.entity_id = e.entity_id) AS stories,
                   (SELECT list(a.alias ORDER BY a.alias) FROM aliases a
                     WHERE a.entity_id = e.entity_id) AS aliases
            FROM entities e WHERE {" AND ".join(where)}
            ORDER BY mentions DESC, e.name LIMIT ? OFFSET ?"""
        return self._dicts(sql, params + [f.limit, f.offset])

    def query_events(self, f: Filters) -> list[dict[str, Any]]:
        # dates: the event's own resolved date (extract/event_time.py), else publication
        where, params = ["1=1"], []
        when = "coalesce(json_extract_string(ev.extra, '$.date.value'), d.published)"
        if f.since:
            where.append(f"{when} >= ?")
            params.append(f.since)
        if f.until:
            where.append(f"{when} < ?")
            params.append(_until(f.until))
        if f.actor:
            where.append(
                "("
                + _actor_clause("ev.source_entity", "ev.source_code", "se.name")
                + " OR "
                + _actor_clause("ev.target_entity", "ev.target_code", "te.name")
                + ")"
            )
            params += _actor_params(f.actor) + _actor_params(f.actor)
        if f.dyad:
            where.append(_actor_clause("ev.source_entity", "ev.source_code", "se.name"))
            params += _actor_params(f.dyad[0])
            where.append(_actor_clause("ev.target_entity", "ev.target_code", "te.name"))
            params += _actor_params(f.dyad[1])
        if f.code:
            where.append(f"ev.code LIKE ? {ESC}")
            params.append(like_escape(f.code) + "%")
        if f.quad_class:
            where.append("ev.quad_class = ?")
            params.append(f.quad_class)
        if f.modality:
            if f.modality == "asserted":
                where.append("NOT (ev.negated OR ev.hypothetical OR ev.alleged OR ev.future)")
            elif f.modality in {"negated", "hypothetical", "alleged", "future"}:
                where.append(f"ev.{f.modality}")
            else:
                raise ValueError(f"unknown modality {f.modality!r}")
        if f.place:
            where.append(
                "(EXISTS (SELECT 1 FROM mentions pm JOIN entities pe USING (entity_id)"
                " WHERE pm.uid = ev.uid AND pe.type = 'location'"
                " AND pm.start_char >= ev.sentence_start AND pm.end_char <= ev.sentence_end"
                f" AND (pe.entity_id = ? OR pe.name ILIKE ? {ESC} OR pe.country = upper(?)))"
                f" OR ({PLACE_EVIDENCE} AND ("
                f" json_extract_string(ev.extra, '$.place.name') ILIKE ? {ESC}"
                f" OR json_extract_string(ev.extra, '$.place.text') ILIKE ? {ESC}"
                " OR json_extract_string(ev.extra, '$.place.country') = upper(?))))"
            )
            part = f"%{like_escape(f.place)}%"
            params += [f.place, part, f.place] + [part] * 2 + [f.place]
        sql = f"""
            SELECT ev.event_id AS id, d.published, d.source AS outlet, d.id AS document,
                   d.cluster_id AS story, ev.code, ev.root, ev.quad_class, ev.goldstein,
                   se.name AS source, ev.source_code, te.name AS target, ev.target_code,
                   ev.trigger_text AS trigger, ev.negated, ev.hypothetical, ev.alleged,
                   ev.future, ev.attributed_to, ev.confidence, ev.sentence_text AS sentence,
                   ev.source_entity, ev.target_entity, ev.trigger_start, ev.trigger_end,
                   json_extract_string(ev.extra, '$.event_name') AS event_name,
                   json_extract_string(ev.extra, '$.date.value') AS event_date,
                   json_extract_string(ev.extra, '$.date.precision') AS event_date_precision,
                   json_extract_string(ev.extra, '$.place.name') AS place,
                   json_extract_string(ev.extra, '$.place.country') AS place_country,
                   json_extract(ev.extra, '$.quantities') AS quantities,
                   so.code_from AS source_code_from, tg.code_from AS target_code_from
            {EVENTS_JOINED}
            WHERE {" AND ".join(where)}
            ORDER BY d.published NULLS LAST, ev.event_id LIMIT ? OFFSET ?"""
        return self._dicts(sql, params + [f.limit, f.offset])

    def query_event_groups(self, f: Filters) -> list[dict[str, Any]]:
        """Events de-duplicated across reports (watchfloor.analyze.event_groups)."""
        from watchfloor.analyze.event_groups import group_events

        rows = self.query_events(Filters(**{**asdict(f), "limit": 1_000_000, "offset": 0}))
        return group_events(rows)[f.offset : f.offset + f.limit]

    def query_claims(self, f: Filters) -> list[dict[str, Any]]:
        where, params = _doc_filters(f)
        if f.speaker:
            where.append(
                f"(c.speaker_text ILIKE ? {ESC} OR c.speaker_entity ILIKE ? {ESC}"
                f" OR s.name ILIKE ? {ESC})"
            )
            params += [f"%{like_escape(f.speaker)}%"] * 3
        if f.actor:
            where.append(
                f"(c.content_text ILIKE ? {ESC} OR c.speaker_entity ILIKE ? {ESC}"
                f" OR s.name ILIKE ? {ESC})"
            )
            params += [f"%{like_escape(f.actor)}%"] * 3
        if f.hedged is not None:
            where.append("c.hedged = ?")
            params.append(f.hedged)
        if f.min_check_worthiness is not None:
            where.append("c.check_worthiness >= ?")
            params.append(f.min_check_worthiness)
        if f.unattributed is not None:
            where.append("c.attributed = ?")
            params.append(not f.unattributed)
        if f.hedge:
            where.append(
                "list_contains(list_transform(json_extract_string(c.hedges, "
                "'$[*].text'), lambda h: lower(h)), lower(?))"
            )
            params.append(f.hedge)
        sql = f"""
            SELECT c.claim_id AS id, d.published, d.source AS outlet, d.id AS document,
                   d.cluster_id AS story, c.speaker_text AS speaker, s.name AS speaker_entity,
                   c.speaker_kind, c.cue_text AS cue, c.content_text AS content,
                   c.hedges, c.hedged, c.check_worthiness, c.attributed,
                   (SELECT count(DISTINCT d2.cluster_id) FROM claims c2
                      JOIN documents d2 USING (uid)
                     WHERE c2.content_text = c.content_text) AS independent_sources
            FROM claims c JOIN documents d USING (uid)
            LEFT JOIN entities s ON s.entity_id = c.speaker_entity
            WHERE {" AND ".join(where)}
            ORDER BY c.check_worthiness DESC, c.claim_id LIMIT ? OFFSET ?"""
        rows = self._dicts(sql, params + [f.limit, f.offset])
        for r in rows:
            r["hedges"] = [h["text"] for h in json.loads(r["hedges"] or "[]")]
        return rows

    def entity_profile(self, key: str) -> dict[str, Any] | None:
        """One canonical entity by id, exact name or alias: codes, aliases, attributes,
        mentions per day and the documents that mention it. RETURNS None if unknown."""
        rows = self._dicts(
            f"""SELECT * FROM entities WHERE entity_id = ? OR name ILIKE ? {ESC}
               OR entity_id IN (SELECT entity_id FROM aliases WHERE alias ILIKE ? {ESC})
               OR entity_id IN (SELECT entity_id FROM entity_records WHERE local_id = ?)
               ORDER BY (entity_id = ?) DESC, (name ILIKE ? {ESC}) DESC,
                 (SELECT count(*) FROM entity_records r WHERE r.entity_id = entities.entity_id)
                 DESC, entity_id LIMIT 1""",
            [key, like_escape(key), like_escape(key), key, key, like_escape(key)],
        )
        if not rows:
            return None
        ent = rows[0]
        eid = ent["entity_id"]
        ent["attributes"] = json.loads(ent["attributes"] or "{}")
        ent.update(resolve_store.entity_resolution(self.con, eid))  # merges, conflicts
        ent["aliases"] = [
            r["alias"]
            for r in self._dicts(
                "SELECT alias FROM aliases WHERE entity_id = ? ORDER BY alias", [eid]
            )
        ]
        ent["mentions_by_day"] = self._dicts(
            """SELECT substr(d.published, 1, 10) AS day, count(*) AS mentions,
                      count(DISTINCT d.uid) AS documents
               FROM mentions m JOIN documents d USING (uid) WHERE m.entity_id = ?
               GROUP BY 1 ORDER BY 1 NULLS LAST""",
            [eid],
        )
        ent["documents"] = self._dicts(
            """SELECT d.id, d.title, d.published, d.source AS outlet, d.cluster_id AS story,
                      count(*) AS mentions
               FROM mentions m JOIN documents d USING (uid) WHERE m.entity_id = ?
               GROUP BY ALL ORDER BY d.published NULLS LAST, d.id""",
            [eid],
        )
        return ent

    # -- cross-document resolution (watchfloor.resolve) ---------------------------------------
    def entity_resolution(self, entity_id: str | None = None) -> dict[str, list[dict[str, Any]]]:
        """Merge evidence, alias conflicts and analysts' decisions (of one entity or all)."""
        return resolve_store.entity_resolution(self.con, entity_id)

    def decide(
        self,
        action: str,
        entity: str,
        other: str | None = None,
        alias: str | None = None,
        document: str | None = None,
        reason: str | None = None,
    ) -> dict[str, Any]:
        """Record and apply an analyst's ``merge`` or ``split``; RETURNS the decision."""
        decision, moved = resolve_store.add_decision(
            self.con, action, entity, other, alias, document, reason
        )
        return {**asdict(decision), "records_moved": moved}

    def rebuild_resolution(self) -> dict[str, int]:
        """Resolve every stored entity again from scratch, decisions re-applied."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            out = resolve_store.rebuild(self.con)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return out

    def query_quarantine(self, limit: int = 100) -> list[dict[str, Any]]:
        return self._dicts(
            "SELECT origin, code, reason, size, sha256, content IS NOT NULL AS content_kept,"
            " first_seen, last_seen, times_seen FROM quarantine ORDER BY last_seen DESC LIMIT ?",
            [limit],
        )

    def sql(self, query: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a read query (used by the report and the analysis modules)."""
        return self._dicts(query, params)

    def arrow(self, query: str, params: Sequence[Any] = ()) -> pa.Table:
        """Run a read query; RETURNS an Arrow table with the columns' own types (exports)."""
        return self.con.sql(query, params=list(params) or None).to_arrow_table()

    def relations(self) -> list[tuple[str, str]]:
        """RETURNS (name, 'BASE TABLE' | 'VIEW') for every table and view, by name."""
        return self.con.execute(
            "SELECT table_name, table_type FROM information_schema.tables"
            " WHERE table_schema = 'main' ORDER BY table_name"
        ).fetchall()

    def thread_handle(self) -> DuckDBStore:
        """A second handle on the same database with its own connection, for another thread.

        A DuckDB connection must not be used by two threads at once; the pipeline's
        writer thread writes through this handle while the main thread keeps reading
        (``existing``, ``lookup``) through the original. Close it when done."""
        other = object.__new__(DuckDBStore)
        other.path = self.path
        other.con = self.con.cursor()
        return other

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> DuckDBStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# An event's own place counts for place filters and the map when it rests on evidence in the
# text: trigger, argument, sentence (0.6-0.9) or the dateline (0.4); the document's main place
# (basis "document", 0.2) is a guess that stays in the data but does not place the event.
PLACE_MIN_CONFIDENCE = 0.4
# An event row with its document (``d``), its source and target entities (``se``, ``te``)
# and where each side's actor code came from (``so``, ``tg``): the FROM of the events
# list here and of one event in the dashboard (serve.queries.event).
EVENTS_JOINED = """FROM events ev JOIN documents d USING (uid)
            LEFT JOIN entities se ON se.entity_id = ev.source_entity
            LEFT JOIN entities te ON te.entity_id = ev.target_entity
            LEFT JOIN event_code_origins so ON so.event_id = ev.event_id
                 AND so.role = 'source'
            LEFT JOIN event_code_origins tg ON tg.event_id = ev.event_id
                 AND tg.role = 'target'"""

PLACE_EVIDENCE = (
    "coalesce(TRY_CAST(json_extract_string(ev.extra, '$.place.confidence') AS DOUBLE), 1.0)"
    f" >= {PLACE_MIN_CONFIDENCE}"
)


def _actor_clause(id_col: str, code_col: str, name_col: str) -> str:
    """An actor filter: entity id, actor code (see :func:`code_pattern`), name or alias."""
    return (
        f"({id_col} = ? OR regexp_full_match(coalesce({code_col}, ''), ?) OR {name_col} ILIKE ?"
        f" {ESC} OR {id_col} IN (SELECT entity_id FROM aliases WHERE alias ILIKE ? {ESC}))"
    )


def _actor_params(value: str) -> list[str]:
    return [value, code_pattern(value), f"%{like_escape(value)}%", like_escape(value)]


ESC = "ESCAPE '\\'"  # with like_escape: a user's % and _ are literal in LIKE patterns


def like_escape(value: str) -> str:
    """RETURNS ``value`` with LIKE's wildcards escaped (use with ``ESCAPE '\\'``)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_CODE = re.compile(r"(?:[A-Z]{3})+")


@lru_cache(maxsize=1)
def _role_codes() -> frozenset[str]:
    path = Path(str(resources.files("watchfloor.data.actors"))) / "role_codes.tsv"
    return frozenset(row["code"] for row in read_tsv(path))


def code_pattern(value: str) -> str:
    """The regular expression an actor code must fully match for a filter ``value``.

    Codes are built of three-letter blocks, country first (docs/actor-codes.md), so a
    filter is hierarchical as in CAMEO: ``VEN`` matches every Venezuelan actor (``VEN``,
    ``VENGOV``, ``VENMIL``...), ``USAGOV`` matches ``USAGOV`` and its refinements, and a
    role code alone (``CRM``, ``GOV``) matches that role in any country (``CRM``,
    ``VENCRM``, ``MEXCRM``). Anything else matches only the code spelled exactly.
    """
    code = value.strip().upper()
    if not _CODE.fullmatch(code):
        return re.escape(code) if code else r"[^\s\S]"
    if code in _role_codes():
        return f"(?:[A-Z]{{3}})*{code}(?:[A-Z]{{3}})*"
    return f"{code}(?:[A-Z]{{3}})*"


def _until(value: str | None) -> str | None:
    """An inclusive end date: '2026-09-30' covers that whole day."""
    return None if value is None else value + "\uffff"


def _doc_filters(f: Filters) -> tuple[list[str], list[Any]]:
    where, params = ["1=1"], []
    if f.since:
        where.append("d.published >= ?")
        params.append(f.since)
    if f.until:
        where.append("d.published < ?")
        params.append(_until(f.until))
    return where, params


_DOC_SCHEMA = pa.schema(
    [
        ("uid", pa.string()),
        ("id", pa.string()),
        ("title", pa.string()),
        ("text", pa.string()),
        ("published", pa.string()),
        ("published_precision", pa.string()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("language", pa.string()),
        ("origin", pa.string()),
        ("format", pa.string()),
        ("content_hash", pa.string()),
        ("ingested_at", pa.string()),
        ("batch_id", pa.string()),
        ("cluster_id", pa.string()),
        ("duplicate_of", pa.string()),
        ("similarity", pa.float64()),
        ("signature", pa.list_(pa.uint64())),
        ("coding", pa.string()),
        ("dateline", pa.string()),
    ]
)


class _BatchRows:
    """Rows of one batch, per table, in column order (flushed by ``DuckDBStore._flush``)."""

    def __init__(self) -> None:
        self.documents: list[dict[str, Any]] = []
        self.bands: list[dict[str, Any]] = []
        self.mentions: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.claims: list[dict[str, Any]] = []
        self.sentences: list[dict[str, Any]] = []
        self.quantities: list[dict[str, Any]] = []

    def row_tables(self) -> list[tuple[str, list[dict[str, Any]]]]:
        """``(table, rows)`` of every table but ``documents`` (written apart), in write order."""
        return [
            ("lsh_bands", self.bands),
            ("mentions", self.mentions),
            ("events", self.events),
            ("claims", self.claims),
            ("sentences", self.sentences),
            ("quantities", self.quantities),
        ]

    def add(self, doc: Document, batch_id: str, index_only: bool) -> None:
        raw = doc.raw
        self.documents.append(
            {
                "uid": doc.uid,
                "id": raw.id,
                "title": raw.title,
                "text": "" if index_only else raw.text,
                "published": raw.published,
                "published_precision": raw.published_precision,
                "source": raw.source,
                "url": raw.url,
                "language": raw.language,
                "origin": raw.origin,
                "format": raw.fmt,
                "content_hash": doc.content_hash,
                "ingested_at": doc.ingested_at,
                "batch_id": batch_id,
                "cluster_id": doc.cluster_id or doc.uid,
                "duplicate_of": doc.duplicate_of,
                "similarity": doc.similarity,
                "signature": doc.signature,
                "coding": doc.coding,
                "dateline": raw.dateline,
            }
        )
        self.bands.extend(
            {"band": band, "key": key, "uid": doc.uid}
            for band, key in enumerate(doc.band_keys or ())
        )
        if index_only:
            return
        scores = doc.sentence_scores or []
        self.sentences.extend(
            {
                "uid": doc.uid,
                "idx": i,
                "start_char": s.start,
                "end_char": s.end,
                "check_worthiness": scores[i] if i < len(scores) else None,
            }
            for i, s in enumerate(doc.sentences)
        )
        self.quantities.extend(
            {
                "uid": doc.uid,
                "idx": i,
                "kind": q["kind"],
                "value": float(q["value"]),
                "unit": q.get("unit"),
                "per": q.get("per"),
                "approximate": q.get("approximate"),
                "start_char": q["start"],
                "end_char": q["end"],
                "text": q["text"],
                "sentence_start": (q.get("sentence") or {}).get("start"),
                "sentence_end": (q.get("sentence") or {}).get("end"),
            }
            for i, q in enumerate(doc.quantities)
        )
        for ent in doc.entities:  # entities and aliases rows come from resolution
            for m in ent.mentions:
                self.mentions.append(
                    {
                        "uid": doc.uid,
                        "entity_id": ent.id,
                        "start_char": m.start,
                        "end_char": m.end,
                        "text": m.text,
                        "sentence": m.sentence,
                        "confidence": m.confidence,
                        "local_id": ent.id,
                    }
                )
        for n, ev in enumerate(doc.events):
            self.events.append(
                {
                    "event_id": f"{doc.uid}:e{n}",
                    "uid": doc.uid,
                    "code": ev.code,
                    "root": ev.root,
                    "quad_class": ev.quad_class,
                    "goldstein": ev.goldstein,
                    "source_entity": ev.source,
                    "target_entity": ev.target,
                    "source_code": ev.source_code,
                    "target_code": ev.target_code,
                    "trigger_start": ev.trigger.start,
                    "trigger_end": ev.trigger.end,
                    "trigger_text": ev.trigger.text,
                    "sentence_start": ev.sentence.start,
                    "sentence_end": ev.sentence.end,
                    "sentence_text": ev.sentence.text,
                    "negated": ev.negated,
                    "hypothetical": ev.hypothetical,
                    "alleged": ev.alleged,
                    "future": ev.future,
                    "attributed_to": ev.attributed_to,
                    "confidence": ev.confidence,
                    "extra": json.dumps(ev.extra, ensure_ascii=False),
                }
            )
        for n, cl in enumerate(doc.claims):
            sp, cue = cl.speaker, cl.cue
            self.claims.append(
                {
                    "claim_id": f"{doc.uid}:c{n}",
                    "uid": doc.uid,
                    "speaker_text": sp.text if sp else None,
                    "speaker_start": sp.start if sp else None,
                    "speaker_end": sp.end if sp else None,
                    "speaker_entity": cl.speaker_entity,
                    "speaker_kind": cl.speaker_kind,
                    "cue_text": cue.text if cue else None,
                    "cue_start": cue.start if cue else None,
                    "cue_end": cue.end if cue else None,
                    "content_text": cl.content.text,
                    "content_start": cl.content.start,
                    "content_end": cl.content.end,
                    "hedges": json.dumps([h.to_dict() for h in cl.hedges], ensure_ascii=False),
                    "hedged": bool(cl.hedges),
                    "check_worthiness": cl.check_worthiness,
                    "attributed": cl.attributed,
                    "confidence": cl.confidence,
                    "extra": json.dumps(cl.extra, ensure_ascii=False),
                }
            )
