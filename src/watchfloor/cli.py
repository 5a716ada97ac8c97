"""The command line: ``watchfloor ingest | extract | stats | query | report | quarantine``.

Every command is a thin layer over :mod:`watchfloor.pipeline`, the store and the
analysis modules. Exit codes: 0 everything went through; 1 some inputs were quarantined
(the rest were processed); 2 a usage, input or store error (nothing was written).
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Annotated

import click
import typer

from watchfloor import __version__
from watchfloor.cli_options import DEFAULT_DB, DbOpt, FormatOpt, LimitOpt
from watchfloor.cli_output import emit, err
from watchfloor.errors import WatchfloorError
from watchfloor.terminal import clean, markup_safe

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="watchfloor: actors, events and claims from security news, with sources.",
)
query_app = typer.Typer(no_args_is_help=True, help="Query entities, events or claims.")
app.add_typer(query_app, name="query")

QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress, no summary.")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="From date (ISO, inclusive).")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="To date (ISO, inclusive).")]


FetchTimeoutOpt = Annotated[
    float, typer.Option(help="Seconds before a feed URL fetch gives up (with --allow-network).")
]
FetchMaxOpt = Annotated[int, typer.Option(help="Largest feed URL body accepted, in bytes.")]
NlpBatchOpt = Annotated[int, typer.Option(help="Documents per spaCy batch (nlp.pipe).")]
BudgetOpt = Annotated[
    float,
    typer.Option(
        help="Seconds of extraction per document; over it the document is quarantined (W202). "
        "0: no budget."
    ),
]
MaxCharsOpt = Annotated[
    int,
    typer.Option(
        help="Longest document text accepted, in characters (memory cap; at most 1000000); "
        "longer: quarantined (W105)."
    ),
]
ClusterOpt = Annotated[
    str | None,
    typer.Option(
        help="Run spaCy and the extractors on Dask: local:N (N worker processes) or "
        "tcp://HOST:PORT (a running scheduler). Output identical to a one-process run."
    ),
]


def _options(
    batch_size: int,
    workers: int,
    allow_network: bool,
    max_bytes: int,
    fetch_timeout: float = 15.0,
    fetch_max_bytes: int = 10_000_000,
    nlp_batch_size: int = 32,
    doc_time_budget: float = 120.0,
    max_chars: int = 1_000_000,
    cluster: str | None = None,
):
    from watchfloor.ingest import IngestLimits
    from watchfloor.pipeline import RunOptions

    if fetch_timeout <= 0 or fetch_max_bytes <= 0 or max_bytes <= 0:
        raise typer.BadParameter("size and time limits must be positive")
    if batch_size <= 0 or nlp_batch_size <= 0 or workers <= 0:
        raise typer.BadParameter("batch sizes and the worker count must be positive")
    if doc_time_budget < 0 or not 0 < max_chars <= 1_000_000:
        raise typer.BadParameter(
            "--doc-time-budget must be >= 0 (0: none) and --max-chars between 1 and 1000000"
        )
    if cluster:
        from watchfloor.dask_runner import check_cluster

        check_cluster(cluster)
    return RunOptions(
        cluster=cluster,
        batch_size=batch_size,
        nlp_batch_size=nlp_batch_size,
        workers=workers,
        allow_network=allow_network,
        limits=IngestLimits(
            max_bytes=max_bytes,
            fetch_timeout=fetch_timeout,
            fetch_max_bytes=fetch_max_bytes,
            max_chars=max_chars,
        ),
        time_budget=doc_time_budget or None,
    )


def _progress(quiet: bool, label: str):
    if quiet or not err.is_terminal:
        return nullcontext(None)
    # imported here: a quiet or piped run does not pay for the progress bar's modules
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


def _summary(report, quiet: bool, what: str) -> None:
    if quiet:
        return
    err.print(
        f"[bold]{markup_safe(what)}[/]: {report.documents} new documents "
        f"({report.duplicates} duplicates of earlier stories), "
        f"{report.skipped} already present, {len(report.quarantined)} quarantined."
    )
    if report.repaired:
        err.print(
            f"  {report.repaired} documents stored with invalid Unicode or bytes "
            "replaced by U+FFFD (`watchfloor quarantine --notes`)"
        )
    for q in report.quarantined[:20]:
        err.print(
            f"  [yellow]quarantined[/] {markup_safe(q.origin)}: {q.code} {markup_safe(q.reason)}"
        )
    if len(report.quarantined) > 20:
        err.print(f"  ... and {len(report.quarantined) - 20} more (`watchfloor quarantine`)")


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, '-' for stdin.")],
    db: DbOpt = DEFAULT_DB,
    batch_size: Annotated[int, typer.Option(help="Documents per transaction.")] = 256,
    nlp_batch_size: NlpBatchOpt = 32,
    workers: Annotated[int, typer.Option(help="spaCy worker processes.")] = 1,
    allow_network: Annotated[bool, typer.Option(help="Allow feed URLs (http/https).")] = False,
    max_bytes: Annotated[int, typer.Option(help="Largest input item accepted.")] = 20_000_000,
    fetch_timeout: FetchTimeoutOpt = 15.0,
    fetch_max_bytes: FetchMaxOpt = 10_000_000,
    doc_time_budget: BudgetOpt = 120.0,
    max_chars: MaxCharsOpt = 1_000_000,
    cluster: ClusterOpt = None,
    quiet: QuietOpt = False,
    watchlist: Annotated[Path | None, typer.Option(help="Watchlist YAML (docs/alerts.md).")] = None,
    alerts_to: Annotated[
        str | None, typer.Option(help="Alerts to: stdout | FILE.jsonl | http(s)://URL.")
    ] = None,
) -> None:
    """Ingest inputs into the store: dedup, extract actors, events and claims."""
    from watchfloor.pipeline import ingest as run_ingest

    opts = _options(
        batch_size,
        workers,
        allow_network,
        max_bytes,
        fetch_timeout,
        fetch_max_bytes,
        nlp_batch_size,
        doc_time_budget,
        max_chars,
        cluster,
    )
    if watchlist or alerts_to:
        from watchfloor.watch import Watcher, Watchlist, open_sink

        wl = Watchlist.load(watchlist) if watchlist else None
        watcher = Watcher(wl, open_sink(alerts_to or "stdout"))
        opts.after_batch = watcher.after_batch
    with _progress(quiet, "ingest") as bar:
        task = bar.add_task("ingest", total=None) if bar else None
        report = run_ingest(
            inputs, db, opts, progress=(lambda n: bar.advance(task, n)) if bar else None
        )
    _summary(report, quiet, f"ingest → {db}")
    if opts.after_batch and not quiet:
        err.print(markup_safe(watcher.summary()))
    raise typer.Exit(1 if report.failed else 0)


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, '-' for stdin.")],
    output: Annotated[str, typer.Option("-o", "--output", help="JSONL file, '-' = stdout.")] = "-",
    batch_size: Annotated[int, typer.Option(help="Documents per output batch.")] = 256,
    nlp_batch_size: NlpBatchOpt = 32,
    workers: Annotated[int, typer.Option(help="spaCy worker processes.")] = 1,
    allow_network: Annotated[bool, typer.Option(help="Allow feed URLs (http/https).")] = False,
    max_bytes: Annotated[int, typer.Option(help="Largest input item accepted.")] = 20_000_000,
    fetch_timeout: FetchTimeoutOpt = 15.0,
    fetch_max_bytes: FetchMaxOpt = 10_000_000,
    doc_time_budget: BudgetOpt = 120.0,
    max_chars: MaxCharsOpt = 1_000_000,
    cluster: ClusterOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Run the pipeline without a store; write one JSON object per document (contract v1)."""
    from watchfloor.pipeline import extract as run_extract

    opts = _options(
        batch_size,
        workers,
        allow_network,
        max_bytes,
        fetch_timeout,
        fetch_max_bytes,
        nlp_batch_size,
        doc_time_budget,
        max_chars,
        cluster,
    )
    out_cm = (
        nullcontext(sys.stdout) if output == "-" else open(output, "w", encoding="utf-8")  # noqa: SIM115 - closed by the with below
    )
    with out_cm as out, _progress(quiet, "extract") as bar:
        task = bar.add_task("extract", total=None) if bar else None
        report = run_extract(
            inputs, out, opts, progress=(lambda n: bar.advance(task, n)) if bar else None
        )
    _summary(report, quiet, f"extract → {output}")
    raise typer.Exit(1 if report.failed else 0)


def _store(db: str):
    from watchfloor.store.open import open_store

    return open_store(db, read_only=True)


@app.command()
def stats(db: DbOpt = DEFAULT_DB, fmt: FormatOpt = "table") -> None:
    """Counts of documents, stories, actors, events, claims and quarantined items."""
    with _store(db) as store:
        data = store.stats()
    if fmt == "json":
        emit([data], "json")
    else:
        emit([{"what": k, "count": v} for k, v in data.items()], "table")


@app.command()
def quarantine(
    db: DbOpt = DEFAULT_DB,
    fmt: FormatOpt = "table",
    limit: LimitOpt = 100,
    notes: Annotated[bool, typer.Option("--notes", help="Repair notes, not rejections.")] = False,
) -> None:
    """List quarantined inputs with their reason codes (--notes: stored documents with a
    repair note instead, e.g. invalid Unicode replaced)."""
    with _store(db) as store:
        if notes:
            emit(store.query_notes(limit), fmt, ["origin", "id", "code", "count", "message"])
            return
        emit(
            store.query_quarantine(limit),
            fmt,
            ["origin", "code", "reason", "size", "content_kept", "times_seen"],
        )


def _filters(**kw):
    from watchfloor.store.base import Filters

    dyad = kw.pop("dyad", None)
    if dyad:
        parts = [p.strip() for p in dyad.replace("->", ",").replace(">", ",").split(",")]
        if len(parts) != 2:
            raise WatchfloorError("--dyad takes SOURCE,TARGET (e.g. USA,VENGOV)")
        kw["dyad"] = (parts[0], parts[1])
    return Filters(**{k: v for k, v in kw.items() if v is not None})


@query_app.command("entities")
def query_entities(
    db: DbOpt = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Name, alias, id or code.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: FormatOpt = "table",
    limit: LimitOpt = 50,
) -> None:
    """Canonical actors and places with codes, aliases and mention counts."""
    with _store(db) as store:
        rows = store.query_entities(_filters(actor=actor, since=since, until=until, limit=limit))
    emit(
        rows, fmt, ["id", "name", "type", "kind", "actor_code", "mentions", "documents", "stories"]
    )


@query_app.command("events")
def query_events(
    db: DbOpt = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Source or target.")] = None,
    dyad: Annotated[str | None, typer.Option(help="SOURCE,TARGET")] = None,
    code: Annotated[str | None, typer.Option(help="CAMEO code prefix.")] = None,
    quad: Annotated[int | None, typer.Option(help="Quad class 1-4.")] = None,
    modality: Annotated[
        str | None, typer.Option(help="asserted | negated | hypothetical | alleged | future")
    ] = None,
    place: Annotated[str | None, typer.Option(help="Event place: name, id or ISO3.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    grouped: Annotated[
        bool, typer.Option("--grouped", help="One row per real event, merged across reports.")
    ] = False,
    fmt: FormatOpt = "table",
    limit: LimitOpt = 50,
) -> None:
    """Coded events with their sources and modality (dates: the event's own, else published)."""
    filters = _filters(
        actor=actor,
        dyad=dyad,
        code=code,
        quad_class=quad,
        modality=modality,
        place=place,
        since=since,
        until=until,
        limit=limit,
    )
    with _store(db) as store:
        if grouped:
            groups = store.query_event_groups(filters)
            emit(
                groups,
                fmt,
                [
                    "date",
                    "source",
                    "source_code",
                    "code",
                    "event_name",
                    "target",
                    "target_code",
                    "modality",
                    "place",
                    "mentions",
                    "independent_sources",
                    "outlets",
                ],
            )
            return
        rows = store.query_events(filters)
    emit(
        rows,
        fmt,
        [
            "published",
            "source",
            "source_code",
            "code",
            "event_name",
            "target",
            "target_code",
            "quad_class",
            "goldstein",
            "event_date",
            "place",
            "hypothetical",
            "negated",
            "alleged",
            "document",
        ],
    )


@query_app.command("claims")
def query_claims(
    db: DbOpt = DEFAULT_DB,
    speaker: Annotated[str | None, typer.Option(help="Speaker name.")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor in speaker or content.")] = None,
    hedged: Annotated[bool | None, typer.Option(help="Only (un)hedged.")] = None,
    min_cw: Annotated[float | None, typer.Option("--min-check-worthiness", help="0-1")] = None,
    unattributed: Annotated[
        bool | None, typer.Option(help="Only article-voice assertions (or only attributed).")
    ] = None,
    hedge: Annotated[str | None, typer.Option(help="Hedge cue, e.g. allegedly, may.")] = None,
    min_sources: Annotated[
        int | None, typer.Option(help="Backed by at least N independent stories.")
    ] = None,
    clusters: Annotated[bool, typer.Option(help="Cross-document claim clusters.")] = False,
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: FormatOpt = "table",
    limit: LimitOpt = 50,
) -> None:
    """Attributed and unattributed claims with hedges and corroboration."""
    from watchfloor.analyze import claim_clusters

    with _store(db) as store:
        if clusters:
            cols = ["id", "claim", "stories", "outlets", "articles", "speakers", "contradictions"]
            emit(claim_clusters.cluster_table(store, limit), fmt, cols)
            return
        rows = store.query_claims(
            _filters(
                speaker=speaker,
                actor=actor,
                hedged=hedged,
                hedge=hedge,
                min_check_worthiness=min_cw,
                unattributed=unattributed,
                since=since,
                until=until,
                limit=limit if min_sources is None else 1_000_000,
            )
        )
        rows = claim_clusters.corroborated(store, rows, min_sources, limit)
    emit(
        rows,
        fmt,
        [
            "published",
            "speaker",
            "cue",
            "content",
            "hedges",
            "check_worthiness",
            "stories",
            "outlets",
            "outlet",
        ],
    )


def _entities_app() -> typer.Typer:
    from watchfloor.resolve.cli import entities_app

    return entities_app


# `entities` list / KEY / merge / split / merges / conflicts / decisions / resolve
app.add_typer(_entities_app(), name="entities")


@app.command("export")
def export_cmd(
    fmt: Annotated[str, typer.Argument(help="stix | gdelt | graphml | parquet")],
    output: Annotated[Path, typer.Option("-o", "--output", help="File (parquet: directory).")],
    db: DbOpt = DEFAULT_DB,
) -> None:
    """Export the store: STIX 2.1 bundle, GDELT-style TSV, GraphML, or Parquet tables."""
    from watchfloor.export import export

    with _store(db) as store:
        summary = export(fmt, store, output)
    sys.stderr.write(json.dumps(summary, ensure_ascii=False) + "\n")


@app.command()
def alerts(
    db: DbOpt = DEFAULT_DB,
    since: SinceOpt = None,
    until: UntilOpt = None,
    kind: Annotated[str | None, typer.Option(help="dyad | actor")] = None,
    direction: Annotated[str | None, typer.Option(help="conflict | cooperation")] = None,
    fmt: FormatOpt = "table",
    limit: LimitOpt = 50,
    series: Annotated[
        str | None,
        typer.Option(
            help="Show the daily series of one key (SRC>TGT dyad or actor; 'list' lists them)."
        ),
    ] = None,
) -> None:
    """Escalation alerts: days when a dyad or an actor departs from its baseline."""
    from watchfloor.analyze.escalation import detect
    from watchfloor.watch.sinks import format_alert

    if series:
        return _series(db, series, kind, since, until, fmt, limit)
    with _store(db) as store:
        found = [
            a
            for a in detect(store, since=since, until=until)
            if (kind is None or a.kind == kind) and (direction is None or a.direction == direction)
        ][:limit]
    if fmt == "json":
        emit([a.to_dict() for a in found], "json")
    elif fmt != "table":
        raise WatchfloorError(f"unknown format {fmt!r}: use table or json")
    elif not found:
        print("no alerts")
    for a in found if fmt == "table" else ():
        print(clean(format_alert(a.to_dict())))


SERIES_COLUMNS = [
    "day",
    "count",
    "stories",
    "goldstein_sum",
    "material_conflict_share",
    "baseline_count_median",
    "count_z",
    "goldstein_z",
    "alert",
]


def _series(
    db: str, key: str, kind: str | None, since: str | None, until: str | None, fmt: str, limit: int
) -> None:
    from watchfloor.analyze.escalation import series, series_keys

    with _store(db) as store:
        if key == "list":
            emit(series_keys(store, kind=kind, limit=limit), fmt)
            return
        found = series(store, key, kind=kind, since=since, until=until)
    if found is None:
        raise WatchfloorError(f"no series {key!r}: see `watchfloor alerts --series list`")
    if fmt == "json":
        emit([found], "json")
        return
    print(clean(f"{found['kind']} {found['label']}", one_line=True))
    emit(found["days"], fmt, SERIES_COLUMNS)


@app.command()
def report(
    db: DbOpt = DEFAULT_DB,
    since: SinceOpt = None,
    until: UntilOpt = None,
    output: Annotated[str, typer.Option("-o", "--output", help="File, '-' = stdout.")] = "-",
    top: Annotated[int, typer.Option(help="Rows per section.")] = 10,
    fmt: Annotated[str, typer.Option("--format", "-f", help="md | html")] = "md",
    charts: Annotated[
        bool | None, typer.Option(help="Inline SVG charts (default: on for html, off for md).")
    ] = None,
) -> None:
    """The situation report, as Markdown or one self-contained HTML file."""
    from watchfloor.analyze.report import build_report

    if fmt not in ("md", "html"):
        raise WatchfloorError(f"unknown format {fmt!r}: use md or html")
    with _store(db) as store:
        text = build_report(
            store,
            since=since,
            until=until,
            top=top,
            charts=(fmt == "html") if charts is None else charts,
        )
    if fmt == "html":
        from watchfloor.analyze.report_html import markdown_to_html

        text = markdown_to_html(text)
    text = clean(text)  # control characters from article text are never Markdown or HTML
    if output == "-":
        sys.stdout.write(text)
    else:
        Path(output).write_text(text, encoding="utf-8")


@app.command()
def serve(
    db: DbOpt = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to bind (loopback by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(help="Bearer token that enables write endpoints.", envvar="WATCHFLOOR_TOKEN"),
    ] = None,
    watchlists: Annotated[
        Path | None,
        typer.Option(
            help="Directory of watchlist YAML files the API lists and (with the "
            "token) edits; ingest --watchlist reads the same files."
        ),
    ] = None,
    watch: Annotated[
        list[str] | None,
        typer.Option(
            help="Live mode: ingest this source in the background (a directory, a file, or with "
            "--allow-network a feed URL); repeat for several."
        ),
    ] = None,
    every: Annotated[str, typer.Option(help="Live mode: poll interval (90s, 15m, 1h).")] = "15m",
    allow_network: Annotated[bool, typer.Option(help="Live mode: allow feed URLs.")] = False,
    watchlist: Annotated[
        Path | None, typer.Option(help="Live mode: watchlist YAML whose matches become alerts.")
    ] = None,
    alerts_to: Annotated[
        str | None, typer.Option(help="Live mode: alerts to stdout | FILE.jsonl | http(s)://URL.")
    ] = None,
    insecure_public: Annotated[
        bool,
        typer.Option(help="Serve on a non-loopback --host without --token (read-only, to anyone)."),
    ] = False,
) -> None:
    """Serve the JSON API (/api, spec at /api/openapi.json) and the web dashboard (/).

    With --watch, one process serves and ingests (live mode, docs/deployment.md)."""
    from watchfloor.serve.cli import LiveOptions, run_server

    live = None
    if watch:
        from watchfloor.serve.live import parse_every

        live = LiveOptions(watch, parse_every(every), allow_network, watchlist, alerts_to)
    elif watchlist or alerts_to or allow_network:
        raise WatchfloorError("--watchlist, --alerts-to and --allow-network need --watch")
    run_server(db, host, port, token, watchlists, live=live, insecure_public=insecure_public)


@app.command()
def version() -> None:
    """Print the version."""
    print(__version__)


def main() -> None:
    """Run the CLI. Exit codes: 0 all went through, 1 some inputs quarantined, 2 a usage,
    input or store error, 3 an internal error (a bug; ``WATCHFLOOR_DEBUG=1`` shows the
    traceback)."""
    try:
        code = app(standalone_mode=False)  # click returns a typer.Exit's code here
    except WatchfloorError as exc:
        err.print(f"[red]error:[/] {markup_safe(exc)}")
        sys.exit(2)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        err.print("aborted")
        sys.exit(130)
    except click.ClickException as exc:
        err.print(f"[red]error:[/] {markup_safe(exc.format_message())}")
        sys.exit(2)
    except Exception as exc:  # noqa: BLE001 - a bug: a clear message and its own code
        if os.environ.get("WATCHFLOOR_DEBUG"):
            raise
        err.print(
            f"[red]internal error:[/] {markup_safe(type(exc).__name__)}: "
            f"{markup_safe(exc)} (a bug; WATCHFLOOR_DEBUG=1 shows the traceback)"
        )
        sys.exit(3)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
