"""The trainers' shared writer of a joblib model file."""

import joblib

from watchfloor.training.common import write_joblib


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
