"""Surfaces › serve › API: watchlists — list and read them; create, replace and delete them
with the token.

A watchlist lives as ``NAME.yaml`` in the directory the server was given
(``watchfloor serve --watchlists DIR``), the same file ``watchfloor ingest --watchlist``
reads (format in docs/alerts.md and :mod:`watchfloor.watch.watchlist`). Every write is
validated by :meth:`Watchlist.from_mapping` before it touches the disk and replaces the
file atomically, so a bad request never leaves a half-written watchlist. Without a
directory the endpoints answer 404 with the reason.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import Annotated, Any

import yaml
from fastapi import APIRouter, Body, HTTPException, Request, Response
from fastapi import Path as PathParam

from watchfloor.errors import WatchfloorError
from watchfloor.serve.deps import BODY_ERRORS, problem
from watchfloor.watch.watchlist import Watchlist

router = APIRouter(tags=["watchlists"])
NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
MAX_WATCHLISTS = 500
# Declared on the path parameter, so the spec says what a name is and a bad one gets the
# same 422 validation error (detail: a list) as any other bad parameter.
Name = Annotated[
    str, PathParam(pattern=NAME.pattern, description="1-64 of a-z, 0-9, '-', '_' (not first)")
]

_NO_DIRECTORY: dict[int | str, dict[str, Any]] = {
    404: problem("no watchlist directory configured"),
}
_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: problem("no or wrong bearer token"),
    403: problem("server started without a token (read-only)"),
    404: problem("no watchlist directory configured, or no such watchlist"),
    422: {"description": "the watchlist is malformed (the reason is in `detail`)"},
}


_STRINGS = {"type": "array", "items": {"type": "string"}}
# What Watchlist.from_mapping accepts (docs/alerts.md): the spec refuses the keys it refuses.
WATCHLIST_SCHEMA: dict[str, Any] = {
    "additionalProperties": False,
    "properties": {
        "name": {"type": "string"},
        "actors": _STRINGS,
        "codes": _STRINGS,
        "keywords": _STRINGS,
        "thresholds": {
            "type": "object",
            "properties": {
                "max_goldstein": {"type": ["number", "null"]},
                "min_confidence": {"type": ["number", "null"]},
                "quad_classes": {"type": "array", "items": {"type": "integer"}},
                "modalities": _STRINGS,
            },
        },
        "escalation": {"type": "boolean"},
        "escalation_params": {"type": "object"},
    },
}


def _directory(request: Request) -> Path:
    folder = getattr(request.app.state, "watchlists", None)
    if folder is None:
        raise HTTPException(404, "no watchlist directory: start the server with --watchlists DIR")
    return Path(folder)


def _path(request: Request, name: str) -> Path:
    if not NAME.fullmatch(name):
        raise HTTPException(422, "a watchlist name is 1-64 of a-z, 0-9, '-', '_'")
    return _directory(request) / f"{name}.yaml"


def _read(path: Path) -> dict[str, Any]:
    try:
        wl = Watchlist.load(path)
    except WatchfloorError as exc:  # the reason without the server's directory path
        return {"name": path.stem, "error": str(exc).replace(str(path.parent) + os.sep, "")}
    return {**wl.to_mapping(), "name": path.stem, "title": wl.name}


@router.get("/watchlists", responses=_NO_DIRECTORY)
def list_watchlists(request: Request) -> dict[str, Any]:
    """Every watchlist in the directory (a malformed file is listed with its error)."""
    folder = _directory(request)
    files = sorted(folder.glob("*.yaml")) if folder.is_dir() else []
    return {"items": [_read(p) for p in files if NAME.fullmatch(p.stem)], "directory": folder.name}


@router.get("/watchlists/{name}", responses={404: _WRITE_ERRORS[404]})
def get_watchlist(request: Request, name: Name) -> dict[str, Any]:
    path = _path(request, name)
    if not path.is_file():
        raise HTTPException(404, f"no watchlist {name!r}")
    return _read(path)


@router.put("/watchlists/{name}", responses={**BODY_ERRORS, **_WRITE_ERRORS})
def put_watchlist(
    request: Request,
    name: Name,
    body: dict[str, Any] = Body(  # noqa: B008
        ...,
        description="the watchlist, as in its YAML file",
        json_schema_extra=WATCHLIST_SCHEMA,
    ),
) -> dict[str, Any]:
    """Create or replace a watchlist (token). RETURNS it as stored."""
    path = _path(request, name)
    try:
        wl = Watchlist.from_mapping(body, name, where=name)
    except WatchfloorError as exc:
        raise HTTPException(422, str(exc)) from exc
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    if not path.exists() and len(list(folder.glob("*.yaml"))) >= MAX_WATCHLISTS:
        raise HTTPException(422, f"at most {MAX_WATCHLISTS} watchlists")
    text = yaml.safe_dump(wl.to_mapping(), sort_keys=False, allow_unicode=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return _read(path)


@router.delete("/watchlists/{name}", status_code=204, responses=_WRITE_ERRORS)
def delete_watchlist(request: Request, name: Name) -> Response:
    """Delete a watchlist (token)."""
    path = _path(request, name)
    if not path.is_file():
        raise HTTPException(404, f"no watchlist {name!r}")
    path.unlink()
    return Response(status_code=204)
