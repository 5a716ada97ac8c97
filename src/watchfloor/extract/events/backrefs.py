"""Back-references for event sides: pronouns and definite role nouns (issue 12).

Used by :mod:`.resolver` (extract stage, after NLP and the actor extractor) when an event
argument is a third-person pronoun ("he", "they") or a definite role noun ("the
minister") rather than a name. The resolver picks the candidate mentions; this module holds
the small, conservative checks it applies to them:

- :class:`Quotes`: never link a word inside a quotation to a mention outside it (or in
  another quotation) — the speaker's "he" is not the narrator's;
- :func:`clause_subject`: whether a mention is the subject of a clause of its sentence, so
  that a pronoun with no candidate in its own sentence goes to the previous sentence's
  subject before a nearer object or possessor ("Morales met Trump's envoys. He ...");
- :func:`coded_full_name`: the one coded person whose full name ends with an uncoded
  short name the pronoun went to ("Otto Perez Molina" ... "Perez Molina" ... "his");
- :func:`coordinated_persons`: the two or more named people of a coordinated subject
  ("Perez and Mena ... They"): "they" stands for them, not for the last country named;
- :func:`person_for_place`: the one person whose full name ends with a name the parser
  took for a place ("Juan Rivera ... Rivera was arrested": not the Uruguayan department).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Doc, Token

from watchfloor.model import Entity

QUOTE_MARKS = {'"', "“", "”"}
_MARK = re.compile("[" + "".join(sorted(map(re.escape, QUOTE_MARKS))) + "]")
ROOT_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
NAME_DEPS = {"compound", "flat", "flat:name"}


class Quotes:
    """The quotation marks of a text: whether two offsets lie on the same side of them."""

    def __init__(self, text: str) -> None:
        # a doubled mark ('""El Chapo,""' in scraped CSV text) is one mark: offsets kept
        # (found by one regular-expression scan: the offsets a walk over the characters gives)
        self.marks = [m.start() for m in _MARK.finditer(text.replace('""', '" '))]

    def same_side(self, a: int, b: int) -> bool:
        """Whether offsets ``a`` and ``b`` are on the same side of every quotation edge:
        an even number of marks between them (a whole quotation between a name and a
        pronoun outside it is no edge). Counted between the two only, so that a stray
        mark elsewhere in a long story does not flip every later sentence."""
        lo, hi = sorted((a, b))
        return (bisect_left(self.marks, hi) - bisect_left(self.marks, lo)) % 2 == 0


def token_at(doc: Doc, start: int) -> Token | None:
    """RETURNS the token starting at (or covering) character ``start``, or None."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def name_head(tok: Token) -> Token:
    """The head word of the name ``tok`` is part of ("Jimmy" of "Jimmy Morales": Morales)."""
    while tok.dep_ in NAME_DEPS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def clause_subject(doc: Doc, start: int) -> bool:
    """Whether the mention starting at ``start`` is (the head of) the subject of a clause
    of its sentence (not a relative clause), or the owner of that subject (the parser
    often misses the main verb of a short sentence): "Morales" in "Morales later met
    Trump's envoys" and in "Morales' strategy was to please Trump"."""
    tok = token_at(doc, start)
    if tok is None:
        return False
    tok = name_head(tok)
    if tok.dep_ == "poss" and tok.head.dep_ in ROOT_SUBJECT_DEPS:
        tok = tok.head  # "Morales' strategy was simple": the subject's owner, its topic
    # a clause's subject, not a relative clause's ("the judge who sentenced X")
    return tok.dep_ in ROOT_SUBJECT_DEPS and tok.head.dep_ not in {"relcl", "acl"}


def coded_full_name(ent: Entity, entities: list[Entity]) -> Entity | None:
    """The one coded person entity whose name ends with the words of ``ent``'s name and is
    longer ("Otto Perez Molina" for an uncoded "Perez Molina"), when ``ent`` is an uncoded
    person; None when there is none or more than one (never a guess between two)."""
    if ent.type != "person" or ent.actor_code:
        return None
    words = ent.name.lower().split()
    if not words:
        return None
    found = {
        e.id: e
        for e in entities
        if e.type == "person"
        and e.actor_code
        and e.id != ent.id
        and _longer_name_ending(e.name, words)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _longer_name_ending(name: str, words: list[str]) -> bool:
    """Whether ``name`` is longer than ``words`` (lower-cased) and ends with them."""
    parts = name.split()
    return len(parts) > len(words) and [w.lower() for w in parts[-len(words) :]] == words


# Prepositions after which a name is a place even when a person of the document bears it
PLACE_PREPS = {
    "in",
    "at",
    "from",
    "to",
    "into",
    "near",
    "outside",
    "inside",
    "across",
    "around",
    "toward",
    "towards",
    "through",
    "via",
}


def person_for_place(ent: Entity, token: Token, entities: list[Entity]) -> Entity | None:
    """The one person entity whose longer name ends with the words of a place entity's
    name, for a place named where an actor stands ("Juan Rivera was charged ... Rivera
    murdered him", "the arrest of Martinez"): the surname of a person of the document,
    not the town or province the small model types it as (issue 12 round 14: two suspects
    coded URY, a Colonel coded as a US state's country). None for a country (the
    recogniser glues a country onto a name: "Carlos Vielman Guatemala"), after a locative
    preposition ("arrested in Rivera"), or when no person, or more than one person or
    person-like organisation name, fits."""
    if (
        ent.type != "location"
        or ent.kind == "country"
        or (token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS)
    ):
        return None
    words = ent.name.lower().split()
    if not words:
        return None
    # (a name the recogniser typed as an organisation counts as a candidate too: "Kamilo
    # Rivera" typed ORG beside a person "Victor Rivera" is no sure pick)
    found = {
        e.id: e
        for e in entities
        if e.type in {"person", "organization"} and _longer_name_ending(e.name, words)
    }
    one = next(iter(found.values())) if len(found) == 1 else None
    return one if one is not None and one.type == "person" else None


def coordinated_persons(
    subj: Token, entity_at: Callable[[Token], Entity | None]
) -> list[Entity] | None:
    """The distinct person entities of a subject that names two or more people joined by
    "and" ("Juan Perez and Carlos Mena"; the small parser often hangs one long titled name
    under the other, so the subject's whole phrase is read, not its conjuncts); None when
    the subject's head names no person ("the gang of Perez and Mena"), when fewer than two
    people are named ("Perez and his gunmen") or when there is no "and"."""
    head = name_head(subj)
    own = entity_at(head)
    if own is None or own.type != "person":
        return None
    phrase = head.doc[head.left_edge.i : head.right_edge.i + 1]
    if not any(t.dep_ == "cc" and t.lower_ == "and" for t in phrase):
        return None
    found: dict[str, Entity] = {}
    for tok in phrase:
        ent = entity_at(tok)
        if ent is not None and ent.type == "person":
            found[ent.id] = ent
    return list(found.values()) if len(found) > 1 else None
