"""Surfaces › serve: what ``watchfloor serve`` runs — checks, then uvicorn on the app."""

from __future__ import annotations

import ipaddress
import sys
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


def run_server(db: Path, host: str, port: int, token: str | None,
               watchlists: Path | None = None, insecure_public: bool = False) -> None:
    if not Path(db).exists():
        raise WatchfloorError(f"no store at {db}: run `watchfloor ingest` first")
    loopback = is_loopback(host)
    if not loopback and not token and not insecure_public:
        raise WatchfloorError(
            f"refusing to serve on {host} (reachable from other machines) without --token; "
            "pass --insecure-public to serve the store read-only to the network anyway")
    if not loopback:
        print(f"watchfloor: serving on {host}, reachable from other machines"
              + ("" if token else "; read-only (no --token)"), file=sys.stderr)
    app = create_app(db, token=token, allowed_hosts=LOOPBACK_HOSTS if loopback else None,
                     watchlists_dir=watchlists)
    shown = f"[{host}]" if ":" in host else host  # an IPv6 address in a URL
    print(f"watchfloor: http://{shown}:{port}/ (API spec at /api/openapi.json)",
          file=sys.stderr, flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False,
                h11_max_incomplete_event_size=16 * 1024, timeout_keep_alive=5)
