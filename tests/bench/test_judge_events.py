"""``bench/judge_events.py --score`` on a judgments file written for the test (no corpus
text is read): the headline figures and the split into dyadic rows (both sides coded) and
the rest, which the judges had been computing by hand."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
HEADER = (
    "corpus\tdoc\ttrigger_start\ttrigger_end\tcode\tsource_code\ttarget_code\tmodality\t"
    "is_event\troot\tsource\ttarget\tmodality_ok\tnote"
)
ROWS = [
    # corpus, doc, a, b, code, source, target, modality, judgments
    ("reuters", "reuters-1", 0, 4, "042", "USAGOV", "JPNGOV", "asserted", "y y y y y"),
    ("reuters", "reuters-1", 9, 14, "036", "USAGOV", "JPNGOV", "asserted", "y y y n y"),
    ("reuters", "reuters-2", 3, 8, "061", "BUS", "BUS", "asserted", "n - - - -"),
    ("insightcrime", "insightcrime-train-1", 5, 9, "173", "COLCOP", "", "asserted", "y y y n y"),
    ("insightcrime", "insightcrime-train-1", 20, 26, "190", "", "", "asserted", "y y y y y"),
]


@pytest.fixture(scope="module")
def judge():
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("judge_events", BENCH / "judge_events.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_score_splits_dyadic_rows_from_the_rest(judge, tmp_path, capsys):
    lines = ["# written for the test", HEADER]
    for *keys, judged in ROWS:
        lines.append("\t".join([*map(str, keys), *judged.split(), "a note"]))
    path = tmp_path / "event_judgments_seed1.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert judge.score(path) == 0
    out = capsys.readouterr().out
    assert "is an event: 4/5 = 0.80" in out
    assert "all fields right: 2/5 = 0.40" in out
    assert "dyadic (both sides coded): is an event 2/3 = 0.67; all fields right 1/3 = 0.33" in out
    assert "the rest: is an event 2/2 = 1.00; all fields right 1/2 = 0.50" in out


def test_score_counts_asserted_events_naming_two_parties(judge, tmp_path, capsys):
    """Of the four real asserted rows, the last has both sides rightly empty (judged y) and
    the third a wrongly empty target (judged n), so three name a party on both sides; two
    of them carry two codes, one with both sides right. Two files are pooled."""
    lines = ["# written for the test", HEADER]
    for *keys, judged in ROWS:
        lines.append("\t".join([*map(str, keys), *judged.split(), "a note"]))
    first = tmp_path / "event_judgments_seed1.tsv"
    first.write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")
    second = tmp_path / "event_judgments_seed2.tsv"
    second.write_text("\n".join([*lines[:2], *lines[4:]]) + "\n", encoding="utf-8")
    assert judge.score([first, second]) == 0
    out = capsys.readouterr().out
    assert "is an event: 4/5 = 0.80" in out
    assert (
        "asserted real events: 4; both sides coded 2/4 = 0.50; naming a party on both "
        "sides 3/4 = 0.75"
    ) in out
    assert "of those: both sides coded 2/3 = 0.67; both coded and right 1/3 = 0.33" in out


def test_judged_articles_gathers_ids_from_every_judgments_file(judge, tmp_path):
    (tmp_path / "event_judgments_seed7.tsv").write_text(
        "# header\ncorpus\tdoc\nreuters\treuters-12\ninsightcrime\tinsightcrime-train-0042\n",
        encoding="utf-8",
    )
    (tmp_path / "actor_coding_judgments.tsv").write_text(
        "insightcrime-train-0007|Policia Nacional|COLCOP\ty\n", encoding="utf-8"
    )
    (tmp_path / "spanish_dev_gold5.tsv").write_text("reuters-99\n", encoding="utf-8")
    assert judge.judged_article_ids(tmp_path) == {
        "reuters-12",
        "insightcrime-train-0042",
        "insightcrime-train-0007",
    }


def test_articles_leaves_out_excluded_ids_and_duplicates(judge, monkeypatch):
    """Six stories written for the test, one a duplicate text: with two excluded, the
    draw takes every one of the other three and never an excluded one."""
    recs = [{"id": f"reuters-{i}", "text": f"Story number {i}."} for i in range(5)]
    recs.append({"id": "reuters-5", "text": "Story number 4."})
    monkeypatch.setattr(judge, "load", lambda corpus, n: recs[:n])
    drawn = judge.articles("reuters", 10, 0, 3, frozenset({"reuters-1", "reuters-3"}))
    assert sorted(r["id"] for r in drawn) == ["reuters-0", "reuters-2", "reuters-4"]
    assert len(judge.articles("reuters", 10, 0, 3)) == 6  # no skip, nothing excluded: all


def test_beyond_draws_only_stories_no_model_was_trained_on(judge, monkeypatch):
    """Stories after the first 10,000, written for the test: a text repeated from before the
    limit, an earn-only story (the relevance model's commercial pool), another story with
    that commercial text, an excluded id and a duplicate are all left out; a story with a
    commercial topic beside another one, and one with no topics, are drawn."""
    early = [{"id": f"reuters-{i}", "text": f"Early story {i}."} for i in range(judge.UPTO)]
    late = [
        {"id": "reuters-a", "text": "Early story 5.", "topics": ["trade"]},
        {"id": "reuters-b", "text": "Profits rose.", "topics": ["earn"]},
        {"id": "reuters-c", "text": "Ministers met.", "topics": ["earn", "trade"]},
        {"id": "reuters-d", "text": "Troops moved.", "topics": []},
        {"id": "reuters-e", "text": "Profits rose.", "topics": ["crude"]},
        {"id": "reuters-f", "text": "A strike began.", "topics": ["ship"]},
        {"id": "reuters-g", "text": "Ministers met.", "topics": ["trade"]},
    ]
    recs = early + late
    monkeypatch.setattr(judge, "load", lambda corpus, n: recs if n is None else recs[:n])
    drawn = judge.articles("reuters", 50, 0, 3, frozenset({"reuters-f"}), beyond=True)
    assert sorted(r["id"] for r in drawn) == ["reuters-c", "reuters-d"]
    # without --beyond the same call never reaches past the limit
    assert all(r["id"] not in {x["id"] for x in late} for r in judge.articles("reuters", 50, 0, 3))


def test_judged_article_ids_at_a_revision_ignores_later_judgments(tmp_path):
    """An --unseen draw repeated after its own judgments were committed: the ids as the
    files were at the draw's commit, not as they are now. A git repository made here."""
    import subprocess

    from watchfloor.training.judged_events import judged_article_ids

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
            cwd=tmp_path,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()

    git("init", "-q")
    data = tmp_path / "data"
    data.mkdir()
    (data / "event_judgments_seed1.tsv").write_text("reuters\treuters-3\n", encoding="utf-8")
    (data / "notes.tsv").write_text("reuters-77\n", encoding="utf-8")  # no judgments file
    git("add", "-A")
    git("commit", "-qm", "first")
    first = git("rev-parse", "HEAD")
    (data / "actor_coding_judgments.tsv").write_text("reuters-8|X|USA\tcorrect\n", encoding="utf-8")
    git("add", "-A")
    git("commit", "-qm", "second")
    assert judged_article_ids(data) == {"reuters-3", "reuters-8"}
    assert judged_article_ids(data, at=first) == {"reuters-3"}


def test_polnear_articles_are_read_from_text_files_dated_by_name(judge, tmp_path):
    """A PolNeAR-like folder written for the test: each text file is an article whose id
    carries the file's stem and whose date comes from the name; an empty file is skipped;
    a missing folder gives no articles rather than an error."""
    folder = tmp_path / "eval" / "polnear-dev" / "text"
    folder.mkdir(parents=True)
    (folder / "paper_2016-10-03_senators-meet.txt").write_text(
        "Senators met the envoy.\n", encoding="utf-8"
    )
    (folder / "paper_2016-10-04_empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "undated-note.txt").write_text("Troops withdrew.", encoding="utf-8")
    recs = judge.polnear_articles(tmp_path)
    assert [(r["id"], r["published"]) for r in recs] == [
        ("polnear-paper_2016-10-03_senators-meet", "2016-10-03"),
        ("polnear-undated-note", None),
    ]
    assert judge.polnear_articles(tmp_path / "absent") == []
    doc = judge.raw_document(recs[0], "polnear")
    assert str(doc.published).startswith("2016-10-03")


def test_docs_per_corpus_leave_polnear_out_unless_named(judge, monkeypatch, tmp_path):
    """The historical --docs forms (one number for both news corpora, or two) draw nothing
    from PolNeAR; a third number draws there."""
    asked: list[tuple[str, int]] = []

    def fake_articles(corpus, count, skip, seed, exclude, beyond):
        asked.append((corpus, count))
        return []

    monkeypatch.setattr(judge, "articles", fake_articles)
    for docs, want in (([0, 50], [0, 50, 0]), (7, [7, 7, 0]), ([0, 0, 84], [0, 0, 84])):
        asked.clear()
        judge.draw(1, 10, docs, 0, tmp_path / "drawn.tsv", beyond=True)
        assert asked == list(zip(("insightcrime", "reuters", "polnear"), want, strict=True))


def test_beyond_does_not_apply_to_polnear(judge, monkeypatch):
    """--beyond limits Reuters to its stories after the first 10,000; PolNeAR's few
    articles (written here) are all eligible, less the excluded one."""
    recs = [{"id": f"polnear-{i}", "text": f"Article {i}."} for i in range(4)]
    monkeypatch.setattr(judge, "load", lambda corpus, n: recs if n is None else recs[:n])
    drawn = judge.articles("polnear", 10, 0, 3, frozenset({"polnear-2"}), beyond=True)
    assert sorted(r["id"] for r in drawn) == ["polnear-0", "polnear-1", "polnear-3"]
