"""Build ``src/watchfloor/data/nlp/lowercase_words.tsv``: English words that news text
writes in lower case in mid-sentence and that seldom open a sentence.

The list drives :mod:`watchfloor.nlp.casing` (Reuters' capitalised word after "U.S.":
"the U.S. And Japan", "U.S. Officials said"). It is counted, never written by hand, from
the first 10,000 stories of Reuters-21578 (``../shared/corpora/reuters21578.jsonl``;
the stories after them are left for measuring the repair):

* ``lower``: the word in lower case right after a lower-case word ("the officials");
* ``title_mid``: the word in title case in the same place ("the Treasury");
* ``opener``: the word in title case after a sentence end (". Officials said").

A word is kept when ``lower >= 5``, ``title_mid / (lower + title_mid) <= 0.05`` (a
common lower-case word, not part of names) and ``opener / (opener + lower) < 0.2`` (a
capital after "U.S." is unlikely to start a real sentence: "The", "He", "It", "But" stay
out).

    python scripts/build_lowercase_words.py            # rewrites the data file
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpora" / "reuters21578.jsonl"
OUT = ROOT / "src" / "watchfloor" / "data" / "nlp" / "lowercase_words.tsv"
STORIES = 10_000
MIN_LOWER, MAX_TITLE_SHARE, MAX_OPENER_SHARE = 5, 0.05, 0.2
MID = re.compile(r"\b[a-z]+[ \n]+([A-Za-z][a-z]+)\b")
OPENER = re.compile(r"(?:^|[a-z0-9]{2}[.?!]\"?\s+)([A-Z][a-z]+)\b")


def count(texts: list[str]) -> tuple[Counter, Counter, Counter]:
    """RETURNS (lower, title_mid, opener) counts per lower-case word."""
    lower: Counter = Counter()
    title: Counter = Counter()
    opener: Counter = Counter()
    for text in texts:
        for m in MID.finditer(text):
            word = m.group(1)
            if word[0].isupper():
                title[word.lower()] += 1
            else:
                lower[word] += 1
        for m in OPENER.finditer(text):
            opener[m.group(1).lower()] += 1
    return lower, title, opener


def kept(lower: Counter, title: Counter, opener: Counter) -> list[str]:
    """RETURNS the words that pass the three thresholds, sorted."""
    return sorted(
        w
        for w, n in lower.items()
        if n >= MIN_LOWER
        and title[w] / (n + title[w]) <= MAX_TITLE_SHARE
        and opener[w] / (n + opener[w]) < MAX_OPENER_SHARE
    )


def main() -> None:
    with CORPUS.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for _, line in zip(range(STORIES), fh, strict=False)]
    lower, title, opener = count(texts)
    words = kept(lower, title, opener)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as out:
        out.write(
            "# English words written in lower case mid-sentence that seldom open a sentence.\n"
            f"# Counted by scripts/build_lowercase_words.py from the first {STORIES:,} stories"
            " of Reuters-21578\n"
            f"# (lower >= {MIN_LOWER}, title_mid share <= {MAX_TITLE_SHARE}, opener share"
            f" < {MAX_OPENER_SHARE}); read by watchfloor.nlp.casing. Counts only, no text.\n"
            "word\tlower\ttitle_mid\topener\n"
        )
        for w in words:
            out.write(f"{w}\t{lower[w]}\t{title[w]}\t{opener[w]}\n")
    print(f"{len(words)} words -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
