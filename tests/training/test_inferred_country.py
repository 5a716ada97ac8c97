"""Training the inferred-country gate (training/inferred_country.py): article-grouped
cross-validation, a threshold from the training folds only, weights the gate reads back.
Rows written for the tests."""

from __future__ import annotations

import json
import random

from watchfloor.extract.actors import inferred_gate as gate
from watchfloor.training import inferred_country as ic


def _rows(n: int = 240, signal: bool = True) -> list[dict]:
    """Synthetic rows: with ``signal``, a clear share of the article's country makes the
    inferred country right; without, the label is a coin toss."""
    rng = random.Random(5)
    out = []
    for k in range(n):
        share = rng.random()
        right = (share > 0.4) if signal else rng.random() < 0.7
        if signal and rng.random() < 0.1:
            right = not right  # some noise
        feats = {f: 0.0 for f in gate.FEATURES}
        feats.update(share=share, margin=share - 0.3, kind_role=1.0, role_GOV=1.0)
        out.append(
            {"key": f"d{k // 3}|x{k}|AAAGOV", "doc": f"d{k // 3}", "label": int(right), **feats}
        )
    return out


def test_cross_validation_is_deterministic_and_finds_a_real_signal():
    rows = _rows()
    first, second = ic.cross_validate(rows), ic.cross_validate(rows)
    assert first == second
    mean = first["mean"]
    assert first["k"] == ic.FOLDS
    assert mean["kept_precision"] > mean["base_precision"] + 0.1
    assert 0.1 < mean["dropped_share"] < 0.7


def test_without_a_signal_the_threshold_keeps_all():
    import numpy as np

    rows = _rows(signal=False)
    x = np.array([[r[f] for f in gate.FEATURES] for r in rows])
    y = np.array([r["label"] for r in rows])
    groups = np.array([r["doc"] for r in rows])
    # most inferred codes right and nothing telling them apart: dropping only loses
    assert ic.choose_threshold(x, y, groups) == 0.0


def test_written_weights_give_the_fitted_probabilities(tmp_path):
    import numpy as np

    rows = _rows()
    table = tmp_path / "features.tsv"
    ic.write_table(rows, table)
    assert ic.read_table(table)[0]["share"] == rows[0]["share"]
    assert ic.main(["--features", str(table), "--out", str(tmp_path / "models")]) == 0
    folder = tmp_path / "models" / gate.MODEL
    weights = json.loads((folder / "model.json").read_text())
    meta = json.loads((folder / "meta.json").read_text())
    assert weights["features"] == list(gate.FEATURES)
    assert meta["cv"]["k"] == ic.FOLDS and meta["threshold"] == weights["threshold"]
    x = np.array([[r[f] for f in gate.FEATURES] for r in rows])
    fitted = ic._fit(x, np.array([r["label"] for r in rows]))
    expected = fitted.predict_proba(x[:5])[:, 1]
    got = [gate.probability(weights, rows[i]) for i in range(5)]
    assert np.allclose(got, expected, atol=1e-4)
