"""Surfaces › serve: the web dashboard's built files (``web/dist``), served by the API app.

The dashboard is built at install time (``make dashboard``: ``npm ci && npm run build``
in ``web/``) from npm packages; nothing is committed as a copy and nothing is fetched
by the browser from elsewhere. Without a build, ``/`` says how to make one.
"""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

NOT_BUILT = """<!doctype html><meta charset="utf-8"><title>watchfloor</title>
<h1>watchfloor</h1><p>The dashboard is not built. Run <code>make dashboard</code>
(npm ci and npm run build in <code>web/</code>), then reload. The JSON API is at
<a href="/api/openapi.json">/api/openapi.json</a>.</p>"""


def default_dist() -> Path:
    env = os.environ.get("WATCHFLOOR_WEB_DIST")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "web" / "dist"


def mount_dashboard(app: FastAPI, dist: Path | None = None) -> None:
    dist = dist or default_dist()
    index = dist / "index.html"
    if (dist / "assets").is_dir():
        app.mount("/assets", StaticFiles(directory=dist / "assets"), name="assets")

    @app.get("/", include_in_schema=False, response_model=None)
    def dashboard() -> FileResponse | HTMLResponse:
        if index.is_file():
            return FileResponse(index, media_type="text/html")
        return HTMLResponse(NOT_BUILT, status_code=503)
