"""Train the Spanish source-choice model shipped in ``data/events/es/source_choice/``.

Place in the flow: offline training for the extract stage (:mod:`.source_choice`).

Data: UniversalPetrarch's Spanish protest validation file
(``$WATCHFLOOR_SHARED/eval/spanish/spanish_protest_plover_validation.xml``, MIT), whose
records give each event's trigger words (``eventtext``) and source words (``sourcetext``),
but no actor codes. Every sentence of a wire story that also appears in the 86-sentence
file (``spanish_validation_1018_noaccent.xml``) is left out, so that file — the one with
actor codes, scored by ``bench/eval_spanish.py`` — is never seen by this model.

Examples: the sentences are parsed and coded by the Spanish extractors with no chooser; for
each event of our own lexicon whose parse gives no source and whose trigger word is one of
a gold event's ``eventtext`` words, the sentence's coded actors are the candidates
(:func:`.source_choice.candidates`); a candidate is positive when its mention shares a word
(4+ letters, or an acronym) with that gold event's ``sourcetext``.

Model: scikit-learn ``DictVectorizer`` + ``LogisticRegression`` (C 1, balanced, seed 13)
over :func:`.source_choice.features` (parse features only, no words of the names).
Threshold: chosen in 5-fold cross-validation grouped by wire story (out-of-fold
probabilities) as the one with the best decision accuracy (choose the best candidate if
its probability reaches the threshold, else none; right when the chosen candidate is
positive, or when none is chosen and the gold event has no source). ``meta.json`` keeps each fold's
figures, mean and spread, and the two baselines (never choose = the extractor without the
model; always the first candidate).

Usage: python -m watchfloor.extract.spanish.train_source_choice [--out DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import statistics
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from watchfloor.extract.gazetteer import fold
from watchfloor.extract.spanish.source_choice import MODEL_DIR, candidates, features

SEED = 13
C = 1.0
FOLDS = 5
PROTEST = "spanish_protest_plover_validation.xml"
HELD = "spanish_validation_1018_noaccent.xml"
THRESHOLDS = [round(0.05 * k, 2) for k in range(2, 20)] + [0.97, 0.99, 1.01]


def shared() -> Path:
    root = Path(__file__).resolve().parents[4]
    return Path(os.environ.get("WATCHFLOOR_SHARED") or root.parent / "shared") / "eval" / \
        "spanish"


def article(sentence_id: str) -> str:
    return re.sub(r"_[0-9.]+$", "", sentence_id or "")


def words(text: str) -> set[str]:
    """Folded words that can tie a mention to gold text: 4+ letters, or an acronym."""
    return {fold(w) for w in re.findall(r"\w+", text or "")
            if len(w) >= 4 or (len(w) >= 2 and w.isupper())}


def read_records(path: Path, skip_articles: set[str]) -> list[dict[str, Any]]:
    """The evaluated sentences of ``path`` outside ``skip_articles``: id, text and the
    gold events' trigger and source words."""
    out = []
    for s in ET.fromstring(path.read_text(encoding="utf-8")).iter("Sentence"):
        if (s.get("evaluate") or "").lower() != "true" or article(s.get("id")) in skip_articles:
            continue
        gold = [{"trigger": {fold(w) for w in re.findall(r"\w+", et.get("eventtext") or "")},
                 "source": words(et.get("sourcetext") or "")}
                for et in s.findall("EventText")]
        out.append({"id": s.get("id"), "text": (s.findtext("Text") or "").strip(),
                    "gold": gold})
    return out


class Recorder:
    """A chooser that records the candidates it is asked about and chooses nobody."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def choose(self, trigger, result, exclude=frozenset()):  # noqa: ANN001, ANN201
        cands = candidates(trigger, result, exclude)
        self.calls.append({
            "trigger": {fold(trigger.text), fold(trigger.lemma_)},
            "rows": [features(trigger, e, h, k, len(cands)) for k, (e, h) in enumerate(cands)],
            "mentions": [words(trigger.doc[h.left_edge.i: h.right_edge.i + 1].text)
                         | words(e.name) for e, h in cands],
        })
        return None


def examples(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Parse and code the records; RETURNS one example per matched source-less event:
    story, feature rows, labels."""
    from watchfloor.extract.base import Extraction
    from watchfloor.extract.spanish.actors import SpanishActorExtractor
    from watchfloor.extract.spanish.events import SpanishEventExtractor
    from watchfloor.model import Span
    from watchfloor.nlp.pipeline import load_nlp
    from watchfloor.nlp.routing import SPANISH_MODEL

    nlp = load_nlp(SPANISH_MODEL, ())
    actors = SpanishActorExtractor()
    out = []
    for rec, doc in zip(records, nlp.pipe([r["text"] for r in records], batch_size=64),
                        strict=True):
        result = Extraction(meta={}, text=doc.text,
                            sentences=[Span(s.start_char, s.end_char, s.text)
                                       for s in doc.sents])
        actors(doc, result)
        recorder = Recorder()
        SpanishEventExtractor(source_chooser=recorder)(doc, result)
        for call in recorder.calls:
            gold = next((g for g in rec["gold"] if call["trigger"] & g["trigger"]), None)
            if gold is None or not call["rows"]:
                continue
            labels = [bool(m & gold["source"]) for m in call["mentions"]]
            out.append({"story": article(rec["id"]), "rows": call["rows"], "labels": labels,
                        "no_source": not gold["source"]})
    return out


def make_model() -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(DictVectorizer(sparse=True),
                         LogisticRegression(C=C, class_weight="balanced", max_iter=2000,
                                            random_state=SEED))


def decisions(exs: list[dict[str, Any]], probs: list[list[float]], t: float) -> float:
    """Decision accuracy at threshold ``t`` (see the module docstring)."""
    right = 0
    for ex, ps in zip(exs, probs, strict=True):
        best = max(range(len(ps)), key=ps.__getitem__)
        if ps[best] >= t:
            right += ex["labels"][best]
        else:
            right += ex["no_source"]
    return right / len(exs) if exs else 0.0


def cross_validate(exs: list[dict[str, Any]]) -> dict[str, Any]:
    from sklearn.model_selection import GroupKFold

    stories = [ex["story"] for ex in exs]
    oof: list[list[float] | None] = [None] * len(exs)
    folds = []
    for train, test in GroupKFold(FOLDS).split(exs, groups=stories):
        rows = [r for k in train for r in exs[k]["rows"]]
        ys = [y for k in train for y in exs[k]["labels"]]
        model = make_model().fit(rows, ys)
        for k in test:
            oof[k] = list(model.predict_proba(exs[k]["rows"])[:, 1])
        folds.append(list(test))
    by_t = {t: decisions(exs, oof, t) for t in THRESHOLDS}
    best_t = max(THRESHOLDS, key=lambda t: (by_t[t], t))
    per_fold = [decisions([exs[k] for k in f], [oof[k] for k in f], best_t) for f in folds]
    never = [sum(exs[k]["no_source"] for k in f) / len(f) for f in folds]
    first = [sum(exs[k]["labels"][0] for k in f) / len(f) for f in folds]

    def summary(xs: list[float]) -> dict[str, Any]:
        return {"mean": round(statistics.mean(xs), 3), "sd": round(statistics.stdev(xs), 3),
                "folds": [round(x, 3) for x in xs]}

    return {"threshold": best_t, "accuracy_by_threshold": {str(t): round(a, 3)
                                                           for t, a in by_t.items()},
            "model": summary(per_fold), "never_choose": summary(never),
            "always_first": summary(first)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    args = ap.parse_args()
    import joblib
    import sklearn

    folder = shared()
    protest, held = folder / PROTEST, folder / HELD
    if not protest.exists() or not held.exists():
        print(f"skipped: shared data not available under {folder}")
        return 0
    skip = {article(s.get("id")) for s in ET.fromstring(held.read_text(encoding="utf-8"))
            .iter("Sentence")}
    records = read_records(protest, skip)
    exs = examples(records)
    cv = cross_validate(exs)
    model = make_model().fit([r for ex in exs for r in ex["rows"]],
                             [y for ex in exs for y in ex["labels"]])
    args.out.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, args.out / "model.joblib")
    meta = {
        "created_by": "python -m watchfloor.extract.spanish.train_source_choice",
        "data": {"file": PROTEST,
                 "sha256": hashlib.sha256(protest.read_bytes()).hexdigest(),
                 "sentences": len(records), "stories_left_out": len(skip),
                 "examples": len(exs),
                 "candidates": sum(len(ex["rows"]) for ex in exs),
                 "with_a_positive": sum(any(ex["labels"]) for ex in exs),
                 "gold_without_source": sum(ex["no_source"] for ex in exs)},
        "model": {"kind": "DictVectorizer + LogisticRegression", "C": C,
                  "class_weight": "balanced", "seed": SEED},
        "threshold": cv["threshold"],
        "cv": {"folds": FOLDS, "grouped_by": "wire story", **cv},
        "versions": {"scikit-learn": sklearn.__version__},
    }
    (args.out / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: meta[k] for k in ("data", "threshold")}, indent=1))
    print(json.dumps({k: cv[k] for k in ("model", "never_choose", "always_first")}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
