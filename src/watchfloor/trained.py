"""Trained models: where the shipped ones live and the one way they are loaded.

Every trained component of the pipeline (check-worthiness, and the event and actor models
that follow) ships as package data in ``watchfloor/data/models/<name>/``:

* ``meta.json`` — machine-readable card: ``name``, ``version``, ``format`` (how to load
  it: ``json``, ``joblib`` for scikit-learn objects, ``spacy`` for a spaCy pipeline
  directory), ``file`` (the model file or directory in that folder), ``trained_on`` (data
  file, its SHA-256, size), ``seed``, ``cv`` (cross-validated figures: mean, spread and
  per-fold), ``licence`` and ``created_by`` (the training module that rebuilds it);
* ``MODEL_CARD.md`` — the card for people: data, licence, figures, known limits;
* the model file(s) themselves.

They are written by the training code in :mod:`watchfloor.training` (one module per model,
``python -m watchfloor.training NAME``) and read here: :func:`load` caches per process
(worker processes load once each), so extractors call it freely. Nothing is ever fetched
from the network.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from watchfloor.data import PACKAGE_DATA

MODELS_DIR = PACKAGE_DATA / "models"


class ModelNotFound(FileNotFoundError):
    """A shipped model is missing or its card is unreadable."""


def model_dir(name: str, root: Path | None = None) -> Path:
    """RETURNS the folder of model ``name`` (``watchfloor/data/models/<name>``)."""
    return (root or MODELS_DIR) / name


def card(name: str, root: Path | None = None) -> dict[str, Any]:
    """RETURNS the parsed ``meta.json`` of model ``name``. RAISES ModelNotFound."""
    path = model_dir(name, root) / "meta.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelNotFound(
            f"trained model {name!r}: cannot read {path} ({exc}); "
            f"rebuild it with: python -m watchfloor.training {name}"
        ) from exc


@cache
def load(name: str, root: Path | None = None) -> Any:
    """Load model ``name`` once per process. RETURNS what its format gives: a dict
    (``json``), the pickled scikit-learn object (``joblib``), or a spaCy ``Language``
    (``spacy``). RAISES ModelNotFound when the card or the file is missing."""
    meta = card(name, root)
    path = model_dir(name, root) / meta["file"]
    if not path.exists():
        raise ModelNotFound(
            f"trained model {name!r}: {path} is missing; "
            f"rebuild it with: python -m watchfloor.training {name}"
        )
    fmt = meta.get("format")
    if fmt == "json":
        return json.loads(path.read_text(encoding="utf-8"))
    if fmt == "joblib":
        return _load_joblib(name, path)
    if fmt == "spacy":
        import spacy

        return spacy.load(path)
    raise ModelNotFound(f"trained model {name!r}: unknown format {fmt!r} in its meta.json")


def _load_joblib(name: str, path: Path) -> Any:
    """The scikit-learn object in ``path``, through the local cache (see the module doc)."""
    import numpy
    import scipy
    import sklearn

    from watchfloor.cache import cached

    def build() -> Any:
        import joblib

        return joblib.load(path)

    versions = " ".join(f"{m.__name__} {m.__version__}" for m in (sklearn, numpy, scipy))
    key = f"trained {name} joblib {versions}\0".encode() + path.read_bytes()
    return cached(f"model-{name}", key, build)


__all__ = ["MODELS_DIR", "ModelNotFound", "card", "load", "model_dir"]
