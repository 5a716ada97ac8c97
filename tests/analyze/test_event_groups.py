"""Event-level de-duplication on the bundled sample corpus, through a real DuckDB store."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SAMPLE
from watchfloor.analyze.event_groups import group_events
from watchfloor.pipeline import RunOptions, ingest
from watchfloor.store.base import Filters
from watchfloor.store.duckdb_store import DuckDBStore

SYNDICATED = {
    "nd-2026-09-03-coast",
    "gcc-2026-09-04-coast",
    "ao-2026-09-04-coast",
    "ahb-2026-09-04-coast",
}  # one Associated Wire story, four outlets


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("groups") / "sample.duckdb"
    ingest([str(SAMPLE)], path, RunOptions())
    return path


@pytest.fixture
def store(db):
    with DuckDBStore(db) as s:
        yield s


def test_syndicated_copies_are_one_event_with_one_independent_source(store):
    groups = store.query_event_groups(Filters(limit=1000))
    rows = {r["id"]: r for r in store.query_events(Filters(limit=10_000))}

    def docs(g):
        return {rows[m]["document"] for m in g["mention_ids"]}

    # With more events coded on both sides (issue 11) an event reported by four different
    # stories also makes a group of four; the wire copies are the groups of its documents.
    wire = [g for g in groups if docs(g) == SYNDICATED]
    assert wire, "the wire story's events should each merge its four copies"
    for g in wire:
        assert g["mentions"] == 4 and g["independent_sources"] == 1
        assert len(g["outlets"]) == 4
    for g in groups:
        if g["documents"] == 4 and not docs(g) <= SYNDICATED:
            assert g["independent_sources"] > 1  # different stories count as sources


def test_same_strike_from_several_stories_counts_each_story(store):
    strikes = [
        g
        for g in store.query_event_groups(Filters(code="19", limit=1000))
        if g["independent_sources"] > 1
    ]
    assert strikes, "the 2 Sept strike is reported by more than one story"
    top = strikes[0]
    assert top["root"] == "19" and top["mentions"] > top["independent_sources"]


def test_every_event_is_in_exactly_one_group(store):
    rows = store.query_events(Filters(limit=100_000))
    groups = group_events(rows)
    ids = [m for g in groups for m in g["mention_ids"]]
    assert sorted(ids) == sorted(r["id"] for r in rows)


def test_dates_far_apart_are_different_events():
    base = {
        "root": "19",
        "code": "190",
        "quad_class": 4,
        "source_entity": "act:usamil",
        "target_entity": "act:crm",
        "document": "d",
        "outlet": "o",
    }
    rows = [
        base | {"id": "a", "story": "s1", "published": "2026-09-02"},
        base | {"id": "b", "story": "s2", "published": "2026-09-03"},
        base | {"id": "c", "story": "s3", "published": "2026-10-14"},
    ]
    groups = group_events(rows)
    assert sorted(g["mentions"] for g in groups) == [1, 2]
    assert max(g["independent_sources"] for g in groups) == 2


def test_modality_splits_groups():
    base = {
        "root": "19",
        "code": "190",
        "source_code": "USA",
        "target_code": "VEN",
        "published": "2026-09-02",
        "story": "s",
        "document": "d",
    }
    groups = group_events([base | {"id": "a"}, base | {"id": "b", "hypothetical": True}])
    assert {g["modality"] for g in groups} == {"asserted", "hypothetical"}


def test_filters_on_event_place_and_event_date(store):
    rows = store.query_events(Filters(place="Caribbean", limit=1000))
    assert rows and all(
        r["place"] == "Caribbean" or "Caribbean" in (r["sentence"] or "") for r in rows
    )
    dated = store.query_events(Filters(since="2026-10-01", until="2026-10-31", limit=1000))
    assert dated
    for r in dated:
        day = r["event_date"] or r["published"]
        assert "2026-10-01" <= str(day)[:10] <= "2026-10-31"


def test_cli_query_events_grouped(db):
    from typer.testing import CliRunner

    from watchfloor.cli import app

    result = CliRunner().invoke(
        app, ["query", "events", "--db", str(db), "--grouped", "--code", "19", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    groups = json.loads(result.stdout)
    assert groups and all(g["root"] == "19" for g in groups)
    assert {"mentions", "independent_sources", "outlets", "mention_ids"} <= set(groups[0])
