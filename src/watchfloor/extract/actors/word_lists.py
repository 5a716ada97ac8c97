"""Word lists and tables the actor extractor reads, in one place.

The tables from ``watchfloor/data/actors/`` (non-actor words, offices a state does not
use, congresses, former states, generic aliases) and the small word sets that several of
the extractor's modules share (organisation heads, group title heads, securities, home
and foreign modifiers). No logic but :func:`office_not_used`.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from watchfloor.data import read_tsv
from watchfloor.extract.actors.codes import NATIONAL_ROLES
from watchfloor.extract.gazetteer import fold

# Head words that end organisation names, never people's ("Zacatecas Cartel").
ORG_HEADS = {
    "cartel",
    "cartels",
    "gang",
    "gangs",
    "police",
    "ministry",
    "court",
    "army",
    "navy",
    "congress",
    "senate",
    "party",
    "front",
    "commission",
    "agency",
    "department",
    "forces",
    "guard",
    "militia",
    "brigade",
    "brigades",
    "mafia",
    "clan",
    "syndicate",
    "prosecutor's",
    "office",
    "council",
    "assembly",
    "plc",
    "spa",
    "inc",
    "corp",
    "ltd",
    "ag",
    "nv",
    "gmbh",
    "llc",
}
# Roles of the bodies whose officers an appositive title may name instead of the state
# ("X, president of the National Association of Manufacturers"; actors20): firms, unions,
# NGOs, schools, media, churches, farmers' bodies (CAMEO sector codes)
NON_STATE_OFFICE_ROLES = frozenset({"BUS", "LAB", "NGO", "EDU", "MED", "REL", "AGR"})
# Words of the names of state and international finance bodies that read like banks
# ("Central Bank of Brazil", "Federal Reserve Bank", "Asian Development Bank",
# "International Monetary Fund"): never a firm's officer (actors20)
STATE_FINANCE_WORDS = frozenset({"central", "reserve", "development", "monetary"})
# Words heading a title that ties a person to an organisation: "leader of the X",
# "spokesman for the Y", "Z commander X"
GROUP_TITLE_HEADS = {
    "leader",
    "leaders",
    "head",
    "chief",
    "boss",
    "member",
    "founder",
    "commander",
    "director",
    "president",
    "chairman",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "official",
    "officer",
    "lieutenant",
    "coordinator",
    "representative",
    "deputy",
    "commissioner",
    "second-in-command",
    "number",
    "two",
    "kingpin",
    "capo",
    "ringleader",
    "operator",
    "executive",
    "general",
    "envoy",
    "rapporteur",
    "agent",
    "agents",
    "investigator",
    "adviser",
    "advisor",
    "ambassador",
    "delegate",
    "observer",
    "expert",
}


ARTICLE_COUNTRY = "article_country"  # key in Extraction.meta (see __call__)


_DATA = Path(__file__).resolve().parents[2] / "data" / "actors"
# Nouns naming an act, never its people ("inmate uprisings"), and modifiers that make
# "forces" an abstract cause ("market forces"): non_actor_words.tsv (round 9 of rules)
_NON_ACTOR = read_tsv(_DATA / "non_actor_words.tsv")
# (country, word): office and body words a state does not use ("ministry" in the USA)
OFFICES_NOT_USED = {
    (row["iso3"].strip(), fold(row["word"])) for row in read_tsv(_DATA / "offices_not_used.tsv")
}


# The words of a person's alias by kind (alias_words.tsv): "marker" opens an alias after a
# name ("alias", "a.k.a."), "article" may open it and be left out later ("El Tigre" →
# "Tigre"), "particle" stands lower-case inside it ("El de la Sierra"); not folded
_ALIAS_WORDS = read_tsv(_DATA / "alias_words.tsv")
ALIAS_MARKERS = frozenset(row["word"] for row in _ALIAS_WORDS if row["kind"] == "marker")
ALIAS_ARTICLES = frozenset(row["word"] for row in _ALIAS_WORDS if row["kind"] == "article")
ALIAS_PARTICLES = frozenset(row["word"] for row in _ALIAS_WORDS if row["kind"] == "particle")
# Ranks police forces share with armies ("General X, head of the ... police" is COP)
SHARED_RANKS = frozenset(fold(row["word"]) for row in read_tsv(_DATA / "shared_ranks.tsv"))
# Words of a state's politics a demonym on them speaks of ("Swiss elections", "British
# parliamentary vote"): the state acts there as much as on a role word
POLITY_WORDS = frozenset(fold(row["word"]) for row in read_tsv(_DATA / "polity_words.tsv"))
# Words of a news outlet ("the West German magazine Der Spiegel"): a demonym on them names
# the outlet's home, not a state acting in the passage
OUTLET_WORDS = frozenset(fold(row["word"]) for row in read_tsv(_DATA / "outlet_words.tsv"))
# Verbs whose subject moves or commands its own fighters ("the ELN ferries troops"):
# own_force_verbs.tsv (precision33)
OWN_FORCE_VERBS = frozenset(fold(row["verb"]) for row in read_tsv(_DATA / "own_force_verbs.tsv"))
# (country, word): states whose national legislature goes by this bare name ("Congress")
CONGRESSES = {
    (row["iso3"].strip(), fold(row["word"])) for row in read_tsv(_DATA / "congresses.tsv")
}
CONGRESS_WORDS = frozenset(word for _, word in CONGRESSES)
# (country, word) → first year a row holds (the column "since", actors25): before it the
# state's legislature went by another name in English news; no column, no bound
CONGRESS_SINCE = {
    (row["iso3"].strip(), fold(row["word"])): int(row["since"])
    for row in read_tsv(_DATA / "congresses.tsv")
    if (row.get("since") or "").strip()
}
# successor ISO3 → (former state's code, its name, last day it existed): former_states.tsv
FORMER_STATES = {
    row["successor"].strip(): (
        row["code"].strip(),
        row["name"].strip(),
        date.fromisoformat(row["until"].strip()),
    )
    for row in read_tsv(_DATA / "former_states.tsv")
}
# shared country names (shared_country_names.tsv, actors28): listed ISO3 → (the other
# state, a regex of the words that confirm the listed one, one of those that confirm the
# other (whole words, any case), the period when the name meant only the other or None)
SHARED_NAMES = {
    row["iso3"].strip(): (
        row["other"].strip(),
        re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in row["own_words"].split("|")) + r")\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in row["other_words"].split("|")) + r")\b",
            re.IGNORECASE,
        ),
        (date.fromisoformat(row["other_from"].strip()), date.fromisoformat(row["other_to"].strip()))
        if (row.get("other_from") or "").strip()
        else None,
    )
    for row in read_tsv(_DATA / "shared_country_names.tsv")
}
# alias → role ("" = leave uncoded): dictionary names many states' bodies share
GENERIC_ALIASES = {
    fold(row["alias"]): (
        (row.get("role") or "").strip(),
        frozenset(c for c in (row.get("countries") or "").strip().split("|") if c),
    )
    for row in read_tsv(_DATA / "generic_aliases.tsv")
}
# alias → first year other states' bodies went by it (the column "since", actors25: other
# states' national security councils date from the 2000s; an older story means the US one)
GENERIC_ALIAS_SINCE = {
    fold(row["alias"]): int(row["since"])
    for row in read_tsv(_DATA / "generic_aliases.tsv")
    if (row.get("since") or "").strip()
}

# role words that are one state's seat of power by name ("Pentagon", "White House"): never
# the article's own body (one_state_names.tsv; codes46)
ONE_STATE_NAMES = frozenset(fold(row["name"]) for row in read_tsv(_DATA / "one_state_names.tsv"))


def holds_since(since: int | None, period: tuple[date, date] | None) -> bool:
    """Whether a table row that holds from the year ``since`` holds for a document of
    ``period``: always for an undated document or a row with no bound."""
    return since is None or period is None or period[1].year >= since


# (country, body's last words) → role: body names whose role differs by state ("Council of
# State" is a court, Cuba's the executive; state_body_roles.tsv, actors23)
STATE_BODY_ROLES = {
    (row["iso3"].strip(), fold(row["body"])): row["role"].strip()
    for row in read_tsv(_DATA / "state_body_roles.tsv")
}


def state_body_role(country: str | None, name: str, role: str) -> str:
    """The role a body named ``name`` has in ``country``: :data:`STATE_BODY_ROLES` where
    the name ends with a listed body ("Cuban Council of State" → GOV), else ``role``."""
    folded = fold(name)
    for (iso3, body), listed in STATE_BODY_ROLES.items():
        if iso3 == country and (folded == body or folded.endswith(f" {body}")):
            return listed
    return role


def office_not_used(country: str | None, words: str) -> bool:
    """Whether ``words`` (a body's name, a title, a role noun) hold an office word that
    ``country`` does not use: "Interior Ministry" is no US body, nor "Lower House"
    (offices_not_used.tsv; a row may hold two words)."""
    if country is None:
        return False
    found = [fold(w) for w in re.findall(r"[^\W\d_]+", words)]
    if any((country, w) in OFFICES_NOT_USED for w in found):
        return True
    # two-word offices ("lower house"), unless the name holds the state's own legislature
    # ("the Lower House of Congress" is the US House; actors28)
    return not any((country, w) in CONGRESSES for w in found) and any(
        (country, f"{a} {b}") in OFFICES_NOT_USED for a, b in zip(found, found[1:], strict=False)
    )


ACT_NOUNS = frozenset(fold(r["word"]) for r in _NON_ACTOR if r["kind"] == "act")
CRIME_MODIFIERS = frozenset(fold(r["word"]) for r in _NON_ACTOR if r["kind"] == "crime_modifier")
PARTY_FAMILY = frozenset(fold(r["word"]) for r in _NON_ACTOR if r["kind"] == "party_family")
FORCE_MODIFIERS = frozenset(fold(r["word"]) for r in _NON_ACTOR if r["kind"] == "force_modifier")
# Modifiers that make "gang(s)" a work crew ("harvesting gangs"): non_actor_words.tsv
# Abbreviations of the time of day ("4 p.m."): no prime minister (non_actor_words.tsv,
# actfix36); the raw lower-case spellings, as fold() drops the points
CLOCK_TIMES = frozenset(r["word"].lower() for r in _NON_ACTOR if r["kind"] == "clock_time")
LABOUR_GANG_MODIFIERS = frozenset(
    fold(r["word"]) for r in _NON_ACTOR if r["kind"] == "labour_gang_modifier"
)
# Civilian agent words that name a place as often as its people ("a Tijuana neighborhood")
PLACE_ROLE_NOUNS = frozenset(fold(r["word"]) for r in _NON_ACTOR if r["kind"] == "place_noun")
# ... and those that name their people as often ("communities"): a place only after "in"
PLACE_AFTER_IN = frozenset(fold(r["word"]) for r in _NON_ACTOR if r["kind"] == "place_after_in")
# Prepositions that make a place noun's object a location ("in", "near"; not "by", "of")
LOCATIVE_PREPS = frozenset(
    {
        "in",
        "into",
        "at",
        "near",
        "inside",
        "within",
        "throughout",
        "across",
        "around",
        "outside",
        "through",
    }
)


SECURITY_KIND = "financial_instrument"  # a reading that names a security, not its issuer
# Securities named after their issuer: "Treasury bills", "Treasury Bill Offer" are no actor
INSTRUMENTS = {
    "bill",
    "bills",
    "bond",
    "bonds",
    "note",
    "notes",
    "securities",
    "paper",
    "yields",
    "yield",
    "certificates",
    "debentures",
    "issue",
    "issues",
    "futures",
}
# Words for a state's executive whose country, when unnamed, is the one the text is on
GOVERNMENT_WORDS = {"government", "administration", "cabinet", "regime"}


FIRST_PLURAL = {"our"}
# Nouns of administrative units: "<noun> of X" makes X a place
PLACE_NOUNS = {
    "municipality",
    "town",
    "village",
    "city",
    "province",
    "department",
    "district",
    "county",
    "state",
    "region",
    "hamlet",
    "township",
    "parish",
}


# Civilians whose country is usually not the one the story is set in: no inferred country.
# Modifiers that say a role phrase is not the article's country's: "foreign central banks",
# "international observers", "overseas investors".
NOT_HOME = {
    "foreign",
    "international",
    "overseas",
    "multilateral",
    "other",
    "neighbouring",
    "neighboring",
}
# Roles a role phrase with no country of its own may take the article's country for
# (docs/actor-codes.md 1): not civilians, parties or the sector roles.
INFERABLE_ROLES = NATIONAL_ROLES - {"PTY"}
# Roles that a PETRARCH2 agent word alone ("detainees", "deserters", "reformers",
# "activists": OPP there) never completes with the article's country: three of three such
# inferred codes judged wrong (issue 11, actors23; "the opposition", a roles.tsv word,
# still takes it: four of four judged right). A country of the phrase's own still codes
# them ("Venezuelan activists").
AGENT_UNINFERABLE = frozenset({"OPP"})
# Role words that are also mass nouns: "gathered intelligence" is information
MASS_ROLE_NOUNS = {"intelligence", "security", "justice", "customs", "immigration"}


OBJECT_DEPS = {"dobj", "pobj", "obj", "conj", "attr"}
FOREIGN_CIVILIANS = {
    "migrant",
    "immigrant",
    "refugee",
    "tourist",
    "foreigner",
    "expatriate",
    "deportee",
    "asylum",
    "traveler",
    "traveller",
}
# Diplomats are posted abroad: "diplomats in Bangkok", "the embassy in Jakarta" are other
# states' missions there, never the host state's (roles41, issue 11: foreign diplomats in
# Bangkok coded Thailand's government, judged round 54). A country of their own still
# codes them ("U.S. diplomats in Bangkok").
POSTED_ABROAD = frozenset({"diplomat", "envoy", "ambassador", "embassy", "consul", "attache"})
