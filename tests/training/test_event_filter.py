"""Training the event filter (training/event_filter.py) and the judged-event mapping it
shares with bench/eval_event_veto.py (training/judged_events.py); data written for the
tests."""

from __future__ import annotations

import json
from itertools import combinations

import numpy as np

from watchfloor.training import event_filter as ef
from watchfloor.training import judged_events as je

REAL = [
    "Gunmen TRIG_attacked a police station in the town on Monday.",
    "Troops TRIG_raided a rebel camp in the hills.",
    "The army TRIG_shelled positions held by the militia.",
    "Police TRIG_arrested the gang leader at his home.",
    "Soldiers TRIG_seized weapons from the group.",
    "The minister TRIG_met his counterpart in the capital.",
]
NOT = [
    "TRIG_killings rose to 3,100 last year from 2,800 the year before.",
    "TRIG_arrests have increased across the region over a decade.",
    "The number of TRIG_attacks fell by 12 percent in 2019.",
    "TRIG_seizures of cocaine hit a record of 40 tonnes.",
    "Extortion TRIG_threats are common in the region, analysts say.",
    "TRIG_murders per 100,000 people dropped to 25.",
]


def _records() -> list[dict]:
    out = []
    for k, text in enumerate(REAL + NOT):
        real = k < len(REAL)
        feats = {
            "sides=11" if real else "sides=00": 1.0,
            "numbers=1": float(not real),
            "relevance": 0.9 if real else 0.5,
            "confidence": 0.8,
        }
        out.append(
            {"seed": str(1 + k % 3), "label": int(real), "filter": {"text": text, "feats": feats}}
        )
    return out


def test_fit_is_deterministic_and_learns_the_direction():
    recs = _records()
    texts, feats, y, _, _ = ef.arrays(recs)
    a = ef.fit(texts, feats, y, ef.VARIANTS[ef.SHIPPED], threshold=0.4)
    b = ef.fit(texts, feats, y, ef.VARIANTS[ef.SHIPPED], threshold=0.4)
    assert np.array_equal(a.clf.coef_, b.clf.coef_)
    assert a.text.vocabulary_ == b.text.vocabulary_
    p = a.score(texts, feats)
    assert p[y == 1].min() > p[y == 0].max()


def test_threshold_loses_at_most_the_share_allowed():
    score = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05, 0.3, 0.2])
    y = np.array([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0])
    t = ef.threshold(score, y, 0.10)  # one of ten real events may go
    assert 0.05 < t < 0.1
    assert ((score < t) & (y == 1)).sum() == 1
    assert ef.threshold(score, y, 0.05) == float("-inf")  # none may go


def test_leave_one_sample_out_figures_cover_every_sample():
    cv = ef.evaluate(_records(), ef.VARIANTS[ef.SHIPPED], 0.2, nested=True)
    assert [r["seed"] for r in cv["per_sample"]["filter"]] == ["1", "2", "3"]
    s = cv["summary"]["filter"]
    assert 0.0 <= s["real_lost"][0] <= 1.0 and s["precision_before"][0] == 0.5
    assert len(cv["oof"]) == len(REAL) + len(NOT)


def test_each_trigger_counts_once_when_the_variant_says_so():
    recs = _records()
    for r in recs:
        r["event"] = ["c", r["filter"]["text"][:12], "0", "5", "190", "", "", "asserted"]
    # a second and a third row at the first real event's trigger (a derived intent, a code)
    recs += [{**recs[0], "filter": {**recs[0]["filter"]}} for _ in range(2)]
    w = ef.trigger_weights(recs)
    assert np.allclose(w[[0, -1, -2]], 1 / 3) and np.allclose(np.delete(w, [0, 12, 13]), 1)
    texts, feats, y, _, _ = ef.arrays(recs)
    base = {**ef.VARIANTS["v2 + statistic"], "trigger_weight": False}
    once = {**base, "trigger_weight": True}
    a = ef.fit(texts, feats, y, base, weight=w)  # the weight is ignored
    b = ef.fit(texts, feats, y, base)
    c = ef.fit(texts, feats, y, once, weight=w)
    assert np.array_equal(a.clf.coef_, b.clf.coef_)
    assert not np.allclose(b.clf.coef_, c.clf.coef_)


def test_exemption_modes_spare_dyads_and_foreign_dyads_only():
    feats = [
        {"sides=11": 1.0, "ctx_company_sides=0": 1.0, "ctx_dom_countries=two": 1.0},
        {"sides=11": 1.0, "ctx_company_sides=1": 1.0, "ctx_dom_countries=two": 1.0},
        {"sides=11": 1.0, "ctx_company_sides=0": 1.0, "ctx_dom_countries=one": 1.0},
        {"sides=10": 1.0, "ctx_company_sides=0": 1.0, "ctx_dom_countries=side": 1.0},
    ]
    dyadic = np.array([True, True, True, False])
    m = ef.exempt_masks(feats, dyadic)
    assert m["filter"].tolist() == [False] * 4
    assert m["filter, dyadic exempt"].tolist() == [True, True, True, False]
    assert m["filter, foreign dyads exempt"].tolist() == [True, False, False, False]


def test_a_dyadic_threshold_mode_spends_its_share_of_the_budget_on_the_dyads():
    # 20 real events, ten of them dyadic (the dyads scored lower, as the judged ones are),
    # and four non-events; budget 30%: six real events may go, at most a third of the
    # budget (10% of the ten dyads: one) among the dyads, the rest among the others
    dy = np.array([True] * 10 + [False] * 10 + [True, False, False, False])
    y = np.array([1] * 20 + [0] * 4)
    score = np.concatenate(
        [np.linspace(0.05, 0.45, 10), np.linspace(0.32, 0.95, 10), [0.04, 0.2, 0.25, 0.28]]
    )
    t_out, t_in = ef.mode_thresholds(score, y, dy, "filter, dyadic lower 1/3", 0.3)
    drop = ef.dropped_by(score, dy, (t_out, t_in))
    assert int((drop & dy & (y == 1)).sum()) == 1  # 1 of 10 dyads: 0.3 / 3 of them
    assert int((drop & (y == 1)).sum()) == 6  # the whole budget: 30% of 20
    assert t_in < t_out
    assert drop[20] and drop[21:].all()  # the non-events all go
    # guard: with one threshold (no exemption) the low-scored dyads take the budget
    t, same = ef.mode_thresholds(score, y, dy, "filter", 0.3)
    assert t == same
    one = ef.dropped_by(score, dy, (t, same))
    assert int((one & dy & (y == 1)).sum()) == 6 and int((one & (y == 1)).sum()) == 6
    # and the dyadic exemption drops no dyad at all
    _, never = ef.mode_thresholds(score, y, dy, "filter, dyadic exempt", 0.3)
    assert never == float("-inf")
    assert not (ef.dropped_by(score, dy, (t_out, never)) & dy).any()


def test_temporal_hold_out_trains_on_earlier_samples_and_scores_the_later():
    recs = _records()
    tm = ef.temporal(recs, ef.VARIANTS[ef.SHIPPED], budgets=(0.2,), test_seeds=("3",))
    assert tm["test_seeds"] == ["3"] and tm["n_test"] == 4
    assert set(tm["budgets"]["0.20"]) == set(ef.MODES)
    got = tm["budgets"]["0.20"]["filter"]["pooled"]
    assert got["precision_before"] == 0.5  # two real, two not among seed 3's records
    assert 0.0 <= got["real_lost"] <= 1.0 and 0.0 <= tm["auc"] <= 1.0
    assert tm["shared_triggers"] == 0 and len(tm["score"]) == 4


def test_leave_one_sample_out_gives_the_curve_at_each_budget():
    cv = ef.evaluate(_records(), ef.VARIANTS[ef.SHIPPED], 0.2, nested=False, budgets=(0.1, 0.3))
    assert set(cv["curve"]) == {"0.10", "0.20", "0.30"}
    assert set(cv["curve"]["0.30"]) == set(ef.MODES)
    lost = [cv["curve"][b]["filter"]["real_lost"][0] for b in ("0.10", "0.20", "0.30")]
    assert lost == sorted(lost)


def test_the_card_states_the_article_grouped_and_temporal_figures(tmp_path, monkeypatch):
    monkeypatch.setattr(ef, "TEMPORAL", ("3",))
    recs = _with_articles(_records(), n_docs=6)
    model, figures = ef.train(recs, 0.2)
    assert list(figures) == list(dict.fromkeys([ef.SHIPPED, ef.BEFORE]))
    _, both = ef.train(recs, 0.2, ["v2 + statistic, min_df 5"])
    assert list(both) == [ef.SHIPPED, "v2 + statistic, min_df 5"]
    assert figures[ef.SHIPPED]["temporal"]["test_seeds"] == ["3"]
    assert figures[ef.SHIPPED]["temporal"]["inner"] == f"{ef.ARTICLE_FOLDS} article folds"
    # the variants are chosen on the samples before the temporal test only
    n_before = sum(r["seed"] != "3" for r in recs)
    cv = figures[ef.SHIPPED]["article_cv"]
    assert sum(c["n"] for c in cv["by_corpus"].values()) == n_before
    folder = ef.write(model, figures, recs, tmp_path)
    card = (folder / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "## Article-grouped evaluation" in card and "## Temporal hold-out" in card
    assert f"up to seed {ef.LAST_TRAINED_SEED}" in card
    # what the script builds is event-filter-v7 (nonevents47: v6's recipe on samples to 3102)
    assert ef.VERSION == "event-filter-v7" and f"({ef.VERSION})" in card
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    assert meta["cv"]["variants"][ef.SHIPPED]["temporal"]["test_seeds"] == ["3"]
    assert meta["trained_on"]["last_seed"] == ef.LAST_TRAINED_SEED
    assert model.text.min_df == ef.VARIANTS[ef.SHIPPED].get("min_df", 2)
    p = ef.EventFilter.from_payload(__import__("joblib").load(folder / "model.joblib"))
    texts, feats, _, _, _ = ef.arrays(recs)
    assert np.allclose(p.score(texts, feats), model.score(texts, feats))
    again, _ = ef.train(recs, 0.2, [])  # fixed folds and seed: the same model again
    assert np.array_equal(again.clf.coef_, model.clf.coef_)
    assert again.threshold == model.threshold


ARTICLE = "Rebels attacked an army patrol near the border on Tuesday, killing four soldiers."


def _judged(path, rows: list[dict]) -> None:
    head = "\t".join([*je.KEYS, "is_event", "note"])
    lines = ["# judged for the test", head]
    lines += ["\t".join([*(r[k] for k in je.KEYS), r["is_event"], ""]) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_judged_rows_map_onto_current_events_once_with_the_later_judgment(tmp_path):
    corpora = tmp_path / "shared" / "corpora"
    corpora.mkdir(parents=True)
    (corpora / "insightcrime-train.jsonl").write_text(
        json.dumps({"id": "t1", "text": ARTICLE}) + "\n", encoding="utf-8"
    )
    (corpora / "reuters21578.jsonl").write_text("", encoding="utf-8")
    start = ARTICLE.index("attacked")
    row = {
        "corpus": "insightcrime",
        "doc": "t1",
        "trigger_start": str(start),
        "trigger_end": str(start + len("attacked")),
        "code": "999",
        "source_code": "",
        "target_code": "",
        "modality": "asserted",
    }
    gone = dict(row, trigger_start="0", trigger_end="6")  # "Rebels": no event there
    data = tmp_path / "data"
    data.mkdir()
    _judged(data / "event_judgments.tsv", [dict(row, is_event="n"), dict(gone, is_event="y")])
    _judged(data / "event_judgments_seed2001.tsv", [dict(row, is_event="y")])
    files = je.judged_files(data)
    assert [je.seed_of(p) for p in files] == ["13", "2001"]
    seen = []
    recs = je.collect(
        files,
        {"trigger": lambda ev, sdoc, tokens: seen.append(1) or ev.trigger.text},
        root=tmp_path / "shared",
    )
    assert len(recs) == 1  # the row with no event left out; the key judged twice kept once
    assert recs[0]["seed"] == "2001" and recs[0]["label"] == 1
    assert recs[0]["match"] == "trigger" and recs[0]["trigger"] == "attacked"
    assert recs[0]["event"][4] != "999" and seen


def test_a_variant_without_context_ignores_the_context_features():
    recs = _records()
    for k, r in enumerate(recs):  # a context feature that would separate the classes alone
        r["filter"]["feats"]["ctx_doc_biz=4" if k >= len(REAL) else "ctx_doc_biz=0"] = 1.0
    texts, feats, y, _, _ = ef.arrays(recs)
    before = ef.fit(texts, feats, y, ef.VARIANTS["text+struct LR C=1"])  # v1
    after = ef.fit(texts, feats, y, ef.VARIANTS[ef.SHIPPED])
    assert not [f for f in before.feats.vocabulary_ if f.startswith("ctx_")]
    assert {"ctx_doc_biz=0", "ctx_doc_biz=4"} <= set(after.feats.vocabulary_)
    assert ef.VARIANTS[ef.SHIPPED]["context"]
    assert not ef.VARIANTS["text+struct LR C=1"].get("context")


def test_the_variants_leave_out_the_issue12_groups_they_drop():
    recs = _records()
    for k, r in enumerate(recs):
        r["filter"]["feats"][
            "ctx_stat_words=2|figure=1" if k >= len(REAL) else "ctx_stat_words=0|figure=0"
        ] = 1.0
        r["filter"]["feats"]["ctx_dom_countries=one"] = 1.0
    texts, feats, y, _, _ = ef.arrays(recs)
    v2 = ef.fit(texts, feats, y, ef.VARIANTS["text+struct+context LR C=1"])
    v3 = ef.fit(texts, feats, y, ef.VARIANTS[ef.SHIPPED])
    assert not [f for f in v2.feats.vocabulary_ if f.startswith(("ctx_stat_", "ctx_dom_"))]
    assert "ctx_stat_words=2|figure=1" in v3.feats.vocabulary_
    assert "ctx_dom_countries=one" not in v3.feats.vocabulary_  # a group v3 does not read


def test_the_shared_design_scores_as_a_model_fitted_on_the_fold():
    # the evaluation's design matrices (built once) give the scores of fit() on the fold:
    # a feature or n-gram only the held-out rows carry, and an n-gram in one training row,
    # are left out as the fold's own vectorisers leave them out
    recs = _records()
    recs[0]["filter"]["feats"]["ctx_stat_words=9|figure=1"] = 1.0  # seed 1 only
    recs[1]["filter"]["text"] += " once upon"  # one training row
    texts, feats, y, groups, _ = ef.arrays(recs)
    w = ef.trigger_weights(recs)
    for name in (
        ef.SHIPPED,
        "v2 + statistic + frame16",
        "v2 + statistic, triggers once",
        "v2 + statistic, unigrams min_df 5, C=0.3",
        "struct + statistic",
        "v2 + statistic, unbalanced",
    ):
        v = ef.VARIANTS[name]
        design = ef._design(texts, feats, v)
        for g in ("1", "2"):
            fast = ef._scores(texts, feats, y, groups != g, groups == g, v, w, design)
            slow = ef._scores(texts, feats, y, groups != g, groups == g, v, w)
            assert np.allclose(fast, slow, atol=1e-9), (name, g)


def test_inner_folds_choose_each_threshold_without_the_held_out_sample():
    recs = _records()
    cv = ef.evaluate(recs, ef.VARIANTS[ef.SHIPPED], 0.5, inner_folds=2, budgets=())
    flipped = [{**r, "label": 1 - r["label"]} if r["seed"] == "1" else r for r in recs]
    cv2 = ef.evaluate(flipped, ef.VARIANTS[ef.SHIPPED], 0.5, inner_folds=2, budgets=())
    t1 = [r["threshold"] for r in cv["per_sample"]["filter"]]
    t2 = [r["threshold"] for r in cv2["per_sample"]["filter"]]
    assert [r["seed"] for r in cv["per_sample"]["filter"]] == ["1", "2", "3"]
    assert np.isfinite(t1).all()
    assert t1[0] == t2[0]  # sample 1's threshold: chosen on samples 2 and 3 alone
    assert t1[1:] != t2[1:]  # the others' thresholds read sample 1's labels
    assert cv["per_sample"]["filter"][0]["auc"] != cv2["per_sample"]["filter"][0]["auc"]


def _with_articles(recs: list[dict], n_docs: int = 4) -> list[dict]:
    """The test records with event keys: record k in article d(k mod n_docs), so that
    each article is judged in several samples (seeds k mod 3), as re-read articles are."""
    return [
        {**r, "event": ["insightcrime" if k % 2 else "reuters", f"d{k % n_docs}", str(k), "9"]}
        for k, r in enumerate(recs)
    ]


def test_the_forward_test_is_every_never_read_sample_after_3070():
    # filter45: fitted on the samples up to 3070, tested on 3071 to LAST_TRAINED_SEED
    assert ef.TEMPORAL[0] == "3071" and ef.TEMPORAL[-1] == str(ef.LAST_TRAINED_SEED)
    assert len(ef.TEMPORAL) == ef.LAST_TRAINED_SEED - 3070
    assert all(ef.unseen(s) for s in ef.TEMPORAL) and ef.unseen("3070")
    assert not ef.unseen("3069") and not ef.unseen("13")


def test_training_reads_no_sample_judged_after_the_last_trained_seed(tmp_path, monkeypatch):
    assert ef.LAST_TRAINED_SEED == 3102  # nonevents47; 3103 on: the lead's fresh test samples
    files = [tmp_path / f"event_judgments_seed{s}.tsv" for s in (3069, 3102, 3103, 3110)]
    files.insert(0, tmp_path / "event_judgments.tsv")  # seed 13
    assert [je.seed_of(p) for p in ef.training_files(files)] == ["13", "3069", "3102"]
    cache = tmp_path / "records.json"  # a cache built when a later sample was in the folder
    recs = [{**r, "seed": s} for r, s in zip(_records()[:3], ("3101", "3102", "3103"), strict=True)]
    cache.write_text(json.dumps(recs), encoding="utf-8")
    assert [r["seed"] for r in ef.collect_records(cache)] == ["3101", "3102"]
    # guard: raising the constant is what lets a later sample in
    monkeypatch.setattr(ef, "LAST_TRAINED_SEED", 3103)
    assert [je.seed_of(p) for p in ef.training_files(files)] == ["13", "3069", "3102", "3103"]
    assert len(ef.collect_records(cache)) == 3


def test_article_folds_hold_whole_articles_across_samples():
    recs = _with_articles(_records())
    folds = ef.article_folds(recs, np.arange(len(recs)), 3)
    assert sorted(np.concatenate(folds).tolist()) == list(range(len(recs)))
    arts = [{recs[i]["event"][1] for i in f} for f in folds]
    assert all(not (a & b) for a, b in combinations(arts, 2))  # no article in two folds
    seeds = [{recs[i]["seed"] for i in f} for f in folds]
    assert any(len(s) > 1 for s in seeds)  # an article's samples go together, unlike LOSO
    # one fold per article at most; records without a key are articles of their own
    assert len(ef.article_folds(recs, np.arange(len(recs)), 10)) == 4
    assert len(ef.article_folds(_records(), np.arange(12), 10)) == 10


def test_article_cv_chooses_each_threshold_without_the_held_out_articles():
    recs = _with_articles(_records())
    cv = ef.article_cv(recs, ef.VARIANTS[ef.SHIPPED], 0.5, budgets=(), folds=2)
    assert cv["folds"] == 2 and len(cv["oof"]) == len(recs)
    assert set(cv["by_corpus"]) == {"insightcrime", "reuters"}
    assert sum(c["n"] for c in cv["by_corpus"].values()) == len(recs)
    first = set(ef.article_folds(recs, np.arange(len(recs)), 2)[0].tolist())
    flipped = [{**r, "label": 1 - r["label"]} if i in first else r for i, r in enumerate(recs)]
    cv2 = ef.article_cv(flipped, ef.VARIANTS[ef.SHIPPED], 0.5, budgets=(), folds=2)
    t1 = [r["threshold"] for r in cv["per_fold"]["filter"]]
    t2 = [r["threshold"] for r in cv2["per_fold"]["filter"]]
    assert t1[0] == t2[0]  # fold 0's threshold: chosen on fold 1's articles alone
    assert t1[1] != t2[1]  # fold 1's reads fold 0's labels


def test_temporal_hold_out_may_choose_thresholds_on_article_folds():
    recs = _with_articles(_records())
    loso = ef.temporal(recs, ef.VARIANTS[ef.SHIPPED], budgets=(0.2,), test_seeds=("3",))
    arts = ef.temporal(
        recs, ef.VARIANTS[ef.SHIPPED], budgets=(0.2,), test_seeds=("3",), inner_folds=2
    )
    assert arts["inner"] == "2 article folds" and loso["inner"] == "leave one sample out"
    assert arts["score"] == loso["score"]  # the same model scores the held-out samples
    assert arts["n_test"] == loso["n_test"] == 4


def test_a_shipped_model_is_scored_with_its_own_thresholds():
    recs = _with_articles(_records())
    texts, feats, y, _, _ = ef.arrays(recs)
    model = ef.fit(texts, feats, y, ef.VARIANTS[ef.SHIPPED], threshold=0.5)
    p = model.score(texts, feats)
    got = ef.shipped_on(recs, model, seen=frozenset({("reuters", "d0"), ("reuters", "d2")}))
    assert got["all"]["n"] == 12 and got["unseen"]["n"] == 6  # the odd records: insightcrime
    assert got["all"]["dropped"] == float((p < 0.5).sum())
    model.dyadic_threshold = 0.0  # the real (dyadic) test events are never dropped now
    kept = ef.shipped_on(recs, model)
    assert kept["all"]["real_lost"] == 0.0 and kept["unseen"]["n"] == 12
    assert kept["seeds"] == ["1", "2", "3"]


def test_the_n_gram_variants_read_fewer_sentence_n_grams():
    recs = _records()
    texts, feats, y, _, _ = ef.arrays(recs)
    both = ef.fit(texts, feats, y, ef.VARIANTS["v2 + statistic"]).text.vocabulary_  # v5, v6
    uni = ef.fit(texts, feats, y, ef.VARIANTS["v2 + statistic, unigrams"]).text.vocabulary_
    rare = ef.fit(texts, feats, y, ef.VARIANTS["v2 + statistic, min_df 5"]).text.vocabulary_
    assert any(" " in g for g in both) and not any(" " in g for g in uni)
    assert set(uni) <= set(both) and len(rare) < len(uni)
    assert ef.fit(texts, feats, y, ef.VARIANTS["struct + statistic"]).text is None


def test_unseen_weight_weights_the_never_read_samples_up():
    recs = _records()
    # filter45: every sample from 3070 on was drawn on never-read articles (3090 too)
    for r, s in zip(recs, ["3069", "3072", "3090"] * 4, strict=True):
        r["seed"] = s
    v5 = ef.VARIANTS["v2 + statistic"]  # v5's recipe: every row weighs 1
    plain = ef.row_weights(recs, v5)
    boosted = ef.row_weights(recs, ef.VARIANTS["v2 + statistic, unseen x3"])
    assert np.allclose(plain, 1.0)
    assert np.allclose(boosted, [1.0 if r["seed"] == "3069" else 3.0 for r in recs])
    texts, feats, y, _, _ = ef.arrays(recs)
    a = ef.fit(texts, feats, y, v5, weight=boosted)  # ignored
    b = ef.fit(texts, feats, y, v5)
    c = ef.fit(texts, feats, y, ef.VARIANTS["v2 + statistic, unseen x3"], weight=boosted)
    assert np.array_equal(a.clf.coef_, b.clf.coef_)
    assert not np.allclose(b.clf.coef_, c.clf.coef_)


def test_cached_records_gain_the_cross39_features_only_the_cross_variants_read(tmp_path):
    recs = _records()
    for k, r in enumerate(recs):
        r["seed"] = "3070"
        r["filter"]["feats"].update(
            {
                "root=06" if k % 2 else "root=19": 1.0,
                "quad=2": 1.0,
                f"ctx_company_sides={2 if k >= len(REAL) else 0}": 1.0,
                "ctx_dom_countries=one": 1.0,
            }
        )
    cache = tmp_path / "records.json"
    cache.write_text(json.dumps(recs), encoding="utf-8")
    got = ef.collect_records(cache)
    assert "ctx_x39_root=06|company_sides=2" in got[len(REAL) + 1]["filter"]["feats"]
    assert "ctx_x39_root=19|countries=one" in got[0]["filter"]["feats"]
    texts, feats, y, _, _ = ef.arrays(got)
    v6 = ef.fit(texts, feats, y, ef.VARIANTS[ef.SHIPPED])
    x = ef.fit(texts, feats, y, ef.VARIANTS["v2 + statistic + cross39"])
    assert not [f for f in v6.feats.vocabulary_ if f.startswith("ctx_x39_")]
    assert "ctx_x39_quad=2|countries=one|company_sides=2" in x.feats.vocabulary_
