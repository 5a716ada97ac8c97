"""`watchfloor export` on the command line."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from watchfloor.cli import app

runner = CliRunner()


def test_export_each_format(sample_db, tmp_path):
    for fmt, out in (
        ("stix", "b.json"),
        ("gdelt", "e.tsv"),
        ("graphml", "g.graphml"),
        ("parquet", "pq"),
    ):
        res = runner.invoke(app, ["export", fmt, "--db", str(sample_db), "-o", str(tmp_path / out)])
        assert res.exit_code == 0, res.output
        assert (tmp_path / out).exists()
    assert json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["type"] == "bundle"


def test_unknown_format_is_a_clear_error(sample_db, tmp_path):
    res = runner.invoke(app, ["export", "pdf", "--db", str(sample_db), "-o", str(tmp_path / "x")])
    assert res.exit_code != 0
    assert "unknown export format" in str(res.exception)
