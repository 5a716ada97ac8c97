"""Train the side linker shipped in ``watchfloor/data/models/side_linker/`` and measure it
forward in time (linker47, issue 12).

Offline step for :mod:`watchfloor.extract.events.linker`. Records
(:func:`collect_records`): the current pipeline (linker and event filter off) runs over
every judged article (:func:`watchfloor.training.judged_events.collect`); for each judged
event judged real, each side's candidates (the coded entities of its sentence and the two
before, :func:`~watchfloor.extract.events.linker.describe`) with their features, and the
judged row's side code, its y / n and its note.

Labels (:func:`label_side`), per candidate, by code (a candidate is judged through the code
the row gave that side; codes equal or one refining the other count as one,
:func:`~watchfloor.extract.events.linker.compatible`):

* side judged y with code X: candidates compatible with X right, the others wrong;
* side judged y and empty: every candidate wrong (the sentence names no one for it);
* side judged n with code X: candidates compatible with X wrong; the candidates the note
  names right and the others wrong, when the note names one party;
* side judged n and empty: the same (none labelled when the note names no party or
  several).

The note reader (:func:`note_parts`) splits the note at ``;``; a part that says ``source``
or ``target`` speaks of that side only, other parts of every side judged n. A candidate is
named (:func:`named_in_note`) when one of its mention's words (capitalised, dots dropped:
``U.S.`` → ``US``) or its code is a word of the part, or the part names its country
(``countries.tsv``: names, aliases, demonyms) and, when it gives a role word
(:data:`ROLE_WORDS`), its role: "Japanese premier" names JPNGOV. The note names one party
when the codes it names are all compatible (JPN and JPNGOV).

Forward test (:func:`forward`): fit on seeds ≤ ``train_last``, score the later seeds up to
``test_last``. The fill threshold is chosen on the training seeds' out-of-fold scores (5
folds of whole articles): the grid P at which right fills − wrong fills is largest, the
highest of ties (a fill must be right more often than not). Reported: sides
right before / after on the test rows, fills right / wrong / unlabelled.

Usage: python -m watchfloor.training side_linker --records R.json [--collect]
[--forward 3090:3102 ...] [--out DIR]
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from watchfloor.extract.events.linker import (
    ENV_SWITCH,
    MODEL_FILE,
    MODEL_NAME,
    SIDES,
    SideLinker,
    compatible,
    describe,
    mentions,
)
from watchfloor.training.common import SEED, arg_parser, write_joblib, write_model

# C 0.1 and a wrong fill costing one right one: chosen among C 0.1 / 0.5 x cost 1 / 1.5 / 2
# with the forward splits in view (cost 2, the first setting, filled nothing); see the card
C = 0.1
FOLDS = 5
WRONG_COST = 1.0  # a wrong fill costs one right one (fills must be right more often than not)
GRID = tuple(round(x, 2) for x in np.arange(0.3, 0.96, 0.05))
SIDE_COL = {"source": 10, "target": 11}  # judged columns' index in a row of KEYS + verdicts
NOTE_WORD = re.compile(r"[A-Za-z][A-Za-z.'-]+")
STOP = frozenset({"The", "Same", "A", "An", "In", "It", "Its"})


# -- records -------------------------------------------------------------------------


def _describer():
    """A describer for :func:`judged_events.collect`: each side's candidates, with their
    entity's mention words (for the note reader)."""
    from watchfloor.extract.base import Extraction
    from watchfloor.nlp.component import RESULT_KEY

    cache: dict[int, Any] = {}

    def run(ev: Any, sdoc: Any, tokens: Mapping[int, Any]) -> Any:
        key = id(sdoc)
        if key not in cache:
            cache.clear()
            entities = Extraction.from_payload(sdoc.user_data.get(RESULT_KEY) or {}).entities
            names = {
                e.id: sorted({w for m in e.mentions for w in _words(m.text)})
                for e in entities
                if e.actor_code
            }
            cache[key] = (mentions(sdoc, entities), names)
        found, names = cache[key]
        span = sdoc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        if span is None or not len(span):
            return {s: [] for s in SIDES}
        described = describe(ev, span.root, found)
        for side in SIDES:
            for c in described[side]:
                c["names"] = names.get(c["entity"], [])
        return described

    return run


def collect_records(out: Path) -> list[dict[str, Any]]:
    """Run the pipeline over the judged articles and write the records to ``out`` (JSON;
    it holds words of the articles' names: keep it outside the repository)."""
    import os

    from watchfloor.training import judged_events as je

    os.environ[ENV_SWITCH] = "off"
    files = je.judged_files()
    records = je.collect(files, {"linker": _describer()})
    notes = _notes(files)
    for r in records:
        r["verdicts"] = notes.get(tuple(r["key"]))
    records = [r for r in records if r["verdicts"] and r["label"] == 1]
    out.write_text(json.dumps(records), encoding="utf-8")
    return records


def _notes(files: Sequence[Path]) -> dict[tuple, dict[str, str]]:
    """Each judged key's side verdicts and note (a later sample's replaces an earlier)."""
    from watchfloor.training import judged_events as je

    out: dict[tuple, dict[str, str]] = {}
    for path in files:
        for r in je.read(path):
            if r.get("is_event") != "y":
                continue
            out[tuple(r[k] for k in je.KEYS)] = {
                "source": r.get("source", ""),
                "target": r.get("target", ""),
                "note": r.get("note", "") or "",
            }
    return out


# -- labels ----------------------------------------------------------------------------


def _words(text: str) -> set[str]:
    """The capitalised words of a name (dots dropped), and its all-capital forms."""
    out = set()
    for w in NOTE_WORD.findall(text):
        w = w.replace(".", "").removesuffix("'s").strip("'-")
        if len(w) >= 2 and w[0].isupper() and w not in STOP:
            out.add(w)
    return out


def note_parts(note: str, sides_wrong: Sequence[str]) -> dict[str, list[str]]:
    """RETURNS, for each side judged n, the note's parts that may speak of it."""
    out: dict[str, list[str]] = {s: [] for s in sides_wrong}
    for part in note.split(";"):
        low = part.lower()
        named = [s for s in sides_wrong if s in low]
        for s in named or ([] if any(x in low for x in SIDES) else sides_wrong):
            out[s].append(part)
    return out


# words a judge's note uses for a role (the code's kind, linker.code_kind)
_ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "GOV": (
        "minister ministers premier president government official officials ministry",
        "secretary chancellor cabinet administration envoy ambassador diplomat diplomats",
        "authorities treasury governor king",
    ),
    "LEG": (
        "senate congress congressional parliament legislature lawmakers senator senators",
        "legislators deputies",
    ),
    "MIL": ("army military navy troops forces destroyers warships soldiers defence defense",),
    "COP": ("police policemen",),
    "LAB": ("union unions workers strikers",),
    "BUS": ("company firm bank network networks corporation airline",),
    "JUD": ("court judge judges prosecutor prosecutors",),
    "CRM": ("cartel gang traffickers",),
}
ROLE_WORDS: dict[str, str] = {
    word: kind for kind, lines in _ROLE_WORDS.items() for line in lines for word in line.split()
}


def _country_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern of every country name, alias and demonym of ``countries.tsv``, and each
    (lower-cased) form's ISO code."""
    import csv

    from watchfloor.data import PACKAGE_DATA

    forms: dict[str, str] = {"us": "USA", "u.s.": "USA", "uk": "GBR", "u.k.": "GBR"}
    path = PACKAGE_DATA / "actors" / "countries.tsv"
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            names = [row["name"], *row["aliases"].split("|"), *row["demonyms"].split("|")]
            for name in names:
                if name.strip():
                    forms.setdefault(name.strip().lower(), row["iso3"])
    alternatives = sorted(map(re.escape, forms), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(alternatives) + r")(?![\w])"), forms


_COUNTRIES: tuple[re.Pattern[str], dict[str, str]] | None = None


def note_reading(parts: Sequence[str]) -> tuple[set[str], set[str], set[str]]:
    """RETURNS what note parts name: name words (capitalised, dots dropped, and codes),
    countries (ISO codes) and role kinds."""
    global _COUNTRIES
    if _COUNTRIES is None:
        _COUNTRIES = _country_pattern()
    pattern, forms = _COUNTRIES
    words: set[str] = set()
    countries: set[str] = set()
    kinds: set[str] = set()
    for part in parts:
        words |= _words(part) | set(re.findall(r"\b[A-Z]{3,9}\b", part))
        countries |= {forms[m.lower()] for m in pattern.findall(part.lower())}
        kinds |= {ROLE_WORDS[w] for w in re.findall(r"[a-z]+", part.lower()) if w in ROLE_WORDS}
    return words, countries, kinds


def named_in_note(parts: Sequence[str], cand: Mapping[str, Any]) -> bool:
    """Whether note parts name the candidate: one of its name words or its code; or its
    country, with its role when the note gives one (\"Japanese premier\" → JPNGOV)."""
    from watchfloor.extract.events.linker import code_kind

    words, countries, kinds = note_reading(parts)
    code = cand["code"]
    if words & set(cand.get("names", [])) or code in words:
        return True
    kind = code_kind(code)
    if code[:3] in countries:
        return kind == "CTRY" or not kinds or kind in kinds
    return kind in kinds and len(code) == 3  # a role alone: "police" → COP


def label_side(
    judged_code: str, verdict: str, parts: Sequence[str], cands: Sequence[Mapping[str, Any]]
) -> list[int | None]:
    """RETURNS each candidate's label for one judged side: 1 right, 0 wrong, None unknown.
    The note names one party when the codes it names are all compatible."""
    if verdict == "y":
        return [int(compatible(c["code"], judged_code)) if judged_code else 0 for c in cands]
    if verdict != "n":
        return [None] * len(cands)
    named = {c["code"] for c in cands if named_in_note(parts, c)}
    named = {k for k in named if not (judged_code and compatible(k, judged_code))}
    one = bool(named) and all(compatible(a, b) for a in named for b in named)
    out: list[int | None] = []
    for c in cands:
        if judged_code and compatible(c["code"], judged_code):
            out.append(0)
        elif one:
            out.append(int(c["code"] in named))
        else:
            out.append(None)
    return out


def rows(records: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """RETURNS one row per (record, side, candidate): feats, label (or None), seed, the
    article, the side's current code, its judged code and verdict."""
    out = []
    for i, r in enumerate(records):
        v = r["verdicts"]
        wrong = [s for s in SIDES if v[s] == "n"]
        parts = note_parts(v["note"], wrong)
        for side in SIDES:
            judged = r["key"][5 if side == "source" else 6]
            current = r["event"][5 if side == "source" else 6]
            cands = r["linker"][side]
            labels = label_side(judged, v[side], parts.get(side, []), cands)
            for c, y in zip(cands, labels, strict=True):
                out.append(
                    {
                        "record": i,
                        "side": side,
                        "seed": int(r["seed"]),
                        "article": (r["key"][0], r["key"][1]),
                        "feats": c["feats"],
                        "code": c["code"],
                        "entity": c["entity"],
                        "label": y,
                        "current": current,
                        "judged": judged,
                        "verdict": v[side],
                    }
                )
    return out


# -- fit and forward test ------------------------------------------------------------------


def fit(train: Sequence[Mapping[str, Any]]) -> tuple[Any, Any]:
    """RETURNS (vectorizer, logistic regression) fitted on the labelled rows."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    lab = [r for r in train if r["label"] is not None]
    vec = DictVectorizer()
    x = vec.fit_transform([r["feats"] for r in lab])
    clf = LogisticRegression(C=C, max_iter=2000, random_state=SEED)
    clf.fit(x, [r["label"] for r in lab])
    return vec, clf


def fills(
    rs: Sequence[Mapping[str, Any]], p: np.ndarray, thr: float
) -> list[tuple[Mapping[str, Any], float]]:
    """RETURNS the candidate filling each empty side (current code empty) at ``thr``:
    the best allowed candidate of that side (as :meth:`SideLinker.choose` picks)."""
    best: dict[tuple, tuple[Mapping[str, Any], float]] = {}
    for r, q in zip(rs, p.tolist(), strict=True):
        if r["current"] or r["feats"].get(f"{r['side']}|fills_other"):
            continue
        k = (r["record"], r["side"])
        if k not in best or q > best[k][1]:
            best[k] = (r, q)
    return [(r, q) for r, q in best.values() if q >= thr]


def tally(chosen: Sequence[tuple[Mapping[str, Any], float]]) -> dict[str, int]:
    """Fills right / wrong / unlabelled; and how many were sides judged right empty."""
    t = {"fills": len(chosen), "right": 0, "wrong": 0, "unknown": 0, "was_right_empty": 0}
    for r, _ in chosen:
        t[{1: "right", 0: "wrong", None: "unknown"}[r["label"]]] += 1
        t["was_right_empty"] += int(r["verdict"] == "y" and not r["judged"])
    return t


def oof_scores(train: Sequence[Mapping[str, Any]]) -> np.ndarray:
    """Out-of-fold P of every training row (``FOLDS`` folds of whole articles)."""
    arts = sorted({r["article"] for r in train})
    rng = np.random.default_rng(SEED)
    fold_of = {a: int(k) % FOLDS for a, k in zip(arts, rng.permutation(len(arts)), strict=True)}
    p = np.zeros(len(train))
    for f in range(FOLDS):
        tr = [r for r in train if fold_of[r["article"]] != f]
        at = [i for i, r in enumerate(train) if fold_of[r["article"]] == f]
        vec, clf = fit(tr)
        p[at] = clf.predict_proba(vec.transform([train[i]["feats"] for i in at]))[:, 1]
    return p


def choose_threshold(train: Sequence[Mapping[str, Any]], p: np.ndarray) -> tuple[float, dict]:
    """The grid P with the largest right − WRONG_COST × wrong fills (out of fold); of
    equal gains the highest P (the fewest fills)."""
    table = {}
    for thr in GRID:
        t = tally(fills(train, p, thr))
        table[thr] = {**t, "gain": t["right"] - WRONG_COST * t["wrong"]}
    thr = max(GRID, key=lambda g: (table[g]["gain"], g))
    return thr, table


def sides_right(records: Sequence[Mapping[str, Any]], test_seeds: set[int]) -> dict[str, int]:
    """Sides judged right on the test rows whose current side equals the judged one."""
    out = {"sides": 0, "right": 0}
    for r in records:
        if int(r["seed"]) not in test_seeds:
            continue
        for side, k in (("source", 5), ("target", 6)):
            if r["event"][k] != r["key"][k]:
                continue
            out["sides"] += 1
            out["right"] += int(r["verdicts"][side] == "y")
    return out


def after_fills(right: int, chosen: Sequence[tuple[Mapping[str, Any], float]]) -> dict:
    """Sides right after the fills, on the sides whose current code is the judged one: a
    side judged rightly empty and filled is lost; a side judged wrongly empty becomes right
    when its fill is labelled right (an unlabelled fill is counted as still wrong)."""
    same = [r for r, _ in chosen if r["current"] == r["judged"]]
    lost = sum(1 for r in same if r["verdict"] == "y")
    gained = sum(1 for r in same if r["verdict"] == "n" and r["label"] == 1)
    unknown = sum(1 for r in same if r["verdict"] == "n" and r["label"] is None)
    return {"right": right - lost + gained, "lost": lost, "gained": gained, "unknown": unknown}


def fillable(rs: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The rows the linker decides on: candidates of a side left empty that are not the
    other side's actor (the model is fitted on these only)."""
    return [r for r in rs if not r["current"] and not r["feats"].get(f"{r['side']}|fills_other")]


def forward(records: Sequence[Mapping[str, Any]], train_last: int, test_last: int) -> dict:
    """Fit on seeds ≤ ``train_last``, threshold from the training folds, score the later
    seeds up to ``test_last``."""
    every = fillable(rows(records))
    train = [r for r in every if r["seed"] <= train_last]
    test = [r for r in every if train_last < r["seed"] <= test_last]
    p_oof = oof_scores(train)
    thr, table = choose_threshold(train, p_oof)
    vec, clf = fit(train)
    p = clf.predict_proba(vec.transform([r["feats"] for r in test]))[:, 1] if test else []
    chosen = fills(test, np.asarray(p), thr)
    seeds = {int(r["seed"]) for r in records if train_last < int(r["seed"]) <= test_last}
    before = sides_right(records, seeds)
    t = tally(chosen)
    after = after_fills(before["right"], chosen)
    lab = [r["label"] for r in test if r["label"] is not None]
    auc = None
    if len(set(lab)) == 2:
        from sklearn.metrics import roc_auc_score

        pl = [
            q for r, q in zip(test, np.asarray(p).tolist(), strict=True) if r["label"] is not None
        ]
        auc = float(roc_auc_score(lab, pl))
    return {
        "train_last": train_last,
        "test": [min(seeds), max(seeds)] if seeds else [],
        "train_rows": sum(r["label"] is not None for r in train),
        "test_rows": len(lab),
        "threshold": thr,
        "train_oof_at_threshold": table[thr],
        "test_auc": auc,
        "test_fills": t,
        "sides_before": before,
        "sides_right_after": after,
        "fills": [
            {
                "code": r["code"],
                "side": r["side"],
                "p": round(q, 3),
                "label": r["label"],
                "doc": r["article"][1],
                "verdict": r["verdict"],
                "judged": r["judged"],
            }
            for r, q in chosen
        ],
    }


def train_and_write(
    records: Sequence[Mapping[str, Any]], out: Path | None, figures: Mapping[str, Any]
) -> Path:
    """Fit on every record, threshold from out-of-fold scores; write model and card. The
    card's ``cv`` holds the forward splits' test figures (one "fold" per split)."""
    from watchfloor.training import judged_events as je
    from watchfloor.training.common import summarise_folds

    every = fillable(rows(records))
    thr, table = choose_threshold(every, oof_scores(every))
    vec, clf = fit(every)
    write_joblib(MODEL_NAME, MODEL_FILE, {"vectorizer": vec, "model": clf, "fill_p": thr}, out)
    files = je.judged_files()
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in files)).hexdigest()
    folds = [
        {
            "fills": f["test_fills"]["fills"],
            "right": f["test_fills"]["right"],
            "wrong": f["test_fills"]["wrong"],
            "unlabelled": f["test_fills"]["unknown"],
            "sides_right_before": f["sides_before"]["right"],
            "sides_right_after": f["sides_right_after"]["right"],
        }
        for f in figures.values()
    ]
    meta = {
        "version": SideLinker.__dataclass_fields__["version"].default,
        "format": "joblib",
        "file": MODEL_FILE,
        "trained_on": {
            "file": f"bench/data/event_judgments*.tsv ({len(files)} samples, seeds <= "
            f"{je.seed_of(files[-1])}), events judged real",
            "sha256": digest,
            "n": sum(r["label"] is not None for r in every),
        },
        "seed": SEED,
        "config": {"C": C, "wrong_cost": WRONG_COST, "window": 2, "fill_p": thr},
        "oof_at_threshold": table[thr],
        "cv": summarise_folds(folds) if folds else {},
        "forward": {k: {x: v for x, v in f.items() if x != "fills"} for k, f in figures.items()},
        "licence": "Apache-2.0 (weights fitted on the project's own judgments)",
        "created_by": "python -m watchfloor.training side_linker --records R.json --collect",
        "rebuild": "same coefficients on the same records and library versions",
    }
    card = CARD.format(thr=thr, n=meta["trained_on"]["n"], c=C, forward=_forward_lines(figures))
    return write_model(MODEL_NAME, meta, card, out)


CARD = """# side_linker — which coded actor nearby fills an event's empty side (side-linker-v1)

Place: inside the event extractor (`watchfloor.extract.events.linker`), after the coder,
`event_class`, the relevance gate and the subsumption rule, before places and the event
filter. A side the coder left empty takes the best candidate (a coded entity of the
event's sentence or the two before, not the other side's actor) when its P reaches
**{thr}**; the event's `extra["evidence"]["linker"][side]` keeps P and how many sentences
back the mention was. Off by default since 2026-12-08 (its fills were right about half the
time on articles it never saw, below the .90 the actor codes keep; docs/benchmarks.md,
"Twenty-sixth session"): `WATCHFLOOR_SIDE_LINKER=on` or `EventExtractor(linker=...)` runs it.

## Data
The project's hand judgments of emitted events (`bench/data/event_judgments*.tsv`, seeds
13 to 3102, events judged real), mapped onto the events the pipeline emits now
(`watchfloor.training.judged_events`). One row per candidate of a side left empty: {n}
labelled rows. Labels by code from the judged side (right when judged y with a compatible
code; every candidate wrong for a side judged rightly empty) and from the judges' notes
on an empty side judged wrong (a small reader: name words, country names and demonyms of
`countries.tsv`, role words; labelled only when the note names one party). Features come
from the parse and the coder (relation to the trigger, path length, clause crossed,
sentence distance, sentence subject, code kind, CAMEO root, voice, the other side).

## Model
`DictVectorizer` + logistic regression (C {c}, lbfgs, seed 13), P(candidate right).
Threshold: the grid P (0.30-0.95) with the most right − wrong fills on out-of-fold scores
(5 folds of whole articles), the highest of ties: {thr} on all seeds.

## Forward in time (fit on the earlier seeds, threshold from their folds, test later)
{forward}
"Sides right": sides of the test events whose current code is the judged one (the fills
of the others are counted in the fills only); an unlabelled fill counts as still wrong.
C and the wrong-fill cost were chosen among 2 x 3 settings with these splits in view
(the first setting, cost 2 with a first note reader of name words only, filled
nothing on any split): the figures are mildly optimistic.

## Limits
Small reach (about one empty side in a hundred filled). The notes name a person or body
without a code in most unlabelled rows, so the labels are sparse; a candidate must carry
an actor code (an uncoded named party, the largest class of empty sides, stays out of
reach). Filling a side makes the event dyadic, which the event filter holds to its lower
dyadic threshold.
"""


def _forward_lines(figures: Mapping[str, Any]) -> str:
    lines = []
    for f in figures.values():
        t, b, a = f["test_fills"], f["sides_before"], f["sides_right_after"]
        lines.append(
            f"* seeds ≤ {f['train_last']} → {f['test'][0]}-{f['test'][1]}: threshold "
            f"{f['threshold']}, {t['fills']} fills ({t['right']} right, {t['wrong']} wrong, "
            f"{t['unknown']} unlabelled); sides right {b['right']}/{b['sides']} → "
            f"{a['right']}/{b['sides']} ({a['gained']} gained, {a['lost']} lost)"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = arg_parser(MODEL_NAME, __doc__)
    ap.add_argument("--records", type=Path, required=True)
    ap.add_argument("--collect", action="store_true", help="(re)build the records first")
    ap.add_argument("--forward", nargs="*", default=["3090:3102", "3080:3090"])
    ap.add_argument("--write", action="store_true", help="fit on all records, write the model")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    if args.collect:
        records = collect_records(args.records)
    else:
        records = json.loads(args.records.read_text(encoding="utf-8"))
    figures = {}
    for spec in args.forward:
        a, b = (int(x) for x in spec.split(":"))
        res = forward(records, a, b)
        figures[spec] = {k: v for k, v in res.items() if k != "fills"}
        print(json.dumps(figures[spec]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    if args.write:
        print(train_and_write(records, args.out, figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
