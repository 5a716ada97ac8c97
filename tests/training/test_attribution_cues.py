"""The cue-gate trainer's pieces on a tiny brat article written for the test."""

from __future__ import annotations

import numpy as np

from watchfloor.nlp import NlpStage
from watchfloor.training.attribution_cues import (
    best_cut,
    cue_roots,
    precise_cut,
    split_of,
    tune_articles,
)

TEXT = "The mayor said the bridge would reopen in May. Crews painted the railings."


def _article(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "town.txt").write_text(TEXT, encoding="utf-8")
    ann = tmp_path / "attributions" / "town_a1.ann"
    ann.write_text(
        "T1\tSource 0 9\tThe mayor\nT2\tCue 10 14\tsaid\n"
        "T3\tContent 15 46\tthe bridge would reopen in May\n"
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n",
        encoding="utf-8",
    )
    return ann


def test_cue_roots_are_the_annotated_cue_verbs(tmp_path):
    ann = _article(tmp_path)
    doc = NlpStage(extractors=()).nlp(TEXT)
    roots = cue_roots(doc, [ann])
    assert [doc[i].text for i in roots] == ["said"]


def test_split_is_seeded_and_a_third_held_out(tmp_path):
    names = [f"article-{n}" for n in range(300)]
    held = [n for n in names if split_of(n) == "holdout"]
    assert [split_of(n) for n in names] == [split_of(n) for n in names]
    assert 80 <= len(held) <= 120
    _article(tmp_path)
    got = [name for name, _, _ in tune_articles(tmp_path)]
    assert got == (["town"] if split_of("town") == "tune" else [])


def test_cuts():
    p = np.array([0.1, 0.2, 0.6, 0.7, 0.9, 0.95])
    y = np.array([0, 0, 1, 0, 1, 1])
    assert best_cut(p, y) in {0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6}
    assert precise_cut(p, y, 1.0) == 0.75  # from 0.75 only true cues remain
