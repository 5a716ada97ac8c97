"""Surfaces › export: coded events as a GDELT-style TSV (``watchfloor export gdelt``).

One row per *event*, not per extracted mention, as in GDELT: the events with the same
story cluster, source and target actor, CAMEO code and modality are one row, represented
by the copy in the story's earliest article, with NumMentions / NumSources / NumArticles
counting all copies. The columns and their meaning are in ``data/export/gdelt_columns.tsv``
(listed in docs/exports.md). Unlike GDELT the file has a header line. Tabs and newlines
inside values become spaces.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from watchfloor.data import read_tsv
from watchfloor.export.places import is_country, locate
from watchfloor.store.duckdb_store import DuckDBStore


def columns() -> list[str]:
    """RETURNS the column names, in order."""
    path = Path(str(resources.files("watchfloor.data"))) / "export" / "gdelt_columns.tsv"
    return [r["column"] for r in read_tsv(path)]


_SQL = """
WITH ev AS (
    SELECT ev.*, d.cluster_id, d.published, d.seq, d.source AS outlet, d.url,
           d.id AS doc_id, d.ingested_at,
           coalesce(nullif(concat_ws('+',
               CASE WHEN ev.negated THEN 'negated' END,
               CASE WHEN ev.hypothetical THEN 'hypothetical' END,
               CASE WHEN ev.alleged THEN 'alleged' END,
               CASE WHEN ev.future THEN 'future' END), ''), 'asserted') AS modality,
           ev.sentence_start < coalesce(nullif(strpos(d.text, chr(10) || chr(10)), 0),
                                        length(d.text) + 1) AS in_lead
    FROM events ev JOIN documents d USING (uid)
), grp AS (
    SELECT arg_min(event_id, (coalesce(published, '9999'), seq, event_id)) AS rep,
           count(*) AS n_mentions, count(DISTINCT uid) AS n_articles,
           count(DISTINCT coalesce(outlet, uid)) AS n_sources
    FROM ev GROUP BY cluster_id, code, source_entity, target_entity, modality
)
SELECT ev.*, g.n_mentions, g.n_articles, g.n_sources,
       se.name AS source_name, te.name AS target_name,
       json_extract_string(ev.extra, '$.event_name') AS event_name,
       CASE WHEN json_extract_string(ev.extra, '$.date.precision') = 'day'
            THEN json_extract_string(ev.extra, '$.date.value') END AS event_date,
       json_extract_string(ev.extra, '$.place.name') AS place_name,
       json_extract_string(ev.extra, '$.place.country') AS place_country,
       TRY_CAST(json_extract_string(ev.extra, '$.place.lat') AS DOUBLE) AS place_lat,
       TRY_CAST(json_extract_string(ev.extra, '$.place.lon') AS DOUBLE) AS place_lon,
       (SELECT arg_min(pe.entity_id, pm.start_char) FROM mentions pm
          JOIN entities pe USING (entity_id)
         WHERE pm.uid = ev.uid AND pe.type = 'location'
           AND pm.start_char >= ev.sentence_start AND pm.end_char <= ev.sentence_end)
           AS place_id
FROM grp g JOIN ev ON ev.event_id = g.rep
LEFT JOIN entities se ON se.entity_id = ev.source_entity
LEFT JOIN entities te ON te.entity_id = ev.target_entity
ORDER BY coalesce(ev.published, '9999'), ev.seq, ev.event_id
"""


def _date_fields(published: str | None) -> dict[str, Any]:
    try:
        day = datetime.fromisoformat(published[:10]) if published else None
    except ValueError:
        day = None
    if day is None:
        return {"SQLDATE": "", "MonthYear": "", "Year": "", "FractionDate": ""}
    frac = day.year + day.timetuple().tm_yday / 365
    return {
        "SQLDATE": day.strftime("%Y%m%d"),
        "MonthYear": day.strftime("%Y%m"),
        "Year": day.year,
        "FractionDate": f"{frac:.4f}",
    }


def _added(ingested_at: str | None) -> str:
    try:
        dt = datetime.fromisoformat(ingested_at or "")
    except ValueError:
        return ""
    dt = dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)
    return dt.strftime("%Y%m%d%H%M%S")


def _actor(code: str | None) -> tuple[str, str]:
    """RETURNS (country code, type code) parts of a CAMEO actor code."""
    if not code:
        return "", ""
    if is_country(code[:3]):
        return code[:3], code[3:6]
    return "", code[:3]


def rows(store: DuckDBStore) -> Iterator[dict[str, Any]]:
    """Yields one dict per GDELT-style event row (keys: :func:`columns`)."""
    places = {
        e["entity_id"]: e
        for e in store.sql(
            "SELECT entity_id, name, kind, country, actor_code FROM "
            "entities WHERE type = 'location'"
        )
    }
    for r in store.sql(_SQL):
        a1c, a1t = _actor(r["source_code"])
        a2c, a2t = _actor(r["target_code"])
        geo = _geo(r, places)
        code = r["code"] or ""
        yield {
            "GLOBALEVENTID": r["event_id"],
            **_date_fields(r["event_date"] or r["published"]),
            "Actor1Code": r["source_code"] or "",
            "Actor1Name": r["source_name"] or "",
            "Actor1CountryCode": a1c,
            "Actor1Type1Code": a1t,
            "Actor2Code": r["target_code"] or "",
            "Actor2Name": r["target_name"] or "",
            "Actor2CountryCode": a2c,
            "Actor2Type1Code": a2t,
            "IsRootEvent": int(bool(r["in_lead"])),
            "EventCode": code,
            "EventBaseCode": code[:3],
            "EventRootCode": code[:2],
            "QuadClass": r["quad_class"],
            "GoldsteinScale": r["goldstein"],
            "NumMentions": r["n_mentions"],
            "NumSources": r["n_sources"],
            "NumArticles": r["n_articles"],
            **geo,
            "DATEADDED": _added(r["ingested_at"]),
            "SOURCEURL": r["url"] or "",
            "WfModality": r["modality"],
            "WfConfidence": r["confidence"],
            "WfDocument": r["doc_id"],
            "WfStory": r["cluster_id"],
            "WfTrigger": r["trigger_text"] or "",
            "WfTriggerStart": r["trigger_start"],
            "WfTriggerEnd": r["trigger_end"],
            "WfEventName": r["event_name"] or "",
        }


def _geo(r: dict[str, Any], places: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """ActionGeo_* columns: the extractor's event place (``extra.place``) when there is one,
    else the first place mentioned in the event's sentence, placed offline."""
    if r["place_name"]:
        iso2 = ""
        if r["place_country"]:
            found = locate(r["place_country"], "country", r["place_country"], None)
            iso2 = (found.country_iso2 or "") if found else ""
        return {
            "ActionGeo_FullName": r["place_name"],
            "ActionGeo_CountryCode": iso2,
            "ActionGeo_Lat": r["place_lat"],
            "ActionGeo_Long": r["place_lon"],
        }
    place = places.get(r["place_id"] or "")
    where = (
        locate(place["name"], place["kind"], place["country"], place["actor_code"])
        if place
        else None
    )
    return {
        "ActionGeo_FullName": place["name"] if place else "",
        "ActionGeo_CountryCode": (where.country_iso2 or "") if where else "",
        "ActionGeo_Lat": where.lat if where else None,
        "ActionGeo_Long": where.lon if where else None,
    }


def line(values: list[Any]) -> str:
    """One TSV line: values flattened, no quoting (quotes are data, as in GDELT)."""
    return "\t".join(_flat(v) for v in values) + "\n"


def _flat(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).replace("\t", " ").splitlines())


def export_gdelt(store: DuckDBStore, path: str | Path) -> dict[str, Any]:
    """Writes the events TSV to ``path``. RETURNS a summary (row count)."""
    cols = columns()
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(line(cols))
        for row in rows(store):
            fh.write(line([row.get(c) for c in cols]))
            n += 1
    return {"format": "gdelt", "path": str(path), "rows": n, "columns": len(cols)}
