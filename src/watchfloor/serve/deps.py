"""Surfaces › serve: what every route depends on — a read-only store per request, paging.

The store is opened read-only for each request and closed after it, so an ``ingest``
in another process can take its write lock between requests. While a writer holds the
file, requests get ``503`` with ``Retry-After`` instead of an error page.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query, Request

from watchfloor.errors import StoreError
from watchfloor.serve.schemas import Problem
from watchfloor.store.duckdb_store import DuckDBStore

MAX_LIMIT = 500


def problem(description: str) -> dict[str, Any]:
    """An error response for the spec: JSON ``{"detail": "..."}`` (:class:`Problem`)."""
    return {"model": Problem, "description": description}


# Every route that takes a JSON body: a body that is not even text (bytes that are not
# UTF-8) is refused by the framework before validation, with this status and shape.
BODY_ERRORS: dict[int | str, dict[str, Any]] = {
    400: problem("the body cannot be parsed (not UTF-8 text); malformed JSON text is a 422"),
}

# Every route that reads the store can answer 503 (see open_store).
STORE_ERRORS: dict[int | str, dict[str, Any]] = {
    503: problem("another process holds the store's write lock (retry after Retry-After)"),
}


def open_store(request: Request) -> Iterator[DuckDBStore]:
    path = request.app.state.db
    try:
        store = DuckDBStore(path, read_only=True)
    except StoreError as exc:
        raise HTTPException(503, f"store unavailable: {exc}",
                            headers={"Retry-After": "2"}) from exc
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[DuckDBStore, Depends(open_store)]


@dataclass(slots=True)
class Paging:
    limit: int
    offset: int

    def page(self, rows: list[Any]) -> dict[str, Any]:
        """Rows were fetched with limit + 1: the extra row only says a next page exists."""
        more = len(rows) > self.limit
        return {"items": rows[: self.limit], "limit": self.limit, "offset": self.offset,
                "next_offset": self.offset + self.limit if more else None}


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="rows per page")] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> Paging:
    return Paging(limit, offset)


PagingDep = Annotated[Paging, Depends(paging)]
DateQ = Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
                                    description="ISO date (inclusive)")]


def not_found(what: str, key: str) -> HTTPException:
    return HTTPException(404, f"no {what} {key!r}")
