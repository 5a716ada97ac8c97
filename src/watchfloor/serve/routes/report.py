"""Surfaces › serve › API: the situation report (``watchfloor.analyze.report``), as JSON
(Markdown or HTML text) and as a page (``/report.html``, the self-contained HTML report)."""

from __future__ import annotations

import inspect
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import HTMLResponse

from watchfloor.analyze.report import build_report
from watchfloor.serve.deps import DateQ, StoreDep, problem
from watchfloor.serve.schemas import Report
from watchfloor.store.duckdb_store import DuckDBStore

router = APIRouter(tags=["report"])
page_router = APIRouter()
Top = Annotated[int, Query(ge=1, le=100)]
# The HTML report carries its stylesheet inline and has no scripts: its page may use inline
# styles and nothing else.
REPORT_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
              "frame-ancestors 'none'; base-uri 'none'; form-action 'none'")


def _render(store: DuckDBStore, since: str | None, until: str | None, top: int,
            fmt: str) -> str:
    kwargs = {}
    if "charts" in inspect.signature(build_report).parameters:
        kwargs["charts"] = fmt == "html"
    text = build_report(store, since=since, until=until, top=top, **kwargs)
    if fmt == "markdown":
        return text
    try:
        from watchfloor.analyze.report_html import markdown_to_html
    except ImportError as exc:
        raise HTTPException(404, "the HTML report is not available in this build") from exc
    return markdown_to_html(text)


@router.get("/report", response_model=Report,
            responses={404: problem("format=html, and the HTML report is not in this build")})
def report(store: StoreDep, since: DateQ = None, until: DateQ = None, top: Top = 10,
           format: Literal["markdown", "html"] = "markdown") -> dict:
    """The situation report for the window, as ``watchfloor report`` writes it: Markdown,
    or the self-contained HTML file (with charts) as a string."""
    text = _render(store, since, until, top, format)
    return {"format": format, "since": since, "until": until, "text": text}


@page_router.get("/report.html", include_in_schema=False, response_class=HTMLResponse)
def report_page(store: StoreDep, since: DateQ = None, until: DateQ = None,
                top: Top = 10) -> HTMLResponse:
    return HTMLResponse(_render(store, since, until, top, "html"),
                        headers={"Content-Security-Policy": REPORT_CSP})
