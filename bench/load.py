"""Load benchmark: N concurrent clients on the dashboard's read endpoints of a real
``watchfloor serve`` (loopback) over a store of the InSight corpus.

Each client is a thread with its own keep-alive HTTP connection that requests the
dashboard's endpoints in a shuffled cycle for ``--seconds``: first the dashboard's own
URLs (answered from the server's per-store-state cache after the first request), then
the same endpoints with a random window or page on each request ("uncached": nearly
every request runs its query, through the bounded reader slots). Printed per run: requests,
errors (any status but 200/304, and dropped connections), p50/p95/p99 latency, overall
and per endpoint. The baseline is the same run with one client, measured first in the
same invocation (figures on a shared machine are ratios to it). Issue 15's target: 50
clients, 0 errors, p95 under 500 ms.

The store is built once (``--db``, default ``$TMPDIR/watchfloor-bench/insight.duckdb``)
from ``$WATCHFLOOR_SHARED/corpora/insightcrime-train.jsonl``; before the clients start,
the bench waits for the server's background analyses (claim clusters, report) and reports
how long the first computation took.

    PYTHONPATH=src .venv/bin/python bench/load.py [--clients 50] [--seconds 30] [--json F]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or ROOT.parent / "shared")
CORPUS = SHARED / "corpora" / "insightcrime-train.jsonl"
# What the dashboard asks for (web/src/*.js), with its page sizes.
ENDPOINTS = [
    "/api/health",
    "/api/network",
    "/api/timeline",
    "/api/map",
    "/api/alerts?limit=50",
    "/api/events?limit=50",
    "/api/claims?limit=50",
    "/api/documents?limit=50",
    "/api/claim-clusters?limit=50",
    "/api/search?q=police&limit=20",
    "/api/report",
]


def build_store(db: Path) -> None:
    if db.exists():
        return
    if not CORPUS.exists():
        sys.exit(f"corpus not available: {CORPUS} (set WATCHFLOOR_SHARED)")
    db.parent.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "watchfloor.cli", "ingest", str(CORPUS), "--db", str(db), "--quiet"],
        check=False,
        env=_env(),
    )
    print(f"built {db} in {time.perf_counter() - t:.0f} s", flush=True)


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT / "src"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(conn: http.client.HTTPConnection, path: str) -> int:
    conn.request("GET", path, headers={"Accept": "application/json"})
    resp = conn.getresponse()
    resp.read()
    return resp.status


def wait_ready(port: int, timeout: float = 900) -> float:
    """Wait until the server answers and its analyses are computed. RETURNS seconds."""
    t = time.perf_counter()
    while time.perf_counter() - t < timeout:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            if get(conn, "/api/claim-clusters?limit=1") == 200 and get(conn, "/api/report") == 200:
                return time.perf_counter() - t
        except OSError:
            pass
        time.sleep(1)
    raise SystemExit("server not ready (analyses not computed in time)")


def varied(path: str, rng: random.Random) -> str:
    """``path`` with a random window or page, so that most requests miss the server's
    answer cache (the report keeps its default: another window is another analysis)."""
    if path.startswith(("/api/report", "/api/health")):
        return path
    sep = "&" if "?" in path else "?"
    if path.startswith(("/api/network", "/api/timeline", "/api/map")):
        return f"{path}{sep}since=20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-01"
    return f"{path}{sep}offset={rng.randint(0, 400)}"


def run_clients(port: int, clients: int, seconds: float, vary: bool = False) -> dict:
    lat: dict[str, list[float]] = {p: [] for p in ENDPOINTS}
    errors: dict[str, int] = {}
    lock = threading.Lock()
    stop = time.perf_counter() + seconds
    barrier = threading.Barrier(clients)

    def client(seed: int) -> None:
        rng = random.Random(seed)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        barrier.wait()
        while time.perf_counter() < stop:
            paths = ENDPOINTS[:]
            rng.shuffle(paths)
            for path in paths:
                t = time.perf_counter()
                try:
                    status = get(conn, varied(path, rng) if vary else path)
                except (OSError, http.client.HTTPException) as exc:
                    status = type(exc).__name__
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                dt = time.perf_counter() - t
                with lock:
                    if status in (200, 304):
                        lat[path].append(dt)
                    else:
                        key = f"{path} -> {status}"
                        errors[key] = errors.get(key, 0) + 1
                if time.perf_counter() >= stop:
                    break
        conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    every = sorted(x for v in lat.values() for x in v)
    return {
        "clients": clients,
        "seconds": seconds,
        "uncached": vary,
        "requests": len(every) + sum(errors.values()),
        "errors": sum(errors.values()),
        "error_kinds": errors,
        "throughput_rps": round(len(every) / seconds, 1),
        **_pct(every),
        "per_endpoint": {p: _pct(sorted(v)) | {"n": len(v)} for p, v in lat.items()},
    }


def _pct(xs: list[float]) -> dict[str, float | None]:
    def q(p: float) -> float | None:
        return round(1000 * xs[min(len(xs) - 1, int(p * len(xs)))], 1) if xs else None

    return {"p50_ms": q(0.50), "p95_ms": q(0.95), "p99_ms": q(0.99)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--db",
        type=Path,
        default=Path(tempfile.gettempdir()) / "watchfloor-bench" / "insight.duckdb",
    )
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--baseline-seconds", type=float, default=10)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    build_store(args.db)
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "watchfloor.cli",
            "serve",
            "--db",
            str(args.db),
            "--port",
            str(port),
        ],
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        ready = wait_ready(port)
        print(f"server ready, analyses computed, after {ready:.1f} s", flush=True)
        out = {"store": args.db.name, "analyses_ready_s": round(ready, 1), "runs": []}
        plan = [
            (1, args.baseline_seconds, False),
            (args.clients, args.seconds, False),
            (1, args.baseline_seconds, True),
            (args.clients, args.seconds, True),
        ]
        for clients, seconds, vary in plan:
            r = run_clients(port, clients, seconds, vary)
            out["runs"].append(r)
            print(
                f"{'uncached' if vary else 'cached  '} {clients:>3} clients, {seconds:.0f} s: "
                f"{r['requests']} requests, "
                f"{r['errors']} errors, {r['throughput_rps']} req/s, p50 {r['p50_ms']} ms, "
                f"p95 {r['p95_ms']} ms, p99 {r['p99_ms']} ms",
                flush=True,
            )
            if r["errors"]:
                print("   errors:", r["error_kinds"])
            for path, s in r["per_endpoint"].items():
                print(
                    f"   {path:<34} n={s['n']:<5} p50 {s['p50_ms']} p95 {s['p95_ms']} "
                    f"p99 {s['p99_ms']}"
                )
        for base, load in (out["runs"][:2], out["runs"][2:]):
            if base["p95_ms"] and load["p95_ms"]:
                print(
                    f"{'uncached' if base['uncached'] else 'cached'}: p95 at {args.clients} "
                    f"clients / p95 at 1 client: {load['p95_ms'] / base['p95_ms']:.1f}x"
                )
        if args.json:
            args.json.write_text(json.dumps(out, indent=2))
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()
