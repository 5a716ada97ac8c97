"""``bench/eval_actor_coding.py --unseen``: the draw never takes an article a judgments file
names. Two small corpora written for the test stand in for the shared ones."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture()
def bench(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location(
        "eval_actor_coding", BENCH / "eval_actor_coding.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["eval_actor_coding"] = mod
    spec.loader.exec_module(mod)
    insight, reuters = tmp_path / "insight.jsonl", tmp_path / "reuters.jsonl"
    story = "Police in Mexico arrested two men on Tuesday, officials said. " * 6
    insight.write_text(
        "".join(
            json.dumps({"id": f"insightcrime-train-{i:04d}", "text": story}) + "\n"
            for i in range(6)
        ),
        encoding="utf-8",
    )
    reuters.write_text(
        "".join(
            json.dumps({"id": f"reuters-{i}", "text": story, "date": "3-MAR-1987 10:00:00.00"})
            + "\n"
            for i in range(6)
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(mod, "INSIGHT", insight)
    monkeypatch.setattr(mod, "REUTERS", reuters)
    return mod


def test_unseen_draw_leaves_out_the_excluded_articles(bench):
    assert len(bench.load(10, 5)) == 12
    excluded = frozenset({"insightcrime-train-0001", "insightcrime-train-0004", "reuters-2"})
    drawn = {raw.id for _, raw in bench.load(10, 5, excluded)}
    assert len(drawn) == 9 and not drawn & excluded


def test_side_dump_without_side_kinds_is_a_usage_error(bench, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["eval_actor_coding.py", "--side-dump", "out.tsv"])
    with pytest.raises(SystemExit) as stop:
        bench.main()
    assert stop.value.code == 2  # argparse's usage error, before any document is parsed
    assert "--side-dump needs --side-kinds" in capsys.readouterr().err
