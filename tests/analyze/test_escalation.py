"""Escalation alerts on a store built from JSONL articles written here (a quiet baseline of
military contacts, then a day of attacks reported by five outlets) and on data/sample."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tests.conftest import SAMPLE
from watchfloor.analyze.escalation import EscalationParams, detect, stories
from watchfloor.cli import app
from watchfloor.pipeline import RunOptions, ingest
from watchfloor.store.duckdb_store import DuckDBStore

QUIET = [
    "Venezuelan military commanders met Colombian army officers in San Antonio del Tachira "
    "to review joint patrol schedules for the dry season.",
    "A delegation of the Venezuelan armed forces visited Colombian army headquarters in "
    "Bogota for talks on landmine clearance along the frontier.",
    "Officers of the Venezuelan military consulted Colombian army engineers about rebuilding "
    "a damaged road bridge over the Tachira river.",
    "Venezuelan troops met Colombian soldiers at the Paraguachon crossing to exchange liaison "
    "contacts before a regional election.",
    "The Venezuelan military hosted Colombian army medics at a field hospital in Guasdualito "
    "during a vaccination campaign.",
    "Venezuelan army generals held talks with Colombian military planners in Maicao about "
    "smuggling routes used by fuel traders.",
]
BURST = [
    (
        "Border Post",
        "Venezuelan soldiers attacked a Colombian army patrol near Cucuta, "
        "killing three troops, the Colombian army said.",
    ),
    (
        "River Courier",
        "The Venezuelan military shelled Colombian army positions along the "
        "Arauca river overnight, Colombian officials said.",
    ),
    (
        "Andes Daily",
        "Venezuelan troops ambushed Colombian soldiers in Norte de Santander "
        "before dawn, a Colombian army spokesman said.",
    ),
    (
        "Llanos Times",
        "Venezuelan forces fired mortars at a Colombian army base in Arauquita, "
        "wounding eleven soldiers, according to the Colombian army.",
    ),
    (
        "Frontier Herald",
        "Venezuelan military aircraft bombed a Colombian army outpost in Tibu, "
        "the Colombian army said in a statement.",
    ),
]
BURST_DAY = "2026-03-26"


def write_corpus(path):
    """Quiet contacts every three days from 1 March, then the attacks on 26 March."""
    with path.open("w", encoding="utf-8") as fh:
        for i, text in enumerate(QUIET):
            fh.write(
                json.dumps(
                    {
                        "id": f"quiet-{i}",
                        "text": text,
                        "title": "Border contacts",
                        "published": f"2026-03-{1 + 3 * i:02d}",
                        "source": "Quiet Wire",
                    }
                )
                + "\n"
            )
        for i, (outlet, text) in enumerate(BURST):
            fh.write(
                json.dumps(
                    {
                        "id": f"burst-{i}",
                        "text": text,
                        "title": "Border attack",
                        "published": BURST_DAY,
                        "source": outlet,
                    }
                )
                + "\n"
            )


@pytest.fixture(scope="module")
def burst_db(tmp_path_factory):
    work = tmp_path_factory.mktemp("escalation")
    write_corpus(work / "articles.jsonl")
    db = work / "wf.duckdb"
    ingest([str(work / "articles.jsonl")], db, RunOptions())
    return db


def test_burst_of_material_conflict_raises_a_dyad_alert(burst_db):
    with DuckDBStore(burst_db, read_only=True) as store:
        alerts = detect(store)
    assert alerts, "the attacks stand out from the quiet baseline"
    assert {a.day for a in alerts} == {BURST_DAY}, "no alert on the quiet days"
    dyad = next(a for a in alerts if a.kind == "dyad" and a.key == "VENMIL>COLMIL")
    assert set(dyad.triggers) >= {"count", "goldstein", "material_conflict_share"}
    assert dyad.direction == "conflict" and dyad.count >= 3
    assert dyad.baseline_count_median == 0 and dyad.baseline_material_conflict_share == 0
    assert dyad.material_conflict_share == 1.0 and dyad.goldstein_sum <= -30
    # the evidence: every event with its document and outlet
    assert len(dyad.sources) >= 3 and set(dyad.sources) <= {o for o, _ in BURST}
    assert all(
        e["document"].startswith("burst-") and e["code"].startswith("19") for e in dyad.events
    )
    assert any(a.kind == "actor" and a.key == "VENMIL" for a in alerts)


def test_window_and_parameters(burst_db):
    with DuckDBStore(burst_db, read_only=True) as store:
        assert detect(store, since="2026-03-27") == []
        assert detect(store, until="2026-03-25") == []
        # with a higher bar for the number of events the day no longer qualifies
        strict = EscalationParams.load(min_events=50)
        assert detect(store, strict) == []
        # a watchlist limits the series to its actors
        only = detect(store, keys={"COLMIL"})
        assert only and all("COLMIL" in a.key.split(">") for a in only)


def test_syndicated_copies_count_once(burst_db):
    with DuckDBStore(burst_db, read_only=True) as store:
        items = stories(store, EscalationParams.load())
        n_events = store.sql("SELECT count(*) AS n FROM events")[0]["n"]
    assert 0 < len(items) <= n_events
    assert all(len({e["story"] for e in s.events}) == 1 for s in items)


def test_alerts_command(burst_db):
    runner = CliRunner()
    res = runner.invoke(app, ["alerts", "--db", str(burst_db), "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert any(r["key"] == "VENMIL>COLMIL" and r["events"] for r in rows)
    res = runner.invoke(
        app,
        [
            "alerts",
            "--db",
            str(burst_db),
            "--format",
            "json",
            "--kind",
            "dyad",
            "--direction",
            "conflict",
        ],
    )
    rows = json.loads(res.stdout)
    assert rows and all(r["kind"] == "dyad" and r["direction"] == "conflict" for r in rows)
    res = runner.invoke(app, ["alerts", "--db", str(burst_db), "--direction", "cooperation"])
    assert res.exit_code == 0 and "no alerts" in res.stdout
    res = runner.invoke(app, ["alerts", "--db", str(burst_db), "--since", "2026-03-27"])
    assert res.exit_code == 0 and "no alerts" in res.stdout
    res = runner.invoke(app, ["alerts", "--db", str(burst_db)])
    assert res.exit_code == 0 and "VENMIL>COLMIL" in res.stdout and "Border Post" in res.stdout


def test_sample_corpus_alerts_carry_their_evidence(tmp_path):
    if not any(SAMPLE.rglob("*.*")):
        pytest.skip("sample corpus not present")
    db = tmp_path / "sample.duckdb"
    ingest([str(SAMPLE)], db, RunOptions())
    with DuckDBStore(db, read_only=True) as store:
        alerts = detect(store)
        event_ids = {r["event_id"] for r in store.sql("SELECT event_id FROM events")}
    json.dumps([a.to_dict() for a in alerts])
    for a in alerts:
        assert a.count >= EscalationParams.load().min_events and a.sources
        assert {e["event_id"] for e in a.events} <= event_ids


def test_daily_series_with_baseline(burst_db):
    from watchfloor.analyze.escalation import series, series_keys

    with DuckDBStore(burst_db, read_only=True) as store:
        keys = series_keys(store, kind="dyad")
        found = series(store, "VENMIL>COLMIL")
        window = series(store, "VENMIL>COLMIL", since="2026-03-20", until="2026-03-27")
        alerts = {a.day for a in detect(store) if a.key == "VENMIL>COLMIL"}
        assert series(store, "NOPE>NOPE") is None
    assert any(k["key"] == "VENMIL>COLMIL" and k["events"] >= 3 for k in keys)
    assert all(k["kind"] == "dyad" for k in keys)
    days = found["days"]
    # zero-filled, one row per day from the first publication to the last event day
    assert days[0]["day"] == "2026-03-01" and days[-1]["day"] == BURST_DAY
    assert len(days) == 26 and sum(d["count"] for d in days) >= 3
    burst = days[-1]
    assert burst["alert"] and burst["count_z"] >= 3.5 and burst["baseline_count_median"] == 0
    assert burst["material_conflict_share"] == 1.0 and burst["goldstein_sum"] <= -30
    # the series agrees with the alerts: the days it flags are the days alerts are raised on
    assert {d["day"] for d in days if d["alert"]} == alerts
    assert [d["day"] for d in window["days"]][0] == "2026-03-20" and len(window["days"]) == 8


def test_series_command(burst_db):
    runner = CliRunner()
    res = runner.invoke(app, ["alerts", "--db", str(burst_db), "--series", "list", "-f", "json"])
    assert res.exit_code == 0 and any(r["key"] == "VENMIL" for r in json.loads(res.stdout))
    res = runner.invoke(
        app, ["alerts", "--db", str(burst_db), "--series", "VENMIL>COLMIL", "--since", "2026-03-24"]
    )
    assert res.exit_code == 0 and BURST_DAY in res.stdout and "True" in res.stdout
    res = runner.invoke(app, ["alerts", "--db", str(burst_db), "--series", "NOPE"])
    assert res.exit_code != 0
