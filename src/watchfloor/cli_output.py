"""Terminal output of the command-line interfaces: rows as a table or JSON, errors.

Shared by :mod:`watchfloor.cli` and :mod:`watchfloor.resolve.cli` (the ``entities``
commands), so neither imports the other.
"""

from __future__ import annotations

import json
import sys

from rich.console import Console
from rich.table import Table

from watchfloor.errors import WatchfloorError
from watchfloor.terminal import cell

err = Console(stderr=True)


def emit(rows: list[dict], fmt: str, columns: list[str] | None = None) -> None:
    """Print ``rows`` as a table (``columns`` in that order) or as JSON on stdout.
    RAISES WatchfloorError for an unknown format."""
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    if fmt != "table":
        raise WatchfloorError(f"unknown format {fmt!r}: use table or json")
    console = Console(width=200)
    if not rows:
        console.print("(no rows)")
        return
    cols = columns or list(rows[0])
    table = Table(show_lines=False)
    for c in cols:
        table.add_column(cell(c))
    for r in rows:  # cells from data: one line, control characters shown, never markup
        table.add_row(*[cell(r.get(c)) for c in cols])
    console.print(table)
