"""GDELT-style TSV export of the sample corpus, read back with csv."""

from __future__ import annotations

import csv

from watchfloor.export.gdelt import columns, export_gdelt, line


def _read(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_tsv_rows_and_columns(store, tmp_path):
    path = tmp_path / "events.tsv"
    summary = export_gdelt(store, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    cols = columns()
    assert lines[0].split("\t") == cols and len(cols) == summary["columns"]
    assert all(len(line.split("\t")) == len(cols) for line in lines)
    rows = _read(path)
    assert len(rows) == summary["rows"] > 0
    n_events = store.sql("SELECT count(*) AS n FROM events")[0]["n"]
    # one row per event across the copies of a story: fewer rows than extracted mentions
    assert len(rows) < n_events
    assert sum(int(r["NumMentions"]) for r in rows) == n_events
    for r in rows:
        assert r["QuadClass"] in {"1", "2", "3", "4"}
        assert r["EventRootCode"] == r["EventCode"][:2]
        assert -10 <= float(r["GoldsteinScale"]) <= 10
        assert 1 <= int(r["NumSources"]) <= int(r["NumArticles"]) <= int(r["NumMentions"])
        if r["SQLDATE"]:
            assert r["MonthYear"] == r["SQLDATE"][:6] and r["Year"] == r["SQLDATE"][:4]


def test_syndicated_strike_counts_its_copies(store, tmp_path):
    path = tmp_path / "events.tsv"
    export_gdelt(store, path)
    strike = [
        r
        for r in _read(path)
        if r["EventRootCode"] == "19"
        and r["Actor1Code"] == "USAMIL"
        and r["WfDocument"] == "cl-2026-09-02-strike"
    ]
    assert strike, "the boat strike reported on 2 September is coded"
    r = strike[0]
    # the event's own date ("on Tuesday") when resolved, else the publication date
    assert r["SQLDATE"] in ("20260901", "20260902")
    assert r["Actor1CountryCode"] == "USA" and r["Actor1Type1Code"] == "MIL"
    assert r["QuadClass"] == "4" and int(r["NumArticles"]) >= 2 and int(r["NumSources"]) >= 2
    assert r["SOURCEURL"].startswith("https://caribbean-ledger.example/")
    assert r["WfDocument"] == "cl-2026-09-02-strike"


def test_values_with_quotes_tabs_and_newlines_stay_in_their_column():
    text = line(['He said "no"', "a\tb", "two\nlines", None, 1.5])
    assert text == 'He said "no"\ta b\ttwo lines\t\t1.5\n'
    row = next(csv.reader([text], delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(row) == 5 and row[0] == 'He said "no"'
