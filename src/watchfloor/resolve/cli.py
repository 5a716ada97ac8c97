"""The ``watchfloor entities`` commands: list, show, and the analysts' merge and split.

Part of the command line (``watchfloor.cli`` mounts :data:`entities_app`); every command
is a thin layer over the store (``entity_profile``, ``entity_resolution``, ``decide``,
``rebuild_resolution``). ``watchfloor entities`` lists canonical entities and
``watchfloor entities KEY`` shows one, as before; a first word that is a sub-command
(``merge``, ``split``, ``merges``, ``conflicts``, ``decisions``, ``resolve``) runs it
(``watchfloor entities show KEY`` shows an entity whose name is one of those words).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import click
import typer
from rich.console import Console
from typer.core import TyperGroup

from watchfloor.cli_options import DEFAULT_DB, DbOpt, FormatOpt, LimitOpt
from watchfloor.cli_output import emit
from watchfloor.errors import WatchfloorError
from watchfloor.terminal import markup_safe


class EntitiesGroup(TyperGroup):
    """No argument lists; a first argument that is no sub-command shows that entity."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0].startswith("-") and args[0] not in {"--help", "-h"}):
            args = ["list", *args]
        elif args[0] not in self.commands and not args[0].startswith("-"):
            args = ["show", *args]
        return super().parse_args(ctx, args)


entities_app = typer.Typer(
    cls=EntitiesGroup,
    help="Canonical entities: list, show one, and analysts' merge and split decisions.",
)

ReasonOpt = Annotated[str | None, typer.Option("--reason", help="Why (kept with the decision).")]


def _read(db: str) -> Any:
    from watchfloor.store.open import open_store

    return open_store(db, read_only=True)


def _write(db: str) -> Any:
    from watchfloor.errors import StoreError
    from watchfloor.store.open import open_store
    from watchfloor.store.postgres_store import is_postgres_url

    if not is_postgres_url(db) and not Path(db).exists():
        raise StoreError(f"no store at {db}: run `watchfloor ingest` first")
    return open_store(db)


@entities_app.command("list")
def list_entities(db: DbOpt = DEFAULT_DB, fmt: FormatOpt = "table", limit: LimitOpt = 50) -> None:
    """List canonical entities with codes and mention counts (after merges)."""
    from watchfloor.store.base import Filters

    with _read(db) as store:
        rows = store.query_entities(Filters(limit=limit))
    emit(
        rows, fmt, ["id", "name", "type", "kind", "actor_code", "mentions", "documents", "stories"]
    )


@entities_app.command("show")
def show(
    key: Annotated[str, typer.Argument(help="Entity id, name or alias.")],
    db: DbOpt = DEFAULT_DB,
    fmt: FormatOpt = "table",
) -> None:
    """One entity: codes, aliases, mentions over time, documents, merges, conflicts."""
    with _read(db) as store:
        profile = store.entity_profile(key)
    if profile is None:
        raise WatchfloorError(f"no entity matches {key!r}")
    if fmt == "json":
        emit([profile], "json")
        return
    console = Console(width=200)
    p = {k: markup_safe(v) if isinstance(v, str) else v for k, v in profile.items()}
    console.print(
        f"[bold]{p['name']}[/] ({p['entity_id']}) — {p['type']}"
        f"{', ' + p['kind'] if p['kind'] else ''}; code "
        f"{p['actor_code'] or '-'}; country {p['country'] or '-'}"
    )
    console.print("aliases: " + ", ".join(markup_safe(a) for a in profile["aliases"]))
    for d in profile["attributes"].get("designations") or []:
        console.print(
            markup_safe(f"designation: {d.get('list')} by {d.get('authority')} ({d.get('date')})")
        )
    emit(profile["mentions_by_day"], "table")
    emit(profile["documents"], "table")
    if profile["merges"]:
        console.print(f"merged automatically: {len(profile['merges'])} document-level entities")
        emit(
            profile["merges"],
            "table",
            ["merge_id", "document", "record", "alias", "match", "score"],
        )
    if profile["conflicts"]:
        console.print("names shared with entities kept apart:")
        emit(
            profile["conflicts"],
            "table",
            ["document", "alias", "reason", "refused", "kept_apart_as"],
        )
    if profile["decisions"]:
        console.print("analysts' decisions:")
        emit(profile["decisions"], "table")


@entities_app.command("merge")
def merge(
    keep: Annotated[str, typer.Argument(help="Entity kept (id, name or alias).")],
    other: Annotated[str, typer.Argument(help="Entity merged into it.")],
    reason: ReasonOpt = None,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Merge OTHER into KEEP: a decision kept and re-applied whenever data is processed."""
    with _write(db) as store:
        d = store.decide("merge", keep, other=other, reason=reason)
    sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")


@entities_app.command("split")
def split(
    entity: Annotated[str, typer.Argument(help="Entity to split (id, name or alias).")],
    alias: Annotated[
        str | None, typer.Option("--alias", help="Move the document-level entities with this name.")
    ] = None,
    document: Annotated[
        str | None, typer.Option("--document", help="Move this document's entity (document id).")
    ] = None,
    reason: ReasonOpt = None,
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Split part of ENTITY into its own entity (ENTITY~alias): undoes a merge for good."""
    with _write(db) as store:
        d = store.decide("split", entity, alias=alias, document=document, reason=reason)
    sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")


def _section(
    section: str, key: str | None, db: str, fmt: str, limit: int, columns: list[str]
) -> None:
    with _read(db) as store:
        eid = None
        if key is not None:
            profile = store.entity_profile(key)
            if profile is None:
                raise WatchfloorError(f"no entity matches {key!r}")
            eid = profile["entity_id"]
        rows = store.entity_resolution(eid)[section][:limit]
    emit(rows, fmt, columns)


@entities_app.command("merges")
def merges(
    key: Annotated[str | None, typer.Argument(help="Entity id, name or alias.")] = None,
    db: DbOpt = DEFAULT_DB,
    fmt: FormatOpt = "table",
    limit: LimitOpt = 100,
) -> None:
    """Automatic merges with their evidence (score, match, alias, features)."""
    _section(
        "merges",
        key,
        db,
        fmt,
        limit,
        ["merge_id", "document", "record", "alias", "match", "score", "entity_id"],
    )


@entities_app.command("conflicts")
def conflicts(
    key: Annotated[str | None, typer.Argument(help="Entity id, name or alias.")] = None,
    db: DbOpt = DEFAULT_DB,
    fmt: FormatOpt = "table",
    limit: LimitOpt = 100,
) -> None:
    """Names shared by entities the resolver kept apart, and why."""
    _section(
        "conflicts",
        key,
        db,
        fmt,
        limit,
        ["document", "alias", "reason", "refused", "kept_apart_as", "entity_id"],
    )


@entities_app.command("decisions")
def decisions(db: DbOpt = DEFAULT_DB, fmt: FormatOpt = "table", limit: LimitOpt = 100) -> None:
    """Analysts' merge and split decisions, in the order they are applied."""
    _section(
        "decisions",
        None,
        db,
        fmt,
        limit,
        [
            "decision_id",
            "action",
            "entity_id",
            "other_id",
            "alias",
            "document",
            "reason",
            "created_at",
        ],
    )


@entities_app.command("resolve")
def resolve(db: DbOpt = DEFAULT_DB) -> None:
    """Re-run cross-document resolution over the whole store; decisions are re-applied."""
    with _write(db) as store:
        out = store.rebuild_resolution()
    sys.stdout.write(json.dumps(out) + "\n")
