"""The package's licence metadata (pyproject, PEP 639) matches what it ships: every named
licence file exists, and each licence the shipped model cards state is in the expression."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODELS = ROOT / "src" / "watchfloor" / "data" / "models"


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_license_files_exist():
    files = project()["license-files"]
    assert "LICENSE" in files
    for name in files:
        assert (ROOT / name).is_file(), name


def test_expression_covers_every_shipped_model_licence():
    expression = project()["license"]
    assert isinstance(expression, str), "an SPDX string, not the deprecated table"
    stated = set()
    for meta in MODELS.glob("*/meta.json"):
        licence = json.loads(meta.read_text(encoding="utf-8")).get("licence", "")
        if "GPL-3.0" in licence:
            stated.add("GPL-3.0-only")
    assert stated, "the ConfliBERT-fitted models state GPL-3.0 in their meta.json"
    for spdx in stated | {"Apache-2.0", "MIT"}:
        assert spdx in expression.split(" AND "), spdx
    assert (MODELS / "COPYING.GPL-3.0").read_text(encoding="utf-8").count("Version 3") >= 1
