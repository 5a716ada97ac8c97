"""A throw-away PostgreSQL server for tests: initdb + pg_ctl in a temporary directory.

The tests of the PostgreSQL store run against a real server started here (never a
mock) and stopped at the end of the session. The binaries are Debian's ``postgresql``
package (``make test`` installs it when it can). initdb refuses to run as root, so as
root the cluster is created and run by the ``postgres`` system user the package adds.
Without PostgreSQL the tests skip with the reason, and fail under ``CI=true``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

SUPERUSER = "watchfloor"


def _bin(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def unavailable(reason: str) -> None:
    """Skip (fail under CI=true) because PostgreSQL cannot be started."""
    msg = f"PostgreSQL tests need a local server: {reason} (make test installs `postgresql`)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(msg)
    pytest.skip(msg)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """One running throw-away cluster; ``url(db)`` gives a connection URL."""

    def __init__(self) -> None:
        initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
        if not initdb or not pg_ctl:
            unavailable("initdb/pg_ctl not found")
        self.pg_ctl = pg_ctl
        self.prefix: list[str] = []
        self.tmp = Path(tempfile.mkdtemp(prefix="watchfloor-pg-"))
        if os.geteuid() == 0:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                unavailable("running as root and there is no 'postgres' user to run initdb")
            os.chown(self.tmp, user.pw_uid, user.pw_gid)
            self.prefix = ["runuser", "-u", "postgres", "--"]
        self.data = self.tmp / "data"
        self.port = _free_port()
        self._run(
            [
                initdb,
                "-D",
                str(self.data),
                "-A",
                "trust",
                "-U",
                SUPERUSER,
                "--no-sync",
                "-E",
                "UTF8",
                "--locale=C",
            ]
        )
        opts = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.tmp} -F"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            " -c max_connections=100"
        )
        self._run(
            [
                pg_ctl,
                "-D",
                str(self.data),
                "-l",
                str(self.tmp / "log"),
                "-o",
                opts,
                "-w",
                "-t",
                "60",
                "start",
            ]
        )
        self.started = True

    def _run(self, cmd: list[str]) -> None:
        done = subprocess.run(self.prefix + cmd, capture_output=True, text=True, cwd=self.tmp)
        if done.returncode != 0:
            log = self.tmp / "log"
            tail = log.read_text()[-2000:] if log.exists() else ""
            unavailable(f"{Path(cmd[0]).name} failed: {done.stderr.strip()[-800:]} {tail}")

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        subprocess.run(
            self.prefix + [self.pg_ctl, "-D", str(self.data), "-m", "fast", "-w", "stop"],
            capture_output=True,
        )
        shutil.rmtree(self.tmp, ignore_errors=True)
