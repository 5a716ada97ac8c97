"""The trainers' shared helpers: writing a joblib model file, a figure with its spread."""

import joblib

from watchfloor.training.common import spread, summarise_folds, write_joblib


def test_write_joblib_creates_the_model_folder_and_round_trips(tmp_path):
    payload = {"version": "toy-v1", "weights": [0.5, -1.25], "labels": ("A", "B")}
    path = write_joblib("toy_model", "model.joblib", payload, tmp_path)
    assert path == tmp_path / "toy_model" / "model.joblib"
    assert joblib.load(path) == payload


def test_write_joblib_compresses_like_the_shipped_models(tmp_path):
    payload = {"rows": ["the same line"] * 2000}
    path = write_joblib("toy_model", "model.joblib", payload, tmp_path)
    plain = tmp_path / "plain.joblib"
    joblib.dump(payload, plain)
    assert path.stat().st_size < plain.stat().st_size
    assert path.read_bytes() == _compressed(payload, tmp_path)


def _compressed(payload, tmp_path):
    ref = tmp_path / "ref.joblib"
    joblib.dump(payload, ref, compress=3)
    return ref.read_bytes()


def test_spread_writes_mean_and_spread_to_three_decimals():
    cv = summarise_folds([{"f1": 0.8, "auc": 0.9}, {"f1": 0.9, "auc": 0.9}])
    assert spread(cv, "f1") == "0.850 ± 0.050"
    assert spread(cv, "auc") == "0.900 ± 0.000"
