"""Terminal output (issue 15, findings 6 and 8): markup and control characters from data
are shown, never interpreted; every failure has a clean exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from watchfloor.terminal import cell, clean, markup_safe

ROOT = Path(__file__).resolve().parents[2]
ESC_NAME = "evil\x1b]0;owned\x07\x1b[31mred.txt"


def _cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run(
        [sys.executable, "-m", "watchfloor.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=600,
    )


def test_clean_shows_control_characters_and_keeps_text():
    assert clean("a\x1b[2Jb\tc\nd") == "a\\x1b[2Jb\tc\nd"
    assert clean("x\ty\nz", one_line=True) == "x\\x09y\\x0az"
    assert clean("right\u202eleft") == "right\\u202eleft"
    assert markup_safe("br[/]x [bold]") == "br\\[/]x \\[bold]"
    assert cell("[red]x[/]").plain == "[red]x[/]"


def test_markup_and_escapes_in_file_names_do_not_crash_or_reach_the_terminal(tmp_path):
    """Regression: the summary crashed with MarkupError on ``br[/]x.txt`` (rc 1 after the
    data was committed) and ``watchfloor quarantine`` crashed on that store every time."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "br[").mkdir()
    (folder / "br[" / "]x.txt").write_bytes(b"")  # quarantined: empty; its path has "[/]"
    (folder / ESC_NAME).write_bytes(b"")
    (folder / "ok.txt").write_text("Police detained two men in Quito on Monday.\n")
    db = tmp_path / "wf.duckdb"
    res = _cli("ingest", str(folder), "--db", str(db))
    assert res.returncode == 1, res.stderr  # two items quarantined, the rest stored
    assert "Traceback" not in res.stderr and "MarkupError" not in res.stderr
    assert "br[/]x.txt" in res.stderr and "\x1b" not in res.stderr
    assert "evil\\x1b]0;owned\\x07" in res.stderr.replace("\n", "")
    listed = _cli("quarantine", "--db", str(db))
    assert listed.returncode == 0, listed.stderr
    assert "br[/]x.txt" in listed.stdout and "\x1b" not in listed.stdout


def test_a_missing_path_with_markup_is_a_usage_error_not_a_traceback(tmp_path):
    res = _cli("ingest", "missing[/]file.txt", "--db", str(tmp_path / "wf.duckdb"))
    assert res.returncode == 2
    assert "missing[/]file.txt: no such file" in res.stderr.replace("\n", "")
    assert "Traceback" not in res.stderr


def test_article_text_with_escapes_is_printed_inert(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text(
        json.dumps(
            {
                "id": "esc",
                "title": "Title \x1b]8;;http://x\x07link",
                "text": "Nicolás Maduro said \x1b[2J the army of Venezuela attacked a camp in "
                "Colombia on Monday, officials said.\x1b[0m",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "wf.duckdb"
    assert _cli("ingest", str(src), "--db", str(db), "--quiet").returncode == 0
    for args in (["query", "claims"], ["query", "events"], ["query", "entities"], ["report"]):
        res = _cli(*args, "--db", str(db))
        assert res.returncode == 0, (args, res.stderr)
        assert "\x1b" not in res.stdout + res.stderr, args


def test_an_unexpected_error_has_its_own_exit_code(tmp_path):
    bad = tmp_path / "not-a-store.duckdb"
    bad.write_bytes(b"this is not a database file at all" * 100)
    res = _cli("stats", "--db", str(bad))
    assert res.returncode in (2, 3) and "Traceback" not in res.stderr
