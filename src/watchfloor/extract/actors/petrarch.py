"""PETRARCH2 / TABARI dictionary syntax: parse the upstream files, read the converted ones.

Build step, not run time: ``scripts/convert_petrarch.py`` calls :func:`parse_actors` and
:func:`parse_agents` on the PETRARCH2 dictionaries (``Phoenix.*.actors.txt``,
``Phoenix.agents.txt``; format in their ``dictionaries.rst``) and writes the project's own
gazetteer files to ``watchfloor/data/actors/petrarch/`` (gzipped TSV, with the MIT licence
notice). At run time :func:`read_converted_actors` loads those files for the gazetteer
(:mod:`watchfloor.extract.gazetteer`).

Actor records::

    PORFIRIO_LOBO_              <- primary phrase (optional default code in [...])
    +PEPE_LOBO_                 <- synonym
    \t[HNDELI 450101-100127]    <- date restriction: code between two dates (inclusive)
    \t[HNDGOV >100127]          <- on or after a date; "<date": on or before
    \t[HNDELI]                  <- a restriction without dates is the default code

Dates are ``YYMMDD`` or ``YYYYMMDD``; a two-digit year below 30 is 20YY, otherwise 19YY
(PETRARCH's reading). Any line that fits none of these shapes raises
:class:`DictionaryError` naming the file and line: the conversion fails rather than
guessing. ``KNOWN_DEFECTS`` lists the few upstream lines that are malformed, each with the
exact text expected and its correction, so a changed upstream file fails loudly too.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

CODE_RE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3}){0,2}$")  # the project's codes (3-9 letters)
_RAW_CODE = r"(?:[A-Z0-9]+|---)"  # upstream: CAMEO codes, CAMEORCS religion digits, null
_DATE_RE = re.compile(r"^(\d{6}|\d{8})$")
_GROUP_RE = re.compile(r"\[\s*(" + _RAW_CODE + r")\s*([^\[\]]*?)\s*\]")
_RESTRICTION_RE = re.compile(r"^(?:" + _GROUP_RE.pattern + r"\s*)+$")
_WORD = r"[^\s\[\]{}+?;#]+"
_PHRASE_RE = re.compile(rf"^{_WORD}(?: {_WORD})*$")
# a primary line: the phrase, optional [code ...] groups, optional free text after a tab
_PRIMARY_RE = re.compile(rf"^({_WORD}(?: {_WORD})*)\s*((?:{_GROUP_RE.pattern}\s*)*)(?:\t.*)?$")
_AGENT_RE = re.compile(r"^([^\[\]{}]+?)\s*(?:\{([^}]*)\})?\s*\[\s*(~?)([A-Z]*)(~?)\s*[\]}]$")
_SUBST_RE = re.compile(r"^!([A-Z]+)!\s*=\s*(.+)$")

# Upstream lines that break the documented format: file -> {line: (exact upstream text,
# correction, why)}. Applied before parsing; a line that no longer reads as expected fails.
KNOWN_DEFECTS: dict[str, dict[int, tuple[str, str, str]]] = {
    "Phoenix.Countries.actors.txt": {
        2039: (
            "\t[ARMUNR 9008223-911221]",
            "\t[ARMUNR 900823-911221]",
            "seven-digit date, a doubled digit",
        ),
        14190: (
            "\t[EGYGOV 20121207-20120802] # PM pt. 2",
            "\t# dropped: range reversed",
            "the range ends before it starts and the intended dates are unclear",
        ),
        15346: ("+FAEROYENE]_", "+FAEROYENE_", "stray ']'"),
        18010: (
            "\t[GBRGOV >201005011]",
            "\t[GBRGOV >20100511]",
            "nine-digit date; the UK coalition government took office on 2010-05-11",
        ),
        22508: (
            "\t[IRQOCC 1920030320-20060520]",
            "\t[IRQOCC 20030320-20060520]",
            "ten-digit date, a stray '19' before 20030320",
        ),
        22519: (
            "\t[IRQOCC 1920030320-20060520]",
            "\t[IRQOCC 20030320-20060520]",
            "ten-digit date, a stray '19' before 20030320",
        ),
        31715: (
            "\t[MNEGOV 20121204]",
            "\t[MNEGOV >20121204]",
            "a bare date is no restriction; read as 'from' (government formed that day)",
        ),
        40379: (
            "TUIMALEALI'IFANO_VA'ALETOA  SUALAUVI_II_  # CountryInfo.txt",
            "TUIMALEALI'IFANO_VA'ALETOA_SUALAUVI_II_  # CountryInfo.txt",
            "two spaces inside the name",
        ),
        43613: (
            "\t[SDNSSDAUT 1920050709-20110709]",
            "\t[SDNSSDAUT 20050709-20110709]",
            "ten-digit date, a stray '19' before 20050709",
        ),
        44363: (
            "OMAR_HASSAN_AHMAD  AL_BASHIR_  # CountryInfo.txt",
            "OMAR_HASSAN_AHMAD_AL_BASHIR_  # CountryInfo.txt",
            "two spaces inside the name",
        ),
        45980: ("+TAIOAN_ +TAWIAN_", "+TAIOAN_", "two misspellings on one line; one kept"),
        51384: (
            "\t[USAGOV 19820101] # entered Foreign Service",
            "\t[USAGOV >19820101] # entered Foreign Service",
            "a bare date is no restriction; the comment says 'entered' (from that date)",
        ),
        53776: ("+DHAMAR_GOVERNORATE?", "+DHAMAR_GOVERNORATE_", "stray '?'"),
    },
    "Phoenix.International.actors.txt": {
        40: (
            "\t[KORGOVBUS 2004017-20061201]",
            "\t[KORGOVBUS 20040117-20061201]",
            "seven-digit date; Ban Ki-moon became foreign minister on 2004-01-17",
        ),
        224: (
            "OSMAN_OLCAY\t_TURKEY_\t[IGOWSTNAT 690101-711231]# IGOrulers.txt",
            "OSMAN_OLCAY_\t[IGOWSTNAT 690101-711231]# IGOrulers.txt",
            "a tab and the country name inside the phrase",
        ),
        267: (
            "\tJOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]# IGOrulers.txt",
            "JOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]# IGOrulers.txt",
            "an actor line indented like a restriction",
        ),
        4122: (
            "B+H_OCEAN_CARRIERS_\t[MNCBMU]\t# Marine Transportation\t$25,000,000",
            "B_H_OCEAN_CARRIERS_\t[MNCBMU]\t# Marine Transportation\t$25,000,000",
            "'+' inside a name reads as a synonym marker",
        ),
        5477: (
            "GUESS?_INC_\t[MNCUSA]\t# Apparel\t$3,000,000,000",
            "GUESS_INC_\t[MNCUSA]\t# Apparel\t$3,000,000,000",
            "stray '?'",
        ),
        3694: (
            "Source: MNC.MLH.actors",
            "# Source: MNC.MLH.actors",
            "a provenance note without the comment sign",
        ),
    },
    "Phoenix.MilNonState.actors.txt": {
        30: (
            "+ARMY_OF_MOHAMMED_AND_THE_JAISH_ADAN_AL_ISLAMI+_ISLAMIC_ADEN_ARMY_",
            "+ARMY_OF_MOHAMMED_AND_THE_JAISH_ADAN_AL_ISLAMI_",
            "two synonyms run together; the second (ISLAMIC_ADEN_ARMY) is on its own line",
        ),
    },
    "Phoenix.agents.txt": {
        1927: (
            "ISLAMIC_EXTREMIST",
            "# ISLAMIC_EXTREMIST",
            "an agent without a code (ISLAMIC_EXTREMIST has a coded line nearby)",
        ),
    },
}


class DictionaryError(ValueError):
    """A dictionary line that fits none of the documented shapes."""

    def __init__(self, path: str | Path, line: int, text: str, why: str) -> None:
        super().__init__(f"{path}:{line}: {why}: {text.rstrip()!r}")
        self.path, self.line, self.text, self.why = str(path), line, text, why


@dataclass(slots=True)
class DatedCode:
    code: str
    start: date | None  # inclusive; None = open
    end: date | None  # inclusive; None = open

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def to_text(self) -> str:
        return f"{self.code}:{_iso(self.start)}:{_iso(self.end)}"

    @classmethod
    def from_text(cls, text: str) -> DatedCode:
        code, start, end = text.split(":")
        return cls(
            code,
            date.fromisoformat(start) if start else None,
            date.fromisoformat(end) if end else None,
        )


@dataclass(slots=True)
class ActorRecord:
    name: str  # the primary phrase, as written upstream (upper case, underscores)
    synonyms: list[str] = field(default_factory=list)
    default: str | None = None
    dated: list[DatedCode] = field(default_factory=list)
    section: str | None = None  # the country block (Countries file) the record is in
    section_code: str | None = None
    origin: str = ""  # file:line of the primary phrase
    comment: str = ""


@dataclass(slots=True)
class AgentRecord:
    phrase: str
    plurals: list[str]
    code: str
    prefix: bool  # "NGO~": the code goes before the actor code
    origin: str


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def parse_date(text: str) -> date:
    """``YYMMDD`` or ``YYYYMMDD`` → date; a two-digit year below 30 is 20YY."""
    if not _DATE_RE.match(text):
        raise ValueError(f"date {text!r} is neither YYMMDD nor YYYYMMDD")
    if len(text) == 6:
        yy = int(text[:2])
        text = f"{2000 + yy if yy < 30 else 1900 + yy}{text[2:]}"
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def parse_restriction(text: str) -> tuple[date | None, date | None]:
    """``>D``, ``<D``, ``D-D`` or empty → (start, end), both inclusive."""
    text = text.strip()
    if not text:
        return None, None
    if text[0] == ">":
        return parse_date(text[1:].strip()), None
    if text[0] == "<":
        return None, parse_date(text[1:].strip())
    if "-" in text:
        a, b = (p.strip() for p in text.split("-", 1))
        return parse_date(a), parse_date(b)
    raise ValueError(f"restriction {text!r} is not >date, <date or date-date")


def _strip_comment(line: str) -> tuple[str, str]:
    cut = [i for i in (line.find("#"), line.find(";")) if i >= 0]
    if not cut:
        return line, ""
    i = min(cut)
    return line[:i], line[i + 1 :].strip()


def _lines(path: Path) -> list[tuple[int, str]]:
    fixes = KNOWN_DEFECTS.get(path.name, {})
    out = []
    raw_lines = path.read_text(encoding="utf-8", errors="strict").splitlines()
    for n, line in enumerate(raw_lines, 1):
        if n in fixes:
            expected, corrected, _why = fixes[n]
            if line.rstrip() != expected.rstrip():
                raise DictionaryError(path, n, line, "known defect no longer matches upstream")
            line = corrected
        out.append((n, line))
    return out


def _add_groups(record: ActorRecord, path: Path, n: int, line: str, text: str) -> None:
    """Add each ``[CODE restriction]`` group of ``text`` to ``record``."""
    for m in _GROUP_RE.finditer(text):
        code, restriction = m.group(1), m.group(2)
        try:
            start, end = parse_restriction(restriction)
        except ValueError as exc:
            raise DictionaryError(path, n, line, str(exc)) from None
        if start and end and start > end:
            raise DictionaryError(path, n, line, "range ends before it starts")
        if start is None and end is None:
            record.default = code
        else:
            record.dated.append(DatedCode(code, start, end))


def normalise_code(code: str) -> str | None:
    """An upstream code as a project code: ``---`` (null) → None; letters up to the first
    digit; cut to three-letter blocks, at most nine letters ("NGOHINDEN211DEV" →
    "NGOHINDEN"); a letter run that is not whole blocks keeps its type block only."""
    if code == "---":
        return None
    letters = re.match(r"^[A-Z]*", code).group(0)
    if len(letters) < 3:
        return None
    if len(letters) % 3:
        letters = letters[:3]
    return letters[:9]


def _check_phrase(path: Path, n: int, line: str, phrase: str) -> str:
    phrase = phrase.strip()
    if not phrase or not _PHRASE_RE.match(phrase):
        raise DictionaryError(path, n, line, "not a phrase (words joined by _ or one space)")
    if not phrase.replace("_", " ").strip():
        raise DictionaryError(path, n, line, "empty phrase")
    return phrase


def _words(phrase: str) -> list[str]:
    """The words of a dictionary phrase, upper case ("MIKHAIL_S._GORBACHEV_" → MIKHAIL, S,
    GORBACHEV)."""
    return [w.strip(".,").upper() for w in phrase.replace("_", " ").split()]


def _lost_synonym(current: ActorRecord, phrase: str, groups: str | None) -> bool:
    """Whether the bare line ``phrase`` is a synonym of ``current`` whose ``+`` upstream
    lost: ``current`` has no code yet (no restriction came between the two lines), the new
    line carries no code of its own, and it holds the last word of ``current``'s name (the
    surname). Upstream writes a few leaders' blocks so ("MIKHAIL_GORBACHEV_" with eight
    ``+`` synonyms, then five bare lines such as "GORBACHEV_ADMINISTRATION", then the dated
    codes): read as separate records, the primary and its synonyms get no code and only the
    last bare line the dates, so that "Soviet leader Mikhail Gorbachev" coded nothing
    (PETRARCH2 reads them so too). The block's intent is one actor (issue 12, empty41)."""
    if current.default or current.dated or (groups or "").strip():
        return False
    own = _words(current.name)
    return bool(own) and len(own[-1]) > 2 and own[-1] in _words(phrase)


def parse_actors(path: Path) -> list[ActorRecord]:
    """Parse one ``.actors.txt`` file. RAISES :class:`DictionaryError` on a bad line."""
    records: list[ActorRecord] = []
    current: ActorRecord | None = None
    section = section_code = None
    for n, line in _lines(path):
        body, comment = _strip_comment(line)
        if not body.strip():
            continue
        text = body.strip()
        if body[0] in " \t" and text.startswith("["):
            if current is None:
                raise DictionaryError(path, n, line, "date restriction before any actor")
            if not _RESTRICTION_RE.match(text):
                raise DictionaryError(path, n, line, "malformed date restriction")
            _add_groups(current, path, n, line, text)
            continue
        if text.startswith("+"):
            if current is None:
                raise DictionaryError(path, n, line, "synonym before any actor")
            current.synonyms.append(_check_phrase(path, n, line, text[1:]))
            continue
        if body[0] in " \t":
            raise DictionaryError(path, n, line, "indented line that is not a [restriction]")
        m = _PRIMARY_RE.match(body.strip(" \r"))
        if not m:
            raise DictionaryError(path, n, line, "malformed actor line")
        phrase = _check_phrase(path, n, line, m.group(1))
        if current is not None and _lost_synonym(current, phrase, m.group(2)):
            current.synonyms.append(phrase)
            continue
        current = ActorRecord(phrase, origin=f"{path.name}:{n}", comment=comment)
        _add_groups(current, path, n, line, m.group(2) or "")
        # In the Countries file a country block opens with the country's own line
        # ("HONDURAS_  [HND]"): a bare three-letter code (six for dependencies).
        code = current.default
        if (
            code
            and "CountryInfo" not in comment
            and len(code) in (3, 6)
            and path.name.startswith("Phoenix.Countries")
        ):
            section, section_code = phrase, code
        current.section, current.section_code = section, section_code
        records.append(current)
    return records


def parse_agents(path: Path) -> list[AgentRecord]:
    """Parse ``Phoenix.agents.txt``: role words with their agent code.

    ``!PERSON! = MAN, MEN, ...`` defines a substitution set; a phrase holding ``!PERSON!``
    stands for one phrase per member. Regular plurals are generated (``-s``, ``-ies``,
    ``-es``) unless ``{...}`` gives them (``{}``: none).
    """
    subst: dict[str, list[str]] = {}
    out: list[AgentRecord] = []
    for n, line in _lines(path):
        body, _ = _strip_comment(line)
        text = body.strip()
        if not text:
            continue
        m = _SUBST_RE.match(text)
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = _AGENT_RE.match(text)
        if not m:
            if "[" not in text:  # a bare phrase with no code (e.g. a substitution example)
                raise DictionaryError(path, n, line, "agent line without [code]")
            raise DictionaryError(path, n, line, "malformed agent line")
        phrase, plural, pre, code, post = m.groups()
        if not code or bool(pre) == bool(post):
            raise DictionaryError(path, n, line, "agent code needs exactly one ~")
        if not re.match(r"^[A-Z]{3}$|^[A-Z]{6}$", code):
            raise DictionaryError(path, n, line, f"agent code {code!r} is not one or two roles")
        phrases = [phrase]
        substituted = False
        for name, members in subst.items():
            marker = f"!{name}!"
            if any(marker in p for p in phrases):
                phrases = [p.replace(marker, w) for p in phrases for w in members]
                substituted = True  # the set holds the plural forms itself
        if any("!" in p for p in phrases):
            raise DictionaryError(path, n, line, "unknown substitution set")
        for p in phrases:
            _check_phrase(path, n, line, p)
            if substituted:
                plurals = []
            elif plural is not None:
                plurals = [x for x in plural.split(",") if x.strip()]
            else:
                plurals = [_regular_plural(p)]
            out.append(
                AgentRecord(p, [x.strip() for x in plurals], code, bool(post), f"{path.name}:{n}")
            )
    return out


def _regular_plural(phrase: str) -> str:
    stem = phrase.rstrip("_")
    if stem.endswith("Y") and len(stem) > 1 and stem[-2] not in "AEIOU":
        return stem[:-1] + "IES"
    if stem.endswith(("SS", "SH", "CH", "X")):
        return stem + "ES"
    return stem + "S"


# -- converted files (what the gazetteer reads) --------------------------------------------

ACTOR_COLUMNS = ("name", "aliases", "type", "country", "code", "dated_codes", "origin")
AGENT_COLUMNS = ("pattern", "code", "position", "origin")


def write_tsv_gz(
    path: Path, columns: tuple[str, ...], rows: list[dict[str, str]], header: list[str]
) -> None:
    """Write a gzipped TSV deterministically (fixed mtime: re-running is byte-identical)."""
    lines = [f"# {h}" for h in header] + ["\t".join(columns)]
    for row in rows:
        cells = [row.get(c, "") or "" for c in columns]
        if any("\t" in c or "\n" in c for c in cells):
            raise ValueError(f"cell with a tab or newline in {row}")
        lines.append("\t".join(cells))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with (
        path.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as fh,
    ):
        fh.write(data)


def read_tsv_gz(path: Path) -> list[dict[str, str]]:
    """RETURNS the rows of a gzipped TSV written by :func:`write_tsv_gz` ([] if absent)."""
    if not path.exists():
        return []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        lines = [ln.rstrip("\n") for ln in fh if ln.strip() and not ln.startswith("#")]
    if not lines:
        return []
    head = lines[0].split("\t")
    return [dict(zip(head, ln.split("\t"), strict=True)) for ln in lines[1:]]


# Words of a company's record that make its PETRARCH2 MED a news outlet's
# (dictionary_media_firms.tsv): Phoenix codes telecoms and technology firms MED too.
MEDIA_FIRMS_PATH = (
    Path(__file__).resolve().parents[2] / "data" / "actors" / "dictionary_media_firms.tsv"
)


@cache
def dictionary_media_words() -> frozenset[str]:
    """The lower-case words of ``dictionary_media_firms.tsv`` (both kinds of row), read
    once per process."""
    from watchfloor.data import read_tsv

    return frozenset(r["word"].strip().lower() for r in read_tsv(MEDIA_FIRMS_PATH))


def company_code(names: list[str], code: str) -> str:
    """A dictionary company's code without PETRARCH2's MED where none of its record's
    ``names`` holds a news outlet's word: "Nippon Telegraph And Telephone Corporation"
    ``MNCJPNMED`` → ``MNCJPN`` (a telephone company), "LM Ericsson" ``MNCSWEMED`` →
    ``MNCSWE``; "News Corporation" keeps ``MNCAUSMED`` (roles41, issue 11; the project's
    MED is a news medium). Only ``MNC`` codes: an outlet's own record (``GBRMED``) stays."""
    blocks = [code[i : i + 3] for i in range(0, len(code), 3)]
    if blocks[0] != "MNC" or "MED" not in blocks[1:]:
        return code
    words = {w.lower() for name in names for w in re.split(r"[\s,.]+", name) if w}
    if words & dictionary_media_words():
        return code
    return "".join(b for b in blocks if b != "MED")


def parse_dated(cell: str) -> list[DatedCode]:
    return [DatedCode.from_text(x) for x in cell.split("|") if x]
