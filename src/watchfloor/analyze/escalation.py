"""Analyze › escalation: daily series per dyad and per actor, and alerts when a day departs
from its baseline (``watchfloor alerts``, the report, watchlists during ingest).

What is counted: *independent* events. The events of all copies of one story (cluster)
with the same source, target and CAMEO code count once, on their earliest day, so
syndication does not look like escalation. An event's day is its own date when the
extractor resolved it to the day (``extra.date``, e.g. "on Tuesday") and it lies at most
``event_date_max_lag_days`` before publication, else the article's publication day.
Negated, hypothetical and future events are left out (``exclude_modalities``); undated
articles are left out.
An actor is its CAMEO actor code (e.g. ``VENMIL``), or its entity id when it has no code;
a dyad is (source actor, target actor).

Series, per day: the event count, the Goldstein sum and the material-conflict share (quad
class 4 / all). Baseline: the ``window_days`` days before the day (zero-filled). Alert:
robust z-score against the median and MAD of the baseline -- count z >= ``z_threshold``,
or Goldstein z <= -``z_threshold``, or a material-conflict share ``share_jump`` above the
baseline's pooled share -- on a day with at least ``min_events`` events. Parameters and
their sources: ``data/analysis/escalation.yaml``; the choice is explained in docs/alerts.md.
Each alert lists the events, documents and outlets behind it.
"""

from __future__ import annotations

import hashlib
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

from watchfloor.data import read_yaml
from watchfloor.store.duckdb_store import DuckDBStore


@dataclass(frozen=True)
class EscalationParams:
    window_days: int = 28
    min_history_days: int = 7
    z_threshold: float = 3.5
    mad_scale: float = 1.4826
    min_scale_count: float = 1.0
    min_scale_goldstein: float = 5.0
    min_events: int = 3
    share_jump: float = 0.5
    event_date_max_lag_days: int = 7
    exclude_modalities: tuple[str, ...] = ("negated", "hypothetical", "future")

    @classmethod
    def load(cls, path: Path | None = None, **overrides: Any) -> EscalationParams:
        """RETURNS the parameters from ``path`` (default: the packaged YAML) + overrides."""
        if path is None:
            path = Path(str(resources.files("watchfloor.data"))) / "analysis" / "escalation.yaml"
        data = read_yaml(path) or {}
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in {**data, **overrides}.items() if k in names and v is not None}
        if "exclude_modalities" in values:
            values["exclude_modalities"] = tuple(values["exclude_modalities"])
        return cls(**values)


@dataclass
class Story:
    """One independent event: the copies of one coded event across a story's articles."""

    day: str
    code: str
    quad_class: int
    goldstein: float
    source: str | None
    target: str | None
    events: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Alert:
    id: str
    kind: str  # dyad | actor
    key: str  # "USAMIL>VENGOV" or "VENGOV"
    label: str  # names behind the codes
    day: str
    triggers: list[str]
    direction: str  # conflict (Goldstein sum < 0) | cooperation
    count: int
    stories: int  # distinct story clusters behind the events
    baseline_count_median: float
    count_z: float
    goldstein_sum: float
    baseline_goldstein_median: float
    goldstein_z: float
    material_conflict_share: float
    baseline_material_conflict_share: float
    severity: float
    events: list[dict[str, Any]]
    sources: list[str]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_EVENTS = """
SELECT ev.event_id, ev.code, ev.quad_class, ev.goldstein,
       coalesce(ev.source_code, ev.source_entity) AS src,
       coalesce(ev.target_code, ev.target_entity) AS tgt,
       se.name AS source_name, te.name AS target_name,
       ev.negated, ev.hypothetical, ev.alleged, ev.future, ev.trigger_text AS trigger,
       d.id AS document, d.source AS outlet, d.url, d.published, d.cluster_id,
       substr(d.published, 1, 10) AS published_day,
       CASE WHEN json_extract_string(ev.extra, '$.date.precision') = 'day'
            THEN json_extract_string(ev.extra, '$.date.value') END AS event_day
FROM events ev JOIN documents d USING (uid)
LEFT JOIN entities se ON se.entity_id = ev.source_entity
LEFT JOIN entities te ON te.entity_id = ev.target_entity
WHERE d.published IS NOT NULL AND (? IS NULL OR d.published >= ?)
  AND (ev.source_entity IS NOT NULL OR ev.source_code IS NOT NULL
                                   OR ev.target_entity IS NOT NULL)
ORDER BY d.published, d.seq, ev.event_id
"""


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        return None


def stories(
    store: DuckDBStore, params: EscalationParams, from_day: str | None = None
) -> list[Story]:
    """RETURNS the independent events of the store (see the module docstring), from
    articles published on or after ``from_day`` when given."""
    grouped: dict[tuple, Story] = {}
    for r in store.sql(_EVENTS, [from_day, from_day]):
        published = _day(r["published_day"])
        if any(r.get(m) for m in params.exclude_modalities) or published is None:
            continue
        when = _day(r["event_day"] or "")
        lag = (published - when).days if when else -1
        r["day"] = (when if 0 <= lag <= params.event_date_max_lag_days else published).isoformat()
        key = (r["cluster_id"], r["code"], r["src"], r["tgt"])
        story = grouped.get(key)
        if story is None:
            story = grouped[key] = Story(
                r["day"], r["code"], int(r["quad_class"]), float(r["goldstein"]), r["src"], r["tgt"]
            )
        story.day = min(story.day, r["day"])
        story.events.append(
            {
                "event_id": r["event_id"],
                "code": r["code"],
                "quad_class": r["quad_class"],
                "goldstein": r["goldstein"],
                "source": r["source_name"] or r["src"],
                "target": r["target_name"] or r["tgt"],
                "trigger": r["trigger"],
                "document": r["document"],
                "outlet": r["outlet"],
                "url": r["url"],
                "published": r["published"],
                "story": r["cluster_id"],
                "day": r["day"],
            }
        )
    return list(grouped.values())


def _series(items: list[Story]) -> dict[tuple[str, str], dict[str, list[Story]]]:
    out: dict[tuple[str, str], dict[str, list[Story]]] = defaultdict(lambda: defaultdict(list))
    for s in items:
        if s.source and s.target:
            out[("dyad", f"{s.source}>{s.target}")][s.day].append(s)
        for actor in {a for a in (s.source, s.target) if a}:
            out[("actor", actor)][s.day].append(s)
    return out


def _robust_z(x: float, baseline: list[float], scale: float, floor: float) -> tuple[float, float]:
    """RETURNS (median, z) of ``x`` against ``baseline``."""
    med = statistics.median(baseline)
    mad = statistics.median(abs(v - med) for v in baseline)
    return med, (x - med) / max(scale * mad, floor)


def _label(kind: str, key: str, day_stories: dict[str, list[Story]]) -> str:
    names: dict[str, set[str]] = defaultdict(set)
    for items in day_stories.values():
        for s in items:
            for e in s.events:
                names[s.source or ""].add(e["source"] or "")
                names[s.target or ""].add(e["target"] or "")

    def show(part: str) -> str:
        found = sorted(n for n in names.get(part, ()) if n and n != part)
        return f"{part} ({', '.join(found[:3])})" if found else part

    return " → ".join(show(p) for p in key.split(">")) if kind == "dyad" else show(key)


def _eligible(day: date, count: int, first: date, p: EscalationParams) -> bool:
    """Whether a day may raise an alert: enough history before it, enough events on it."""
    return (day - first).days >= p.min_history_days and count >= p.min_events


def _history_start(store: DuckDBStore, days: Iterable[date]) -> date:
    """History starts with the store's first publication (an event's own date can be
    earlier); ``days`` are the fallback when no document is dated."""
    first = _day(store.sql("SELECT min(published) AS f FROM documents")[0]["f"] or "")
    return first or min(days)


def _day_stats(
    day: date, by_day: dict[str, list[Story]], first: date, p: EscalationParams
) -> dict[str, Any]:
    """One day of a series against its baseline: the figures an alert is made of."""
    todays = by_day.get(day.isoformat(), [])
    window = [day - timedelta(days=i) for i in range(p.window_days, 0, -1)]
    window = [d for d in window if d >= first]
    base = [by_day.get(d.isoformat(), []) for d in window]
    counts = [float(len(b)) for b in base] or [0.0]
    golds = [sum(s.goldstein for s in b) for b in base] or [0.0]
    count = len(todays)
    gold = sum(s.goldstein for s in todays)
    share = sum(s.quad_class == 4 for s in todays) / count if count else 0.0
    base_n = sum(counts)
    base_share = sum(s.quad_class == 4 for b in base for s in b) / base_n if base_n else 0.0
    c_med, c_z = _robust_z(count, counts, p.mad_scale, p.min_scale_count)
    g_med, g_z = _robust_z(gold, golds, p.mad_scale, p.min_scale_goldstein)
    triggers = []
    if count and _eligible(day, count, first, p):
        if c_z >= p.z_threshold:
            triggers.append("count")
        if g_z <= -p.z_threshold:
            triggers.append("goldstein")
        if share - base_share >= p.share_jump:
            triggers.append("material_conflict_share")
    return {
        "day": day.isoformat(),
        "count": count,
        "stories": len({e["story"] for s in todays for e in s.events}),
        "goldstein_sum": round(gold, 1),
        "material_conflict_share": round(share, 2),
        "baseline_days": len(window),
        "baseline_count_median": c_med,
        "count_z": round(c_z, 2),
        "baseline_goldstein_median": g_med,
        "goldstein_z": round(g_z, 2),
        "baseline_material_conflict_share": round(base_share, 2),
        "triggers": triggers,
        "severity": round(max(c_z, -g_z), 2),
    }


def series_keys(
    store: DuckDBStore,
    params: EscalationParams | None = None,
    kind: str | None = None,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """RETURNS the series the store holds (dyads and actors), busiest first: key, kind,
    label, independent events, first and last day."""
    p = params or EscalationParams.load()
    out = []
    for (k, key), by_day in _series(stories(store, p)).items():
        if kind and k != kind:
            continue
        out.append(
            {
                "kind": k,
                "key": key,
                "label": _label(k, key, by_day),
                "events": sum(len(v) for v in by_day.values()),
                "first_day": min(by_day),
                "last_day": max(by_day),
            }
        )
    out.sort(key=lambda r: (-r["events"], r["kind"], r["key"]))
    return out[:limit]


def series(
    store: DuckDBStore,
    key: str,
    kind: str | None = None,
    params: EscalationParams | None = None,
    since: str | None = None,
    until: str | None = None,
) -> dict[str, Any] | None:
    """RETURNS the daily series of one dyad (``SRC>TGT``) or actor key, zero-filled from
    the store's first publication (or ``since``) to its last day (or ``until``): each day
    with its count, Goldstein sum, material-conflict share, baseline medians, robust
    z-scores and the alert triggers it fires (``min_events`` and ``min_history_days``
    apply to alerts as in :func:`detect`, through :func:`_eligible`). None when the store
    has no such series."""
    p = params or EscalationParams.load()
    kind = kind or ("dyad" if ">" in key else "actor")
    items = stories(store, p)
    by_day = _series(items).get((kind, key))
    if not by_day:
        return None
    first = _history_start(store, (_day(d) for d in by_day))
    last = max(_day(d) for d in by_day)
    start = max(_day(since or "") or first, first)
    end = _day(until or "") or last
    days = []
    day = start
    while day <= end:
        st = _day_stats(day, by_day, first, p)
        st["alert"] = bool(st["triggers"])
        days.append(st)
        day += timedelta(days=1)
    return {
        "kind": kind,
        "key": key,
        "label": _label(kind, key, by_day),
        "parameters": asdict(p),
        "days": days,
    }


def detect(
    store: DuckDBStore,
    params: EscalationParams | None = None,
    since: str | None = None,
    until: str | None = None,
    keys: set[str] | None = None,
) -> list[Alert]:
    """RETURNS the escalation alerts on days in [since, until], most severe first.

    ``keys`` limits the series to those involving an actor whose key (code or entity
    id) starts with one of these, as a watchlist does.
    """
    p = params or EscalationParams.load()
    start, end = _day(since or ""), _day(until or "")
    # only what the window before ``since`` needs is read (ingest calls this per batch)
    from_day = None
    if start:
        from_day = (start - timedelta(days=p.window_days + 1)).isoformat()
    items = stories(store, p, from_day)
    if not items:
        return []
    first = _history_start(store, (_day(e["published"]) for s in items for e in s.events))
    alerts: list[Alert] = []
    for (kind, key), by_day in _series(items).items():
        if keys is not None and not any(
            part.startswith(k) for part in key.split(">") for k in keys
        ):
            continue
        for day_s, todays in sorted(by_day.items()):
            day = _day(day_s)
            if not _eligible(day, len(todays), first, p):
                continue
            if (start and day < start) or (end and day > end):
                continue
            st = _day_stats(day, by_day, first, p)
            if not st["triggers"]:
                continue
            events = [e for s in todays for e in s.events]
            alerts.append(
                Alert(
                    id=hashlib.sha1(f"{kind}|{key}|{day_s}".encode()).hexdigest()[:16],
                    kind=kind,
                    key=key,
                    label=_label(kind, key, {day_s: todays}),
                    day=day_s,
                    triggers=st["triggers"],
                    direction="conflict" if st["goldstein_sum"] < 0 else "cooperation",
                    count=st["count"],
                    stories=st["stories"],
                    baseline_count_median=st["baseline_count_median"],
                    count_z=st["count_z"],
                    goldstein_sum=st["goldstein_sum"],
                    baseline_goldstein_median=st["baseline_goldstein_median"],
                    goldstein_z=st["goldstein_z"],
                    material_conflict_share=st["material_conflict_share"],
                    baseline_material_conflict_share=st["baseline_material_conflict_share"],
                    severity=st["severity"],
                    events=events,
                    sources=sorted({e["outlet"] or e["document"] for e in events}),
                )
            )
    alerts.sort(key=lambda a: (-a.severity, a.day, a.kind, a.key))
    return alerts
