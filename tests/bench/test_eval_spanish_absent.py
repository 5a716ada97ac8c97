"""``bench/eval_spanish.py`` without its shared files: each file present is scored, each
absent one is named, and a run with neither or a ``--cv`` run missing one scores nothing.
Files written for the test (two sentences of our own); the coder is stubbed out, as the
file handling is what is tested."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
PROTEST = """<Sentences>
<Sentence id="TEST_SPA_1.0001_1" evaluate="true"><Text>Los maestros marcharon en Quito.</Text>
<EventCoding eventcode="14" sourcecode="---" targetcode="---"/></Sentence>
<Sentence id="TEST_SPA_1.0001_2" evaluate="true"><Text>La policia detuvo a diez.</Text>
<EventCoding eventcode="18/19/20" sourcecode="---" targetcode="---"/></Sentence>
</Sentences>
"""


@pytest.fixture(scope="module")
def es():
    spec = importlib.util.spec_from_file_location(
        "eval_spanish_absent_under_test", BENCH / "eval_spanish.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def _main(es, monkeypatch, shared: Path, *argv: str) -> int:
    monkeypatch.setattr(es, "SHARED", shared)
    monkeypatch.setattr(es, "run", lambda sentences, context="sentence": [[] for _ in sentences])
    monkeypatch.setattr(sys, "argv", ["eval_spanish.py", "--no-throughput", *argv])
    return es.main()


def _shared_with_protest_file_only(tmp_path: Path, es) -> Path:
    folder = tmp_path / "eval" / "spanish"
    folder.mkdir(parents=True)
    (folder / es.FILES[1]).write_text(PROTEST, encoding="utf-8")
    return tmp_path


def test_present_splits_the_files_keeping_their_order(es, tmp_path):
    a, b, c = tmp_path / "a.xml", tmp_path / "b.xml", tmp_path / "c.xml"
    b.write_text("x")
    assert es.present([a, b, c]) == ([b], [a, c])


def test_the_present_file_is_scored_and_the_absent_one_named(es, tmp_path, monkeypatch, capsys):
    shared = _shared_with_protest_file_only(tmp_path, es)
    assert _main(es, monkeypatch, shared) == 0
    out = capsys.readouterr().out
    assert f"absent, not scored: {shared / 'eval' / 'spanish' / es.FILES[0]}" in out
    assert f"{es.FILES[1]:50s} event detection (root)" in out
    assert "gold=   2 pred=   0" in out
    assert f"files: {es.FILES[1]})" in out and f"files: {es.FILES[0]}" not in out
    assert "half A" not in out  # the halves belong to the absent 86-sentence file


def test_with_neither_file_nothing_is_scored(es, tmp_path, monkeypatch, capsys):
    assert _main(es, monkeypatch, tmp_path) == 0
    out = capsys.readouterr().out
    for name in es.FILES:
        assert f"absent, not scored: {tmp_path / 'eval' / 'spanish' / name}" in out
    assert "nothing scored" in out and "event detection" not in out


def test_cross_validation_needs_both_files(es, tmp_path, monkeypatch, capsys):
    shared = _shared_with_protest_file_only(tmp_path, es)
    assert _main(es, monkeypatch, shared, "--cv", "5") == 0
    out = capsys.readouterr().out
    assert "--cv trains on both files" in out and "event detection" not in out
