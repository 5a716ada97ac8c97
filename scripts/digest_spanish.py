"""Digest of the Spanish extractors' records, to show a speed change keeps output identical.

Place in the flow: a check over NLP → extract (Spanish). Runs watchfloor's NLP stage on
the Spanish development files (``$WATCHFLOOR_SHARED/eval/spanish/``) as the Spanish bench
does (each sentence a document; each wire story one document; eight sentences joined, as
the throughput bench does) and on the fresh gold TSV (sentence and story documents), then
prints, per set, a sha256 of every document's entities, events, claims, sentences and
errors (JSON, sorted keys). Run it on two trees and compare the lines.

Usage: python scripts/digest_spanish.py [--gold-tsv bench/data/spanish_fresh_gold.tsv]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from eval_spanish import FILES, SHARED, article, documents, read, read_gold_tsv  # noqa: E402
from watchfloor.model import RawDocument  # noqa: E402
from watchfloor.nlp import NlpStage  # noqa: E402
from watchfloor.normalise import to_document  # noqa: E402


def digest(texts: list[str]) -> tuple[str, int, int]:
    """RETURNS the sha256 (16 hex) of the records of the texts, the documents' event and
    entity counts."""
    docs = [
        to_document(RawDocument(id=f"d{i}", text=t, origin=f"d{i}", fmt="text", language="es"))
        for i, t in enumerate(texts)
    ]
    h = hashlib.sha256()
    n_ev = n_ent = 0
    for d in NlpStage(batch_size=32).process(docs):
        rec = {
            "id": d.raw.id,
            "coding": d.coding,
            "error": d.processing_error,
            "sentences": [s.to_dict() for s in d.sentences],
            "entities": [e.to_dict() for e in d.entities],
            "events": [e.to_dict() for e in d.events],
            "claims": [c.to_dict() for c in d.claims],
            "quantities": d.quantities,
        }
        n_ev += len(d.events)
        n_ent += len(d.entities)
        h.update(json.dumps(rec, sort_keys=True, default=str).encode())
    return h.hexdigest()[:16], n_ev, n_ent


def stories(sentences: list[dict], key: str = "id") -> list[str]:
    groups: dict[str, list[str]] = {}
    for s in sentences:
        groups.setdefault(article(s[key]) if key == "id" else s[key], []).append(s["text"])
    return ["\n\n".join(v) for v in groups.values()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold-tsv", type=Path, default=ROOT / "bench/data/spanish_fresh_gold.tsv")
    args = ap.parse_args()
    sets: dict[str, list[str]] = {}
    every: list[dict] = []
    for name in FILES:
        sents = read(SHARED / "eval" / "spanish" / name)
        every += sents
        sets[f"{name[:12]} sentence"] = [s["text"] for s in sents]
        sets[f"{name[:12]} article"] = stories(sents)
    sets["throughput docs"] = documents(every)
    if args.gold_tsv.exists():
        gold = read_gold_tsv(args.gold_tsv)
        sets["gold sentence"] = [s["text"] for s in gold]
        story_key = "story" if gold and "story" in gold[0] else "id"
        sets["gold article"] = stories(gold, story_key)
    for name, texts in sets.items():
        d, n_ev, n_ent = digest(texts)
        print(f"{name:28} {len(texts):5} docs {n_ev:5} events {n_ent:5} entities  sha256 {d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
