"""A state delegation's head is a sitting official of that state (issue 11, dictgap42).

PETRARCH2 gives many officials an elite code (``ELI``) for the years their dated offices
miss, or a dated ``ELI`` range that names no office; a title in the text then decides
(:meth:`TitleCoding._titled_person`). Leading a state's delegation is such an office but
holds no role word, so the title walk reads none: "the delegation's leader, X", "the
leader of the Taiwan delegation, X", "Taiwan delegation leader X", "X, head of the Taiwan
delegation," and "X, who heads the Taiwan delegation," left a sitting negotiator coded
ELI (judged seed 3089). This module reads those phrases and the delegation's owner: a
country named in the phrase, or for "the delegation" the nearest earlier "delegation" of
the document with its words. The delegation is the state's only when every word between
its article and "delegation" is a country name or a word of ``delegation_words.tsv``
(kind ``state``: "a 15-member Taiwan trade delegation"); a business, parliamentary,
opposition or a firm's delegation gives nothing, and so does a phrase with a former-office
word ("the former head of the delegation"). The article's own country is never used.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc, Token

from watchfloor.data import read_tsv
from watchfloor.extract.actors.codes import FORMER, country_word
from watchfloor.extract.actors.former_words import HYPHENATED_FORMER
from watchfloor.extract.articles import ENGLISH_ARTICLES
from watchfloor.extract.doccache import sentence_at
from watchfloor.extract.gazetteer import Gazetteer, fold

_ROWS = read_tsv(Path(__file__).resolve().parents[2] / "data" / "actors" / "delegation_words.tsv")
HEAD_WORDS = {fold(r["word"]) for r in _ROWS if r["use"] == "head"}
STATE_WORDS = {fold(r["word"]) for r in _ROWS if r["use"] == "state"}
_FILLER = ENGLISH_ARTICLES | {"of", "who", "his", "her", "its", "their"}
_BOUNDARY = {",", ";", ":", "(", ")", '"', "--"}
MAX_PHRASE = 10


def delegation_office(gaz: Gazetteer, doc: Doc, start: int, end: int) -> str | None:
    """The code (``<country>GOV``) of the state delegation the name ``doc[start:end]`` is
    stated to lead, or None (no such phrase, a former office, no state owner read)."""
    for phrase in (_phrase_before(doc, start), _phrase_after(doc, end)):
        if not phrase or len(phrase) > MAX_PHRASE:
            continue
        words = [fold(t.text) for t in phrase]
        if "delegation" not in words or not set(words) & HEAD_WORDS:
            continue
        if set(words) & FORMER or any(w.startswith(tuple(HYPHENATED_FORMER)) for w in words):
            return None
        if any(
            t.pos_ in {"VERB", "AUX"} and t.tag_ != "POS" and fold(t.text) not in HEAD_WORDS
            for t in phrase
        ):
            continue  # "the delegation's leader said ...": a clause, not a title
        at = words.index("delegation")
        country = _state_owner(gaz, _modifiers(phrase, at))
        if country is None and _bare(phrase, at):
            earlier = _earlier_delegation(doc, phrase[0].i)
            if earlier is not None:
                country = _state_owner(gaz, _modifiers(doc[: earlier.i + 1], earlier.i))
        return f"{country}GOV" if country else None
    return None


def _phrase_before(doc: Doc, start: int) -> list[Token]:
    """The words before the name back to a clause boundary: "The delegation's leader,"
    (a comma right before the name is left out) or "Taiwan delegation leader"."""
    sent = sentence_at(doc, start)
    i = start - 1
    if i >= sent.start and doc[i].text == ",":
        i -= 1
    out: list[Token] = []
    while i >= sent.start and doc[i].text not in _BOUNDARY and len(out) <= MAX_PHRASE:
        out.append(doc[i])
        i -= 1
    return [t for t in reversed(out) if not t.is_space]


def _phrase_after(doc: Doc, end: int) -> list[Token]:
    """The apposition or relative clause after the name: ", head of the Taiwan
    delegation," or ", who heads the Taiwan delegation,"."""
    if end >= len(doc) or doc[end].text != ",":
        return []
    sent = sentence_at(doc, end)
    out: list[Token] = []
    i = end + 1
    while i < sent.end and doc[i].text not in _BOUNDARY and len(out) <= MAX_PHRASE:
        out.append(doc[i])
        i += 1
    return [t for t in out if not t.is_space]


def _modifiers(tokens, at: int) -> list[Token]:
    """The words between the article (or the phrase's start, or "of") and the
    "delegation" at ``tokens[at]``: "a 15 - member Taiwan trade delegation" →
    "15 - member Taiwan trade"."""
    out: list[Token] = []
    i = at - 1
    while i >= 0:
        t = tokens[i]
        if t.tag_ == "POS" and not out:
            i -= 1  # "Taiwan's delegation": the possessor is the owner
            while i >= 0 and tokens[i].text[:1].isupper() and fold(tokens[i].text) not in _FILLER:
                out.append(tokens[i])
                i -= 1
            break
        if fold(t.text) in _FILLER or t.tag_ == "POS" or t.is_punct and t.text != "-" or t.is_space:
            break
        out.append(t)
        i -= 1
    return list(reversed(out))


def _bare(phrase: list[Token], at: int) -> bool:
    """Whether the phrase names a delegation by its article alone: "the delegation's
    leader", "the head of the delegation" (not "a delegation")."""
    return at > 0 and fold(phrase[at - 1].text) == "the"


def _earlier_delegation(doc: Doc, before: int) -> Token | None:
    """The nearest "delegation" before token ``before``, in that or an earlier sentence."""
    for i in range(before - 1, -1, -1):
        if fold(doc[i].text) == "delegation":
            return doc[i]
    return None


def _state_owner(gaz: Gazetteer, words: list[Token]) -> str | None:
    """The country whose delegation ``words`` describe: every capitalised run names one
    country, every other word is a number or a ``state`` word; None otherwise."""
    countries: set[str] = set()
    run: list[str] = []
    for t in [*words, None]:
        if t is not None and t.text[:1].isupper():
            run.append(t.text)
            continue
        if run:
            iso = country_word(gaz, " ".join(run).replace(" 's", "").replace("'s", ""))
            if iso is None:
                return None  # "the Nissan delegation", "a Keidanren delegation"
            countries.add(iso)
            run = []
        if t is not None and not (t.like_num or fold(t.text) in STATE_WORDS):
            return None  # "a business delegation", "the parliamentary delegation"
    return countries.pop() if len(countries) == 1 else None
