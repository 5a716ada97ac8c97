"""A person's alias is the person: later mentions by the alias join the full name.

Crime news names a person once in full with an alias ("Carlos Ruiz Pardo, alias 'El
Tigre'", "X (alias Y)", "X, a.k.a. Y", "X, also known as 'Y'") and then often by the alias
alone ("El Tigre was arrested"). The alias written right after a person's name is the
person's for the whole document: every reading whose name is that alias (with or without
its article: "El Tigre", "Tigre") is grouped with the full name and carries its code (the
full name's code comes from its own mention: a title, an apposition, a group; the alias
adds no role of its own). An alias two people of the document are given names no one.
Dictionary readings keep their own entries ("El Chapo" is listed).

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from spacy.tokens import Doc

from watchfloor.extract.actors.named_groups import QUOTES
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.actors.word_lists import ALIAS_ARTICLES, ALIAS_MARKERS, ALIAS_PARTICLES
from watchfloor.extract.doccache import doc_tokens
from watchfloor.extract.gazetteer import fold

MAX_ALIAS_WORDS = 4


def _alias_start(doc: Doc, end: int) -> int | None:
    """The token where an alias begins after a person's name ending at ``end`` ("X, alias
    'Y'", "X (alias Y)", "X, a.k.a. Y", "X, also known as 'Y'", "X, known as 'Y'"), or
    None when no alias follows."""
    i = end
    while i < len(doc) and doc[i].text in {",", "(", "-", "--"}:
        i += 1
    if i < len(doc) and doc[i].lower_ in ALIAS_MARKERS:
        i += 1
    elif [t.lower_ for t in doc_tokens(doc)[i : i + 3]] == ["also", "known", "as"]:
        i += 3
    elif [t.lower_ for t in doc_tokens(doc)[i : i + 2]] == ["known", "as"] and i + 2 < len(doc):
        i += 2
        if doc[i].text not in QUOTES:
            return None  # "X, known as a hard man": a description, no name
    else:
        return None
    while i < len(doc) and doc[i].text in QUOTES:
        i += 1
    return i if i < len(doc) else None


def alias_words(doc: Doc, start: int) -> list[str]:
    """The words of an alias beginning at ``start``: capitalised words (particles inside),
    up to a quote, comma or bracket; [] when it does not open with a capital."""
    words: list[str] = []
    for tok in doc_tokens(doc)[start : start + MAX_ALIAS_WORDS + 1]:
        if tok.text in QUOTES or not (tok.is_alpha or tok.text in {"-", "."}):
            break
        if not (tok.text[:1].isupper() or (words and tok.lower_ in ALIAS_PARTICLES)):
            break
        words.append(tok.text)
    if not words or not words[0][:1].isupper() or len(words) > MAX_ALIAS_WORDS:
        return []
    while words and words[-1].lower() in ALIAS_PARTICLES:
        words.pop()
    return words


def _keys(words: list[str]) -> set[str]:
    """The forms a later mention may use: the alias, and without its article."""
    keys = {fold(" ".join(words))}
    if len(words) > 1 and words[0].lower() in ALIAS_ARTICLES:
        keys.add(fold(" ".join(words[1:])))
    return keys


def alias_links(doc: Doc, readings: list[Reading]) -> dict[str, Reading]:
    """The aliases the text gives people of several words: folded alias (and the alias
    without its article) → the person's full-name reading. An alias given to two people,
    is left out."""
    links: dict[str, Reading] = {}
    clashes: set[str] = set()
    for r in readings:
        if r.type != "person" or len(r.name.split()) < 2 or r.origin == "role":
            continue
        start = _alias_start(doc, r.end)
        words = alias_words(doc, start) if start is not None else []
        for key in _keys(words):
            other = links.get(key)
            if other is not None and fold(other.name) != fold(r.name):
                clashes.add(key)
            links[key] = r
    return {k: v for k, v in links.items() if k not in clashes}


def alias_of(r: Reading, links: dict[str, Reading]) -> Reading | None:
    """The full-name reading whose alias ``r`` is (not a dictionary reading, a role phrase
    a country or the full name itself), or None."""
    if r.origin in {"gazetteer", "role"} or r.type not in {"person", "organization", "location"}:
        return None
    if r.kind == "country":
        return None
    full = links.get(fold(r.name))
    if full is None or (full.start, full.end) == (r.start, r.end):
        return None
    return full
