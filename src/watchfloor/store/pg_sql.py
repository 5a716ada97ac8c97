"""DuckDB-dialect SQL on PostgreSQL: the connection layer of the PostgreSQL store.

Place in the flow: store. The store's queries, cross-document resolution
(:mod:`watchfloor.resolve.store`), the analysis modules and the exporters are written
once, in DuckDB's dialect, against a DuckDB-like connection (``execute`` → ``fetchall`` /
``fetchone`` / ``description``, ``register`` of an Arrow table). :class:`PgConnection`
offers that interface over one psycopg 3 connection, so the PostgreSQL store runs the
very same SQL as the embedded one:

* each statement is translated once by sqlglot (DuckDB → PostgreSQL) and cached per
  statement and parameter types; the few DuckDB idioms sqlglot leaves as they are
  (``GROUP BY ALL``, ``arg_min``, ``flatten(list(...))``, ``INSERT OR IGNORE``) are
  rewritten here, and the functions PostgreSQL lacks are defined in ``schema_pg.sql``;
* ``?`` parameters become typed server-side parameters (``$1::text``), so ``? IS NULL``
  and ``unnest(?)`` work as in DuckDB, and a ``%`` in a literal needs no escaping;
* ``register(name, arrow_table)`` becomes a temporary table filled by COPY;
* ``BEGIN TRANSACTION`` also takes a transaction-level advisory lock: writers (batches,
  analysts' decisions, a resolution rebuild) of every process run one after another,
  so cross-document entity resolution sees every earlier batch, while readers never wait.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Any

import psycopg
import pyarrow as pa
import sqlglot
from psycopg.adapt import Loader
from psycopg.types.string import StrDumper
from sqlglot import exp

# sqlglot warns on stderr for constructs it approximates (any_value's IGNORE NULLS, which
# the any_value of schema_pg.sql has anyway); the CLI's stdout/stderr stay clean.
logging.getLogger("sqlglot").setLevel(logging.ERROR)

# pg_advisory_xact_lock key held by every write transaction ("wfwriter" in ASCII).
WRITE_LOCK = 0x7766777269746572

_PARAM_TYPES: dict[type, str] = {
    str: "text",
    bool: "boolean",
    int: "bigint",
    float: "double precision",
    bytes: "bytea",
}


def param_type(value: Any) -> str | None:
    """The PostgreSQL type a Python parameter is cast to (None: let the server infer)."""
    if value is None:
        return "text"
    t = _PARAM_TYPES.get(type(value))
    if t:
        return t
    if isinstance(value, list | tuple):
        if all(isinstance(v, str) for v in value):
            return "text[]"
        if all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            return "bigint[]"
    return None


# DuckDB fragments with no sqlglot translation, replaced before parsing.
_PRE = [
    (re.compile(r"\?::VARCHAR\[\]"), "CAST(? AS VARCHAR[])"),
    (
        re.compile(
            r"list_contains\(list_transform\(json_extract_string\((\w+\.hedges), "
            r"'\$\[\*\]\.text'\),"
            r" lambda h: lower\(h\)\), lower\(\?\)\)"
        ),
        r"hedge_match(\1, ?)",
    ),
]
_INSERT_OR_IGNORE = re.compile(r"^\s*INSERT OR IGNORE INTO", re.I)


def _group_by_all(node: exp.Expression) -> exp.Expression:
    """``GROUP BY ALL``: group by the position of every projection without an aggregate."""
    if (
        isinstance(node, exp.Select)
        and node.args.get("group") is not None
        and node.args["group"].args.get("all")
    ):
        positions = [
            exp.Literal.number(i + 1)
            for i, proj in enumerate(node.expressions)
            if not any(isinstance(n, exp.AggFunc) for n in proj.walk())
        ]
        node.set("group", exp.Group(expressions=positions) if positions else None)
    return node


def _arg_min(agg: exp.ArgMin, where: exp.Expression | None) -> exp.Expression:
    """``arg_min(x, key)``: the first ``x`` by ``key`` among rows with ``x`` not null."""
    value = agg.this.sql("postgres")
    key = agg.expression
    keys = key.expressions if isinstance(key, exp.Tuple) else [key]
    order = ", ".join(k.sql("postgres") for k in keys)
    cond = f"{value} IS NOT NULL"
    if not isinstance(key, exp.Tuple):
        cond += f" AND {keys[0].sql('postgres')} IS NOT NULL"
    if where is not None:
        cond = f"({where.this.sql('postgres')}) AND {cond}"
    return sqlglot.parse_one(
        f"(ARRAY_AGG({value} ORDER BY {order}) FILTER (WHERE {cond}))[1]", read="postgres"
    )


def _rewrite(node: exp.Expression) -> exp.Expression:
    if (
        isinstance(node, exp.Subquery)
        and not node.alias
        and isinstance(node.parent, exp.From | exp.Join)
    ):
        # PostgreSQL before 16 wants every subquery in FROM named
        node.set("alias", exp.TableAlias(this=exp.to_identifier(f"_q{id(node) % 10**8}")))
        return node
    if isinstance(node, exp.Filter) and isinstance(node.this, exp.ArgMin):
        return _arg_min(node.this, node.expression)
    if isinstance(node, exp.ArgMin) and not isinstance(node.parent, exp.Filter):
        return _arg_min(node, None)
    if isinstance(node, exp.Mode) and node.this is not None:
        return sqlglot.parse_one(
            f"MODE() WITHIN GROUP (ORDER BY {node.this.sql('postgres')})", read="postgres"
        )
    if isinstance(node, exp.Flatten) and isinstance(node.this, exp.ArrayAgg):
        return exp.Anonymous(this="flatten_agg", expressions=[node.this.this])
    return _group_by_all(node)


def _number_params(sql: str, types: Sequence[str | None]) -> str:
    """Replace each ``%s`` outside string literals by ``$n`` (cast to its type)."""
    out, n, i, quoted = [], 0, 0, False
    while i < len(sql):
        c = sql[i]
        if c == "'":
            quoted = not quoted
        if not quoted and sql.startswith("%s", i):
            t = types[n] if n < len(types) else None
            out.append(f"${n + 1}::{t}" if t else f"${n + 1}")
            n += 1
            i += 2
            continue
        out.append(c)
        i += 1
    if n != len(types):
        raise ValueError(f"{len(types)} parameters for {n} placeholders in: {sql[:200]}")
    return "".join(out)


@lru_cache(maxsize=4096)
def translate(sql: str, types: tuple[str | None, ...] = ()) -> str:
    """One DuckDB statement in PostgreSQL's dialect, ``?`` numbered and typed."""
    for pattern, repl in _PRE:
        sql = pattern.sub(repl, sql)
    ignore = bool(_INSERT_OR_IGNORE.match(sql))
    if ignore:
        sql = _INSERT_OR_IGNORE.sub("INSERT INTO", sql)
    tree = sqlglot.parse_one(sql, read="duckdb").transform(_rewrite)
    text = tree.sql("postgres")
    if ignore:
        text += " ON CONFLICT DO NOTHING"
    return _number_params(text, types)


class _NumericLoader(Loader):
    """numeric → int when whole, else float (DuckDB gives int for sums of integers)."""

    def load(self, data: Any) -> int | float:
        value = Decimal(bytes(data).decode())
        return int(value) if value == value.to_integral_value() else float(value)


class _JsonTextLoader(Loader):
    """json → its text, as DuckDB returns JSON values (callers ``json.loads`` them)."""

    def load(self, data: Any) -> str:
        return bytes(data).decode()


def configure(conn: psycopg.Connection) -> None:
    """Adapters every store connection uses (the pool's ``configure`` hook)."""
    conn.adapters.register_dumper(str, StrDumper)  # text, not 'unknown'
    conn.adapters.register_loader("numeric", _NumericLoader)
    for name in ("json", "jsonb"):
        conn.adapters.register_loader(name, _JsonTextLoader)


_ARROW_TO_PG = [
    (pa.types.is_string, "text"),
    (pa.types.is_large_string, "text"),
    (pa.types.is_boolean, "boolean"),
    (pa.types.is_int8, "smallint"),
    (pa.types.is_int16, "smallint"),
    (pa.types.is_int32, "integer"),
    (pa.types.is_int64, "bigint"),
    (pa.types.is_uint64, "numeric"),
    (pa.types.is_floating, "double precision"),
    (pa.types.is_binary, "bytea"),
    (pa.types.is_null, "text"),
]


def pg_type(t: pa.DataType) -> str:
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        return pg_type(t.value_type) + "[]"
    for test, name in _ARROW_TO_PG:
        if test(t):
            return name
    raise TypeError(f"no PostgreSQL type for Arrow {t}")


class PgResult:
    """What ``execute`` returns: the DuckDB connection's result methods over a cursor."""

    def __init__(self, cur: psycopg.Cursor) -> None:
        self._cur = cur
        self.description = [(c.name, c.type_code) for c in cur.description or ()]

    def fetchall(self) -> list[tuple]:
        return self._cur.fetchall() if self._cur.description else []

    def fetchone(self) -> tuple | None:
        return self._cur.fetchone() if self._cur.description else None


class PgConnection:
    """A DuckDB-like connection over one psycopg connection (autocommit, raw cursors)."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.raw = conn

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> PgResult:
        head = sql.strip().upper()
        if head in ("BEGIN", "BEGIN TRANSACTION"):
            self.raw.execute("BEGIN")
            self.raw.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
            return PgResult(self.raw.cursor())
        if head in ("COMMIT", "ROLLBACK"):
            self.raw.execute(head)
            return PgResult(self.raw.cursor())
        values = list(params or ())
        text = translate(sql, tuple(param_type(v) for v in values))
        return self.native(text, values)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for each parameter row (types taken from the first row)."""
        if not rows:
            return
        text = translate(sql, tuple(param_type(v) for v in rows[0]))
        self.raw.cursor().executemany(text, [list(r) for r in rows])

    def native(self, sql: str, params: Sequence[Any] = ()) -> PgResult:
        """Run PostgreSQL SQL as it is (``$n`` parameters)."""
        cur = self.raw.cursor()
        cur.execute(sql, list(params))
        return PgResult(cur)

    def register(self, name: str, table: pa.Table) -> None:
        """A temporary table ``name`` holding ``table``'s rows (DuckDB: a view on Arrow)."""
        cols = [(f.name, pg_type(f.type)) for f in table.schema]
        self.raw.execute(f'DROP TABLE IF EXISTS pg_temp."{name}"')
        self.raw.execute(
            f'CREATE TEMP TABLE "{name}" (' + ", ".join(f'"{c}" {t}' for c, t in cols) + ")"
        )
        copy_rows(self.raw, name, [c for c, _ in cols], [t for _, t in cols], table.to_pylist())

    def unregister(self, name: str) -> None:
        self.raw.execute(f'DROP TABLE IF EXISTS pg_temp."{name}"')


def copy_rows(
    conn: psycopg.Connection,
    table: str,
    columns: Sequence[str],
    types: Sequence[str],
    rows: Sequence[dict[str, Any]],
) -> None:
    """COPY ``rows`` (dicts) into ``table``'s ``columns`` (binary, typed)."""
    if not rows:
        return
    cols = ", ".join(f'"{c}"' for c in columns)
    with conn.cursor().copy(f'COPY "{table}" ({cols}) FROM STDIN (FORMAT BINARY)') as cp:
        cp.set_types(list(types))
        for row in rows:
            cp.write_row([row[c] for c in columns])
