"""The PostgreSQL store's schema script while readers read (real throw-away server).

Every writer (each ``ingest``, each live cycle) opens its store for writing while ``serve``
may be answering: opening an up-to-date store must take no lock a reader holds, and a new
or changed script must not deadlock a reader (PostgreSQL broke that deadlock by failing
the reader's query: ``/api/health`` answered 500 while another process started an ingest).
"""

from __future__ import annotations

import hashlib
import threading
import time

import psycopg
import pytest

from watchfloor.store.postgres_store import (
    SCHEMA_STAMP_KEY,
    PostgresStore,
    schema_script,
    sql_statements,
)


def _in_thread(target) -> tuple[threading.Thread, list[BaseException], list[object]]:
    """``target()`` in a daemon thread; RETURNS the thread, its errors and its results."""
    errors: list[BaseException] = []
    results: list[object] = []

    def run() -> None:
        try:
            results.append(target())
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, errors, results


def _open_for_writing(url: str) -> bool:
    PostgresStore(url).close()
    return True


def _forget_stamp(url: str) -> None:
    """As if the store was made by another version of the script."""
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("DELETE FROM meta WHERE key = %s", [SCHEMA_STAMP_KEY])


def _wait_for_a_lock(url: str, thread: threading.Thread, on: str | None = None) -> bool:
    """Whether a backend comes to wait for a lock on the relation ``on`` (None: on any
    relation but lsh_bands); polled for up to 10 s, or until ``thread`` ends."""
    deadline = time.monotonic() + 10
    with psycopg.connect(url, autocommit=True) as con:
        while thread.is_alive() and time.monotonic() < deadline:
            waited = {
                r[0]
                for r in con.execute(
                    "SELECT relation::regclass::text FROM pg_locks"
                    " WHERE NOT granted AND relation IS NOT NULL"
                ).fetchall()
            }
            if (on in waited) if on else (waited - {"lsh_bands"}):
                return True
            time.sleep(0.05)
    return False


def test_the_script_splits_at_semicolons_outside_bodies_strings_and_comments():
    script = (
        "-- a comment; not a statement\n"
        "CREATE TABLE t (a TEXT DEFAULT 'x;y');\n"
        "CREATE FUNCTION f() RETURNS INT LANGUAGE sql AS $$ SELECT 1; $$;\n"
        "DO $$ BEGIN PERFORM 1; END $$;  -- trailing; comment\n"
        "SELECT 'it''s; one'\n"
    )
    assert sql_statements(script) == [
        "CREATE TABLE t (a TEXT DEFAULT 'x;y')",
        "CREATE FUNCTION f() RETURNS INT LANGUAGE sql AS $$ SELECT 1; $$",
        "DO $$ BEGIN PERFORM 1; END $$",
        "SELECT 'it''s; one'",
    ]


def test_a_store_records_the_fingerprint_of_its_schema_script(pg_url):
    _open_for_writing(pg_url)
    with PostgresStore(pg_url, read_only=True) as store:
        rows = dict(store.con.native("SELECT key, value FROM meta").fetchall())
    assert rows[SCHEMA_STAMP_KEY] == hashlib.sha256(schema_script().encode()).hexdigest()
    assert rows["schema_version"] == "1"


def test_opening_an_up_to_date_store_for_writing_waits_for_no_reader(pg_url):
    """A reader's open transaction holds every relation: the old script's ``ALTER TABLE
    documents`` waited for it (and every later reader queued behind that)."""
    _open_for_writing(pg_url)
    reader = psycopg.connect(pg_url)  # not autocommit: the locks stay until rollback
    try:
        for rel in ("documents_v", "clusters", "documents", "events", "meta"):
            reader.execute(f"SELECT count(*) FROM {rel}")
        thread, errors, _ = _in_thread(lambda: _open_for_writing(pg_url))
        thread.join(10)
        finished = not thread.is_alive()
    finally:
        reader.rollback()
        reader.close()
    thread.join(30)
    assert finished, "opening the store for writing waited on a reader's locks"
    assert not errors, errors


@pytest.mark.parametrize("stale", [False, True])
def test_a_reader_of_clusters_is_not_deadlocked_by_a_writer_opening_the_store(pg_url, stale):
    """The interleaving behind the flaky serve test, made certain: the schema script is
    held up half-way (a transaction holds ``lsh_bands``, whose index it creates) while a
    reader counts ``clusters``. The old script, one transaction, held ``documents`` there;
    the reader took ``clusters`` and waited for ``documents``; the script then wanted
    ``clusters`` for ``CREATE OR REPLACE VIEW``: deadlock, the reader failed. With
    ``stale`` the script must run again (a changed script): one statement per transaction
    holds no lock across statements."""
    _open_for_writing(pg_url)
    if stale:
        _forget_stamp(pg_url)
    blocker = psycopg.connect(pg_url)
    try:
        blocker.execute("LOCK TABLE lsh_bands IN ROW EXCLUSIVE MODE")
        writer, writer_errors, _ = _in_thread(lambda: _open_for_writing(pg_url))
        held_up = _wait_for_a_lock(pg_url, writer, on="lsh_bands")
        assert held_up == stale  # an up-to-date store: no script, nothing to wait for

        def count_clusters() -> int:
            with PostgresStore(pg_url, read_only=True) as store:
                return store.sql("SELECT count(*) AS n FROM clusters")[0]["n"]

        reader, reader_errors, counted = _in_thread(count_clusters)
        _wait_for_a_lock(pg_url, reader)  # the old code: it waited for documents
    finally:
        blocker.rollback()
        blocker.close()
    writer.join(60)
    reader.join(60)
    assert not reader_errors, reader_errors
    assert not writer_errors, writer_errors
    assert counted == [0]


def _upgraded_without(url: str, column: str) -> tuple[list[str], list[str], object]:
    """Drop ``column`` from a written store (documents_v with it, rebuilt without), forget
    the script's fingerprint, open the store for writing again: RETURNS the columns of
    documents_v and of documents, and the stored fingerprint row."""
    _open_for_writing(url)
    with psycopg.connect(url, autocommit=True) as con:
        con.execute(f"ALTER TABLE documents DROP COLUMN {column} CASCADE")  # drops documents_v
        con.execute("CREATE VIEW documents_v AS SELECT d.*, true AS is_earliest FROM documents d")
    _forget_stamp(url)
    _open_for_writing(url)
    columns = (
        "SELECT column_name FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position"
    )
    with PostgresStore(url, read_only=True) as store:
        view = [r[0] for r in store.con.native(columns, ["documents_v"]).fetchall()]
        table = [r[0] for r in store.con.native(columns, ["documents"]).fetchall()]
        stamp = store.con.native(
            "SELECT value FROM meta WHERE key = $1", [SCHEMA_STAMP_KEY]
        ).fetchone()
    return view, table, stamp


def test_a_store_made_before_the_coding_column_is_upgraded_once(pg_url):
    """The script's one ``BEGIN ... COMMIT``: documents_v is dropped and rebuilt with the
    column in one transaction; the next writer finds the fingerprint and runs nothing."""
    view, table, stamp = _upgraded_without(pg_url, "coding")
    assert view == [*table, "is_earliest"] and "coding" in table
    assert stamp is not None


def test_a_store_made_before_the_dateline_column_is_upgraded_with_its_view(pg_url):
    """A store whose documents and documents_v predate ``dateline`` (the newest column, after
    ``coding``) gets the column and a view holding every column of the table."""
    view, table, _ = _upgraded_without(pg_url, "dateline")
    assert table[-2:] == ["coding", "dateline"]
    assert view == [*table, "is_earliest"]
