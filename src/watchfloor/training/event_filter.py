"""Train ``event_filter``: P(real event) of an emitted event, from the project's judgments.

``python -m watchfloor.training event_filter [--cache FILE] [--out DIR]``

Data: the hand-judged samples of emitted events (``bench/data/event_judgments*.tsv``, one
file per seed, keys only) mapped onto the events the current pipeline emits at their
triggers (:mod:`watchfloor.training.judged_events`: the pipeline runs over the judged
InSight Crime train and Reuters-21578 articles of ``../shared/corpora``, the filter
itself off); label = ``is_event``. Each event is described exactly as the pipeline
describes it at run time (:func:`watchfloor.extract.events.eventfilter.describe` and
:func:`~watchfloor.extract.events.eventfilter.marked_sentence`), never by its corpus.

Evaluation, **leave one judged sample out** (a group = one seed file): for each variant
(:data:`VARIANTS`) the model is fitted on the other samples and scores the held-out one
(ROC AUC); the threshold is chosen on the training samples only, from their own
out-of-fold scores (the highest P below which at most :data:`MAX_LOST` of their real
events fall), and applied to the held-out sample: precision of "is an event" before and
after, real events lost, non-events removed (mean ± sd over held-out samples). The
training samples' scores come from :data:`INNER_FOLDS` folds of whole samples (v4: a model
per pair of samples, as v1-v3 did, is 1,081 models a variant at 47 samples); the
evaluation fits share one design matrix (:class:`_Design`, the same regression as
:func:`fit` on each fold).

**Temporal hold-out** (:func:`temporal`): fitted on every sample judged before
:data:`TEMPORAL` (the samples judged on the code closest to today's) and tested on those,
thresholds from the training samples' own leave-one-sample-out scores. Leave one sample
out has been optimistic about fresh samples; this split is the one that predicts them.
Both evaluations give the **operating-point curve** (real-lost budgets :data:`BUDGETS`)
under each exemption mode (:data:`MODES`: none, dyadic events, dyads of two countries
without a company side). Variants may weight each trigger's rows to count once
(:func:`trigger_weights`) and leave out the issue #12 feature groups
(:data:`watchfloor.extract.events.context.GROUPS`).

**Article-grouped evaluation** (:func:`article_cv`, filter37, v6): folds of whole
articles (:data:`ARTICLE_FOLDS`, ``GroupKFold`` on corpus + document id), each fold's
thresholds chosen on the other folds' own out-of-fold scores from inner folds of whole
articles. The same articles were judged again in many samples, so leaving one sample out
puts a sentence the model has read in the held-out sample; this split never does. Since
filter37 :func:`train` chooses and reports by it (on the samples before :data:`TEMPORAL`), and
tests on :data:`TEMPORAL` (filter39: 3075 + 3076, articles no judge had read; filter45:
3071-3095, fitted on the samples up to 3070, ``bench/eval_filter_forward.py``); leave one
sample out (:func:`evaluate`) is kept for comparison with earlier figures. filter39 (v6):
the rows of the samples drawn on never-read articles (:func:`unseen`) may weigh more in
the fit (a variant's ``unseen_weight``, :func:`row_weights`).

Training and selection read the samples up to :data:`LAST_TRAINED_SEED` only
(:func:`training_files`): samples judged later are fresh test samples until the
constant is raised. The shipped model is :data:`SHIPPED` fitted on every one of them;
its threshold is the same rule applied to the pooled article-grouped out-of-fold scores
(v1-v5: leave one sample out), with the exemption :data:`EXEMPT`. ``--cache`` keeps the
collected records (sentence text: keep the file outside the repository).
"""

from __future__ import annotations

import hashlib
import json
import statistics
from collections.abc import Callable, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

from watchfloor.extract.events.context import (
    GROUPS,
    cross_features,
    doc_context,
    without_context,
    without_groups,
)
from watchfloor.extract.events.eventfilter import (
    AGREED_P,
    AGREED_THRESHOLD,
    EXEMPT_MODES,
    MODEL_FILE,
    MODEL_NAME,
    EventFilter,
    describe,
    marked_sentence,
    spared,
)
from watchfloor.training.common import SEED, arg_parser, data_record, model_folder, write_model

# the version this script builds (since filter45 the shipped files: event-filter-v6).
# event-filter-v5 was built at f7d0645 on samples up to 3050, leave-one-sample-out
# thresholds. filter39 built a v6
# (SHIPPED below, fitted on the samples up to LAST_TRAINED_SEED); the lead's fresh
# samples 3077-3080 showed no gain on never-read articles (v6 dropped 16 non-events and
# 16 real events of v5's output, v5 would drop 17 and 16 of v6's) and a lower
# cross-validated five-way (0.731 against 0.738), so v5 stays shipped: running this
# script builds a candidate until one is measured to beat v5 (docs/benchmarks.md).
# filter45 (issue #12): v5's recipe refitted on every sample up to 3095 is event-filter-v6.
# Held out by time (fitted on <= 3070, tested on the 25 never-read samples 3071-3095,
# 2,125 events), both cut on the test to lose 8.3% of the real events, the refit keeps
# 0.831 precision and v5 0.823 (+0.008, article bootstrap -0.000 .. +0.015; +0.014 at 15%);
# filter39's recipe and the domestic / cross39 groups did no better there.
# nonevents47 (issue #12): the same recipe refitted with the samples judged since
# (3096-3102, drawn on the code it ships into): event-filter-v7, threshold 0.481 / dyads 0.290
VERSION = "event-filter-v7"
# filter37 (issue #12): the last judged sample that training and model selection read.
# Samples judged later (the lead's fresh test samples) never enter them silently: raise it
# only when a round is meant to train on them. filter39: 3076 (3072-3074 for selection,
# 3075 + 3076 the temporal test, :data:`TEMPORAL`); 3077 on are the lead's fresh samples.
# filter45: 3095 (3071-3095 the forward test, :data:`TEMPORAL`); 3096 on are the lead's.
# nonevents47: 3102 (3096-3102 trained on; 3103 on are the lead's)
LAST_TRAINED_SEED = 3102
# filter37: folds of whole articles (corpus, document id) for the article-grouped
# evaluation (:func:`article_cv`) and for every threshold chosen on training scores
ARTICLE_FOLDS = 5
# the share of real events the threshold may drop (on training samples): 15% since v3
# (issue #12; the curve at 10 / 15 / 20% is in the model card)
MAX_LOST = 0.15
# the inner folds (of whole training samples) that score the training samples for each
# held-out sample's threshold (v4; v1-v3: one model per pair of samples)
INNER_FOLDS = 5
# the most recent samples (3042-3044 judged on code 7e7202b, 3039-3041 just before, drawn
# with the v3 filter on: the non-events it let through); issue #12's fresh rounds
# (v4); v5: 3045-3050, fresh rounds on the v4 code, drawn with the v4 filter on
RECENT = ("3045", "3046", "3047", "3048", "3049", "3050")
# v1-v3: dyadic events (both sides coded) were never dropped: judged .89 real, and the filter's
# loss falls on clean state-to-state sentences outside its data (penta-train's five-way
# pipeline macro-F1 .714 off, .679 with the filter, .694 with the exemption); the
# leave-one-sample-out judged precision is the same either way (.863 / .862).
# v3 (issue #12): the exemption modes (none, dyadic, foreign dyads only) read alike on the
# temporal hold-out (precision .736 / .742 / .740 at 10% lost, .759 / .764 / .764 at 15%);
# dyadic kept (the penta-train reason above).
# v4 (filter23, issue #12): no exemption. On 47 samples leave one sample out shows the
# exemption costing precision (none - dyadic exempt, paired over the held-out samples:
# +0.014 ± 0.030, higher on 31 of 46, at the same 15% lost), and on the recent samples
# 3039-3044 (drawn from v3's output, whose low-scoring one-sided events v3 had already
# dropped) the dyadic events are the less precise part (0.813 real vs 0.872): held out by
# time, 0.844 -> 0.880 without the exemption, 0.840 with it. Its penta-train reason has
# shrunk: the refitted model empties 20 of 962 penta-train sentences of a gold event class
# without the exemption, 12 with it (foreign dyads exempt: 12 too, LOSO +0.005 only).
# v5 (filter25, issues #11 / #12): a lower threshold of their own for the dyadic events
# (MODES "dyadic lower 1/3": they may lose a third of the budget, 5% of the real dyads, the
# others the rest). On 53 samples it keeps v4's rule's precision (leave one sample out,
# paired over held-out samples: +0.001 ± 0.017) and raises the temporal hold-out
# (3045-3050: 0.840 -> 0.847), where the dyadic exemption costs precision on leave one
# sample out (-0.010 ± 0.033, lower on 31 of 51); one threshold drops 10% of the real dyads,
# and with them the both-coded share of the asserted events (bench/eval_actor_coding.py).
EXEMPT = "filter, dyadic lower 1/3"  # the shipped exemption mode (MODES, below)

# the temporal hold-out: the samples judged on the code closest to today's (v4: the most
# recent ones, drawn with the v3 filter on; v3 held out 3022-3026; v5: 3045-3050, drawn
# with the v4 filter on); the model is trained on every sample judged before them
# filter37 (v6): 3070 and 3071, drawn with ``--unseen`` on articles no judge had read
# (mostly Reuters); the model is tested there after fitting on every sample before them
# filter39: 3075 and 3076 (``--unseen`` too); 3070-3074 move into selection
# filter45: every sample after 3070 (3071-3095, ``--unseen``; 3085 on ``--beyond``: Reuters
# stories after the first 10,000), fitted on the samples up to 3070
TEMPORAL = tuple(str(s) for s in range(3071, 3103))  # nonevents47: to 3102
# filter39 (issue #12): the samples drawn with ``--unseen`` on articles no judge had read
# (mostly Reuters): the distribution the filter fails on. A variant's ``unseen_weight``
# multiplies their rows' training weight (:func:`row_weights`). filter45: every sample from
# 3070 on was drawn that way (``--unseen``, from 3085 on ``--unseen --beyond``: Reuters
# stories after the first 10,000), so the set is "seed >= FIRST_UNSEEN" (:func:`unseen`)
FIRST_UNSEEN = 3070


def unseen(seed: str) -> bool:
    """Whether sample ``seed`` was drawn on articles no judge had read (seed >=
    :data:`FIRST_UNSEEN`; the samples before it re-drew judged articles)."""
    return int(seed) >= FIRST_UNSEEN


BUDGETS = (0.10, 0.15, 0.20)  # the operating-point curve: shares of real events lost
# which events are never dropped: none; dyadic ones (both sides coded); dyadic ones whose
# sides are two countries' and no company ("foreign dyads": a dyad of one country or with
# a company side may be dropped)
MODES = (
    "filter",
    "filter, dyadic exempt",
    "filter, foreign dyads exempt",
    "filter, dyadic lower 1/3",
    "filter, dyadic lower 2/3",
)
# filter25 (issues #11 / #12): the middle way between dropping dyadic events like the
# others and never dropping them: their own, lower threshold, chosen on the training
# samples by the same rule: the dyadic real events may lose at most this share of the
# budget (of their own number), the others take what is left of the budget (of all real
# events). Mode name -> the dyadic share.
DYADIC_SHARES = {"filter, dyadic lower 1/3": 1 / 3, "filter, dyadic lower 2/3": 2 / 3}
_V2 = {"text": True, "struct": True, "context": True, "model": "lr", "C": 1.0}
_NEW = tuple(GROUPS)  # the issue #12 feature groups (extract/events/context.py)
_V3_DROP = ("p0", "domestic", "career", "frame16", "cross39")  # v3: "statistic" only

# name -> (TF-IDF of the marked sentence?, structured features?, the context features
# (ctx_, :mod:`watchfloor.extract.events.context`)?, the issue #12 groups left out
# (``drop``), each trigger's rows weighted to count once (``trigger_weight``), model, C);
# "text+struct LR C=1" is the model shipped before the context features
# (event-filter-v1), "text+struct+context LR C=1" the one shipped before issue #12 (v2)
VARIANTS: dict[str, dict[str, Any]] = {
    "text+struct+context LR C=1": {**_V2, "drop": _NEW},
    "v2, triggers once": {**_V2, "drop": _NEW, "trigger_weight": True},
    **{f"v2 + {g}": {**_V2, "drop": tuple(h for h in _NEW if h != g)} for g in _NEW},
    **{
        f"v2 + {g}, triggers once": {
            **_V2,
            "drop": tuple(h for h in _NEW if h != g),
            "trigger_weight": True,
        }
        for g in _NEW
    },
    "v2 + statistic + career": {**_V2, "drop": ("p0", "domestic", "frame16", "cross39")},
    # round 16: the statistic frame and the trigger's document / speculation / habitual
    # frame (ctx_frame16_)
    "v2 + statistic + frame16": {**_V2, "drop": ("p0", "domestic", "career", "cross39")},
    "v2 + statistic, C=0.3": {**_V2, "drop": _V3_DROP, "C": 0.3},
    "v2 + all": {**_V2, "drop": ("cross39",)},
    "v2 + all, triggers once": {**_V2, "drop": ("cross39",), "trigger_weight": True},
    "text+struct+context LR C=0.3": {**_V2, "drop": _NEW, "C": 0.3},
    "struct+context LR C=1": {**_V2, "drop": _NEW, "text": False},
    "text+struct LR C=1": {"text": True, "struct": True, "model": "lr", "C": 1.0},
    "text+struct LR C=0.3": {"text": True, "struct": True, "model": "lr", "C": 0.3},
    "text LR C=1": {"text": True, "struct": False, "model": "lr", "C": 1.0},
    "struct LR C=1": {"text": False, "struct": True, "model": "lr", "C": 1.0},
    "text+struct LinearSVC (sigmoid)": {"text": True, "struct": True, "model": "svc", "C": 0.1},
}
_V3 = {**_V2, "drop": _V3_DROP}  # v3-v5's features ("v2 + statistic")
# filter37 (issue #12): variants aimed at articles no judge has read (chosen by the
# article-grouped evaluation): stronger regularisation, fewer sentence n-grams (the
# n-grams of re-judged articles are memorised), the structured features alone, no class
# weights, each trigger once, the domestic-policy group back
VARIANTS.update(
    {
        "v2 + statistic, C=0.1": {**_V3, "C": 0.1},
        "v2 + statistic, unigrams": {**_V3, "ngram": (1, 1)},
        "v2 + statistic, min_df 5": {**_V3, "min_df": 5},
        "v2 + statistic, unigrams min_df 5, C=0.3": {
            **_V3,
            "ngram": (1, 1),
            "min_df": 5,
            "C": 0.3,
        },
        "struct + statistic": {**_V3, "text": False},
        "struct + statistic, C=0.3": {**_V3, "text": False, "C": 0.3},
        "v2 + statistic, unbalanced": {**_V3, "balanced": False},
        "v2 + statistic, C=3": {**_V3, "C": 3.0},
        "v2 + statistic, min_df 10": {**_V3, "min_df": 10},
        "v2 + statistic + domestic, C=0.3": {
            **_V2,
            "drop": ("p0", "career", "frame16", "cross39"),
            "C": 0.3,
        },
    }
)
# filter39 (issue #12): the rows of the never-read samples (:func:`unseen`) weighted up, alone
# and with the variants that read fewer sentence n-grams or none, or the domestic group;
# the root / quad class crossed with the company sides and the sides' countries
# (``cross39``, :func:`~watchfloor.extract.events.context.cross_features`)
VARIANTS.update(
    {
        "v2 + statistic, unseen x3": {**_V3, "unseen_weight": 3.0},
        "v2 + statistic, unseen x6": {**_V3, "unseen_weight": 6.0},
        "v2 + statistic, min_df 5, unseen x3": {**_V3, "min_df": 5, "unseen_weight": 3.0},
        "v2 + statistic, C=0.3, unseen x3": {**_V3, "C": 0.3, "unseen_weight": 3.0},
        "struct + statistic, unseen x3": {**_V3, "text": False, "unseen_weight": 3.0},
        "v2 + statistic + domestic, unseen x3": {
            **_V2,
            "drop": ("p0", "career", "frame16", "cross39"),
            "unseen_weight": 3.0,
        },
        "v2 + statistic + cross39": {**_V2, "drop": _V3_DROP[:-1]},
        "v2 + statistic + cross39, unseen x3": {
            **_V2,
            "drop": _V3_DROP[:-1],
            "unseen_weight": 3.0,
        },
        "v2 + statistic + cross39 + domestic, unseen x3": {
            **_V2,
            "drop": ("p0", "career", "frame16"),
            "unseen_weight": 3.0,
        },
    }
)
# v3 (issue #12): v2 plus the statistic frame, the one group of the four that moved both
# the temporal hold-out and leave one sample out; each trigger counted once did not help.
# filter37 (issue #12): "v2 + statistic, min_df 5" (sentence n-grams in at least five
# judged sentences) was the best variant on the article-grouped evaluation of the samples
# before 3070 (AUC +0.003 ± 0.004 paired over the five folds, higher on 4; precision
# +0.001 at the same budget: inside the noise, as every variant was); tested once on
# 3070 + 3071 its AUC was 0.782 against v5's 0.768 (article bootstrap -0.026 .. +0.047),
# and on the 3051-3069 articles v5 never saw it equals v5's variant (+0.000): not shipped.
# filter39 (v6): "v2 + statistic, min_df 5, unseen x3" (the never-read samples' rows
# weighted 3) was the best variant on the article-grouped evaluation of the samples before
# 3075 (AUC 0.763 ± 0.028 against v5's features' 0.760 ± 0.030, paired +0.003 ± 0.004,
# higher on 4 of 5 folds; on the pooled rows of 3070-3074 0.799 against 0.772); tested
# once on 3075 + 3076 (181 events, all Reuters) its AUC was 0.800 against v5 as shipped
# 0.598 (article bootstrap of the difference +0.041 .. +0.373) and v5's features refitted
# 0.784; at 15% budget it kept 0.881 precision losing 6.6% of the real events, where v5
# cut to lose as many keeps 0.834. Shipped (docs/benchmarks.md, filter39), withdrawn.
# filter45 (v6): v5's recipe again ("v2 + statistic"), refitted on every sample up to 3095:
# on the forward test (fitted on <= 3070, tested on 3071-3095) it equals filter39's recipe
# (AUC 0.737 both; precision at 8.3% lost 0.831 against 0.828) and the domestic group (AUC
# 0.749, +0.012, article bootstrap +0.002 .. +0.021, but precision at 5 / 8.3 / 10 / 15%
# lost no higher: 0.821 / 0.828 / 0.835 / 0.851 against 0.823 / 0.831 / 0.835 / 0.852)
SHIPPED = "v2 + statistic"
# the variant measured beside it by default (filter39's recipe, shipped and withdrawn;
# v3-v5: v4 refitted v3's features on 47 samples without the exemption, v5 on 53 with the
# dyads' own threshold, v6 on 98)
BEFORE = "v2 + statistic, min_df 5, unseen x3"
_CONTEXT: dict[str, Any] = {}  # the last document's context (one document at a time)


def describer(ev: Any, sdoc: Any, tokens: Any) -> dict[str, Any]:
    """What the filter reads of one event (the pipeline's own description, the context
    features included; variants without them drop them in :func:`fit`)."""
    if _CONTEXT.get("doc") is not sdoc:
        _CONTEXT.update(doc=sdoc, ctx=doc_context(sdoc))
    return {"text": marked_sentence(ev), "feats": describe(ev, tokens, _CONTEXT["ctx"])}


def fit(
    texts: Sequence[str],
    feats: Sequence[dict[str, float]],
    y: np.ndarray,
    variant: dict[str, Any],
    threshold: float = 0.5,
    weight: np.ndarray | None = None,
) -> Any:
    """RETURNS a fitted model of ``variant``: an :class:`EventFilter` for the logistic
    variants (what ships), else an object with ``score(texts, feats)``. (Gradient
    boosting over the structured features was tried: one leave-one-sample-out pass took
    over ten minutes on the shared machine and was stopped; not reported.)"""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    feats = _variant_feats(feats, variant)
    if not _weighted(variant):
        weight = None
    text = (
        TfidfVectorizer(
            ngram_range=_ngrams(variant),
            min_df=variant.get("min_df", 2),
            sublinear_tf=True,
            dtype=np.float64,
        ).fit(list(texts))
        if variant["text"]
        else None
    )
    dv = DictVectorizer(sort=True).fit(
        list(feats) if variant["struct"] else [{"bias": 1.0}] * len(feats)
    )
    shell = EventFilter(text, dv, None, threshold)
    used = list(feats) if variant["struct"] else [{}] * len(feats)
    x = shell.matrix(texts, used)
    if variant["model"] == "lr":
        shell.clf = LogisticRegression(
            C=variant["C"],
            class_weight=_class_weight(variant),
            max_iter=5000,
            random_state=SEED,
        ).fit(x, y, sample_weight=weight)
        if not variant["struct"]:
            return _Scorer(lambda t, f: shell.score(t, [{}] * len(f)))
        return shell
    if variant["model"] == "svc":
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.svm import LinearSVC

        clf = CalibratedClassifierCV(
            LinearSVC(C=variant["C"], class_weight="balanced", random_state=SEED),
            method="sigmoid",
            cv=3,
        ).fit(x, y, sample_weight=weight)
        return _Scorer(lambda t, f: clf.predict_proba(shell.matrix(t, f))[:, 1])
    raise ValueError(f"unknown model {variant['model']!r}")


def _class_weight(variant: dict[str, Any]) -> str | None:
    """``balanced`` classes unless the variant says ``balanced: False`` (filter37)."""
    return "balanced" if variant.get("balanced", True) else None


def _ngrams(variant: dict[str, Any]) -> tuple[int, int]:
    """The sentence n-grams a variant reads (``ngram``: 1-2-grams unless it says)."""
    lo, hi = variant.get("ngram", (1, 2))
    return int(lo), int(hi)


class _Scorer:
    def __init__(self, fn: Callable[[Sequence[str], Sequence[dict]], np.ndarray]) -> None:
        self.fn = fn

    def score(self, texts: Sequence[str], feats: Sequence[dict]) -> np.ndarray:
        return self.fn(texts, feats)


def threshold(score: np.ndarray, y: np.ndarray, max_lost: float) -> float:
    """The highest threshold (drop below it) that drops at most ``max_lost`` of the real
    events (``y == 1``) scored ``score``; -inf (no drop) when none may be lost."""
    real = np.sort(score[y == 1])
    allowed = int(np.floor(max_lost * len(real)))
    if allowed == 0:
        return float("-inf")
    return float((real[allowed - 1] + real[allowed]) / 2)


def outcome(dropped: np.ndarray, y: np.ndarray) -> dict[str, float]:
    """Precision of "is an event" before and after dropping, real events lost, non-events
    removed, on one held-out sample."""
    kept = ~dropped
    before = float(y.mean())
    after = float(y[kept].mean()) if kept.any() else float("nan")
    return {
        "precision_before": before,
        "precision_after": after,
        "gain": after - before,
        "real_lost": float((dropped & (y == 1)).sum() / max(int((y == 1).sum()), 1)),
        "non_events_removed": float((dropped & (y == 0)).sum() / max(int((y == 0).sum()), 1)),
        "dropped": float(dropped.sum()),
    }


def arrays(
    records: Sequence[dict[str, Any]],
) -> tuple[list[str], list[dict], np.ndarray, np.ndarray, np.ndarray]:
    texts = [r["filter"]["text"] for r in records]
    feats = [r["filter"]["feats"] for r in records]
    y = np.array([r["label"] for r in records])
    groups = np.array([r["seed"] for r in records])
    dyadic = np.array([r["filter"]["feats"].get("sides=11", 0.0) > 0 for r in records])
    return texts, feats, y, groups, dyadic


def _trigger(record: dict[str, Any], i: int) -> tuple:
    """A record's trigger: (corpus, document, trigger start, end); its index when unknown."""
    return tuple(record.get("event", record.get("key", []))[:4]) or (i,)


def trigger_weights(records: Sequence[dict[str, Any]]) -> np.ndarray:
    """RETURNS each record's training weight when every trigger counts once: 1 / the number
    of records at its trigger (corpus, document, trigger offsets). One trigger gives
    several rows — a derived intent or refusal beside the act, several codes — and a
    single sentence would otherwise weigh as much as several."""
    keys = [_trigger(r, i) for i, r in enumerate(records)]
    count: dict[tuple, int] = {}
    for k in keys:
        count[k] = count.get(k, 0) + 1
    return np.array([1.0 / count[k] for k in keys])


def _weighted(variant: dict[str, Any]) -> bool:
    """Whether a variant weights its training rows (each trigger once, the unseen samples
    up)."""
    return bool(variant.get("trigger_weight") or variant.get("unseen_weight"))


def row_weights(records: Sequence[dict[str, Any]], variant: dict[str, Any]) -> np.ndarray:
    """RETURNS each record's training weight under ``variant``: 1 / the records at its
    trigger when it counts each trigger once (:func:`trigger_weights`), else 1; times the
    variant's ``unseen_weight`` on the rows of the never-read samples (:func:`unseen`,
    filter39; filter45: every sample from 3070 on). Variants with neither ignore it
    (:func:`_weighted`)."""
    w = trigger_weights(records) if variant.get("trigger_weight") else np.ones(len(records))
    boost = float(variant.get("unseen_weight", 1.0))
    return w * np.array([boost if unseen(r["seed"]) else 1.0 for r in records])


def exempt_masks(feats: Sequence[dict[str, float]], dyadic: np.ndarray) -> dict[str, np.ndarray]:
    """RETURNS :data:`MODES` → which events that mode never drops or holds to its second
    threshold (read from the described features: ``sides=11``, the company sides and the
    sides' countries); the dyadic-threshold modes (:data:`DYADIC_SHARES`): the dyadic events."""
    out = {
        mode: np.array(
            [spared(name, bool(d), f) for d, f in zip(dyadic, feats, strict=True)], dtype=bool
        )
        for mode, name in zip(MODES, EXEMPT_MODES, strict=False)
    }
    return {**out, **{mode: np.asarray(dyadic, dtype=bool) for mode in DYADIC_SHARES}}


def mode_thresholds(
    score: np.ndarray, y: np.ndarray, mask: np.ndarray, mode: str, budget: float
) -> tuple[float, float]:
    """RETURNS (threshold of the events outside ``mask``, threshold of those inside) for
    exemption ``mode`` (:data:`MODES`) at real-lost ``budget``, chosen on training scores
    ``score`` / labels ``y``: no exemption, one threshold for all; an exempt mode, -inf
    inside; a dyadic-threshold mode (:data:`DYADIC_SHARES`), the masked real events lose at
    most their share of the budget (of their own number), the others what is left of the
    budget (of all real events)."""
    if mode == MODES[0]:
        t = _exempt_threshold(score, y, np.zeros(len(y), dtype=bool), budget)
        return t, t
    if mode not in DYADIC_SHARES:
        return _exempt_threshold(score, y, mask, budget), float("-inf")
    # (the share of the budget as a float: 0.3 / 3 is 0.0999..., rounded up to 0.1 here)
    inside = threshold(score[mask], y[mask], budget * DYADIC_SHARES[mode] + 1e-9)
    lost = int(((score < inside) & mask & (y == 1)).sum())
    return _exempt_threshold(score, y, mask, budget, already_lost=lost), inside


def dropped_by(score: np.ndarray, mask: np.ndarray, ts: tuple[float, float]) -> np.ndarray:
    """Which events (scores ``score``) the thresholds ``ts`` (:func:`mode_thresholds`) drop."""
    return score < np.where(mask, ts[1], ts[0])


class _Design:
    """The design matrices of one logistic variant with structured features, built once
    for every record: the n-gram counts of the marked sentences and the DictVectorizer
    features. A fold's model is fitted on the columns its training rows hold (n-grams in
    at least two of them, the TF-IDF weighting recomputed on them: sublinear tf, smooth
    idf, l2 norm; the features they carry), in the vectorisers' own sorted order: the
    same matrix, hence the same regression, as :func:`fit` builds on those rows, without
    tokenising every sentence again for each of the thousand evaluation fits."""

    def __init__(
        self, texts: Sequence[str], feats: Sequence[dict[str, float]], variant: dict[str, Any]
    ) -> None:
        from scipy.sparse import csr_matrix
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.feature_extraction.text import CountVectorizer

        self.variant = variant
        feats = _variant_feats(feats, variant)
        self.counts = (
            CountVectorizer(ngram_range=_ngrams(variant), dtype=np.float64)
            .fit_transform(list(texts))
            .tocsr()
            if variant["text"]
            else None
        )
        dv = DictVectorizer(sort=True).fit(feats)
        self.struct = dv.transform(feats).tocsr()
        vocab = dv.vocabulary_
        rows = [[vocab[k] for k in f if k in vocab] for f in feats]
        self.present = csr_matrix(
            (
                np.ones(sum(map(len, rows))),
                np.concatenate([np.array(r, dtype=np.int64) for r in rows] or [[]]),
                np.cumsum([0, *map(len, rows)]),
            ),
            shape=self.struct.shape,
        )

    def _text(self, rows: np.ndarray, cols: np.ndarray, idf: np.ndarray) -> Any:
        from sklearn.preprocessing import normalize

        m = self.counts[rows][:, cols].tocsr()
        m.data = 1.0 + np.log(m.data)
        return normalize(m.multiply(idf).tocsr(), norm="l2")

    def scores(
        self, train: np.ndarray, test: np.ndarray, y: np.ndarray, weight: np.ndarray | None
    ) -> np.ndarray:
        from scipy.sparse import hstack
        from sklearn.linear_model import LogisticRegression

        idx, out = np.flatnonzero(train), np.flatnonzero(test)
        scols = np.flatnonzero(np.asarray(self.present[idx].sum(axis=0)).ravel() > 0)
        parts_tr, parts_te = [self.struct[idx][:, scols]], [self.struct[out][:, scols]]
        if self.counts is not None:
            df = np.asarray((self.counts[idx] > 0).sum(axis=0)).ravel()
            cols = np.flatnonzero(df >= self.variant.get("min_df", 2))
            idf = np.log((1.0 + len(idx)) / (1.0 + df[cols])) + 1.0
            if len(cols):  # (a small fold may hold no n-gram that often)
                parts_tr.insert(0, self._text(idx, cols, idf))
                parts_te.insert(0, self._text(out, cols, idf))
        clf = LogisticRegression(
            C=self.variant["C"],
            class_weight=_class_weight(self.variant),
            max_iter=5000,
            random_state=SEED,
        ).fit(
            hstack(parts_tr).tocsr(),
            y[idx],
            sample_weight=weight[idx] if weight is not None and _weighted(self.variant) else None,
        )
        return clf.predict_proba(hstack(parts_te).tocsr())[:, list(clf.classes_).index(1)]


def _design(
    texts: Sequence[str], feats: Sequence[dict[str, float]], variant: dict[str, Any]
) -> _Design | None:
    """The shared design of a logistic variant with structured features, else None."""
    return (
        _Design(texts, feats, variant) if variant["model"] == "lr" and variant["struct"] else None
    )


def _variant_feats(
    feats: Sequence[dict[str, float]], variant: dict[str, Any]
) -> list[dict[str, float]]:
    """The structured features a variant reads (no context, or less the groups it drops)."""
    if not variant.get("context", False):
        return [without_context(f) for f in feats]
    if variant.get("drop"):
        return [without_groups(f, variant["drop"]) for f in feats]
    return list(feats)


def _scores(
    texts: list[str],
    feats: list[dict],
    y: np.ndarray,
    train: np.ndarray,
    test: np.ndarray,
    variant: dict[str, Any],
    weight: np.ndarray | None = None,
    design: _Design | None = None,
) -> np.ndarray:
    if design is not None:
        return design.scores(train, test, y, weight)
    idx, out = np.flatnonzero(train), np.flatnonzero(test)
    model = fit(
        [texts[i] for i in idx],
        [feats[i] for i in idx],
        y[idx],
        variant,
        weight=weight[idx] if weight is not None else None,
    )
    return model.score([texts[i] for i in out], [feats[i] for i in out])


def evaluate(
    records: Sequence[dict[str, Any]],
    variant: dict[str, Any],
    max_lost: float = MAX_LOST,
    nested: bool = True,
    budgets: Sequence[float] = BUDGETS,
    inner_folds: int | None = None,
) -> dict[str, Any]:
    """Leave one sample out (see the module doc). RETURNS per-sample figures, their mean
    and sd, the pooled out-of-sample scores (``oof``), for each exemption mode
    (:data:`MODES`), at ``max_lost`` (``summary``) and at each of ``budgets``
    (``curve``). ``nested``: thresholds from inner leave-one-sample-out scores (else from
    the training samples' in-sample scores: cheaper, optimistic); ``inner_folds``: from
    inner scores of that many folds of whole training samples instead of one sample
    out (k models per held-out sample instead of one per pair of samples: the
    threshold still comes from the training samples alone)."""
    from sklearn.metrics import roc_auc_score

    texts, feats, y, groups, dyadic = arrays(records)
    w = row_weights(records, variant)
    masks = exempt_masks(feats, dyadic)
    design = _design(texts, feats, variant)
    seeds = sorted(set(groups.tolist()), key=int)
    oof = np.zeros(len(y))
    for g in seeds:
        oof[groups == g] = _scores(texts, feats, y, groups != g, groups == g, variant, w, design)
    # inner scores: a model without samples g and h scores h (for outer fold g)
    inner: dict[str, np.ndarray] = {g: np.zeros(len(y)) for g in seeds}
    if nested and inner_folds:
        for g in seeds:
            rest = [h for h in seeds if h != g]
            for k in range(min(inner_folds, len(rest))):
                fold = np.isin(groups, rest[k::inner_folds])
                train = (groups != g) & ~fold
                inner[g][fold] = _scores(texts, feats, y, train, fold, variant, w, design)
    elif nested:
        for g, h in combinations(seeds, 2):
            train = (groups != g) & (groups != h)
            test = (groups == g) | (groups == h)
            s = _scores(texts, feats, y, train, test, variant, w, design)
            where = np.flatnonzero(test)
            inner[g][where[groups[where] == h]] = s[groups[where] == h]
            inner[h][where[groups[where] == g]] = s[groups[where] == g]
    else:
        for g in seeds:
            tr = groups != g
            inner[g][tr] = _scores(texts, feats, y, tr, tr, variant, w, design)
    curve: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for budget in sorted({max_lost, *budgets}):
        per: dict[str, list[dict[str, Any]]] = {m: [] for m in MODES}
        for g in seeds:
            tr, te = groups != g, groups == g
            auc = (
                float(roc_auc_score(y[te], oof[te]))
                if len(set(y[te].tolist())) == 2
                else float("nan")
            )
            for mode in MODES:
                ts = mode_thresholds(inner[g][tr], y[tr], masks[mode][tr], mode, budget)
                per[mode].append(
                    {
                        "seed": g,
                        "threshold": ts[0],
                        "threshold_inside": ts[1],
                        "auc": auc,
                        **outcome(dropped_by(oof[te], masks[mode][te], ts), y[te]),
                    }
                )
        curve[f"{budget:.2f}"] = per
    per = curve[f"{max_lost:.2f}"]
    return {
        "per_sample": per,
        "summary": {k: summarise(v) for k, v in per.items()},
        "recent": {k: summarise([r for r in v if r["seed"] in RECENT]) for k, v in per.items()},
        "curve": {b: {k: summarise(v) for k, v in p.items()} for b, p in curve.items()},
        "auc_pooled": float(roc_auc_score(y, oof)),
        "oof": oof.tolist(),
    }


def temporal(
    records: Sequence[dict[str, Any]],
    variant: dict[str, Any],
    budgets: Sequence[float] = BUDGETS,
    test_seeds: Sequence[str] | None = None,
    inner_folds: int | None = None,
) -> dict[str, Any]:
    """The temporal hold-out: a model fitted on every sample but ``test_seeds``
    (default :data:`TEMPORAL`; the others were judged before them) scores those; each
    threshold is chosen on the training samples' own leave-one-sample-out scores (the
    shipped rule), or with ``inner_folds`` on their scores from that many folds of whole
    articles (filter37: an article re-judged in several samples is then never on both
    sides of an inner split). RETURNS, per budget and exemption mode (:data:`MODES`), the figures
    pooled over the held-out samples (``pooled``: precision before → after, real events
    lost, non-events removed) and their per-sample mean ± sd (``per_sample``), the AUC;
    ``shared_triggers``: how many held-out events have a trigger that a training record
    also has (another code at the same trigger)."""
    from sklearn.metrics import roc_auc_score

    texts, feats, y, groups, dyadic = arrays(records)
    w = row_weights(records, variant)
    masks = exempt_masks(feats, dyadic)
    design = _design(texts, feats, variant)
    test = np.isin(groups, list(test_seeds or TEMPORAL))
    train = ~test
    inner = np.zeros(len(y))
    if inner_folds:
        inner = _inner_scores(records, texts, feats, y, train, variant, w, design, inner_folds)
    else:
        for g in sorted(set(groups[train].tolist()), key=int):
            inner[groups == g] = _scores(
                texts, feats, y, train & (groups != g), groups == g, variant, w, design
            )
    score = np.zeros(len(y))
    score[test] = _scores(texts, feats, y, train, test, variant, w, design)
    held = sorted(set(groups[test].tolist()), key=int)
    out: dict[str, Any] = {
        "test_seeds": held,
        "n_test": int(test.sum()),
        "auc": float(roc_auc_score(y[test], score[test])),
        "auc_per_sample": summarise(
            [
                {"auc": float(roc_auc_score(y[groups == g], score[groups == g]))}
                for g in held
                if len(set(y[groups == g].tolist())) == 2
            ],
            ("auc",),
        )["auc"],
        "budgets": {},
    }
    keys = [_trigger(r, i) for i, r in enumerate(records)]
    seen = {keys[i] for i in np.flatnonzero(train)}
    out["shared_triggers"] = int(sum(keys[i] in seen for i in np.flatnonzero(test)))
    for budget in budgets:
        rows: dict[str, Any] = {}
        for mode in MODES:
            ts = mode_thresholds(inner[train], y[train], masks[mode][train], mode, budget)
            dropped = dropped_by(score, masks[mode], ts)
            pooled = outcome(dropped[test], y[test])
            per = [outcome(dropped[groups == g], y[groups == g]) for g in held]
            rows[mode] = {
                "threshold": ts[0],
                "threshold_inside": ts[1],
                "pooled": pooled,
                "per_sample": summarise(
                    per, ("precision_before", "precision_after", "real_lost", "non_events_removed")
                ),
            }
        out["budgets"][f"{budget:.2f}"] = rows
    out["score"] = score[test].tolist()
    out["inner"] = f"{inner_folds} article folds" if inner_folds else "leave one sample out"
    return out


def _article(record: dict[str, Any], i: int) -> tuple:
    """A record's article: (corpus, document id); its index when unknown."""
    return tuple(record.get("event", record.get("key", []))[:2]) or (i,)


def _corpus(record: dict[str, Any]) -> str:
    return str(record.get("event", record.get("key", ["?"]))[0])


def article_folds(records: Sequence[dict[str, Any]], rows: np.ndarray, k: int) -> list[np.ndarray]:
    """RETURNS ``k`` folds (index arrays) of the records at ``rows`` (indices), each
    holding whole articles (:func:`_article`): scikit-learn's ``GroupKFold``, no
    shuffling (the same folds on the same records); fewer folds where there are fewer
    articles."""
    from sklearn.model_selection import GroupKFold

    ids: dict[tuple, int] = {}
    art = np.array([ids.setdefault(_article(records[i], int(i)), len(ids)) for i in rows])
    k = min(k, len(ids))
    if k < 2:
        return [np.asarray(rows)]
    split = GroupKFold(n_splits=k).split(np.zeros(len(rows)), groups=art)
    return [np.asarray(rows)[test] for _, test in split]


def _inner_scores(
    records: Sequence[dict[str, Any]],
    texts: list[str],
    feats: list[dict],
    y: np.ndarray,
    train: np.ndarray,
    variant: dict[str, Any],
    w: np.ndarray,
    design: _Design | None,
    k: int,
) -> np.ndarray:
    """The out-of-fold scores of the ``train`` records from ``k`` folds of whole articles
    among them (0 elsewhere): what a threshold is chosen on."""
    inner = np.zeros(len(y))
    for fold in article_folds(records, np.flatnonzero(train), k):
        out = np.zeros(len(y), dtype=bool)
        out[fold] = True
        inner[out] = _scores(texts, feats, y, train & ~out, out, variant, w, design)
    return inner


def article_cv(
    records: Sequence[dict[str, Any]],
    variant: dict[str, Any],
    max_lost: float = MAX_LOST,
    budgets: Sequence[float] = BUDGETS,
    folds: int = ARTICLE_FOLDS,
) -> dict[str, Any]:
    """The article-grouped evaluation (filter37): ``folds`` folds of whole articles
    (:func:`article_folds`); a model fitted on the other folds scores each, its
    thresholds chosen (each exemption mode, each budget) on the training folds' own
    out-of-fold scores from ``folds`` inner folds of whole articles. Leave one sample out
    lets an article re-judged in several samples sit on both sides of a split (the model
    has read the held-out sentence); here it never does. RETURNS per-fold figures at
    ``max_lost`` (``per_fold``), their mean ± sd (``summary``; ``curve`` at each budget),
    the pooled out-of-fold scores (``oof``) and AUC, and the pooled figures of each
    corpus (``by_corpus``: modes ``filter`` and :data:`EXEMPT`, at ``max_lost``)."""
    from sklearn.metrics import roc_auc_score

    texts, feats, y, _, dyadic = arrays(records)
    w = row_weights(records, variant)
    masks = exempt_masks(feats, dyadic)
    design = _design(texts, feats, variant)
    outer = article_folds(records, np.arange(len(y)), folds)
    every = np.ones(len(y), dtype=bool)
    oof = _inner_scores(records, texts, feats, y, every, variant, w, design, folds)
    inner: list[np.ndarray] = []
    for fold in outer:
        test = np.zeros(len(y), dtype=bool)
        test[fold] = True
        inner.append(_inner_scores(records, texts, feats, y, ~test, variant, w, design, folds))
    curve: dict[str, dict[str, list[dict[str, Any]]]] = {}
    drops: dict[str, np.ndarray] = {m: np.zeros(len(y), dtype=bool) for m in MODES}
    for budget in sorted({max_lost, *budgets}):
        per: dict[str, list[dict[str, Any]]] = {m: [] for m in MODES}
        for k, fold in enumerate(outer):
            te = np.zeros(len(y), dtype=bool)
            te[fold] = True
            tr = ~te
            two = len(set(y[te].tolist())) == 2
            auc = float(roc_auc_score(y[te], oof[te])) if two else float("nan")
            for mode in MODES:
                ts = mode_thresholds(inner[k][tr], y[tr], masks[mode][tr], mode, budget)
                dropped = dropped_by(oof[te], masks[mode][te], ts)
                if budget == max_lost:
                    drops[mode][te] = dropped
                per[mode].append(
                    {
                        "fold": k,
                        "threshold": ts[0],
                        "threshold_inside": ts[1],
                        "auc": auc,
                        **outcome(dropped, y[te]),
                    }
                )
        curve[f"{budget:.2f}"] = per
    corpus = np.array([_corpus(r) for r in records])
    by_corpus = {}
    for c in sorted(set(corpus.tolist())):
        at = corpus == c
        two = len(set(y[at].tolist())) == 2
        by_corpus[c] = {
            "n": int(at.sum()),
            "auc": float(roc_auc_score(y[at], oof[at])) if two else float("nan"),
            **{m: outcome(drops[m][at], y[at]) for m in dict.fromkeys([MODES[0], EXEMPT])},
        }
    per = curve[f"{max_lost:.2f}"]
    return {
        "folds": len(outer),
        "per_fold": per,
        "summary": {k: summarise(v) for k, v in per.items()},
        "curve": {b: {k: summarise(v) for k, v in p.items()} for b, p in curve.items()},
        "auc_pooled": float(roc_auc_score(y, oof)),
        "by_corpus": by_corpus,
        "oof": oof.tolist(),
    }


def article_oof(
    records: Sequence[dict[str, Any]], variant: dict[str, Any], folds: int = ARTICLE_FOLDS
) -> np.ndarray:
    """The out-of-fold scores of every record from ``folds`` folds of whole articles
    (:func:`article_folds`): what the shipped threshold is chosen on (filter37)."""
    texts, feats, y, _, _ = arrays(records)
    design = _design(texts, feats, variant)
    every = np.ones(len(y), dtype=bool)
    w = row_weights(records, variant)
    return _inner_scores(records, texts, feats, y, every, variant, w, design, folds)


def shipped_on(
    records: Sequence[dict[str, Any]], model: EventFilter, seen: frozenset[tuple] = frozenset()
) -> dict[str, Any]:
    """A fitted model with its own thresholds and exemption (as it runs in the pipeline)
    on ``records``: AUC, precision before → after, real events lost, non-events removed,
    pooled (``all``) and on the records whose article is not in ``seen`` (``unseen``:
    the articles the model was not trained on), per sample mean ± sd (``per_sample``)."""
    from sklearn.metrics import roc_auc_score

    texts, feats, y, groups, dyadic = arrays(records)
    score = model.score(texts, feats)
    mode = model.exemption
    dropped = np.array(
        [
            p < model.threshold_for(bool(d)) and not spared(mode, bool(d), f)
            for p, d, f in zip(score.tolist(), dyadic, feats, strict=True)
        ],
        dtype=bool,
    )
    fresh = np.array([_article(r, i) not in seen for i, r in enumerate(records)], dtype=bool)

    def part(at: np.ndarray) -> dict[str, Any]:
        two = len(set(y[at].tolist())) == 2
        return {
            "n": int(at.sum()),
            "auc": float(roc_auc_score(y[at], score[at])) if two else float("nan"),
            **outcome(dropped[at], y[at]),
        }

    held = sorted(set(groups.tolist()), key=int)
    return {
        "all": part(np.ones(len(y), dtype=bool)),
        "unseen": part(fresh),
        "per_sample": summarise(
            [part(groups == g) for g in held],
            ("precision_before", "precision_after", "real_lost", "non_events_removed"),
        ),
        "seeds": held,
    }


def _exempt_threshold(
    score: np.ndarray, y: np.ndarray, exempt: np.ndarray, max_lost: float, already_lost: int = 0
) -> float:
    """The threshold when the ``exempt`` events are never dropped: at most ``max_lost``
    of all real events lost, all of them among the others (less ``already_lost`` real
    events the exempt ones lose to their own threshold)."""
    real_nd = np.sort(score[(y == 1) & ~exempt])
    allowed = min(int(np.floor(max_lost * int((y == 1).sum()))) - already_lost, len(real_nd) - 1)
    if allowed <= 0:
        return float("-inf")
    return float((real_nd[allowed - 1] + real_nd[allowed]) / 2)


def summarise(
    rows: Sequence[dict[str, Any]],
    keys: Sequence[str] = (
        "auc",
        "precision_before",
        "precision_after",
        "gain",
        "real_lost",
        "non_events_removed",
        "threshold",
    ),
) -> dict[str, list[float]]:
    out = {}
    for k in keys:
        vals = [float(r[k]) for r in rows if np.isfinite(r[k])]
        out[k] = (
            [round(statistics.fmean(vals), 4), round(statistics.pstdev(vals), 4)]
            if vals
            else [float("nan"), float("nan")]
        )
    return out


def training_files(files: Sequence[Path] | None = None) -> list[Path]:
    """RETURNS the judged samples training and model selection read: ``files`` (default
    every judged sample, :func:`~watchfloor.training.judged_events.judged_files`) up to
    seed :data:`LAST_TRAINED_SEED`; a sample judged later is left out until the
    constant is raised."""
    from watchfloor.training.judged_events import judged_files, seed_of

    return [p for p in (judged_files() if files is None else files) if _trained(seed_of(p))]


def _trained(seed: str) -> bool:
    return int(seed) <= LAST_TRAINED_SEED


def collect_records(cache: Path | None) -> list[dict[str, Any]]:
    """RETURNS the records of the training samples (:func:`training_files`); ``cache``
    keeps them (a cache holding later samples is read without them)."""
    from watchfloor.training.judged_events import collect

    if cache is not None and cache.exists():
        records = json.loads(cache.read_text(encoding="utf-8"))
    else:
        records = collect(training_files(), {"filter": describer})
        if cache is not None:
            cache.write_text(json.dumps(records), encoding="utf-8")
    for r in records:  # filter39's crosses: built here only (the run-time filter skips them)
        r["filter"]["feats"].update(cross_features(r["filter"]["feats"]))
    return [r for r in records if _trained(r["seed"])]


def temporal_line(tm: dict[str, Any], mode: str, budget: float = MAX_LOST) -> str:
    """One line of temporal hold-out figures (pooled over the held-out samples)."""
    r = tm["budgets"][f"{budget:.2f}"][mode]["pooled"]
    return (
        f"temporal AUC {tm['auc']:.3f}  prec {r['precision_before']:.3f} → "
        f"{r['precision_after']:.3f}  lost {r['real_lost']:.3f}  non-events removed "
        f"{r['non_events_removed']:.3f} ({mode}, budget {budget:.2f})"
    )


def train(
    records: Sequence[dict[str, Any]],
    max_lost: float = MAX_LOST,
    variants: Sequence[str] | None = None,
) -> tuple[EventFilter, dict[str, Any]]:
    """Evaluate the variants and fit the shipped one on every record (filter37). Each
    variant: the article-grouped evaluation (:func:`article_cv`) on the samples before
    :data:`TEMPORAL` (what variants are chosen by) and the temporal hold-out on those
    (:func:`temporal`, thresholds from article folds). The shipped model's threshold is
    the same rule on the pooled article-grouped out-of-fold scores of every record.
    RETURNS the model and the figures."""
    figures: dict[str, Any] = {}
    before = [r for r in records if r["seed"] not in TEMPORAL]
    for name in dict.fromkeys([SHIPPED, *(variants or [BEFORE])]):
        cv = article_cv(before, VARIANTS[name], max_lost)
        cv.pop("oof")
        tm = temporal(records, VARIANTS[name], test_seeds=TEMPORAL, inner_folds=ARTICLE_FOLDS)
        tm.pop("score")
        figures[name] = {"article_cv": cv, "temporal": tm}
        s = cv["summary"][EXEMPT]
        print(
            f"{name:34} article CV AUC {s['auc'][0]:.3f} ± {s['auc'][1]:.3f}  prec "
            f"{s['precision_before'][0]:.3f} → {s['precision_after'][0]:.3f}  lost "
            f"{s['real_lost'][0]:.3f}  non-events removed {s['non_events_removed'][0]:.3f}",
            flush=True,
        )
        print(f"{'':34} {temporal_line(tm, EXEMPT)}", flush=True)
    texts, feats, y, _, dyadic = arrays(records)
    oof = article_oof(records, VARIANTS[SHIPPED])
    ts = mode_thresholds(oof, y, exempt_masks(feats, dyadic)[EXEMPT], EXEMPT, max_lost)
    model = fit(
        texts,
        feats,
        y,
        VARIANTS[SHIPPED],
        threshold=round(ts[0], 3),
        weight=row_weights(records, VARIANTS[SHIPPED]),
    )
    if EXEMPT in DYADIC_SHARES:  # a threshold of its own for the dyadic events
        model.exempt_mode, model.dyadic_threshold = "none", round(ts[1], 3)
    else:
        model.exempt_mode = EXEMPT_MODES[MODES.index(EXEMPT)]
    model.exempt_dyadic = model.exempt_mode != "none"
    return model, figures


CARD = """
# event_filter — is this emitted event a real event? ({version})

Place: the last step of the event extractor (`watchfloor.extract.events.eventfilter`),
after the dictionary coder, `event_class`, the relevance gate and the subsumption rule.
Each emitted event gets `extra["evidence"]["filter_p"]` = P(real event); events below the
threshold **{threshold}** are not emitted{exempt_place}; kept events below P 0.5 have
their confidence scaled by 0.5 + P. Off: `WATCHFLOOR_EVENT_FILTER=off` or
`EventExtractor(event_filter=None)`.
An asserted event of a quad class whose sentence `event_class` gives that class
P >= {agreed_p} is held to the lower threshold **{agreed_t}** (five46: `eventfilter.AGREED_P` /
`AGREED_THRESHOLD`, decision rules outside this file, chosen by nested CV on
penta-train and on the judged news events; docs/event-coding.md).

## Data
The project's own hand judgments of emitted events: `bench/data/event_judgments*.tsv`
up to seed {last_seed} (`LAST_TRAINED_SEED`: samples judged later are never read by
training or model selection), {n_files} samples, one per seed, keys only; {n} current
events after mapping each judged row onto the event the pipeline now emits at its
trigger and keeping a key judged twice once (the later judgment): {n_pos} judged real
events, {n_neg} not, from {n_articles} articles. The events were drawn from InSight
Crime train articles and Reuters-21578 stories (`../shared/corpora`); the samples from
3070 on were drawn on articles no judge had read (mostly Reuters; from 3085 on Reuters
stories after the first 10,000); {weighting}.
Features (run time, from the pipeline's objects): TF-IDF word 1-2-grams of the trigger's
sentence with the trigger marked (those in at least {min_df} judged sentences); trigger
lemma / POS / dependency, its head; code, root, quad class, modality, coded sides,
side-code role suffixes, side entity types; derived intent / refusal; who decided;
`event_class` P, relevance P, confidence; the event's context
(`watchfloor.extract.events.context`, features `ctx_`, cue words in
`watchfloor/data/events/context.yaml`): the document's business / market / trade share
and company marks, figures per sentence and length; the sentence's rank and place in the
document and its paragraph; a general statement, business and speculation words, a
quotation; a modal, future or conditional frame on the trigger's clause; how many sides
are companies; the sentence's statistic words crossed with a figure in it (`ctx_stat_`).
Never the corpus.

## Licence and what the weights contain
Judgments: the project's own (Apache-2.0, like the code). The model file holds a
vocabulary of words and word pairs that occur at least {min_df} times in the judged
sentences (InSight Crime articles, © InSight Crime, CC BY-NC 3.0; Reuters-21578, research
use), with one weight each, and no sentence text. Ship and use accordingly.

## Model
{shipped}: scikit-learn {sklearn} `LogisticRegression` (class-balanced, C {c}, seed
{seed}) on `TfidfVectorizer(ngram_range=(1, 2), min_df={min_df}, sublinear_tf=True)` of the
marked sentence beside a `DictVectorizer` of the structured features. Rebuilt by
`python -m watchfloor.training event_filter` (fixed folds and seed).

## Article-grouped evaluation (what the variant was chosen by)
{folds} folds of whole articles (`GroupKFold` on corpus + document id) over the samples
before {temporal_seeds} ({n_before} events): an article re-judged in several samples is
never on both sides of a split, as it is when one sample is left out (that figure was
optimistic about fresh articles). Each fold's thresholds are chosen on the other folds'
own out-of-fold scores ({folds} inner folds of whole articles), aiming at ≤ {max_lost:.0%}
of real events lost{exempt_rule_short}; mean ± sd over the folds.

| variant | AUC | precision before → after | real events lost | non-events removed |
|---|---|---|---|---|
{cv_table}

Per corpus (pooled over the folds, the shipped rule):

| variant | corpus | events | AUC | precision before → after | real events lost |
|---|---|---|---|---|---|
{corpus_table}

## Temporal hold-out on never-read articles
Fitted on every sample before {temporal_seeds} and tested on those ({n_temporal} events,
{shared} sharing a trigger with a training record): articles no judge had read, drawn
from event-filter-v5's output (3079 and 3080 from filter39's v6; the events the filter
of the day dropped are not in them, so "real events lost" is a share of what it kept).
Thresholds from the training samples' article folds.

{temporal_head}
{temporal_table}

{history}

Shipped threshold {threshold}: the same rule (≤ {max_lost:.0%} of real events lost{exempt_rule})
on the pooled article-grouped out-of-fold scores of every sample.

## Known limits
* The variants measured (C 0.3 / 3, unigrams, n-grams in at least 5 or 10 sentences,
  no class weights, each trigger once, the domestic and the other issue #12 groups; in
  filter39 the never-read samples weighted 3 or 6, the root crossed with the company
  sides and the sides' countries, `ctx_x39_`) are within 0.006 AUC of v5's features on
  the article-grouped evaluation (paired over the folds; sd over folds about 0.03), C 0.1
  and the structured features alone lower. Held out by time (filter45, fitted on samples
  up to 3070, tested on 3071-3095): filter39's recipe and weight 3 equal this one (AUC
  0.737); the domestic group (`ctx_dom_`: the sides one country's or two, crossed with
  policy words) raises the AUC to 0.749 (+0.002 .. +0.021) but not the precision at the
  budget (0.828 against 0.831 at 8.3% lost); `ctx_x39_` 0.741, precision lower. The gain
  over v5 is the refit on the later samples, not a feature (docs/benchmarks.md, filter45).
* Reuters business, domestic policy and acts inside one government remain the larger
  part of the non-events it keeps: AUC on Reuters is lower than on InSight Crime.
* The temporal test ({n_temporal} events, 25 samples, nearly all Reuters: 27 InSight
  Crime events) was drawn from v5's output (3079 + 3080 from filter39's v6): v5's low
  scores were already cut from it, which lowers v5's AUC there, and the events v5
  dropped that this model keeps are not in it (read them on never-read stories:
  docs/benchmarks.md, filter45).
* Dyadic events (both sides coded) have their own, lower threshold (since v5).
* ~{n} judged events from two corpora (Latin-American crime news, 1987 business news):
  other beats (war reporting, diplomacy) are barely seen.
* The judged events were drawn from earlier versions of the coder and mapped onto the
  current one by trigger; a few labels describe a mention the current coder codes
  differently.
* All judged samples up to {last_seed} were read while rules were tuned; the filter's
  figures are out-of-sample for the filter only.
* The context features read a sentence's place: a text of one sentence reads as a lead,
  where real events are likelier, and scores higher than the same sentence in a story's
  body.
"""

# filter37: event-filter-v5 as shipped (fitted on samples up to 3050) on the samples it
# never saw, measured once on the records rebuilt at base 80230316 (bench figures, not
# recomputed by the training run: v5's model file is replaced by this one)
HISTORY = """event-filter-v5 as shipped (fitted on samples up to 3050 at f7d0645, threshold
0.458, dyads 0.265) on the same test (records rebuilt at 7a3e1386; filter45,
`bench/eval_filter_forward.py`): AUC 0.719 (0.721 ± 0.072 over the 25 samples; this
variant fitted on the samples up to 3070: 0.737, 0.739 ± 0.073, difference +0.001 .. +0.037
by article bootstrap); it drops 39 of the 2125 events, 21 real and 18 not (precision 0.795
→ 0.800; the samples were drawn from its output, its low scores already cut). Cut on the
test to lose as many real events as this variant does at its own thresholds (8.3%), v5
keeps 0.823 against this variant's 0.827. Both cut on the test at 5 / 8.3 / 10 / 15% of
the real events lost: v5 0.812 / 0.823 / 0.823 / 0.838, this variant 0.823 / 0.831 /
0.835 / 0.852 (article bootstrap of the difference at 8.3%: −0.000 .. +0.015, at 15%:
+0.004 .. +0.024; higher on 15 and 19 of the 25 samples). Leave one sample out on all
98 samples (thresholds by the same rule on the other samples' held-out scores; filter45):
AUC 0.787 ± 0.087, precision 0.774 → 0.857 ± 0.079, real events lost 0.172 ± 0.117,
non-events removed 0.490 ± 0.214 (v5's card, 53 samples: 0.762 ± 0.088, 0.765 → 0.837 ±
0.070, lost 0.164 ± 0.109); on the 45 samples after 3050 0.790 ± 0.087, 0.832 → 0.884 ±
0.064, lost 0.105 ± 0.047, where v5 as shipped (never fitted on them, most drawn from its
output) reads AUC 0.756 ± 0.089, 0.832 → 0.834 ± 0.088, lost 0.009 ± 0.024; the domestic
group there: precision +0.002 ± 0.030 paired over the 98 samples, AUC −0.001 ± 0.025.
filter39's temporal test (3075 + 3076): v5 AUC 0.598, filter39's recipe 0.800."""


def _weighting(weight: float) -> str:
    """The card's words for the never-read samples' training weight."""
    if weight == 1.0:
        return (
            "every row weighs alike in the fit (filter39's weight 3 on the never-read rows, "
            "`unseen_weight`, did no better held out by time: filter45)"
        )
    return f"their rows weigh {weight:g} times the others' in the fit (`unseen_weight`)"


def _seed_span(seeds: Sequence[str]) -> str:
    """``3071-3095`` for a run of consecutive seeds, else the seeds listed."""
    nums = [int(s) for s in seeds]
    if len(nums) > 2 and nums == list(range(nums[0], nums[-1] + 1)):
        return f"{nums[0]}-{nums[-1]}"
    return ", ".join(seeds)


def _row(name: str, s: dict[str, list[float]]) -> str:
    return (
        f"| {name} | {s['auc'][0]:.3f} ± {s['auc'][1]:.3f} | "
        f"{s['precision_before'][0]:.3f} → {s['precision_after'][0]:.3f} ± "
        f"{s['precision_after'][1]:.3f} | {s['real_lost'][0]:.3f} ± "
        f"{s['real_lost'][1]:.3f} | {s['non_events_removed'][0]:.3f} ± "
        f"{s['non_events_removed'][1]:.3f} |"
    )


def _temporal_rows(
    name: str, tm: dict[str, Any], budgets: Sequence[str], modes: Sequence[str]
) -> list[str]:
    rows = []
    for b in budgets:
        for m in modes:
            r = tm["budgets"][b][m]
            p, sd = r["pooled"], r["per_sample"]
            rows.append(
                f"| {name} | {tm['auc']:.3f} | {float(b):.0%} | {m.split(', ')[-1]} | "
                f"{p['precision_before']:.3f} → {p['precision_after']:.3f} "
                f"({sd['precision_after'][1]:.3f}) | {p['real_lost']:.3f} "
                f"({sd['real_lost'][1]:.3f}) | {p['non_events_removed']:.3f} "
                f"({sd['non_events_removed'][1]:.3f}) |"
            )
    return rows


def _corpus_rows(name: str, cv: dict[str, Any]) -> list[str]:
    return [
        f"| {name} | {c} | {v['n']} | {v['auc']:.3f} | {v[EXEMPT]['precision_before']:.3f} → "
        f"{v[EXEMPT]['precision_after']:.3f} | {v[EXEMPT]['real_lost']:.3f} |"
        for c, v in cv["by_corpus"].items()
    ]


def write(
    model: EventFilter,
    figures: dict[str, Any],
    records: Sequence[dict[str, Any]],
    out: Path | None = None,
) -> Path:
    import joblib
    import sklearn

    folder = model_folder(MODEL_NAME, out)
    joblib.dump(model.to_payload(), folder / MODEL_FILE, compress=3)
    y = np.array([r["label"] for r in records])
    files = training_files()
    shipped = figures[SHIPPED]
    keys = ("auc", "precision_before", "precision_after", "real_lost", "non_events_removed")
    main = shipped["article_cv"]["summary"][EXEMPT]
    cv = {
        "k": shipped["article_cv"]["folds"],
        "split": f"folds of whole articles, samples before {', '.join(TEMPORAL)}",
        "mean": {k: main[k][0] for k in keys},
        "std": {k: main[k][1] for k in keys},
        "folds": [
            {"fold": r["fold"], **{k: round(float(r[k]), 4) for k in keys}}
            for r in shipped["article_cv"]["per_fold"][EXEMPT]
        ],
        "variants": figures,
    }
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in files)).hexdigest()
    variant = VARIANTS[SHIPPED]
    meta = {
        "version": VERSION,
        "format": "joblib",
        "file": MODEL_FILE,
        "trained_on": {
            "file": "bench/data/event_judgments*.tsv (the project's judgments)",
            "last_seed": LAST_TRAINED_SEED,
            "sha256": digest,
            "files": [data_record(p, f"bench/data/{p.name}") for p in files],
            "n": len(records),
            "real_events": int(y.sum()),
        },
        "seed": SEED,
        "config": {
            "variant": SHIPPED,
            **variant,
            "max_lost": MAX_LOST,
            "threshold": model.threshold,
            "dyadic_threshold": model.dyadic_threshold,
            "exempt_dyadic": model.exempt_dyadic,
            "exempt_mode": model.exemption,
            "temporal_test": list(TEMPORAL),
            "article_folds": ARTICLE_FOLDS,
        },
        "licence": "judgments Apache-2.0 (the project's); vocabulary from InSight Crime "
        "(CC BY-NC 3.0) and Reuters-21578 (research use) sentences",
        "created_by": "python -m watchfloor.training event_filter",
        "rebuild": "same vocabulary, coefficients and threshold on the same judgments, "
        "pipeline and library versions; the pickle bytes may differ",
        "cv": cv,
    }
    budgets = [f"{b:.2f}" for b in BUDGETS]
    modes = list(dict.fromkeys([MODES[0], EXEMPT]))
    write_model(
        MODEL_NAME,
        meta,
        CARD.format(
            version=VERSION,
            threshold=model.threshold,
            agreed_p=AGREED_P,
            agreed_t=AGREED_THRESHOLD,
            last_seed=LAST_TRAINED_SEED,
            n_files=len(files),
            n=len(records),
            n_pos=int(y.sum()),
            n_neg=int((y == 0).sum()),
            n_articles=len({_article(r, i) for i, r in enumerate(records)}),
            min_df=variant.get("min_df", 2),
            weighting=_weighting(float(variant.get("unseen_weight", 1.0))),
            c=variant["C"],
            shipped=SHIPPED,
            sklearn=sklearn.__version__,
            seed=SEED,
            max_lost=MAX_LOST,
            folds=shipped["article_cv"]["folds"],
            n_before=sum(r["seed"] not in TEMPORAL for r in records),
            exempt_place=(
                f" (a dyadic event, both sides coded: below its own threshold "
                f"**{model.dyadic_threshold}**)"
                if model.dyadic_threshold is not None
                else ""
            ),
            exempt_rule_short=(
                f" (rule {EXEMPT.split(', ')[-1]}: at most a third of the budget among the "
                "dyadic events, with their own threshold)"
                if EXEMPT in DYADIC_SHARES
                else ""
            ),
            exempt_rule=(
                f", at most a third of it, {MAX_LOST * DYADIC_SHARES[EXEMPT]:.0%} of "
                f"their own, among the dyadic events: threshold {model.dyadic_threshold}"
                if EXEMPT in DYADIC_SHARES
                else ""
            ),
            cv_table="\n".join(
                _row(f"{n}, {m.split(', ')[-1]}", f["article_cv"]["summary"][m])
                for n, f in figures.items()
                for m in modes
            ),
            corpus_table="\n".join(
                row for n, f in figures.items() for row in _corpus_rows(n, f["article_cv"])
            ),
            temporal_seeds=_seed_span(TEMPORAL),
            temporal_head=(
                "| variant | AUC | real-lost budget | never dropped | precision before "
                "→ after | real events lost | non-events removed |\n"
                "|---|---|---|---|---|---|---|"
            ),
            n_temporal=shipped["temporal"]["n_test"],
            shared=shipped["temporal"]["shared_triggers"],
            temporal_table="\n".join(
                row
                for n, f in figures.items()
                for row in _temporal_rows(n, f["temporal"], budgets, modes)
            ),
            history=HISTORY,
        ),
        out,
    )
    return folder


def main(argv: list[str]) -> int:
    ap = arg_parser(MODEL_NAME, __doc__)
    ap.add_argument(
        "--cache",
        type=Path,
        default=None,
        help="read / write the collected records here (outside the repo)",
    )
    ap.add_argument(
        "--variants",
        nargs="*",
        default=None,
        help=f"variants to evaluate beside {SHIPPED!r} (default: {BEFORE!r})",
    )
    ap.add_argument("--figures", type=Path, default=None, help="write all figures here")
    args = ap.parse_args(argv)
    records = collect_records(args.cache)
    model, figures = train(records, MAX_LOST, args.variants)
    folder = write(model, figures, records, args.out)
    if args.figures:
        args.figures.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    print(f"threshold {model.threshold}; wrote {folder}")
    return 0


__all__ = [
    "LAST_TRAINED_SEED",
    "SHIPPED",
    "VARIANTS",
    "article_cv",
    "evaluate",
    "fit",
    "main",
    "shipped_on",
    "threshold",
    "train",
    "training_files",
]
