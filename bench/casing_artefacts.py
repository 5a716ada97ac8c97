"""Reuters' capitalised word after "U.S.": what the casing repair (nlp/casing.py) changes.

Takes Reuters-21578 stories after the first 10,000 (the lowercase-word list is counted on
those; these are not), ``--with`` stories that have a repairable word and ``--without``
that have none, parses them with the English pipeline with and without the
``watchfloor_casing`` components (no extractors) and prints, for each set:

* sentences split right after a country abbreviation ("... the U.S. | And Japan ...");
* entities that run from the abbreviation into a title-case word ("U.S. Officials");
* documents whose parse changed at all, and the parse time of each pipeline;
* the two components' own time (finding the words, the copy, the copy back), best of 3,
  as a share of the parse time.

``--write DIR`` also writes both story sets as one JSONL corpus laid out as
``DIR/corpora/reuters21578.jsonl`` (with the shared folder's other entries linked), so
``WATCHFLOOR_SHARED=DIR scripts/compare_extract.py --reuters N --codes --events``
compares events on the same stories.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import time
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from watchfloor.nlp.casing import (
    REPAIR_KEY,
    artefacts,
    country_abbreviations,
    repair_casing,
    restore_casing,
)
from watchfloor.nlp.pipeline import load_nlp

SHARED = Path(os.environ.get("WATCHFLOOR_SHARED", Path(__file__).resolve().parents[2] / "shared"))
CORPUS = SHARED / "corpora" / "reuters21578.jsonl"
NAME_RUN = re.compile(r"(?:[A-Z]\.){2,}\s+[A-Z][a-z]+")


def pick(n_with: int, n_without: int, skip: int) -> tuple[list[dict], list[dict]]:
    """RETURNS stories after ``skip`` with a repairable word and without one."""
    nlp = load_nlp(extractors=())
    with_, without = [], []
    with CORPUS.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i < skip or not line.strip():
                continue
            rec = json.loads(line)
            has = bool(artefacts(nlp.make_doc(rec["text"])))
            if has and len(with_) < n_with:
                with_.append(rec)
            elif not has and len(without) < n_without:
                without.append(rec)
            if len(with_) >= n_with and len(without) >= n_without:
                break
    return with_, without


def counts(docs: list[Doc]) -> tuple[int, int]:
    """RETURNS (sentence splits after a country abbreviation, entities "U.S. <Word>")."""
    abbr = country_abbreviations()
    splits = sum(
        1
        for d in docs
        for s in d.sents
        if s.start > 0 and d[s.start - 1].text in abbr and s[0].text[:1].isupper()
    )
    names = sum(1 for d in docs for e in d.ents if NAME_RUN.search(e.text))
    return splits, names


def parse(nlp: Language, texts: list[str]) -> tuple[list[Doc], float]:
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    return docs, time.perf_counter() - t0


def own_cost(nlp: Language, texts: list[str], parsed: list[Doc]) -> float:
    """RETURNS the seconds the two components take over ``texts`` (best of 3): repair on
    fresh tokens, restore on the parsed copies (their original words put back)."""
    best = float("inf")
    for _ in range(3):
        made = [nlp.make_doc(t) for t in texts]
        t0 = time.perf_counter()
        copies = [repair_casing(d) for d in made]
        for copy, done in zip(copies, parsed, strict=True):
            if REPAIR_KEY in copy.user_data:
                done.user_data[REPAIR_KEY] = copy.user_data[REPAIR_KEY]
                restore_casing(done)
        best = min(best, time.perf_counter() - t0)
    return best


def signature(d: Doc) -> tuple:
    return tuple((t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in d)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--with", dest="n_with", type=int, default=300)
    ap.add_argument("--without", type=int, default=300)
    ap.add_argument("--skip", type=int, default=10_000, help="stories skipped (tuned on)")
    ap.add_argument("--write", type=Path, default=None)
    args = ap.parse_args()
    with_, without = pick(args.n_with, args.without, args.skip)
    new = load_nlp(extractors=())
    old = load_nlp(extractors=("events",))  # a second copy, its casing removed below
    for name in ("watchfloor_casing", "watchfloor_casing_restore", "watchfloor_extract"):
        old.remove_pipe(name)
    for label, recs in (("with", with_), ("without", without)):
        texts = [r["text"] for r in recs]
        before, t_old = parse(old, texts)
        after, t_new = parse(new, texts)
        assert all(a.text == t for a, t in zip(after, texts, strict=True))
        changed = sum(signature(a) != signature(b) for a, b in zip(after, before, strict=True))
        own = own_cost(new, texts, after)
        print(
            f"{label:8s} {len(texts)} stories: splits after abbreviation {counts(before)[0]} -> "
            f"{counts(after)[0]}; 'U.S. <Word>' entities {counts(before)[1]} -> "
            f"{counts(after)[1]}; parse changed in {changed}; "
            f"time {t_old:.1f}s -> {t_new:.1f}s; components' own {own:.2f}s "
            f"({own / t_old:.1%} of the parse)"
        )
    if args.write:
        (args.write / "corpora").mkdir(parents=True, exist_ok=True)
        with (args.write / "corpora" / "reuters21578.jsonl").open("w", encoding="utf-8") as out:
            for rec in with_ + without:
                out.write(json.dumps(rec) + "\n")
        for entry in SHARED.iterdir():
            if entry.name != "corpora" and not (args.write / entry.name).exists():
                (args.write / entry.name).symlink_to(entry)


if __name__ == "__main__":
    main()
