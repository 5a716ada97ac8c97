"""Coverage of UniversalPetrarch's Spanish verbs by watchfloor's own Spanish lexicon.

Place in the flow: a data audit beside ``bench/eval_spanish.py`` (issue 17, spanish28).
Reads the converted ``data/events/es/up_verbs.tsv`` (UniversalPetrarch, MIT; rows without
following words: one verb, its first listed code) and watchfloor's ``verbs_es.yaml`` /
``senses_es.yaml`` through :class:`~watchfloor.extract.spanish.lexicon.SpanishLexicon`,
and prints, per CAMEO root 01-20 of the UniversalPetrarch code, how many of its verbs our
lexicon codes under the same root, under another root, blocks (``code: null``), or leaves
to UniversalPetrarch alone (coded only with a full dyad, see docs/spanish.md). ``--list
ROOT`` prints the UniversalPetrarch-only verbs of one root. No shared data needed.

    PYTHONPATH=src python bench/up_coverage_es.py [--list 18]
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from watchfloor.data import read_tsv
from watchfloor.extract.gazetteer import fold
from watchfloor.extract.spanish.lexicon import spanish_lexicon


def table() -> tuple[dict[str, Counter[str]], dict[str, list[str]]]:
    lex = spanish_lexicon()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    only: dict[str, list[str]] = defaultdict(list)
    seen: set[str] = set()
    for row in read_tsv(lex.root / "up_verbs.tsv"):
        lemma = fold(row["lemma"])
        if row["pos"] != "VERB" or (row.get("then") or "").strip() or lemma in seen:
            continue
        seen.add(lemma)
        root = row["code"][:2]
        ours = lex.verbs.get((lemma, "VERB"))
        if ours is not None and ours.origin == "watchfloor":
            kind = (
                "blocked"
                if not ours.code
                else ("same root" if ours.code[:2] == root else "other root")
            )
        elif lemma in lex.senses:
            kind = "object senses"
        else:
            kind = "UP only"
            only[root].append(lemma)
        counts[root][kind] += 1
    return counts, only


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--list", default=None, metavar="ROOT", help="UP-only verbs of a root")
    args = ap.parse_args()
    counts, only = table()
    kinds = ("same root", "other root", "object senses", "blocked", "UP only")
    print("| UP root | UP verbs | " + " | ".join(kinds) + " |")
    print("|---" * (len(kinds) + 2) + "|")
    total: Counter[str] = Counter()
    for root in sorted(counts):
        if not root.isdigit() or not 1 <= int(root) <= 20:
            continue
        c = counts[root]
        total.update(c)
        print(f"| {root} | {sum(c.values())} | " + " | ".join(str(c[k]) for k in kinds) + " |")
    print(f"| all | {sum(total.values())} | " + " | ".join(str(total[k]) for k in kinds) + " |")
    if args.list:
        print(" ".join(sorted(only.get(args.list.zfill(2), []))))


if __name__ == "__main__":
    main()
