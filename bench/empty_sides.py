"""Why a judged named party is left empty: the "left empty" notes of judged samples, sorted.

Issue #12 (empty41): for every judged real event of the given samples whose note says a
party is "left empty" (or "... empty") and whose side the judge marked wrong while it
carries no code, run the current pipeline (actors + events) on its article and print the
event now at that trigger, its sentence, and the sentence's entities with their codes; an
automatic first sort of the empty side (to be checked by reading):

* ``a`` the sentence holds an entity with an actor code that is not on the other side
  (the party may be it, not picked);
* ``b`` the sentence holds only entities without a code (besides the other side's);
* ``c`` the sentence holds no entity besides the other side's (the NER missed the party, or
  it is a pronoun / another sentence's party: read the sentence);
* ``filled`` the side now carries a code; ``gone`` no event at that trigger any more.

Notes are read, so every figure from here is **tuned-on**. Usage::

    python bench/empty_sides.py --file bench/data/event_judgments_seed3070.tsv [...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from judge_events import CORPORA, load, read  # bench/ is on sys.path when run from there
from watchfloor.training.judged_events import raw_document

EMPTY_NOTE = re.compile(r"\bempty\b", re.IGNORECASE)


def empty_sides(row: dict) -> list[str]:
    """The sides of a judged real event the judge marked wrong while they carry no code."""
    if row["is_event"] != "y" or not EMPTY_NOTE.search(row.get("note", "")):
        return []
    return [s for s in ("source", "target") if row[s] == "n" and not row[f"{s}_code"]]


def documents(doc_ids: set[str]) -> dict[str, object]:
    """RETURNS id -> processed Document for the articles named (actors + events)."""
    from watchfloor.nlp import NlpStage
    from watchfloor.nlp.pipeline import without_failures
    from watchfloor.normalise import to_document

    stage = NlpStage(extractors=("actors", "events"))
    out = {}
    for corpus in CORPORA:
        recs = [r for r in load(corpus, None) if r["id"] in doc_ids]
        raws = (to_document(raw_document(r, corpus)) for r in recs)
        out.update({d.raw.id: d for d in without_failures(stage.process(raws))})
    return out


def sort_side(doc, row: dict, side: str) -> tuple[str, str]:
    """(class, description) of one judged empty side on the current output."""
    a, b = int(row["trigger_start"]), int(row["trigger_end"])
    events = [e for e in doc.events if e.trigger.start == a and e.trigger.end == b]
    if not events:
        return "gone", ""
    ev = events[0]
    if getattr(ev, f"{side}_code"):
        return "filled", getattr(ev, f"{side}_code")
    other = getattr(ev, "target" if side == "source" else "source")
    s = ev.sentence
    inside = [
        e
        for e in doc.entities
        if e.id != other and any(s.start <= m.start < s.end for m in e.mentions)
    ]
    listing = "; ".join(f"{e.name}|{e.type}|{e.actor_code or '-'}" for e in inside)
    if any(e.actor_code for e in inside):
        return "a", listing
    if inside:
        return "b", listing
    return "c", listing


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, nargs="+", required=True)
    args = ap.parse_args()
    rows = [(p.stem[-4:], i, r) for p in args.file for i, r in enumerate(read(p))]
    wanted = [(seed, i, r, s) for seed, i, r in rows for s in empty_sides(r)]
    docs = documents({r["doc"] for _, _, r, _ in wanted})
    counts: Counter[str] = Counter()
    for seed, i, r, side in wanted:
        doc = docs.get(r["doc"])
        kind, listing = sort_side(doc, r, side) if doc else ("gone", "")
        counts[kind] += 1
        a, b = int(r["trigger_start"]), int(r["trigger_end"])
        ev = next((e for e in doc.events if e.trigger.start == a), None) if doc else None
        sentence = doc.raw.text[ev.sentence.start : ev.sentence.end] if ev else ""
        print(
            f"[{seed}:{i}] {side} {kind} {r['code']} {r['source_code'] or '-'} -> "
            f"{r['target_code'] or '-'} | {r['note'][:140]}"
        )
        if ev:
            print(
                f"    now {ev.code} {ev.source_code or '-'} -> {ev.target_code or '-'} "
                f"trigger '{doc.raw.text[a:b]}'"
            )
        print(f"    {sentence.strip()[:400]}")
        print(f"    entities: {listing}")
    print(dict(counts), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
