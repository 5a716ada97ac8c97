"""Surfaces › serve › API: escalation alerts (``watchfloor.analyze.escalation``), when that
analysis is part of the installed build; each alert carries the events behind it."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Literal

from fastapi import APIRouter, HTTPException

from watchfloor.serve.deps import STORE_ERRORS, DateQ, PagingDep, StoreDep, problem
from watchfloor.serve.schemas import Alert, Page, Series, SeriesKey

router = APIRouter(tags=["alerts"])
NOT_IN_BUILD = problem("escalation analysis not in this build")


def escalation() -> ModuleType | None:
    try:
        return importlib.import_module("watchfloor.analyze.escalation")
    except ImportError:
        return None


def _escalation(what: str) -> ModuleType:
    """The escalation analysis, or a 404 saying ``what`` is not available in this build."""
    module = escalation()
    if module is None:
        raise HTTPException(404, f"escalation {what} are not available in this build")
    return module


@router.get("/alerts", response_model=Page[Alert], responses={404: NOT_IN_BUILD})
def alerts(
    store: StoreDep,
    paging: PagingDep,
    since: DateQ = None,
    until: DateQ = None,
    actor: str | None = None,
) -> dict:
    """Days on which a dyad or an actor departs from its baseline, most severe first
    (method and parameters: docs/alerts.md). ``actor`` is an actor code or entity id."""
    found = _escalation("alerts").detect(
        store, since=since, until=until, keys={actor} if actor else None
    )
    rows = [a.to_dict() for a in found[paging.offset : paging.offset + paging.limit + 1]]
    for row in rows:
        for ev in row.get("events", []):
            ev["document_uid"] = str(ev.get("event_id", "")).rsplit(":", 1)[0]
    return paging.page(rows)


@router.get(
    "/series", response_model=Page[SeriesKey], responses={**STORE_ERRORS, 404: NOT_IN_BUILD}
)
def series_list(
    store: StoreDep, paging: PagingDep, kind: Literal["dyad", "actor"] | None = None
) -> dict:
    """The daily series the store holds, one per dyad and per actor, busiest first."""
    rows = _escalation("series").series_keys(
        store, kind=kind, limit=paging.offset + paging.limit + 1
    )
    return paging.page(rows[paging.offset :])


@router.get(
    "/series/{key}",
    response_model=Series,
    responses={**STORE_ERRORS, 404: problem("no such series, or not in this build")},
)
def series_days(
    store: StoreDep,
    key: str,
    kind: Literal["dyad", "actor"] | None = None,
    since: DateQ = None,
    until: DateQ = None,
) -> dict:
    """One dyad's (``SRC>TGT``, URL-encoded) or actor's daily series, zero-filled: count,
    Goldstein sum, material-conflict share, baseline medians, robust z-scores and the days
    that raise an alert (method and parameters: docs/alerts.md)."""
    found = _escalation("series").series(store, key, kind=kind, since=since, until=until)
    if found is None:
        raise HTTPException(404, f"no series {key!r}")
    return found
