"""Event-level de-duplication: many reports of one real event become one event group.

Reads event rows as the store returns them (``Store.query_events``) and merges the
mentions that describe the same happening: same CAMEO root, same source and target (entity
id, else actor code), same modality bucket (asserted, negated, hypothetical, alleged,
future), and dates no more than :data:`WINDOW_DAYS` apart (the event's own resolved date,
else its document's publication date). Each group keeps all its mentions and counts its
*independent sources* as distinct story clusters from the dedup stage, so a wire story
syndicated by four outlets counts once — unlike GDELT's one row per report.

Used by ``watchfloor query events --grouped`` and the store's ``query_event_groups``.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

# reports of one event may date it up to this many days apart (publication lag, time
# zones, "on Tuesday" vs the next day's copy); not tuned on any evaluation set
WINDOW_DAYS = 3
MODALITIES = ("negated", "hypothetical", "alleged", "future")


def modality_of(row: dict[str, Any]) -> str:
    return next((m for m in MODALITIES if row.get(m)), "asserted")


def event_day(row: dict[str, Any]) -> date | None:
    """The event's resolved date when it has one (day/week precision), else publication."""
    for key in ("event_date", "published"):
        value = row.get(key)
        if key == "event_date" and row.get("event_date_precision") not in {"day", "week"}:
            continue
        if value:
            try:
                return date.fromisoformat(str(value)[:10])
            except ValueError:
                continue
    return None


def group_key(row: dict[str, Any]) -> tuple | None:
    source = row.get("source_entity") or row.get("source_code")
    target = row.get("target_entity") or row.get("target_code")
    if not source and not target:
        return None
    return (row.get("root"), source, target, modality_of(row))


def group_events(rows: Iterable[dict[str, Any]], window_days: int = WINDOW_DAYS) -> list[dict]:
    """RETURNS event groups, most independent sources first, each with its mentions."""
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    for row in rows:
        key = group_key(row)
        if key is None:
            key = ("single", row.get("id"))
        by_key[key].append(row)
    groups: list[list[dict]] = []
    for members in by_key.values():
        dated = sorted(members, key=lambda r: (event_day(r) or date.max, str(r.get("id"))))
        current: list[dict] = []
        first: date | None = None
        for row in dated:
            day = event_day(row)
            if (
                current
                and day is not None
                and first is not None
                and (day - first).days > window_days
            ):
                groups.append(current)  # undated reports join the latest group of their key
                current = []
            if not current:
                first = day
            current.append(row)
        if current:
            groups.append(current)
    out = [_summary(g) for g in groups]
    out.sort(
        key=lambda g: (-g["independent_sources"], -g["mentions"], g["date"] or "", g["group_id"])
    )
    return out


def _summary(rows: list[dict]) -> dict[str, Any]:
    head = rows[0]
    codes = Counter(r.get("code") for r in rows)
    days = [d for d in (event_day(r) for r in rows) if d is not None]
    ids = sorted(str(r.get("id")) for r in rows)

    def first(key: str) -> Any:
        return next((r.get(key) for r in rows if r.get(key)), None)

    return {
        "group_id": "g:" + hashlib.sha1(ids[0].encode()).hexdigest()[:12],
        "code": codes.most_common(1)[0][0],
        "root": head.get("root"),
        "quad_class": head.get("quad_class"),
        "event_name": first("event_name"),
        "source": first("source"),
        "source_code": first("source_code"),
        "target": first("target"),
        "target_code": first("target_code"),
        "modality": modality_of(head),
        "date": min(days).isoformat() if days else None,
        "place": first("place"),
        "mentions": len(rows),
        "documents": len({r.get("document") for r in rows}),
        "independent_sources": len({r.get("story") or r.get("document") for r in rows}),
        "outlets": sorted({r.get("outlet") for r in rows if r.get("outlet")}),
        "mention_ids": ids,
        "trigger": head.get("trigger"),
        "sentence": head.get("sentence"),
    }
