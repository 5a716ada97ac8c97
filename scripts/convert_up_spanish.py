"""Convert UniversalPetrarch's Spanish dictionaries into watchfloor's Spanish data files.

Place in the flow: a one-off build step for the extract stage's data (not run at ingest).
Reads the MIT-licensed files in ``$WATCHFLOOR_SHARED/dictionaries/universalpetrarch-es/``
and writes, next to a copy of their licence notice:

* ``src/watchfloor/data/actors/es/up_actors.tsv``  alias -> CAMEO actor code
  (``actors_COL.txt`` and ``actors_unified_181220.txt``; a person with dated codes gets
  the open-ended or last listed one);
* ``src/watchfloor/data/actors/es/up_agents.tsv``  role word -> role code (``~COP`` ->
  ``COP``; ``X_{Y}_`` gives X and its listed plural Y);
* ``src/watchfloor/data/events/es/up_verbs.tsv``   verb or noun (+ following words) ->
  CAMEO code from ``verbpatterns_es_190128.txt``: each verb takes its block's code or its
  own; blocks coded ``[---]`` and commented lines are skipped; of the phrase patterns only
  the simple "verb + one object word" ones (``- * PLAN [0874]``) are kept;
* ``src/watchfloor/data/events/es/up_patterns.tsv`` verb + the literal words that follow
  it in a block pattern -> CAMEO code (``---``: not an event), for every verb of the block
  (``- * AVANCE EN + [0874]`` -> ``abandonar | avance en | 0874``).

Run: ``WATCHFLOOR_SHARED=/work/shared python scripts/convert_up_spanish.py``. The output
is deterministic (sorted), so re-running it gives the same files.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ACTORS_OUT = ROOT / "src/watchfloor/data/actors/es"
EVENTS_OUT = ROOT / "src/watchfloor/data/events/es"
SOURCE_NOTE = "UniversalPetrarch Spanish dictionaries (Open Event Data Alliance, MIT)"

CODE_RE = re.compile(r"\[([^\]]*)\]")


def clean_alias(raw: str) -> str | None:
    """``NACIONES_UNIDAS_`` -> ``naciones unidas``; None for unusable forms."""
    text = raw.split("#", 1)[0].strip().lstrip("+").strip()
    text = CODE_RE.sub("", text).strip()
    if not text or any(c in text for c in '({&"!\t'):
        return None
    text = re.sub(r"_+", " ", text).strip(" -")
    text = re.sub(r"\s+", " ", text)
    if len(text) < 3 or not re.search(r"[A-Za-zÁÉÍÓÚÑÜáéíóúñü]", text):
        return None
    return text.lower()


def pick_code(codes: list[str]) -> str | None:
    """Of a person's dated codes, the open-ended (``>date`` or undated) one, else the last."""
    usable = [c.strip() for c in codes if c.strip() and not c.strip().startswith("---")]
    if not usable:
        return None
    open_ended = [c for c in usable if len(c.split()) == 1 or c.split()[1].startswith(">")]
    return (open_ended or usable)[-1].split()[0]


def read_actors(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    aliases: list[str] = []
    codes: list[str] = []

    def close() -> None:
        code = pick_code(codes)
        if code and re.fullmatch(r"[A-Z]{3,15}", code):
            for a in aliases:
                out.setdefault(a, code)

    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        stripped = body.strip()
        if stripped.startswith("[") and line[:1] in {"\t", " "}:
            codes.extend(CODE_RE.findall(stripped))  # a dated code line of the open block
            continue
        if stripped.startswith("+") or line[:1] in {"\t", " "}:
            alias = clean_alias(stripped)
            if alias:
                aliases.append(alias)
            inline = CODE_RE.findall(stripped)
            if inline:
                codes.extend(inline)
            continue
        close()  # a new actor starts
        aliases, codes = [], CODE_RE.findall(stripped)
        alias = clean_alias(stripped)
        aliases = [alias] if alias else []
    close()
    return out


def read_agents(path: Path) -> dict[str, str]:
    """Role words whose role is one of watchfloor's role codes (religions, parties' typos
    and other secondary CAMEO codes are left out)."""
    known = {
        row["code"]
        for row in csv.DictReader(
            (
                line
                for line in (ROOT / "src/watchfloor/data/actors/role_codes.tsv")
                .read_text(encoding="utf-8")
                .splitlines()
                if not line.startswith("#")
            ),
            delimiter="\t",
        )
    }
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].strip()
        m = re.match(r"^(.+?)\s*\[~([A-Z]{3})\]", body)
        if not m or m.group(2) not in known:
            continue
        phrase = m.group(1)
        forms = [re.sub(r"\{[^}]*\}", "", phrase)]
        plural = re.search(r"\{([^}]+)\}", phrase)
        if plural:
            forms.append(plural.group(1))
        for form in forms:
            alias = clean_alias(form)
            if alias:
                out.setdefault(alias, m.group(2))
    return out


def read_verbs(path: Path) -> list[tuple[str, str, str, str]]:
    """RETURNS (lemma, following words, pos, code) rows, in file order (a verb listed in
    several blocks keeps every row; the lexicon uses the first)."""
    rows: dict[tuple[str, str, str, str], None] = {}
    block_code: str | None = None
    verb: str | None = None
    in_patterns = False
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if "VERB PATTERNS" in line:
            in_patterns = True
            continue
        if not in_patterns:
            continue
        head = re.match(r"^---\s+\S+\s+\[([^\]]*)\]", line)
        if head:
            code = head.group(1).strip()
            block_code = code if code.isdigit() else None
            verb = None
            continue
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        if body.startswith("-"):
            m = re.match(r"^-\s*\*\s+([A-ZÁÉÍÓÚÑÜ]+)\s+\[(\d{2,4})\]", body)
            if m and verb and " " not in verb:
                rows[(verb, m.group(1).lower(), _pos(verb), m.group(2))] = None
            continue
        words = body.strip().lstrip("+").split()
        if not words:
            continue
        codes = CODE_RE.findall(body)
        own = codes[0].strip() if codes and codes[0].strip().isdigit() else None
        if codes and codes[0].strip().startswith("---"):
            verb = None
            continue
        lemma = words[0].lower().replace("_", " ").strip()
        if not re.fullmatch(r"[a-záéíóúñü ]{3,}", lemma):
            verb = None
            continue
        verb = lemma
        code = own or block_code
        if code:
            first, *rest = lemma.split()
            if rest and rest[0] in {"o", "y", "e", "u"}:
                continue  # "asesinar y ...": a coordination fragment, not a phrase
            rows[(first, " ".join(rest), _pos(first), code)] = None
    return list(rows)


def read_patterns(path: Path) -> list[tuple[str, str, str]]:
    """The block patterns, for every verb of their block: RETURNS (lemma, words after the
    verb, code) rows; code ``---`` marks a "not an event" pattern. Kept: patterns with
    nothing but the source/target/skip slots (``$ + ^``) before the verb and at least one
    literal word after it; synset (``&``) and other special patterns are left out. The
    slots themselves are not kept: the extractor finds source and target in the parse."""
    rows: dict[tuple[str, str, str], None] = {}
    verbs: list[str] = []
    in_patterns = False
    fresh = True  # a pattern line after verbs closes the verb list of the block
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if "VERB PATTERNS" in line:
            in_patterns = True
            continue
        if not in_patterns:
            continue
        if re.match(r"^---\s+\S+", line):
            verbs, fresh = [], True
            continue
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        if not body.startswith("-"):
            if not fresh:
                verbs, fresh = [], True
            word = body.strip().lstrip("+").split()[0].lower()
            if re.fullmatch(r"[a-záéíóúñü]{3,}", word):
                verbs.append(word)
            continue
        fresh = False
        m = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]", body)
        if not m or "*" not in m.group(1) or not verbs:
            continue
        code = m.group(2).strip()
        if not (code.isdigit() or code.startswith("---")):
            continue
        before, _, after = m.group(1).partition("*")
        if any(t not in {"$", "+", "^"} for t in before.split()):
            continue
        if any(c in after for c in "&%{}()<>|"):
            continue
        words = [
            w.lower() for t in after.split() for w in t.split("_") if w and w not in {"$", "+", "^"}
        ]
        if not words or not all(re.fullmatch(r"[a-záéíóúñü]+", w) for w in words):
            continue
        for verb in verbs:
            rows[(verb, " ".join(words), "---" if code.startswith("---") else code)] = None
    return list(rows)


def _pos(word: str) -> str:
    w = word.removesuffix("se")
    return "VERB" if w.endswith(("ar", "er", "ir", "ír")) else "NOUN"


def write_tsv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            f"# Generated by scripts/convert_up_spanish.py from the {SOURCE_NOTE}; "
            "see LICENSE.UniversalPetrarch. Do not edit by hand.\n"
        )
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        writer.writerow(header)
        writer.writerows(rows)


def main() -> int:
    shared = Path(os.environ.get("WATCHFLOOR_SHARED", ROOT.parent / "shared"))
    src = shared / "dictionaries" / "universalpetrarch-es"
    if not src.is_dir():
        print(f"no UniversalPetrarch dictionaries at {src}", file=sys.stderr)
        return 2
    actors = read_actors(src / "actors_unified_181220.txt")
    actors.update(read_actors(src / "actors_COL.txt"))  # the Colombian file wins
    agents = read_agents(src / "agents_181220.txt")
    verbs = read_verbs(src / "verbpatterns_es_190128.txt")
    write_tsv(
        ACTORS_OUT / "up_actors.tsv", ["alias", "code"], [[a, c] for a, c in sorted(actors.items())]
    )
    write_tsv(
        ACTORS_OUT / "up_agents.tsv", ["alias", "role"], [[a, c] for a, c in sorted(agents.items())]
    )
    write_tsv(
        EVENTS_OUT / "up_verbs.tsv", ["lemma", "then", "pos", "code"], [list(r) for r in verbs]
    )
    patterns = read_patterns(src / "verbpatterns_es_190128.txt")
    write_tsv(
        EVENTS_OUT / "up_patterns.tsv", ["lemma", "after", "code"], [list(r) for r in patterns]
    )
    for out in (ACTORS_OUT, EVENTS_OUT):
        shutil.copyfile(src / "LICENSE", out / "LICENSE.UniversalPetrarch")
    print(
        f"actors {len(actors)}, agents {len(agents)}, verb rows {len(verbs)}, "
        f"pattern rows {len(patterns)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
