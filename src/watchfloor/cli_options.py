"""Options of the command-line interfaces that more than one command group takes.

Shared by :mod:`watchfloor.cli` and :mod:`watchfloor.resolve.cli` (the ``entities``
commands), so the store option, its default and the output options read the same in
both, and neither imports the other.
"""

from __future__ import annotations

from typing import Annotated

import typer

DEFAULT_DB = "watchfloor.duckdb"

DbOpt = Annotated[
    str,
    typer.Option(
        "--db",
        help="Store: a DuckDB file, or postgresql://user@host:port/dbname.",
        envvar="WATCHFLOOR_DB",
    ),
]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="table | json")]
LimitOpt = Annotated[int, typer.Option("--limit", "-n", help="Rows to show.")]
