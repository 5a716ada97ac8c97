"""Surfaces › serve › API: the aggregates behind the dashboard (network, timeline, map).

Each aggregate names the ids it counts, so every number on the dashboard links to the
filtered event list (``/api/events?...``) that is its evidence.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request

from watchfloor.serve import claim_groups, queries
from watchfloor.serve.deps import DateQ, StoreDep
from watchfloor.serve.routes.alerts import escalation
from watchfloor.serve.schemas import Health, Network, Places, Timeline

router = APIRouter(tags=["dashboard"])


@router.get("/health", response_model=Health)
def health(request: Request, store: StoreDep) -> dict:
    from watchfloor.serve.live import loop_status

    last = store.sql("SELECT max(committed_at) AS t FROM batches")[0]["t"]
    return {
        "status": "ok",
        "store": Path(store.path).name,
        "stats": store.stats(),
        "features": {
            "alerts": escalation() is not None,
            "claim_clusters": claim_groups.available(),
        },
        "last_commit": last,
        "live": loop_status(request.app.state.db),
    }


@router.get("/network", response_model=Network)
def network(store: StoreDep, since: DateQ = None, until: DateQ = None) -> dict:
    """Actors (nodes, by kind) and coded dyads (edges, one per quad class)."""
    return queries.network(store, since, until)


@router.get("/timeline", response_model=Timeline)
def timeline(store: StoreDep, since: DateQ = None, until: DateQ = None) -> dict:
    """Events per day by quad class, and the Goldstein series of every dyad."""
    return queries.timeline(store, since, until)


@router.get("/map", response_model=Places)
def places(store: StoreDep, since: DateQ = None, until: DateQ = None) -> dict:
    """Locations named in event sentences, geocoded offline, with event counts."""
    return queries.places(store, since, until)
