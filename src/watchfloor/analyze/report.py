"""The situation report: a Markdown summary of what the store knows, with its sources.

Sections: the corpus at a glance; main actors; events by quad class and by day; the
per-dyad summary (counts and Goldstein sums); notable claims with their speakers, hedges
and how many independent stories (clusters, not articles) carry them; the most
check-worthy unattributed or single-source claims; and what was quarantined.
"""

from __future__ import annotations

from typing import Any

from watchfloor.analyze import claim_clusters
from watchfloor.store.duckdb_store import DuckDBStore

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


def build_report(
    store: DuckDBStore, since: str | None = None, until: str | None = None, top: int = 10
) -> str:
    """RETURNS the report as Markdown."""
    where = "(? IS NULL OR d.published >= ?) AND (? IS NULL OR d.published < ? || '\uffff')"
    p = [since, since, until, until]
    stats = store.stats()
    out = ["# watchfloor situation report", ""]
    window = (
        f"{since or stats['first_published'] or '?'} to {until or stats['last_published'] or '?'}"
    )
    out.append(
        f"Period: {window}. {stats['documents']} articles in {stats['clusters']} "
        f"independent stories ({stats['duplicate_documents']} syndicated or duplicate "
        f"copies); {stats['entities']} actors, {stats['events']} events, "
        f"{stats['claims']} claims."
    )
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
    out += ["", "## Events by quad class", ""]
    quads = store.sql(
        f"""SELECT ev.quad_class, count(*) AS events,
                   count(*) FILTER (WHERE NOT (ev.negated OR ev.hypothetical OR ev.alleged
                                               OR ev.future)) AS asserted,
                   round(sum(ev.goldstein), 1) AS goldstein_sum
            FROM events ev JOIN documents d USING (uid) WHERE {where}
            GROUP BY 1 ORDER BY 1""",
        p,
    )
    for q in quads:
        q["quad_class"] = f"{q['quad_class']} {QUAD_NAMES.get(q['quad_class'], '')}"
    out += _table(quads, ["quad_class", "events", "asserted", "goldstein_sum"])
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
    out += ["", "## Dyads", ""]
    dyads = store.sql(
        f"""SELECT coalesce(se.name, ev.source_code) AS source, ev.source_code,
                   coalesce(te.name, ev.target_code) AS target, ev.target_code,
                   count(*) AS events, count(DISTINCT d.cluster_id) AS stories,
                   round(sum(ev.goldstein), 1) AS goldstein_sum,
                   mode(ev.quad_class) AS main_quad
            FROM events ev JOIN documents d USING (uid)
            LEFT JOIN entities se ON se.entity_id = ev.source_entity
            LEFT JOIN entities te ON te.entity_id = ev.target_entity
            WHERE {where} AND ev.source_entity IS NOT NULL AND ev.target_entity IS NOT NULL
            GROUP BY ALL ORDER BY events DESC, goldstein_sum LIMIT ?""",
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
            ORDER BY abs(ev.goldstein) DESC, day LIMIT ?""",
        p + [top],
    )
    for e in key_events:
        e["modality"] = (
            ", ".join(k for k in ("negated", "hypothetical", "alleged") if e[k]) or "asserted"
        )
    out += _table(
        key_events, ["day", "source", "action", "code", "target", "modality", "outlet", "document"]
    )
    out += ["", "## Notable claims", ""]
    claims = store.sql(
        f"""SELECT coalesce(s.name, c.speaker_text) AS speaker, c.cue_text AS cue,
                   c.content_text AS content, c.hedged, round(c.check_worthiness, 2) AS cw,
                   d.source AS outlet,
                   (SELECT count(DISTINCT d2.cluster_id) FROM claims c2
                      JOIN documents d2 USING (uid)
                     WHERE c2.content_text = c.content_text) AS stories
            FROM claims c JOIN documents d USING (uid)
            JOIN clusters cl ON cl.earliest_uid = d.uid
            LEFT JOIN entities s ON s.entity_id = c.speaker_entity
            WHERE {where} AND c.attributed
            ORDER BY c.check_worthiness DESC, stories DESC LIMIT ?""",
        p + [top],
    )
    out += _table(claims, ["speaker", "cue", "content", "hedged", "cw", "stories", "outlet"])
    out += ["", "## Check-worthy unattributed or single-source claims", ""]
    # claims grouped across documents (watchfloor.analyze.claim_clusters): one story = one
    # source however many outlets syndicate it; conflicting figures are listed apart
    single, conflicts = claim_clusters.report_sections(store, since, until, top)
    out += _table(single, ["content", "speaker", "cw", "stories", "outlets", "outlet",
                           "document"])
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
