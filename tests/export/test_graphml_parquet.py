"""GraphML (re-read with networkx) and Parquet (re-read with pyarrow) exports."""

from __future__ import annotations

import json

import networkx as nx
import pyarrow.parquet as pq

from watchfloor.export.graphml import export_graphml
from watchfloor.export.parquet import export_parquet


def test_graphml_round_trip(store, tmp_path):
    path = tmp_path / "net.graphml"
    summary = export_graphml(store, path)
    g = nx.read_graphml(path, force_multigraph=True)
    assert g.is_directed() and g.number_of_edges() == summary["edges"] > 0
    assert g.nodes["org:tren-de-aragua"]["actor_code"] == "VENCRM"
    assert g.nodes["org:tren-de-aragua"]["kind"] == "criminal_group"
    total = 0
    for _, _, data in g.edges(data=True):
        assert data["quad_class"] in (1, 2, 3, 4)
        assert data["count"] >= 1 and data["code"]
        assert abs(data["goldstein_sum"] - data["goldstein"] * data["count"]) < 1e-6
        total += data["count"]
    expected = store.sql(
        "SELECT count(*) AS n FROM events WHERE source_entity IS NOT NULL "
        "AND target_entity IS NOT NULL AND NOT coalesce(negated, false)"
    )[0]["n"]
    assert total == expected


def test_parquet_has_every_table(store, tmp_path):
    out = tmp_path / "pq"
    export_parquet(store, out)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    for name, kind in store.relations():
        table = pq.read_table(out / f"{name}.parquet")
        n = store.sql(f'SELECT count(*) AS n FROM "{name}"')[0]["n"]
        assert table.num_rows == n == manifest[name]["rows"]
        assert manifest[name]["kind"] == ("view" if kind == "VIEW" else "table")
    events = pq.read_table(out / "events.parquet")
    assert events.schema.field("quad_class").type.bit_width == 8
    assert set(events.column("event_id").to_pylist()) == {
        r["event_id"] for r in store.sql("SELECT event_id FROM events")
    }
