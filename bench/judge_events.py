"""A seeded sample of emitted events, judged by hand: precision of the event coder as a whole.

Draws events the pipeline (actors + events, shipped models) emits on the first ``--docs``
articles of InSight Crime train and of Reuters-21578 (../shared/corpora), ``--n`` in all,
half from each, with a fixed seed, and keeps them in ``bench/data/event_judgments.tsv`` by
key only (corpus, document id, trigger offsets, code, actor codes, modality) — never corpus
text. A person then fills the judgment columns (``y``, ``n``, ``-`` not applicable):

* ``is_event`` — the sentence reports this act happening, threatened, denied ... (a real
  event mention, whatever its coding);
* ``root`` — the CAMEO root is right; ``source`` / ``target`` — the coded side is right
  (an empty side is right only when the sentence names nobody for it); ``modality`` — the
  asserted / negated / hypothetical / alleged / future reading is right.

Usage::

    python bench/judge_events.py --draw [--seed 13] [--n 100] [--docs 150]
    python bench/judge_events.py --show      # each sampled event with its sentence
    python bench/judge_events.py --score     # figures over the judged rows (several
                                             # --file: pooled), with the asserted events
                                             # naming a party on both sides
    python bench/judge_events.py --rescore   # which judged events the current code still
                                             # emits unchanged, and the figures over them;
                                             # the judged real events whose modality changed

``--beyond`` (2026-12-07: the unread stories of the first 10,000 that hold events were
nearly used up) draws from the Reuters stories after the first 10,000 instead, leaving out
every one the event relevance model's training could take (topics only earn/acq) and any
text repeated from before; no rule or model was fitted to the rest, no judge read them.

``--skip K`` draws from the articles after the first K of each corpus (``--docs`` of them,
chosen by the seed from the rest of the corpus), so that a fresh sample holds no article
read while tuning; ``--unseen`` also leaves out every article any judgments file under
``bench/data`` names (event samples, actor rounds): by 2026-12 the InSight Crime articles
after the first 600 had nearly all been judged, so a plain ``--skip 600`` draw re-drew
articles read before. ``--docs N M`` draws N InSight Crime and M Reuters articles (the
unseen InSight articles are few and thin in events). ``--file`` names the judgments file
(default: the seed-13 sample).

``--docs 0 0 84`` (2026-12-08: the unread Reuters stories that hold events ran out — 1,000
of them gave 22 events for seed 3102) draws from PolNeAR's development articles
(``eval/polnear-dev/text``: US political news of 2016, dated by their file names), which
no event rule or model was tuned on (the attribution cues were: claims, not events).

Samples kept: ``bench/data/event_judgments.tsv`` (seed 13, first 100 articles; read while
tuning the coder, so tuned-on) and ``bench/data/event_judgments_seed2027.tsv`` (seed 2027,
100 articles per corpus drawn after the first 300: fresh when judged, read while tuning
the third round) and ``bench/data/event_judgments_seed2029.tsv`` (seed 2029, drawn the
same way after that round: the fresh figures).

``bench/eval_event_veto.py`` maps the judged rows onto the current output the same way (by
trigger) and measures, leaving one judged sample out, whether a learned veto on the models'
scores would remove the non-events left.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sys
from pathlib import Path

from watchfloor.training.judged_events import (  # the keys, corpora and documents the
    CORPORA,  # event filter's training maps judgments with: one definition for both
    KEYS,
    POLNEAR,
    event_key,
    judged_article_ids,
    polnear_articles,
    raw_document,
)
from watchfloor.training.judged_events import read as read_judged

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or ROOT.parent / "shared")
JUDGED = ROOT / "bench" / "data" / "event_judgments.tsv"
JUDGMENTS = ["is_event", "root", "source", "target", "modality_ok", "note"]
HEADER = """# Judged event sample for bench/judge_events.py: keys only (corpus, document id, trigger
# character offsets, code, actor codes, modality), never corpus text. Judgments: y / n / -
# (not applicable: fields of a non-event). Drawn with --draw --seed {seed} --n {n} --docs {docs}
# --skip {skip}{unseen}
# from the pipeline of commit {rev} (actors + events, shipped event_class and event_args).
"""


def load(corpus: str, n: int | None) -> list[dict]:
    """RETURNS the first ``n`` articles with text of a corpus (all for None)."""
    if corpus == POLNEAR:
        return polnear_articles(SHARED)[:n]
    out = []
    with (SHARED / "corpora" / CORPORA[corpus]).open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if (rec.get("text") or "").strip():
                out.append(rec)
            if n is not None and len(out) >= n:
                break
    return out


UPTO = 10_000  # the event_relevance model trains on Reuters stories from this index on


def articles(
    corpus: str,
    docs: int,
    skip: int,
    seed: int,
    exclude: frozenset[str] = frozenset(),
    beyond: bool = False,
) -> list[dict]:
    """The articles a sample is drawn from: the first ``docs`` (``skip`` 0 and nothing
    excluded), or ``docs`` chosen by ``seed`` among those after the first ``skip`` and
    before :data:`UPTO` (never a story the relevance model was trained on), exact
    duplicates and the ``exclude`` ids dropped. ``beyond``: chosen among the stories after
    :data:`UPTO` instead, leaving out every story the relevance model's training could take
    (topics only ``earn``/``acq``) and every text that also stands before :data:`UPTO`."""
    if beyond and corpus != POLNEAR:  # PolNeAR: no model was trained on any of it
        return _beyond(corpus, docs, seed, exclude)
    if not skip and not exclude:
        return load(corpus, docs)
    rest, seen = [], set()
    for rec in load(corpus, UPTO)[skip:]:
        if rec["text"] not in seen and rec["id"] not in exclude:
            seen.add(rec["text"])
            rest.append(rec)
    return random.Random(f"{seed}:{corpus}").sample(rest, min(docs, len(rest)))


def _beyond(corpus: str, docs: int, seed: int, exclude: frozenset[str]) -> list[dict]:
    """``docs`` stories after :data:`UPTO` that no model was trained on (see
    :func:`articles`). By 2026-12-07 the unread stories before :data:`UPTO` that hold
    events were nearly used up (4,000 of them gave 47 and then 28 events)."""
    from watchfloor.training.event_relevance import COMMERCIAL_TOPICS, FIRST_STORY

    assert FIRST_STORY == UPTO, "the draw's limit and the relevance model's must agree"
    stories = load(corpus, None)
    earlier = {rec["text"] for rec in stories[:UPTO]}
    commercial = {
        rec["text"]
        for rec in stories[UPTO:]
        if rec.get("topics") and set(rec["topics"]) <= COMMERCIAL_TOPICS
    }
    rest, seen = [], set()
    for rec in stories[UPTO:]:
        text = rec["text"]
        if text in seen or text in earlier or text in commercial or rec["id"] in exclude:
            continue
        seen.add(text)
        rest.append(rec)
    return random.Random(f"{seed}:{corpus}:beyond").sample(rest, min(docs, len(rest)))


# raw_document (judged_events): Reuters stories carry their date in ``date``, which dates
# the actor codes as in a real run. (Before 2026-12-05 the draw passed only ``published``,
# so Reuters rows of the seed-13 to 3003 samples were coded undated.)


def draw(
    seed: int,
    n: int,
    docs: int | list[int],
    skip: int,
    path: Path,
    unseen: bool = False,
    unseen_at: str | None = None,
    beyond: bool = False,
) -> None:
    import subprocess

    from watchfloor.nlp import NlpStage
    from watchfloor.nlp.pipeline import without_failures
    from watchfloor.normalise import to_document

    stage = NlpStage(extractors=("actors", "events"))
    rng = random.Random(seed)
    exclude = frozenset(judged_article_ids(at=unseen_at)) if unseen or unseen_at else frozenset()
    rows = []
    per_corpus = [docs] if isinstance(docs, int) else list(docs)
    per_corpus += per_corpus[-1:] * (2 - len(per_corpus))  # one number: both news corpora
    per_corpus += [0] * (len(CORPORA) - len(per_corpus))  # PolNeAR only when named
    for corpus, count in zip(CORPORA, per_corpus, strict=True):
        recs = articles(corpus, count, skip, seed, exclude, beyond)
        print(f"{corpus}: {len(recs)} articles", file=sys.stderr)
        raws = (to_document(raw_document(r, corpus)) for r in recs)
        events = [(d.raw.id, ev) for d in without_failures(stage.process(raws)) for ev in d.events]
        for doc_id, ev in rng.sample(events, min(n // 2, len(events))):
            rows.append({**event_key(corpus, doc_id, ev), **dict.fromkeys(JUDGMENTS, "")})
    rev = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True, capture_output=True
    ).stdout.strip()
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            HEADER.format(
                seed=seed,
                n=n,
                docs=" ".join(map(str, per_corpus)),
                skip=skip,
                rev=rev,
                unseen=(f" --unseen-at {unseen_at}" if unseen_at else " --unseen" if unseen else "")
                + (" --beyond" if beyond else ""),
            )
        )
        w = csv.DictWriter(fh, KEYS + JUDGMENTS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {path}")


def read(path: Path = JUDGED) -> list[dict]:
    return read_judged(path)


def show(path: Path) -> None:
    texts = {}
    wanted = {x["doc"] for x in read(path)}
    for corpus in CORPORA:
        texts.update({r["id"]: r["text"] for r in load(corpus, None) if r["id"] in wanted})
    for i, r in enumerate(read(path)):
        text = texts[r["doc"]]
        a, b = int(r["trigger_start"]), int(r["trigger_end"])
        left = max(text.rfind(". ", 0, a) + 2, a - 250)
        right = text.find(". ", b)
        right = len(text) if right < 0 else min(right + 1, b + 250)
        print(
            f"[{i}] {r['corpus']} {r['code']} {r['source_code'] or '-'} -> "
            f"{r['target_code'] or '-'} ({r['modality']})"
        )
        print("    " + text[left:a] + "[[" + text[a:b] + "]]" + text[b:right])


def score(path: Path | list[Path]) -> int:
    paths = [path] if isinstance(path, Path) else path
    rows = [r for p in paths for r in read(p) if r["is_event"] in {"y", "n"}]
    if not rows:
        print("no judged rows", file=sys.stderr)
        return 1
    real = [r for r in rows if r["is_event"] == "y"]
    print(
        f"judged {len(rows)} events; is an event: {len(real)}/{len(rows)} "
        f"= {len(real) / len(rows):.2f}"
    )
    for field in ("root", "source", "target", "modality_ok"):
        ok = sum(r[field] == "y" for r in real)
        print(f"  {field:12} right {ok}/{len(real)} = {ok / max(len(real), 1):.2f} of real events")
    allok = sum(_all_right(r) for r in real)
    print(f"  all fields right: {allok}/{len(rows)} = {allok / len(rows):.2f} of emitted events")
    for corpus in CORPORA:
        sub = [r for r in rows if r["corpus"] == corpus]
        if sub:
            ok = sum(r["is_event"] == "y" for r in sub)
            print(f"  {corpus}: is an event {ok}/{len(sub)}")
    # the events dyad tables, Goldstein totals and alerts use: both sides coded
    for name, sub in (
        ("dyadic (both sides coded)", [r for r in rows if _dyadic(r)]),
        ("the rest", [r for r in rows if not _dyadic(r)]),
    ):
        if sub:
            ok = sum(r["is_event"] == "y" for r in sub)
            good = sum(r["is_event"] == "y" and _all_right(r) for r in sub)
            print(
                f"  {name}: is an event {ok}/{len(sub)} = {ok / len(sub):.2f}; "
                f"all fields right {good}/{len(sub)} = {good / len(sub):.2f}"
            )
    _two_parties(real)
    return 0


def _rightly_empty(row: dict, side: str) -> bool:
    """The judge accepted an empty side: the sentence names nobody for it."""
    return not row[f"{side}_code"] and row[side] == "y"


def _two_parties(real: list[dict]) -> None:
    """How far the asserted both-coded share (issue 11) can go on these rows: the judged
    real asserted events whose sentence names a party on BOTH sides (neither side an empty
    one the judge accepted), and how many of those carry two codes, and two right ones."""
    asserted = [r for r in real if r["modality"] == "asserted"]
    if not asserted:
        return
    two = [
        r for r in asserted if not _rightly_empty(r, "source") and not _rightly_empty(r, "target")
    ]
    coded = [r for r in two if _dyadic(r)]
    right = [r for r in coded if r["source"] == "y" and r["target"] == "y"]
    print(
        f"  asserted real events: {len(asserted)}; both sides coded "
        f"{sum(_dyadic(r) for r in asserted)}/{len(asserted)} = "
        f"{sum(_dyadic(r) for r in asserted) / len(asserted):.2f}; naming a party on both "
        f"sides {len(two)}/{len(asserted)} = {len(two) / len(asserted):.2f}"
    )
    if two:
        print(
            f"    of those: both sides coded {len(coded)}/{len(two)} = "
            f"{len(coded) / len(two):.2f}; both coded and right {len(right)}/{len(two)} = "
            f"{len(right) / len(two):.2f}"
        )


def _all_right(row: dict) -> bool:
    return all(row[f] == "y" for f in ("root", "source", "target", "modality_ok"))


def _dyadic(row: dict) -> bool:
    return bool(row["source_code"]) and bool(row["target_code"])


def emitted(doc_ids: set[str]) -> dict[tuple, dict]:
    """RETURNS the key -> row of every event the current pipeline emits on ``doc_ids``."""
    from watchfloor.nlp import NlpStage
    from watchfloor.nlp.pipeline import without_failures
    from watchfloor.normalise import to_document

    stage = NlpStage(extractors=("actors", "events"))
    out: dict[tuple, dict] = {}
    for corpus in CORPORA:
        recs = [r for r in load(corpus, None) if r["id"] in doc_ids]
        raws = (to_document(raw_document(r, corpus)) for r in recs)
        for d in without_failures(stage.process(raws)):
            for ev in d.events:
                row = event_key(corpus, d.raw.id, ev)
                out[tuple(row[k] for k in KEYS)] = row
    return out


def rescore(path: Path) -> int:
    """The judged rows under the current code: unchanged (the judgment applies), gone (no
    event at that trigger any more) or changed (recoded: not judged)."""
    rows = [r for r in read(path) if r["is_event"] in {"y", "n"}]
    now = emitted({r["doc"] for r in rows})
    triggers = {(k[0], k[1], k[2], k[3]) for k in now}
    kept = [r for r in rows if tuple(r[k] for k in KEYS) in now]
    gone = [
        r
        for r in rows
        if (r["corpus"], r["doc"], r["trigger_start"], r["trigger_end"]) not in triggers
    ]
    changed = len(rows) - len(kept) - len(gone)
    print(
        f"{len(rows)} judged: {len(kept)} still emitted unchanged, {len(gone)} no longer "
        f"emitted ({sum(r['is_event'] == 'n' for r in gone)} of them judged no event), "
        f"{changed} recoded (not judged)"
    )
    real = [r for r in kept if r["is_event"] == "y"]
    allok = sum(all(r[f] == "y" for f in ("root", "source", "target", "modality_ok")) for r in real)
    if kept:
        print(
            f"  unchanged rows: is an event {len(real)}/{len(kept)} = "
            f"{len(real) / len(kept):.2f}; all fields right {allok}/{len(kept)} = "
            f"{allok / len(kept):.2f}"
        )
    modality_changes(read(path), now)
    return 0


def modality_changes(rows: list[dict], now: dict[tuple, dict]) -> None:
    """The judged real events (``rows``: the whole file, numbered as ``--show`` does) now
    emitted with the same code and sides but another modality, by their judged modality
    (right / wrong), each with its judge's note: whether the new modality is right must be
    read (the judgment is of the old one)."""
    fields = [k for k in KEYS if k != "modality"]
    current: dict[tuple, set[str]] = {}
    for key, row in now.items():
        current.setdefault(tuple(row[k] for k in fields), set()).add(key[KEYS.index("modality")])
    changed = {"y": [], "n": []}
    for i, r in enumerate(rows):
        if r["is_event"] != "y" or r["modality_ok"] not in changed:
            continue
        mods = current.get(tuple(r[k] for k in fields), set())
        if mods and r["modality"] not in mods:
            changed[r["modality_ok"]].append((i, r, sorted(mods)))
    for ok, label in (("n", "judged wrong"), ("y", "judged right")):
        print(f"  modality changed on {len(changed[ok])} real events whose modality was {label}")
        for i, r, mods in changed[ok]:
            print(
                f"    [{i}] {r['code']} {r['modality']} -> {'/'.join(mods)}: "
                f"{r.get('note', '')[:120]}"
            )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--draw", action="store_true")
    mode.add_argument("--show", action="store_true")
    mode.add_argument("--score", action="store_true")
    mode.add_argument("--rescore", action="store_true")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument(
        "--docs",
        type=int,
        nargs="+",
        default=[150],
        help="articles per corpus to draw from (InSight Crime's, then Reuters', then "
        "PolNeAR's; one number: both news corpora; PolNeAR only when a third is given)",
    )
    ap.add_argument(
        "--skip",
        type=int,
        default=0,
        help="draw --docs articles (by the seed) from those after the first SKIP",
    )
    ap.add_argument(
        "--unseen",
        action="store_true",
        help="--draw: leave out every article a judgments file names",
    )
    ap.add_argument(
        "--unseen-at",
        metavar="REV",
        help="--draw: as --unseen, with the judgments files of git revision REV "
        "(repeats an --unseen draw after its judgments were committed)",
    )
    ap.add_argument(
        "--beyond",
        action="store_true",
        help="--draw: from the stories after the first 10,000 that no model was trained on "
        "(not earn/acq-only, no text repeated from before)",
    )
    ap.add_argument(
        "--file",
        type=Path,
        nargs="+",
        default=[JUDGED],
        help="the judgments file (--score: one or more, pooled)",
    )
    args = ap.parse_args()
    if len(args.docs) > len(CORPORA):
        ap.error(f"--docs takes at most {len(CORPORA)} numbers")
    if len(args.file) > 1 and not args.score:
        ap.error("several --file only with --score")
    if not (SHARED / "corpora").exists():
        print(f"corpora not found under {SHARED}; set WATCHFLOOR_SHARED", file=sys.stderr)
        return 1
    if args.draw:
        draw(
            args.seed,
            args.n,
            args.docs,
            args.skip,
            args.file[0],
            args.unseen,
            args.unseen_at,
            args.beyond,
        )
        return 0
    if args.show:
        show(args.file[0])
        return 0
    if args.rescore:
        return rescore(args.file[0])
    return score(args.file)


if __name__ == "__main__":
    sys.exit(main())
