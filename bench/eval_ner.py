"""Evaluate named-entity recognition on the CoNLL-2003 English development split.

Scores, in the same run and on the same text, bare spaCy (``en_core_web_sm``, its own NER)
and watchfloor's actor extractor (spaCy NER corrected and completed by the gazetteer,
within-document resolution, surname sweep), with exact-span precision, recall and F1 per
type (PER, ORG, LOC, MISC) and overall (micro).

Label mapping (spaCy → CoNLL): PERSON → PER; ORG → ORG; GPE, LOC, FAC → LOC; NORP, EVENT,
WORK_OF_ART, LAW, LANGUAGE, PRODUCT → MISC; numeric and temporal labels are dropped.
watchfloor → CoNLL: person → PER, organization → ORG, location → LOC; watchfloor does not
type MISC itself, so spaCy's MISC-mapped spans that overlap no watchfloor mention are kept;
unnamed role phrases ("U.S. forces", ids ``act:…``) are not named entities and are dropped.

Each CoNLL document becomes one text (tokens joined by spaces, sentences by newlines).
Usage: python bench/eval_ner.py [--limit-docs N]
"""

from __future__ import annotations

import argparse
import os
import time
from collections import Counter
from pathlib import Path

from watchfloor.model import RawDocument
from watchfloor.nlp import NlpStage
from watchfloor.nlp.pipeline import apply_result
from watchfloor.normalise import to_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or ROOT.parent / "shared")
CONLL = SHARED / "eval" / "conll2003" / "dev.conll"
TYPES = ("PER", "ORG", "LOC", "MISC")
SPACY_MAP = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
    "PRODUCT": "MISC",
}
WF_MAP = {"person": "PER", "organization": "ORG", "location": "LOC"}

Span = tuple[int, int, str]


def read_conll(path: Path) -> list[tuple[str, set[Span]]]:
    """RETURNS one (text, gold spans) per document."""
    docs: list[tuple[str, set[Span]]] = []
    tokens: list[tuple[str, str]] = []
    sentences: list[list[tuple[str, str]]] = []

    def close_doc():
        if sentences:
            docs.append(_assemble(sentences))
            sentences.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            if tokens:
                sentences.append(tokens)
                tokens = []
            close_doc()
            continue
        if not line.strip():
            if tokens:
                sentences.append(tokens)
                tokens = []
            continue
        parts = line.split()
        tokens.append((parts[0], parts[-1]))
    if tokens:
        sentences.append(tokens)
    close_doc()
    return docs


def _assemble(sentences: list[list[tuple[str, str]]]) -> tuple[str, set[Span]]:
    text_parts: list[str] = []
    gold: set[Span] = set()
    pos = 0
    for sent in sentences:
        current: list = []  # [start, end, type]
        for tok, tag in sent:
            start = pos
            text_parts.append(tok)
            pos += len(tok)
            if tag.startswith("B-") or (
                tag.startswith("I-") and (not current or current[2] != tag[2:])
            ):
                if current:
                    gold.add(tuple(current))
                current = [start, pos, tag[2:]]
            elif tag.startswith("I-"):
                current[1] = pos
            else:
                if current:
                    gold.add(tuple(current))
                current = []
            text_parts.append(" ")
            pos += 1
        if current:
            gold.add(tuple(current))
        text_parts[-1] = "\n"
    return "".join(text_parts), gold


def score(pred: list[set[Span]], gold: list[set[Span]]) -> dict[str, tuple[float, float, float]]:
    tp, fp, fn = Counter(), Counter(), Counter()
    for p, g in zip(pred, gold, strict=True):
        for s in p:
            (tp if s in g else fp)[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1
    out = {}
    for t in (*TYPES, "ALL"):
        a = sum(tp.values()) if t == "ALL" else tp[t]
        b = sum(fp.values()) if t == "ALL" else fp[t]
        c = sum(fn.values()) if t == "ALL" else fn[t]
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        out[t] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit-docs", type=int, default=None)
    args = ap.parse_args()
    if not CONLL.exists():
        raise SystemExit(f"CoNLL data not found: {CONLL} (set WATCHFLOOR_SHARED)")
    data = read_conll(CONLL)[: args.limit_docs]
    gold = [g for _, g in data]
    stage = NlpStage(extractors=("actors",))
    docs = [
        to_document(RawDocument(id=f"conll-{i}", text=t, origin="conll", fmt="text"))
        for i, (t, _) in enumerate(data)
    ]
    t0 = time.perf_counter()
    spacy_pred, wf_pred = [], []
    sdocs = stage.nlp.pipe((d.text for d in docs), batch_size=32)  # spaCy + extractor
    for doc, sdoc in zip(docs, sdocs, strict=True):
        bare = {
            (e.start_char, e.end_char, SPACY_MAP[e.label_])
            for e in sdoc.ents
            if e.label_ in SPACY_MAP
        }
        spacy_pred.append(bare)
        apply_result(doc, sdoc.user_data["wf_result"])
        ours = {
            (m.start, m.end, WF_MAP[e.type])
            for e in doc.entities
            if e.type in WF_MAP and not e.id.startswith("act:")
            for m in e.mentions
        }
        covered = [(s, e) for s, e, _ in ours]
        ours |= {
            s for s in bare if s[2] == "MISC" and not any(s[0] < e and b < s[1] for b, e in covered)
        }
        wf_pred.append(ours)
    elapsed = time.perf_counter() - t0
    results = {"bare spaCy": score(spacy_pred, gold), "watchfloor": score(wf_pred, gold)}
    n_gold = sum(len(g) for g in gold)
    print(f"CoNLL-2003 dev: {len(data)} documents, {n_gold} gold entities ({elapsed:.0f} s)")
    print(f"{'system':<12}" + "".join(f"{t:>20}" for t in (*TYPES, "ALL")))
    print(f"{'':<12}" + "".join(f"{'P    R    F1':>20}" for _ in (*TYPES, "ALL")))
    for name, res in results.items():
        print(
            f"{name:<12}"
            + "".join(
                f"{res[t][0]:>8.3f}{res[t][1]:>6.3f}{res[t][2]:>6.3f}" for t in (*TYPES, "ALL")
            )
        )


if __name__ == "__main__":
    main()
