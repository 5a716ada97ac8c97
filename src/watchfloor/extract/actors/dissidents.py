"""Dissidents of an armed group keep the group's code: "the 36th Front dissidents".

roles.tsv reads "dissidents" as the political opposition (OPP). A breakaway noun
(``breakaway_words.tsv``) tied to an armed group is that group's people: a known armed or
criminal group among its modifiers or after "of" ("FARC dissidents", "dissidents of the
ELN"), a group word ("the guerrilla group's dissidents") or a unit word ("the 36th Front
dissidents"). A bare "the dissidents" in a document that ties one such mention to an armed
group is read the same way. The country is the tied group's, else the nearest coded armed
group's of the sentence, then of the document before it; none leaves a bare role (actors23;
issue 11 round 36: the FARC's 36th Front dissidents coded COLOPP).

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Doc, Token

from watchfloor.data import read_tsv
from watchfloor.extract.actors.codes import ARMED_ROLES, group_role
from watchfloor.extract.actors.document_facts import text_of
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.doccache import doc_tokens, sentence_of, token_children
from watchfloor.extract.gazetteer import Gazetteer, fold

_DATA = Path(__file__).resolve().parents[2] / "data" / "actors"
BREAKAWAY_WORDS = frozenset(fold(row["word"]) for row in read_tsv(_DATA / "breakaway_words.tsv"))
# The breakaway words in a text: other mentions are found by a search, not a token walk
BREAKAWAY_TEXT = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, BREAKAWAY_WORDS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# Words of an armed group's own units and kinds: "the 36th Front dissidents"
GROUP_WORDS = frozenset(
    {
        "front",
        "bloc",
        "block",
        "column",
        "structure",
        "guerrilla",
        "guerrillas",
        "militia",
        "militias",
        "rebel",
        "rebels",
    }
)


def _armed(r: Reading | None) -> bool:
    return r is not None and r.type == "organization" and group_role(r.code) in ARMED_ROLES


def is_breakaway(token: Token) -> bool:
    """Whether a role noun names a group's breakaway members ("dissidents")."""
    return fold(token.text) in BREAKAWAY_WORDS or fold(token.lemma_) in BREAKAWAY_WORDS


def _tie(token: Token, by_token: dict[int, Reading], gaz: Gazetteer) -> Reading | bool:
    """What ties one breakaway noun to an armed group: the group's reading, True for a
    group or unit word, False for nothing."""
    doc = token.doc
    for t in doc_tokens(doc)[token.left_edge.i : token.i]:
        if _armed(by_token.get(t.i)):
            return by_token[t.i]
    for prep in (
        c for c in token_children(token) if c.dep_ == "prep" and c.lower_ in {"of", "from"}
    ):
        for t in prep.subtree:
            if _armed(by_token.get(t.i)):
                return by_token[t.i]
    for t in doc_tokens(doc)[token.left_edge.i : token.i]:
        role = gaz.role_of(t.lemma_) or gaz.role_of(t.text)
        if fold(t.text) in GROUP_WORDS or (role and role[0] in ARMED_ROLES):
            return True
    return False


def _nearest_group(token: Token, readings: list[Reading]) -> Reading | None:
    """The coded armed group nearest the token in its sentence, else the last before it."""
    sent = sentence_of(token)
    armed = [r for r in readings if _armed(r) and len(r.code or "") >= 6]
    inside = [r for r in armed if sent.start <= r.start < sent.end]
    if inside:
        return min(inside, key=lambda r: abs(r.start - token.i))
    before = [r for r in armed if r.start < token.i]
    return max(before, key=lambda r: r.start) if before else None


def dissident_group(
    doc: Doc, token: Token, by_token: dict[int, Reading], readings: list[Reading], gaz: Gazetteer
) -> tuple[str, str | None] | None:
    """(role, country) of the armed group whose dissidents ``token`` names, or None when
    neither the phrase nor any other breakaway noun of the document ties them to one."""
    if not is_breakaway(token):
        return None
    tie = _tie(token, by_token, gaz)
    if tie is False:
        others = (doc.char_span(m.start(), m.end()) for m in BREAKAWAY_TEXT.finditer(text_of(doc)))
        ties = (
            _tie(span.root, by_token, gaz)
            for span in others
            if span is not None and span.root.i != token.i
        )
        tie = next((t for t in ties if t is not False), False)
        if tie is False:
            return None
    group = (
        tie
        if isinstance(tie, Reading) and len(tie.code or "") >= 6
        else _nearest_group(token, readings)
    )
    if group is None:
        return (group_role(tie.code) if isinstance(tie, Reading) else "REB"), None
    return group_role(group.code), group.country or group.code[:3]
