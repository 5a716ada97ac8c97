"""The check-worthiness trainer, run for real on a small data set written for the test:
parse, cross-validate, fit, write the joblib model and its card, load it back."""

from __future__ import annotations

import json

import numpy as np

from watchfloor import trained
from watchfloor.extract.claims.checkworthiness import CheckWorthiness, rows
from watchfloor.training import checkworthiness as cw

FACTS = [
    "The navy seized {n} tons of cocaine off the coast in 2024.",
    "Unemployment fell to {n} percent last year, the lowest since 1990.",
    "The state spent {n} million dollars on border security in 2023.",
    "Homicides rose by {n} percent in the first half of the year.",
]
CHATTER = [
    "Thank you all for coming tonight, friend number {n}.",
    "I am so happy to be here with you, and {n} cheers to that.",
    "Let me say hello to everybody, all {n} of you.",
    "What a wonderful evening it is, see you at {n}.",
]


def _write_data(root):
    folder = root / "eval" / "claimbuster"
    folder.mkdir(parents=True)
    lines = []
    for n in range(10):
        for t in FACTS:
            lines.append({"label": 1, "text": t.format(n=n + 3)})
        for t in CHATTER:
            lines.append({"label": 0, "text": t.format(n=n + 3)})
    (folder / "train.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")


def test_trainer_writes_a_loadable_calibrated_model(tmp_path, monkeypatch):
    _write_data(tmp_path / "shared")
    monkeypatch.setenv("WATCHFLOOR_SHARED", str(tmp_path / "shared"))
    assert cw.main(["--out", str(tmp_path / "models")]) == 0
    meta = trained.card("checkworthiness", tmp_path / "models")
    assert meta["format"] == "joblib" and meta["file"] == "model.joblib"
    assert meta["cv"]["k"] == 5 and set(meta["cv"]["std"]) >= {"auc", "f1", "brier"}
    assert len(meta["trained_on"]["sha256"]) == 64 and meta["trained_on"]["n"] == 80
    assert "brier" in (tmp_path / "models" / "checkworthiness" / "MODEL_CARD.md").read_text()
    scorer = CheckWorthiness(trained.load("checkworthiness", tmp_path / "models"))
    ling = np.zeros((2, 16), dtype=np.float32)
    fact, chat = scorer.score_rows(
        rows(
            [
                "The army seized 40 tons of cocaine in 2022.",
                "Thank you all for being here tonight.",
            ],
            ling,
        )
    )
    assert 0.0 <= chat < fact <= 1.0


def test_best_threshold_is_the_f1_best_cut():
    y = np.array([0, 0, 0, 1, 1, 1])
    p = np.array([0.1, 0.2, 0.6, 0.4, 0.7, 0.9])
    assert cw.best_threshold(y, p) == 0.4  # 3 of 4 predicted, all 3 found: F1 0.857


def test_rerun_gives_the_same_model_scores(tmp_path, monkeypatch):
    """Fixed seeds: two builds on the same data score the same."""
    _write_data(tmp_path / "shared")
    x = rows(
        [
            json.loads(line)["text"]
            for line in (tmp_path / "shared/eval/claimbuster/train.jsonl").read_text().splitlines()
        ],
        np.zeros((80, 16), dtype=np.float32),
    )
    y = np.array(
        [
            int(json.loads(line)["label"])
            for line in (tmp_path / "shared/eval/claimbuster/train.jsonl").read_text().splitlines()
        ]
    )
    a = cw.build().fit(x, y).predict_proba(x)[:, 1]
    b = cw.build().fit(x, y).predict_proba(x)[:, 1]
    assert np.array_equal(a, b)
