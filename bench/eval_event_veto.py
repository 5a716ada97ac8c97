"""Would a learned veto on non-events help? Leave-one-judged-sample-out figures.

Place: a measurement of the event extractor (extract), run by hand; nothing here runs in
the pipeline. Question (issue 12): judged "is it an event" precision stays at .80-.87 on
fresh samples while each round of word rules removes the classes the last judge saw. Can
the trained models' own scores, with a few structural features, veto the remaining
non-events without losing real ones — on samples they were not fitted on?

Data: the hand-judged event samples (``bench/data/event_judgments.tsv`` and
``event_judgments_seed*.tsv``: keys only) and the corpora they key into (``../shared`` or
``$WATCHFLOOR_SHARED``). The current pipeline (actors + events, shipped models, the
trained event filter off) runs over every judged article
(:mod:`watchfloor.training.judged_events`, shared with the filter's trainer); each
judged row is mapped onto the event now emitted at its trigger
(the exact key when still emitted, else the event at that trigger with the same sides,
else the first there: ``is_event`` judges the mention, whatever its coding); rows whose
trigger gives no event any more are left out, and a current event judged in several
samples is kept once, with the later judgment (since 2026-12-05, branch evfilter10: the
figures of the veto before that counted such events twice). Each mapped event is described by
:func:`features` (event_class P(no event) and P(the rule's class) of its sentence,
relevance P(political), confidence, whether the picker chose a side, nominal trigger,
coded sides, dyadic, asserted, derived intent / refusal, conflict quad) and labelled with
its judgment.

Evaluation, **leave one sample out** (a sample = one judged seed): a standardised,
class-balanced logistic regression (C = :data:`C`, seed 13) is fitted on the other samples
and its threshold chosen there — the highest P(real event) below which at most
``max_lost`` of those samples' real events would be vetoed; the held-out sample is then
scored: precision of "is an event" before and after, share of its real events lost, share
of its non-events removed. Single-score vetoes (1 − P(no event), relevance, confidence),
thresholded the same way, are scored beside it, and the out-of-sample ROC AUC of the
regression. Mean ± standard deviation over the held-out samples; no figure is on a sample
the veto was fitted on.

Usage::

    python bench/eval_event_veto.py [--cache /tmp/veto.json] [--max-lost 0.03 0.05 0.10]
        [--filter-variants "text+struct LR C=1" ...] [--no-veto]

The second part reports the shipped trained event filter (``event_filter``, issue 12)
and its alternatives the same way, leave one sample out, through
:func:`watchfloor.training.event_filter.evaluate` (its features are the pipeline's own,
:mod:`watchfloor.extract.events.eventfilter`).

Samples that are a held-out check of a later round must not be passed (``--files``
chooses the samples; default: every judged file present).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from watchfloor.model import Event
from watchfloor.training.common import shared_dir
from watchfloor.training.event_filter import outcome, threshold, training_files

SEED = 13
C = 0.5
MAX_LOST = (0.03, 0.05, 0.10, 0.15)

FEATURES = (
    "p_none",  # event_class: P(class 0, no event / neutral statement) of the sentence
    "p_rule",  # event_class: P(the event's PentaClass)
    "relevance",  # event_relevance: P(political)
    "confidence",  # the event's confidence after the models
    "args_model",  # the argument picker chose a side (model or rules+model)
    "nominal",  # the trigger is a noun
    "source_coded",
    "target_coded",
    "dyadic",
    "asserted",
    "derived",  # an intent or refusal derived from another event
    "quad_conflict",  # quad class 3 or 4
    "pick_source",  # event_args: best P(source) among the phrases the trigger governs
    "pick_target",  # event_args: best P(target) among them
)
SINGLE = {
    "1-p_none": lambda x: 1 - x[:, FEATURES.index("p_none")],
    "relevance": lambda x: x[:, FEATURES.index("relevance")],
    "confidence": lambda x: x[:, FEATURES.index("confidence")],
}


def features(
    ev: Event, probs: Sequence[float], pick: tuple[float, float] = (0.0, 0.0)
) -> dict[str, float]:
    """RETURNS the veto's description of one emitted event; ``probs``: the five
    event_class probabilities (classes 0-4) of its sentence; ``pick``: the argument
    picker's best P(source) and P(target) for its trigger (:func:`picker_confidence`)."""
    evidence = ev.extra.get("evidence") or {}
    penta = int(ev.extra.get("penta_class") or 0)
    return {
        "p_none": float(probs[0]),
        "p_rule": float(probs[penta]),
        "relevance": float(evidence.get("relevance", 1.0)),
        "confidence": float(ev.confidence),
        "args_model": float(evidence.get("arguments") in {"model", "rules+model"}),
        "nominal": float(bool(ev.extra.get("nominal"))),
        "source_coded": float(bool(ev.source or ev.source_code)),
        "target_coded": float(bool(ev.target or ev.target_code)),
        "dyadic": float(ev.dyadic),
        "asserted": float(not (ev.negated or ev.hypothetical or ev.alleged or ev.future)),
        "derived": float(bool(ev.extra.get("intent_of") or ev.extra.get("refusal_of"))),
        "quad_conflict": float(ev.quad_class >= 3),
        "pick_source": float(pick[0]),
        "pick_target": float(pick[1]),
    }


def picker_confidence(sdoc: Any, start: int, args: Any) -> tuple[float, float]:
    """The shipped argument picker's best P(source) and P(target) among the phrases the
    trigger at character ``start`` governs (as :meth:`ArgModel.pick` reads them, before
    the frame limits); (0, 0) when it governs none."""
    from watchfloor.extract.events.argmodel import candidates, nominal_candidates

    token = next((t for t in sdoc if t.idx == start), None)
    if token is None:
        return 0.0, 0.0
    cands = candidates(token.sent)
    mine = (
        nominal_candidates(token, cands)
        if token.pos_ == "NOUN"
        else [c for c in cands if c.governor == token.i]
    )
    ps = args.probs(mine)
    return (
        max((p.get("S", 0.0) for p in ps), default=0.0),
        max((p.get("T", 0.0) for p in ps), default=0.0),
    )


def describers() -> dict[str, Any]:
    """What the bench reads of each emitted event (:func:`watchfloor.training.judged_events.
    collect` calls each on every event): the veto's features, the words of the text
    variant (kept in the ``--cache`` file only, never in the repository) and the trained
    event filter's own description (:mod:`watchfloor.training.event_filter`)."""
    from watchfloor.extract.events.argmodel import shipped_model as shipped_args
    from watchfloor.extract.events.classify import shipped_model
    from watchfloor.training.event_filter import describer as filter_describer

    quad = shipped_model()  # words and characters only: its probabilities need no proposals
    args = shipped_args()
    probs: dict[str, list[float]] = {}

    def veto(ev: Event, sdoc: Any, tokens: Any) -> dict[str, float]:
        text = ev.sentence.text
        if text not in probs:
            probs[text] = quad.probs([text], [{}])[0].tolist()
        return features(ev, probs[text], picker_confidence(sdoc, ev.trigger.start, args))

    def words(ev: Event, sdoc: Any, tokens: Any) -> dict[str, str]:
        return {"sentence": ev.sentence.text, "trigger": ev.trigger.text.lower(), "code": ev.code}

    return {"features": veto, "words": words, "filter": filter_describer}


def collect(files: Sequence[Path]) -> list[dict[str, Any]]:
    """RETURNS one record per current event judged (the shared mapping of
    :func:`watchfloor.training.judged_events.collect`): ``seed``, ``key``, ``label``,
    ``match``, ``features``, ``words`` and ``filter``."""
    from watchfloor.training.judged_events import collect as shared_collect

    return shared_collect(files, describers())


def _logistic(x: np.ndarray, y: np.ndarray):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(
        StandardScaler(),
        LogisticRegression(C=C, class_weight="balanced", max_iter=3000, random_state=SEED),
    ).fit(x, y)


def _texts(records: Sequence[dict[str, Any]]) -> list[str]:
    """The text variant's input: the trigger word and CAMEO root as tokens, then the
    sentence."""
    return [
        f"trig_{r['words']['trigger']} root_{r['words']['code'][:2]} {r['words']['sentence']}"
        for r in records
    ]


def _text_model(texts: list[str], x: np.ndarray, y: np.ndarray):
    """Word 1-2-gram TF-IDF of :func:`_texts` beside the standardised features, one
    class-balanced logistic regression. RETURNS a scoring function (texts, x) → P(event)."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True).fit(texts)
    sc = StandardScaler().fit(x)

    def design(t: list[str], xx: np.ndarray):
        return hstack([vec.transform(t), csr_matrix(sc.transform(xx))]).tocsr()

    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=3000, random_state=SEED).fit(
        design(texts, x), y
    )
    return lambda t, xx: clf.predict_proba(design(t, xx))[:, 1]


def cross_validate(records: Sequence[dict[str, Any]], max_lost: float) -> dict[str, Any]:
    """Leave one sample out at one operating point. RETURNS, per veto (``logistic`` and
    each single score), the per-sample outcomes and their mean and standard deviation,
    and the logistic regression's out-of-sample ROC AUC (pooled and per sample)."""
    from sklearn.metrics import roc_auc_score

    seeds = sorted({r["seed"] for r in records}, key=int)
    x = np.array([[r["features"][f] for f in FEATURES] for r in records])
    y = np.array([r["label"] for r in records])
    s = np.array([r["seed"] for r in records])
    text = all("words" in r for r in records)
    texts = _texts(records) if text else []
    per: dict[str, list[dict[str, float]]] = {"logistic": [], **{k: [] for k in SINGLE}}
    if text:
        per["text+features"] = []
    oof = np.zeros(len(y))
    oof_text = np.zeros(len(y))
    for seed in seeds:
        tr, te = s != seed, s == seed
        model = _logistic(x[tr], y[tr])
        oof[te] = model.predict_proba(x[te])[:, 1]
        t = threshold(model.predict_proba(x[tr])[:, 1], y[tr], max_lost)
        per["logistic"].append({"seed": seed, "threshold": t, **outcome(oof[te] < t, y[te])})
        if text:
            t_tr = [texts[i] for i in np.flatnonzero(tr)]
            t_te = [texts[i] for i in np.flatnonzero(te)]
            score_text = _text_model(t_tr, x[tr], y[tr])
            oof_text[te] = score_text(t_te, x[te])
            # words fit their own training rows: the threshold comes from inner
            # leave-one-sample-out scores over the training samples, not in-sample ones
            inner = np.zeros(int(tr.sum()))
            s_tr = s[tr]
            for other in set(s_tr):
                a, b = s_tr != other, s_tr == other
                fn = _text_model([t_tr[i] for i in np.flatnonzero(a)], x[tr][a], y[tr][a])
                inner[b] = fn([t_tr[i] for i in np.flatnonzero(b)], x[tr][b])
            t = threshold(inner, y[tr], max_lost)
            per["text+features"].append(
                {"seed": seed, "threshold": t, **outcome(oof_text[te] < t, y[te])}
            )
        for name, score in SINGLE.items():
            t = threshold(score(x[tr]), y[tr], max_lost)
            per[name].append({"seed": seed, "threshold": t, **outcome(score(x[te]) < t, y[te])})
    summary = {
        name: {
            k: (float(np.mean([r[k] for r in rows])), float(np.std([r[k] for r in rows])))
            for k in (
                "precision_before",
                "precision_after",
                "gain",
                "real_lost",
                "non_events_removed",
                "dropped",
            )
        }
        for name, rows in per.items()
    }
    by_seed = [roc_auc_score(y[s == k], oof[s == k]) for k in seeds if len(set(y[s == k])) == 2]
    return {
        "max_lost": max_lost,
        "per_sample": per,
        "summary": summary,
        "auc": float(roc_auc_score(y, oof)),
        "auc_text": float(roc_auc_score(y, oof_text)) if text else None,
        "auc_by_sample": (float(np.mean(by_seed)), float(np.std(by_seed))),
    }


def report(records: Sequence[dict[str, Any]], points: Sequence[float]) -> list[dict]:
    y = np.array([r["label"] for r in records])
    seeds = sorted({r["seed"] for r in records}, key=int)
    exact = sum(r["match"] == "exact" for r in records)
    print(
        f"{len(records)} judged rows still give an event at their trigger ({exact} with the "
        f"same key), {int((y == 0).sum())} judged no event; samples {', '.join(seeds)}"
    )
    results = []
    for ml in points:
        cv = cross_validate(records, ml)
        results.append(cv)
        print(
            f"\nat most {ml:.0%} of the training samples' real events vetoed — "
            f"logistic out-of-sample AUC {cv['auc']:.3f} (per sample "
            f"{cv['auc_by_sample'][0]:.3f} ± {cv['auc_by_sample'][1]:.3f})"
            + (f"; text+features {cv['auc_text']:.3f}" if cv["auc_text"] else "")
        )
        print(
            f"  {'veto':12} {'prec. before':>13} {'prec. after':>13} {'gain':>14} "
            f"{'real lost':>13} {'non-ev. removed':>15}"
        )
        for name, sm in cv["summary"].items():
            print(
                f"  {name:12} "
                + " ".join(
                    f"{sm[k][0]:+.3f} ± {sm[k][1]:.3f}"
                    if k == "gain"
                    else f"{sm[k][0]:.3f} ± {sm[k][1]:.3f}"
                    for k in (
                        "precision_before",
                        "precision_after",
                        "gain",
                        "real_lost",
                        "non_events_removed",
                    )
                )
            )
        print(
            "  logistic per sample (seed: before → after, real lost, non-events removed): "
            + "; ".join(
                f"{r['seed']}: {r['precision_before']:.2f} → "
                f"{r['precision_after']:.2f}, {r['real_lost']:.2f}, "
                f"{r['non_events_removed']:.2f}"
                for r in cv["per_sample"]["logistic"]
            )
        )
    return results


def report_filter(
    records: Sequence[dict[str, Any]], variants: Sequence[str], max_lost: float
) -> dict[str, Any]:
    """The trained event filter (:mod:`watchfloor.training.event_filter`, the features the
    pipeline computes at run time), leave one sample out, for each variant asked: AUC,
    precision before / after, real events lost, non-events removed (mean ± sd over held-out
    samples; thresholds chosen on the training samples), the samples judged on the most
    recent code apart, and the dyadic exemption."""
    from watchfloor.training.event_filter import RECENT, VARIANTS, evaluate

    out = {}
    print(
        f"\ntrained event filter, at most {max_lost:.0%} of the training samples' real "
        f"events dropped (recent: seeds {', '.join(RECENT)})"
    )
    print(
        f"  {'variant':34} {'AUC':>13} {'prec. before':>13} {'prec. after':>13} "
        f"{'real lost':>13} {'non-ev. removed':>15}"
    )
    for name in variants:
        cv = evaluate(records, VARIANTS[name], max_lost, nested=VARIANTS[name]["model"] == "lr")
        cv.pop("oof")
        out[name] = cv
        for label, sm in (
            ("", cv["summary"]["filter"]),
            (" recent", cv["recent"]["filter"]),
            (" dyadic exempt", cv["summary"]["filter, dyadic exempt"]),
        ):
            print(
                f"  {(name + label)[:34]:34} "
                + " ".join(
                    f"{sm[k][0]:.3f} ± {sm[k][1]:.3f}"
                    for k in (
                        "auc",
                        "precision_before",
                        "precision_after",
                        "real_lost",
                        "non_events_removed",
                    )
                ),
                flush=True,
            )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=Path, nargs="*", help="judged samples (default: all)")
    ap.add_argument("--cache", type=Path, help="read / write the collected records here")
    ap.add_argument("--max-lost", type=float, nargs="*", default=list(MAX_LOST))
    ap.add_argument("--json", type=Path, help="write the figures here")
    ap.add_argument(
        "--filter-variants",
        nargs="*",
        default=None,
        help="trained event filter variants (default: all of "
        "watchfloor.training.event_filter.VARIANTS)",
    )
    ap.add_argument("--filter-max-lost", type=float, default=0.10)
    ap.add_argument(
        "--no-veto", action="store_true", help="only the trained event filter's figures"
    )
    args = ap.parse_args(argv)
    if args.cache and args.cache.exists():
        records = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        if not (shared_dir() / "corpora").exists():
            print(f"corpora not found under {shared_dir()}; set WATCHFLOOR_SHARED", file=sys.stderr)
            return 1
        # the samples up to LAST_TRAINED_SEED (filter37): later ones are fresh test samples
        records = collect(args.files or training_files())
        if args.cache:
            args.cache.write_text(json.dumps(records), encoding="utf-8")
    from watchfloor.training.event_filter import VARIANTS

    results: dict[str, Any] = {}
    if not args.no_veto:
        results["veto"] = report(records, args.max_lost)
    results["filter"] = report_filter(
        records, args.filter_variants or list(VARIANTS), args.filter_max_lost
    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
