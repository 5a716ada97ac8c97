"""Long-document benchmark: NLP and extraction time of one document of 30k to 480k
characters (issue 15, finding 4: the cost used to grow with the square of the length).

Each document is built by joining InSight Crime articles
(``$WATCHFLOOR_SHARED/corpora/insightcrime-train.jsonl``) in corpus order up to the
target length, and run alone through the NLP stage with every extractor (no time budget).
Printed per size: seconds, seconds per 10k characters, and the growth against the
smallest size (the baseline of the same run): doubling the length should double the
time (ratio ~2 per step, ~16 from 30k to 480k), where a quadratic path gives ~4 per step.

    PYTHONPATH=src .venv/bin/python bench/long_docs.py [--sizes 30000,60000,...] [--json F]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

from watchfloor.model import RawDocument
from watchfloor.nlp import NlpStage
from watchfloor.normalise import to_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or ROOT.parent / "shared")
CORPUS = SHARED / "corpora" / "insightcrime-train.jsonl"


def long_text(chars: int) -> str:
    parts, total = [], 0
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("text") or ""
            parts.append(text)
            total += len(text) + 2
            if total >= chars:
                break
    return "\n\n".join(parts)[:chars]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="30000,60000,120000,240000,480000")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    if not CORPUS.exists():
        sys.exit(f"corpus not available: {CORPUS} (set WATCHFLOOR_SHARED)")
    stage = NlpStage(time_budget=None)
    warm = to_document(
        RawDocument(id="warm", text=long_text(3000), origin="w", fmt="text", published="2024-01-01")
    )
    list(stage.process([warm]))  # lazy data loaded before timing
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        doc = to_document(
            RawDocument(
                id=f"long-{size}",
                text=long_text(size),
                origin="bench",
                fmt="text",
                published="2024-01-01",
            )
        )
        t = time.perf_counter()
        (out,) = list(stage.process([doc]))
        dt = time.perf_counter() - t
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rows.append(
            {
                "chars": len(doc.text),
                "seconds": round(dt, 2),
                "s_per_10k": round(dt / len(doc.text) * 10_000, 3),
                "events": len(out.events),
                "entities": len(out.entities),
                "error": out.processing_error,
                "peak_rss_mb": round(rss),
            }
        )
        base = rows[0]
        r = rows[-1]
        print(
            f"{r['chars']:>7} chars: {r['seconds']:>7.2f} s  {r['s_per_10k']:.3f} s/10k  "
            f"x{r['seconds'] / base['seconds']:.1f} time for x{r['chars'] / base['chars']:.0f} "
            f"length  ({r['events']} events, peak RSS {r['peak_rss_mb']} MB)"
            + (f"  ERROR {r['error'][:80]}" if r["error"] else ""),
            flush=True,
        )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
