"""The :class:`Reading` record: one recognised mention while the actor extractor works.

Also the tables that turn spaCy labels and role codes into watchfloor types and kinds,
and the display name of a role phrase's entity ("Colombia police", "criminal groups").

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from watchfloor.extract.actors.word_lists import FORMER_STATES
from watchfloor.extract.gazetteer import Gazetteer, GazetteerEntry

# spaCy label → (watchfloor type, default kind); other labels are not actors.
LABEL_TYPES: dict[str, tuple[str, str | None]] = {
    "PERSON": ("person", None),
    "ORG": ("organization", None),
    "GPE": ("location", "place"),
    "LOC": ("location", "region"),
    "FAC": ("location", "facility"),
}
ROLE_KINDS = {
    "GOV": "government",
    "MIL": "military",
    "COP": "police",
    "JUD": "judiciary",
    "CRM": "criminal_group",
    "REB": "armed_group",
    "INS": "armed_group",
    "BUS": "company",
    "MED": "media",
    "NGO": "ngo",
    "IGO": "igo",
    "CVL": "civilians",
    "OPP": "opposition",
    "PTY": "party",
    "SPY": "intelligence",
    "LEG": "legislature",
    "REF": "refugees",
}


TYPE_LABEL = {"person": "PERSON", "organization": "ORG", "location": "GPE"}


@dataclass(slots=True)
class Reading:
    """One recognised mention with what we know about it."""

    start: int  # token indices
    end: int
    name: str
    type: str
    kind: str | None
    country: str | None
    code: str | None
    origin: str  # gazetteer | ner | role | surname | shared_surname (type_votes.py)
    entry: GazetteerEntry | None = None
    titles: list[str] = field(default_factory=list)  # "former senior national security advisor"
    inferred: bool = False  # the country is the article's, not the mention's (codes.py)
    code_from: str | None = None  # what gave the code: dictionary, name, title, context
    # the dictionary's dated code for the article's date when a title in the text beat it
    dictionary_code: str | None = None


def anaphor(referent: Reading, start: int, end: int, type_: str | None = None) -> Reading:
    """A later mention (tokens ``start``..``end``) standing for ``referent``: its name,
    kind, country, code, entry and how the code was found, with origin "anaphor" (the
    type is the referent's unless ``type_`` says otherwise)."""
    return Reading(
        start,
        end,
        referent.name,
        type_ or referent.type,
        referent.kind,
        referent.country,
        referent.code,
        "anaphor",
        referent.entry,
        inferred=referent.inferred,
        code_from=referent.code_from,
    )


# Names of roles that have no entity kind, for role-phrase entities ("Brazil labor", not
# "Brazil lab")
ROLE_WORDS = {
    "LAB": "labor",
    "ELI": "elite",
    "EDU": "education",
    "REL": "religious",
    "HLH": "health",
    "AGR": "agriculture",
    "ENV": "environment",
    "HRI": "human rights",
    "UAF": "armed group",
}


def role_name(gaz: Gazetteer, country: str | None, role: str) -> str:
    kind = (ROLE_KINDS.get(role) or ROLE_WORDS.get(role, role.lower())).replace("_", " ")
    if country and country in gaz.countries:
        return f"{gaz.countries[country].name} {kind}"
    former = next((f[1] for f in FORMER_STATES.values() if f[0] == country), None)
    if former:
        return f"{former} {kind}"
    return f"{kind}s" if not kind.endswith("s") else kind
