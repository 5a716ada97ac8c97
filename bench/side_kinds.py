"""What the uncoded side of an asserted event is, for events with exactly one coded side.

Issue #11 (both39): of the asserted events with one side coded, is the other side an entity
without a code (by kind: firm, union, party, commission or agency, other organisation,
person whose role the document gives, person without one, place, unnamed role phrase), a
pronoun, a phrase naming no entity ("protesters", "the talks"), or nothing? The kind of an
organisation is read from the words of its name (a rough, word-list reading for counting,
not the coder's); a person's role from the words around any mention (``role_bearing`` of
:mod:`eval_actor_coding`). Used by ``eval_actor_coding.py --side-kinds``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from watchfloor.model import Document, Entity, Event

# role_bearing of eval_actor_coding: (entity, document text, role words) -> has a role
RoleBearing = Callable[[Entity, str, set[str]], bool]

PRONOUNS = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "us",
        "its",
        "their",
        "his",
        "our",
        "who",
        "which",
        "that",
        "this",
        "these",
        "those",
    ]
)
FIRM_WORDS = frozenset(
    [
        "co",
        "corp",
        "corporation",
        "inc",
        "ltd",
        "plc",
        "ag",
        "sa",
        "nv",
        "bv",
        "gmbh",
        "spa",
        "llc",
        "bank",
        "bancorp",
        "airlines",
        "airline",
        "airways",
        "company",
        "companies",
        "group",
        "holdings",
        "industries",
        "motors",
        "oil",
        "petroleum",
        "steel",
        "brothers",
        "securities",
        "partners",
        "investors",
        "trust",
        "fund",
        "mines",
        "mining",
        "chemical",
        "chemicals",
        "electric",
        "energy",
        "foods",
        "systems",
        "technologies",
        "communications",
        "telecom",
    ]
)
UNION_WORDS = frozenset(
    ["union", "unions", "workers", "labor", "labour", "federation", "teamsters", "guild"]
)
PARTY_WORDS = frozenset(["party", "front", "movement", "alliance"])
STATE_BODY_WORDS = frozenset(
    [
        "commission",
        "ministry",
        "department",
        "agency",
        "board",
        "council",
        "authority",
        "court",
        "office",
        "committee",
        "bureau",
        "administration",
        "police",
        "army",
        "navy",
        "government",
        "senate",
        "congress",
        "parliament",
        "assembly",
        "tribunal",
        "prosecutor",
        "attorney",
        "service",
        "secretariat",
        "institute",
        "reserve",
    ]
)
ORG_KINDS = (
    ("union", UNION_WORDS),
    ("firm", FIRM_WORDS),
    ("commission/agency", STATE_BODY_WORDS),
    ("party", PARTY_WORDS),
)


def org_kind(name: str) -> str:
    words = {w.lower().rstrip(".") for w in re.findall(r"[A-Za-z.']+", name)}
    for kind, cue in ORG_KINDS:
        if words & cue:
            return kind
    return "organisation, other"


def entity_kind(ent: Entity, text: str, role_words: set[str], role_bearing: RoleBearing) -> str:
    """The kind of an uncoded entity on an event side."""
    if ent.id.startswith("act:"):
        return "unnamed role phrase"
    if ent.type == "person":
        has_role = role_bearing(ent, text, role_words)
        return "person, role given" if has_role else "person, no role"
    if ent.type == "organization":
        return org_kind(ent.name)
    if ent.type == "location":
        return "place"
    return f"other ({ent.type})"


def span_kind(span: object, text: str) -> tuple[str, str]:
    """(kind, words) of a side with no entity, from the event's side span."""
    if not span:
        return "nothing", ""
    if isinstance(span, dict):
        start, end = span.get("start"), span.get("end")
    elif isinstance(span, list | tuple):
        start, end = span[0], span[1]
    else:
        start, end = getattr(span, "start", None), getattr(span, "end", None)
    if start is None or end is None:
        return "nothing", ""
    words = " ".join(text[start:end].split())
    toks = re.findall(r"[A-Za-z']+", words.lower())
    if not toks:
        return "nothing", words
    if len(toks) <= 2 and toks[-1] in PRONOUNS:
        return "pronoun", words
    return "phrase, no entity", words


def empty_side_row(ev: Event, doc: Document, side: str) -> tuple[str, ...]:
    """(side, code, trigger, coded side's name, coded entities in the sentence, sentence) of
    an event whose other side has no argument, for reading (``--side-dump``)."""
    ents = {e.id: e for e in doc.entities}
    coded = ents.get((ev.source if side == "target" else ev.target) or "")
    s0, s1 = ev.sentence.start, ev.sentence.end
    inside = sorted(
        {
            f"{e.name}={e.actor_code}"
            for e in doc.entities
            if e.actor_code and any(s0 <= m.start < s1 for m in e.mentions)
        }
    )
    return (
        side,
        ev.code,
        doc.text[ev.trigger.start : ev.trigger.end],
        coded.name if coded else "",
        "; ".join(inside),
        " ".join(doc.text[s0:s1].split()),
    )


class SideKinds:
    """Counts the uncoded side of one-side-coded asserted events, with examples."""

    def __init__(self) -> None:
        self.kinds: Counter[str] = Counter()
        self.names: dict[str, Counter[str]] = {}
        self.empty: list[tuple[str, ...]] = []

    def add(
        self, ev: Event, doc: Document, role_words: set[str], role_bearing: RoleBearing
    ) -> None:
        if bool(ev.source_code) == bool(ev.target_code):
            return
        side = "target" if ev.source_code else "source"
        ent_id = ev.target if side == "target" else ev.source
        ents = {e.id: e for e in doc.entities}
        ent = ents.get(ent_id or "")
        if ent is not None:
            kind, name = entity_kind(ent, doc.text, role_words, role_bearing), ent.name
        else:
            kind, name = span_kind(ev.extra.get(f"{side}_span"), doc.text)
        self.kinds[kind] += 1
        if kind == "nothing":
            self.empty.append(empty_side_row(ev, doc, side))
        self.names.setdefault(kind, Counter())[" ".join(name.split())[:60]] += 1

    def dump(self, path: str) -> None:
        """Write the events whose uncoded side has no argument, one a line (TSV)."""
        with open(path, "w", encoding="utf-8") as out:
            out.write("empty_side\tcode\ttrigger\tcoded_side\tcoded_in_sentence\tsentence\n")
            for row in self.empty:
                out.write("\t".join(c.replace("\t", " ") for c in row) + "\n")

    def report(self, examples: int = 15) -> None:
        total = sum(self.kinds.values()) or 1
        print(f"asserted events with one side coded: {total}; the other side is:")
        for kind, n in self.kinds.most_common():
            top = ", ".join(f"{k or '-'} ({c})" for k, c in self.names[kind].most_common(examples))
            print(f"  {kind:<22} {n:>4} {n / total:.3f}  {top}")
