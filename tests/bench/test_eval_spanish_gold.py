"""``bench/eval_spanish.py --gold-tsv`` (issue 17): the fresh gold TSV reader and its
root-level scoring, on rows written for the test (the repository's gold files, fresh sets
1 to 4 and development sets 5 and 6, are not read here, except to check that they parse and
share no sentence)."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path

import pytest

from watchfloor.model import Event, Span

FRESH = (
    "spanish_fresh_gold.tsv",
    "spanish_fresh_gold2.tsv",
    "spanish_fresh_gold3.tsv",
    "spanish_fresh_gold4.tsv",
)
DEV5 = "spanish_dev_gold5.tsv"  # development set 5: may be read and tuned on
DEV6 = "spanish_dev_gold6.tsv"  # development set 6: may be read and tuned on
GOLD = (*FRESH, DEV5, DEV6)

BENCH = Path(__file__).resolve().parents[2] / "bench"
HEADER = "# a comment\nstory\tsid\tsentence\tevents\n"


@pytest.fixture(scope="module")
def es():
    spec = importlib.util.spec_from_file_location(
        "eval_spanish_under_test", BENCH / "eval_spanish.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def _write(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "gold.tsv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def test_rows_give_root_level_triples_and_the_asserted_subset(es, tmp_path):
    path = _write(
        tmp_path,
        (
            "k1\tk1_1\tLa policía arrestó a dos hombres.\tCOLCOP/-/173\n"
            "k1\tk1_2\tEl grupo habría atacado la base ; y lo negó.\t"
            "COLREB/COLMIL/190/alleged ; COLREB/-/016\n"
            "k2\tk2_1\tNada ocurrió hoy.\t\n"
        ),
    )
    rows = es.read_gold_tsv(path)
    assert [r["id"] for r in rows] == ["k1_1", "k1_2", "k2_1"]
    assert [r["story"] for r in rows] == ["k1", "k1", "k2"]
    assert rows[0]["gold"] == {("COL", None, "17")}
    assert rows[1]["gold"] == {("COL", "COL", "19"), ("COL", None, "01")}
    assert rows[1]["asserted"] == {("COL", None, "01")}  # the alleged attack is not asserted
    assert rows[2]["gold"] == set() and rows[2]["evaluate"]


@pytest.mark.parametrize(
    "row, why",
    [
        ("k1\tk1_1\tUna frase.\n", "3 tab-separated fields"),
        ("k1\tk1_1\tUna frase.\tCOLCOP/173\n", "not SOURCE/TARGET/CODE"),
        ("k1\tk1_1\tUna frase.\tcolcop/-/173\n", "actor 'colcop'"),
        ("k1\tk1_1\tUna frase.\tCOLCOP/-/arrest\n", "CAMEO code 'arrest'"),
        ("k1\tk1_1\tUna frase.\tCOLCOP/-/173/rumour\n", "tag 'rumour'"),
        ("k1\tk2_1\tUna frase.\t\n", "is not k1_<n>"),
    ],
)
def test_a_malformed_row_fails_with_file_and_line(es, tmp_path, row, why):
    path = _write(tmp_path, "k1\tk1_9\tUna frase correcta.\tCOLCOP/-/173\n" + row)
    with pytest.raises(es.GoldFormatError) as err:
        es.read_gold_tsv(path)
    assert str(err.value).startswith(f"{path}:4:")  # comment, header, good row, bad row
    assert why in str(err.value)


def test_a_repeated_id_and_a_missing_header_fail(es, tmp_path):
    path = _write(tmp_path, "k1\tk1_1\tUna.\t\nk1\tk1_1\tOtra.\t\n")
    with pytest.raises(es.GoldFormatError, match=r":4: sentence id 'k1_1' repeated"):
        es.read_gold_tsv(path)
    bare = tmp_path / "bare.tsv"
    bare.write_text("k1\tk1_1\tUna.\t\n", encoding="utf-8")
    with pytest.raises(es.GoldFormatError, match=r"bare.tsv:1: header"):
        es.read_gold_tsv(bare)


def _event(src: str | None, tgt: str | None, code: str, **flags: bool) -> Event:
    span = Span(0, 1, "x")
    return Event(
        code=code,
        root=code[:2],
        quad_class=4,
        goldstein=-5.0,
        trigger=span,
        sentence=span,
        source_code=src,
        target_code=tgt,
        **flags,
    )


def test_story_counts_score_modality_as_the_bench_does(es, tmp_path):
    rows = es.read_gold_tsv(
        _write(
            tmp_path,
            (
                "k1\tk1_1\tA.\tCOLCOP/COLCRM/173\n"
                "k1\tk1_2\tB.\tVENCRM/-/181/alleged\n"
                "k2\tk2_1\tC.\t\n"
            ),
        )
    )
    events = [
        [_event("COLCOP", "COLCRM", "173")],
        [_event("VENCRM", None, "181", alleged=True)],
        [_event("ECUGOV", None, "1724", negated=True)],
    ]  # negated: not scored
    every = es.story_counts(rows, events)
    assert every["k1"]["dyad"] == [2, 2, 2] and every["k2"]["dyad"] == [0, 0, 0]
    asserted = es.story_counts(rows, events, asserted=True)
    assert asserted["k1"]["dyad"] == [1, 1, 1]  # the alleged one leaves gold and prediction
    lo, hi, sd = es.bootstrap(every, "dyad", 50)
    assert lo == hi == 1.0 and sd == 0.0


@pytest.mark.parametrize("name", GOLD)
def test_the_repository_gold_files_parse(es, name):
    rows = es.read_gold_tsv(BENCH / "data" / name)
    assert len(rows) >= 80 and len({r["story"] for r in rows}) >= 15
    assert sum(1 for r in rows if not r["gold"]) >= 0.15 * len(rows)


@pytest.mark.parametrize("one, two", list(itertools.combinations(GOLD, 2)))
def test_no_two_fresh_sets_share_a_sentence(es, one, two):
    first, second = (es.read_gold_tsv(BENCH / "data" / name) for name in (one, two))
    assert not {r["text"] for r in first} & {r["text"] for r in second}


@pytest.mark.parametrize("name", FRESH[2:])
def test_fresh_sets_3_and_4_are_held_out_and_have_tagged_events(es, name):
    # their headers must keep saying they are held out; each set needs alleged and future
    # events, whose triples leave the asserted subset
    path = BENCH / "data" / name
    assert "HELD OUT" in path.read_text(encoding="utf-8").split("\nstory\t")[0]
    rows = es.read_gold_tsv(path)
    assert len(rows) <= 105 and len({r["story"] for r in rows}) >= 20
    assert sum(1 for r in rows if r["gold"] - r["asserted"]) >= 4


@pytest.mark.parametrize("name, label", [(DEV5, "DEVELOPMENT set 5"), (DEV6, "DEVELOPMENT set 6")])
def test_development_sets_say_so_and_have_stories_and_tagged_events(es, name, label):
    # their headers must keep saying they are development sets (not held out); 30-odd
    # stories of 3-6 sentences, and alleged / future events that leave the asserted subset
    path = BENCH / "data" / name
    header = path.read_text(encoding="utf-8").split("\nstory\t")[0]
    assert label in header and "HELD OUT" not in header
    rows = es.read_gold_tsv(path)
    assert 140 <= len(rows) <= 160
    sizes = [sum(1 for r in rows if r["story"] == s) for s in {r["story"] for r in rows}]
    assert len(sizes) >= 28 and min(sizes) >= 3 and max(sizes) <= 6
    assert sum(1 for r in rows if r["gold"] - r["asserted"]) >= 4


@pytest.mark.parametrize(
    "text, is_headline",
    [
        ("HUELGAS EN LAS MINAS DEL NORTE", True),
        ('MINISTRO "LAMENTA" LA DECISION', True),
        ("La policía detuvo a dos hombres.", False),
        ('El ministro dijo: "no cederemos."', False),
        ("¿Quién pagará la deuda?", False),
    ],
)
def test_a_first_line_without_final_punctuation_is_a_headline(es, text, is_headline):
    assert es.headline(text) is is_headline


class _Stage:
    """Stands in for the NLP stage: records the documents it is given, codes nothing."""

    seen: list = []

    def __init__(self, **_):
        pass

    def process(self, docs):
        _Stage.seen = list(docs)
        return _Stage.seen


def test_story_context_passes_a_headline_as_the_documents_title(es, monkeypatch):
    # a reader puts the headline on the first line and sets the title, which makes it a
    # sentence of its own (nlp/headline.py); the bench's story documents do the same
    monkeypatch.setattr(es, "NlpStage", _Stage)
    sentences = [
        {"id": "k1_1", "text": "PROTESTAS EN LAS MINAS DEL NORTE"},
        {"id": "k1_2", "text": "Cientos de mineros marcharon el lunes."},
        {"id": "k2_1", "text": "Los mineros marcharon el lunes."},
        {"id": "k2_2", "text": "La policía no intervino."},
    ]
    assert es.run(sentences, "article") == [[], [], [], []]
    first, second = _Stage.seen
    assert first.raw.title == "PROTESTAS EN LAS MINAS DEL NORTE"
    assert first.text == (
        "PROTESTAS EN LAS MINAS DEL NORTE\n\nCientos de mineros marcharon el lunes."
    )
    assert second.raw.title is None  # guard: a story opening with a sentence has none


def test_development_set_6_states_the_bare_crm_rule_and_uses_it(es):
    # the lead's rule for all sets: criminals with no named group and no stated country are
    # bare CRM; set 6's header must say so and its gold must contain such sides
    path = BENCH / "data" / DEV6
    header = path.read_text(encoding="utf-8").split("\nstory\t")[0]
    assert "bare CRM" in header and "no STATED country" in header
    rows = es.read_gold_tsv(path)
    assert any("CRM" in (src, tgt) for r in rows for src, tgt, _ in r["gold"])
