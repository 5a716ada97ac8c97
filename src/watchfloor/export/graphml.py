"""Surfaces › export: the actor network as GraphML (``watchfloor export graphml``).

A directed multigraph built with networkx: every actor (entity that is not a place) and
every place that takes part in a coded dyad is a node (attributes: name, type, kind,
actor_code, country, mentions, stories), and each (source, target, CAMEO code) is one edge
keyed by the code, with the event name, quad class, Goldstein score (per event) and its
sum, the number of events and of independent stories, the first and last publication date,
and the event ids behind it. Negated events are left out. GraphML cannot hold nulls, so
missing values are left off the element.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from watchfloor.store.duckdb_store import DuckDBStore

_EDGES = """
SELECT ev.source_entity, ev.target_entity, ev.code,
       any_value(json_extract_string(ev.extra, '$.event_name')) AS event_name,
       any_value(ev.quad_class) AS quad_class, any_value(ev.goldstein) AS goldstein,
       sum(ev.goldstein) AS goldstein_sum, count(*) AS count,
       count(DISTINCT d.cluster_id) AS stories,
       min(substr(d.published, 1, 10)) AS first_date, max(substr(d.published, 1, 10)) AS last_date,
       string_agg(ev.event_id, ' ' ORDER BY ev.event_id) AS event_ids
FROM events ev JOIN documents d USING (uid)
WHERE ev.source_entity IS NOT NULL AND ev.target_entity IS NOT NULL
  AND NOT coalesce(ev.negated, false)
GROUP BY ev.source_entity, ev.target_entity, ev.code
ORDER BY 1, 2, 3
"""

_NODES = """
SELECT e.entity_id, e.name, e.type, e.kind, e.actor_code, e.country,
       count(m.uid) AS mentions,
       count(DISTINCT d.cluster_id) AS stories
FROM entities e LEFT JOIN mentions m USING (entity_id) LEFT JOIN documents d USING (uid)
WHERE e.type <> 'location' OR e.entity_id IN (SELECT unnest(?))
GROUP BY ALL ORDER BY e.entity_id
"""


def _attrs(row: dict[str, Any], skip: tuple[str, ...]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in skip and v is not None}


def build_graph(store: DuckDBStore) -> nx.MultiDiGraph:
    """RETURNS the actor network: entities as nodes, coded dyads per CAMEO code as edges."""
    g = nx.MultiDiGraph(name="watchfloor actor network")
    edges = store.sql(_EDGES)
    ids = sorted({e["source_entity"] for e in edges} | {e["target_entity"] for e in edges})
    for n in store.sql(_NODES, [ids]):
        g.add_node(n["entity_id"], **_attrs(n, ("entity_id",)))
    for e in edges:
        attrs = _attrs(e, ("source_entity", "target_entity"))
        attrs["goldstein_sum"] = float(attrs["goldstein_sum"])
        g.add_edge(e["source_entity"], e["target_entity"], key=e["code"], **attrs)
    return g


def export_graphml(store: DuckDBStore, path: str | Path) -> dict[str, Any]:
    """Writes the GraphML file to ``path``. RETURNS a summary (node and edge counts)."""
    g = build_graph(store)
    nx.write_graphml(g, str(path), encoding="utf-8", prettyprint=True)
    return {
        "format": "graphml",
        "path": str(path),
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
    }
