"""Surfaces › serve › API: the situation report (``watchfloor.analyze.report``)."""

from __future__ import annotations

from fastapi import APIRouter

from watchfloor.analyze.report import build_report
from watchfloor.serve.deps import DateQ, StoreDep
from watchfloor.serve.schemas import Report

router = APIRouter(tags=["report"])


@router.get("/report", response_model=Report)
def report(store: StoreDep, since: DateQ = None, until: DateQ = None, top: int = 10) -> dict:
    """The Markdown situation report for the window, as ``watchfloor report`` prints it."""
    text = build_report(store, since=since, until=until, top=max(1, min(top, 100)))
    return {"format": "markdown", "since": since, "until": until, "text": text}
