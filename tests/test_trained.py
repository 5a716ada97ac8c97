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
    write_model("toy", {"version": "toy-v1", "format": "json", "file": "weights.json",
                        "cv": summarise_folds([{"f1": 0.5}, {"f1": 0.7}])}, "# Toy",
                tmp_path)
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
