"""The trained-model loader: shipped cards, per-process cache, clear errors."""

from __future__ import annotations

import json

import pytest

from watchfloor import trained
from watchfloor.training.common import summarise_folds, write_model


def test_every_shipped_model_has_a_card_a_file_and_cross_validated_figures():
    names = [p.name for p in trained.MODELS_DIR.iterdir() if (p / "meta.json").exists()]
    assert "checkworthiness" in names
    for name in names:
        meta = trained.card(name)
        assert meta["name"] == name
        assert (trained.model_dir(name) / meta["file"]).exists()
        assert (trained.model_dir(name) / "MODEL_CARD.md").read_text().strip()
        assert meta["cv"]["k"] >= 3 and meta["cv"]["mean"]
        assert meta["trained_on"]["sha256"]


def test_load_is_cached_per_process():
    assert trained.load("checkworthiness") is trained.load("checkworthiness")


def test_written_model_round_trips(tmp_path):
    folder = tmp_path / "toy"
    folder.mkdir()
    (folder / "weights.json").write_text(json.dumps({"w": [1, 2]}))
    write_model(
        "toy",
        {
            "version": "toy-v1",
            "format": "json",
            "file": "weights.json",
            "cv": summarise_folds([{"f1": 0.5}, {"f1": 0.7}]),
        },
        "# Toy",
        tmp_path,
    )
    assert trained.load("toy", tmp_path) == {"w": [1, 2]}
    meta = trained.card("toy", tmp_path)
    assert meta["cv"]["mean"]["f1"] == 0.6 and meta["cv"]["std"]["f1"] == 0.1


def test_missing_model_names_the_rebuild_command(tmp_path):
    with pytest.raises(trained.ModelNotFound, match="python -m watchfloor.training nothing"):
        trained.load("nothing", tmp_path)
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "meta.json").write_text('{"format": "json", "file": "gone.json"}')
    with pytest.raises(trained.ModelNotFound, match="gone.json is missing"):
        trained.load("broken", tmp_path)
    (tmp_path / "odd").mkdir()
    (tmp_path / "odd" / "meta.json").write_text('{"format": "pickle", "file": "meta.json"}')
    with pytest.raises(trained.ModelNotFound, match="unknown format 'pickle'"):
        trained.load("odd", tmp_path)


def test_joblib_model_is_read_from_the_local_cache_and_predicts_the_same(tmp_path, monkeypatch):
    import joblib
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    monkeypatch.setenv("WATCHFLOOR_CACHE", str(tmp_path / "cache"))
    x = np.array([[0.0, 1.0], [1.0, 0.0], [0.9, 0.2], [0.1, 0.8]])
    clf = LogisticRegression(random_state=0).fit(x, [0, 1, 1, 0])
    folder = tmp_path / "models" / "toyclf"
    folder.mkdir(parents=True)
    joblib.dump(clf, folder / "model.joblib")
    write_model(
        "toyclf",
        {
            "version": "toy-v1",
            "format": "joblib",
            "file": "model.joblib",
            "cv": summarise_folds([{"f1": 0.5}]),
        },
        "# Toy",
        tmp_path / "models",
    )
    first = trained.load("toyclf", tmp_path / "models")
    entries = list((tmp_path / "cache").glob("model-toyclf-*.pickle"))
    assert len(entries) == 1  # written on the first load
    trained.load.cache_clear()  # as a fresh process: now read from the cache entry
    second = trained.load("toyclf", tmp_path / "models")
    assert second is not first
    probe = np.array([[0.3, 0.6], [0.7, 0.1]])
    expected = joblib.load(folder / "model.joblib").predict_proba(probe)
    assert np.array_equal(second.predict_proba(probe), expected)
    # a retrained model (other bytes) never reads the old entry
    joblib.dump(LogisticRegression(C=0.01).fit(x, [0, 1, 1, 0]), folder / "model.joblib")
    trained.load.cache_clear()
    third = trained.load("toyclf", tmp_path / "models")
    assert third.C == 0.01
    assert list((tmp_path / "cache").glob("model-toyclf-*.pickle")) != entries
    trained.load.cache_clear()
