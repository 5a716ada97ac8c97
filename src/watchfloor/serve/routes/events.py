"""Surfaces › serve › API: coded events and claims, filtered as on the command line."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from watchfloor.serve import claim_groups, queries
from watchfloor.serve.analysis_cache import not_modified, validators
from watchfloor.serve.deps import (
    DateQ,
    Paging,
    PagingDep,
    StoreDep,
    not_found,
    problem,
    reading,
)
from watchfloor.serve.schemas import (
    ClaimCluster,
    ClaimDetail,
    ClaimRow,
    EventDetail,
    EventRow,
    Page,
)
from watchfloor.store.base import Filters

router = APIRouter(tags=["events and claims"])
Modality = Literal["asserted", "negated", "hypothetical", "alleged", "future"]


def _page_naming_documents(paging: Paging, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """RETURNS the page of event or claim rows, each given the uid of the document it came
    from (its id up to the last ``:``)."""
    for r in rows:
        r["document_uid"] = r["id"].rsplit(":", 1)[0]
    return paging.page(rows)


@router.get("/events", response_model=Page[EventRow])
def list_events(
    store: StoreDep,
    paging: PagingDep,
    actor: Annotated[str | None, Query(description="source or target: id, name or code")] = None,
    dyad: Annotated[
        str | None,
        Query(pattern=r"^[^,]+,[^,]+$", description="SOURCE,TARGET (ids, names or codes)"),
    ] = None,
    code: Annotated[str | None, Query(pattern=r"^\d{1,4}$", description="CAMEO prefix")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
    modality: Modality | None = None,
    place: Annotated[str | None, Query(description="location named in the sentence")] = None,
    since: DateQ = None,
    until: DateQ = None,
) -> dict:
    """Events by date; every row names the document it came from."""
    pair = tuple(p.strip() for p in dyad.split(",")) if dyad else None
    rows = store.query_events(
        Filters(
            actor=actor,
            dyad=pair,
            code=code,
            quad_class=quad_class,
            modality=modality,
            place=place,
            since=since,
            until=until,
            limit=paging.limit + 1,
            offset=paging.offset,
        )
    )
    return _page_naming_documents(paging, rows)


@router.get(
    "/events/{event_id}", response_model=EventDetail, responses={404: problem("unknown event")}
)
def get_event(store: StoreDep, event_id: str) -> dict:
    out = queries.event(store, event_id)
    if out is None:
        raise not_found("event", event_id)
    return out


@router.get("/claims", response_model=Page[ClaimRow])
def list_claims(
    store: StoreDep,
    paging: PagingDep,
    speaker: str | None = None,
    actor: Annotated[str | None, Query(description="actor in the speaker or content")] = None,
    hedged: bool | None = None,
    unattributed: bool | None = None,
    min_check_worthiness: Annotated[float | None, Query(ge=0, le=1)] = None,
    since: DateQ = None,
    until: DateQ = None,
) -> dict:
    """Claims, most check-worthy first, with hedges and how many independent stories
    (clusters, not articles) carry the same content."""
    try:
        rows = store.query_claims(
            Filters(
                speaker=speaker,
                actor=actor,
                hedged=hedged,
                unattributed=unattributed,
                min_check_worthiness=min_check_worthiness,
                since=since,
                until=until,
                limit=paging.limit + 1,
                offset=paging.offset,
            )
        )
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc
    return _page_naming_documents(paging, rows)


@router.get(
    "/claims/{claim_id}", response_model=ClaimDetail, responses={404: problem("unknown claim")}
)
async def get_claim(request: Request, claim_id: str) -> dict:
    """One claim with every copy of it (corroboration) across documents and stories;
    ``paraphrases`` is null while the claim clusters are being computed."""
    async with reading(request) as store:  # closed before the clusters are awaited
        out = await run_in_threadpool(queries.claim, store, claim_id)
    if out is None:
        raise not_found("claim", claim_id)
    if claim_groups.available():
        out["paraphrases"] = await claim_groups.of_claim(request, claim_id)
    return out


@router.get(
    "/claim-clusters",
    response_model=Page[ClaimCluster],
    responses={404: problem("claim clustering not in this build")},
)
async def claim_clusters(
    request: Request, response: Response, paging: PagingDep, contradicted: bool | None = None
) -> Any:
    """The same claim in other words across documents: independent stories and outlets
    behind it, and figures that contradict each other (docs/claims.md). Computed once
    per store state (503 + Retry-After while it is), with ``ETag``/``Last-Modified``."""
    if not claim_groups.available():
        raise HTTPException(404, "claim clusters are not available in this build")
    entry = await claim_groups.clusters_entry(request)
    if (unchanged := not_modified(request, entry)) is not None:
        return unchanged
    response.headers.update(validators(entry))
    rows = entry.value
    if contradicted is not None:
        rows = [r for r in rows if bool(r["contradictions"]) is contradicted]
    return paging.page(rows[paging.offset : paging.offset + paging.limit + 1])
