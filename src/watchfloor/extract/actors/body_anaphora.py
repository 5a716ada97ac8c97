"""A bare definite description of a named body: "the commission" after "the Securities
and Exchange Commission" (uncoded46, issues #11/#12).

A lower-case singular noun of ``body_head_words.tsv`` with "the" as its only dependent
("The commission accused the firm"; not "the commission on trade", "a commission", "the
broker's commission"; "commission" and "authority" only as a subject or a passive's
agent, never "the broker kept the commission") is a later mention of the one coded
organisation the document named before it whose name has that noun as its head
("Securities and Exchange Commission", "Commission of the European Communities"). The new
reading carries that body's name and code (origin ``anaphor``), so the grouper joins it to
the body and an event can use it as a side. Two bodies of that kind named before it, or
none, leave the word as it is (no guess), and so does a capitalised word of that kind
before it outside the body's mentions (a body the recogniser missed); only bodies whose
code came from a dictionary entry or their own name count
(:func:`.grouping.named_bodies`), never one coded from the words around it.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from pathlib import Path

from spacy.attrs import LEMMA
from spacy.tokens import Doc

from watchfloor.data import read_tsv
from watchfloor.extract.actors.grouping import named_bodies
from watchfloor.extract.actors.reading import Reading, anaphor
from watchfloor.extract.doccache import doc_tokens, folded_words, token_children
from watchfloor.extract.gazetteer import fold

_PATH = Path(__file__).resolve().parents[2] / "data" / "actors" / "body_head_words.tsv"
_ROWS = read_tsv(_PATH)
BODY_HEAD_WORDS: frozenset[str] = frozenset(r["word"] for r in _ROWS)
# words with a sense that is no body ("the commission" a broker keeps): subjects only
SUBJECT_ONLY: frozenset[str] = frozenset(r["word"] for r in _ROWS if r["subject_only"] == "yes")
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def name_head(name: str) -> str:
    """The head word of an organisation's name, folded: the word before its first "of"
    ("Commission of the European Communities"), else its last word ("EC Commission")."""
    words = name.split()
    lowered = [w.lower() for w in words]
    if "of" in lowered[1:]:
        return fold(words[lowered.index("of", 1) - 1])
    return fold(words[-1]) if words else ""


def _bare_definite(token) -> bool:
    """Whether ``token`` is a lower-case singular common noun whose only dependent is "the"."""
    children = token_children(token)
    return (
        token.tag_ == "NN"
        and token.text.islower()
        and [c.lower_ for c in children] == ["the"]
        and children[0].i < token.i
    )


def _in_role(token, word: str) -> bool:
    """Whether ``token`` may refer back where it stands: anywhere, or for a word of
    :data:`SUBJECT_ONLY` only as a subject or the agent of a passive ("by the commission")."""
    if word not in SUBJECT_ONLY:
        return True
    if token.dep_ in SUBJECT_DEPS:
        return True
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def _referent(word: str, start: int, bodies: list[Reading]) -> Reading | None:
    """The one body named before ``start`` whose name's head is ``word``; None when there
    is none or there are several (two names of one dictionary entry are one body)."""
    before = [b for b in bodies if b.start < start and name_head(b.name) == word]
    kinds = {b.entry.name if b.entry is not None else fold(b.name) for b in before}
    if len(kinds) != 1:
        return None
    return max(before, key=lambda b: b.start)  # the nearest mention names it


def _others_named(doc: Doc, word: str, start: int, body: Reading, readings: list[Reading]) -> bool:
    """Whether the text before ``start`` names a body of that kind other than ``body``: a
    capitalised ``word`` outside every mention of ``body`` (a body the recogniser missed or
    left uncoded, "the Federal Trade Commission and the SEC ... the commission")."""
    own = [
        r
        for r in readings
        if fold(r.name) == fold(body.name) or (body.entry is not None and r.entry is body.entry)
    ]
    # the folded lemmas of the document (read once, no Token per word): only a word of
    # that kind is looked at further (speed47)
    lemmas, words = folded_words(doc, LEMMA), doc_tokens(doc)
    return any(
        lemma == word and not words[i].text.islower() and not any(r.start <= i < r.end for r in own)
        for i, lemma in enumerate(lemmas[:start])
    )


def code_body_anaphora(doc: Doc, readings: list[Reading]) -> list[Reading]:
    """``readings`` with a reading added for each bare "the <body word>" that refers back to
    the one named body of that kind (module docstring)."""
    bodies = named_bodies(readings)
    if not bodies:
        return readings
    taken = {i for r in readings for i in range(r.start, r.end)}
    added = []
    # the folded lemmas of every word, read once per document: a Token is taken only for
    # a body word (a walk over the Doc made one per word; speed47)
    words = doc_tokens(doc)
    for i, word in enumerate(folded_words(doc, LEMMA)):
        if word not in BODY_HEAD_WORDS or i in taken or not _bare_definite(token := words[i]):
            continue
        if not _in_role(token, word):
            continue
        body = _referent(word, token.i, bodies)
        if body is None or _others_named(doc, word, token.i, body, readings):
            continue
        added.append(anaphor(body, token.i, token.i + 1))
    return readings + added
