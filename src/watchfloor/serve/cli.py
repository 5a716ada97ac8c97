"""Surfaces › serve: what ``watchfloor serve`` runs — checks, then uvicorn on the app."""

from __future__ import annotations

import ipaddress
import signal
import sys
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from watchfloor.errors import WatchfloorError
from watchfloor.serve.app import LOOPBACK_HOSTS, create_app


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass
class LiveOptions:
    """``serve --watch``: what the background loop polls, and where alerts go."""

    sources: list[str]
    every: float
    allow_network: bool = False
    watchlist: Path | None = None
    alerts_to: str | None = None


def run_server(
    db: str | Path,
    host: str,
    port: int,
    token: str | None,
    watchlists: Path | None = None,
    live: LiveOptions | None = None,
    insecure_public: bool = False,
) -> None:
    from watchfloor.store.postgres_store import is_postgres_url

    postgres = is_postgres_url(str(db))
    if postgres:
        from watchfloor.store.open import open_store

        # reachable, with a store (live mode creates it): else exit 2
        open_store(str(db), read_only=live is None).close()
    elif live is None and not Path(db).exists():
        raise WatchfloorError(f"no store at {db}: run `watchfloor ingest` first")
    loop = _live_loop(str(db), live, postgres) if live else None
    loopback = is_loopback(host)
    if not loopback and not token and not insecure_public:
        raise WatchfloorError(
            f"refusing to serve on {host} (reachable from other machines) without --token; "
            "pass --insecure-public to serve the store read-only to the network anyway"
        )
    if not loopback:
        print(
            f"watchfloor: serving on {host}, reachable from other machines"
            + ("" if token else "; read-only (no --token)"),
            file=sys.stderr,
        )
    app = create_app(
        db,
        token=token,
        allowed_hosts=LOOPBACK_HOSTS if loopback else None,
        watchlists_dir=watchlists,
    )
    shown = f"[{host}]" if ":" in host else host  # an IPv6 address in a URL
    print(
        f"watchfloor: http://{shown}:{port}/ (API spec at /api/openapi.json)",
        file=sys.stderr,
        flush=True,
    )
    if loop is not None:
        # uvicorn stops serving on SIGTERM / Ctrl-C, then raises the signal again through
        # the handler it found: this one only notes it, so the loop is stopped cleanly
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda signum, frame: None)
        loop.start()
    try:
        uvicorn.run(
            app,
            host=host,
            port=port,
            log_level="warning",
            access_log=False,
            h11_max_incomplete_event_size=16 * 1024,
            timeout_keep_alive=5,
        )
    finally:
        if loop is not None:
            _stop_live(loop)


def _live_loop(db: str, opts: LiveOptions, postgres: bool):
    """The live store (DuckDB: this process's one read-write connection) and its loop."""
    from watchfloor.serve import live as live_mode

    after_batch = None
    if opts.watchlist or opts.alerts_to:
        from watchfloor.watch import Watcher, Watchlist, open_sink

        wl = Watchlist.load(opts.watchlist) if opts.watchlist else None
        after_batch = Watcher(wl, open_sink(opts.alerts_to or "stdout")).after_batch
    store = None if postgres else live_mode.LiveStore(db)
    try:
        loop = live_mode.LiveIngest(
            db, opts.sources, opts.every, opts.allow_network, after_batch=after_batch, live=store
        )
    except BaseException:
        if store is not None:
            store.close()
        raise
    if store is not None:
        live_mode.register(store)
    live_mode.set_loop(db, loop)
    print(
        f"watchfloor: live: polling {len(opts.sources)} source(s) every {opts.every:g} s",
        file=sys.stderr,
        flush=True,
    )
    return loop


def _stop_live(loop) -> None:
    from watchfloor.serve import live as live_mode

    print("watchfloor: live: stopping (the batch in flight commits)", file=sys.stderr, flush=True)
    loop.stop()
    if loop.live is not None:
        loop.live.close()  # refuses new readers, waits for those still reading
        live_mode.unregister(loop.live)
    print(
        f"watchfloor: live: stopped after {loop.cycles} cycles, {loop.documents} new documents",
        file=sys.stderr,
        flush=True,
    )
