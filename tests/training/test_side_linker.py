"""The side linker's labels from judged rows and its threshold rule
(:mod:`watchfloor.training.side_linker`). Notes and names written for these tests."""

from __future__ import annotations

import numpy as np
import pytest

from watchfloor.training import side_linker as sl


def _cand(code: str, *names: str, entity: str | None = None) -> dict:
    return {"code": code, "names": list(names), "entity": entity or code, "feats": {}}


def test_a_note_part_naming_one_side_speaks_of_that_side_only() -> None:
    parts = sl.note_parts(
        "Fiji named, source empty; Samoa named, target empty", ["source", "target"]
    )
    assert parts == {
        "source": ["Fiji named, source empty"],
        "target": [" Samoa named, target empty"],
    }
    # without a side word, a part speaks of every side judged n
    assert sl.note_parts("Fiji (named) left empty", ["target"]) == {
        "target": ["Fiji (named) left empty"]
    }


def test_a_candidate_is_named_by_a_name_word_dotted_or_not_or_by_its_code() -> None:
    assert sl.named_in_note(["U.S. (named) left empty"], _cand("USA", "US"))
    assert sl.named_in_note(["should be NZLGOV"], _cand("NZLGOV"))
    assert not sl.named_in_note(["the minister left empty"], _cand("NZLGOV", "Wellington"))


def test_labels_of_a_side_judged_right() -> None:
    cands = [_cand("USAGOV"), _cand("USA"), _cand("JPN")]
    assert sl.label_side("USAGOV", "y", [], cands) == [1, 1, 0]
    assert sl.label_side("", "y", [], cands) == [0, 0, 0]  # rightly empty: none fits


def test_labels_of_an_empty_side_judged_wrong_come_from_the_note() -> None:
    cands = [_cand("FJI", "Fiji"), _cand("WSM", "Samoa")]
    assert sl.label_side("", "n", ["Fiji (named) left empty"], cands) == [1, 0]
    # two parties named, or none: nothing is labelled
    assert sl.label_side("", "n", ["Fiji and Samoa left empty"], cands) == [None, None]
    assert sl.label_side("", "n", ["the envoy left empty"], cands) == [None, None]


def test_a_wrong_code_is_wrong_and_the_named_party_right() -> None:
    cands = [_cand("FJIGOV", "Suva"), _cand("WSM", "Samoa")]
    assert sl.label_side("FJIGOV", "n", ["Samoa is the buyer"], cands) == [0, 1]


def _row(record: int, side: str, label: int | None, current: str = "", **kw) -> dict:
    return {
        "record": record,
        "side": side,
        "label": label,
        "current": current,
        "feats": kw.pop("feats", {}),
        "verdict": kw.pop("verdict", "n"),
        "judged": kw.pop("judged", ""),
        **kw,
    }


def test_fills_take_the_best_candidate_of_each_empty_side_over_the_threshold() -> None:
    rows = [
        _row(0, "source", 1),
        _row(0, "source", 0),
        _row(1, "target", 0, current="USA"),  # a filled side is never filled
        _row(2, "target", 0, feats={"target|fills_other": 1.0}),  # the other side's actor
        _row(3, "source", None),
    ]
    chosen = sl.fills(rows, np.array([0.8, 0.6, 0.9, 0.9, 0.4]), 0.5)
    assert [(r["record"], p) for r, p in chosen] == [(0, 0.8)]
    assert sl.tally(chosen) == {
        "fills": 1,
        "right": 1,
        "wrong": 0,
        "unknown": 0,
        "was_right_empty": 0,
    }


def test_the_threshold_weighs_wrong_fills_and_takes_the_highest_of_ties(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # right fills at 0.9, 0.6 and 0.55, a wrong one at 0.7
    rows = [_row(k, "source", y) for k, y in enumerate((1, 0, 1, 1))]
    p = np.array([0.9, 0.7, 0.6, 0.55])
    thr, table = sl.choose_threshold(rows, p)  # a wrong fill costs one right one
    assert (thr, table[thr]["gain"]) == (0.55, 2.0)
    monkeypatch.setattr(sl, "WRONG_COST", 2.0)  # costing two: 0.55 and 0.75-0.9 tie at 1
    thr, table = sl.choose_threshold(rows, p)
    assert (thr, table[thr]["gain"]) == (0.9, 1.0)
