"""An officer of a named body takes the body's code (uncoded47, issues #11/#12).

The judges count "an uncoded named actor" on an event side as wrong
(docs/judging-criteria.md, Sides); of the named people left uncoded on judged sides the
largest group is a body's officer whose title names the body but holds no role word:
"X, chairman of the Federal Energy Regulatory Commission", "Keidanren chairman X",
"International Cocoa Organization council chairman X", "the EC commissioner X". The
title coders read role words ("minister", "director of the DEA" through "administration")
and leave a body whose name holds none ("Commission", "Organization") unread.

Runs after the coders (:meth:`ActorExtractor._read`), on the person readings the
recogniser found that are still without a code and without a dictionary code (and on a
name it typed as an organisation right after "<Body> chairman": "Keidanren chairman
Kenji Ota", then a person). An office word of ``body_office_words.tsv`` ties
the person to a coded organisation of the same sentence in one of four forms:

* "<Body> [council] [vice] chairman X" — the body's name ends right before the office;
* "X, [the] [vice] chairman of/at/for [the] <Body>" — an apposition after the name;
* "X, [the] <Body> commissioner" — an apposition with the body before the office;
* "[the] chairman of [the] <Body>, X," — the apposition before the name.

The person takes the body's code and country (``code_from`` "title"), so the later
mentions ("Hesse said") the grouper joins to the name carry it too. Only bodies whose code
came from a dictionary entry or their own name count (as for :mod:`.body_anaphora`), never
one coded from the words around it, nor a bare country code, nor one whose country was
inferred from the article. A former office ("former chairman of", "ex-head of") is left to
the former-title coders; a person a dictionary knows keeps the dictionary's reading.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors, after the
coders) → store → analyse → serve/export.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from watchfloor.data import read_tsv
from watchfloor.extract.actors.former_words import FORMER_KINDS
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.articles import ENGLISH_ARTICLES
from watchfloor.extract.doccache import sentence_at
from watchfloor.extract.gazetteer import fold

_ROWS = read_tsv(Path(__file__).resolve().parents[2] / "data" / "actors" / "body_office_words.tsv")
OFFICES: frozenset[str] = frozenset(r["word"] for r in _ROWS if r["part"] == "office")
MODIFIERS: frozenset[str] = frozenset(r["word"] for r in _ROWS if r["part"] == "modifier")
ORGANS: frozenset[str] = frozenset(r["word"] for r in _ROWS if r["part"] == "organ")
# the words that tie an office to the body after it ("chairman of the FERC")
OFFICE_PREPS = frozenset({"of", "at", "for"})
# the longest run of office, modifier and organ words read between a body and a name
_MAX_TITLE = 4


def code_body_officers(doc: Doc, readings: list[Reading]) -> None:
    """Give the uncoded people whose title ties them to a named coded body that body's
    code (module docstring)."""
    bodies = {(b.start, b.end): b for b in readings if _named_body(b)}
    if not bodies:
        return
    by_start = {b.start: b for b in bodies.values()}
    by_end = {b.end: b for b in bodies.values()}
    for r in readings:
        if r.code or (r.entry is not None and r.entry.code) or r.origin != "ner":
            continue
        if r.type == "person":
            body = (
                _body_before(doc, r, by_end)
                or _body_after(doc, r, by_start, by_end)
                or _body_in_title_before(doc, r, by_start)
            )
        elif r.type == "organization" and _personal_name(doc, r):
            # "Keidanren chairman Kenji Ota": a name the recogniser typed as a body, right
            # after an office word, is the officer
            body = _body_before(doc, r, by_end)
            if body is not None:
                r.type = "person"
        else:
            continue
        if body is not None:
            r.code, r.country, r.inferred = body.code, body.country, body.inferred
            r.code_from = "title"


def _named_body(r: Reading) -> bool:
    """A coded organisation whose code its dictionary entry or its own name gave, with a
    role block (not a bare country), its country stated, not inferred from the article
    ("Senate Agriculture Committee" given the country of a Moscow story is no one's)."""
    return (
        r.type == "organization"
        and r.code is not None
        and len(r.code) > 3
        and not r.inferred
        and (r.origin == "gazetteer" or r.code_from in {"name", "dictionary"})
    )


def _personal_name(doc: Doc, r: Reading) -> bool:
    """Whether an organisation reading's words read as a person's name: two to four
    capitalised alphabetic words, no office word among them."""
    words = [t for t in doc[r.start : r.end] if not t.is_space]
    return 2 <= len(words) <= 4 and all(
        t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() for t in words
    )


def _word(token) -> str:
    return fold(token.text)


def _title_run(tokens: list) -> bool:
    """Whether ``tokens`` are an office title: modifiers and organs, then an office word
    last ("council vice chairman"), no former word among them."""
    if not tokens or len(tokens) > _MAX_TITLE or _word(tokens[-1]) not in OFFICES:
        return False
    return all(_word(t) in OFFICES | MODIFIERS | ORGANS or t.text == "-" for t in tokens)


def _former(tokens: list) -> bool:
    return any(_word(t) in FORMER_KINDS or _word(t).startswith("ex-") for t in tokens)


def _body_before(doc: Doc, r: Reading, by_end: dict[int, Reading]) -> Reading | None:
    """The form "<Body> [council] chairman X": the body's name ends where the title
    begins."""
    first = sentence_at(doc, r.start).start if doc.has_annotation("SENT_START") else 0
    name_start = r.start  # the recogniser may hold the title in the name's span
    while name_start < r.end - 1 and _word(doc[name_start]) in OFFICES | MODIFIERS | ORGANS:
        name_start += 1
    for width in range(1, _MAX_TITLE + 1):
        begin = name_start - width
        if begin < first:
            break
        title = list(doc[begin:name_start])
        body = by_end.get(begin)
        if body is not None and _title_run(title):
            before = doc[max(first, body.start - 3) : body.start]
            return None if _former(list(before)) else body
    return None


def _body_after(
    doc: Doc, r: Reading, by_start: dict[int, Reading], by_end: dict[int, Reading]
) -> Reading | None:
    """The forms "X, [the] chairman of [the] <Body>" and "X, [the] <Body> commissioner":
    an apposition right after the name (a comma between)."""
    i = r.end
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    while i < len(doc) and doc[i].lower_ in ENGLISH_ARTICLES:
        i += 1
    if i in by_start:  # "X, the EC commissioner"
        body = by_start[i]
        j = body.end
        while (
            j < len(doc)
            and j - body.end < _MAX_TITLE
            and _word(doc[j]) in (OFFICES | MODIFIERS | ORGANS)
        ):
            j += 1
        if _title_run(list(doc[body.end : j])) and (j == len(doc) or not doc[j].is_alpha):
            return body
        return None
    j = i
    while j < len(doc) and j - i < _MAX_TITLE and _word(doc[j]) in OFFICES | MODIFIERS | ORGANS:
        j += 1
    if j >= len(doc) or not _title_run(list(doc[i:j])) or doc[j].lower_ not in OFFICE_PREPS:
        return None
    j += 1
    while j < len(doc) and doc[j].lower_ in ENGLISH_ARTICLES:
        j += 1
    return by_start.get(j)


def _body_in_title_before(doc: Doc, r: Reading, by_start: dict[int, Reading]) -> Reading | None:
    """The form "[the] chairman of [the] <Body>, X,": the title stated first, its body's
    name ending at the comma right before the name."""
    if r.start < 4 or doc[r.start - 1].text != ",":
        return None
    first = sentence_at(doc, r.start).start if doc.has_annotation("SENT_START") else 0
    for body in by_start.values():
        if body.end != r.start - 1 or body.start - 2 < first:
            continue
        k = body.start - 1
        while k > first and doc[k].lower_ in ENGLISH_ARTICLES:
            k -= 1
        if doc[k].lower_ not in OFFICE_PREPS:
            return None
        end = k
        while k - 1 >= first and _word(doc[k - 1]) in OFFICES | MODIFIERS | ORGANS:
            k -= 1
        title = list(doc[k:end])
        if _title_run(title) and not _former(list(doc[max(first, k - 3) : k])):
            return body
    return None
