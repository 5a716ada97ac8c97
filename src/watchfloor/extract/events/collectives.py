"""Noun phrases that refer back to coded states or parties as event sides (issues #11/#12).

Used by :mod:`.resolver` (extract stage, after NLP and the actor extractor) when an event
argument names no one itself but refers back to parties the document named before it:

- :func:`pair_noun`: "both countries", "the two sides", "both governments", "the two
  leaders" as the subject of a clause stand for the two coded parties named last before
  them (:func:`last_two`); the coder then reads them as it reads "X and Y agreed"
  (coordinated sources, each the other's partner in a joint act);
- :func:`kind_noun`: "the kingdom", "the emirate", "the sultanate", "the sheikhdom", "the
  island", "the Gulf state" stand for the one state of that kind the document named before
  (``data/events/state_kinds.tsv``).

Both are conservative: more than two parties in the nearest sentences that name any, or two
states of the same kind, leave the side to the usual rules (no guess). The words are data:
``data/events/pair_words.tsv`` and ``state_kinds.tsv``.

Place in the flow: inside the event extractor, after the actor extractor has coded the
document's entities, when the actor resolver (:meth:`.resolver.ActorResolver.resolve`) maps
an event's argument word under which no named entity stands: ingest → normalise/dedup →
NLP → **extract** (events: sides) → store → analyse → serve/export.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from spacy.tokens import Token

from watchfloor.data import PACKAGE_DATA, read_tsv
from watchfloor.extract.doccache import sentence_at, sentence_of, token_children
from watchfloor.model import Entity

# modifiers a pair phrase may carry besides "both" / "the two" (none that narrows it:
# "both Arab countries" is not the two named before)
PAIR_DEPS = {"det", "predet", "nummod", "punct", "prep", "relcl", "acl", "appos"}
PAIR_SENTENCES = 3  # its own sentence (the words before it) and the two before


@cache
def _pair_rows() -> tuple[dict[str, str], ...]:
    """RETURNS the rows of ``pair_words.tsv``, read once per process."""
    return tuple(read_tsv(PACKAGE_DATA / "events" / "pair_words.tsv"))


@cache
def pair_nouns() -> dict[str, str]:
    """RETURNS the plural heads of "both X" / "the two X", lemma → the kind of parties it
    counts (``pair_words.tsv``, part "noun")."""
    return {row["word"]: row["party"] for row in _pair_rows() if row["part"] == "noun"}


@cache
def pair_preps() -> frozenset[str]:
    """RETURNS the prepositions whose object is an act's party ("called on", "talks with /
    between"; ``pair_words.tsv``, part "prep")."""
    return frozenset(row["word"] for row in _pair_rows() if row["part"] == "prep")


@cache
def state_kinds() -> dict[str, frozenset[str]]:
    """RETURNS kind noun → the states of that kind (``state_kinds.tsv``), read once per
    process."""
    kinds: dict[str, frozenset[str]] = {}
    for row in read_tsv(PACKAGE_DATA / "events" / "state_kinds.tsv"):
        kinds[row["kind"]] = kinds.get(row["kind"], frozenset()) | {row["code"]}
    return kinds


def pair_noun(token: Token) -> str | None:
    """RETURNS the kind of parties ("country", "government", "side", "leader") that
    "both X" / "the two X" names as the subject or object of a clause or the object of
    "with", "between", "on", "to" ("called on both countries", "talks between the two
    sides"), else None ("a report about both countries", "both Arab countries", "the two
    countries' ties": None)."""
    if token.tag_ != "NNS":
        return None
    if token.dep_ == "pobj":
        if token.head.lower_ not in pair_preps():
            return None
    elif token.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return None
    kind = pair_nouns().get(token.lemma_.lower())
    if kind is None:
        return None
    before = [c for c in token_children(token) if c.i < token.i]
    words = [c.lower_ for c in before]
    if words not in (["both"], ["the", "two"]):
        return None
    if any(c.dep_ not in PAIR_DEPS for c in token_children(token)):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token_children(token)):
        return None  # "both sides of the border"
    return kind


def kind_noun(token: Token) -> str | None:
    """RETURNS the kind ("kingdom", "island", "gulf state" ...) a definite singular kind
    noun names ("the kingdom", "the Gulf state"), else None ("a kingdom", "the island of
    Bali", "the island's farmers" as a possessor: None)."""
    if token.tag_ != "NN":
        return None
    kind = token.lower_
    before = [c for c in token_children(token) if c.i < token.i]
    if kind == "state":
        if [(c.dep_, c.lower_) for c in before] != [("det", "the"), ("compound", "gulf")]:
            return None
        kind = "gulf state"
    elif [(c.dep_, c.lower_) for c in before] != [("det", "the")]:
        return None
    if kind not in state_kinds() or token.dep_ == "poss":
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token_children(token)):
        return None  # "the island of Java": a place named, not a state referred to
    return kind


def party_of(ent: Entity, kind: str) -> str | None:
    """The identity a pair phrase of ``kind`` counts ``ent`` as, or None where ``ent`` is
    none: its country for countries, governments and leaders (two leaders of one country
    are no pair), its code for sides (two names coded alike are one side)."""
    code = ent.actor_code or ""
    state = ent.type == "location" and ent.kind == "country" and len(code) == 3
    government = len(code) == 6 and code[3:] == "GOV"
    if kind in {"country", "government"}:
        return code[:3] if state or government else None
    if kind == "leader":
        # a named person with a code, or a coded office holder the actor extractor made a
        # role entity of ("the Japanese prime minister": JPNGOV)
        if (ent.type == "person" and len(code) >= 6) or (government and ent.id.startswith("act:")):
            return code[:3]
        return None
    # "side": a state, a government or a named coded body or person
    if state or government:
        return code[:3]
    return code if code and not ent.id.startswith("act:") else None


def code_for(ent: Entity, kind: str) -> str | None:
    """The code a pair phrase of ``kind`` gives the party ``ent``."""
    code = ent.actor_code or ""
    if kind == "country":
        return code[:3]
    if kind == "government":
        return code[:3] + "GOV"
    return code or None


def last_two(
    token: Token,
    kind: str,
    entities: Sequence[Entity],
    is_modifier: Callable[[int], bool],
) -> list[Entity] | None:
    """The two parties of ``kind`` named last before ``token``, named together: going
    back sentence by sentence (its own words before it, then up to two sentences before),
    the nearest sentence that names two or more parties must name exactly two, and every
    party named between it and the phrase must be one of them ("Iran and Iraq ended the
    war. Iran said ... Both countries": Iran and Iraq). RETURNS their entities (the mention
    nearest the phrase for each), or None where that sentence names more than two
    ("France, Germany and Italy met. The two countries agreed": whom?), another party is
    named in between, or no sentence in reach names two (two parties told apart in
    separate sentences are no pair the phrase surely takes up). A name that only
    modifies a noun ("U.S. exporters", ``is_modifier``) is no party."""
    mentions = sorted(
        (
            (m.start, party, e)
            for e in entities
            if (party := party_of(e, kind)) is not None
            for m in e.mentions
            if m.start < token.idx and not is_modifier(m.start)
        ),
        key=lambda t: t[0],
        reverse=True,
    )
    sent = sentence_of(token)
    seen: set[str] = set()
    for _ in range(PAIR_SENTENCES):
        here: dict[str, Entity] = {}
        for start, party, ent in mentions:
            if sent.start_char <= start < sent.end_char and party not in here:
                here[party] = ent
        seen |= set(here)
        if len(here) >= 2:
            return list(here.values()) if len(here) == 2 and seen == set(here) else None
        if sent.start == 0:
            break
        sent = sentence_at(token.doc, sent.start - 1)
    return None


def state_of_kind(
    token: Token, kind: str, entities: Sequence[Entity]
) -> tuple[str, Entity | None] | None:
    """The one state of ``kind`` the document names before ``token`` (by any coded entity
    of that state: "Saudi Arabia", "the Saudi oil minister"). RETURNS its code and its
    country entity (None where only its people or bodies are named), or None where no
    state of that kind, or two, are named before."""
    states = state_kinds().get(kind, frozenset())
    named = {
        (e.actor_code or "")[:3]
        for e in entities
        if (e.actor_code or "")[:3] in states and any(m.start < token.idx for m in e.mentions)
    }
    if len(named) != 1:
        return None
    code = named.pop()
    country = next(
        (
            e
            for e in entities
            if e.type == "location" and e.kind == "country" and e.actor_code == code
        ),
        None,
    )
    return code, country
