"""Surfaces › serve › API: analysts' entity decisions — merge and split (write endpoints).

They call the entity resolver through :meth:`DuckDBStore.decide`, which records the
decision and applies it in one transaction (docs/resolution.md). The guard in
:mod:`watchfloor.serve.security` lets these requests through only with the server's
bearer token; the store is opened for writing only for the length of the request.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.concurrency import run_in_threadpool

from watchfloor.errors import StoreError, WatchfloorError
from watchfloor.serve.deps import BODY_ERRORS, problem, public_reason
from watchfloor.store.open import open_store

router = APIRouter(tags=["entity decisions (token)"])
Short = Annotated[str, Field(min_length=1, max_length=300)]


class Merge(BaseModel):
    model_config = ConfigDict(extra="forbid")
    keep: Short = Field(description="entity kept: id, name or alias")
    other: Short = Field(description="entity merged into it")
    reason: Annotated[str | None, Field(max_length=2000)] = None


class Split(BaseModel):
    # The spec says what the validator below enforces: exactly one of alias or document.
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "oneOf": [
                {"required": ["alias"], "properties": {"alias": {"type": "string"}}},
                {"required": ["document"], "properties": {"document": {"type": "string"}}},
            ]
        },
    )
    entity: Short = Field(description="entity to split: id, name or alias")
    alias: Short | None = Field(None, description="move its records with this name")
    document: Short | None = Field(None, description="move its record in this document")
    reason: Annotated[str | None, Field(max_length=2000)] = None

    @model_validator(mode="after")
    def one_selector(self) -> Split:
        if (self.alias is None) == (self.document is None):
            raise ValueError("give exactly one of alias or document")
        return self


class Decision(BaseModel):
    model_config = ConfigDict(extra="allow")
    decision_id: int
    action: str
    entity_id: str
    other_id: str | None
    alias: str | None
    document: str | None
    reason: str | None
    created_at: str | None
    records_moved: int


async def _decide(request: Request, action: str, entity: str, **kw: Any) -> dict[str, Any]:
    async with request.app.state.readers.exclusive():  # no reader of this process in the way
        return await run_in_threadpool(_write, request, action, entity, **kw)


def _write(request: Request, action: str, entity: str, **kw: Any) -> dict[str, Any]:
    from watchfloor.serve.live import live_writer

    with live_writer(request.app.state.db) as live:  # serve --watch: between batches
        if live is not None:
            try:
                return live.decide(action, entity, **kw)
            except WatchfloorError as exc:
                raise HTTPException(409, str(exc)) from exc
    try:
        store = open_store(request.app.state.db)
    except StoreError as exc:
        raise HTTPException(
            503, f"store busy or unavailable: {public_reason(exc)}", headers={"Retry-After": "2"}
        ) from exc
    try:
        return store.decide(action, entity, **kw)
    except WatchfloorError as exc:
        raise HTTPException(409, str(exc)) from exc
    finally:
        store.close()


_ERRORS: dict[int | str, dict[str, Any]] = {
    **BODY_ERRORS,
    401: problem("no or wrong bearer token"),
    403: problem("server started without a token (read-only)"),
    409: problem("the decision does not apply (unknown or ambiguous entity, ...)"),
    503: problem("another process holds the store"),
}


@router.post("/entities/merge", response_model=Decision, responses=_ERRORS)
async def merge(request: Request, body: Merge) -> dict[str, Any]:
    """Merge ``other`` into ``keep``: recorded, applied now and re-applied on every ingest."""
    return await _decide(request, "merge", body.keep, other=body.other, reason=body.reason)


@router.post("/entities/split", response_model=Decision, responses=_ERRORS)
async def split(request: Request, body: Split) -> dict[str, Any]:
    """Split the records with ``alias`` (or from ``document``) off ``entity``."""
    return await _decide(
        request, "split", body.entity, alias=body.alias, document=body.document, reason=body.reason
    )
