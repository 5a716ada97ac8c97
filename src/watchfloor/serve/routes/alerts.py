"""Surfaces › serve › API: escalation alerts (``watchfloor.analyze.escalation``), when that
analysis is part of the installed build; each alert carries the events behind it."""

from __future__ import annotations

import importlib
from types import ModuleType

from fastapi import APIRouter, HTTPException

from watchfloor.serve.deps import DateQ, PagingDep, StoreDep, problem
from watchfloor.serve.schemas import Alert, Page

router = APIRouter(tags=["alerts"])


def escalation() -> ModuleType | None:
    try:
        return importlib.import_module("watchfloor.analyze.escalation")
    except ImportError:
        return None


@router.get("/alerts", response_model=Page[Alert],
            responses={404: problem("escalation analysis not in this build")})
def alerts(store: StoreDep, paging: PagingDep, since: DateQ = None, until: DateQ = None,
           actor: str | None = None) -> dict:
    """Days on which a dyad or an actor departs from its baseline, most severe first
    (method and parameters: docs/alerts.md). ``actor`` is an actor code or entity id."""
    module = escalation()
    if module is None:
        raise HTTPException(404, "escalation alerts are not available in this build")
    found = module.detect(store, since=since, until=until, keys={actor} if actor else None)
    rows = [a.to_dict() for a in found[paging.offset: paging.offset + paging.limit + 1]]
    for row in rows:
        for ev in row.get("events", []):
            ev["document_uid"] = str(ev.get("event_id", "")).rsplit(":", 1)[0]
    return paging.page(rows)
