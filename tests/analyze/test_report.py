"""The situation report: Markdown sections (key developments, new actors, escalating
dyads, contested events), inline SVG charts, and the self-contained, escaped HTML file."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from tests.analyze.test_escalation import BURST_DAY, write_corpus
from tests.conftest import SAMPLE
from watchfloor.analyze.report import build_report
from watchfloor.analyze.report_html import markdown_to_html
from watchfloor.cli import app
from watchfloor.pipeline import RunOptions, ingest
from watchfloor.store.duckdb_store import DuckDBStore

runner = CliRunner()
HOSTILE = '<script>alert("x")</script>'


@pytest.fixture(scope="module")
def burst_db(tmp_path_factory):
    work = tmp_path_factory.mktemp("report")
    write_corpus(work / "articles.jsonl")
    with (work / "articles.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(
            json.dumps(
                {
                    "id": "hostile",
                    "published": BURST_DAY,
                    "source": f"<b>Evil</b>{HOSTILE}",
                    "title": f"Report {HOSTILE}",
                    "text": f"Venezuelan troops attacked Colombian soldiers near Tame. {HOSTILE} "
                    "<img src=x onerror=alert(1)> the Colombian army said.",
                }
            )
            + "\n"
        )
    db = work / "wf.duckdb"
    ingest([str(work / "articles.jsonl")], db, RunOptions())
    return db


def _section(text: str, heading: str) -> str:
    return text.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]


def test_markdown_sections(burst_db):
    with DuckDBStore(burst_db, read_only=True) as store:
        text = build_report(store)
    for heading in (
        "Key developments",
        "Main actors",
        "New actors",
        "Events by quad class",
        "Dyads",
        "Escalating dyads",
        "Key events",
        "Contested events",
        "Notable claims",
    ):
        assert f"## {heading}\n" in text
    assert "<svg" not in text, "charts only on request"
    escalating = _section(text, "Escalating dyads")
    assert BURST_DAY in escalating and "VENMIL" in escalating and "COLMIL" in escalating
    key = _section(text, "Key developments")
    assert key.count("\n- ") >= 1 and "CAMEO 19" in key and "[burst-" in key


def test_new_actors_are_first_seen_in_the_window(burst_db):
    with DuckDBStore(burst_db, read_only=True) as store:
        text = build_report(store, since=BURST_DAY, top=50)
        everyone = build_report(store, top=50)
    rows = [
        line
        for line in _section(text, "New actors").splitlines()
        if line.startswith("| ") and not line.startswith("| name")
    ]
    for row in rows:
        first_seen = row.split(" | ")[4]
        assert first_seen >= BURST_DAY
    # the militaries were already seen in the quiet weeks: not new on the burst day
    assert "Venezuela military" not in _section(text, "New actors")
    assert "Venezuela military" in _section(everyone, "New actors") or "Fuerza Armada" in _section(
        everyone, "New actors"
    )


class _Checker(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs


def test_html_is_self_contained_and_escaped(burst_db):
    with DuckDBStore(burst_db, read_only=True) as store:
        html = markdown_to_html(build_report(store, charts=True))
    checker = _Checker()
    checker.feed(html)
    assert "script" not in checker.tags and "img" not in checker.tags
    assert "link" not in checker.tags and "iframe" not in checker.tags
    assert checker.tags.count("svg") == 2
    # nothing is loaded from elsewhere: no src/href attributes, no CSS imports or urls
    assert not [a for a in checker.attrs if a[0] in ("src", "href")]
    assert "@import" not in html and "url(" not in html
    # the hostile outlet and title are shown as text
    assert "&lt;script&gt;" in html or "&lt;b&gt;Evil" in html
    assert "<b>Evil" not in html
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")


def test_report_command_md_and_html(burst_db, tmp_path):
    out = tmp_path / "report.html"
    res = runner.invoke(
        app,
        [
            "report",
            "--db",
            str(burst_db),
            "--format",
            "html",
            "-o",
            str(out),
            "--since",
            "2026-03-01",
            "--until",
            "2026-03-31",
        ],
    )
    assert res.exit_code == 0, res.output
    html = out.read_text(encoding="utf-8")
    assert "<h2>Escalating dyads</h2>" in html and "<svg" in html
    res = runner.invoke(app, ["report", "--db", str(burst_db), "--charts"])
    assert res.exit_code == 0 and res.stdout.count("<svg") == 2
    res = runner.invoke(app, ["report", "--db", str(burst_db), "--format", "pdf"])
    assert res.exit_code != 0 and "unknown format" in str(res.exception)


def test_sample_corpus_html_report(tmp_path):
    if not any(SAMPLE.rglob("*.*")):
        pytest.skip("sample corpus not present")
    db = tmp_path / "sample.duckdb"
    ingest([str(SAMPLE)], db, RunOptions())
    with DuckDBStore(db, read_only=True) as store:
        html = markdown_to_html(build_report(store, charts=True))
    assert "Tren de Aragua" in html and "<h2>Contested events</h2>" in html
    assert html.count("<svg") == 2


def test_markdown_to_html_escapes_every_cell():
    md = "\n".join(
        [
            "# Title <i>",
            "",
            f"Period: {HOSTILE}",
            "",
            "## Table",
            "",
            "| a | b |",
            "|---|---|",
            f"| {HOSTILE} | x \\| y |",
            "",
            f"- item {HOSTILE}",
            "",
            "<svg onload=alert(1)>not a chart</svg>",
        ]
    )
    html = markdown_to_html(md)
    assert "<script" not in html and "<svg" not in html and "<i>" not in html
    assert html.count("&lt;script&gt;") == 3
    assert "<td>x | y</td>" in html


def test_escalation_section_says_why_it_is_empty(burst_db):
    with DuckDBStore(burst_db, read_only=True) as store:
        quiet = _section(build_report(store, since="2026-03-27"), "Escalating dyads")
        text = _section(build_report(store), "Escalating dyads")
    assert quiet.strip().startswith("_none_: no dyad or actor had a day of at least 3")
    # dyads first, then actors escalating on their own; each row says which it is
    kinds = [line.split(" | ")[1] for line in text.splitlines() if line.startswith("| 2026")]
    assert kinds[0] == "dyad" and kinds == sorted(kinds, key=lambda k: k != "dyad")


def test_quad_table_counts_dyadic_events_and_their_goldstein(burst_db):
    with DuckDBStore(burst_db, read_only=True) as store:
        text = build_report(store)
        events = store.sql(
            "SELECT quad_class, goldstein, source_entity, source_code, "
            "target_entity, target_code FROM events"
        )
    lines = [
        ln
        for ln in _section(text, "Events by quad class").splitlines()
        if ln.startswith("|") and "---" not in ln
    ]
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    assert {"dyadic", "goldstein_dyadic"} <= set(header)
    for line in lines[1:]:
        row = dict(zip(header, (c.strip() for c in line.strip("|").split("|")), strict=True))
        quad = int(row["quad_class"].split()[0])
        dyadic = [
            e
            for e in events
            if e["quad_class"] == quad
            and (e["source_entity"] or e["source_code"])
            and (e["target_entity"] or e["target_code"])
        ]
        assert int(row["dyadic"]) == len(dyadic) <= int(row["events"])
        assert float(row["goldstein_dyadic"]) == round(sum(e["goldstein"] for e in dyadic), 1)


def test_report_over_undated_articles_says_so(tmp_path):
    src = tmp_path / "undated.jsonl"
    src.write_text(
        json.dumps(
            {
                "id": "u1",
                "text": "Colombian soldiers attacked a camp of the ELN near Tame, the "
                "Colombian army said on Tuesday.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "wf.duckdb"
    ingest([str(src)], db, RunOptions())
    with DuckDBStore(db, read_only=True) as store:
        text = build_report(store)
    assert "Period: unknown, the articles carry no publication date." in text
    assert "?" not in text.split("\n")[2]
    assert "Actor coding:" in text and "of events" in text


def test_report_states_the_share_of_coded_events(burst_db):
    with DuckDBStore(burst_db, read_only=True) as store:
        text = build_report(store)
        share = store.stats()["events_both_coded_share"]
    assert f"Actor coding: {100 * share:.0f}% of events" in text
