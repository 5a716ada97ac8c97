"""Resolution inside the DuckDB store: run after each batch is written, in its transaction.

Part of :mod:`watchfloor.resolve`; called by ``DuckDBStore.write_batch`` and by the
``watchfloor entities`` commands. Steps for a batch: turn each document-level entity into
a :class:`~.records.Record`, let the :class:`~.resolver.Resolver` assign it (candidates
come from the ``resolve_keys`` and ``entity_records`` tables), apply the analysts'
decisions (:mod:`.decisions`), store records, keys, merge evidence and alias conflicts,
point the batch's mentions, events and claims at the final entities, recompute the
rows of ``entities`` and ``aliases`` those entities hold, and carry the entities' codes to
their uncoded records and event sides (:mod:`.codes`).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import duckdb
import pyarrow as pa

from watchfloor.errors import WatchfloorError
from watchfloor.model import Document
from watchfloor.resolve.codes import propagate as propagate_codes
from watchfloor.resolve.decisions import Decision, final_id
from watchfloor.resolve.names import norm
from watchfloor.resolve.params import params
from watchfloor.resolve.records import Record, order, records_from_document
from watchfloor.resolve.resolver import AutoEntity, Outcome, Resolver


class StoreSource:
    """The resolver's view of the automatic entities already in the store."""

    def __init__(self, con: duckdb.DuckDBPyConnection, empty: bool = False) -> None:
        self.con = con
        self.empty = empty
        self._covered: set[str] = set()  # local ids whose taken variants are in ``_taken``
        self._taken: set[str] = set()

    def prefetch_ids(self, local_ids: Iterable[str]) -> None:
        """Load, in one query, which ids derived from ``local_ids`` (``X``, ``X~2`` ...)
        the store already holds, so :meth:`id_taken` needs no query for them."""
        todo = sorted(set(local_ids) - self._covered)
        if self.empty or not todo:
            return
        rows = self.con.execute(
            "SELECT auto_id AS i FROM entity_records"
            " WHERE split_part(auto_id, '~', 1) IN (SELECT unnest(?::VARCHAR[]))"
            " UNION SELECT entity_id FROM entity_records"
            " WHERE split_part(entity_id, '~', 1) IN (SELECT unnest(?::VARCHAR[]))",
            [todo, todo],
        ).fetchall()
        self._taken.update(r[0] for r in rows)
        self._covered.update(todo)

    def entities_for(self, keys: set[str]) -> list[tuple[AutoEntity, set[str]]]:
        if self.empty or not keys:
            return []
        rows = self.con.execute(
            """WITH ids AS (SELECT DISTINCT entity_id FROM resolve_keys
                            WHERE key IN (SELECT unnest(?::VARCHAR[]))),
                    k AS (SELECT entity_id, list(key) AS ks FROM resolve_keys
                          WHERE entity_id IN (SELECT entity_id FROM ids) GROUP BY 1)
               SELECT r.auto_id, any_value(r.type), list(r.name), list(r.kind),
                      list(r.country), list(r.actor_code), flatten(list(r.aliases)),
                      count(*), any_value(k.ks)
               FROM entity_records r JOIN k ON r.auto_id = k.entity_id
               GROUP BY r.auto_id ORDER BY r.auto_id""",
            [sorted(keys)],
        ).fetchall()
        out = []
        for eid, etype, nm, kinds, countries, codes, aliases, n, ks in rows:
            ent = AutoEntity(eid, etype, stored=True, n_records=n)
            ent.names.update(nm)
            ent.kinds = {k for k in kinds if k}
            ent.countries = {c for c in countries if c}
            ent.codes = {c for c in codes if c}
            ent.aliases = {norm(a) for a in aliases}
            out.append((ent, set(ks)))
        return out

    def context_of(self, entity_id: str) -> Counter[str]:
        if self.empty:
            return Counter()
        rows = self.con.execute(
            "SELECT k, count(*) FROM (SELECT unnest(context) AS k FROM entity_records"
            " WHERE auto_id = ?) GROUP BY k",
            [entity_id],
        ).fetchall()
        return Counter(dict(rows))

    def contexts_of(
        self, entity_ids: list[str], keys: list[str] | None = None
    ) -> dict[str, Counter[str]]:
        if self.empty or not entity_ids:
            return {}
        only = " WHERE k IN (SELECT unnest(?::VARCHAR[]))" if keys is not None else ""
        # one row per entity (its keys and counts as two lists): a batch of long articles
        # asks for some hundred thousand (entity, key) pairs, too many to build one by one
        rows = self.con.execute(
            "SELECT auto_id, list(k), list(n) FROM (SELECT auto_id, k, count(*) AS n FROM"
            " (SELECT auto_id, unnest(context) AS k FROM entity_records"
            "  WHERE auto_id IN (SELECT unnest(?::VARCHAR[])))" + only + " GROUP BY 1, 2)"
            " GROUP BY 1",
            [sorted(entity_ids)] + ([sorted(keys)] if keys is not None else []),
        ).fetchall()
        return {eid: Counter(dict(zip(ks, ns, strict=True))) for eid, ks, ns in rows}

    def id_taken(self, entity_id: str) -> bool:
        if self.empty:
            return False
        if entity_id.split("~", 1)[0] in self._covered:
            return entity_id in self._taken
        return bool(
            self.con.execute(
                "SELECT count(*) FROM entity_records WHERE auto_id = ? OR entity_id = ?",
                [entity_id, entity_id],
            ).fetchone()[0]
        )


# -- the batch step -----------------------------------------------------------------------------
def resolve_batch(con: duckdb.DuckDBPyConnection, docs: Sequence[Document]) -> int:
    """Resolve the entities of freshly written documents (inside the caller's
    transaction). RETURNS the number of records resolved."""
    if not docs:
        return 0
    uids = [d.uid for d in docs]
    seqs = dict(
        con.execute(
            "SELECT uid, seq FROM documents WHERE uid IN (SELECT unnest(?::VARCHAR[]))", [uids]
        ).fetchall()
    )
    records: list[Record] = []
    for doc in sorted(docs, key=lambda d: seqs[d.uid]):
        records.extend(records_from_document(doc, seqs[doc.uid]))
    _store_refs(con, uids)
    if not records:
        return 0
    source = StoreSource(con)
    source.prefetch_ids(r.local_id for r in records)
    resolver = Resolver(source)
    resolver.prefetch(records)
    outcomes = [resolver.resolve(r) for r in records]
    decisions = load_decisions(con)
    finals = [final_id(o.auto_id, o.record.name, o.record.doc_id, decisions) for o in outcomes]
    _write(con, outcomes, finals)
    rewrite_facts(con, uids)
    refresh_entities(con, set(finals))
    propagate_codes(con, set(finals))  # codes through resolution (watchfloor.resolve.codes)
    return len(records)


def _store_refs(con: duckdb.DuckDBPyConnection, uids: list[str]) -> None:
    """Remember which document-level entity each event and claim names."""
    for table, id_col, role, col in (
        ("events", "event_id", "source", "source_entity"),
        ("events", "event_id", "target", "target_entity"),
        ("claims", "claim_id", "speaker", "speaker_entity"),
    ):
        con.execute(
            f"INSERT INTO entity_refs SELECT uid, {id_col}, '{role}', {col} FROM {table}"
            f" WHERE {col} IS NOT NULL AND uid IN (SELECT unnest(?::VARCHAR[]))",
            [uids],
        )


def _write(
    con: duckdb.DuckDBPyConnection, outcomes: Sequence[Outcome], finals: Sequence[str]
) -> None:
    recs, keys, merges, conflicts = [], set(), [], []
    for o, fin in zip(outcomes, finals, strict=True):
        r = o.record
        recs.append(
            {
                "uid": r.uid,
                "seq": r.seq,
                "doc_id": r.doc_id,
                "local_id": r.local_id,
                "name": r.name,
                "type": r.type,
                "kind": r.kind,
                "actor_code": r.actor_code,
                "country": r.country,
                "aliases": r.aliases,
                "context": r.context,
                "n_mentions": r.n_mentions,
                "attributes": json.dumps(r.attributes, ensure_ascii=False, sort_keys=True),
                "auto_id": o.auto_id,
                "entity_id": fin,
            }
        )
        keys.update((k, o.auto_id) for k in o.new_keys)
        if o.merge:
            m = o.merge
            merges.append(
                {
                    "merge_id": merge_id(r.uid, r.local_id),
                    "entity_id": m["entity_id"],
                    "uid": r.uid,
                    "local_id": r.local_id,
                    "name": r.name,
                    "alias": m["alias"],
                    "match": m["match"],
                    "score": m["score"],
                    "features": json.dumps(m["features"], ensure_ascii=False, sort_keys=True),
                }
            )
        for c in o.conflicts:
            conflicts.append(
                {
                    "uid": r.uid,
                    "local_id": r.local_id,
                    "alias": c["alias"],
                    "entity_id": c["entity_id"],
                    "other_id": o.auto_id,
                    "reason": c["reason"],
                    "features": json.dumps(c["features"], ensure_ascii=False, sort_keys=True),
                }
            )
    _insert(con, "entity_records", recs, _RECORD_SCHEMA)
    _insert(con, "resolve_keys", [{"key": k, "entity_id": e} for k, e in sorted(keys)], ignore=True)
    _insert(con, "entity_merges", merges)
    _insert(con, "alias_conflicts", conflicts)


def merge_id(uid: str, local_id: str) -> str:
    return "m" + hashlib.sha1(f"{uid}\x1f{local_id}".encode()).hexdigest()[:12]


def _insert(
    con: duckdb.DuckDBPyConnection,
    table: str,
    rows: list[dict[str, Any]],
    schema: pa.Schema | None = None,
    ignore: bool = False,
) -> None:
    if not rows:
        return
    con.register("resolve_rows", pa.Table.from_pylist(rows, schema=schema))
    try:
        verb = "INSERT OR IGNORE" if ignore else "INSERT"
        con.execute(f"{verb} INTO {table} SELECT * FROM resolve_rows")
    finally:
        con.unregister("resolve_rows")


# -- facts and entity rows ----------------------------------------------------------------------
def rewrite_facts(con: duckdb.DuckDBPyConnection, uids: Iterable[str] | None = None) -> None:
    """Point mentions, events and claims at the final entity of their record."""
    scope, params_ = "", []
    if uids is not None:
        scope, params_ = " AND r.uid IN (SELECT unnest(?::VARCHAR[]))", [list(uids)]
    con.execute(
        "UPDATE mentions SET entity_id = r.entity_id FROM entity_records r"
        " WHERE mentions.uid = r.uid AND mentions.local_id = r.local_id"
        " AND mentions.entity_id <> r.entity_id" + scope,
        params_,
    )
    for table, id_col, role, col in (
        ("events", "event_id", "source", "source_entity"),
        ("events", "event_id", "target", "target_entity"),
        ("claims", "claim_id", "speaker", "speaker_entity"),
    ):
        con.execute(
            f"UPDATE {table} SET {col} = x.entity_id FROM (SELECT f.ref_id, r.entity_id"
            " FROM entity_refs f JOIN entity_records r ON r.uid = f.uid"
            f" AND r.local_id = f.local_id WHERE f.role = '{role}'{scope}) x"
            f" WHERE {table}.{id_col} = x.ref_id AND {table}.{col} <> x.entity_id",
            params_,
        )


def refresh_entities(con: duckdb.DuckDBPyConnection, ids: set[str] | None = None) -> None:
    """Recompute the ``entities`` and ``aliases`` rows of final entities from their
    records (all of them when ``ids`` is None); entities left without records go.

    The counting is done by DuckDB (one grouped query per field), so the cost per batch
    grows with the number of distinct values an entity has, not with its record count:
    an actor named in every article does not slow every later batch down.
    """
    if ids is not None and not ids:
        return
    where, params_ = "", []
    if ids is not None:
        where, params_ = " WHERE entity_id IN (SELECT unnest(?::VARCHAR[]))", [sorted(ids)]
    tallies: dict[str, dict[str, Counter]] = {}
    for field in ("name", "type", "kind", "actor_code", "country"):
        truthy = (
            f"coalesce({field}, '') <> ''" if field in {"kind", "actor_code", "country"} else "TRUE"
        )
        rows = con.execute(
            f"SELECT entity_id, list(v), list(n) FROM (SELECT entity_id, {field} AS v,"
            f" count(*) AS n FROM entity_records{where or ' WHERE TRUE'} AND {truthy}"
            " GROUP BY 1, 2) GROUP BY 1",
            params_,
        ).fetchall()
        for eid, values, counts in rows:
            tallies.setdefault(eid, {})[field] = Counter(dict(zip(values, counts, strict=True)))
    # the attributes: the first record (by seq, local_id) carrying designations, else the
    # first record with any attributes; plus the record count and the local ids
    first = con.execute(
        "SELECT entity_id, count(*),"
        " list_sort(list_distinct(list(local_id))),"
        " arg_min(attributes, (seq, local_id))"
        "   FILTER (WHERE coalesce(attributes::VARCHAR, '{}') NOT IN ('{}', 'null')),"
        " arg_min(attributes, (seq, local_id)) FILTER (WHERE coalesce(json_array_length("
        "   json_extract(attributes, '$.designations')), 0) > 0)"
        f" FROM entity_records{where} GROUP BY 1",
        params_,
    ).fetchall()
    con.execute(f"DELETE FROM aliases{where}", params_)
    con.execute(f"DELETE FROM entities{where}", params_)
    ents = [
        _entity_row(eid, tallies.get(eid, {}), n, local_ids, plain, designated)
        for eid, n, local_ids, plain, designated in sorted(first)
    ]
    _insert(con, "entities", ents, _ENTITY_SCHEMA)
    con.execute(
        "INSERT INTO aliases SELECT DISTINCT entity_id, alias FROM ("
        " SELECT entity_id, name AS alias FROM entity_records"
        + where
        + " UNION ALL SELECT entity_id, unnest(aliases) FROM entity_records"
        + where
        + ") ORDER BY 1, 2",
        params_ + params_,
    )


def _entity_row(
    eid: str,
    tally: dict[str, Counter],
    n_records: int,
    local_ids: list[str],
    plain: str | None,
    designated: str | None,
) -> dict[str, Any]:
    generic = params().generic_kinds
    names_ = tally.get("name", Counter())
    etype = _most(tally.get("type", Counter()))
    multi = etype == "person"
    name = max(sorted(names_), key=lambda n: (multi and len(n.split()) > 1, names_[n], len(n)))
    kinds = tally.get("kind", Counter())
    specific = Counter({k: v for k, v in kinds.items() if k not in generic})
    attrs: dict[str, Any] = json.loads(designated or plain or "{}")
    attrs["records"] = n_records
    attrs["local_ids"] = local_ids
    return {
        "entity_id": eid,
        "name": name,
        "type": etype,
        "kind": _most(specific) or _most(kinds),
        "actor_code": _most(tally.get("actor_code", Counter())),
        "country": _most(tally.get("country", Counter())),
        "attributes": json.dumps(attrs, ensure_ascii=False, sort_keys=True),
    }


def _most(c: Counter) -> Any:
    if not c:
        return None
    return max(sorted(c), key=lambda k: c[k])


_RECORD_SCHEMA = pa.schema(
    [
        ("uid", pa.string()),
        ("seq", pa.int64()),
        ("doc_id", pa.string()),
        ("local_id", pa.string()),
        ("name", pa.string()),
        ("type", pa.string()),
        ("kind", pa.string()),
        ("actor_code", pa.string()),
        ("country", pa.string()),
        ("aliases", pa.list_(pa.string())),
        ("context", pa.list_(pa.string())),
        ("n_mentions", pa.int32()),
        ("attributes", pa.string()),
        ("auto_id", pa.string()),
        ("entity_id", pa.string()),
    ]
)
_ENTITY_SCHEMA = pa.schema(
    [
        ("entity_id", pa.string()),
        ("name", pa.string()),
        ("type", pa.string()),
        ("kind", pa.string()),
        ("actor_code", pa.string()),
        ("country", pa.string()),
        ("attributes", pa.string()),
    ]
)


# -- decisions and rebuilds ---------------------------------------------------------------------
def load_decisions(con: duckdb.DuckDBPyConnection) -> list[Decision]:
    rows = con.execute(
        "SELECT decision_id, action, entity_id, other_id, alias, document, reason, created_at"
        " FROM entity_decisions ORDER BY decision_id"
    ).fetchall()
    return [Decision(*row) for row in rows]


def apply_decisions(con: duckdb.DuckDBPyConnection) -> int:
    """Recompute every record's final entity from its automatic one and the decisions;
    update what changed. RETURNS the number of records that moved."""
    decisions = load_decisions(con)
    rows = con.execute(
        "SELECT uid, local_id, name, doc_id, auto_id, entity_id FROM entity_records"
    ).fetchall()
    moved, touched = [], set()
    for uid, local_id, name, doc_id, auto_id, current in rows:
        new = final_id(auto_id, name, doc_id, decisions)
        if new != current:
            moved.append({"uid": uid, "local_id": local_id, "entity_id": new})
            touched |= {current, new}
    if moved:
        con.register("moved", pa.Table.from_pylist(moved))
        try:
            con.execute(
                "UPDATE entity_records SET entity_id = m.entity_id FROM moved m"
                " WHERE entity_records.uid = m.uid AND entity_records.local_id = m.local_id"
            )
        finally:
            con.unregister("moved")
        rewrite_facts(con, sorted({m["uid"] for m in moved}))
        refresh_entities(con, touched)
        propagate_codes(con, touched)
    return len(moved)


def rebuild(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Resolve every stored record again from scratch, in document order, then apply the
    decisions: what re-processing gives. RETURNS counts of records, entities, merges."""
    rows = con.execute(
        "SELECT uid, seq, doc_id, local_id, name, type, kind, actor_code, country, aliases,"
        " context, n_mentions, attributes FROM entity_records ORDER BY seq"
    ).fetchall()
    by_doc: dict[str, list[Record]] = {}
    for row in rows:
        r = Record(*row[:12], attributes=json.loads(row[12] or "{}"))
        r.aliases, r.context = list(r.aliases or []), list(r.context or [])
        by_doc.setdefault(r.uid, []).append(r)
    records = [r for recs in by_doc.values() for r in order(recs)]
    resolver = Resolver(StoreSource(con, empty=True))
    outcomes = [resolver.resolve(r) for r in records]
    decisions = load_decisions(con)
    finals = [final_id(o.auto_id, o.record.name, o.record.doc_id, decisions) for o in outcomes]
    for table in ("entity_records", "resolve_keys", "entity_merges", "alias_conflicts"):
        con.execute(f"DELETE FROM {table}")
    _write(con, outcomes, finals)
    rewrite_facts(con)
    con.execute("DELETE FROM aliases")
    con.execute("DELETE FROM entities")
    refresh_entities(con)
    propagate_codes(con)
    return {
        "records": len(records),
        "entities": len(set(finals)),
        "merges": sum(1 for o in outcomes if o.merge),
    }


# -- analyst commands ---------------------------------------------------------------------------
def _like_literal(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def find_entity(con: duckdb.DuckDBPyConnection, key: str) -> str:
    """The final entity id for an id, a name or an alias; an error when none or several."""
    for sql in (
        "SELECT entity_id FROM entities WHERE entity_id = ?",
        "SELECT DISTINCT entity_id FROM entity_records WHERE local_id = ? OR auto_id = ?",
        "SELECT entity_id FROM entities WHERE name ILIKE ? ESCAPE '\\'",
        "SELECT DISTINCT entity_id FROM aliases WHERE alias ILIKE ? ESCAPE '\\'",
    ):
        n = sql.count("?")
        value = _like_literal(key) if "ILIKE" in sql else key  # % and _ are no wildcards
        found = sorted(r[0] for r in con.execute(sql, [value] * n).fetchall())
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise WatchfloorError(
                f"{key!r} names {len(found)} entities ({', '.join(found[:8])}): use an id"
            )
    raise WatchfloorError(f"no entity matches {key!r}")


def add_decision(
    con: duckdb.DuckDBPyConnection,
    action: str,
    entity: str,
    other: str | None = None,
    alias: str | None = None,
    document: str | None = None,
    reason: str | None = None,
) -> tuple[Decision, int]:
    """Record an analyst's merge or split and apply it (one transaction).
    RETURNS the decision and the number of document-level records that moved."""
    eid = find_entity(con, entity)
    other_id = None
    if action == "merge":
        if other is None:
            raise WatchfloorError("merge needs two entities")
        other_id = find_entity(con, other)
        if other_id == eid:
            raise WatchfloorError(f"{entity!r} and {other!r} are already one entity ({eid})")
    elif action == "split":
        if (alias is None) == (document is None):
            raise WatchfloorError("split needs exactly one of --alias or --document")
        probe = Decision(0, "split", eid, alias=alias, document=document)
        recs = con.execute(
            "SELECT name, doc_id FROM entity_records WHERE entity_id = ?", [eid]
        ).fetchall()
        hit = sum(1 for name, doc_id in recs if probe.matches(name, doc_id))
        if hit == 0:
            what = f"alias {alias!r}" if alias is not None else f"document {document!r}"
            raise WatchfloorError(f"no record of {eid} has {what}")
        if hit == len(recs):
            raise WatchfloorError(f"every record of {eid} matches: nothing would remain")
    else:
        raise WatchfloorError(f"unknown decision {action!r}")
    con.execute("BEGIN TRANSACTION")
    try:
        next_id = con.execute(
            "SELECT coalesce(max(decision_id), 0) + 1 FROM entity_decisions"
        ).fetchone()[0]
        d = Decision(
            next_id,
            action,
            eid,
            other_id,
            alias,
            document,
            reason,
            datetime.now(UTC).isoformat(timespec="seconds"),
        )
        con.execute(
            "INSERT INTO entity_decisions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                d.decision_id,
                d.action,
                d.entity_id,
                d.other_id,
                d.alias,
                d.document,
                d.reason,
                d.created_at,
            ],
        )
        moved = apply_decisions(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return d, moved


def resolve_stats(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "records": one("SELECT count(*) FROM entity_records"),
        "entities": one("SELECT count(*) FROM entities"),
        "automatic_entities": one("SELECT count(DISTINCT auto_id) FROM entity_records"),
        "merges": one("SELECT count(*) FROM entity_merges"),
        "merges_by_match": dict(
            con.execute(
                "SELECT match, count(*) FROM entity_merges GROUP BY 1 ORDER BY 1"
            ).fetchall()
        ),
        "conflicts": one("SELECT count(*) FROM alias_conflicts"),
        "conflicts_by_reason": dict(
            con.execute(
                "SELECT reason, count(*) FROM alias_conflicts GROUP BY 1 ORDER BY 1"
            ).fetchall()
        ),
        "decisions": one("SELECT count(*) FROM entity_decisions"),
    }


def _rows(
    con: duckdb.DuckDBPyConnection, sql: str, params_: Sequence[Any] = ()
) -> list[dict[str, Any]]:
    cur = con.execute(sql, list(params_))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def entity_resolution(
    con: duckdb.DuckDBPyConnection, entity_id: str | None = None
) -> dict[str, list[dict[str, Any]]]:
    """How entities were formed: merge evidence, alias conflicts and decisions, for one
    final entity (its records, and conflicts naming it) or for all (``None``)."""
    if entity_id is None:
        scope_m = scope_c = scope_d = "1=1"
        p_m: list[Any] = []
        p_c: list[Any] = []
        p_d: list[Any] = []
    else:
        scope_m = "r.entity_id = ?"
        scope_c = (
            "(c.entity_id IN (SELECT auto_id FROM entity_records WHERE entity_id = ?)"
            " OR r.entity_id = ?)"
        )
        scope_d = "(entity_id = ? OR other_id = ? OR ? LIKE entity_id || '~%')"
        p_m, p_c, p_d = [entity_id], [entity_id] * 2, [entity_id] * 3
    merges = _rows(
        con,
        f"""
        SELECT m.merge_id, d.id AS document, m.name AS record, m.alias, m.match, m.score,
               m.entity_id AS auto_id, r.entity_id, m.features
        FROM entity_merges m JOIN entity_records r USING (uid, local_id)
        JOIN documents d USING (uid) WHERE {scope_m} ORDER BY r.seq, m.local_id""",
        p_m,
    )
    conflicts = _rows(
        con,
        f"""
        SELECT d.id AS document, c.alias, c.reason, c.entity_id AS refused,
               c.other_id AS kept_apart_as, r.entity_id, c.features
        FROM alias_conflicts c JOIN entity_records r USING (uid, local_id)
        JOIN documents d USING (uid) WHERE {scope_c} ORDER BY r.seq, c.local_id""",
        p_c,
    )
    decisions = _rows(
        con,
        f"""
        SELECT decision_id, action, entity_id, other_id, alias, document, reason, created_at
        FROM entity_decisions WHERE {scope_d} ORDER BY decision_id""",
        p_d,
    )
    for row in merges + conflicts:
        row["features"] = json.loads(row["features"] or "{}")
    return {"merges": merges, "conflicts": conflicts, "decisions": decisions}
