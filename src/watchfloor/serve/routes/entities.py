"""Surfaces › serve › API: canonical entities and their profiles."""

from __future__ import annotations

from fastapi import APIRouter

from watchfloor.serve import queries
from watchfloor.serve.deps import DateQ, PagingDep, StoreDep, not_found, problem
from watchfloor.serve.schemas import EntityProfile, EntityRow, Page
from watchfloor.store.base import Filters

router = APIRouter(tags=["entities"])


@router.get("/entities", response_model=Page[EntityRow])
def list_entities(
    store: StoreDep,
    paging: PagingDep,
    actor: str | None = None,
    since: DateQ = None,
    until: DateQ = None,
) -> dict:
    """Actors and places with codes, aliases and mention counts (most mentioned first)."""
    rows = store.query_entities(
        Filters(actor=actor, since=since, until=until, limit=paging.limit + 1, offset=paging.offset)
    )
    return paging.page(rows)


@router.get(
    "/entities/{key}", response_model=EntityProfile, responses={404: problem("unknown entity")}
)
def get_entity(store: StoreDep, key: str) -> dict:
    """Profile by id, name or alias: aliases, codes, designations, mentions per day, the
    documents that mention it and its counterparts in coded events."""
    profile = store.entity_profile(key)
    if profile is None:
        raise not_found("entity", key)
    profile["designations"] = list(profile["attributes"].get("designations") or [])
    profile["counterparts"] = queries.counterparts(store, profile["entity_id"])
    return profile
