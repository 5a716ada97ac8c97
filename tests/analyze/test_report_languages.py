"""Languages in the store and the report: Spanish coded, other languages stored not coded."""

from __future__ import annotations

import json

from tests.conftest import old_duckdb_store
from watchfloor.analyze.report import build_report
from watchfloor.pipeline import RunOptions, ingest
from watchfloor.store.duckdb_store import DuckDBStore

RECORDS = [
    {
        "id": "en1",
        "language": "en",
        "published": "2026-10-01",
        "text": "Colombian police arrested two members of the ELN in Cúcuta on Monday.",
    },
    {
        "id": "es1",
        "language": "es",
        "published": "2026-10-02",
        "text": "La policía colombiana capturó en Cúcuta a dos integrantes del ELN.",
    },
    {
        "id": "pt1",
        "language": "pt",
        "published": "2026-10-03",
        "text": "A polícia colombiana prendeu dois membros do ELN em Cúcuta na segunda-feira.",
    },
]


def test_store_and_report_show_language_and_coding(tmp_path):
    src = tmp_path / "mixed.jsonl"
    src.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS) + "\n", encoding="utf-8"
    )
    db = tmp_path / "wf.duckdb"
    ingest([str(src)], db, RunOptions())
    ingest([str(src)], db, RunOptions())  # idempotent: nothing new, nothing lost
    with DuckDBStore(db) as store:
        rows = {
            r["id"]: r
            for r in store.sql(
                "SELECT id, language, coding, (SELECT count(*) FROM events e WHERE e.uid = d.uid)"
                " AS events FROM documents d"
            )
        }
        report = build_report(store)
    assert {k: (v["language"], v["coding"]) for k, v in rows.items()} == {
        "en1": ("en", "en"),
        "es1": ("es", "es"),
        "pt1": ("pt", "not_coded:pt"),
    }
    assert rows["es1"]["events"] >= 1 and rows["pt1"]["events"] == 0
    assert "Languages: " in report and "pt 1 (1 not coded)" in report
    assert "es 1" in report


def test_old_store_gets_the_coding_column(tmp_path):
    # a store written before routing: the schema without the ALTER that adds the column
    db = tmp_path / "old.duckdb"
    old_duckdb_store(db, "coding")
    with DuckDBStore(db) as store:
        cols = [
            r["column_name"]
            for r in store.sql(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'documents'"
            )
        ]
    assert cols[-1] == "coding"
