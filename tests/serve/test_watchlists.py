"""Watchlist endpoints: read without a token, write only with it, validated, atomic."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.serve.conftest import Server
from watchfloor.watch.watchlist import Watchlist

AUTH = {"Authorization": "Bearer wl-token", "Content-Type": "application/json"}


@pytest.fixture(scope="module")
def writable(store_path, tmp_path_factory):
    root = tmp_path_factory.mktemp("wl-server")
    db = root / "wf.duckdb"
    shutil.copy(store_path, db)
    folder = root / "watchlists"
    srv = Server(db, "--token", "wl-token", "--watchlists", str(folder))
    yield srv, folder
    srv.stop()


def _put(srv: Server, name: str, body: object, headers=AUTH) -> tuple[int, dict]:
    status, _, raw = srv.request(
        f"/api/watchlists/{name}", method="PUT", data=json.dumps(body).encode(), headers=headers
    )
    return status, json.loads(raw or b"{}")


def test_reads_list_the_directory(server):
    items = server.get("/api/watchlists")["items"]
    border = next(i for i in items if i["name"] == "border")
    assert border["actors"] == ["VENMIL", "Tren de Aragua"]
    assert border["thresholds"]["quad_classes"] == [3, 4]
    assert server.get("/api/watchlists/border")["title"] == "Border watch"


def test_writes_need_the_token(server, writable):
    body = {"actors": ["USAMIL"]}
    assert _put(server, "x", body, headers={"Content-Type": "application/json"})[0] == 403
    srv, folder = writable
    assert _put(srv, "x", body, headers={"Content-Type": "application/json"})[0] == 401
    assert not (folder / "x.yaml").exists()


def test_create_replace_and_delete_a_watchlist(writable):
    srv, folder = writable
    body = {
        "name": "Strikes",
        "actors": ["USAMIL"],
        "codes": ["19"],
        "thresholds": {"max_goldstein": -8, "modalities": ["asserted", "alleged"]},
    }
    status, stored = _put(srv, "strikes", body)
    assert status == 200 and stored["codes"] == ["19"]
    on_disk = Watchlist.load(folder / "strikes.yaml")  # what `ingest --watchlist` reads
    assert on_disk.max_goldstein == -8 and on_disk.modalities == ["asserted", "alleged"]
    status, stored = _put(srv, "strikes", {**body, "keywords": ["drone strike"]})
    assert status == 200 and Watchlist.load(folder / "strikes.yaml").keywords == ["drone strike"]
    status, _, _ = srv.request("/api/watchlists/strikes", method="DELETE", headers=AUTH)
    assert status == 204 and not (folder / "strikes.yaml").exists()
    assert srv.request("/api/watchlists/strikes")[0] == 404


def test_malformed_watchlists_are_refused_and_change_nothing(writable):
    srv, folder = writable
    assert _put(srv, "keep", {"actors": ["VEN"]})[0] == 200
    before = (folder / "keep.yaml").read_bytes()
    for bad in (
        {"actors": ["VEN"], "colour": "red"},
        {"thresholds": {"modalities": ["certain"]}},
        {"thresholds": {"quad_classes": ["four"]}},
        ["not", "a", "mapping"],
    ):
        status, reply = _put(srv, "keep", bad)
        assert status == 422, bad
    assert (folder / "keep.yaml").read_bytes() == before
    assert _put(srv, "../escape", {"actors": ["VEN"]})[0] in (404, 422)
    assert _put(srv, "Upper", {"actors": ["VEN"]})[0] == 422
    assert sorted(p.name for p in Path(folder).iterdir()) == ["keep.yaml"]


def test_without_a_directory_the_endpoints_say_so(token_server):
    status, _, body = token_server.request("/api/watchlists")
    assert status == 404 and b"--watchlists" in body
