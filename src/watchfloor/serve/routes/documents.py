"""Surfaces › serve › API: documents (with text and spans), story clusters, search."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from watchfloor.serve import queries
from watchfloor.serve.deps import DateQ, PagingDep, StoreDep, not_found, problem
from watchfloor.serve.schemas import (
    ClusterDetail,
    ClusterRow,
    DocumentFull,
    DocumentRow,
    Page,
    SearchHit,
)

router = APIRouter(tags=["documents"])


@router.get("/documents", response_model=Page[DocumentRow])
def list_documents(
    store: StoreDep,
    paging: PagingDep,
    since: DateQ = None,
    until: DateQ = None,
    outlet: str | None = None,
    story: str | None = None,
) -> dict:
    """Documents by publication date, with counts of their events and claims."""
    rows = queries.list_documents(
        store, since, until, outlet, story, paging.limit + 1, paging.offset
    )
    return paging.page(rows)


@router.get(
    "/documents/{key}", response_model=DocumentFull, responses={404: problem("unknown document")}
)
def get_document(store: StoreDep, key: str) -> dict:
    """One document by uid (or input id): its text and the spans of every entity mention,
    event (trigger and sentence) and claim (speaker, cue, content, hedges)."""
    uid = queries.document_key(store, key)
    doc = queries.document(store, uid) if uid else None
    if doc is None:
        raise not_found("document", key)
    return doc


@router.get("/clusters", response_model=Page[ClusterRow])
def list_clusters(
    store: StoreDep, paging: PagingDep, since: DateQ = None, until: DateQ = None
) -> dict:
    """Story clusters (near-duplicate copies of one story) with their earliest copy."""
    return paging.page(queries.clusters(store, since, until, paging.limit + 1, paging.offset))


@router.get(
    "/clusters/{cluster_id}",
    response_model=ClusterDetail,
    responses={404: problem("unknown cluster")},
)
def get_cluster(store: StoreDep, cluster_id: str) -> dict:
    out = queries.cluster(store, cluster_id)
    if out is None:
        raise not_found("cluster", cluster_id)
    return out


@router.get("/search", response_model=Page[SearchHit])
def search(
    store: StoreDep, paging: PagingDep, q: Annotated[str, Query(min_length=1, max_length=200)]
) -> dict:
    """Full-text search: documents containing every word of ``q``, best first."""
    return paging.page(queries.search(store, q, paging.limit + 1, paging.offset))
