"""Convert the PETRARCH2 actor and agent dictionaries into watchfloor's gazetteer files.

Build step, run once when the upstream dictionaries change (the output is committed):

    python scripts/convert_petrarch.py [--src DIR] [--out DIR]

Reads ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``,
``Phoenix.MilNonState.actors.txt`` and ``Phoenix.agents.txt`` from ``--src`` (default
``$WATCHFLOOR_SHARED/dictionaries/petrarch2``), parses them with
:mod:`watchfloor.extract.actors.petrarch` (a malformed line stops the run with its file and
line) and writes to ``--out`` (default ``src/watchfloor/data/actors/petrarch``):

* ``actors.tsv.gz``: one row per dictionary record: display name, aliases (synonyms and
  name variants), type (person | organization | any | country; ``any`` where a file mixes
  people and bodies), country, undated code,
  date-bounded codes (``CODE:from:to``, ISO dates, empty = open), and the upstream
  ``file:line``;
* ``agents.tsv.gz``: role words (singular and plural) with their agent code;
* ``LICENSE`` (the upstream MIT notice, kept next to the converted files).

Name variants: parenthesised acronyms become aliases of organisations ("ADEN_ABYAN_
ISLAMIC_ARMY_(AAIA)_"); a person named with three or more words also gets first + last
word, and in Spanish- and Portuguese-speaking countries first + paternal surname (the
second-to-last word: "Porfirio Lobo Sosa" → "Porfirio Lobo"). Variants that collide are
left to the gazetteer, which treats a name with two different codes as ambiguous.
The output is deterministic: re-running on the same input writes the same bytes.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
from pathlib import Path

from watchfloor.extract.actors.petrarch import (
    ACTOR_COLUMNS,
    AGENT_COLUMNS,
    ActorRecord,
    DictionaryError,
    normalise_code,
    parse_actors,
    parse_agents,
    write_tsv_gz,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED") or ROOT.parent / "shared")
ACTOR_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
AGENT_FILE = "Phoenix.agents.txt"
# Spanish- and Portuguese-speaking countries: names carry a paternal and maternal surname.
IBERIAN = {
    "ARG",
    "BOL",
    "BRA",
    "CHL",
    "COL",
    "CRI",
    "CUB",
    "DOM",
    "ECU",
    "ESP",
    "GTM",
    "HND",
    "MEX",
    "NIC",
    "PAN",
    "PER",
    "PRI",
    "PRT",
    "PRY",
    "SLV",
    "URY",
    "VEN",
}
_PAREN = re.compile(r"\(([^()]*)\)")
INTERNATIONAL = ("IGO", "NGO", "NGM", "MNC", "IMG", "INT", "PKO", "UIS")
DATA = ROOT / "src" / "watchfloor" / "data" / "actors"


def _vocab() -> tuple[set[str], set[str]]:
    """ISO3 codes and role codes the project's codes may use (countries.tsv, role_codes.tsv)."""
    from watchfloor.data import read_tsv

    isos = {r["iso3"].strip() for r in read_tsv(DATA / "countries.tsv") if r.get("iso3")}
    roles = {r["code"].strip() for r in read_tsv(DATA / "role_codes.tsv") if r.get("code")}
    return isos, roles


def project_code(code: str | None, isos: set[str], roles: set[str]) -> str | None:
    """An upstream CAMEO code in the project's shape (docs/actor-codes.md section 5).

    International codes (IGO, NGO, MNC, ...) keep their tags. Country codes keep the ISO3
    block and the role blocks the project knows, at most two: CAMEO's group tags and
    sub-state blocks are dropped ("PSEREBHMS" → "PSEREB", "USAASMELI" → "USAELI"). A code
    that starts with neither is dropped (None).
    """
    code = normalise_code(code) if code else None
    if not code:
        return None
    if code[:3] in INTERNATIONAL:
        return code
    if code[:3] not in isos:
        return None
    blocks = [code[i : i + 3] for i in range(3, len(code), 3)]
    kept = [b for b in blocks if b in roles and b not in INTERNATIONAL][:2]
    return code[:3] + "".join(kept)


def display(phrase: str) -> str:
    """``PORFIRIO_LOBO_`` → ``Porfirio Lobo``; short all-capital words stay acronyms."""
    words = [w for w in re.split(r"[_ ]+", phrase) if w]
    out = []
    for w in words:
        if (
            (len(w) <= 3 and w.isupper() and not re.search(r"[AEIOU]", w))
            or "." in w
            or w.startswith("(")
        ):
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def variants(name: str, kind: str, country: str | None) -> list[str]:
    """Other forms of a display name (see the module docstring)."""
    out = []
    inner = _PAREN.findall(name)
    bare = re.sub(r"\s+", " ", _PAREN.sub(" ", name)).strip()
    if bare != name and bare:
        out.append(bare)
        if kind != "person":
            out += [i.strip() for i in inner if len(i.strip()) >= 3]
    words = bare.split()
    if kind == "person" and len(words) >= 3:
        out.append(f"{words[0]} {words[-1]}")
        if country in IBERIAN:
            out.append(f"{words[0]} {words[-2]}")
    return [v for v in dict.fromkeys(out) if v and v != name]


def record_type(path_name: str, rec: ActorRecord) -> str:
    if path_name.startswith("Phoenix.Countries"):
        if rec.section == rec.name and not rec.comment.startswith("CountryInfo"):
            return "country"
        # CountryInfo records are officials; the rest were added by hand and mix people
        # ("BARACK_OBAMA_") with bodies ("KABUL_GOVERNMENT_")
        return "person" if "CountryInfo" in rec.comment else "any"
    if path_name.startswith("Phoenix.MilNonState"):
        return "organization"
    return "any"  # the International file mixes organisations and their officials


def convert_actors(src: Path) -> list[dict[str, str]]:
    rows = []
    isos, roles = _vocab()
    for fname in ACTOR_FILES:
        for rec in parse_actors(src / fname):
            default = project_code(rec.default, isos, roles)
            dated = []
            for d in rec.dated:
                code = project_code(d.code, isos, roles)
                if code:
                    d.code = code
                    dated.append(d.to_text())
            if not default and not dated:
                continue  # a name with only a null code codes nothing
            kind = record_type(fname, rec)
            first = default or dated[0].split(":")[0]
            country = (
                first[:3]
                if kind != "any"
                or not first.startswith(("IGO", "NGO", "MNC", "IMG", "NGM", "UIS", "INT"))
                else ""
            )
            written = display(rec.name)
            # "Aden Abyan Islamic Army (AAIA)": the name without its gloss, the gloss an alias
            name = re.sub(r"\s+", " ", _PAREN.sub(" ", written)).strip() or written
            aliases = [display(s) for s in rec.synonyms]
            aliases += variants(written, kind, country)
            for a in list(aliases):
                aliases += variants(a, kind, country)
            aliases = [a for a in dict.fromkeys(aliases) if a and a != name]
            rows.append(
                {
                    "name": name,
                    "aliases": "|".join(aliases),
                    "type": kind,
                    "country": country,
                    "code": default or "",
                    "dated_codes": "|".join(dated),
                    "origin": rec.origin,
                }
            )
    return rows


def convert_agents(src: Path) -> list[dict[str, str]]:
    rows = []
    seen = set()
    for rec in parse_agents(src / AGENT_FILE):
        for phrase in [rec.phrase, *rec.plurals]:
            pattern = " ".join(w for w in re.split(r"[_ ]+", phrase.lower()) if w)
            key = (pattern, rec.code)
            if not pattern or key in seen:
                continue
            seen.add(key)
            rows.append(
                {
                    "pattern": pattern,
                    "code": rec.code,
                    "position": "prefix" if rec.prefix else "suffix",
                    "origin": rec.origin,
                }
            )
    return rows


HEADER = [
    "Converted by scripts/convert_petrarch.py from the PETRARCH2 dictionaries",
    "(Open Event Data Alliance, MIT licence: see LICENSE in this folder). Do not edit by hand.",
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", type=Path, default=SHARED / "dictionaries" / "petrarch2")
    ap.add_argument(
        "--out", type=Path, default=ROOT / "src" / "watchfloor" / "data" / "actors" / "petrarch"
    )
    args = ap.parse_args(argv)
    try:
        actors = convert_actors(args.src)
        agents = convert_agents(args.src)
    except DictionaryError as exc:
        print(f"conversion failed: {exc}", file=sys.stderr)
        return 1
    except FileNotFoundError as exc:
        print(f"conversion failed: {exc}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    write_tsv_gz(args.out / "actors.tsv.gz", ACTOR_COLUMNS, actors, HEADER)
    write_tsv_gz(args.out / "agents.tsv.gz", AGENT_COLUMNS, agents, HEADER)
    shutil.copyfile(args.src / "LICENSE", args.out / "LICENSE")
    print(f"{len(actors)} actor records, {len(agents)} agent patterns → {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
