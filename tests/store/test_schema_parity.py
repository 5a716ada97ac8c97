"""The two schemas (schema.sql for DuckDB, schema_pg.sql for PostgreSQL) hold the same
tables and views with the same columns in the same order, so the shared SQL means the
same on both back ends."""

from __future__ import annotations

from watchfloor.store.duckdb_store import DuckDBStore
from watchfloor.store.postgres_store import PostgresStore

COLUMNS = (
    "SELECT table_name, column_name FROM information_schema.columns"
    " WHERE table_schema = {} ORDER BY table_name, ordinal_position"
)


def test_both_schemas_have_the_same_tables_and_columns(tmp_path, pg_url):
    with DuckDBStore(tmp_path / "wf.duckdb") as duck, PostgresStore(pg_url) as pg:
        assert pg.relations() == duck.relations()
        cols_duck = duck.con.execute(COLUMNS.format("'main'")).fetchall()
        cols_pg = pg.con.native(COLUMNS.format("current_schema()")).fetchall()
        assert cols_pg == cols_duck
