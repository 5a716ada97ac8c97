"""Fixtures for the serve tests: one store built by ingesting the sample corpus, the seed
article and a hostile article (markup in its text), and real servers on loopback."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tests.conftest import SAMPLE, SEED
from watchfloor.cli import app

ROOT = Path(__file__).resolve().parents[2]
HOSTILE_ID = "hostile-markup"
HOSTILE_TEXT = (
    'Venezuelan officials said on Monday that <img src=x onerror="window.__pwned=1"> the '
    "United States Navy attacked a fishing boat near Caracas. "
    "<script>window.__pwned=2</script> Nicolás Maduro condemned the strike."
)


@pytest.fixture(scope="session")
def store_path(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("serve")
    inputs = [str(SAMPLE)]
    if SEED.exists():
        shutil.copy(SEED, work / "seed-article.txt")
        inputs.append(str(work / "seed-article.txt"))
    hostile = work / "hostile.jsonl"
    hostile.write_text(
        json.dumps(
            {
                "id": HOSTILE_ID,
                "text": HOSTILE_TEXT,
                "title": "<b>Strike</b> & reaction",
                "published": "2026-10-20",
                "source": "Test Wire",
                "dateline": "CARACAS, Oct 20 -",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    inputs.append(str(hostile))
    db = work / "wf.duckdb"
    res = CliRunner().invoke(app, ["ingest", *inputs, "--db", str(db), "--quiet"])
    assert res.exit_code == 0, res.output
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``watchfloor serve`` in a child process on a free loopback port.

    The server's stdout and stderr go to a log file (a pipe nobody reads would fill and
    stall the server); :meth:`output` reads it, and a failed :meth:`get` or start shows
    its tail, so a 500 comes with the server's traceback."""

    def __init__(self, db: Path, *extra: str) -> None:
        self.db = db
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        fd, self.log = tempfile.mkstemp(prefix="watchfloor-serve-", suffix=".log")
        os.close(fd)
        self._log_out = open(self.log, "ab")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "watchfloor.cli",
                "serve",
                "--db",
                str(db),
                "--port",
                str(self.port),
                *extra,
            ],
            env=env,
            stdout=self._log_out,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                self.get("/api/health")
                return
            except (urllib.error.URLError, ConnectionError):
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    out = self.output()
                    self.stop()
                    raise RuntimeError(f"server did not start: {out}") from None
                time.sleep(0.2)

    def request(
        self,
        path: str,
        method: str = "GET",
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        req = urllib.request.Request(
            self.base + path, method=method, data=data, headers=headers or {}
        )
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                return resp.status, dict(resp.headers), resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers), exc.read()

    def get(self, path: str) -> Any:
        status, _, body = self.request(path)
        if status != 200:
            raise AssertionError(
                f"GET {path} -> {status}: {body[:300]!r}\nserver output:\n{self.output(4000)}"
            )
        return json.loads(body)

    def output(self, last: int | None = None) -> str:
        """What the server wrote to stdout and stderr so far (its ``last`` characters)."""
        try:
            text = Path(self.log).read_bytes().decode("utf-8", errors="replace")
        except FileNotFoundError:
            return ""
        return text[-last:] if last else text

    def sigterm(self, timeout: float = 300) -> str:
        """Sends SIGTERM and waits for the server to exit; RETURNS all it wrote."""
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=timeout)
        out = self.output()
        self.stop()
        return out

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self._log_out.close()
        Path(self.log).unlink(missing_ok=True)


WATCHLIST = """name: Border watch
actors: [VENMIL, Tren de Aragua]
codes: ["19", "18"]
keywords: [drone strike]
thresholds: {max_goldstein: -5, quad_classes: [3, 4]}
"""


@pytest.fixture(scope="session")
def watchlist_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("watchlists")
    (folder / "border.yaml").write_text(WATCHLIST, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def server(store_path, watchlist_dir) -> Iterator[Server]:
    srv = Server(store_path, "--watchlists", str(watchlist_dir))
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def token_server(store_path, tmp_path_factory) -> Iterator[Server]:
    """A server with a token, over its own copy of the store (its tests write to it)."""
    copy = tmp_path_factory.mktemp("writable") / "wf.duckdb"
    shutil.copy(store_path, copy)
    srv = Server(copy, "--token", "s3cret-token")
    yield srv
    srv.stop()
