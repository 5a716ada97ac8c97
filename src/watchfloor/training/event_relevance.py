"""Train the event relevance model shipped in ``watchfloor/data/models/event_relevance/``.

Offline step for :mod:`watchfloor.extract.events.relevance`. The question it answers for a
sentence with a proposed event: is this political, security or conflict news — where CAMEO
events live — or company and market news (earnings, takeovers, share offers), where the
dictionary's verbs ("agreed", "offered", "rejected", "withdrew") are commerce? The two
kinds, from the shared development data only:

* political (label 1): every sentence of the ConfliBERT CAMEO file
  ``eval/cameo/penta-train.tsv`` (all five classes: its neutral sentences are political
  news too);
* commercial (label 0): sentences of Reuters-21578 stories whose topics are only ``earn``
  and/or ``acq`` (earnings reports, mergers and acquisitions), taken from the stories
  after the first 10,000 of ``corpora/reuters21578.jsonl`` only — the judged event samples
  (``bench/judge_events.py``) are drawn from the first 10,000, so no sampled story is
  trained on. At most three sentences of 6-60 words a story, ``N_COMMERCIAL`` in all,
  chosen with the seed.

Word 1-2-gram TF-IDF (a word must occur in 3 sentences) and a class-balanced logistic
regression. Cross-validation (:func:`cross_validate`, also run by ``bench/eval_events.py``):
5 folds, stratified, Reuters sentences of one story kept in one fold, seed 13: accuracy,
macro-F1 and the share of political sentences called commercial (what the gate would
wrongly drop) at the shipped threshold.

Usage: python -m watchfloor.training event_relevance [--out DIR]
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import numpy as np

from watchfloor.extract.events.relevance import MODEL_FILE, MODEL_NAME, POLITICAL_MIN
from watchfloor.training.common import (
    SEED,
    arg_parser,
    data_record,
    require,
    shared_dir,
    spread,
    summarise_folds,
    write_joblib,
    write_model,
)
from watchfloor.training.event_class import load_penta

PENTA = "eval/cameo/penta-train.tsv"
REUTERS = "corpora/reuters21578.jsonl"
FIRST_STORY = 10_000  # stories before this index are left for the judged samples
COMMERCIAL_TOPICS = {"earn", "acq"}
N_COMMERCIAL = 1500
PER_STORY = 3
C = 4.0
VERSION = "event-relevance-v1"
SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def commercial_sentences(
    path: Path, n: int = N_COMMERCIAL, seed: int = SEED
) -> tuple[list[str], list[str]]:
    """RETURNS ``n`` sentences of earn/acq stories after :data:`FIRST_STORY`, and the id of
    the story of each (for grouping)."""
    pool: list[tuple[str, str]] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        n_text = 0  # stories with text, counted as bench/judge_events.py counts them
        for line in fh:
            rec = json.loads(line)
            if not (rec.get("text") or "").strip():
                continue
            n_text += 1
            if n_text <= FIRST_STORY:
                continue
            topics = set(rec.get("topics") or [])
            text = " ".join((rec.get("text") or "").split())
            if not topics or not topics <= COMMERCIAL_TOPICS or text in seen:
                continue
            seen.add(text)
            sents = [
                s
                for s in SENT.split(text)
                if 6 <= len(s.split()) <= 60 and sum(c.isalpha() for c in s) > 0.6 * len(s)
            ]
            pool += [(s, rec["id"]) for s in sents[:PER_STORY]]
    picked = random.Random(seed).sample(pool, min(n, len(pool)))
    return [s for s, _ in picked], [g for _, g in picked]


def dataset(shared: Path) -> tuple[list[str], np.ndarray, list[str]]:
    """RETURNS sentences, labels (1 political, 0 commercial) and group ids."""
    political, _ = load_penta(require(shared / PENTA))
    commercial, stories = commercial_sentences(require(shared / REUTERS))
    texts = political + commercial
    labels = np.array([1] * len(political) + [0] * len(commercial))
    groups = [f"penta-{i}" for i in range(len(political))] + stories
    return texts, labels, groups


def build() -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True, lowercase=True),
        LogisticRegression(C=C, class_weight="balanced", max_iter=2000, random_state=SEED),
    )


def cross_validate(
    texts: list[str], labels: np.ndarray, groups: list[str], k: int = 5
) -> dict[str, Any]:
    """5-fold CV (stratified, grouped by story). RETURNS summarise_folds of accuracy,
    macro-F1 and the share of political sentences below :data:`POLITICAL_MIN`."""
    from sklearn.metrics import accuracy_score, f1_score
    from sklearn.model_selection import StratifiedGroupKFold

    folds = []
    cv = StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=SEED)
    for train, test in cv.split(texts, labels, groups):
        model = build().fit([texts[i] for i in train], labels[train])
        p = model.predict_proba([texts[i] for i in test])[:, 1]
        pred = (p >= POLITICAL_MIN).astype(int)
        y = labels[test]
        folds.append(
            {
                "accuracy": accuracy_score(y, pred),
                "macro_f1": f1_score(y, pred, average="macro"),
                "political_dropped": float(np.mean(pred[y == 1] == 0)),
                "commercial_kept": float(np.mean(pred[y == 0] == 1)),
            }
        )
    return summarise_folds(folds)


CARD = """# event_relevance

Is a sentence with a proposed event political / security news (1) or company and market
news (0)? Used by `watchfloor.extract.events.relevance` to keep the dictionary coder from
coding takeovers, earnings and share offers as CAMEO acts.

* **Data**: {n_pol} sentences of `eval/cameo/penta-train.tsv` (ConfliBERT CAMEO, GPL-3.0),
  all labelled political; {n_com} sentences of Reuters-21578 stories with only the `earn` /
  `acq` topics, from stories after the first {first:,} (the judged samples are drawn from the
  first {first:,}), labelled commercial (Reuters-21578: research use; the model keeps word
  n-gram weights, no sentences).
* **Model**: word 1-2-gram TF-IDF (min_df 3), logistic regression (C={c}, balanced), seed {seed}.
* **Cross-validation** (5 folds, stratified, grouped by story), threshold P(political) <
  {thr}: accuracy {acc}, macro-F1 {f1}; political sentences called commercial {pd};
  commercial sentences kept {ck}.
* **Licence**: trained on GPL-3.0 data (ConfliBERT), distributed as a GPL-3.0 data file
  like `event_class`; the Reuters-21578 terms allow research use — check them before any
  commercial redistribution.
* **Rebuild**: `python -m watchfloor.training event_relevance` gives the same vocabulary
  and coefficients on the same data and library versions (the pickle bytes may differ).
* **Limits**: CV separates two sources (ConfliBERT and 1987 Reuters), so it also rewards
  style: crime sentences naming only uncoded people score 0.3-0.5, hence the low gate
  threshold and the rule that only events without a political actor are gated there. The
  commercial side is corporate news only (earnings, M&A): economic policy (debt talks,
  trade disputes) is not in it, and is left to the coder. Domain labels, not
  event labels: a political sentence can hold no event.
"""


def main(argv: list[str]) -> int:
    args = arg_parser(MODEL_NAME, __doc__).parse_args(argv)

    shared = shared_dir()
    texts, labels, groups = dataset(shared)
    cv = cross_validate(texts, labels, groups)
    model = build().fit(texts, labels)
    write_joblib(MODEL_NAME, MODEL_FILE, model, args.out)
    n_pol, n_com = int(labels.sum()), int((labels == 0).sum())
    meta = {
        "version": VERSION,
        "format": "joblib",
        "file": MODEL_FILE,
        "trained_on": data_record(
            shared / PENTA,
            "shared/eval/cameo/penta-train.tsv (ConfliBERT CAMEO, GPL-3.0)",
            n=n_pol,
            commercial=data_record(
                shared / REUTERS,
                "shared/corpora/reuters21578.jsonl (earn/acq stories "
                f"after the first {FIRST_STORY} with text)",
                n=n_com,
            ),
        ),
        "seed": SEED,
        "config": {
            "word_ngrams": [1, 2],
            "min_df": 3,
            "C": C,
            "class_weight": "balanced",
            "threshold_political_min": POLITICAL_MIN,
        },
        "licence": "GPL-3.0 (model file, a derivative of the GPL-3.0 ConfliBERT data; "
        "Reuters-21578 for research use); the code that loads it stays Apache-2.0",
        "created_by": "python -m watchfloor.training event_relevance",
        "rebuild": "same vocabulary and coefficients on the same data and library "
        "versions; the pickle bytes may differ",
        "cv": cv,
    }
    write_model(
        MODEL_NAME,
        meta,
        CARD.format(
            n_pol=n_pol,
            n_com=n_com,
            first=FIRST_STORY,
            c=C,
            seed=SEED,
            thr=POLITICAL_MIN,
            acc=spread(cv, "accuracy"),
            f1=spread(cv, "macro_f1"),
            pd=spread(cv, "political_dropped"),
            ck=spread(cv, "commercial_kept"),
        ),
        args.out,
    )
    print(json.dumps(cv["mean"]), json.dumps(cv["std"]))
    return 0
