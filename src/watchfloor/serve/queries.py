"""Surfaces › serve: the read queries the API and the dashboard need beyond the store's own.

Documents with their highlighted spans, story clusters, full-text search, entity
counterparts, and the aggregates behind the dashboard (network, timeline, map). All of
it is read-only SQL through :meth:`DuckDBStore.sql`; filters on events reuse the store's
:meth:`query_events` so the API and the CLI agree on what a filter means.
"""

from __future__ import annotations

import json
from typing import Any

from watchfloor.serve.geo import position
from watchfloor.store.base import main_quad_sql
from watchfloor.store.duckdb_store import EVENTS_JOINED, PLACE_EVIDENCE, DuckDBStore

# The documents' date window, as in the store and the report: `until` covers its whole day.
_WINDOW = "(? IS NULL OR d.published >= ?) AND (? IS NULL OR d.published < ? || '\uffff')"


def _window(since: str | None, until: str | None) -> list[Any]:
    return [since, since, until, until]


def document_key(store: DuckDBStore, key: str) -> str | None:
    """A document's uid from its uid or its input id (the earliest such copy)."""
    rows = store.sql(
        "SELECT uid FROM documents WHERE uid = ? OR id = ? ORDER BY (uid = ?) DESC, seq LIMIT 1",
        [key, key, key],
    )
    return rows[0]["uid"] if rows else None


_DOC_COLUMNS = """d.uid, d.id, d.title, d.published, d.published_precision, d.source AS outlet,
    d.url, d.language, d.coding, d.dateline, d.format, d.cluster_id AS story, d.duplicate_of,
    d.is_earliest, d.ingested_at"""


def list_documents(
    store: DuckDBStore,
    since: str | None,
    until: str | None,
    outlet: str | None,
    story: str | None,
    limit: int,
    offset: int,
) -> list[dict[str, Any]]:
    return store.sql(
        f"""SELECT {_DOC_COLUMNS}, length(d.text) AS chars,
                   (SELECT count(*) FROM events e WHERE e.uid = d.uid) AS events,
                   (SELECT count(*) FROM claims c WHERE c.uid = d.uid) AS claims
            FROM documents_v d
            WHERE {_WINDOW} AND (? IS NULL OR d.source = ?) AND (? IS NULL OR d.cluster_id = ?)
            ORDER BY d.published NULLS LAST, d.seq LIMIT ? OFFSET ?""",
        _window(since, until) + [outlet, outlet, story, story, limit, offset],
    )


def document(store: DuckDBStore, uid: str) -> dict[str, Any] | None:
    """One document with its text and every span: entity mentions, events, claims."""
    rows = store.sql(f"SELECT {_DOC_COLUMNS}, d.text FROM documents_v d WHERE d.uid = ?", [uid])
    if not rows:
        return None
    doc = rows[0]
    doc["mentions"] = store.sql(
        """SELECT m.start_char AS start, m.end_char AS "end", m.text, m.entity_id,
                  e.name, e.type, e.kind, e.actor_code
           FROM mentions m JOIN entities e USING (entity_id) WHERE m.uid = ?
           ORDER BY m.start_char, m.end_char""",
        [uid],
    )
    events = store.sql(
        """SELECT ev.event_id AS id, ev.code, ev.root, ev.quad_class, ev.goldstein,
                  ev.source_entity, se.name AS source, ev.source_code,
                  ev.target_entity, te.name AS target, ev.target_code,
                  ev.trigger_start, ev.trigger_end, ev.trigger_text,
                  ev.sentence_start, ev.sentence_end, ev.negated, ev.hypothetical,
                  ev.alleged, ev.future, ev.confidence,
                  json_extract_string(ev.extra, '$.event_name') AS event_name
           FROM events ev LEFT JOIN entities se ON se.entity_id = ev.source_entity
           LEFT JOIN entities te ON te.entity_id = ev.target_entity
           WHERE ev.uid = ? ORDER BY ev.trigger_start, ev.event_id""",
        [uid],
    )
    doc["events"] = [
        {
            **{k: v for k, v in e.items() if not k.startswith(("trigger_", "sentence_"))},
            "trigger": _span(e["trigger_start"], e["trigger_end"], e["trigger_text"]),
            "sentence": _span(e["sentence_start"], e["sentence_end"], None, doc["text"]),
        }
        for e in events
    ]
    claims = store.sql(
        """SELECT c.claim_id AS id, c.speaker_text, c.speaker_start, c.speaker_end,
                  c.speaker_entity, s.name AS speaker_name, c.speaker_kind,
                  c.cue_text, c.cue_start, c.cue_end,
                  c.content_text, c.content_start, c.content_end, c.hedges, c.hedged,
                  c.check_worthiness, c.attributed, c.confidence
           FROM claims c LEFT JOIN entities s ON s.entity_id = c.speaker_entity
           WHERE c.uid = ? ORDER BY c.content_start, c.claim_id""",
        [uid],
    )
    doc["claims"] = [
        {
            "id": c["id"],
            "speaker": _span(c["speaker_start"], c["speaker_end"], c["speaker_text"]),
            "speaker_entity": c["speaker_entity"],
            "speaker_name": c["speaker_name"],
            "speaker_kind": c["speaker_kind"],
            "cue": _span(c["cue_start"], c["cue_end"], c["cue_text"]),
            "content": _span(c["content_start"], c["content_end"], c["content_text"]),
            "hedges": json.loads(c["hedges"] or "[]"),
            "hedged": c["hedged"],
            "check_worthiness": c["check_worthiness"],
            "attributed": c["attributed"],
            "confidence": c["confidence"],
        }
        for c in claims
    ]
    return doc


def _span(
    start: int | None, end: int | None, text: str | None, source: str | None = None
) -> dict[str, Any] | None:
    if start is None or end is None:
        return None
    if text is None and source is not None:
        text = source[start:end]
    return {"start": start, "end": end, "text": text or ""}


def clusters(
    store: DuckDBStore, since: str | None, until: str | None, limit: int, offset: int
) -> list[dict[str, Any]]:
    return store.sql(
        f"""SELECT c.cluster_id AS id, c.n_documents, c.n_outlets, c.first_published,
                   c.earliest_uid, d.title, d.id AS earliest_id
            FROM clusters c JOIN documents d ON d.uid = c.earliest_uid
            WHERE {_WINDOW.replace("d.published", "c.first_published")}
            ORDER BY c.first_published NULLS LAST, c.cluster_id LIMIT ? OFFSET ?""",
        _window(since, until) + [limit, offset],
    )


def cluster(store: DuckDBStore, cluster_id: str) -> dict[str, Any] | None:
    rows = store.sql(
        """SELECT cluster_id AS id, n_documents, n_outlets, first_published, earliest_uid
           FROM clusters WHERE cluster_id = ?""",
        [cluster_id],
    )
    if not rows:
        return None
    out = rows[0]
    out["documents"] = store.sql(
        f"""SELECT {_DOC_COLUMNS}, d.similarity FROM documents_v d WHERE d.cluster_id = ?
            ORDER BY d.published NULLS LAST, d.seq""",
        [cluster_id],
    )
    return out


def search(store: DuckDBStore, q: str, limit: int, offset: int) -> list[dict[str, Any]]:
    """Documents whose title or text contains every word of ``q`` (case-insensitive),
    ranked by occurrences; each hit carries a short snippet around its first match.

    A scan, not an index: DuckDB's FTS extension would be fetched at run time."""
    words = [w for w in q.split() if w][:8]
    if not words:
        return []
    conds = " AND ".join(
        "(d.text ILIKE ? ESCAPE '\\' OR d.title ILIKE ? ESCAPE '\\')" for _ in words
    )
    like = [p for w in words for p in (f"%{_escape_like(w)}%",) * 2]
    score = " + ".join(
        "(length(lower(d.text)) - length(replace(lower(d.text), lower(?), ''))) "
        "/ greatest(length(?), 1)"
        for _ in words
    )
    score_params = [p for w in words for p in (w, w)]
    rows = store.sql(
        f"""SELECT {_DOC_COLUMNS}, ({score}) AS score, d.text
            FROM documents_v d WHERE {conds}
            ORDER BY score DESC, d.published NULLS LAST, d.seq LIMIT ? OFFSET ?""",
        score_params + like + [limit, offset],
    )
    for r in rows:
        text = r.pop("text")
        at = text.lower().find(words[0].lower())
        lo, hi = max(0, at - 80), min(len(text), at + len(words[0]) + 80)
        r["snippet"] = (
            {
                "start": lo,
                "end": hi,
                "text": text[lo:hi],
                "match_start": at,
                "match_end": at + len(words[0]),
            }
            if at >= 0
            else None
        )
        r["score"] = int(r["score"] or 0)
    return rows


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def counterparts(store: DuckDBStore, entity_id: str) -> list[dict[str, Any]]:
    """Who an entity acts on and is acted on by: events, Goldstein sum, main quad class."""
    return store.sql(
        f"""WITH rel AS (
             SELECT ev.target_entity AS other, 'source' AS role, ev.* FROM events ev
              WHERE ev.source_entity = ? AND ev.target_entity IS NOT NULL
             UNION ALL
             SELECT ev.source_entity AS other, 'target' AS role, ev.* FROM events ev
              WHERE ev.target_entity = ? AND ev.source_entity IS NOT NULL)
           SELECT rel.other AS entity_id, e.name, e.kind, e.actor_code, rel.role,
                  count(*) AS events, round(sum(rel.goldstein), 1) AS goldstein_sum,
                  {main_quad_sql("rel.quad_class")} AS main_quad
           FROM rel JOIN entities e ON e.entity_id = rel.other
           GROUP BY ALL ORDER BY events DESC, e.name""",
        [entity_id, entity_id],
    )


def event(store: DuckDBStore, event_id: str) -> dict[str, Any] | None:
    rows = store.sql(
        f"""SELECT ev.event_id AS id, ev.uid AS document_uid, d.id AS document, d.published,
                  d.source AS outlet, d.cluster_id AS story, ev.code, ev.root, ev.quad_class,
                  ev.goldstein, ev.source_entity, se.name AS source, ev.source_code,
                  ev.target_entity, te.name AS target, ev.target_code,
                  ev.trigger_text AS trigger, ev.trigger_start, ev.trigger_end,
                  ev.sentence_text AS sentence, ev.sentence_start, ev.sentence_end,
                  ev.negated, ev.hypothetical, ev.alleged, ev.future, ev.attributed_to,
                  ev.confidence, json_extract_string(ev.extra, '$.event_name') AS event_name,
                  json_extract_string(ev.extra, '$.plover_event') AS plover_event,
                  json_extract_string(ev.extra, '$.plover_mode') AS plover_mode,
                  so.code_from AS source_code_from, tg.code_from AS target_code_from
           {EVENTS_JOINED}
           WHERE ev.event_id = ?""",
        [event_id],
    )
    return rows[0] if rows else None


def claim(store: DuckDBStore, claim_id: str) -> dict[str, Any] | None:
    rows = store.sql(
        """SELECT c.claim_id AS id, c.uid AS document_uid, d.id AS document, d.published,
                  d.source AS outlet, d.cluster_id AS story, c.speaker_text AS speaker,
                  c.speaker_entity, s.name AS speaker_name, c.speaker_kind, c.cue_text AS cue,
                  c.content_text AS content, c.content_start, c.content_end, c.hedges,
                  c.hedged, c.check_worthiness, c.attributed, c.confidence
           FROM claims c JOIN documents d USING (uid)
           LEFT JOIN entities s ON s.entity_id = c.speaker_entity
           WHERE c.claim_id = ?""",
        [claim_id],
    )
    if not rows:
        return None
    out = rows[0]
    out["hedges"] = [h["text"] for h in json.loads(out["hedges"] or "[]")]
    out["corroboration"] = store.sql(
        """SELECT c2.claim_id AS id, d2.uid AS document_uid, d2.id AS document,
                  d2.source AS outlet, d2.published, d2.cluster_id AS story
           FROM claims c2 JOIN documents d2 USING (uid)
           WHERE c2.content_text = ? ORDER BY d2.published NULLS LAST, c2.claim_id""",
        [out["content"]],
    )
    out["independent_sources"] = len({r["story"] for r in out["corroboration"]})
    return out


def network(store: DuckDBStore, since: str | None, until: str | None) -> dict[str, Any]:
    """Actors as nodes, coded dyads as edges (one edge per dyad and quad class)."""
    edges = store.sql(
        f"""SELECT ev.source_entity AS source, ev.target_entity AS target, ev.quad_class,
                   count(*) AS events, round(sum(ev.goldstein), 1) AS goldstein_sum,
                   count(DISTINCT d.cluster_id) AS stories
            FROM events ev JOIN documents d USING (uid)
            WHERE {_WINDOW} AND ev.source_entity IS NOT NULL AND ev.target_entity IS NOT NULL
              AND ev.source_entity <> ev.target_entity
            GROUP BY ALL ORDER BY events DESC, source, target, quad_class""",
        _window(since, until),
    )
    nodes = store.sql(
        f"""SELECT e.entity_id AS id, e.name, e.type, e.kind, e.actor_code,
                   count(DISTINCT m.uid) AS documents, count(*) AS mentions
            FROM mentions m JOIN entities e USING (entity_id) JOIN documents d USING (uid)
            WHERE {_WINDOW} AND e.type <> 'location'
            GROUP BY ALL ORDER BY mentions DESC, e.name""",
        _window(since, until),
    )
    actors = {
        r["id"]
        for r in store.sql(
            f"""SELECT DISTINCT unnest([ev.source_entity, ev.target_entity]) AS id
            FROM events ev JOIN documents d USING (uid) WHERE {_WINDOW}""",
            _window(since, until),
        )
        if r["id"] and not r["id"].startswith("loc:")
    }
    in_edges = {e["source"] for e in edges} | {e["target"] for e in edges} | actors
    known = {n["id"] for n in nodes}
    extra = sorted(in_edges - known)
    if extra:
        nodes += store.sql(
            """SELECT entity_id AS id, name, type, kind, actor_code, 0 AS documents,
                      0 AS mentions FROM entities WHERE entity_id IN (SELECT unnest(?))""",
            [extra],
        )
    # keep the actors of events, plus the most mentioned others (a readable graph)
    nodes = [n for n in nodes if n["id"] in in_edges or n["mentions"] >= 3]
    return {"nodes": nodes, "edges": edges}


def timeline(store: DuckDBStore, since: str | None, until: str | None) -> dict[str, Any]:
    days = store.sql(
        f"""SELECT substr(d.published, 1, 10) AS day,
                   count(*) FILTER (WHERE ev.quad_class = 1) AS q1,
                   count(*) FILTER (WHERE ev.quad_class = 2) AS q2,
                   count(*) FILTER (WHERE ev.quad_class = 3) AS q3,
                   count(*) FILTER (WHERE ev.quad_class = 4) AS q4,
                   round(sum(ev.goldstein), 1) AS goldstein
            FROM events ev JOIN documents d USING (uid)
            WHERE {_WINDOW} AND d.published IS NOT NULL GROUP BY 1 ORDER BY 1""",
        _window(since, until),
    )
    undated = store.sql(
        "SELECT count(*) AS n FROM events ev JOIN documents d USING (uid) WHERE d.published IS NULL"
    )[0]["n"]
    dyads = store.sql(
        f"""SELECT ev.source_entity AS source, se.name AS source_name,
                   ev.target_entity AS target, te.name AS target_name,
                   substr(d.published, 1, 10) AS day, count(*) AS events,
                   round(sum(ev.goldstein), 1) AS goldstein
            FROM events ev JOIN documents d USING (uid)
            JOIN entities se ON se.entity_id = ev.source_entity
            JOIN entities te ON te.entity_id = ev.target_entity
            WHERE {_WINDOW} AND d.published IS NOT NULL
            GROUP BY ALL ORDER BY source, target, day""",
        _window(since, until),
    )
    series: dict[tuple[str, str], dict[str, Any]] = {}
    for r in dyads:
        key = (r["source"], r["target"])
        s = series.setdefault(
            key,
            {
                "source": r["source"],
                "source_name": r["source_name"],
                "target": r["target"],
                "target_name": r["target_name"],
                "events": 0,
                "points": [],
            },
        )
        s["events"] += r["events"]
        s["points"].append({"day": r["day"], "events": r["events"], "goldstein": r["goldstein"]})
    ranked = sorted(series.values(), key=lambda s: (-s["events"], s["source"], s["target"]))
    return {"days": days, "undated_events": undated, "dyads": ranked}


def places(store: DuckDBStore, since: str | None, until: str | None) -> dict[str, Any]:
    """Events on the map: at the event's own place when the event extractor found one
    ("strikes ... in the Caribbean"), else at the locations named in its sentence."""
    own = store.sql(
        f"""SELECT ev.event_id, ev.quad_class,
                   json_extract_string(ev.extra, '$.place.entity') AS entity_id,
                   json_extract_string(ev.extra, '$.place.name') AS name,
                   json_extract_string(ev.extra, '$.place.country') AS country,
                   TRY_CAST(json_extract_string(ev.extra, '$.place.lat') AS DOUBLE) AS lat,
                   TRY_CAST(json_extract_string(ev.extra, '$.place.lon') AS DOUBLE) AS lon,
                   json_extract_string(ev.extra, '$.place.precision') AS precision
            FROM events ev JOIN documents d USING (uid)
            WHERE {_WINDOW} AND json_extract_string(ev.extra, '$.place.name') IS NOT NULL
              AND {PLACE_EVIDENCE}""",
        _window(since, until),
    )
    placed = {r["event_id"] for r in own}
    rows = [
        {
            "entity_id": r["entity_id"] or "place:" + r["name"],
            "name": r["name"],
            "kind": None,
            "country": r["country"],
            "event_id": r["event_id"],
            "quad_class": r["quad_class"],
            "attributes": {"geo": {k: r[k] for k in ("country", "lat", "lon", "precision")}},
        }
        for r in own
    ]
    for r in store.sql(
        f"""SELECT DISTINCT pe.entity_id, pe.name, pe.kind, pe.country,
                   CAST(pe.attributes AS VARCHAR) AS attributes, ev.event_id, ev.quad_class
            FROM events ev JOIN documents d USING (uid)
            JOIN mentions pm ON pm.uid = ev.uid
             AND pm.start_char >= ev.sentence_start AND pm.end_char <= ev.sentence_end
            JOIN entities pe ON pe.entity_id = pm.entity_id AND pe.type = 'location'
            WHERE {_WINDOW} ORDER BY pe.entity_id, ev.event_id""",
        _window(since, until),
    ):
        if r["event_id"] not in placed:
            rows.append({**r, "attributes": json.loads(r["attributes"] or "{}")})
    out: dict[str, dict[str, Any]] = {}
    unplaced: set[str] = set()
    for r in rows:
        pos = position(r["name"], r["kind"], r["country"], r["attributes"])
        if pos is None:
            unplaced.add(r["name"])
            continue
        p = out.setdefault(
            r["entity_id"],
            {
                "entity_id": r["entity_id"],
                "name": r["name"],
                "kind": r["kind"],
                **pos,
                "events": 0,
                "by_quad": {"1": 0, "2": 0, "3": 0, "4": 0},
            },
        )
        p["events"] += 1
        p["by_quad"][str(r["quad_class"])] += 1
    return {
        "places": sorted(out.values(), key=lambda p: (-p["events"], p["name"])),
        "unplaced": sorted(unplaced),
    }
