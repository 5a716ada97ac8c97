"""Where ``watchfloor extract`` spends its CPU, stage by stage (a profile, not a benchmark).

Runs the real ``watchfloor extract`` command in this process on one input file, with each
stage's entry points wrapped by a timer of the calling thread's CPU time (exclusive: a
stage nested in another is subtracted from it): ingest/read, language detection,
normalisation, dedup, the tokenizer, each extractor, the check-worthiness model, the
payload glue, JSON output, the scratch index writes, model loads. What is left in "main"
is spaCy's own components plus the imports. Compare the total with a bare spaCy run of the
same file (``bench/throughput.py`` does that in fresh processes). No sampling profiler is
needed and Cython calls are not distorted (only Python entry points are wrapped).

Usage: python bench/extract_cpu.py INPUT.jsonl   (e.g. a throughput.py slice)
"""

# ruff: noqa: E402, E401, I001 - the clock starts before the imports it measures
import sys, time, threading

T0 = time.process_time()
import functools
from collections import defaultdict

acc = defaultdict(float)
local = threading.local()


def _stack():
    s = getattr(local, "s", None)
    if s is None:
        s = local.s = []
    return s


def enter(name):
    s = _stack()
    now = time.thread_time()
    if s:
        acc[s[-1][0]] += now - s[-1][1]
    s.append([name, now])


def leave():
    s = _stack()
    now = time.thread_time()
    name, t = s.pop()
    acc[name] += now - t
    if s:
        s[-1][1] = now


def wrap(obj, attr, name):
    f = getattr(obj, attr)

    @functools.wraps(f)
    def w(*a, **k):
        enter(name)
        try:
            return f(*a, **k)
        finally:
            leave()

    setattr(obj, attr, w)


def wrap_gen(obj, attr, name):
    f = getattr(obj, attr)

    @functools.wraps(f)
    def w(*a, **k):
        it = iter(f(*a, **k))
        while True:
            enter(name)
            try:
                x = next(it)
            except StopIteration:
                leave()
                return
            except BaseException:
                leave()
                raise
            leave()
            yield x

    setattr(obj, attr, w)


import watchfloor.cli as cli

T_imp = time.process_time() - T0
import watchfloor.pipeline as pl
import watchfloor.ingest.language as lang
import watchfloor.ingest.records as rec
import watchfloor.nlp.pipeline as nlpp
import watchfloor.nlp.component as comp
import watchfloor.dedup.clusters as clusters
from watchfloor.store.duckdb_store import DuckDBStore

wrap(lang, "detect_language", "language detection")
rec.detect_language = lang.detect_language
wrap_gen(pl, "iter_documents", "ingest/read")
wrap(pl, "_identified", "normalise (to_document)")
wrap(clusters.ClusterAssigner, "assign", "dedup (signature + lookup)")
wrap(DuckDBStore, "existing", "dedup (existing uids)")
wrap(DuckDBStore, "write_batch", "scratch index writes")
wrap(nlpp.NlpStage, "__init__", "start-up: model + extractors load")
wrap(pl, "_settle", "start-up: settle (langid, geo index, gc.freeze)")
wrap(nlpp, "apply_result", "glue: apply_result (payload -> Document)")
wrap(comp.ExtractComponent, "_extract", "extractors (per doc)")
_fin = comp.ExtractComponent._finish


def _finish(extractor, items):
    enter("extractors (batch finish: claims)")
    try:
        return _fin(extractor, items)
    finally:
        leave()


comp.ExtractComponent._finish = staticmethod(_finish)
wrap(pl.JsonlSink, "write_batch", "serialisation (JSON out)")
wrap(nlpp.NlpStage, "_make", "spaCy tokenizer (make_doc)")
# the headline component runs inside spaCy: wrap its function in the registry
import watchfloor.nlp.headline as hl

wrap(hl, "headline_end", "headline component")

import watchfloor.extract.actors as xa
import watchfloor.extract.claims as xc
import watchfloor.extract.events as xe

wrap(xa.ActorExtractor, "__call__", "extractor: actors")
wrap(xe.EventExtractor, "__call__", "extractor: events")
wrap(xc.ClaimExtractor, "begin", "extractor: claims (begin)")
wrap(xc.ClaimExtractor, "finish_batch", "extractor: claims (finish_batch)")
import watchfloor.extract.claims.checkworthiness as cwm

wrap(cwm.CheckWorthiness, "score_rows", "claims: check-worthiness model (score_rows)")
import watchfloor.extract.base as xb

wrap(xb.Extraction, "to_payload", "glue: to_payload")
enter("main (spaCy components + rest)")
import tempfile
from pathlib import Path
import contextlib

OUT = Path(tempfile.mkdtemp(prefix="extract-cpu-")) / "out.jsonl"
sys.argv = ["watchfloor", "extract", sys.argv[1], "-o", str(OUT), "--quiet"]
with contextlib.suppress(SystemExit):
    cli.main()
leave()
total = time.process_time() - T0
print(f"process CPU {total:.2f} s; imports of watchfloor.cli {T_imp:.2f} s")
rows = sorted(acc.items(), key=lambda kv: -kv[1])
for k, v in rows:
    print(f"{v:8.2f} s {100 * v / total:6.1f} %  {k}")
print(f"{total - sum(acc.values()) - T_imp:8.2f} s  unaccounted (imports before the run, exit)")
