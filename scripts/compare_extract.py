"""Prove a change leaves ``watchfloor extract`` output unchanged, byte for byte.

Runs ``watchfloor extract`` from a base git revision (checked out in a throw-away
worktree) and from the working tree, on the same inputs, and compares the JSONL:

* ``data/sample`` (the bundled sample corpus);
* ``../shared/seed/seed-article.txt`` (skipped when absent);
* the first N Reuters stories of ``../shared/corpora/reuters21578.jsonl`` (default 200;
  skipped when absent);
* with ``--insight N``, the first N InSight Crime stories of
  ``../shared/corpora/insightcrime-train.jsonl`` (default 0: none; skipped when absent).

Used for refactors that must not change behaviour (moves, renames, clean-ups)::

    .venv/bin/python scripts/compare_extract.py --base main      # or any commit
    .venv/bin/python scripts/compare_extract.py --base HEAD~3 --reuters 50

``--codes`` also lists the actor codes that changed (document, entity, base → new) and the
asserted events whose two sides became or stopped being coded, to read a sample of a
change that is meant to change the output::

    .venv/bin/python scripts/compare_extract.py --base b18f050 --reuters 60 --codes

``--spanish`` adds the Spanish development sentences of ``../shared/eval/spanish/`` (the
two validation files bench/eval_spanish.py scores, language ``es``): each sentence as a
document, and the eight-sentence documents that bench's throughput times (skipped when
absent); with ``--reuters 0`` a Spanish-only check (the sample corpus has its ``es``
folder)::

    .venv/bin/python scripts/compare_extract.py --base main --reuters 0 --spanish

``--input FILE.jsonl`` (repeatable) adds a corpus file of one's own, compared under its
file name (filter45: 300 never-read Reuters stories written by a draw's article rule)::

    .venv/bin/python scripts/compare_extract.py --base main --reuters 0 --input /tmp/x.jsonl

``--modality`` lists the events (same document, trigger, code and sides) whose modality
flags changed, base -> new, with the trigger marked in its sentence; ``--events`` every
event only one output has (``-`` base, ``+`` new: another code, sides or modality), to read
which roots a change moved. ``--keep DIR`` keeps both outputs of each corpus there
(``NAME.base.jsonl``, ``NAME.new.jsonl``) to count or read them afterwards.

Exit code 0 when every output is identical, 1 when any differs (the first differing line
of each is printed), 2 on a usage or setup error.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED", ROOT.parent / "shared"))


def _head(src: Path, dst: Path, n: int) -> None:
    """Copy the first ``n`` lines of ``src`` to ``dst``."""
    with src.open(encoding="utf-8") as fh, dst.open("w", encoding="utf-8") as out:
        for i, line in enumerate(fh):
            if i >= n:
                break
            out.write(line)


def inputs(workdir: Path, n_reuters: int, n_insight: int = 0) -> dict[str, list[str]]:
    """RETURNS name → input paths for each corpus that is present."""
    out = {"sample": [str(ROOT / "data" / "sample")]}
    seed = SHARED / "seed" / "seed-article.txt"
    if seed.exists():
        out["seed"] = [str(seed)]
    for name, file, n in (
        ("reuters", "reuters21578.jsonl", n_reuters),
        ("insight", "insightcrime-train.jsonl", n_insight),
    ):
        corpus = SHARED / "corpora" / file
        if corpus.exists() and n > 0:
            _head(corpus, workdir / f"{name}.jsonl", n)
            out[name] = [str(workdir / f"{name}.jsonl")]
    return out


SPANISH_DEV = ("spanish_validation_1018_noaccent.xml", "spanish_protest_plover_validation.xml")


def spanish_inputs(workdir: Path) -> dict[str, list[str]]:
    """RETURNS name → input path for the Spanish development sentences (when present):
    ``es-sent`` one document per sentence, ``es-docs`` eight sentences per document (as
    ``bench/eval_spanish.py`` times them); every record has ``language: es``."""
    texts: list[str] = []
    for name in SPANISH_DEV:
        path = SHARED / "eval" / "spanish" / name
        if not path.exists():
            return {}
        tree = ET.fromstring(path.read_text(encoding="utf-8"))
        texts += [(s.findtext("Text") or "").strip() for s in tree.iter("Sentence")]
    out: dict[str, list[str]] = {}
    for name, docs in (
        ("es-sent", texts),
        ("es-docs", [" ".join(texts[i : i + 8]) for i in range(0, len(texts), 8)]),
    ):
        dst = workdir / f"{name}.jsonl"
        with dst.open("w", encoding="utf-8") as fh:
            for i, text in enumerate(docs):
                fh.write(json.dumps({"id": f"{name}-{i}", "text": text, "language": "es"}) + "\n")
        out[name] = [str(dst)]
    return out


def extract(src_dir: Path, paths: list[str], out: Path) -> bytes:
    """Run ``watchfloor extract`` with the package imported from ``src_dir``."""
    env = dict(os.environ, PYTHONPATH=str(src_dir))
    cmd = [sys.executable, "-m", "watchfloor.cli", "extract", *paths, "-o", str(out)]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"extract failed in {src_dir} (rc {proc.returncode}):\n{proc.stderr}")
    return out.read_bytes()


def first_difference(a: bytes, b: bytes) -> str:
    for i, (la, lb) in enumerate(zip(a.splitlines(), b.splitlines(), strict=False)):
        if la != lb:
            at = next((k for k, (x, y) in enumerate(zip(la, lb, strict=False)) if x != y), 0)
            return (
                f"line {i + 1}, byte {at}: base …{la[max(0, at - 80) : at + 80]!r}\n"
                f"{' ' * 10}new  …{lb[max(0, at - 80) : at + 80]!r}"
            )
    return f"line counts differ: {len(a.splitlines())} vs {len(b.splitlines())}"


def code_changes(old: bytes, new: bytes) -> list[str]:
    """The entity codes that differ between two outputs (by document and entity id), and
    the count of events with both actor codes in each: one line each."""

    def read(data: bytes) -> dict[str, dict]:
        return {d["id"]: d for d in (json.loads(ln) for ln in data.splitlines() if ln.strip())}

    def both(d: dict) -> int:
        return sum(1 for e in d.get("events", []) if e.get("source_code") and e.get("target_code"))

    a, b = read(old), read(new)
    out = []
    for doc_id in sorted(set(a) | set(b)):
        ea = {e["id"]: e for e in a.get(doc_id, {}).get("entities", [])}
        eb = {e["id"]: e for e in b.get(doc_id, {}).get("entities", [])}
        for eid in sorted(set(ea) | set(eb)):
            ca = ea[eid].get("actor_code") if eid in ea else "(absent)"
            cb = eb[eid].get("actor_code") if eid in eb else "(absent)"
            if ca != cb:
                name = (eb.get(eid) or ea.get(eid))["name"]
                out.append(f"  {doc_id}\t{name}\t{ca} -> {cb}")
        na, nb = both(a.get(doc_id, {})), both(b.get(doc_id, {}))
        if na != nb:
            out.append(f"  {doc_id}\tevents with both codes\t{na} -> {nb}")
    return out


MODALITY = ("negated", "hypothetical", "future", "alleged")


def modality_changes(old: bytes, new: bytes) -> list[str]:
    """The events present in both outputs (same document, trigger, code and actor codes)
    whose modality flags differ: one line each, base -> new, with the trigger in its
    sentence, to read a sample of a modality change."""

    def events(data: bytes) -> dict[tuple, tuple[str, str]]:
        out = {}
        for d in (json.loads(ln) for ln in data.splitlines() if ln.strip()):
            for e in d.get("events", []):
                key = (
                    d["id"],
                    e["trigger"]["start"],
                    e["code"],
                    e.get("source_code"),
                    e.get("target_code"),
                )
                flags = "+".join(k for k in MODALITY if e.get(k)) or "asserted"
                sent = e["sentence"]["text"]
                at = e["trigger"]["start"] - e["sentence"]["start"]
                end = at + len(e["trigger"]["text"])
                out[key] = (flags, f"{sent[:at]}[[{sent[at:end]}]]{sent[end:]}")
        return out

    a, b = events(old), events(new)
    lines = []
    for key in sorted(set(a) & set(b), key=str):
        if a[key][0] != b[key][0]:
            text = " ".join(b[key][1].split())
            lines.append(f"  {key[0]}\t{key[2]}\t{a[key][0]} -> {b[key][0]}\t{text[:300]}")
    return lines


def event_changes(old: bytes, new: bytes) -> list[str]:
    """The events of one output with no event of the same document, trigger, code, sides
    and modality in the other: ``-`` base only, ``+`` new only, one line each with the
    trigger in its sentence, to read which roots a change moved."""

    def events(data: bytes) -> dict[tuple, str]:
        out = {}
        for d in (json.loads(ln) for ln in data.splitlines() if ln.strip()):
            for e in d.get("events", []):
                flags = "+".join(k for k in MODALITY if e.get(k)) or "asserted"
                key = (
                    d["id"],
                    e["trigger"]["start"],
                    e["code"],
                    e.get("source_code") or "-",
                    e.get("target_code") or "-",
                    flags,
                )
                sent = e["sentence"]["text"]
                at = e["trigger"]["start"] - e["sentence"]["start"]
                end = at + len(e["trigger"]["text"])
                out[key] = " ".join(f"{sent[:at]}[[{sent[at:end]}]]{sent[end:]}".split())
        return out

    a, b = events(old), events(new)
    lines = [
        f"  {mark} {k[0]}\t{k[2]}\t{k[3]} -> {k[4]}\t{k[5]}\t{text[:300]}"
        for mark, mine, other in (("-", a, b), ("+", b, a))
        for k, text in mine.items()
        if k not in other
    ]
    return sorted(lines, key=lambda ln: (ln.split("\t")[0][4:], ln))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", default="main", help="git revision to compare against")
    ap.add_argument("--reuters", type=int, default=200, help="Reuters stories (0: none)")
    ap.add_argument(
        "--insight", type=int, default=0, help="InSight Crime stories (default 0: none)"
    )
    ap.add_argument(
        "--codes",
        action="store_true",
        help="list the changed actor codes and both-coded event counts",
    )
    ap.add_argument(
        "--modality", action="store_true", help="list the events whose modality flags changed"
    )
    ap.add_argument(
        "--events",
        action="store_true",
        help="list the events only one output has (code, sides or modality)",
    )
    ap.add_argument(
        "--spanish",
        action="store_true",
        help="also compare the Spanish development sentences (shared eval/spanish)",
    )
    ap.add_argument(
        "--keep", type=Path, default=None, help="copy both outputs (NAME.base/new.jsonl) here"
    )
    ap.add_argument(
        "--input",
        action="append",
        default=[],
        type=Path,
        help="also compare this JSONL corpus file (repeatable)",
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="wf-compare-") as tmp:
        work = Path(tmp)
        base = work / "base"
        rc = subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(base), args.base],
            capture_output=True,
            text=True,
            check=False,
        )
        if rc.returncode:
            print(rc.stderr, file=sys.stderr)
            return 2
        try:
            changed = 0
            corpora = inputs(work, args.reuters, args.insight)
            if args.spanish:
                corpora.update(spanish_inputs(work))
            corpora.update({path.stem: [str(path)] for path in args.input})
            for name, paths in corpora.items():
                old = extract(base / "src", paths, work / f"{name}.base.jsonl")
                new = extract(ROOT / "src", paths, work / f"{name}.new.jsonl")
                if args.keep:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    (args.keep / f"{name}.base.jsonl").write_bytes(old)
                    (args.keep / f"{name}.new.jsonl").write_bytes(new)
                # the temporary folder's name is in each document's "origin": leave it out so
                # that the digest can be compared between runs
                digest = hashlib.sha256(new.replace(str(work).encode(), b"")).hexdigest()[:16]
                lines = len(new.splitlines())
                if old == new:
                    print(f"{name:8} identical  {lines:4} documents  sha256 {digest}")
                else:
                    changed += 1
                    print(f"{name:8} DIFFERENT  {first_difference(old, new)}")
                    if args.codes:
                        print("\n".join(code_changes(old, new)))
                    if args.modality:
                        found = modality_changes(old, new)
                        print(f"  {len(found)} events with another modality")
                        print("\n".join(found))
                    if args.events:
                        found = event_changes(old, new)
                        print(f"  {len(found)} events in one output only")
                        print("\n".join(found))
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)],
                check=False,
                capture_output=True,
            )
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
