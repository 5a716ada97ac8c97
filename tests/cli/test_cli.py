"""The CLI end to end on the seed article and the sample corpus (real DuckDB files)."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from tests.conftest import SAMPLE, shared_file
from watchfloor.cli import app
from watchfloor.contract import validate

runner = CliRunner()


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory):
    seed = shared_file("seed", "seed-article.txt")
    work = tmp_path_factory.mktemp("seed")
    shutil.copy(seed, work / "seed-article.txt")
    db = work / "wf.duckdb"
    res = runner.invoke(app, ["ingest", str(work / "seed-article.txt"), "--db", str(db)])
    assert res.exit_code == 0, res.output
    return db


def test_seed_ingest_stats(seed_db):
    res = runner.invoke(app, ["stats", "--db", str(seed_db), "--format", "json"])
    stats = json.loads(res.stdout)[0]
    assert stats["documents"] == 1 and stats["quarantined"] == 0
    assert stats["entities"] >= 10 and stats["claims"] >= 3
    # how much is coded, so an analyst knows how far to trust the dyad tables
    assert 0 < stats["events_both_coded_share"] <= 1
    assert 0 < stats["actors_coded_share"] <= 1


def test_seed_query_entities(seed_db):
    res = runner.invoke(
        app, ["query", "entities", "--db", str(seed_db), "--format", "json", "--actor", "Maduro"]
    )
    rows = json.loads(res.stdout)
    assert rows[0]["name"] == "Nicolás Maduro" and rows[0]["actor_code"] == "VENGOV"
    res = runner.invoke(app, ["query", "entities", "--db", str(seed_db)])
    assert res.exit_code == 0 and "Tren de Aragua" in res.stdout


def test_seed_query_claims(seed_db):
    res = runner.invoke(
        app, ["query", "claims", "--db", str(seed_db), "--format", "json", "--speaker", "Coates"]
    )
    rows = json.loads(res.stdout)
    assert {r["cue"] for r in rows} >= {"warns", "emphasizes", "believes"}
    res = runner.invoke(
        app, ["query", "claims", "--db", str(seed_db), "--format", "json", "--unattributed"]
    )
    assert any("100,000" in r["content"] for r in json.loads(res.stdout))


def test_seed_report(seed_db):
    res = runner.invoke(app, ["report", "--db", str(seed_db)])
    assert res.exit_code == 0
    text = res.stdout
    for heading in ("## Main actors", "## Events by quad class", "## Dyads", "## Notable claims"):
        assert heading in text
    assert "Victoria Coates" in text and "Cartel de los Soles" in text


def test_report_without_store_is_a_clear_error(tmp_path):
    res = runner.invoke(app, ["report", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code != 0
    assert "no store" in str(res.exception) or "no store" in res.output


def test_extract_writes_the_contract(tmp_path):
    seed = shared_file("seed", "seed-article.txt")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["extract", str(seed), "-o", str(out), "--quiet"])
    assert res.exit_code == 0, res.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    obj = json.loads(lines[0])
    validate(obj)
    assert obj["id"] == "seed-article.txt"


def test_sample_corpus_extract_validates_and_clusters(tmp_path):
    if not any(SAMPLE.rglob("*.*")):
        pytest.skip("sample corpus not present")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["extract", str(SAMPLE), "-o", str(out), "--quiet"])
    assert res.exit_code == 0, res.output
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert 15 <= len(docs) <= 25
    # the four Spanish articles are coded with the Spanish pipeline (docs/sample-corpus.md)
    spanish = [d for d in docs if d["language"] == "es"]
    assert len(spanish) == 4 and all(d["coding"] == "es" and d["events"] for d in spanish)
    assert all(d["coding"] == "en" for d in docs if d["language"] == "en")
    for obj in docs:
        validate(obj)
    clusters = {}
    for obj in docs:
        clusters.setdefault(obj["cluster"]["id"], []).append(obj)
    # the syndicated wire story and the exact duplicate form multi-document clusters
    assert sum(1 for c in clusters.values() if len(c) > 1) >= 2
    assert max(len(c) for c in clusters.values()) >= 4


def test_entities_list_and_profile(seed_db):
    res = runner.invoke(app, ["entities", "--db", str(seed_db), "--format", "json"])
    names = {r["name"] for r in json.loads(res.stdout)}
    assert {"Nicolás Maduro", "Tren de Aragua", "Federal Bureau of Investigation"} <= names
    res = runner.invoke(app, ["entities", "FBI", "--db", str(seed_db), "--format", "json"])
    profile = json.loads(res.stdout)[0]
    assert profile["name"] == "Federal Bureau of Investigation"
    assert profile["actor_code"] == "USACOP" and "FBI" in profile["aliases"]
    assert profile["documents"][0]["id"] == "seed-article.txt"
    res = runner.invoke(app, ["entities", "Cartel de los Soles", "--db", str(seed_db)])
    assert res.exit_code == 0 and "designation:" in res.stdout
    res = runner.invoke(app, ["entities", "Nobody At All", "--db", str(seed_db)])
    assert res.exit_code != 0
