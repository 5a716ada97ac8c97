"""Actor codes from data and text: the date a code is read at, and the rules that build one.

Part of the actor extractor (extract step). :mod:`.extractor` finds and groups the
mentions; this module answers, for one mention, *which code*:

* :func:`article_period` — the days the document's publication date stands for (a day, a
  month, a year), or None when the document has no date. Nothing here ever guesses one.
* :func:`dated_code` — the code of a dictionary entry on that date: the date-bounded code
  whose range holds the whole period (PETRARCH2 ``[HNDGOV 100127-140127]``, or
  ``code_history`` in people.yaml), else the undated default; with no date, the undated
  default only.
* :func:`name_code` — the code an organisation's own name gives ("Honduran National
  Police" → HNDCOP, "Ministry of Defence of Peru" → PERMIL, "Sinaloa Cartel" → CRM +
  the country of Sinaloa): a role word inside the name and a country from a name, demonym
  or place inside it.
* :func:`title_role` — the role a title or apposition carries ("Defense Minister" → MIL,
  "attorney general" → JUD, "former president" → ELI).
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Container, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from watchfloor.data import read_tsv
from watchfloor.extract.actors.former_words import FORMER, hyphenated_formers
from watchfloor.extract.actors.state_leaders import state_leader_country
from watchfloor.extract.articles import ENGLISH_ARTICLES
from watchfloor.extract.gazetteer import Gazetteer, GazetteerEntry, fold
from watchfloor.geo import default_index

Period = tuple[date, date]


class PlaceCountry(Protocol):
    """A place finder (:func:`.places.place_country_finder`): a word run and a level
    ("admin": admin areas and countries only; "city", the default: cities too) → the
    country of the place it names, or None. A protocol, not a ``Callable`` alias: callers
    leave ``level`` out."""

    def __call__(self, words: str, level: str = "city") -> str | None: ...


# Country names that more often name something else ("Georgia" the US state, "Jordan" a
# person): ambiguous_country_names.tsv. Each gives its country only in a document that
# also carries one of its confirming words (round 9 of rules).
_AMBIGUOUS = {
    fold(r["name"]): tuple(fold(w) for w in r["confirm"].split("|") if w)
    for r in read_tsv(
        Path(__file__).resolve().parents[2] / "data" / "actors" / "ambiguous_country_names.tsv"
    )
}
# Military ranks that name a person, never a body (personal_ranks.tsv; actors18:
# "Commodore", the computer company, coded USAMIL from its name)
PERSONAL_RANKS = frozenset(
    fold(r["word"])
    for r in read_tsv(
        Path(__file__).resolve().parents[2] / "data" / "actors" / "personal_ranks.tsv"
    )
)
# Words that end only a trading, broking or investment house's name ("Acme Futures",
# "Hill Securities"; firm_house_words.tsv, roles44: their officers were coded GOV)
FIRM_HOUSE_WORDS = frozenset(
    fold(r["word"])
    for r in read_tsv(
        Path(__file__).resolve().parents[2] / "data" / "actors" / "firm_house_words.tsv"
    )
)
# Dictionary aliases many states' bodies share ("the Treasury", "National Security
# Council"; generic_aliases.tsv): inside a longer name they name no one state's body
# (actors25: "General Tax Directorate of the Treasury Ministry", El Salvador's, coded USAGOV
# from "the Treasury")
GENERIC_ALIAS_NAMES = frozenset(
    fold(r["alias"])
    for r in read_tsv(
        Path(__file__).resolve().parents[2] / "data" / "actors" / "generic_aliases.tsv"
    )
)
# Words that may precede "Congress" in a legislature's name (legislature_modifiers.tsv;
# actfix37: "American Pork Congress", a convention, coded USALEG)
LEGISLATURE_MODIFIERS = frozenset(
    fold(r["word"])
    for r in read_tsv(
        Path(__file__).resolve().parents[2] / "data" / "actors" / "legislature_modifiers.tsv"
    )
)
# "Democratic-controlled Congress", "the 100th Congress"
_CONGRESS_QUALIFIER = re.compile(r"\d+(?:st|nd|rd|th)|.+-(?:controlled|led|dominated|run)")
_UNCONFIRMED: ContextVar[Container[str]] = ContextVar(
    "wf_unconfirmed_countries", default=frozenset(_AMBIGUOUS)
)
# each name's confirming words as one pattern, compiled once: one scan of the document per
# name, not one per word (a match of any alternative is a match of one of the words)
_CONFIRMING = {
    name: re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b")
    for name, words in _AMBIGUOUS.items()
    if words
}
# Roles of armed and criminal groups, with separatists and militant Islamist groups (IMG):
# a group's own name beats the role words around it, its dissidents keep its code (actors23)
ARMED_ROLES = frozenset({"REB", "INS", "SEP", "UAF", "IMG", "CRM"})


def group_role(code: str | None) -> str:
    """The role block of a group's code: "COLREB" → REB, "REB" → REB, "IMGMOSALQ" → IMG."""
    code = code or ""
    return code[:3] if len(code) == 3 or code.startswith("IMG") else code[3:6]


def unconfirmed_names(text: str) -> frozenset[str]:
    """The ambiguous country names (folded) that ``text`` does not confirm: no capital,
    demonym or other confirming word of that country in it."""
    low = fold(text)
    return frozenset(
        name
        for name in _AMBIGUOUS
        if name not in _CONFIRMING or _CONFIRMING[name].search(low) is None
    )


class _Unconfirmed:
    """``name in unconfirmed_names(text)``, each name read from ``text`` when first asked
    (speed30: most documents never ask about an ambiguous name, and folding a whole
    document and scanning it for every name's confirming words cost ~1% of extraction)."""

    __slots__ = ("_known", "_low", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._low: str | None = None
        self._known: dict[str, bool] = {}

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str) or name not in _AMBIGUOUS:
            return False
        known = self._known.get(name)
        if known is None:
            if self._low is None:
                self._low = fold(self._text)
            pattern = _CONFIRMING.get(name)
            known = self._known[name] = pattern is None or pattern.search(self._low) is None
        return known


@contextmanager
def document_text(text: str) -> Iterator[None]:
    """Within the block, :func:`country_word` reads the ambiguous country names against
    ``text`` (the document being coded), as :func:`unconfirmed_names` does, name by name
    when asked."""
    token = _UNCONFIRMED.set(_Unconfirmed(text))
    try:
        yield
    finally:
        _UNCONFIRMED.reset(token)


def country_word(gaz: Gazetteer, text: str) -> str | None:
    """The country a word or name names (:meth:`Gazetteer.country_of`), except an
    ambiguous country name the current document does not confirm ("Georgia's Public
    Service Commission" in a story about a US utility names no country). A name two
    states share ("Congo President X") names the state ``shared_country_names.tsv``
    lists, which the former-states pass turns into the other where the story or its date
    says so (sides39: a 1987 "Congo President" given the country of another mention)."""
    if fold(text) in _UNCONFIRMED.get() or fold(text.replace("'s", "")) in _UNCONFIRMED.get():
        return None
    iso = gaz.country_of(text)
    if iso is None and fold(text) in gaz.entries:
        states = frozenset(
            e.country
            for e in gaz.entries[fold(text)]
            if e.type == "location" and e.kind == "country" and e.country
        )
        iso = _SHARED_PAIRS.get(states)
    return iso


# the pair of states a shared country name may name → the state its row lists first
_SHARED_PAIRS = {
    frozenset({r["iso3"].strip(), r["other"].strip()}): r["iso3"].strip()
    for r in read_tsv(
        Path(__file__).resolve().parents[2] / "data" / "actors" / "shared_country_names.tsv"
    )
}


# "Central American gangs", "Latin American cartels": a region, not the United States.
# "Inter-American Development Bank" (round 46: the bank's name broken at a wire line end,
# "Development Bank" coded USADEV from the "American" before it).
REGION_DEMONYM_PREFIXES = {
    "central",
    "latin",
    "south",
    "north",
    "pan",
    "meso",
    "afro",
    "anglo",
    "ibero",
    "hispano",
    "inter",
}


def word_before(token: Any) -> Any | None:
    """The word before a (spaCy) token, a bare wire line break between them skipped: in
    "the South\nAfrican army" the word before "African" is "South" (wrap37). None at the
    start of the document or after a paragraph break."""
    i = token.i - 1
    if i >= 0 and token.doc[i].text == "\n":
        i -= 1
    return token.doc[i] if i >= 0 and not token.doc[i].is_space else None


def region_demonym(token: Any) -> bool:
    """Whether a (spaCy) token is "American(s)" after a region's prefix: "mostly Central
    American migrants", "two Latin Americans" name a region's people, not the United
    States (wrongcodes35, issue 12: Central American migrants coded USACVL on an event
    side); also across a wire line break ("Latin\nAmerican debtors", wrap37)."""
    before = word_before(token) if token.i > 0 else None
    return (
        before is not None
        and fold(token.text) in {"american", "americans"}
        and fold(before.text) in REGION_DEMONYM_PREFIXES
    )


def token_country(gaz: Gazetteer, token: Any) -> str | None:
    """The country a country-name or demonym token names; none for a region's demonym
    (:func:`region_demonym`). A two-word name or demonym ending at the token is read whole,
    across a wire line break as across a space: "South\nAfrican" is ZAF, "North\nKorean"
    PRK (wrap37), never the country of the last word alone."""
    if region_demonym(token):
        return None
    before = word_before(token)
    if before is not None and before.text[:1].isupper() and token.text[:1].isupper():
        whole = gaz.country_of(f"{before.text} {token.text}")
        if whole is not None:
            return whole
    return gaz.country_of(token.text)


# Single words of a name that are never its place, though some place is called so
GENERIC_PLACE_WORDS = {
    "coast",
    "drug",
    "drugs",
    "north",
    "south",
    "east",
    "west",
    "central",
    "gulf",
    "river",
    "bay",
    "island",
    "islands",
    "valley",
    "mountain",
    "lake",
    "city",
    "state",
    "national",
    "capital",
    "border",
    "union",
    "counter",
    "new",
    "free",
    "general",
}
# Heads of a title that take their role from what they govern ("leader of the X Cartel");
# any other head without a role leaves the title without one ("an authority on prisons")
MEMBER_HEADS = {
    "leader",
    "leaders",
    "head",
    "chief",
    "boss",
    "member",
    "members",
    "founder",
    "commander",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officer",
    "lieutenant",
    "coordinator",
    "representative",
    "kingpin",
    "capo",
    "ringleader",
    "operator",
    "agent",
    "agents",
    "employee",
    "part",
    "one",
    "number",
    "second-in-command",
    "financier",
    "associate",
    "owner",
    "owners",
    "co-owner",
    "proprietor",
}
RELATIVE_WORDS = {"who", "whom", "whose", "which", "that"}
TITLE_PREPS = {"of", "from", "for", "at", "in", "with", "on"}
# Words that put a title's office in the past (former_words.tsv, read in .former_words):
# "former Treasury Secretary X", "ex-President X", "then-President X" (held the office at
# the time the sentence tells of, not at the article's: issue 11, seed 89 judging), "the
# late president", "two demobilized guerrillas" (roles16). A hyphenated spelling
# ("one-time") is also read joined ("onetime"): title_words joins it, the title walk
# crosses it.


def article_period(meta: dict[str, Any] | None) -> Period | None:
    """The first and last day a document's publication date stands for, or None.

    ``published`` is ISO 8601; ``published_precision`` says how much of it is known
    (``year`` → the whole year, ``month`` → the month; ``unknown`` with a full date is
    read as that day). No date, or one that does not parse, is None: never a guess.
    """
    raw = (meta or {}).get("published")
    if not raw:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", str(raw).strip())
    if not m:
        return None
    year = int(m.group(1))
    precision = (meta or {}).get("published_precision") or "unknown"
    try:
        if precision == "year" or m.group(2) is None:
            return date(year, 1, 1), date(year, 12, 31)
        month = int(m.group(2))
        if precision == "month" or m.group(3) is None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        day = date(year, month, int(m.group(3)))
    except ValueError:
        return None
    return day, day


def _history(entry: GazetteerEntry) -> list[tuple[str, date | None, date | None]]:
    """Date-bounded codes of an entry: PETRARCH2 ``dated_codes`` or people.yaml
    ``code_history`` (``from`` inclusive, ``to`` exclusive: the day a term ends the next
    one starts)."""
    out: list[tuple[str, date | None, date | None]] = []
    for d in entry.attributes.get("dated_codes") or ():
        out.append((d.code, d.start, d.end))
    for h in entry.attributes.get("code_history") or ():
        start = _day(h.get("from"))
        end = _day(h.get("to"))
        if end is not None:
            end = date.fromordinal(end.toordinal() - 1)
        if h.get("code"):
            out.append((str(h["code"]), start, end))
    return out


def code_history(entry: GazetteerEntry) -> list[tuple[str, date | None, date | None]]:
    """(code, first day, last day) of each date-bounded code of an entry."""
    return _history(entry)


def _day(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def dated_code(entry: GazetteerEntry, period: Period | None) -> str | None:
    """The entry's code for a document of ``period`` (see the module docstring).

    With a period, the last-listed range that holds every day of it wins (the upstream
    dictionaries list later positions last); outside every range, and without a period,
    the undated default (``code``; None for a PETRARCH2 record that has only dated codes).
    For curated people the undated default is the current position, and ELI for a person
    whose dated offices have all ended (:func:`_default_code`).
    """
    history = _history(entry)
    if period is not None:
        first, last = period
        hits = [
            code
            for code, start, end in history
            if (start is None or start <= first) and (end is None or last <= end)
        ]
        if hits:
            return hits[-1]
        if _before_every_range(entry, history, last):
            return None
    return _default_code(entry, history)


def _before_every_range(
    entry: GazetteerEntry, history: list[tuple[str, date | None, date | None]], last: date
) -> bool:
    """Whether an article ending on ``last`` predates every dated office of a person's
    entry (issue 11, roles44: "Donald Trump" in a 1987 story, a real-estate developer then,
    coded USAGOV from the entry's undated default, his later office). The dictionary
    says nothing of the person before the first range: no code from it."""
    starts = [start for _, start, _ in history]
    return (
        entry.type == "person"
        and bool(starts)
        and all(start is not None for start in starts)
        and last < min(s for s in starts if s is not None)
    )


def _default_code(
    entry: GazetteerEntry, history: list[tuple[str, date | None, date | None]]
) -> str | None:
    """The undated default of an entry. A person every one of whose dated offices has
    ended (the dead, the retired: Hugo Chávez, president until 2013) and whose listed
    default is one of those past offices gets the country's elite code instead: without a
    date no past office can be assumed to hold, and PETRARCH2 itself lists ``[VENELI]``
    after a closed range (issue 11, round 5: a late president coded as the government in
    undated articles). A default with an open range (a sitting official) is left alone."""
    code = entry.code
    if (
        code is None
        or entry.type != "person"
        or not history
        or code.endswith("ELI")
        or any(end is None for _, _, end in history)
        or code not in {c for c, _, _ in history}
        or code[3:] not in NATIONAL_ROLES
    ):
        return code
    return f"{code[:3]}ELI"


def covers(entry: GazetteerEntry, period: Period) -> bool:
    """Whether one of the entry's date-bounded offices holds the whole period. An elite
    code (``ELI``, PETRARCH2's open-ended "[USAELI 480101-]") names no office: a title in
    the text ("Treasury Secretary X") may still say more."""
    first, last = period
    return any(
        (start is None or start <= first) and (end is None or last <= end)
        for code, start, end in _history(entry)
        if not code.endswith("ELI")
    )


def history_country(entry: GazetteerEntry) -> str | None:
    """The one country all of an entry's codes share, or None (for a name with only dated
    codes: the person's state is known even when no date picks a role)."""
    codes = {c for c, _, _ in _history(entry)} | ({entry.code} if entry.code else set())
    countries = {c[:3] for c in codes}
    if entry.country:
        countries.add(entry.country)
    if len(countries) == 1:
        (iso,) = countries
        return (
            iso
            if iso.isalpha()
            and len(iso) == 3
            and iso not in {"IGO", "NGO", "MNC", "IMG", "NGM", "INT", "UIS", "PKO"}
            else None
        )
    return None


def country_in(
    gaz: Gazetteer, words: list[str], place_country: PlaceCountry | None = None
) -> str | None:
    """The country a run of words names: a country name or demonym, a two- or three-word
    country name ("El Salvador", "United States"), else a place (``place_country``).
    "Central American" and "Latin American" name regions, not the United States."""
    n = len(words)
    for size in (3, 2):
        for i in range(n - size + 1):
            iso = country_word(gaz, " ".join(words[i : i + size]))
            if iso:
                return iso
    for i, w in enumerate(words):
        if (
            i > 0
            and fold(words[i - 1]) in REGION_DEMONYM_PREFIXES
            and fold(w) in {"american", "americans"}
        ):
            continue
        if not w[:1].isupper():
            continue
        if i > 0 and fold(words[i - 1]) == "new":
            continue  # "New Mexico State Police", "New Jersey bank": a US state (round 22)
        iso = country_word(gaz, w)
        if iso:
            return iso
    for size in (3, 2):
        # a state body named inside the name gives its country: "White House Economic
        # Policy Council" is American, not Casablanca's ("Dar el Beida", round 8 judging)
        for i in range(n - size + 1):
            inner = " ".join(words[i : i + size])
            if fold(inner) in GENERIC_ALIAS_NAMES:
                continue  # "the Treasury" of "Tax Directorate of the Treasury Ministry"
            entry = gaz.lookup(inner)
            if (
                entry is not None
                and entry.type == "organization"
                and entry.country
                and (entry.code or "")[3:6] in NATIONAL_ROLES - {"PTY"}
            ):
                # (a party inside a party's name is a namesake: "Social Democratic Party"
                # is not the US "Democratic Party": round 13, Britain's SDP coded USAPTY)
                return entry.country
    if place_country is not None:  # admin areas before cities: "Texas" before "Rio Grande"
        for level in ("admin", "city"):
            for size in (3, 2, 1):
                for i in range(n - size + 1):
                    if size == 1 and fold(words[i]) in gaz.role_words | GENERIC_PLACE_WORDS:
                        continue  # "Coast Guard" is not Tanzania's Coast Region
                    if size == 1 and fold(words[i]) in _UNCONFIRMED.get():
                        continue  # an ambiguous country name the document does not confirm
                    iso = place_country(" ".join(words[i : i + size]), level)
                    if iso:
                        return iso
    return None


def role_in(gaz: Gazetteer, words: list[str]) -> str | None:
    """The role of the longest role phrase among ``words`` (roles.tsv first, then the
    PETRARCH2 agent words); ties go to the rightmost (the head of an English name)."""
    found = _role_at(gaz, words)
    return found[0] if found else None


def _role_at(
    gaz: Gazetteer, words: list[str], skip: frozenset[str] = frozenset()
) -> tuple[str, int, int] | None:
    """(role, first word, word count) of the phrase :func:`role_in` picks; single words in
    ``skip`` do not count."""
    folded = [fold(w) for w in words]
    for size in range(min(len(words), max(gaz.max_role_words, 4)), 0, -1):
        for i in range(len(words) - size, -1, -1):
            phrase = " ".join(folded[i : i + size])
            if size == 1 and phrase in skip:
                continue
            found = gaz.role_of(phrase)
            if found and found[0]:
                return found[0], i, size
            if size > 1 or len(phrase) > 3:
                role = gaz.agent_role(phrase)
                if role:
                    return role, i, size
            # plural → singular for the head word ("Armed Forces" has its own row)
            if phrase.endswith("s"):
                found = gaz.role_of(phrase[:-1])
                if found and found[0]:
                    return found[0], i, size
    return None


# Title words that are ordinary adjectives inside an organisation's name: "General
# Motors", "General Electric" are not the military.
NAME_NON_ROLES = frozenset({"general", "major", "captain", "private", "marshal"})


# Roles a national body's name can carry without a country and still be national: the
# article's country may complete them (never IGO/NGO/MNC ...: those stand alone).
NATIONAL_ROLES = {"GOV", "MIL", "COP", "JUD", "SPY", "LEG", "OPP", "PTY"}


# Heads of organisation names whose other words do not give the role: "Institute of
# Criminal Science" is not a criminal group. None: no role from the name.
NON_ROLE_HEADS: dict[str, str | None] = {
    "university": "EDU",
    "college": "EDU",
    "school": "EDU",
    "academy": "EDU",
    "institute": None,
    "institution": None,
    "foundation": None,
    "center": None,
    "centre": None,
    "association": None,
    "observatory": None,
    "society": None,
    "program": None,
    "programme": None,
    "project": None,
    "network": None,
    "initiative": None,
    "museum": None,
    "festival": None,
    "award": None,
    "prize": None,
    "journal": None,
    # a named commission is a state body ("the Tower Commission", "the Peruvian Securities
    # Commission"): GOV, with its country from its name or the article (both39, issue
    # #11); not one whose name says it is several states' (STATES_COMMISSION_WORDS)
    "commission": "GOV",
}
# Words that make a named commission several states' or no state's: "International
# Whaling Commission", "Trilateral Commission", "Inter-American Commission on Human Rights"
# (states_commission_words.tsv)
STATES_COMMISSION_WORDS = frozenset(
    fold(r["word"])
    for r in read_tsv(
        Path(__file__).resolve().parents[2] / "data" / "actors" / "states_commission_words.tsv"
    )
)


# Heads that name a topic, an act or a document, never a body ("Police Reform", "the
# Security Law", "Army Modernization Plan"); bodies in -tion are spared.
ABSTRACT_HEADS = {
    "reform",
    "reforms",
    "law",
    "laws",
    "bill",
    "plan",
    "strategy",
    "policy",
    "policies",
    "scandal",
    "crisis",
    "case",
    "trial",
    "report",
    "treaty",
    "accord",
    "agreement",
    "war",
    "budget",
    "debate",
    "begins",
    "says",
    "militarization",
    "militarisation",
    "truce",
    "truces",
    "pact",
    "pacts",
    "ceasefire",
    "cease-fire",
    "armistice",
    "demilitarization",
    "privatization",
    "modernization",
    "modernisation",
    # the US Treasury's "Kingpin List", a blacklist: a document, not a group
    "list",
    "lists",
    "blacklist",
    "registry",
    "register",
}
BODY_TION = {
    "organization",
    "organisation",
    "administration",
    "commission",
    "coalition",
    "federation",
    "confederation",
    "association",
    "corporation",
    "foundation",
    "institution",
    "nation",
    "nations",
    "direction",
    "division",
    "mission",
    "delegation",
    "union",
}


def _abstract(head: str) -> bool:
    return head in ABSTRACT_HEADS or (
        head.endswith(("ization", "isation")) and head not in BODY_TION
    )


def _head_index(words: list[str]) -> int:
    """The position of the head of an English name: the last word before "of"/"for"/"on"
    ("Institute of Criminal Science" → institute), else the last word."""
    for i, w in enumerate(words):
        if i > 0 and fold(w) in {"of", "for", "on", "de", "against", "contra"}:
            return i - 1
    return len(words) - 1


def _head_word(words: list[str]) -> str:
    return fold(words[_head_index(words)])


def name_code(
    gaz: Gazetteer, name: str, place_country: PlaceCountry | None = None
) -> tuple[str | None, str | None]:
    """(country, role) an organisation's own name gives; either may be None.

    "Honduran National Police" → (HND, COP); "Supreme Court" → (None, JUD); "Sinaloa
    Cartel" → (MEX, CRM) when ``place_country`` knows Sinaloa.
    """
    words = first_portfolio(gaz, [w for w in re.split(r"[\s/]+", name.replace("'s", "")) if w])
    if not words:
        return None, None
    state = gaz.lookup(" ".join(words))
    if (
        state is not None
        and state.kind == "country"
        and state.country
        and country_word(gaz, " ".join(words))
    ):
        # a country's own name read as an organisation ("the Soviet\nUnion" broken at a
        # wire line end): the state itself, no role from a word of its name ("Union" is
        # no labour union; wrongcodes35, round 50 and seed 3069: coded RUSLAB)
        return state.country, None
    head = _head_word(words)
    if _abstract(head) and not (gaz.role_of(head) or gaz.role_of(head.rstrip("s"))):
        # "Police Reform", "Militarization of Security": a topic, not a body
        return None, None
    if head in NON_ROLE_HEADS:
        # "Institute of Criminal Science", "University of Texas": the head decides
        role = NON_ROLE_HEADS[head]
        if head == "commission" and (
            len(words) < 2 or any(fold(w) in STATES_COMMISSION_WORDS for w in words)
        ):
            return None, None  # a bare "Commission" may be the European Commission
        return (country_in(gaz, words, place_country) if role else None), role
    found = _role_at(gaz, words, NAME_NON_ROLES)
    role = found[0] if found else None
    if (
        role is None
        and head == "department"
        and len(words) > 1
        and fold(words[-1]) == "department"
        and fold(words[-2]) in DEPARTMENT_AREAS
    ):
        # "U.S. Agriculture Department", "NY State Insurance Department": a government
        # department by its portfolio (round 12: left uncoded); "the police department"
        # has its own role row, a department of a country ("Antioquia") is a place
        role = "GOV"
    if found is not None:
        h = _head_index(words)
        _, i, size = found
        head = gaz.role_of(fold(words[h])) or gaz.role_of(fold(words[h]).rstrip("s"))
        sector = role not in NATIONAL_ROLES | {"MIL"}
        if (
            head
            and head[0]
            and (
                not i <= h < i + size
                or (
                    sector
                    and head[0] in NATIONAL_ROLES
                    and not (size > 1 and role in {"UAF", "REB", "INS", "CRM"})
                )
            )
        ):
            # ("Self Defense Forces" is a paramilitary name whose head word is "Forces")
            # the head decides: "Ministry of Environment and Energy" is a ministry (GOV),
            # not an environmental group
            role = head[0]
    if role == "LEG" and _head_word(words) == "congress" and not _legislature_congress(gaz, words):
        # "American Pork Congress", "World Jewish Congress": a convention or an association
        # named a congress, no legislature; another role word of the name may still say
        # what it is ("Trades Union Congress": labour)
        found = _role_at(gaz, words, NAME_NON_ROLES | {"congress"})
        role = found[0] if found and found[0] != "LEG" else None
    if (
        role == "MIL"
        and found is not None
        and found[2] == 1
        and fold(words[found[1]]) in PERSONAL_RANKS
        and not any(gaz.role_of(fold(w)) for j, w in enumerate(words) if j != found[1])
        and not (len(words) > 1 and all(fold(w) in PERSONAL_RANKS for w in words))
    ):
        # "Commodore International Ltd", "Admiral Corp": a rank names a person, never a
        # body; a name whose only role word is one is a firm's or a brand's (actors18)
        return None, None
    if _central_bank(gaz, words):
        role = "GOV"
    elif (
        role == "GOV"
        and found is not None
        and " ".join(fold(w) for w in words[found[1] : found[1] + found[2]]) == "national bank"
        and country_in(gaz, words) is None
    ):
        # "Peoples National Bank of Rockland County", "First National Bank": a commercial
        # bank; "Swiss National Bank", "National Bank of Poland" name a country (round 8)
        role = "BUS"
    if (
        role
        and _head_word(words) in BODY_OF_MEMBERS
        and any(fold(w) in BUSINESS_WORDS for w in words)
    ):
        # "National Council for Small Businesses", "Chamber of Commerce": an association
        # of firms (round 9: coded the legislature)
        role = "BUS"
    elif role == "LEG" and _trade_chamber(gaz, words):
        # "Uruguayan Chamber of Poultry Processors", "Peruvian Chamber of Construction": an
        # association of an industry's firms, not a house (round 50: coded URYLEG, PERLEG)
        role = "BUS"
    elif (
        role
        and _head_word(words) in BODY_OF_MEMBERS
        and any(fold(w) in FARM_WORDS for w in words)
        and not any(
            (gaz.role_of(fold(w)) or ("",))[0] in NATIONAL_ROLES
            for w in words
            if fold(w) != _head_word(words)
        )
    ):
        # "National Council of Farmer Cooperatives", "Association of Wheat Growers": a
        # farm lobby (round 12: coded the legislature)
        role = "AGR"
    folded = {fold(w) for w in words}
    if role == "CRM" and folded & PROSECUTOR_WORDS:
        # "Prosecutor's Office against Organized Crime": prosecutors are the judiciary
        role = "JUD"
    elif role == "CRM" and folded & INVESTIGATIVE_WORDS:
        # "Organized Crime Brigade", "Direccion Nacional de Investigacion Criminal": the
        # police unit that fights crime, not a criminal group (round 13 judging)
        role = "COP"
    elif role == "MIL" and folded & IRREGULAR_ARMY_WORDS:
        # "Popular Antiterrorist Army of Colombia" (ERPAC): an irregular armed group named
        # as an army, not the state's military (round 13, as in round 5); bare UAF
        role = "UAF"
    if (
        role
        and role != "BUS"
        and len(words) > 1
        and fold(words[-1]).strip(".,") in FIRM_NAME_FORMS | FIRM_HOUSE_WORDS
    ):
        # "ESM Government Securities Inc.", "Commodore International Ltd": a name that
        # ends in a legal form is a firm's, whatever state or rank word it holds (actors18);
        # so is one ending in a trading or lending house's word ("Congress Financial",
        # "ESM Government Securities": firm_house_words.tsv, actors45)
        role = "BUS"
    if place_country is not None and any(fold(w) in COMPANY_FORMS for w in words[1:]):
        place_country = _one_country_place(place_country)
    country = country_in(gaz, words, place_country) if role else None
    return country, role


def _legislature_congress(gaz: Gazetteer, words: list[str]) -> bool:
    """Whether a name headed by "Congress" reads as a state's legislature: every word
    before the head is a country word or demonym ("Peruvian", "U.S."), a legislature
    modifier ("National", "new"; legislature_modifiers.tsv) or a qualifier ("100th",
    "Democratic-controlled"); words after "of" name whose ("Congress of Peru")."""
    before = [w for w in words[: _head_index(words)] if fold(w) not in {"the", "a"}]
    return all(
        fold(w) in LEGISLATURE_MODIFIERS
        or _CONGRESS_QUALIFIER.fullmatch(fold(w))
        or country_word(gaz, w)
        for w in before
    )


def _trade_chamber(gaz: Gazetteer, words: list[str]) -> bool:
    """Whether a name is "Chamber of" a trade, not of a legislature's members or a state:
    the words after its first "of" hold no word of chamber_members.tsv ("Chamber of
    Deputies", "Chamber of Representatives") and are not only a country's name or words
    ("Chamber of the Nation")."""
    i = _head_index(words)
    if (
        fold(words[i]) not in {"chamber", "chambers"}
        or i + 2 > len(words) - 1
        or fold(words[i + 1]) != "of"
    ):
        return False
    rest = [w for w in words[i + 2 :] if fold(w) not in {"the", "of", "and", "&"}]
    if not rest or any(fold(w) in CHAMBER_MEMBERS for w in rest):
        return False
    return gaz.country_of(" ".join(rest)) is None and not all(
        gaz.country_of(w) is not None for w in rest
    )


def _one_country_place(place_country: PlaceCountry) -> PlaceCountry:
    """``place_country`` for a place word inside a company's name: a place whose name the
    index holds in several countries (towns of any size counted) gives no country; a firm
    takes its name from a town as often as from a region ("Manufacturers Hanover Corp" is
    a New York bank, not Jamaica's Hanover parish; round 25 judging)."""

    def country(words: str, level: str = "city") -> str | None:
        found = place_country(words, level)
        if found is None:
            return None
        isos = {c.iso3 for c in default_index().find(words) if c.iso3}
        return found if len(isos) <= 1 else None

    return country


# Words of a police or investigative unit's name: with a crime word ("Crime", "Criminal",
# "Crimen") the name is the unit that investigates crime, never a criminal group
INVESTIGATIVE_WORDS = frozenset(
    {
        "brigade",
        "brigada",
        "squad",
        "unit",
        "unidad",
        "directorate",
        "direccion",
        "dirección",
        "division",
        "división",
        "bureau",
        "investigation",
        "investigations",
        "investigacion",
        "investigación",
        "investigaciones",
        "investigadora",
        "investigative",
        "investigator",
        "investigators",
        "police",
        "policia",
        "policía",
        "task",
        "office",
        "oficina",
        "department",
        "departamento",
        "agency",
        "agencia",
    }
)
PROSECUTOR_WORDS = frozenset(
    {
        "fiscalia",
        "fiscalía",
        "prosecutor",
        "prosecutors",
        "prosecutor's",
        "prosecution",
        "procuraduria",
        "procuraduría",
    }
)
# Qualifiers that make an "Army" an irregular armed group's name: a state's army does not
# call itself antiterrorist, anticommunist or self-defence
IRREGULAR_ARMY_WORDS = frozenset(
    {
        "antiterrorist",
        "anti-terrorist",
        "antiterrorista",
        "anticommunist",
        "anti-communist",
        "anticomunista",
        "self-defense",
        "self-defence",
        "autodefensa",
        "autodefensas",
        "paramilitary",
        "paramilitar",
        "guerrilla",
        "guerrilla's",
        "insurgent",
    }
)


# Heads of a body whose members may be firms, and the words that say they are
BODY_OF_MEMBERS = {
    "council",
    "chamber",
    "confederation",
    "federation",
    "association",
    "board",
    "union",
    "forum",
    "alliance",
    "committee",
}
# Words after "chamber of" naming a legislature's members ("chamber of deputies"); any
# other "Chamber of X" is a trade body (chamber_members.tsv; round 46, precision34)
CHAMBER_MEMBERS = frozenset(
    fold(r["word"])
    for r in read_tsv(
        Path(__file__).resolve().parents[2] / "data" / "actors" / "chamber_members.tsv"
    )
)
BUSINESS_WORDS = {
    "business",
    "businesses",
    "businessmen",
    "commerce",
    "industry",
    "industries",
    "industrialists",
    "enterprise",
    "enterprises",
    "employers",
    "merchants",
    "exporters",
    "importers",
    "entrepreneurs",
    "companies",
    "retailers",
    "manufacturers",
    "bankers",
}

# Portfolios that name a government department right before "Department"
DEPARTMENT_AREAS = {
    "agriculture",
    "commerce",
    "treasury",
    "labor",
    "labour",
    "energy",
    "interior",
    "transportation",
    "transport",
    "education",
    "health",
    "insurance",
    "banking",
    "finance",
    "trade",
    "housing",
    "immigration",
    "revenue",
    "taxation",
    "environment",
}
FARM_WORDS = {
    "farmer",
    "farmers",
    "farm",
    "growers",
    "grower",
    "ranchers",
    "cooperatives",
    "cooperative",
    "co-operatives",
    "peasants",
    "campesinos",
    "agricultural",
}


# Commercial banks named after a country ("Bank of America", "Bank of Ireland"; "Bank of
# Brazil" is Banco do Brasil, the central bank is Banco Central do Brasil)
COMMERCIAL_COUNTRY_BANKS = {"america", "china", "ireland", "scotland", "india", "cyprus", "brazil"}


def _central_bank(gaz: Gazetteer, words: list[str]) -> bool:
    """Whether a name is a state's central bank, a state institution (GOV), not a business:
    "Bank of <country>" ("Bank of England", "Bank of Japan"), "Reserve Bank of <country>",
    "<country's> Central Bank" (roles.tsv already reads "central bank")."""
    folded = [fold(w) for w in words]
    if "bank" not in folded:
        return False
    i = folded.index("bank")
    if i > 0 and folded[i - 1] == "reserve":
        return True
    if i > 0:
        return False  # "Union Bank of Switzerland", "National Bank of X": commercial
    rest = words[i + 2 :] if i + 1 < len(words) and folded[i + 1] == "of" else []
    return (
        bool(rest)
        and fold(" ".join(rest)) not in COMMERCIAL_COUNTRY_BANKS
        and (gaz.country_of(" ".join(rest)) is not None or fold(" ".join(rest)) == "england")
    )


def unranked_generals(gaz: Gazetteer, words: list[str]) -> set[int]:
    """The places in ``words`` of each "general" that is no military rank: one that makes
    a body's office with "secretary" ("secretary general of the Bolivian Labour
    Organization", "Secretary-General", "General Secretary of the Communist Party") and a
    capitalised one that begins a name ("delegate to the General Agreement on Tariffs and
    Trade", "director of General Motors"), unless the two words are a role phrase
    themselves ("the General Staff"). sides39: a union leader and a state's GATT delegate
    coded MIL."""
    folded = [fold(w) for w in words]
    kept = [i for i, w in enumerate(folded) if w not in {"-", "\u2010", "\u2013"}]
    drop = set()
    for k, i in enumerate(kept):
        if folded[i] != "general":
            continue
        before = folded[kept[k - 1]] if k > 0 else ""
        after = kept[k + 1] if k + 1 < len(kept) else None
        if "secretary" in {before, folded[after] if after is not None else ""} or (
            words[i][:1].isupper()
            and after is not None
            and words[after][:1].isupper()
            and folded[after] not in TITLE_PREPS
            and not gaz.role_of(f"general {folded[after]}")
            and not gaz.agent_role(f"general {folded[after]}")
        ):
            drop.add(i)
    return drop


def without_unranked_generals(gaz: Gazetteer, words: list[str]) -> list[str]:
    """``words`` without the "general"s :func:`unranked_generals` finds."""
    drop = unranked_generals(gaz, words)
    return [w for i, w in enumerate(words) if i not in drop] if drop else words


def title_words(title: str) -> list[str]:
    """The words of a title or apposition; a hyphen after a modifier parts words
    ("ex-President", "then-defense minister"); a hyphenated former word stays one word
    ("one-time finance minister" → "onetime", "finance", "minister")."""
    for start, end in reversed(hyphenated_formers(title)):
        title = title[:start] + title[start:end].replace("-", "") + title[end:]
    return [w for w in re.split(r"[\s,]+|(?<=\w)-(?=\w)", title) if w]


def title_role(gaz: Gazetteer, title: str) -> str | None:
    """The role a title or apposition carries; a former office is ELI.

    A relative clause is no part of the title ("a social worker who works with gang
    members" is no gang member), and the head before a preposition decides over what it
    governs ("a prosecutor from the organized crime unit" is a prosecutor, JUD); only
    when the head carries no role does the rest give it ("leader of the Texis Cartel")."""
    words = title_words(title)
    if (
        words
        and fold(words[-1]) in TITLE_PREPS
        and {fold(w) for w in words} & (PAST_TERMS | TERM_NOUNS)
    ):
        # "the previous government of Hugo Chavez", "the presidency of Saca": a (past)
        # term of the name's holder, no office now (roles16: a late president and a former
        # one on trial coded GOV); "the government of X" still says X governs
        return None
    cut = next((i for i, w in enumerate(words) if fold(w) in RELATIVE_WORDS), None)
    words = first_portfolio(gaz, words[:cut] if cut is not None else words)
    ranked = words
    words = without_unranked_generals(gaz, words)
    prep = next((i for i, w in enumerate(words) if i > 0 and fold(w) in TITLE_PREPS), None)
    owner = owner_role(gaz, words, prep)
    if owner is not None:
        role = owner or None  # "the bank's chairman", "president of the union"
    elif prep is None:
        role = role_in(gaz, words)
        if role is None and state_leader_country(words, lambda w: country_word(gaz, w)):
            role = "GOV"  # "Polish leader X": the state's head (codes46)
    else:
        role = role_in(gaz, words[:prep])
        if role is None and fold(words[prep - 1]) in OFFICE_NOUNS:
            # "Secretary of Commerce", "Secretary of the Treasury": "secretary" alone is
            # clerical; a role phrase from the office word across the preposition is the
            # office (officials33: a US cabinet secretary left uncoded)
            found = _role_at(gaz, words)
            if found is not None and found[1] <= prep - 1 and found[1] + found[2] > prep + 1:
                role = found[0]
        if role is None and (
            {fold(w) for w in words[:prep]} & MEMBER_HEADS
            or (len(words) < len(ranked) and fold(words[prep - 1]) == "secretary")
        ):
            # (and "secretary general of the X": the body's officer, its role)
            # "leader of the Texis Cartel": the group's role; the governed name read as a
            # name ("director of Peru's Criminal Investigation Office": an investigative
            # unit, police, not criminals; roles16) before its words one by one
            role = name_code(gaz, " ".join(words[prep + 1 :]))[1] or role_in(gaz, words)
    if role == "CVL" and {fold(w) for w in words} & NATIONALITY_NOUNS:
        return None  # "a Lebanese citizen living in Switzerland": a passport, no role
    past = {fold(w) for w in words} & FORMER
    if role and past == {"late"} and role not in NATIONAL_ROLES:
        return role  # "the late drug trafficker X": dead, still a trafficker (actors18)
    if role and past:
        head = [fold(w) for w in (words[:prep] if prep is not None else words)]
        if (
            (prep is not None and set(head) & RANK_AND_FILE)
            or head[-1:]
            and head[-1] in RANK_AND_FILE
            and {fold(w) for w in words} & FORMER - RETIRED
        ):
            # "a former member of an elite Navy unit", "a former army captain": no office
            # held, no elite (round 9: a gang leader coded VENELI; roles16: former police
            # officers and a former army captain turned trafficker coded ELI). A career
            # ended in retirement stays elite ("a retired DEA agent" commenting: judged ELI)
            return None
        return "ELI"
    return role


# Office nouns of a portfolio: "Interior and Justice Minister", "Ministry of Interior and
# Justice" hold two portfolios in one office
OFFICE_NOUNS = frozenset({"minister", "ministry", "secretary", "secretariat", "department"})


def first_portfolio(gaz: Gazetteer, words: list[str]) -> list[str]:
    """``words`` with the second portfolio of a combined office dropped when the first
    gives the office a role: "Interior and Justice Minister" is an interior minister (GOV),
    not a justice minister (JUD; round 42: Venezuela's minister coded VENJUD). The first
    portfolio decides; an office of one portfolio is unchanged."""
    folded = [fold(w) for w in words]
    for k in range(1, len(words) - 1):
        if folded[k] not in {"and", "&"}:
            continue
        if k + 2 < len(words) and folded[k + 2] in OFFICE_NOUNS:  # "A and B Minister"
            short = [words[k - 1], words[k + 2]]
            cut = words[:k] + words[k + 2 :]
        elif k + 2 == len(words) and k >= 2 and OFFICE_NOUNS & set(folded[: k - 1]):
            # "Minister of (the) A and B"
            office = next(w for w in words[: k - 1] if fold(w) in OFFICE_NOUNS)
            short = [office, "of", words[k - 1]]
            cut = words[:k]
        else:
            continue
        if role_in(gaz, short):
            return cut
    return words


# Nouns of a person's nationality or residence: "US citizen X", "X, a Lebanese citizen" say
# whose passport, not what part of society; a named person gets no civilian code from them
# (roles16: all three judged people coded CVL so were wrong: a trafficking suspect, a
# firm's owner, an analyst)
NATIONALITY_NOUNS = {"citizen", "citizens", "resident", "residents", "national", "nationals"}


# Nouns of a term of office: "the presidency of X" names X's term, maybe a past one
TERM_NOUNS = {"presidency", "term", "tenure", "mandate", "reign", "premiership"}
# Words that put a term governed by "of" in the past ("the previous government of X")
PAST_TERMS = FORMER | {"previous", "preceding", "past", "prior", "old"}


def ordered_titles(titles: list[str]) -> list[str]:
    """A person's titles with those that end in a preposition last: "former president"
    says more of the person than "the presidency of" before the name (roles16: a former
    president on trial coded GOV from "the presidency of Saca"); and a current office
    before a former or retired one: "retired general X, now security minister" holds the
    ministry today (actors18: a retired general serving as minister coded ELI). The
    first title with a role decides, so a current title with none ("now a consultant")
    leaves the former one to decide. Only a title the text says is held now ("now ...",
    "currently ...") moves first: another apposition may be no title of the person."""

    def key(title: str) -> tuple[bool, bool]:
        words = title_words(title)
        return (
            bool(words) and fold(words[-1]) in TITLE_PREPS,
            not (words and fold(words[0]) in NOW_WORDS),
        )

    return sorted(titles, key=key)


# Words that open a title held now ("X, now defense minister"; actors18)
NOW_WORDS = {"now", "currently"}
# Former-words of a career ended in retirement: a retired agent or officer is an elite
RETIRED = {"retired"}
# Heads of a former membership that held no office: not elites
RANK_AND_FILE = {
    "member",
    "members",
    "soldier",
    "soldiers",
    "agent",
    "agents",
    "fighter",
    "fighters",
    "employee",
    "employees",
    "recruit",
    "conscript",
    "militant",
    "militants",
    "operative",
    # the ranks and file of a force (roles16: "former federal police officers",
    # "a former army captain" coded ELI, judged COP and CRM)
    "officer",
    "officers",
    "policeman",
    "policemen",
    "cop",
    "cops",
    "captain",
    "captains",
    "lieutenant",
    "lieutenants",
    "sergeant",
    "sergeants",
    "guerrilla",
    "guerrillas",
    "combatant",
    "combatants",
    "trooper",
    "troopers",
    "troops",
    "marine",
    "marines",
}


# Common nouns of a non-state owner of an office and the role they give it ("" none):
# "the bank's chairman" (BUS), "president of the union" (LAB); issue 11 round 8: a bank
# chairman and a union president coded as the government
SECTOR_OWNERS: dict[str, str] = {
    **dict.fromkeys(
        (
            "bank",
            "banks",
            "company",
            "companies",
            "firm",
            "firms",
            "corporation",
            "corp",
            "airline",
            "insurer",
            "brokerage",
            "conglomerate",
            "automaker",
            "carmaker",
            "retailer",
            "subsidiary",
            "business",
            "businesses",
            "consortium",
            "manufacturer",
            "maker",
            "makers",
            "producer",
            "producers",
            "exchange",
            "chain",
            # "Amsterdam bourse officials": the exchange's (round 12 judging:
            # coded as the Dutch government)
            "bourse",
            "bourses",
            "exchanges",
        ),
        "BUS",
    ),
    **dict.fromkeys(("union", "unions", "syndicate"), "LAB"),
    **dict.fromkeys(("university", "college", "school"), "EDU"),
    **dict.fromkeys(("newspaper", "magazine", "broadcaster"), "MED"),
    **dict.fromkeys(("church", "diocese"), "REL"),
    # non-state owners with no role of their own (not "board", "council", "unit",
    # "agency": state bodies have them too)
    **dict.fromkeys(
        (
            "group",
            "federation",
            "association",
            "club",
            "fund",
            "foundation",
            "institute",
            "league",
            "team",
            "organization",
            "organisation",
            "cooperative",
            "co-operative",
            "chamber",
            "society",
            "owner",
            "operator",
        ),
        "",
    ),
}
# Lawyers: counsel of whoever they work for, not the state's judiciary
PRIVATE_COUNSEL = {
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "counsel",
    "solicitor",
    "barrister",
    "advocate",
}
# Words that make an attorney the state's: "US Attorney", "district attorney"
PUBLIC_COUNSEL = {
    "district",
    "state",
    "states",
    "general",
    "county",
    "federal",
    "public",
    "prosecuting",
    "crown",
    "us",
    "u.s.",
    "u.s",
}
# Office words a non-state body has as well as a state ("president of the union")
OWNED_OFFICES = {
    "president",
    "vice",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "head",
    "chief",
    "secretary",
    "general",
    "executive",
    "officer",
    "official",
    "officials",
    "governor",
    "treasurer",
    "spokesman",
    "spokeswoman",
    "deputy",
    "manager",
    "commissioner",
    "senior",
    "top",
    "managing",
    "acting",
    "the",
    "a",
    "an",
    "its",
    "former",
    "ex",
    "then",
}
# Offices a lower-case sector noun right before them owns ("company president", "union
# spokesman"); not "governor", "secretary", "head": a "bank governor" is a central bank's
COMPOUND_OWNED_OFFICES = frozenset(
    {
        "president",
        "chairman",
        "chairwoman",
        "chairperson",
        "executive",
        "manager",
        "director",
        "spokesman",
        "spokeswoman",
        "treasurer",
    }
)
# Compound words that make an office a firm's ("group vice president", "corporate
# secretary"; issue 11, seed 103 judging: a car maker's group vice president coded USAGOV)
CORPORATE_COMPOUNDS = {"group", "corporate", "divisional"}
# What an office "of" may govern and still be the state's ("president of the Republic")
STATE_OBJECTS = {
    "republic",
    "nation",
    "country",
    "government",
    "state",
    "the",
    "council",
    "ministers",
    "of",
    "cabinet",
}

# the words before the owner an office is "of": "president of the company", "of its board"
_OWNER_OPENERS = ENGLISH_ARTICLES | {"its", "their"}


def owner_role(gaz: Gazetteer, words: list[str], prep: int | None) -> str | None:
    """The role an office title takes from a non-state owner, "" for an owner with no
    role of its own, None when the title has no such owner (the state's office, or no
    office word). Read: a possessive sector noun before the office ("the bank's chairman",
    "the company's president"), or "of/at/for" and a sector noun or a named body that is
    no state body after it ("president of the International Union of Electronic Workers",
    "president of Acme Corp"). "President of the Republic", "director of the National
    Police", "head of Colombia's army" stay the state's."""
    folded = [fold(w) for w in words]
    head = folded[:prep] if prep is not None else folded
    if (
        head
        and head[-1] in PRIVATE_COUNSEL
        and not any(w in PUBLIC_COUNSEL or gaz.country_of(w) for w in head[:-1])
        and (
            any(
                (w.lower().endswith(("'s", "\u2019s")) and not gaz.country_of(fold(w)))
                or w.lower() in {"his", "her", "their", "its"}
                for w in words[: len(head) - 1]
            )
            or (prep is not None and folded[prep] in {"for", "from", "with", "of", "at"})
        )
    ):
        # "El Chapo's lawyer", "a lawyer from Women's Link": a client's or a firm's
        # counsel, not the judiciary (a state's "attorney general" is no counsel here)
        return ""
    if (
        len(head) > 1
        and head[0] in CORPORATE_COMPOUNDS
        and head[1] in OWNED_OFFICES - ENGLISH_ARTICLES - {"its"}
    ):
        return ""  # "group vice president", "corporate treasurer": a firm's officer
    for i, w in enumerate(head):
        if (
            words[i].lower().endswith(("'s", "\u2019s"))
            and i + 1 < len(head)
            and w in SECTOR_OWNERS
            and all(x in OWNED_OFFICES for x in head[i + 1 :])
        ):
            return SECTOR_OWNERS[w]
    for i, w in enumerate(head[:-1]):
        if (
            SECTOR_OWNERS.get(w)
            and words[i].islower()
            and all(x in OWNED_OFFICES for x in head[:i] + head[i + 1 :])
            and head[-1] in COMPOUND_OWNED_OFFICES
        ):
            # "company president X", "union vice president X": the sector noun names the
            # owner as a possessive does (roles41: a state utility's "company president"
            # coded the government); "central bank governor" is no such compound
            return SECTOR_OWNERS[w]
    if prep is None or folded[prep] not in {"of", "at", "for"}:
        return None
    if (
        not head
        or not all(x in OWNED_OFFICES for x in head)
        or not set(head)
        - ENGLISH_ARTICLES
        - {"its", "former", "ex", "then", "senior", "top", "acting"}
    ):
        return None
    rest = words[prep + 1 :]
    while rest and fold(rest[0]) in _OWNER_OPENERS:
        rest = rest[1:]
    if not rest:
        return None
    first = fold(rest[0])
    if not rest[0][:1].isupper():
        if len(rest) == 1 or first in SECTOR_OWNERS:
            return SECTOR_OWNERS.get(first)
        return _described_owner(gaz, rest)
    if all(fold(w) in STATE_OBJECTS for w in rest):
        return None
    name = " ".join(rest)
    entry = gaz.lookup(name)
    if entry is not None:
        role = (entry.code or "")[3:6]
        return (
            None
            if not entry.code or role in NATIONAL_ROLES or entry.type != "organization"
            else role
        )
    country, role = name_code(gaz, name)
    if (
        role is None
        and country_in(gaz, [w.replace("'s", "") for w in rest])
        and sum(1 for w in rest if w[:1].isupper()) <= 2
    ):
        return None  # "president of Colombia", "head of Mexico's"
    if role in NATIONAL_ROLES:
        return None
    if role is None:
        # a name that says nothing ("president of OSINFOR") may be a state agency; a
        # company's legal form or a non-state head ("Association", "Institute") is not
        last, head = fold(rest[-1]).rstrip(".,"), _head_word(rest)
        if last in COMPANY_FORMS:
            return "BUS"
        if head in NON_ROLE_HEADS or head in SECTOR_OWNERS:
            return ""
        if (
            len(rest) == 1
            and set(folded[:prep]) & FIRM_PRESIDENCIES
            and not rest[0].isupper()
            and not gaz.candidates(rest[0])
        ):
            # "president of Fenacon": a word-like name nobody lists, with a president
            # and not a director, is a federation, club or firm, not a state agency
            # (round 9); an all-capitals acronym ("president of OSIPRO", "director of
            # OSINFOR") may be a state agency and stays as before
            return ""
        return None
    return role


def _described_owner(gaz: Gazetteer, rest: list[str]) -> str | None:
    """The role of an owner described in lower-case words before its name: "president of
    state oil company Pertamina", "chairman of the state-owned steel maker" are a firm's
    officers (BUS; state-owned firms are BUS, actfix36, judged round 51: coded IDNGOV).
    The head is the last lower-case word of the description; a sector noun there decides
    unless the words ending on it are a state body's ("the central bank", "the national
    bank": roles.tsv and PETRARCH2's agents read them GOV), or None."""
    run = list(itertools.takewhile(lambda w: not w[:1].isupper(), rest))
    head = fold(run[-1].rstrip(".,;:")) if run else ""
    if head not in SECTOR_OWNERS:
        return None
    for size in (2, 3):
        if len(run) < size:
            break
        phrase = " ".join(fold(w) for w in run[-size:])
        said = (gaz.role_of(phrase) or ("",))[0] or gaz.agent_role(phrase) or ""
        if said in NATIONAL_ROLES:
            return None
    return SECTOR_OWNERS[head]


# Offices of a body that a state agency seldom has in English news (round 9 of rules)
FIRM_PRESIDENCIES = {"president", "chairman", "chairwoman", "chairperson"}

# Legal forms that end only a company's name, never a state body's (not "Group",
# "Holdings", "SA", "AS": "Contact Group", Spanish "s.a." in lower case prose; not
# "Company", an army unit's word: "Alpha Company"). "Co" ends a firm's name only
# ("Brooklyn Union Gas Co" is a gas utility, no labour union; actfix37, round 54)
FIRM_NAME_FORMS = {
    "corp",
    "corporation",
    "inc",
    "co",
    "ltd",
    "plc",
    "llc",
    "gmbh",
    "spa",
    "ag",
    "nv",
    "bv",
}
# Legal forms that end a company's name ("Acme Corp", "Olivetti SpA")
COMPANY_FORMS = {
    "corp",
    "corporation",
    "inc",
    "co",
    "ltd",
    "plc",
    "spa",
    "ag",
    "sa",
    "nv",
    "gmbh",
    "llc",
    "bv",
    "ab",
    "as",
    "oy",
    "kk",
    "lp",
    "holdings",
    "group",
}
