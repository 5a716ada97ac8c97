"""The situation report: a Markdown summary of what the store knows, with its sources.

Sections: the corpus at a glance; main actors; events by quad class and by day; the
per-dyad summary (counts and Goldstein sums); notable claims with their speakers, hedges
and how many independent stories (clusters, not articles) carry them; the most
check-worthy unattributed or single-source claims; and what was quarantined.
"""

from __future__ import annotations

from typing import Any

from watchfloor.analyze import claim_clusters
from watchfloor.analyze.charts import bars, timeline
from watchfloor.analyze.escalation import EscalationParams, detect
from watchfloor.store.base import main_quad_sql
from watchfloor.store.duckdb_store import DuckDBStore

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

# an event with an actor on both sides (``Event.dyadic``): the only ones dyad totals count
DYADIC = (
    "(ev.source_entity IS NOT NULL OR ev.source_code IS NOT NULL) AND "
    "(ev.target_entity IS NOT NULL OR ev.target_code IS NOT NULL)"
)


def _pct(share: float | None) -> str:
    return "n/a" if share is None else f"{100 * share:.0f}%"


def _coverage_line(stats: dict[str, Any]) -> str:
    """How far to trust the dyad tables: the share of events with both actors coded."""
    resolved = stats.get("event_sides_code_resolved") or 0
    via = f" ({resolved} event sides coded through cross-document resolution)" if resolved else ""
    return (
        f"Actor coding: {_pct(stats.get('events_both_coded_share'))} of events "
        f"({_pct(stats.get('asserted_events_both_coded_share'))} of asserted events) have "
        f"both a source and a target actor code, and {_pct(stats.get('actors_coded_share'))} "
        "of people and organisations have a code; dyad counts and Goldstein sums below "
        f"cover only the coded events{via}."
    )


def build_report(
    store: DuckDBStore,
    since: str | None = None,
    until: str | None = None,
    top: int = 10,
    charts: bool = False,
) -> str:
    """RETURNS the report as Markdown (with inline SVG charts when ``charts``)."""
    where = "(? IS NULL OR d.published >= ?) AND (? IS NULL OR d.published < ? || '\uffff')"
    p = [since, since, until, until]
    stats = store.stats()
    out = ["# watchfloor situation report", ""]
    start, end = since or stats["first_published"], until or stats["last_published"]
    if start or end:
        window = f"Period: {start or 'the first dated article'} to {end or 'the last'}."
    else:
        window = "Period: unknown, the articles carry no publication date."
    undated = stats.get("undated_documents") or 0
    if undated and (start or end):
        window += f" {undated} of the articles carry no publication date."
    out.append(
        f"{window} {stats['documents']} articles in {stats['clusters']} "
        f"independent stories ({stats['duplicate_documents']} syndicated or duplicate "
        f"copies); {stats['entities']} actors, {stats['events']} events, "
        f"{stats['claims']} claims."
    )
    out += ["", _coverage_line(stats)]
    out += _languages(store, where, p)
    out += ["", "## Key developments", ""]
    out += _key_developments(store, where, p, top)
    out += ["", "## Main actors", ""]
    actors = store.sql(
        f"""SELECT e.name, e.type, e.kind, e.actor_code, count(*) AS mentions,
                   count(DISTINCT d.cluster_id) AS stories
            FROM mentions m JOIN entities e USING (entity_id) JOIN documents d USING (uid)
            WHERE {where} AND e.type <> 'location'
            GROUP BY ALL ORDER BY stories DESC, mentions DESC, e.name LIMIT ?""",
        p + [top],
    )
    out += _table(actors, ["name", "type", "kind", "actor_code", "mentions", "stories"])
    out += ["", "## New actors", "", "Actors first mentioned in this period.", ""]
    out += _new_actors(store, since, until, top)
    out += ["", "## Events by quad class", ""]
    quads = store.sql(
        f"""SELECT ev.quad_class, count(*) AS events,
                   count(*) FILTER (WHERE NOT (ev.negated OR ev.hypothetical OR ev.alleged
                                               OR ev.future)) AS asserted,
                   count(*) FILTER (WHERE {DYADIC}) AS dyadic,
                   round(sum(ev.goldstein), 1) AS goldstein_sum,
                   round(coalesce(sum(ev.goldstein) FILTER (WHERE {DYADIC}), 0), 1)
                       AS goldstein_dyadic
            FROM events ev JOIN documents d USING (uid) WHERE {where}
            GROUP BY 1 ORDER BY 1""",
        p,
    )
    for q in quads:
        q["quad_class"] = f"{q['quad_class']} {QUAD_NAMES.get(q['quad_class'], '')}"
    out += _table(
        quads, ["quad_class", "events", "asserted", "dyadic", "goldstein_sum", "goldstein_dyadic"]
    )
    out += ["", "## Events by day", ""]
    days = store.sql(
        f"""SELECT substr(d.published, 1, 10) AS day,
                   count(*) FILTER (WHERE ev.quad_class = 1) AS q1,
                   count(*) FILTER (WHERE ev.quad_class = 2) AS q2,
                   count(*) FILTER (WHERE ev.quad_class = 3) AS q3,
                   count(*) FILTER (WHERE ev.quad_class = 4) AS q4,
                   round(sum(ev.goldstein), 1) AS goldstein
            FROM events ev JOIN documents d USING (uid) WHERE {where}
            GROUP BY 1 ORDER BY 1 NULLS LAST""",
        p,
    )
    out += _table(days, ["day", "q1", "q2", "q3", "q4", "goldstein"])
    if charts:
        out += _chart(timeline(days))
    out += ["", "## Dyads", ""]
    dyads = store.sql(
        f"""SELECT coalesce(se.name, ev.source_code) AS source, ev.source_code,
                   coalesce(te.name, ev.target_code) AS target, ev.target_code,
                   count(*) AS events, count(DISTINCT d.cluster_id) AS stories,
                   round(sum(ev.goldstein), 1) AS goldstein_sum,
                   {main_quad_sql("ev.quad_class")} AS main_quad
            FROM events ev JOIN documents d USING (uid)
            LEFT JOIN entities se ON se.entity_id = ev.source_entity
            LEFT JOIN entities te ON te.entity_id = ev.target_entity
            WHERE {where} AND ev.source_entity IS NOT NULL AND ev.target_entity IS NOT NULL
            GROUP BY ALL
            ORDER BY events DESC, goldstein_sum, source, target, ev.source_code, ev.target_code
            LIMIT ?""",
        p + [top],
    )
    out += _table(
        dyads,
        [
            "source",
            "source_code",
            "target",
            "target_code",
            "events",
            "stories",
            "goldstein_sum",
            "main_quad",
        ],
    )
    if charts:
        for d in dyads:
            d["dyad"] = f"{d['source']} → {d['target']}"
        out += _chart(bars(dyads, "dyad", "events", "goldstein_sum", "Top dyads by events"))
    out += ["", "## Escalating dyads", ""]
    out += _escalating_dyads(store, since, until, top)
    out += ["", "## Key events", ""]
    key_events = store.sql(
        f"""SELECT substr(d.published, 1, 10) AS day, coalesce(se.name, '?') AS source,
                   json_extract_string(ev.extra, '$.event_name') AS action, ev.code,
                   coalesce(te.name, '?') AS target, ev.negated, ev.hypothetical, ev.alleged,
                   d.source AS outlet, d.id AS document,
                   count(*) OVER (PARTITION BY d.cluster_id, ev.code, ev.source_entity,
                                  ev.target_entity) AS copies
            FROM events ev JOIN documents d USING (uid)
            LEFT JOIN entities se ON se.entity_id = ev.source_entity
            LEFT JOIN entities te ON te.entity_id = ev.target_entity
            JOIN clusters c ON c.earliest_uid = d.uid
            WHERE {where} AND ev.source_entity IS NOT NULL AND ev.target_entity IS NOT NULL
            ORDER BY abs(ev.goldstein) DESC, day, ev.uid, ev.trigger_start, ev.event_id
            LIMIT ?""",  # a full order: tied rows must not be picked differently per engine
        p + [top],
    )
    for e in key_events:
        e["modality"] = (
            ", ".join(k for k in ("negated", "hypothetical", "alleged") if e[k]) or "asserted"
        )
    out += _table(
        key_events, ["day", "source", "action", "code", "target", "modality", "outlet", "document"]
    )
    out += [
        "",
        "## Contested events",
        "",
        "The same coded event asserted in some articles and negated (denied, refused) in others.",
        "",
    ]
    out += _contested_events(store, where, p, top)
    out += ["", "## Notable claims", ""]
    claims = store.sql(
        f"""SELECT coalesce(s.name, c.speaker_text) AS speaker, c.cue_text AS cue,
                   c.content_text AS content, c.hedged, c.check_worthiness AS cw,
                   d.source AS outlet,
                   (SELECT count(DISTINCT d2.cluster_id) FROM claims c2
                      JOIN documents d2 USING (uid)
                     WHERE c2.content_text = c.content_text) AS stories
            FROM claims c JOIN documents d USING (uid)
            JOIN clusters cl ON cl.earliest_uid = d.uid
            LEFT JOIN entities s ON s.entity_id = c.speaker_entity
            WHERE {where} AND c.attributed
            ORDER BY c.check_worthiness DESC, stories DESC, c.claim_id LIMIT ?""",
        p + [top],
    )
    for row in claims:  # rounded here: SQL round() of a double differs between back ends
        row["cw"] = None if row["cw"] is None else round(row["cw"], 2)
    out += _table(claims, ["speaker", "cue", "content", "hedged", "cw", "stories", "outlet"])
    out += ["", "## Check-worthy unattributed or single-source claims", ""]
    # claims grouped across documents (watchfloor.analyze.claim_clusters): one story = one
    # source however many outlets syndicate it; conflicting figures are listed apart
    single, conflicts = claim_clusters.report_sections(store, since, until, top)
    out += _table(single, ["content", "speaker", "cw", "stories", "outlets", "outlet", "document"])
    out += ["", "## Conflicting figures", ""]
    out += _table(conflicts, ["quantity", "figure_a", "figure_b", "claim_a", "claim_b"])
    quarantined = store.query_quarantine(limit=top)
    if quarantined:
        out += ["", "## Quarantined inputs", ""]
        out += _table(quarantined, ["origin", "code", "reason"])
    return "\n".join(out) + "\n"


def _cell(value: Any, width: int = 160) -> str:
    if value is None:
        return ""
    text = str(value).replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(rows: list[dict[str, Any]], cols: list[str]) -> list[str]:
    if not rows:
        return ["_none_"]
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(_cell(r.get(c)) for c in cols) + " |" for r in rows]
    return lines


CHART_MARK = "<!-- chart -->"


def _chart(svg: str) -> list[str]:
    """A chart as an HTML block in the Markdown (the HTML renderer keeps it as is)."""
    return ["", CHART_MARK, svg, ""] if svg else []


def _key_developments(store: DuckDBStore, where: str, p: list[Any], top: int) -> list[str]:
    """The most significant asserted events, one line per development (same actors and code
    on the same first day, across stories; syndicated copies count as one story), with
    the outlets and documents behind it."""
    rows = store.sql(
        f"""WITH per_story AS (
                SELECT d.cluster_id, coalesce(se.name, ev.source_code) AS source,
                       coalesce(te.name, ev.target_code) AS target, ev.code,
                       any_value(ev.quad_class) AS quad_class,
                       any_value(ev.goldstein) AS goldstein,
                       any_value(json_extract_string(ev.extra, '$.event_name')) AS action,
                       min(substr(d.published, 1, 10)) AS day,
                       arg_min(ev.sentence_text, (d.published, d.seq)) AS sentence,
                       arg_min(d.id, (d.published, d.seq)) AS document,
                       list(DISTINCT coalesce(d.source, d.id)) AS outlets
                FROM events ev JOIN documents d USING (uid)
                LEFT JOIN entities se ON se.entity_id = ev.source_entity
                LEFT JOIN entities te ON te.entity_id = ev.target_entity
                WHERE {where} AND d.published IS NOT NULL AND ev.source_entity IS NOT NULL
                  AND NOT (ev.negated OR ev.hypothetical OR ev.future)
                GROUP BY d.cluster_id, 2, 3, ev.code)
            SELECT * FROM (
            SELECT day, source, target, code, any_value(quad_class) AS quad_class,
                   any_value(action) AS action, count(*) AS stories,
                   arg_min(sentence, document) AS sentence, min(document) AS document,
                   list_sort(list_distinct(flatten(list(outlets)))) AS outlets,
                   abs(any_value(goldstein)) AS weight
            FROM per_story GROUP BY day, source, target, code)
            ORDER BY (quad_class = 4) DESC, stories DESC, len(outlets) DESC, weight DESC, day,
                     source, target, code
            LIMIT ?""",
        p + [top],
    )
    if not rows:
        return ["_none_"]
    lines = []
    for r in sorted(rows, key=lambda r: r["day"]):
        sentence = " ".join((r["sentence"] or "").split())
        sentence = sentence if len(sentence) <= 220 else sentence[:219] + "…"
        target = f" → {r['target']}" if r["target"] else ""
        lines.append(
            " ".join(
                f"- {r['day']} — {r['source']}: {r['action'] or 'CAMEO ' + r['code']} "
                f"(CAMEO {r['code']}, quad {r['quad_class']}){target}. “{sentence}” — "
                f"{r['stories']} stor{'y' if r['stories'] == 1 else 'ies'}; "
                f"{', '.join(r['outlets'])} [{r['document']}]".split()
            )
        )
    return lines


def _new_actors(store: DuckDBStore, since: str | None, until: str | None, top: int) -> list[str]:
    rows = store.sql(
        """SELECT e.name, e.type, e.kind, e.actor_code, min(d.published) AS first_seen,
                  arg_min(d.id, d.published) AS first_document,
                  count(*) AS mentions, count(DISTINCT d.cluster_id) AS stories
           FROM mentions m JOIN entities e USING (entity_id) JOIN documents d USING (uid)
           WHERE e.type <> 'location' AND d.published IS NOT NULL
           GROUP BY e.entity_id, e.name, e.type, e.kind, e.actor_code
           HAVING (? IS NULL OR min(d.published) >= ?)
              AND (? IS NULL OR min(d.published) < ? || '\uffff')
           ORDER BY (e.actor_code IS NOT NULL) DESC, stories DESC, mentions DESC, e.name
           LIMIT ?""",
        [since, since, until, until, top],
    )
    for r in rows:
        r["first_seen"] = (r["first_seen"] or "")[:10]
    return _table(
        rows,
        [
            "name",
            "type",
            "kind",
            "actor_code",
            "first_seen",
            "stories",
            "mentions",
            "first_document",
        ],
    )


def _escalating_dyads(
    store: DuckDBStore, since: str | None, until: str | None, top: int
) -> list[str]:
    # conflict alerts of dyads first; actors escalating on their own fill the rest
    alerts = [a for a in detect(store, since=since, until=until) if a.direction == "conflict"]
    found = ([a for a in alerts if a.kind == "dyad"] + [a for a in alerts if a.kind == "actor"])[
        :top
    ]
    rows = [
        {
            "day": a.day,
            "kind": a.kind,
            "dyad": a.label,
            "events": a.count,
            "stories": a.stories,
            "baseline": a.baseline_count_median,
            "goldstein": a.goldstein_sum,
            "z": a.severity,
            "triggers": ", ".join(a.triggers),
            "sources": ", ".join(a.sources),
        }
        for a in found
    ]
    if not rows:
        p = EscalationParams.load()
        return [
            f"_none_: no dyad or actor had a day of at least {p.min_events} independent "
            f"conflict events departing from its {p.window_days}-day baseline "
            f"(robust z ≥ {p.z_threshold}; docs/alerts.md)."
        ]
    lines = _table(
        rows,
        [
            "day",
            "kind",
            "dyad",
            "events",
            "stories",
            "baseline",
            "goldstein",
            "z",
            "triggers",
            "sources",
        ],
    )
    return lines + [
        "",
        "Method, evidence and the daily series: `watchfloor alerts` and "
        "`watchfloor alerts --series KEY` (docs/alerts.md).",
    ]


def _contested_events(store: DuckDBStore, where: str, p: list[Any], top: int) -> list[str]:
    rows = store.sql(
        f"""SELECT coalesce(se.name, ev.source_code) AS source, ev.code,
                   any_value(json_extract_string(ev.extra, '$.event_name')) AS action,
                   coalesce(te.name, ev.target_code, '') AS target,
                   count(*) FILTER (WHERE NOT ev.negated) AS asserted,
                   count(*) FILTER (WHERE ev.negated) AS negated,
                   list(DISTINCT coalesce(d.source, d.id)) FILTER (WHERE NOT ev.negated)
                       AS asserted_in,
                   list(DISTINCT coalesce(d.source, d.id)) FILTER (WHERE ev.negated)
                       AS negated_in,
                   list(DISTINCT d.id) AS documents
            FROM events ev JOIN documents d USING (uid)
            LEFT JOIN entities se ON se.entity_id = ev.source_entity
            LEFT JOIN entities te ON te.entity_id = ev.target_entity
            WHERE {where} AND (ev.source_entity IS NOT NULL OR ev.source_code IS NOT NULL)
            GROUP BY 1, 2, 4
            HAVING count(*) FILTER (WHERE ev.negated) > 0
               AND count(*) FILTER (WHERE NOT ev.negated) > 0
            ORDER BY count(*) DESC, source LIMIT ?""",
        p + [top],
    )
    for r in rows:
        for k in ("asserted_in", "negated_in", "documents"):
            r[k] = ", ".join(sorted(r[k] or []))
    return _table(
        rows,
        [
            "source",
            "action",
            "code",
            "target",
            "asserted",
            "asserted_in",
            "negated",
            "negated_in",
            "documents",
        ],
    )


def _languages(store: DuckDBStore, where: str, p: list) -> list[str]:
    """One line: documents per language, and those stored but not coded (nlp/routing.py)."""
    rows = store.sql(
        f"""SELECT coalesce(d.language, 'unknown') AS language,
                   count(*) AS n,
                   count(*) FILTER (WHERE d.coding LIKE 'not_coded%') AS not_coded
            FROM documents d WHERE {where} GROUP BY ALL ORDER BY n DESC, language""",
        p,
    )
    if not rows:
        return []
    parts = [
        f"{r['language']} {r['n']}" + (f" ({r['not_coded']} not coded)" if r["not_coded"] else "")
        for r in rows
    ]
    skipped = sum(r["not_coded"] for r in rows)
    line = "Languages: " + ", ".join(parts) + "."
    if skipped:
        line += (
            f" {skipped} articles are in languages watchfloor does not code (English and"
            " Spanish only): they are stored and counted, but have no actors, events"
            " or claims."
        )
    return ["", line]
