"""``bench/side_kinds.py`` ``--side-dump`` (args40): the events whose uncoded side has no
argument are written one a line with trigger, coded side, the coded entities of their
sentence and the sentence; an event whose other side is an entity is counted, not dumped.
Objects and sentence written for the test."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace as NS

BENCH = Path(__file__).resolve().parents[2] / "bench"
TEXT = "Peru's police detained four men. Chile's army shelled a rebel camp."


def _side_kinds():
    spec = importlib.util.spec_from_file_location("side_kinds", BENCH / "side_kinds.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _event(start: int, end: int, sentence: tuple[int, int], source: str, code: str, **kw):
    return NS(
        code="173",
        trigger=NS(start=start, end=end),
        sentence=NS(start=sentence[0], end=sentence[1]),
        source=source,
        source_code=code,
        target=kw.get("target"),
        target_code=kw.get("target_code"),
        extra={},
    )


def test_dump_lists_only_the_empty_sides(tmp_path):
    mod = _side_kinds()
    police = NS(
        id="e1",
        name="Peru police",
        actor_code="PERCOP",
        type="organization",
        mentions=[NS(start=0, end=12)],
    )
    army = NS(
        id="e2",
        name="Chile army",
        actor_code="CHLMIL",
        type="organization",
        mentions=[NS(start=33, end=44)],
    )
    camp = NS(
        id="e3",
        name="Rebel Camp",
        actor_code=None,
        type="location",
        mentions=[NS(start=53, end=63)],
    )
    doc = NS(text=TEXT, entities=[police, army, camp])
    kinds = mod.SideKinds()
    kinds.add(_event(14, 22, (0, 32), "e1", "PERCOP"), doc, set(), lambda *a: False)
    kinds.add(_event(45, 52, (33, 67), "e2", "CHLMIL", target="e3"), doc, set(), None)
    out = tmp_path / "empty.tsv"
    kinds.dump(str(out))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t")[0] == "empty_side"
    assert lines[1:] == [
        "target\t173\tdetained\tPeru police\tPeru police=PERCOP\tPeru's police detained four men."
    ]
    assert kinds.kinds["nothing"] == 1 and kinds.kinds["place"] == 1
