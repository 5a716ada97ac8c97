"""The project's hand-judged event samples, mapped onto what the current pipeline emits.

Place in the flow: offline, beside training and the benches; nothing here runs in the
pipeline. The judged samples (``bench/data/event_judgments.tsv``, seed 13, and
``event_judgments_seed*.tsv``, one file per seed) keep keys only — corpus, document id,
trigger character offsets, code, actor codes, modality — and a person's judgments
(``is_event`` y / n ...). The corpora they key into are InSight Crime train and
Reuters-21578 in ``../shared/corpora`` (``$WATCHFLOOR_SHARED``).

:func:`collect` runs the current pipeline (actors + events, shipped models, the event
filter itself off) over every judged article and maps each judged row onto the event now
emitted at its trigger: the exact key when still emitted, else the event at that trigger
with the same sides, else the first there (``is_event`` judges the mention, whatever its
coding); rows whose trigger gives no event any more are left out. A current event judged
in several samples is kept once, with the later sample's judgment (samples in file
order, seed 13 first). Each record carries what the caller's ``describers`` say about the
event, computed from the pipeline's own objects. Used by
:mod:`watchfloor.training.event_filter` and ``bench/eval_event_veto.py``.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from watchfloor.extract.events.eventfilter import modality
from watchfloor.training.common import REPO, shared_dir

CORPORA = {
    "insightcrime": "insightcrime-train.jsonl",
    "reuters": "reuters21578.jsonl",
    # PolNeAR's development articles (US political news, 2016): a folder of texts, not a
    # JSON-lines file; read for event samples from 2026-12-08 on, when the unread Reuters
    # stories holding events had run out (see bench/judge_events.py)
    "polnear": "polnear-dev/text",
}
POLNEAR = "polnear"
KEYS = [
    "corpus",
    "doc",
    "trigger_start",
    "trigger_end",
    "code",
    "source_code",
    "target_code",
    "modality",
]
DATA = REPO / "bench" / "data"

JUDGED_ID = re.compile(r"\b(?:insightcrime-train|reuters)-\d+\b")


def judged_article_ids(folder: Path = DATA, at: str | None = None) -> set[str]:
    """RETURNS the ids of every article a judgments file in ``folder`` names (event samples,
    actor rounds, resolution judgments): articles a judge or a tuner has read. The benches'
    ``--unseen`` draws leave them out. ``at`` (a git revision) reads the files as they were
    at that commit, so that a draw made there can be repeated after its own judgments were
    committed (they would otherwise exclude the very articles drawn)."""
    if at is None:
        texts = [
            path.read_text(encoding="utf-8") for path in sorted(folder.glob("*judgments*.tsv"))
        ]
    else:
        texts = _files_at(folder, at)
    ids: set[str] = set()
    for text in texts:
        ids.update(JUDGED_ID.findall(text))
    return ids


def _files_at(folder: Path, rev: str) -> list[str]:
    """The texts of the judgments files in ``folder`` at git revision ``rev``."""
    import subprocess

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=folder, text=True, check=True, capture_output=True
        ).stdout

    # run inside ``folder``, ls-tree lists that folder's entries; --full-name gives the
    # paths from the repository root that ``git show REV:PATH`` takes
    names = git("ls-tree", "--name-only", "--full-name", rev).split()
    return [
        git("show", f"{rev}:{name}")
        for name in sorted(names)
        if "judgments" in Path(name).name and name.endswith(".tsv")
    ]


# describer(event, spaCy doc, offset -> token) -> anything JSON can keep
Describer = Callable[[Any, Any, Mapping[int, Any]], Any]


def read(path: Path) -> list[dict]:
    """RETURNS the rows of one judgments file (``#`` header lines skipped)."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def judged_files(directory: Path = DATA) -> list[Path]:
    """RETURNS every judged sample, seed 13 first, then by seed."""
    first = directory / "event_judgments.tsv"
    rest = sorted(directory.glob("event_judgments_seed*.tsv"), key=lambda p: int(seed_of(p)))
    return [first, *rest] if first.exists() else rest


def seed_of(path: Path) -> str:
    return path.stem.split("_seed")[1] if "_seed" in path.stem else "13"


def load(corpus: str, ids: set[str] | None = None, root: Path | None = None) -> list[dict]:
    """RETURNS the articles with text of a corpus (those in ``ids`` only, when given)."""
    if corpus == POLNEAR:
        return [r for r in polnear_articles(root) if ids is None or r["id"] in ids]
    out = []
    path = (root or shared_dir()) / "corpora" / CORPORA[corpus]
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if (rec.get("text") or "").strip() and (ids is None or rec["id"] in ids):
                out.append(rec)
    return out


def polnear_articles(root: Path | None = None) -> list[dict]:
    """RETURNS PolNeAR's development articles as corpus records: ``id`` "polnear-" + the
    file's stem, ``text`` the file, ``published`` the date in its name
    ("nyt_2016-10-02_..." → "2016-10-02"); none where the folder is absent."""
    folder = (root or shared_dir()) / "eval" / CORPORA[POLNEAR]
    out = []
    for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        if not text.strip():
            continue
        date = re.search(r"_(\d{4}-\d{2}-\d{2})_", path.name)
        out.append(
            {"id": f"polnear-{path.stem}", "text": text, "published": date and date.group(1)}
        )
    return out


def raw_document(rec: dict, corpus: str):
    """The corpus record as ingest reads it: Reuters stories carry their date in ``date``
    ("26-FEB-1987 15:01:01.79"), which dates the actor codes as in a real run, and their
    wire dateline in ``dateline`` ("BONN, Oct 20 -"), passed as the document's field (not
    the text: every judged key's offsets stay; dateline43)."""
    from watchfloor.ingest.dates import parse_published
    from watchfloor.ingest.records import record_dateline
    from watchfloor.model import RawDocument

    published, precision = parse_published(rec.get("published") or rec.get("date"))
    return RawDocument(
        id=rec["id"],
        text=rec["text"],
        origin=corpus,
        fmt="text",
        published=published,
        published_precision=precision,
        dateline=record_dateline(rec.get("dateline"))[0],
    )


def event_key(corpus: str, doc_id: str, ev: Any) -> dict[str, str]:
    return {
        "corpus": corpus,
        "doc": doc_id,
        "trigger_start": str(ev.trigger.start),
        "trigger_end": str(ev.trigger.end),
        "code": ev.code,
        "source_code": ev.source_code or "",
        "target_code": ev.target_code or "",
        "modality": modality(ev),
    }


def _stage_without_filter():
    """An actors + events stage whose event extractor runs without the event filter."""
    from watchfloor.extract.events.eventfilter import ENV_SWITCH
    from watchfloor.nlp import NlpStage

    before = os.environ.get(ENV_SWITCH)
    os.environ[ENV_SWITCH] = "off"  # also when the model is not built yet
    try:
        stage = NlpStage(extractors=("actors", "events"))
    finally:
        if before is None:
            os.environ.pop(ENV_SWITCH, None)
        else:
            os.environ[ENV_SWITCH] = before
    component = stage.nlp.get_pipe("watchfloor_extract")
    for extractor in component.extractors:
        if hasattr(extractor, "event_filter"):
            extractor.event_filter = None
    return stage


def emitted(
    doc_ids: set[str], describers: Mapping[str, Describer], root: Path | None = None
) -> dict[tuple, list[tuple[dict, dict]]]:
    """Run the pipeline (event filter off) over the judged articles. RETURNS (corpus, doc,
    trigger start, trigger end) → [(key of an event emitted there, {name: what each
    describer says of it})]."""
    from watchfloor.extract.events.eventfilter import token_index
    from watchfloor.nlp.component import RESULT_KEY
    from watchfloor.nlp.pipeline import apply_result, raise_if_failed
    from watchfloor.normalise import to_document

    stage = _stage_without_filter()
    at: dict[tuple, list[tuple[dict, dict]]] = {}
    for corpus in CORPORA:
        for rec in load(corpus, doc_ids, root):
            # one document at a time, keeping spaCy's parse (what NlpStage.process does,
            # less its batching and failure isolation)
            d = to_document(raw_document(rec, corpus))
            sdoc = stage._make(stage.nlp, d)  # noqa: SLF001 - reading the parse
            if sdoc is None:
                continue
            sdoc = stage.nlp(sdoc)
            apply_result(d, sdoc.user_data.get(RESULT_KEY) or {})
            raise_if_failed(d)  # a bug, not an article without events
            if not d.events:
                continue
            tokens = token_index(sdoc)
            for ev in d.events:
                key = event_key(corpus, d.raw.id, ev)
                got = {name: fn(ev, sdoc, tokens) for name, fn in describers.items()}
                at.setdefault(tuple(key[k] for k in KEYS[:4]), []).append((key, got))
    return at


def collect(
    files: Sequence[Path], describers: Mapping[str, Describer], root: Path | None = None
) -> list[dict[str, Any]]:
    """RETURNS one record per current event judged (see the module doc): ``seed``,
    ``key`` (the judged row's), ``event`` (the current event's key), ``label`` (1: judged
    a real event), ``match`` (exact / trigger) and each describer's output by name."""
    judged = {seed_of(p): [r for r in read(p) if r.get("is_event") in {"y", "n"}] for p in files}
    wanted = {r["doc"] for rows in judged.values() for r in rows}
    at = emitted(wanted, describers, root)
    out: dict[tuple, dict[str, Any]] = {}
    for seed, rows in judged.items():  # file order: a later judgment replaces an earlier
        for r in rows:
            here = at.get(tuple(r[k] for k in KEYS[:4]))
            if not here:
                continue
            exact = [kf for kf in here if all(kf[0][k] == r[k] for k in KEYS)]
            sides = [
                kf
                for kf in here
                if kf[0]["source_code"] == r["source_code"]
                and kf[0]["target_code"] == r["target_code"]
            ]
            key, got = (exact or sides or here)[0]
            ident = tuple(key[k] for k in KEYS)
            out.pop(ident, None)  # re-inserted: the record takes the later sample's place
            out[ident] = {
                "seed": seed,
                "key": [r[k] for k in KEYS],
                "event": [key[k] for k in KEYS],
                "label": int(r["is_event"] == "y"),
                "match": "exact" if exact else "trigger",
                **got,
            }
    return list(out.values())


__all__ = [
    "CORPORA",
    "KEYS",
    "POLNEAR",
    "collect",
    "emitted",
    "event_key",
    "judged_files",
    "load",
    "polnear_articles",
    "raw_document",
    "read",
    "seed_of",
]
