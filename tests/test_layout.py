"""The package's layout: modules import each other in one direction only.

A circle (``cli`` ↔ ``resolve.cli`` once) makes import order matter and hides which stage
depends on which; this test reads every module's imports (also those inside functions)
and fails on any cycle. A module importing its own package (``extract.claims`` from
``extract.claims.attribution``) is not counted: that is how a package re-exports.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import networkx as nx

import watchfloor

SRC = Path(watchfloor.__file__).resolve().parent


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph() -> nx.DiGraph:
    modules = {module_name(p): p for p in SRC.rglob("*.py")}
    graph = nx.DiGraph()
    for name, path in modules.items():
        graph.add_node(name)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(up + ([base] if base else []))
                targets = [base] + [f"{base}.{a.name}" for a in node.names]
            for target in targets:
                if target in modules and target != name and not name.startswith(target + "."):
                    graph.add_edge(name, target)
    return graph


def test_no_import_cycles():
    cycles = list(nx.simple_cycles(import_graph()))
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles[:5])


def test_cycle_detection_sees_function_level_imports(tmp_path, monkeypatch):
    pkg = tmp_path / "watchfloor"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("def f():\n    from watchfloor.b import g\n")
    (pkg / "b.py").write_text("from watchfloor import a\n")
    monkeypatch.setattr(sys.modules[__name__], "SRC", pkg)
    cycles = [sorted(c) for c in nx.simple_cycles(import_graph())]
    assert cycles == [["watchfloor.a", "watchfloor.b"]]
