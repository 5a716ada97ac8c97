"""The PostgreSQL store: the :class:`~watchfloor.store.base.Store` on a database server.

Place in the flow: store, for set-ups where several processes share one database
(``serve`` while ``ingest`` runs, several ingest processes, a Dask cluster's writer):
``--db postgresql://user@host:port/dbname`` on every command (docs/deployment.md).

It is the embedded store's code over another connection: every query, the cross-document
resolver and the analysis SQL run unchanged through :class:`~watchfloor.store.pg_sql.
PgConnection` (translated from DuckDB's dialect by sqlglot). What differs is here:

* connections come from a psycopg_pool pool, one per process and address;
* a batch is one transaction, as in DuckDB, and every write transaction holds a
  transaction-level advisory lock (pg_sql.WRITE_LOCK): batches of concurrent ingest
  processes are written one after another, each sees every document committed before
  it (the ``existing`` check runs inside the lock), and the ``uid`` primary key (id and
  content hash) refuses a second copy in any case — overlapping inputs end stored once;
* rows go in by COPY; MinHash signatures (unsigned 64-bit) are stored as BIGINT bits;
* the schema is created under a session advisory lock, so two processes starting on an
  empty database do not race on ``CREATE TABLE``; it runs only when ``meta`` does not
  hold the fingerprint of this ``schema_pg.sql`` (a new store, or a changed script), and
  then one statement per transaction (see :meth:`PostgresStore._create_schema`).

Readers (``serve``, ``query``, ``report``) take no lock and see the last commit; a
writer opening an up-to-date store runs no DDL, so readers never wait on it.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import re
import threading
from collections.abc import Sequence
from datetime import datetime
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
import psycopg
import pyarrow as pa
from psycopg.conninfo import conninfo_to_dict
from psycopg_pool import ConnectionPool, PoolTimeout

from watchfloor.dedup.clusters import IndexedDoc
from watchfloor.errors import StoreError
from watchfloor.store import pg_sql
from watchfloor.store.duckdb_store import SCHEMA_VERSION, DuckDBStore, _BatchRows

SCHEMES = ("postgresql://", "postgres://")
SCHEMA_LOCK = 0x7766736368656D61  # "wfschema"
SCHEMA_STAMP_KEY = "schema_pg_sha256"  # meta key: the fingerprint of the script last run
CONNECT_TIMEOUT_S = 5
POOL_MAX = 8  # connections per process and address (serve's request threads share them)

_U64 = 1 << 64
_I63 = 1 << 63


def is_postgres_url(db: object) -> bool:
    return isinstance(db, str) and db.startswith(SCHEMES)


def address(url: str) -> str:
    """``host:port/dbname`` of a connection URL, without user or password (for messages)."""
    try:
        info = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "(unparsable PostgreSQL URL)"
    host = info.get("host") or "localhost"
    return f"{host}:{info.get('port') or 5432}/{info.get('dbname') or ''}"


_pools: dict[str, ConnectionPool] = {}
_pools_lock = threading.Lock()


def _pool(url: str) -> ConnectionPool:
    """The process's pool for ``url``; opened on first use after a direct probe, so an
    unreachable server fails at once with its address instead of after the pool's retries."""
    with _pools_lock:
        pool = _pools.get(url)
        if pool is not None:
            return pool
        try:
            psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_S).close()
        except psycopg.Error as exc:
            reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
            raise StoreError(f"cannot connect to PostgreSQL at {address(url)}: {reason}") from exc
        pool = ConnectionPool(
            url,
            min_size=1,
            max_size=POOL_MAX,
            open=True,
            configure=pg_sql.configure,
            # a connection is checked when handed out: a restarted server costs a reconnect
            check=ConnectionPool.check_connection,
            kwargs={
                "autocommit": True,
                "cursor_factory": psycopg.RawCursor,
                "connect_timeout": CONNECT_TIMEOUT_S,
            },
            name=f"watchfloor {address(url)}",
        )
        _pools[url] = pool
        return pool


@atexit.register
def close_pools() -> None:
    with _pools_lock:
        for pool in _pools.values():
            pool.close()
        _pools.clear()


def state(url: str) -> tuple[int, int, int, int]:
    """The store's version for caches of derived analyses (serve's report and claim
    clusters): (batches, last commit in ns since the epoch, analysts' decisions, 0). Every
    write that changes what analyses see adds a batch or a decision. (0, 0, 0, 0) when the
    server cannot be reached."""
    try:
        with PostgresStore(url, read_only=True) as store:
            n, last, decisions = store.con.native(
                "SELECT (SELECT count(*) FROM batches),"
                " (SELECT max(committed_at) FROM batches),"
                " (SELECT count(*) FROM entity_decisions)"
            ).fetchone()
    except (StoreError, psycopg.Error):
        return (0, 0, 0, 0)
    stamp = int(datetime.fromisoformat(last).timestamp() * 1e9) if last else 0
    return (int(n), stamp, int(decisions), 0)


class PostgresStore(DuckDBStore):
    """A :class:`~watchfloor.store.base.Store` on a PostgreSQL database (``postgresql://``)."""

    def __init__(self, url: str, read_only: bool = False) -> None:  # noqa: D107
        self.path = address(url)  # shown by /api/health and in messages: no credentials
        self.url = url
        self._pool = _pool(url)
        self._conn = self._checkout()
        self.con = pg_sql.PgConnection(self._conn)
        try:
            if read_only:
                found = self.con.native("SELECT to_regclass('meta') IS NOT NULL").fetchone()
                if not found or not found[0]:
                    raise StoreError(f"no store at {address(url)}: run `watchfloor ingest` first")
            else:
                self._create_schema()
        except BaseException:
            self.close()
            raise

    def _checkout(self) -> psycopg.Connection:
        try:
            return self._pool.getconn(timeout=30)
        except PoolTimeout as exc:
            raise StoreError(
                f"no connection to PostgreSQL at {address(self.url)}: "
                "the pool stayed busy or the server went away"
            ) from exc

    def _create_schema(self) -> None:
        """Create or upgrade the schema, unless ``meta`` says this script already ran.

        Every writer opens its store here (each ``ingest``, each live cycle), while
        ``serve`` may be reading. The script's DDL takes exclusive locks (``ALTER TABLE
        documents``, ``CREATE OR REPLACE VIEW clusters``); run as one transaction, it held
        ``documents`` while waiting for ``clusters``, and a reader of ``clusters`` waits for
        ``documents`` while holding ``clusters``: a deadlock that PostgreSQL broke by
        failing the reader (an API 500). So an up-to-date store gets no DDL at all, and a
        new or changed script runs one statement per transaction (each DDL statement takes
        one exclusive lock; readers wait for it, none deadlocks)."""
        script = schema_script()
        stamp = hashlib.sha256(script.encode("utf-8")).hexdigest()
        if self._schema_stamp() == stamp:
            return
        raw = self._conn
        raw.execute(f"SELECT pg_advisory_lock({SCHEMA_LOCK})")
        try:
            if self._schema_stamp() == stamp:  # another process ran it while we waited
                return
            for statement in sql_statements(script):
                raw.execute(statement)
            for key, value in (("schema_version", SCHEMA_VERSION), (SCHEMA_STAMP_KEY, stamp)):
                raw.execute(
                    "INSERT INTO meta VALUES ($1, $2)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    [key, value],
                )
        finally:
            if raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
                raw.rollback()  # a statement failed inside the script's BEGIN ... COMMIT
            raw.execute(f"SELECT pg_advisory_unlock({SCHEMA_LOCK})")

    def _schema_stamp(self) -> str | None:
        """The fingerprint of the schema script last run on this database (None: none)."""
        found = self.con.native("SELECT to_regclass('meta') IS NOT NULL").fetchone()
        if not found or not found[0]:
            return None
        row = self.con.native("SELECT value FROM meta WHERE key = $1", [SCHEMA_STAMP_KEY])
        value = row.fetchone()
        return value[0] if value else None

    # -- dedup index ------------------------------------------------------------------------
    def lookup(
        self, keys: Sequence[Sequence[int] | None], hashes: Sequence[str]
    ) -> list[list[IndexedDoc]]:
        out: list[list[IndexedDoc]] = [[] for _ in keys]
        if not keys:
            return out
        qi = [i for i, k in enumerate(keys) for _ in (k or ())]
        band = [b for k in keys for b in range(len(k or ()))]
        key = [int(v) for k in keys for v in (k or ())]
        found = self.con.native(
            """
            WITH q_keys AS (SELECT * FROM unnest($1::int[], $2::smallint[], $3::bigint[])
                              AS t(qi, band, key)),
                 q_hash AS (SELECT * FROM unnest($4::int[], $5::text[]) AS t(qi, h)),
                 hits AS (
                    SELECT q.qi, b.uid FROM q_keys q JOIN lsh_bands b USING (band, key)
                    UNION
                    SELECT q.qi, d.uid FROM q_hash q JOIN documents d ON d.content_hash = q.h)
            SELECT h.qi, d.uid, d.cluster_id, d.content_hash, d.signature, d.published
            FROM hits h JOIN documents d USING (uid)
            """,
            [qi, band, key, list(range(len(hashes))), list(hashes)],
        ).fetchall()
        for i, uid, cluster_id, chash, sig, published in found:
            arr = None if sig is None else np.asarray([v % _U64 for v in sig], dtype=np.uint64)
            out[i].append(IndexedDoc(uid, cluster_id, chash, arr, published))
        return out

    # -- writing (write_batch is the embedded store's; BEGIN takes the write lock) ----------
    def _flush(self, rows: _BatchRows) -> None:
        docs = [{**d, "signature": _signed(d["signature"])} for d in rows.documents]
        pg_sql.copy_rows(self._conn, "documents", _DOC_COLUMNS, _DOC_TYPES, docs)
        for table, data in rows.row_tables():
            if data:
                cols = list(data[0])
                pg_sql.copy_rows(self._conn, table, cols, self._types(table, cols), data)

    _type_cache: dict[tuple[str, str], str] = {}

    def _types(self, table: str, cols: list[str]) -> list[str]:
        """The declared types of ``table``'s ``cols`` (for binary COPY), cached per process."""
        cache = PostgresStore._type_cache
        if any((table, c) not in cache for c in cols):
            for name, typ in self.con.native(
                "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a"
                " WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped",
                [table],
            ).fetchall():
                cache[(table, name)] = typ
        return [cache[(table, c)] for c in cols]

    # -- reading ----------------------------------------------------------------------------
    def arrow(self, query: str, params: Sequence[Any] = ()) -> pa.Table:
        """Run a read query; RETURNS an Arrow table typed from the result's columns."""
        res = self.con.execute(query, params)
        rows = res.fetchall()
        cols = [name for name, _ in res.description]
        types = [_ARROW_OF_OID.get(oid) for _, oid in res.description]
        data = {}
        for j, name in enumerate(cols):
            values = [r[j] for r in rows]
            data[name] = pa.array(values, type=types[j]) if types[j] else pa.array(values)
        return pa.table(data) if cols else pa.table({})

    def relations(self) -> list[tuple[str, str]]:
        return self.con.native(
            "SELECT table_name::text, table_type::text FROM information_schema.tables"
            " WHERE table_schema = current_schema() ORDER BY table_name"
        ).fetchall()

    def thread_handle(self) -> PostgresStore:
        """Another handle with its own pooled connection, for another thread."""
        other = object.__new__(PostgresStore)
        other.path, other.url, other._pool = self.path, self.url, self._pool
        other._conn = other._checkout()
        other.con = pg_sql.PgConnection(other._conn)
        return other

    def close(self) -> None:
        conn = getattr(self, "_conn", None)
        if conn is None:
            return
        self._conn = None
        if conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            with contextlib.suppress(psycopg.Error):
                conn.rollback()
        self._pool.putconn(conn)

    def __enter__(self) -> PostgresStore:
        return self


@cache
def schema_script() -> str:
    """The text of ``schema_pg.sql``."""
    return resources.files("watchfloor.store").joinpath("schema_pg.sql").read_text()


# a dollar-quoted body, a string literal, a line comment, a semicolon, anything else
_SQL_PIECE = re.compile(r"\$\$.*?\$\$|'(?:[^']|'')*'|--[^\n]*|;|[^$';-]+|.", re.S)


def sql_statements(script: str) -> list[str]:
    """The statements of a SQL script: split at semicolons outside string literals,
    ``$$`` bodies and ``--`` comments (comments dropped)."""
    statements, current = [], []
    for match in _SQL_PIECE.finditer(script):
        piece = match.group()
        if piece.startswith("--"):
            continue
        if piece == ";":
            statements.append("".join(current).strip())
            current = []
        else:
            current.append(piece)
    statements.append("".join(current).strip())
    return [s for s in statements if s]


def _signed(sig: list[int] | None) -> list[int] | None:
    """Unsigned 64-bit MinHash values as the BIGINTs with the same bits."""
    if sig is None:
        return None
    return [int(v) - _U64 if int(v) >= _I63 else int(v) for v in sig]


_DOC_COLUMNS = [
    "uid",
    "id",
    "title",
    "text",
    "published",
    "published_precision",
    "source",
    "url",
    "language",
    "origin",
    "format",
    "content_hash",
    "ingested_at",
    "batch_id",
    "cluster_id",
    "duplicate_of",
    "similarity",
    "signature",
    "coding",
    "dateline",
]
_DOC_TYPES = ["text"] * 16 + ["double precision", "bigint[]", "text", "text"]

# psycopg type oids → Arrow types for exports (others: inferred from the values)
_ARROW_OF_OID = {
    16: pa.bool_(),
    20: pa.int64(),
    21: pa.int16(),
    23: pa.int32(),
    25: pa.string(),
    700: pa.float32(),
    701: pa.float64(),
    1043: pa.string(),
    17: pa.binary(),
    1009: pa.list_(pa.string()),
    1016: pa.list_(pa.int64()),
}
