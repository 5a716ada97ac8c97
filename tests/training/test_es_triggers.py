"""Training the Spanish trigger model (training/es_triggers.py): gold codes to roots, gold
event texts to trigger tokens, story folds, and determinism. Sentences written for the
tests; the last test reads a few sentences of the shared development files and is skipped
when they are absent."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from watchfloor.training import es_triggers as tr


@pytest.mark.parametrize(
    ("code", "root"),
    [
        ("145_Protest_violently_riot", "14"),
        ("14_PROTEST_", "14"),
        ("0874", "08"),
        ("18/19/20", "18"),
        ("081-083", "08"),
        ("084-087", "08"),
        ("10", "10"),
        ("", None),
        ("---", None),
    ],
)
def test_gold_codes_map_to_roots(code, root):
    assert tr.gold_root(code) == root


def test_an_event_text_is_found_without_case_or_accents():
    text = "Los CAMPESINOS bloquearon la vía a Popayán durante tres días."
    a, b = tr.locate(text, "bloquearon la via a popayan")
    assert text[a:b] == "bloquearon la vía a Popayán"


def test_a_broken_event_text_spans_its_first_to_last_word():
    text = "Pidió este sábado a los maestros votar en blanco."
    a, b = tr.locate(text, "pidió votar en blanco")
    assert text[a:b] == "Pidió este sábado a los maestros votar en blanco"
    assert tr.locate(text, "incendiaron") is None


def _cand(text: str, word: str, pos: str, head: str, rule: str | None = None) -> dict:
    start = text.index(word)
    return {
        "text": text,
        "start": start,
        "end": start + len(word),
        "pos": pos,
        "head": text.index(head),
        "rule": rule,
        "features": {},
    }


def test_the_trigger_is_the_head_of_the_event_text_and_rule_coded_tokens_in_it():
    text = "Los mineros realizaron una marcha de protesta en Oruro."
    cands = [
        _cand(text, "mineros", "NOUN", "realizaron"),
        _cand(text, "realizaron", "VERB", "realizaron"),
        _cand(text, "marcha", "NOUN", "realizaron", rule="141"),
        _cand(text, "protesta", "NOUN", "marcha"),
        _cand(text, "Oruro", "NOUN", "realizaron"),
    ]
    sent = tr.Sentence(
        id="X_1",
        text=text,
        file="f",
        evaluate=True,
        events=[("realizaron una marcha de protesta", "14")],
    )
    assert tr.label(cands, sent) == ["none", "14", "14", "none", "none"]


def test_tokens_of_an_uncodeable_gold_event_are_left_out():
    text = "Los mineros marcharon en Oruro."
    cands = [
        _cand(text, "mineros", "NOUN", "marcharon"),
        _cand(text, "marcharon", "VERB", "marcharon"),
    ]
    sent = tr.Sentence(id="X_1", text=text, file="f", evaluate=True, events=[("marcharon", None)])
    assert tr.label(cands, sent) == ["none", tr.SKIP]


def test_story_folds_partition_the_stories_the_same_way_each_time():
    stories = [f"AFP_SPA_1994{m:02d}01.{k:04d}" for m in range(1, 13) for k in range(3)]
    a, b = tr.story_folds(stories, 5, 13), tr.story_folds(stories, 5, 13)
    assert a == b
    assert set().union(*a) == set(stories) and sum(map(len, a)) == len(set(stories))
    assert tr.story_folds(stories, 5, 14) != a
    assert tr.story_of("AFP_SPA_19940614.0068_5.0") == tr.story_of("AFP_SPA_19940614.0068_5")


def _rows() -> tuple[list[dict], list[str]]:
    x, y = [], []
    for k in range(60):
        lemma = ["marchar", "secuestrar", "llegar", "casa"][k % 4]
        x.append({"lemma=" + lemma: 1, "pos=VERB": 1, f"dep=d{k % 3}": 1})
        y.append({"marchar": "14", "secuestrar": "18"}.get(lemma, "none"))
    return x, y


def test_fitting_is_deterministic():
    x, y = _rows()
    a, b = tr.fit(x, y), tr.fit(x, y)
    va, vb = a.named_steps["dictvectorizer"], b.named_steps["dictvectorizer"]
    assert va.vocabulary_ == vb.vocabulary_
    ca, cb = a.named_steps["logisticregression"], b.named_steps["logisticregression"]
    assert np.array_equal(ca.coef_, cb.coef_) and list(ca.classes_) == list(cb.classes_)
    assert list(a.predict([{"lemma=marchar": 1}, {"lemma=casa": 1}])) == ["14", "none"]


SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or Path(__file__).resolve().parents[3] / "shared")


@pytest.mark.skipif(
    not (SHARED / tr.EVAL_DIR / tr.FILES[0]).exists(),
    reason=f"shared Spanish development file absent: {SHARED / tr.EVAL_DIR / tr.FILES[0]}",
)
def test_the_training_data_is_built_the_same_way_twice():
    sents = tr.read_file(SHARED / tr.EVAL_DIR / tr.FILES[0])[:20]
    assert sum(len(s.events) for s in sents) > 10
    first, _ = tr.record(sents)
    second, _ = tr.record(sents)
    x1, y1, g1, _ = tr.dataset(sents, first)
    x2, y2, g2, _ = tr.dataset(sents, second)
    assert (x1, y1, g1) == (x2, y2, g2)
    assert sum(v != "none" for v in y1) >= 10  # most gold events find their token
    m1, m2 = tr.fit(x1, y1), tr.fit(x2, y2)
    assert np.array_equal(
        m1.named_steps["logisticregression"].coef_, m2.named_steps["logisticregression"].coef_
    )


def test_training_stops_naming_the_absent_file_and_writes_nothing(tmp_path, monkeypatch):
    """With one of the two files absent the trainer names it and trains on nothing (a
    model trained on one file would silently replace the shipped one)."""
    folder = tmp_path / "shared" / tr.EVAL_DIR
    folder.mkdir(parents=True)
    (folder / tr.FILES[1]).write_text("<Sentences></Sentences>", encoding="utf-8")
    monkeypatch.setenv("WATCHFLOOR_SHARED", str(tmp_path / "shared"))
    out = tmp_path / "models"
    assert tr.absent_files(tmp_path / "shared") == [folder / tr.FILES[0]]
    with pytest.raises(SystemExit) as stop:
        tr.main(["--out", str(out)])
    message = str(stop.value)
    assert tr.FILES[0] in message and "nothing was trained" in message
    assert tr.FILES[1] not in message.split("trained on both")[0]
    assert not out.exists()


def test_no_file_is_absent_when_both_are_there(tmp_path):
    folder = tmp_path / tr.EVAL_DIR
    folder.mkdir(parents=True)
    for name in tr.FILES:
        (folder / name).write_text("<Sentences></Sentences>", encoding="utf-8")
    assert tr.absent_files(tmp_path) == []
    tr.require_all(tmp_path)
