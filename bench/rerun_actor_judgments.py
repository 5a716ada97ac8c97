"""Re-run the documents of every judged actor key and say which judged codes are still made.

Place in the flow: a benchmark helper of the extract stage (actors). Reads the judged keys
of ``bench/data/actor_coding_judgments.tsv`` (tuned-on material: a check that error
classes stay fixed and judged-right codes stay, not a precision figure), rebuilds each
key's document as ``bench/eval_actor_coding.py`` does, runs the NLP stage with the actor
extractor and writes, per key, whether the judged entity still carries the judged code.

Usage:
    WATCHFLOOR_SHARED=/work/shared PYTHONPATH=src python bench/rerun_actor_judgments.py \
        --out /tmp/keys.json [--wrong] [--seed 11 --docs 150] [--kinds]

``--kinds`` splits the judged keys still made by how their country was found (inferred
from the article or stated) and by the kind of entity (a bare national role phrase, a
person with a title, a named organisation, other), with each cell's judged precision.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_actor_coding as ev  # noqa: E402
from watchfloor.model import RawDocument  # noqa: E402
from watchfloor.nlp import NlpStage  # noqa: E402
from watchfloor.nlp.pipeline import without_failures  # noqa: E402
from watchfloor.normalise import to_document  # noqa: E402


def judged() -> dict[str, tuple[str, str]]:
    out = {}
    with ev.JUDGMENTS.open(encoding="utf-8") as fh:
        for row in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"):
            out[" ".join(row["key"].split())] = (row["judgment"], row.get("note") or "")
    return out


def documents(ids: set[str]) -> list[RawDocument]:
    out = []
    for line in ev.INSIGHT.open(encoding="utf-8"):
        row = json.loads(line)
        if row["id"] in ids:
            out.append(
                RawDocument(
                    id=row["id"],
                    text=row["text"],
                    origin=str(ev.INSIGHT),
                    fmt="json",
                    source="insightcrime.org",
                )
            )
    for line in ev.REUTERS.open(encoding="utf-8"):
        row = json.loads(line)
        if row["id"] not in ids:
            continue
        published = ev._reuters_date(row.get("date"))
        text = row["text"]
        if row.get("dateline"):
            text = f"{' '.join(row['dateline'].split())} {text}"
        if row.get("title"):
            text = f"{row['title'].title()}.\n{text}"
        out.append(
            RawDocument(
                id=row["id"],
                text=text,
                origin=str(ev.REUTERS),
                fmt="json",
                source="Reuters",
                published=published,
                published_precision="day" if published else "unknown",
            )
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, help="JSON file: every coded key per document")
    ap.add_argument("--wrong", action="store_true", help="print judged-wrong keys still made")
    ap.add_argument(
        "--seed",
        type=int,
        help="instead: the documents of eval_actor_coding's "
        "seeded sample (with --docs), to diff two coders' keys",
    )
    ap.add_argument("--docs", type=int, default=150)
    ap.add_argument(
        "--kinds",
        action="store_true",
        help="judged precision of the keys still made by inferred/stated country and entity kind",
    )
    args = ap.parse_args()
    keys = judged()
    ids = {k.split("|")[0] for k in keys}
    stage = NlpStage(extractors=("actors",), batch_size=16)
    made: dict[str, list[str]] = {}
    kinds: dict[str, tuple[bool, str]] = {}
    raws = (
        documents(ids) if args.seed is None else [raw for _, raw in ev.load(args.docs, args.seed)]
    )
    for raw, doc in zip(
        raws, without_failures(stage.process(to_document(r) for r in raws)), strict=True
    ):
        coded = [e for e in doc.entities if e.type in {"person", "organization"} and e.actor_code]
        made[raw.id] = sorted(ev._key(raw.id, e.name, e.actor_code) for e in coded)
        for e in coded:
            kinds[ev._key(raw.id, e.name, e.actor_code)] = (
                bool(e.attributes.get("country_inferred")),
                entity_kind(e),
            )
    Path(args.out).write_text(json.dumps(made, indent=0, ensure_ascii=False))
    if args.seed is not None:
        return
    present = {k for v in made.values() for k in v}
    counts = {"correct": [0, 0], "incorrect": [0, 0]}
    for key, (verdict, note) in keys.items():
        if verdict in counts:
            counts[verdict][0] += 1
            counts[verdict][1] += key in present
            if args.wrong and verdict == "incorrect" and key in present:
                print(f"{key}\t{note}")
    for verdict, (n, k) in counts.items():
        print(f"judged {verdict}: {n}; still made: {k}")
    if args.kinds:
        print_kinds(keys, kinds)
        Path(args.out).with_suffix(".kinds.json").write_text(
            json.dumps({k: [inf, kind] for k, (inf, kind) in kinds.items()}, ensure_ascii=False)
        )


def entity_kind(ent) -> str:
    """How an entity was named: ``role`` (a bare national role phrase, "the police",
    "Congress" read as a country's body), ``titled`` (a person coded from a title),
    ``named org`` (an organisation by its own name), ``other`` (a person by name, ...)."""
    attrs = ent.attributes
    if attrs.get("recognised_by") == "role":
        return "role"
    if ent.type == "person" and attrs.get("code_from") == "title":
        return "titled"
    if ent.type == "organization":
        return "named org"
    return "other"


def print_kinds(keys: dict[str, tuple[str, str]], kinds: dict[str, tuple[bool, str]]) -> None:
    """Judged precision of the keys still made, by inferred/stated country and kind."""
    cells: dict[tuple[bool, str], list[int]] = {}
    for key, (verdict, _) in keys.items():
        if key in kinds and verdict in {"correct", "incorrect"}:
            cell = cells.setdefault(kinds[key], [0, 0])
            cell[0] += verdict == "correct"
            cell[1] += 1
    for (inferred, kind), (k, n) in sorted(cells.items()):
        lo, hi = ev.wilson(k, n)
        print(
            f"{'inferred' if inferred else 'stated'}\t{kind}\t{k}/{n}\t{k / n:.2f}\t"
            f"[{lo:.2f}, {hi:.2f}]"
        )


if __name__ == "__main__":
    main()
