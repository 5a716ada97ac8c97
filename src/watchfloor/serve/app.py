"""Surfaces › serve: the ASGI app — the JSON API under ``/api`` and the dashboard at ``/``.

``create_app`` wires the routers, the guard rails (:mod:`watchfloor.serve.security`), a
Host-header check for loopback binds (against DNS rebinding) and the built dashboard
(:mod:`watchfloor.serve.static`). The OpenAPI spec is at ``/api/openapi.json``; the
interactive docs pages are off because they load their scripts from a CDN.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI

from watchfloor import __version__
from watchfloor.serve.analysis_cache import AnalysisCache
from watchfloor.serve.deps import READERS, STORE_ERRORS, ReaderSlots
from watchfloor.serve.response_cache import ResponseCache
from watchfloor.serve.routes import (
    alerts,
    decisions,
    documents,
    entities,
    events,
    report,
    views,
    watchlists,
)
from watchfloor.serve.routes.report import warm_analyses
from watchfloor.serve.security import LOOPBACK_NAMES, MAX_BODY_BYTES, Guard, LoopbackHost
from watchfloor.serve.static import mount_dashboard

LOOPBACK_HOSTS = sorted(LOOPBACK_NAMES)


def create_app(
    db: str | Path,
    token: str | None = None,
    allowed_hosts: list[str] | None = None,
    web_dist: Path | None = None,
    max_body: int = MAX_BODY_BYTES,
    watchlists_dir: Path | None = None,
    readers: int | None = None,
) -> Guard:
    """RETURNS the app over the DuckDB file ``db`` (opened read-only per request)."""
    api = FastAPI(
        title="watchfloor API",
        version=__version__,
        description="Actors, events and claims from security news, each with its sources. "
        "Read-only unless the server was started with a token.",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    api.state.db = str(db)
    api.state.token = token
    api.state.watchlists = watchlists_dir
    api.state.readers = ReaderSlots(readers or READERS)
    api.state.analyses = AnalysisCache(str(db))
    warm_analyses(api)
    for module in (documents, entities, events, views, report, alerts):
        api.include_router(module.router, prefix="/api", responses=STORE_ERRORS)
    for module in (decisions, watchlists):  # their own errors (no read-only store)
        api.include_router(module.router, prefix="/api")
    api.include_router(report.page_router)
    mount_dashboard(api, web_dist)
    app = ResponseCache(api, str(db))
    if allowed_hosts:  # a loopback bind: the Host header must be a loopback name
        app = LoopbackHost(app, frozenset(allowed_hosts))
    return Guard(app, token=token, max_body=max_body)
