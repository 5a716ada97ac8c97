"""Evaluate claim attribution (source, cue, content) on the PolNeAR development articles.

Reads ``../shared/eval/polnear-dev/`` (brat standoff: ``Source``, ``Cue`` and ``Content``
text-bound spans joined by ``Attribution`` / ``Attribution-no-source`` events; offsets are
characters into ``text/<name>.txt``; annotation files are ``attributions/<name>_<ann>.ann``,
and an article annotated twice is scored against each annotation). Runs the full
watchfloor pipeline (actors, events, claims) on each article and scores its *attributed*
claims only (unattributed article-voice assertions are not PolNeAR attributions).

Spans are compared as sets of word tokens (``\\w+`` or one punctuation character, so edge
punctuation and quotes count); brat discontinuous spans are the union of their pieces.
* exact: the same token set (leading/trailing punctuation ignored on both sides);
* overlap: ``|gold ∩ pred| / max(|gold|, |pred|) >= 0.5`` (at least half of each side).
Gold and predicted spans are paired one-to-one, greedily by overlap. A whole attribution
matches when its cue and content match and its source matches too (gold attributions
without a source need a predicted claim with no speaker, or any speaker under
``--lenient-nosource``).

Development data: the claims extractor is tuned on these articles. ``--split`` scores a
part: the articles are cut, once and for all by a seeded hash of their names (seed 13),
into a *tune* two-thirds that attribution work may look at and a *holdout* third that it
must not (its errors are never printed); the figures of the holdout third are the less
optimistic ones. The trained cue gate (``python -m watchfloor.training attribution_cues``)
learns from the tune articles only, with the same split (``split_of``), so its tune
figures here are in-sample.

Usage: python bench/eval_attribution.py [--split all|tune|holdout] [--limit-docs N]
       [--show-errors N] [--show-misses N]
"""

from __future__ import annotations

import argparse
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from watchfloor.model import RawDocument
from watchfloor.nlp import NlpStage
from watchfloor.nlp.pipeline import without_failures
from watchfloor.normalise import to_document
from watchfloor.training.attribution_cues import split_of  # the trained cue gate's split

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or ROOT.parent / "shared")
POLNEAR = SHARED / "eval" / "polnear-dev"
PARTS = ("source", "cue", "content")
TOKEN = re.compile(r"\w+|[^\w\s]")

Tokens = frozenset[int]


@dataclass
class Attribution:
    source: Tokens | None
    cue: Tokens
    content: Tokens


def tokenize(text: str) -> list[tuple[int, int, bool]]:
    """RETURNS (start, end, is_word) for every token of ``text``."""
    return [
        (m.start(), m.end(), m.group()[0].isalnum() or m.group()[0] == "_")
        for m in TOKEN.finditer(text)
    ]


class TokenIndex:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.starts = [t[0] for t in self.tokens]

    def span(self, pieces: list[tuple[int, int]]) -> Tokens:
        """Token ids whose characters lie (mostly) inside any of ``pieces``."""
        from bisect import bisect_left

        out: set[int] = set()
        for a, b in pieces:
            i = bisect_left(self.starts, a)
            if i > 0 and self.tokens[i - 1][1] > a:  # a token that starts before ``a``
                i -= 1
            while i < len(self.tokens) and self.tokens[i][0] < b:
                s, e, _ = self.tokens[i]
                if min(e, b) - max(s, a) > 0:
                    out.add(i)
                i += 1
        return frozenset(out)

    def trimmed(self, toks: Tokens) -> Tokens:
        """Drop leading and trailing punctuation tokens (for the exact comparison)."""
        order = sorted(toks)
        while order and not self.tokens[order[0]][2]:
            order.pop(0)
        while order and not self.tokens[order[-1]][2]:
            order.pop()
        return frozenset(order)


def read_ann(path: Path, index: TokenIndex) -> list[Attribution]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, info, *_ = line.split("\t")
            label, _, offsets = info.partition(" ")
            pieces = [tuple(int(x) for x in p.split()) for p in offsets.split(";")]
            spans[tid] = (label, pieces)  # type: ignore[assignment]
        elif line.startswith("E"):
            _, info = line.split("\t")[:2]
            args = dict(a.split(":", 1) for a in info.split())
            events.append({k.lower(): v for k, v in args.items()})
    out = []
    for ev in events:
        if "cue" not in ev or "content" not in ev:
            continue
        src = index.span(spans[ev["source"]][1]) if "source" in ev else None
        out.append(
            Attribution(src, index.span(spans[ev["cue"]][1]), index.span(spans[ev["content"]][1]))
        )
    return out


def match(gold: Tokens | None, pred: Tokens | None, mode: str, index: TokenIndex) -> bool:
    if not gold or not pred:
        return False
    if mode == "exact":
        return index.trimmed(gold) == index.trimmed(pred)
    return len(gold & pred) / max(len(gold), len(pred)) >= 0.5


def pair(golds: list, preds: list, ok, score) -> int:
    """Greedy one-to-one pairing by ``score`` among pairs with ``ok``. RETURNS matches."""
    cands = [
        (score(g, p), i, j) for i, g in enumerate(golds) for j, p in enumerate(preds) if ok(g, p)
    ]
    cands.sort(reverse=True)
    used_g, used_p, n = set(), set(), 0
    for _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            n += 1
    return n


def _ov(a: Tokens | None, b: Tokens | None) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))


def evaluate(docs, lenient_nosource: bool) -> dict[tuple[str, str], list[int]]:
    """RETURNS {(part, mode): [tp, n_pred, n_gold]}."""
    res = {(p, m): [0, 0, 0] for p in (*PARTS, "attribution") for m in ("exact", "overlap")}
    for index, gold, pred in docs:
        for mode in ("exact", "overlap"):
            for part in PARTS:
                g = [getattr(a, part) for a in gold if getattr(a, part)]
                p = [getattr(a, part) for a in pred if getattr(a, part)]
                r = res[(part, mode)]
                r[0] += pair(g, p, lambda x, y, m=mode, ix=index: match(x, y, m, ix), _ov)
                r[1] += len(p)
                r[2] += len(g)

            def whole(
                g: Attribution, p: Attribution, m: str = mode, ix: TokenIndex = index
            ) -> bool:
                if not (match(g.cue, p.cue, m, ix) and match(g.content, p.content, m, ix)):
                    return False
                if g.source is None:
                    return lenient_nosource or p.source is None
                return match(g.source, p.source, m, ix)

            r = res[("attribution", mode)]
            r[0] += pair(gold, pred, whole, lambda g, p: _ov(g.content, p.content))
            r[1] += len(pred)
            r[2] += len(gold)
    return res


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit-docs", type=int, default=None)
    ap.add_argument("--lenient-nosource", action="store_true")
    ap.add_argument("--split", choices=("all", "tune", "holdout"), default="all")
    ap.add_argument(
        "--show-errors",
        type=int,
        default=0,
        help="print N predicted claims whose content matches no gold content",
    )
    ap.add_argument(
        "--show-misses",
        type=int,
        default=0,
        help="print N gold attributions no predicted claim matches (overlap)",
    )
    args = ap.parse_args()
    if (args.show_errors or args.show_misses) and args.split != "tune":
        raise SystemExit("errors are shown for --split tune only (holdout stays unseen)")
    if not POLNEAR.exists():
        raise SystemExit(f"PolNeAR data not found: {POLNEAR} (set WATCHFLOOR_SHARED)")
    anns = sorted((POLNEAR / "attributions").glob("*.ann"))
    texts: dict[str, str] = {}
    pairs: list[tuple[str, Path]] = []
    for ann in anns:
        name = ann.stem.rsplit("_", 1)[0]
        txt = POLNEAR / "text" / f"{name}.txt"
        if txt.exists():
            texts.setdefault(name, txt.read_text(encoding="utf-8"))
            pairs.append((name, ann))
    names = [n for n in sorted(texts) if args.split in ("all", split_of(n))][: args.limit_docs]
    stage = NlpStage()
    t0 = time.perf_counter()
    docs_in = [to_document(RawDocument(id=n, text=texts[n], origin=n, fmt="text")) for n in names]
    predicted: dict[str, tuple[TokenIndex, list[Attribution], list]] = {}
    for doc in without_failures(stage.process(docs_in)):
        index = TokenIndex(doc.text)
        preds = []
        claims = [c for c in doc.claims if c.attributed and c.cue is not None]
        for c in claims:
            # the speaker's whole phrase where the extractor gives one (with its
            # apposition: PolNeAR sources are whole noun phrases), else the speaker
            who = c.extra.get("speaker_phrase") or (c.speaker.to_dict() if c.speaker else None)
            src = index.span([(who["start"], who["end"])]) if who else None
            parts = c.extra.get("content_parts") or [c.content.to_dict()]
            pieces = [(p["start"], p["end"]) for p in parts]
            preds.append(
                Attribution(src, index.span([(c.cue.start, c.cue.end)]), index.span(pieces))
            )
        predicted[doc.raw.id] = (index, preds, claims)
    elapsed = time.perf_counter() - t0
    scored = []
    for name, ann in pairs:
        if name not in predicted:
            continue
        index, preds, _ = predicted[name]
        scored.append((index, read_ann(ann, index), preds))
    res = evaluate(scored, args.lenient_nosource)
    n_gold = sum(len(g) for _, g, _ in scored)
    print(
        f"PolNeAR dev ({args.split}): {len(names)} articles, {len(scored)} annotation files, "
        f"{n_gold} gold attributions, "
        f"{sum(len(p) for _, _, p in scored)} predicted (pipeline {elapsed:.0f} s)"
    )
    print(f"{'':<13}{'exact P    R    F1':>22}{'overlap>=50% P    R    F1':>30}")
    for part in (*PARTS, "attribution"):
        cells = []
        for mode in ("exact", "overlap"):
            p, r, f = prf(*res[(part, mode)])
            cells.append(f"{p:>8.3f}{r:>7.3f}{f:>7.3f}")
        print(f"{part:<13}{cells[0]:>22}{cells[1]:>30}")
    if args.show_errors:
        shown = 0
        for name, ann in pairs:
            index, preds, claims = predicted.get(name, (None, [], []))
            if index is None:
                continue
            gold = read_ann(ann, index)
            for a, c in zip(preds, claims, strict=True):
                if not any(match(g.content, a.content, "overlap", index) for g in gold):
                    print(
                        f"FP {name}: [{c.speaker.text if c.speaker else '-'}] "
                        f"<{c.cue.text}> {c.content.text[:120]!r}"
                    )
                    shown += 1
            if shown >= args.show_errors:
                break
    if args.show_misses:
        shown = 0
        for name, ann in pairs:
            index, preds, _ = predicted.get(name, (None, [], []))
            if index is None:
                continue
            text = texts[name]
            for g in read_ann(ann, index):
                if any(match(g.content, a.content, "overlap", index) for a in preds):
                    continue
                print(
                    f"MISS {name}: [{_text(index, g.source, text)}] "
                    f"<{_text(index, g.cue, text)}> {_text(index, g.content, text)[:140]!r}"
                )
                shown += 1
            if shown >= args.show_misses:
                break


def _text(index: TokenIndex, toks: Tokens | None, text: str) -> str:
    if not toks:
        return "-"
    order = sorted(toks)
    return text[index.tokens[order[0]][0] : index.tokens[order[-1]][1]].replace("\n", " ")


if __name__ == "__main__":
    main()
