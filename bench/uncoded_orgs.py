"""List the named organisations (and criminal-role people) the actor coder leaves uncoded.

Place in the flow: a benchmark helper of the extract stage (actors). Draws the same kind of
sample as ``bench/eval_actor_coding.py`` (``--docs`` InSight Crime and ``--docs`` Reuters
articles, seeded), runs the NLP stage with the actor and event extractors and counts, per
folded name, the named organisations without an actor code: in how many documents, and
in how many asserted events they are an argument. The listing is discovery material: a
name added to the tables because it was listed here is tuned-on for this seed; measure
with eval_actor_coding's seeds, never with the seed used here.

Usage:
    WATCHFLOOR_SHARED=/work/shared PYTHONPATH=src python bench/uncoded_orgs.py \
        [--docs 300] [--seed 7] [--top 80] [--out /tmp/uncoded.tsv] [--before 10000]

``--before N`` draws Reuters stories only among the corpus file's first N (agencies42: the
stories from index 10,000 on are the lead's fresh measurement pool; never list names there).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_actor_coding as ev  # noqa: E402
from watchfloor.extract.gazetteer import fold  # noqa: E402
from watchfloor.nlp import NlpStage  # noqa: E402
from watchfloor.nlp.pipeline import without_failures  # noqa: E402
from watchfloor.normalise import to_document  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300, help="documents per corpus")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--top", type=int, default=80)
    ap.add_argument("--out", type=Path, help="write every uncoded name to this TSV")
    ap.add_argument("--before", type=int, help="draw Reuters stories only among the file's first N")
    args = ap.parse_args()
    pairs = ev.load(args.docs, args.seed, before=args.before)
    stage = NlpStage(extractors=("actors", "events"), batch_size=16)
    docs = list(without_failures(stage.process(to_document(raw) for _, raw in pairs)))
    in_docs: Counter[tuple[str, str]] = Counter()
    in_events: Counter[tuple[str, str]] = Counter()
    shown: dict[tuple[str, str], str] = {}
    for (corpus, _raw), doc in zip(pairs, docs, strict=True):
        args_of = Counter(
            x for e in doc.events if ev.asserted(e) for x in (e.source, e.target) if x
        )
        seen = set()
        for ent in doc.entities:
            if ent.type != "organization" or ent.actor_code or ent.id.startswith("act:"):
                continue
            key = (corpus, fold(ent.name))
            shown.setdefault(key, " ".join(ent.name.split()))
            in_events[key] += args_of[ent.id]
            if key not in seen:
                seen.add(key)
                in_docs[key] += 1
    ranked = sorted(in_docs, key=lambda k: (-in_docs[k], -in_events[k], k))
    print(f"{'corpus':12} {'docs':>4} {'events':>6}  name")
    for key in ranked[: args.top]:
        print(f"{key[0]:12} {in_docs[key]:>4} {in_events[key]:>6}  {shown[key]}")
    if args.out:
        with args.out.open("w", encoding="utf-8") as fh:
            for key in ranked:
                fh.write(f"{key[0]}\t{in_docs[key]}\t{in_events[key]}\t{shown[key]}\n")


if __name__ == "__main__":
    main()
