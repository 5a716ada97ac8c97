"""What the target fill does on stories no judged file names (issue 12, fill45).

Runs the NLP stage (actors + events) twice on the same stories, with the fill
(``argmodel.TARGET_FILL_P``) on and off, and prints every event whose target the fill
gave: document, trigger, code, source, target and span, and its sentence, to read. The
stories: ``--reuters N`` chosen by ``--seed`` among those after the first 10,000 that no
model trained on (``judge_events.articles(..., beyond=True)``), ``--insight N`` among the
InSight Crime articles after the first 600; both leave out every article a judgments file
names. Nothing here was tuned on: a count read from its output is an honest figure.

Usage: python bench/fill_unseen.py [--reuters 300] [--insight 0] [--seed 45] [--show 40]
"""

from __future__ import annotations

import argparse
import random
import sys

from judge_events import articles, load  # bench/ is on sys.path when run from there
from watchfloor.extract.events import coder
from watchfloor.training.judged_events import judged_article_ids, raw_document


def run(recs: list[tuple[str, dict]], fill: float | None) -> dict:
    """RETURNS (doc id, trigger start, code) -> (event, sentence) with the fill at ``fill``."""
    from watchfloor.nlp import NlpStage
    from watchfloor.nlp.pipeline import without_failures
    from watchfloor.normalise import to_document

    coder.TARGET_FILL_P = fill
    stage = NlpStage(extractors=("actors", "events"))
    raws = (to_document(raw_document(r, corpus)) for corpus, r in recs)
    out = {}
    for doc in without_failures(stage.process(raws)):
        for ev in doc.events:
            text = doc.raw.text[ev.sentence.start : ev.sentence.end]
            out[(doc.raw.id, ev.trigger.start, ev.code, ev.source_code)] = (ev, text)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reuters", type=int, default=300)
    ap.add_argument("--insight", type=int, default=0)
    ap.add_argument("--seed", type=int, default=45)
    ap.add_argument("--show", type=int, default=40, help="filled events printed (a sample)")
    ap.add_argument("--fill-p", type=float, default=None, help="threshold (default: shipped)")
    args = ap.parse_args()
    judged = frozenset(judged_article_ids())
    recs = [("reuters", r) for r in articles("reuters", args.reuters, 0, args.seed, judged, True)]
    if args.insight:
        rest = [r for r in load("insightcrime", None)[600:] if r["id"] not in judged]
        pick = random.Random(f"{args.seed}:insight").sample(rest, min(args.insight, len(rest)))
        recs += [("insightcrime", r) for r in pick]
    shipped = coder.TARGET_FILL_P if args.fill_p is None else args.fill_p
    on, off = run(recs, shipped), run(recs, None)
    filled = [
        (key, ev, text)
        for key, (ev, text) in sorted(on.items(), key=lambda kv: str(kv[0]))
        if ev.target_code and (key not in off or not off[key][0].target_code)
    ]
    lost = [
        k
        for k, (ev, _) in off.items()
        if ev.target_code and (k not in on or on[k][0].target_code != ev.target_code)
    ]
    print(
        f"{len(recs)} stories, {len({k[0] for k in on})} with events; events {len(off)} -> "
        f"{len(on)}; targets filled {len(filled)} in {len({k[0] for k, _, _ in filled})} "
        f"stories; coded targets changed or lost {len(lost)}"
    )
    shown = random.Random(args.seed).sample(filled, min(args.show, len(filled)))
    for (doc_id, _, code, src), ev, text in sorted(shown, key=lambda x: str(x[0])):
        span = (ev.extra.get("target_span") or {}).get("text")
        p = ev.extra["evidence"].get("target_fill_p")
        print(
            f"\n[{doc_id}] {ev.trigger.text} {code} {src or '-'} -> {ev.target_code} ({span}) P={p}"
        )
        print("    " + " ".join(text.split())[:500])
    return 0


if __name__ == "__main__":
    sys.exit(main())
