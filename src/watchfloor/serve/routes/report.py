"""Surfaces › serve › API: the situation report (``watchfloor.analyze.report``), as JSON
(Markdown or HTML text) and as a page (``/report.html``, the self-contained HTML report)."""

from __future__ import annotations

import inspect
from typing import Annotated, Any, Literal

from fastapi import APIRouter, FastAPI, HTTPException, Query, Request, Response
from fastapi.responses import HTMLResponse

from watchfloor.analyze import claim_clusters
from watchfloor.analyze.report import build_report
from watchfloor.serve import claim_groups
from watchfloor.serve.analysis_cache import Entry, cached, not_modified, validators
from watchfloor.serve.deps import DateQ, ReaderSlots, problem, read_store
from watchfloor.serve.schemas import Report
from watchfloor.store.duckdb_store import DuckDBStore

router = APIRouter(tags=["report"])
page_router = APIRouter()
Top = Annotated[int, Query(ge=1, le=100)]
# The HTML report carries its stylesheet inline and has no scripts: its page may use inline
# styles and nothing else.
REPORT_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)


def _render(store: DuckDBStore, since: str | None, until: str | None, top: int, fmt: str) -> str:
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


def _compute(
    db: str, slots: ReaderSlots, since: str | None, until: str | None, top: int, fmt: str
) -> str:
    """The report, on the analysis thread: the window's claims are read and embedded with
    the store closed (their parses are kept, see ``LexicalEmbedder``), then the report is
    written from the store with every claim parse at hand."""
    with slots.analysis:
        store = read_store(db, slots)
        try:
            rows = claim_clusters.claim_rows(store)
        finally:
            store.close()
    claim_clusters.cluster_claims(claim_clusters.in_window(rows, since, until))
    with slots.analysis:
        store = read_store(db, slots)
        try:
            return _render(store, since, until, top, fmt)
        finally:
            store.close()


async def _entry(
    request: Request, since: str | None, until: str | None, top: int, fmt: str
) -> Entry:
    state = request.app.state
    return await cached(
        request,
        ("report", since, until, top, fmt),
        lambda: _compute(state.db, state.readers, since, until, top, fmt),
    )


@router.get(
    "/report",
    response_model=Report,
    responses={
        404: problem("format=html, and the HTML report is not in this build"),
        503: problem("being computed for the current store (Retry-After)"),
    },
)
async def report(
    request: Request,
    response: Response,
    since: DateQ = None,
    until: DateQ = None,
    top: Top = 10,
    format: Literal["markdown", "html"] = "markdown",
) -> Any:
    """The situation report for the window, as ``watchfloor report`` writes it: Markdown,
    or the self-contained HTML file (with charts) as a string. Computed once per store
    state and window, with ``ETag``/``Last-Modified``."""
    entry = await _entry(request, since, until, top, format)
    if (unchanged := not_modified(request, entry)) is not None:
        return unchanged
    response.headers.update(validators(entry))
    return {"format": format, "since": since, "until": until, "text": entry.value}


@page_router.get("/report.html", include_in_schema=False, response_class=HTMLResponse)
async def report_page(
    request: Request, since: DateQ = None, until: DateQ = None, top: Top = 10
) -> Response:
    entry = await _entry(request, since, until, top, "html")
    if (unchanged := not_modified(request, entry)) is not None:
        return unchanged
    return HTMLResponse(
        entry.value, headers={"Content-Security-Policy": REPORT_CSP, **validators(entry)}
    )


def warm_analyses(api: FastAPI) -> None:
    """Register the default report and the claim clusters to be computed in the
    background at start-up and after every change of the store."""
    state = api.state
    if claim_groups.available():
        state.analyses.warm_with(
            "claim-clusters", lambda: claim_groups.compute(state.db, state.readers)
        )
    state.analyses.warm_with(
        ("report", None, None, 10, "markdown"),
        lambda: _compute(state.db, state.readers, None, None, 10, "markdown"),
    )
