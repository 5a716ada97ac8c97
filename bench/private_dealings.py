"""What the private-dealing check (``extract/events/dealings.py``, issue 12) removes from the
judged samples: judged non-events dropped and judged real events lost.

One pass over the judged articles: the check is run at every proposed event but answers
"keep" (so the output is the base's), and every event it would drop is recorded by its
trigger and code. A judged row that the current pipeline still emits unchanged and whose
trigger and code the check hits is one the change removes. Every figure on these rows is
**tuned-on** when the samples were read to write the word lists (seeds 3080-3098 were).

Usage::

    python bench/private_dealings.py [--from 3001] [--to 3098] [--show]

``--show`` prints each hit with its sentence, its judgment (or "unjudged": events drawn in
no sample) — for reading. Never pass seeds of the held-out samples (≥ 3099).

``--penta`` instead counts the hits on the five-way sentences (``eval/cameo/penta-train.tsv``,
each sentence its own document, as ``bench/eval_events.py`` reads them): with none, the
check cannot change the five-way figures. Only counts and gold classes are printed, and the
sentences of half A (``eval_events.half``); half B's are never shown.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from judge_events import SHARED, load  # noqa: E402
from watchfloor.extract.events import nonacts  # noqa: E402
from watchfloor.training.judged_events import (  # noqa: E402
    CORPORA,
    KEYS,
    event_key,
    judged_files,
    raw_document,
    read,
    seed_of,
)

HELD_OUT_FROM = 3099  # never read, drawn or scored here


def _recording(hits: list[dict]):
    real = nonacts.private_dealing

    def check(token, info, sources, targets, commerce, reader, lists=None) -> bool:
        if real(token, info, sources, targets, commerce, reader, lists):
            hits.append(
                {
                    "text": token.doc.text,
                    "start": str(token.idx),
                    "end": str(token.idx + len(token.text)),
                    "code": info.code,
                    "sentence": token.sent.text.strip(),
                    "sides": [a.code or "-" for a in sources + targets if a is not None],
                }
            )
        return False

    return check


def run(seeds: tuple[int, int], show: bool, only: set[str] | None = None) -> int:
    files = [
        p
        for p in judged_files()
        if seeds[0] <= int(seed_of(p)) <= seeds[1] and int(seed_of(p)) < HELD_OUT_FROM
    ]
    rows = [r for p in files for r in read(p) if r.get("is_event") in {"y", "n"}]
    if only:
        rows = [r for r in rows if r["doc"] in only]
    ids = {r["doc"] for r in rows}
    hits: list[dict] = []
    nonacts.private_dealing = _recording(hits)
    from watchfloor.nlp import NlpStage
    from watchfloor.nlp.pipeline import without_failures
    from watchfloor.normalise import to_document

    stage = NlpStage(extractors=("actors", "events"))
    emitted: set[tuple] = set()
    doc_of: dict[str, tuple[str, str]] = {}
    for corpus in CORPORA:
        recs = [r for r in load(corpus, None) if r["id"] in ids]
        for d in without_failures(
            stage.process(to_document(raw_document(r, corpus)) for r in recs)
        ):
            doc_of[d.text] = (corpus, d.raw.id)
            for ev in d.events:
                row = event_key(corpus, d.raw.id, ev)
                emitted.add(tuple(row[k] for k in KEYS))
    hit_keys: dict[tuple, dict] = {}
    for h in hits:
        corpus, doc = doc_of.get(h["text"], ("?", "?"))
        hit_keys[(corpus, doc, h["start"], h["end"], h["code"])] = h
    judged: dict[tuple, list[dict]] = {}
    for r in rows:
        if tuple(r[k] for k in KEYS) in emitted:
            judged.setdefault(tuple(r[k] for k in KEYS[:5]), []).append(r)
    dropped = Counter()
    for key, group in judged.items():
        if key in hit_keys:
            for r in group:
                dropped[r["is_event"]] += 1
    print(
        f"seeds {seeds[0]}-{seeds[1]}: {len(rows)} judged rows, {len(ids)} articles; "
        f"{sum(len(g) for g in judged.values())} still emitted unchanged"
    )
    out = {k[:5] for k in emitted}
    print(
        f"  the check drops {dropped['n']} judged non-events and {dropped['y']} judged real "
        f"events (rows); {len(hit_keys)} triggers hit in all, "
        f"{sum(k in out for k in hit_keys)} of them emitted by the base (the rest the filter "
        "or a later check drops anyway)"
    )
    if show:
        for key, h in sorted(hit_keys.items()):
            group = judged.get(key, [])
            verdict = ",".join(r["is_event"] + ":" + (r.get("note") or "")[:60] for r in group)
            print(f"\n{key[1]} {key[2]}-{key[3]} {key[4]} {h['sides']} [{verdict or 'unjudged'}]")
            print("   ", h["sentence"][:300])
    return 0


def penta() -> int:
    """Hits of the check on the five-way sentences: counts by gold class and half."""
    from eval_events import PENTA, half
    from watchfloor.model import RawDocument
    from watchfloor.nlp import NlpStage
    from watchfloor.nlp.pipeline import without_failures
    from watchfloor.normalise import to_document
    from watchfloor.training.event_class import load_penta

    texts, classes_of = load_penta(PENTA)
    gold = dict(zip(texts, (str(c) for c in classes_of), strict=True))
    hits: list[dict] = []
    nonacts.private_dealing = _recording(hits)
    stage = NlpStage(extractors=("actors", "events"))
    raws = (
        to_document(RawDocument(id=f"p{i}", text=t, origin="penta", fmt="text"))
        for i, t in enumerate(texts)
    )
    for _ in without_failures(stage.process(raws)):
        pass
    hit_texts = {h["text"] for h in hits}
    classes = Counter(gold.get(t, "?") for t in hit_texts)
    print(f"penta-train: {len(texts)} sentences; the check hits {len(hits)} proposals in")
    print(f"  {len(hit_texts)} sentences, by gold class {dict(sorted(classes.items()))}")
    for t in sorted(hit_texts):
        print(
            f"  half {half(t)} class {gold.get(t, '?')}: " + (t if half(t) == "A" else "(half B)")
        )
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--from", dest="lo", type=int, default=3001)
    ap.add_argument("--to", dest="hi", type=int, default=HELD_OUT_FROM - 1)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--penta", action="store_true", help="hits on the five-way sentences")
    ap.add_argument(
        "--only-docs",
        nargs="+",
        default=None,
        help="only these articles (a stricter check's hits are a subset of an earlier run's)",
    )
    args = ap.parse_args()
    if args.hi >= HELD_OUT_FROM:
        ap.error(f"seeds from {HELD_OUT_FROM} on are held out")
    if not (SHARED / "corpora").exists():
        print(f"corpora not found under {SHARED}; set WATCHFLOOR_SHARED", file=sys.stderr)
        return 1
    if args.penta:
        return penta()
    return run((args.lo, args.hi), args.show, set(args.only_docs or ()))


if __name__ == "__main__":
    raise SystemExit(main())
