"""The local start-up cache: built once, read back, rebuilt when its sources change or the
entry is damaged, and never in the way when the cache directory cannot be written."""

import pytest

from watchfloor import cache


@pytest.fixture
def cache_root(tmp_path, monkeypatch):
    monkeypatch.setenv("WATCHFLOOR_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_built_once_then_read_back(cache_root):
    calls = []

    def build():
        calls.append(1)
        return {"a": [1, 2, 3]}

    assert cache.cached("thing", b"v1", build) == {"a": [1, 2, 3]}
    assert cache.cached("thing", b"v1", build) == {"a": [1, 2, 3]}
    assert len(calls) == 1
    assert len(list(cache_root.glob("thing-*.pickle"))) == 1


def test_changed_sources_build_a_new_entry_and_drop_the_stale_one(cache_root):
    assert cache.cached("thing", b"v1", lambda: 1) == 1
    assert cache.cached("other", b"v1", lambda: "o") == "o"
    assert cache.cached("thing", b"v2", lambda: 2) == 2
    assert cache.cached("thing", b"v2", lambda: 99) == 2
    assert [p.name for p in cache_root.glob("thing-*")] == [cache.entry_path("thing", b"v2").name]
    assert cache.cached("other", b"v1", lambda: "rebuilt") == "o"  # other names untouched


def test_damaged_or_wrong_kind_entry_is_rebuilt(cache_root):
    cache.cached("thing", b"k", lambda: "text")
    assert cache.cached("thing", b"k", lambda: 5, kind=int) == 5  # a str is not an int
    path = cache.entry_path("thing", b"k")
    path.write_bytes(b"not a pickle")
    assert cache.cached("thing", b"k", lambda: 7) == 7
    assert cache.cached("thing", b"k", lambda: 8) == 7  # the rebuilt entry was stored


def test_cache_dir_that_is_a_file_only_costs_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("WATCHFLOOR_CACHE", str(blocker))
    assert cache.cached("thing", b"k", lambda: 4) == 4


def test_read_yaml_gives_the_parse_of_the_current_bytes(cache_root, tmp_path, monkeypatch):
    import watchfloor.data as data

    monkeypatch.setattr(data, "PACKAGE_DATA", tmp_path.resolve())  # as if shipped data
    f = tmp_path / "d.yaml"
    f.write_text("a: 1\nb: [x, y]\n", encoding="utf-8")
    assert data.read_yaml(f) == {"a": 1, "b": ["x", "y"]}
    assert data.read_yaml(f) == {"a": 1, "b": ["x", "y"]}  # from the cache
    assert list(cache_root.glob("yaml-d-*.pickle"))
    f.write_text("a: 2\n", encoding="utf-8")
    assert data.read_yaml(f) == {"a": 2}  # edited file: new entry, never the stale one


def test_read_yaml_does_not_copy_a_users_files_into_the_cache(cache_root, tmp_path):
    from watchfloor.data import read_yaml

    f = tmp_path / "watch.yaml"
    f.write_text("name: border\n", encoding="utf-8")
    assert read_yaml(f) == {"name": "border"}
    assert not cache_root.exists() or not list(cache_root.glob("yaml-*"))


def test_the_packages_dictionaries_are_cached(cache_root):
    from watchfloor.data import PACKAGE_DATA, read_yaml

    assert read_yaml(PACKAGE_DATA / "claims" / "cues.yaml")["reporting_verbs"]
    assert list(cache_root.glob("yaml-cues-*.pickle"))
