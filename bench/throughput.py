"""Throughput and memory of the pipeline against bare spaCy, measured in the same run.

For each corpus slice it times, in fresh subprocesses (so peak RSS is per run):
  * ``spacy``   — bare ``nlp.pipe`` with the same model, batch size and worker count;
  * ``extract`` — ``watchfloor extract`` (ingest, dedup, NLP, extractors, JSONL out);
  * ``ingest``  — ``watchfloor ingest`` into a fresh DuckDB file;
and prints documents/s, words/s, the ratio to bare spaCy (target: ≤ 1.25) and peak RSS
at 1x and 5x the input (target: flat). Each command also runs on a one-document slice of the
same corpus: that is its fixed start-up cost (imports, model, gazetteer, geo index, store
schema), printed in the ``start`` column. ``ratio`` is wall time over bare spaCy's wall time,
start-up included; ``steady`` is the same ratio with each side's start-up subtracted, the
cost per document once running (what a long ingest pays). ``cpu s`` is the CPU time (user +
system, all processes of the command) and ``cpu`` its ratio to bare spaCy's: it shows that
no stage hides its cost on another core, and it is steadier than wall time on a busy machine.
``cpu0 s`` is the one-document run's CPU time (start-up), and ``cpu st`` the CPU ratio with
each side's ``cpu0 s`` subtracted:
the CPU cost per document of a long run, the figure the 1.25x target is about, and the one
least moved by other load on a shared machine.

Like for like: the baseline loads the same model (``DEFAULT_MODEL``, no component disabled,
as :func:`watchfloor.nlp.pipeline.load_nlp` loads it) and runs ``nlp.pipe`` with the same
batch size and worker count as the command (``--nlp-batch-size``, ``--workers``).
Reads ../shared/corpora; exits if absent.

Usage: python bench/throughput.py [--docs 300] [--workers 1] [--skip-5x] [--skip-ingest]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or ROOT.parent / "shared") / "corpora"

BARE = r"""
import json, sys, spacy
from watchfloor.nlp.pipeline import DEFAULT_MODEL
path, batch, workers = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
nlp = spacy.load(DEFAULT_MODEL)
def texts():
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)["text"]
n = sum(1 for _ in nlp.pipe(texts(), batch_size=batch, n_process=workers))
print(n)
"""


def _slice(src: Path, n: int, copies: int, out: Path) -> tuple[int, int]:
    """Write ``n`` records (times ``copies``, ids made unique) to ``out``; RETURNS docs, words."""
    docs = words = 0
    with src.open(encoding="utf-8") as fh, out.open("w", encoding="utf-8") as dst:
        records = []
        for line in fh:
            rec = json.loads(line)
            if not (rec.get("text") or "").strip():
                continue
            records.append(rec)
            if len(records) >= n:
                break
        for c in range(copies):
            for rec in records:
                text = rec["text"] if c == 0 else f"{rec['text']}\n(copy {c})"
                item = {
                    "id": f"{rec['id']}#{c}",
                    "text": text,
                    "title": rec.get("title"),
                    "published": None,
                }
                dst.write(json.dumps(item) + "\n")
                docs += 1
                words += len(text.split())
    return docs, words


def _timed(cmd: list[str]) -> tuple[float, float, float]:
    """Run ``cmd`` under /usr/bin/time-like accounting.

    RETURNS (wall seconds, peak RSS MiB, CPU seconds: user + system of the command and
    every process it started)."""
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
        "dt = time.perf_counter() - t\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(dt, u.ru_maxrss / 1024, u.ru_utime + u.ru_stime, r.returncode)\n"
        "sys.stderr.write(r.stderr.decode()[-2000:] if r.returncode else '')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True, check=True
    )
    dt, rss, cpu, rc = out.stdout.split()
    if int(rc):  # 1 = something was quarantined: the slices hold no bad input
        raise SystemExit(f"command failed ({rc}): {' '.join(cmd)}\n{out.stderr}")
    return float(dt), float(rss), float(cpu)


def _runs(
    wf: list[str], common: list[str], data: Path, tmp: str, args: argparse.Namespace, tag: str
) -> dict[str, list[str]]:
    """The three commands timed on one input file (bare spaCy first: the baseline)."""
    return {
        "spacy": [sys.executable, "-c", BARE, str(data), str(args.batch_size), str(args.workers)],
        "extract": [*wf, "extract", str(data), "-o", str(Path(tmp) / "o.jsonl"), *common],
        "ingest": [*wf, "ingest", str(data), "--db", str(Path(tmp) / f"{tag}.duckdb"), *common],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300, help="documents per corpus slice")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=32, help="spaCy batch (nlp.pipe), both sides")
    ap.add_argument("--skip-5x", action="store_true", help="skip the 5x memory run")
    ap.add_argument(
        "--skip-ingest", action="store_true", help="time bare spaCy and extract only (no store run)"
    )
    ap.add_argument(
        "--corpus",
        choices=["insightcrime", "reuters"],
        action="append",
        help="only this corpus (repeatable; default both)",
    )
    args = ap.parse_args()
    corpora = {
        "insightcrime": SHARED / "insightcrime-train.jsonl",
        "reuters": SHARED / "reuters21578.jsonl",
    }
    if args.corpus:
        corpora = {k: v for k, v in corpora.items() if k in args.corpus}
    if not all(p.exists() for p in corpora.values()):
        raise SystemExit(f"shared corpora not found under {SHARED}")
    wf = [sys.executable, "-m", "watchfloor.cli"]
    # The same spaCy batch and worker count as the baseline; the store's transaction size
    # stays at its default (RunOptions.batch_size), as a user runs it.
    common = ["--nlp-batch-size", str(args.batch_size), "--workers", str(args.workers), "--quiet"]
    print(
        f"{'corpus':<13}{'size':>5}{'docs':>7}{'words':>9}  {'run':<8}{'s':>8}{'start':>7}"
        f"{'docs/s':>9}{'words/s':>10}{'ratio':>7}{'steady':>7}{'cpu s':>7}{'cpu':>6}"
        f"{'cpu0 s':>7}{'cpu st':>7}{'RSS MiB':>9}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for name, src in corpora.items():
            one = Path(tmp) / f"{name}-one.jsonl"
            _slice(src, 1, 1, one)
            start = {
                run: _timed(cmd)
                for run, cmd in _runs(wf, common, one, tmp, args, f"{name}-one").items()
                if not (args.skip_ingest and run == "ingest")
            }
            for copies in (1,) if args.skip_5x else (1, 5):
                data = Path(tmp) / f"{name}-{copies}.jsonl"
                docs, words = _slice(src, args.docs, copies, data)
                base = steady_base = cpu_base = cpu_steady_base = None
                for run, cmd in _runs(wf, common, data, tmp, args, f"{name}-{copies}").items():
                    if args.skip_ingest and run == "ingest":
                        continue
                    secs, rss, cpu = _timed(cmd)
                    steady = max(secs - start[run][0], 1e-6)
                    cpu_steady = max(cpu - start[run][2], 1e-6)
                    base = base or secs
                    steady_base = steady_base or steady
                    cpu_base = cpu_base or cpu
                    cpu_steady_base = cpu_steady_base or cpu_steady
                    print(
                        f"{name:<13}{copies:>4}x{docs:>7}{words:>9}  {run:<8}{secs:>8.1f}"
                        f"{start[run][0]:>7.1f}{docs / secs:>9.1f}{words / secs:>10.0f}"
                        f"{secs / base:>7.2f}{steady / steady_base:>7.2f}{cpu:>7.1f}"
                        f"{cpu / cpu_base:>6.2f}{start[run][2]:>7.1f}"
                        f"{cpu_steady / cpu_steady_base:>7.2f}{rss:>9.0f}",
                        flush=True,
                    )


if __name__ == "__main__":
    t0 = time.perf_counter()
    main()
    print(f"total {time.perf_counter() - t0:.0f} s")
