"""What every training module shares: the seed, the shared data, cross-validation figures
and writing a model with its card into ``watchfloor/data/models/<name>/``.

Figures are only ever reported from cross-validation (k folds, mean and spread) on the
development data; a model's ``meta.json`` keeps them beside the data file's SHA-256 so a
rebuilt model can be checked against the shipped one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from watchfloor.trained import MODELS_DIR

SEED = 13
REPO = Path(__file__).resolve().parents[3]


def shared_dir() -> Path:
    """RETURNS the shared development data folder (``$WATCHFLOOR_SHARED`` or ``../shared``)."""
    return Path(os.environ.get("WATCHFLOOR_SHARED") or REPO.parent / "shared")


def require(path: Path) -> Path:
    """RETURNS ``path``. RAISES SystemExit with a clear message when the data is absent."""
    if not path.exists():
        raise SystemExit(f"training data not found: {path} (set WATCHFLOOR_SHARED)")
    return path


def data_record(path: Path, label: str, **extra: Any) -> dict[str, Any]:
    """RETURNS the ``trained_on`` record of a data file: what it is, its SHA-256, extras."""
    return {"file": label, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), **extra}


def summarise_folds(folds: Sequence[Mapping[str, float]], digits: int = 4) -> dict[str, Any]:
    """RETURNS ``{"mean": {...}, "std": {...}, "folds": [...]}`` over per-fold metric dicts."""
    keys = list(folds[0])
    return {
        "k": len(folds),
        "mean": {k: round(statistics.fmean(f[k] for f in folds), digits) for k in keys},
        "std": {k: round(statistics.pstdev(f[k] for f in folds), digits) for k in keys},
        "folds": [{k: round(float(f[k]), digits) for k in keys} for f in folds],
    }


def spread(cv: Mapping[str, Any], key: str) -> str:
    """RETURNS a cross-validated figure as model cards write it: ``"0.944 ± 0.008"``
    (mean ± spread over the folds, three decimals), from :func:`summarise_folds`."""
    return f"{cv['mean'][key]:.3f} ± {cv['std'][key]:.3f}"


def write_model(name: str, meta: dict[str, Any], card: str, root: Path | None = None) -> Path:
    """Write ``meta.json`` and ``MODEL_CARD.md`` of model ``name`` (its model file is
    written by the caller first, with :func:`write_joblib` or into :func:`model_folder`).
    RETURNS the folder."""
    folder = model_folder(name, root)
    meta = {"name": name, "built": meta.pop("built", date.today().isoformat()), **meta}
    (folder / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    (folder / "MODEL_CARD.md").write_text(card.strip() + "\n", encoding="utf-8")
    return folder


def model_folder(name: str, root: Path | None = None) -> Path:
    """RETURNS the (created) folder a model is written to."""
    folder = (root or MODELS_DIR) / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def write_joblib(name: str, file: str, payload: Any, root: Path | None = None) -> Path:
    """Write model ``name``'s ``payload`` as ``file`` (joblib, compress 3) into its
    :func:`model_folder`. RETURNS the file's path."""
    import joblib  # here: reading the trainers' command lines does not load it

    path = model_folder(name, root) / file
    joblib.dump(payload, path, compress=3)
    return path


def arg_parser(name: str, doc: str) -> argparse.ArgumentParser:
    """RETURNS the command line of ``python -m watchfloor.training NAME`` with the option
    every trainer has, ``--out`` (the models folder; default: the package's)."""
    ap = argparse.ArgumentParser(
        prog=f"python -m watchfloor.training {name}", description=doc.splitlines()[0]
    )
    ap.add_argument(
        "--out",
        type=Path,
        default=None,
        help="models folder to write into (default: the package's)",
    )
    return ap
