"""Analysts' decisions through the CLI, on real DuckDB files built from the sample
corpus: merge and split hold after re-ingest and after a full re-resolution; the same
input gives the same canonical entities whatever the batch size."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from tests.conftest import SAMPLE
from watchfloor.cli import app
from watchfloor.store.duckdb_store import DuckDBStore

runner = CliRunner()


def _ingest(db, *inputs, batch_size=64):
    res = runner.invoke(
        app, ["ingest", *map(str, inputs), "--db", str(db), "-q", "--batch-size", str(batch_size)]
    )
    assert res.exit_code == 0, res.output


def _state(db):
    with DuckDBStore(db, read_only=True) as s:
        return (
            s.sql("SELECT uid, local_id, auto_id, entity_id FROM entity_records ORDER BY 1, 2"),
            s.sql("SELECT * EXCLUDE (attributes) FROM entities ORDER BY entity_id"),
            s.sql("SELECT * FROM entity_merges ORDER BY merge_id"),
            s.sql("SELECT * FROM alias_conflicts ORDER BY uid, local_id, entity_id"),
            s.sql("SELECT entity_id, count(*) AS n FROM mentions GROUP BY 1 ORDER BY 1"),
        )


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("res") / "sample.duckdb"
    _ingest(db, SAMPLE)
    return db


def _profile(db, key):
    res = runner.invoke(app, ["entities", key, "--db", str(db), "--format", "json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.output)[0]


def test_sample_corpus_short_names_and_syndicated_copies_share_one_entity(sample_db):
    maduro = _profile(sample_db, "Maduro")
    assert maduro["entity_id"] == "per:nicolas-maduro"
    assert {"Maduro", "Nicolás Maduro", "Nicolas Maduro"} <= set(maduro["aliases"])
    trump = _profile(sample_db, "Trump")
    assert trump["name"] == "Donald Trump" and "Trump" in trump["aliases"]
    # the wire story syndicated by several outlets: every copy points at the same entity
    stories = {}
    for d in trump["documents"]:
        stories.setdefault(d["story"], []).append(d["id"])
    assert max(len(v) for v in stories.values()) >= 3
    with DuckDBStore(sample_db, read_only=True) as s:
        merged = s.sql(
            "SELECT count(*) AS n FROM entity_merges m JOIN entity_records r"
            " USING (uid, local_id) WHERE r.entity_id = 'per:donald-trump'"
        )
        assert merged[0]["n"] == len(trump["documents"]) - 1


def test_same_canonical_entities_whatever_the_batch_size(sample_db, tmp_path):
    db1 = tmp_path / "one.duckdb"
    _ingest(db1, SAMPLE, batch_size=1)
    db7 = tmp_path / "seven.duckdb"
    _ingest(db7, SAMPLE, batch_size=7)
    assert _state(db1) == _state(sample_db) == _state(db7)
    # and a full re-resolution gives the same again
    res = runner.invoke(app, ["entities", "resolve", "--db", str(db7)])
    assert res.exit_code == 0, res.output
    assert _state(db7) == _state(sample_db)


def test_merge_and_split_survive_reingest_and_reresolution(sample_db, tmp_path):
    db = tmp_path / "wf.duckdb"
    shutil.copy(sample_db, db)
    before = _profile(db, "Diosdado Cabello")
    n_entities = len(
        json.loads(
            runner.invoke(
                app, ["entities", "--db", str(db), "--format", "json", "-n", "1000"]
            ).output
        )
    )
    res = runner.invoke(
        app,
        [
            "entities",
            "merge",
            "Nicolás Maduro",
            "Diosdado Cabello",
            "--reason",
            "test: one regime",
            "--db",
            str(db),
        ],
    )
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["records_moved"] == len(before["documents"])
    merged = _profile(db, "Diosdado Cabello")
    assert merged["entity_id"] == "per:nicolas-maduro"
    assert merged["decisions"][0]["reason"] == "test: one regime"
    listing = json.loads(
        runner.invoke(app, ["entities", "--db", str(db), "--format", "json", "-n", "1000"]).output
    )
    assert len(listing) == n_entities - 1
    # split the bare-name records of Maduro back out
    res = runner.invoke(
        app,
        ["entities", "split", "per:nicolas-maduro", "--alias", "Diosdado Cabello", "--db", str(db)],
    )
    assert res.exit_code == 0, res.output
    split = _profile(db, "Diosdado Cabello")
    assert split["entity_id"] == "per:nicolas-maduro~diosdado-cabello"
    # re-ingest (the same files, and one new copy of a story) and re-resolve: both hold
    new = tmp_path / "new"
    new.mkdir()
    (new / "cabello.txt").write_text(
        "Venezuelan Interior Minister Diosdado Cabello spoke in Caracas on Monday about "
        "the United States and Nicolás Maduro.",
        encoding="utf-8",
    )
    _ingest(db, SAMPLE, new)
    assert _profile(db, "Diosdado Cabello")["entity_id"] == "per:nicolas-maduro~diosdado-cabello"
    assert len(_profile(db, "Diosdado Cabello")["documents"]) == len(before["documents"]) + 1
    assert runner.invoke(app, ["entities", "resolve", "--db", str(db)]).exit_code == 0
    assert _profile(db, "Diosdado Cabello")["entity_id"] == "per:nicolas-maduro~diosdado-cabello"
    assert _profile(db, "Maduro")["entity_id"] == "per:nicolas-maduro"
    res = runner.invoke(app, ["entities", "decisions", "--db", str(db), "--format", "json"])
    assert [d["action"] for d in json.loads(res.output)] == ["merge", "split"]


def test_bad_decisions_are_clear_errors(sample_db, tmp_path):
    db = tmp_path / "wf.duckdb"
    shutil.copy(sample_db, db)
    res = runner.invoke(app, ["entities", "merge", "Nobody At All", "Maduro", "--db", str(db)])
    assert res.exit_code != 0 and "no entity matches" in str(res.exception)
    res = runner.invoke(app, ["entities", "split", "Maduro", "--alias", "Trump", "--db", str(db)])
    assert res.exit_code != 0 and "no record" in str(res.exception)
