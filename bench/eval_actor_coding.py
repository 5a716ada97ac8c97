"""Evaluate actor coding on unseen development articles: how much is coded, and how well.

Corpora: ``../shared/corpora/insightcrime-train.jsonl`` (undated InSight Crime articles;
their publisher is given as ``insightcrime.org``, which is true of the whole file) and the
Reuters-21578 stories of ``../shared/corpora/reuters21578.jsonl`` that name a country
(a country name or demonym from ``countries.tsv`` in the text), dated from their
``date`` field and given as the wire sends them: headline, then the dateline ("TOKYO,
March 3 -", the corpus's ``dateline`` field) before the body. (Figures before 2026-12-05
were measured without the dateline.) A seeded random sample of each (``--docs`` per
corpus) runs through the NLP stage with the actor and event extractors.

Figures, per corpus and overall:

* ``named coded``: people and organisations recognised by name (not the unnamed role
  phrases such as "Colombian police") that carry an actor code, over all of them;
* ``role-bearing coded``: the same over those whose text gives a role: a person with a
  role word (``roles.tsv``) among the three words before a mention or in an apposition
  right after it (", a former defense minister,"), an organisation whose own name holds a
  role word ("National Police"). The test is on the words, independent of the coder;
* ``asserted both``: asserted events (not negated, hypothetical, alleged or future) with a
  source and a target actor code, over all asserted events;
* ``precision``: a seeded sample of ``--sample`` coded entities (those whose key hashes
  lowest with the seed) (people and organisations,
  named or not) judged by hand against the article: ``bench/data/actor_coding_judgments.tsv``
  (``key  judgment  note``; key = document id, entity name and code joined by ``|``;
  judgment ``correct`` or ``incorrect``: correct when the code's country and role are
  what the article says of that actor at the time; names and our notes only, never
  article text). ``--show-sample`` prints the sample with each entity's first sentence
  to judge. Precision is given with a 95% Wilson interval, and split by whether the
  code's country was inferred from the article (the ``country_inferred`` flag).

Run it once with the tree's sources and once with a baseline's (``PYTHONPATH=/path/to/
main/src``) to compare; the figures in docs/benchmarks.md come from the same seed.

Usage:
    PYTHONPATH=src python bench/eval_actor_coding.py [--docs 150] [--seed 11]
        [--sample 100] [--show-sample] [--unseen] [--side-kinds [--side-dump F]]

``--unseen`` draws only articles that no judgments file under ``bench/data`` names (an
actor round on articles never read while tuning; event samples use the same list);
``--unseen-at REV`` takes that list as it was at commit REV, to score such a round again
once its own judgments are in the file (round 51: ``--unseen-at cd7cc4ad``).
``--side-dump F`` (with ``--side-kinds``) writes the asserted events whose uncoded side has
no argument, with trigger, coded side and sentence, to a TSV for reading (args40).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import os
import random
import re
import sys
import time
from datetime import datetime
from pathlib import Path

from watchfloor.data import read_tsv
from watchfloor.extract.gazetteer import default_gazetteer, fold
from watchfloor.model import RawDocument
from watchfloor.nlp import NlpStage
from watchfloor.nlp.pipeline import without_failures
from watchfloor.normalise import to_document
from watchfloor.training.judged_events import judged_article_ids

sys.path.insert(0, str(Path(__file__).resolve().parent))
from side_kinds import SideKinds  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or ROOT.parent / "shared")
INSIGHT = SHARED / "corpora" / "insightcrime-train.jsonl"
REUTERS = SHARED / "corpora" / "reuters21578.jsonl"
JUDGMENTS = ROOT / "bench" / "data" / "actor_coding_judgments.tsv"
DATA = ROOT / "src" / "watchfloor" / "data" / "actors"


def _country_regex() -> re.Pattern:
    words = set()
    for row in read_tsv(DATA / "countries.tsv"):
        for cell in ("name", "aliases", "demonyms"):
            words.update(w.strip() for w in (row.get(cell) or "").split("|") if len(w.strip()) > 3)
    alts = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b")


def load(
    docs: int, seed: int, exclude: frozenset[str] = frozenset(), before: int | None = None
) -> list[tuple[str, RawDocument]]:
    """RETURNS (corpus, document) pairs: a seeded sample of each corpus, never an article
    whose id is in ``exclude``; with ``before``, Reuters stories only among the file's first
    ``before`` lines (the later ones are the lead's fresh measurement pool)."""
    rng = random.Random(seed)
    out: list[tuple[str, RawDocument]] = []
    if INSIGHT.exists():
        rows = [json.loads(line) for line in INSIGHT.open(encoding="utf-8")]
        rows = [r for r in rows if r["id"] not in exclude]
        for row in rng.sample(rows, min(docs, len(rows))):
            out.append(
                (
                    "insightcrime",
                    RawDocument(
                        id=row["id"],
                        text=row["text"],
                        origin=str(INSIGHT),
                        fmt="json",
                        source="insightcrime.org",
                    ),
                )
            )
    if REUTERS.exists():
        names = _country_regex()
        rows = [json.loads(line) for line in REUTERS.open(encoding="utf-8")]
        rows = rows[:before] if before is not None else rows
        rows = [
            r
            for r in rows
            if len(r.get("text") or "") > 300 and names.search(r["text"]) and r["id"] not in exclude
        ]
        for row in rng.sample(rows, min(docs, len(rows))):
            published = _reuters_date(row.get("date"))
            text = row["text"]
            if row.get("dateline"):  # as the wire sends it: "TOKYO, March 3 - The ..."
                text = f"{' '.join(row['dateline'].split())} {text}"
            if row.get("title"):
                text = f"{row['title'].title()}.\n{text}"
            out.append(
                (
                    "reuters",
                    RawDocument(
                        id=row["id"],
                        text=text,
                        origin=str(REUTERS),
                        fmt="json",
                        source="Reuters",
                        published=published,
                        published_precision="day" if published else "unknown",
                    ),
                )
            )
    return out


def _reuters_date(raw: str | None) -> str | None:
    """ "26-FEB-1987 15:01:01.79" → "1987-02-26"; None when absent or unreadable."""
    try:
        return (
            datetime.strptime((raw or "").split(".")[0].strip(), "%d-%b-%Y %H:%M:%S")
            .date()
            .isoformat()
        )
    except ValueError:
        return None


def _role_words() -> set[str]:
    gaz = default_gazetteer()
    return {p for p in gaz.roles if " " not in p and gaz.roles[p][0]}


def role_bearing(ent, text: str, words: set[str]) -> bool:
    """Whether the text gives this person or organisation a role (see the docstring)."""
    if ent.type == "organization":
        return any(
            fold(w).rstrip("s") in words or fold(w) in words
            for w in re.findall(r"[A-Za-z']+", ent.name)
        )
    for m in ent.mentions:
        before = re.findall(r"[A-Za-z']+", text[max(0, m.start - 60) : m.start])[-3:]
        after = text[m.end : m.end + 80]
        appos = re.match(r"\s*,\s*(?:a|an|the)?\s*([^,.;]{0,60})[,.;]", after)
        cands = before + (re.findall(r"[A-Za-z']+", appos.group(1)) if appos else [])
        if any(fold(w) in words or fold(w).rstrip("s") in words for w in cands):
            return True
    return False


def _key(doc_id: str, name: str, code: str | None) -> str:
    """The judgment key: document id, entity name (white space collapsed) and code."""
    return "|".join((doc_id, " ".join(name.split()), code or ""))


def _side(entity: str | None, code: str | None) -> str:
    return "coded" if code else "uncoded" if entity else "none"


def asserted(ev) -> bool:
    return not (ev.negated or ev.hypothetical or ev.alleged or ev.future)


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 0.0
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return c - h, c + h


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=150, help="documents per corpus")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--show-sample", action="store_true")
    ap.add_argument(
        "--unseen",
        action="store_true",
        help="draw only articles no judgments file under bench/data names "
        "(the InSight Crime articles left are few: about 40)",
    )
    ap.add_argument(
        "--unseen-at",
        metavar="REV",
        help="as --unseen, with the judgments files of git revision REV: "
        "re-scores an --unseen round after its judgments were committed",
    )
    ap.add_argument(
        "--uncoded",
        type=Path,
        metavar="TSV",
        help="write the asserted events without two codes to TSV (corpus, "
        "document, event code, source and target state, trigger, source "
        "and target entity, sentence), to read why a side is uncoded",
    )
    ap.add_argument(
        "--side-dump",
        metavar="TSV",
        help="with --side-kinds: write the events whose uncoded side has no argument, "
        "with trigger and sentence, to TSV (for reading)",
    )
    ap.add_argument(
        "--side-kinds",
        action="store_true",
        help="for the asserted events with exactly one coded side, count what the "
        "other side is (bench/side_kinds.py: an uncoded entity by kind, a pronoun, "
        "a phrase naming no entity, nothing), with the commonest names",
    )
    args = ap.parse_args()
    if args.side_dump and not args.side_kinds:
        ap.error("--side-dump needs --side-kinds (it writes what --side-kinds collects)")
    exclude = (
        frozenset(judged_article_ids(at=args.unseen_at))
        if args.unseen or args.unseen_at
        else frozenset()
    )
    pairs = load(args.docs, args.seed, exclude)
    if not pairs:
        sys.exit(f"no corpora under {SHARED / 'corpora'}")
    words = _role_words()
    stage = NlpStage(extractors=("actors", "events"), batch_size=16)
    t0 = time.perf_counter()
    docs = list(without_failures(stage.process(to_document(raw) for _, raw in pairs)))
    elapsed = time.perf_counter() - t0
    rows: dict[str, dict[str, int]] = {}
    coded_pool = []
    sides: dict[tuple[str, str], int] = {}
    uncoded: list[tuple[str, ...]] = []
    side_kinds = SideKinds()
    for (corpus, raw), doc in zip(pairs, docs, strict=True):
        c = rows.setdefault(
            corpus,
            dict.fromkeys(
                (
                    "docs",
                    "named",
                    "named_coded",
                    "role",
                    "role_coded",
                    "asserted",
                    "asserted_both",
                    "inferred",
                ),
                0,
            ),
        )
        c["docs"] += 1
        for ent in doc.entities:
            if ent.type not in {"person", "organization"}:
                continue
            if ent.actor_code:
                coded_pool.append((corpus, raw.id, ent, doc.text))
                c["inferred"] += bool(ent.attributes.get("country_inferred"))
            if ent.id.startswith("act:"):
                continue
            c["named"] += 1
            c["named_coded"] += bool(ent.actor_code)
            if role_bearing(ent, doc.text, words):
                c["role"] += 1
                c["role_coded"] += bool(ent.actor_code)
        for ev in doc.events:
            if asserted(ev):
                c["asserted"] += 1
                c["asserted_both"] += bool(ev.source_code and ev.target_code)
                key = (_side(ev.source, ev.source_code), _side(ev.target, ev.target_code))
                sides[key] = sides.get(key, 0) + 1
                if args.side_kinds:
                    side_kinds.add(ev, doc, words, role_bearing)
                if args.uncoded and key != ("coded", "coded"):
                    ents = {e.id: e for e in doc.entities}
                    src, tgt = ents.get(ev.source or ""), ents.get(ev.target or "")
                    sentence = doc.text[ev.sentence.start : ev.sentence.end]
                    uncoded.append(
                        (
                            corpus,
                            raw.id,
                            ev.code,
                            *key,
                            ev.trigger.text,
                            src.name if src else "-",
                            tgt.name if tgt else "-",
                            " ".join(sentence.split()),
                        )
                    )
    rows["all"] = {k: sum(r[k] for r in rows.values()) for k in next(iter(rows.values()))}
    failed = sum(1 for d in docs if getattr(d, "processing_error", None))
    print(
        f"actor coding: {len(docs)} documents in {elapsed:.0f} s (seed {args.seed}); "
        f"extractor errors in {failed}"
    )
    print(
        f"{'corpus':13} {'docs':>5} {'named coded':>18} {'role-bearing coded':>20} "
        f"{'asserted both':>18} {'inferred':>9}"
    )
    for name, r in rows.items():

        def pct(a: str, b: str, r=r) -> str:
            return f"{r[a] / r[b]:.3f} ({r[a]}/{r[b]})" if r[b] else "n/a"

        print(
            f"{name:13} {r['docs']:>5} {pct('named_coded', 'named'):>18} "
            f"{pct('role_coded', 'role'):>20} {pct('asserted_both', 'asserted'):>18} "
            f"{r['inferred']:>9}"
        )
    if args.uncoded:
        with args.uncoded.open("w", encoding="utf-8") as fh:
            for row in uncoded:
                fh.write("\t".join(row) + "\n")
    total = sum(sides.values()) or 1
    print(
        "asserted events by argument (source / target: coded, entity without a code, "
        "no argument found):"
    )
    for (src, tgt), n in sorted(sides.items(), key=lambda kv: -kv[1]):
        print(f"  {src:>8} / {tgt:<8} {n:>5} {n / total:.3f}")
    if args.side_kinds:
        side_kinds.report()
        if args.side_dump:
            side_kinds.dump(args.side_dump)

    # The sample: the entities whose keys hash lowest with the seed. A change to the coder
    # that adds or drops coded entities changes the sample only where it must, so most
    # judgments stay valid and the figure can be re-checked after each change.
    def rank(item) -> str:
        key = _key(item[1], item[2].name, item[2].actor_code)
        return hashlib.sha256(f"{args.seed}\0{key}".encode()).hexdigest()

    sample = sorted(coded_pool, key=rank)[: args.sample]
    judged = {}
    if JUDGMENTS.exists():
        with JUDGMENTS.open(encoding="utf-8") as fh:
            for row in csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"):
                judged[" ".join(row["key"].split())] = row["judgment"]
    ok = bad = 0
    missing = []
    by_flag: dict[bool, list[int]] = {True: [0, 0], False: [0, 0]}  # inferred: [right, n]
    for corpus, doc_id, ent, text in sample:
        key = _key(doc_id, ent.name, ent.actor_code)
        verdict = judged.get(key)
        if verdict in ("correct", "incorrect"):
            tally = by_flag[bool(ent.attributes.get("country_inferred"))]
            tally[0] += verdict == "correct"
            tally[1] += 1
        if verdict == "correct":
            ok += 1
        elif verdict == "incorrect":
            bad += 1
        else:
            missing.append((key, corpus, ent, text))
    n = ok + bad
    if n:
        lo, hi = wilson(ok, n)
        print(
            f"precision of codes (judged sample, seed {args.seed}): {ok / n:.3f} "
            f"({ok}/{n}; 95% CI {lo:.2f}-{hi:.2f}); unjudged in the sample: {len(missing)}"
        )
        # Codes whose country came from the article (issue 11 item 4, flagged
        # ``country_inferred``) against the rest: how far the flag should be trusted.
        for flag, label in ((True, "country inferred"), (False, "country stated")):
            right, total = by_flag[flag]
            if total:
                print(f"  {label:>16}: {right / total:.3f} ({right}/{total})")
    else:
        print(f"precision: no judgments yet for the {len(sample)} sampled entities")
    if args.show_sample:
        for key, _corpus, ent, text in missing:
            m = ent.mentions[0]
            s = text.rfind(". ", 0, m.start) + 1
            e = text.find(". ", m.end)
            context = text[s : e + 1 if e > 0 else m.end + 200].replace("\n", " ").strip()
            extra = {
                k: v
                for k, v in ent.attributes.items()
                if k in ("titles", "code_from", "country_inferred")
            }
            print(f"{key}\t{ent.type}\t{extra}\t{context[:400]}")


if __name__ == "__main__":
    main()
