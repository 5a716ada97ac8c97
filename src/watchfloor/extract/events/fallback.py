"""Events the dictionary coder missed, proposed by the sentence model (issue 12).

Place in the flow: inside the event extractor (:mod:`.coder`), after the trained
``event_class`` model has judged the coder's proposals and before the relevance gate and
the event filter. A sentence in which the coder proposed nothing (its trigger word was
gated out by a missing context word: "released two followers of the rebel leader", or
its verb's sense was left open) may still hold an act the model is sure of. When

* some verb or noun of the sentence has a lexicon entry (:func:`known_words`, nearest
  the top of the parse first: the root, then its dependents ...) and can name an act
  done to someone (:func:`acts_on`: an event noun, or a verb with an object or a
  passive subject), and
* the model gives the sentence one class of 1-4 with P >= ``FALLBACK_P``, and
* an entry of such a word (any of its entries, gated or not, and their patterns:
  :func:`word_code`) has a code of that class, and no pattern or sense of the word's
  own entry that fits its use says otherwise ("a report released by": a statement),

the extractor codes the nearest such word with that code as it codes a trigger (sides
from the parse and the ``event_args`` picker; at least one actor; modality, non-act and
commerce rules); when that word names no actor for a side, the next such word is tried.
The events say ``evidence.decided_by = "model"`` and ``evidence.proposed_by = "model"``.
A sentence whose words have no entry, or no code of the model's class, gives nothing: the
code is always the dictionary's, never guessed from the class alone.

The model reads only a sentence that names a coded actor (:func:`coded_spans`,
:func:`names_coded`: a mention of an entity with an actor code, or of a place with its
country, which a side stands for): an emitted event needs an actor on a side, and the
model's features are most of what the fallback costs. On 200 InSight Crime documents the
model read 1,311 sentences for seven events, none lost to the gate (923 read with it);
on 500, one of ten was lost (a release whose only side is "he": speed19,
docs/benchmarks.md). An act whose only sides are a pronoun, a role word the actor
extractor left uncoded or an uncoded name is therefore not proposed.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy as np
from spacy.attrs import LEMMA, LOWER, POS
from spacy.symbols import NOUN, VERB
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from watchfloor.extract.doccache import token_children
from watchfloor.extract.lexicon import CodeInfo, EventLexicon, VerbEntry
from watchfloor.model import Entity

FALLBACK_P = 0.7  # P(class) at or above which the model's class codes a missed main verb
MAX_KEYS = 200_000  # words whose lookup is kept per lexicon; emptied when reached


def entries(lex: EventLexicon, word: Token) -> list[VerbEntry]:
    """The lexicon entries of a verb or noun (a noun also by its own form)."""
    if word.pos_ not in {"VERB", "NOUN"}:
        return []
    found = lex.entries(word.lemma_, word.pos_)
    if not found and word.pos_ == "NOUN":
        found = lex.entries(word.lower_, "NOUN")
    return found


def known_words(sent: SpacySpan, lex: EventLexicon) -> list[Token]:
    """The sentence's verbs and nouns that have a lexicon entry, nearest the root of its
    parse first (then left to right): the main verb before the words it governs. (The
    words :func:`entries` finds, looked up once per lemma and form: :func:`_verbs_nouns`.)
    """
    doc = sent.doc
    at, keys = _verbs_nouns(doc)
    lo, hi = np.searchsorted(at, (sent.start, sent.end))
    has = _has_entry(lex)
    strings = doc.vocab.strings
    found = []
    for i, key in zip(at[lo:hi].tolist(), keys[lo:hi].tolist(), strict=True):
        known = has.get(key := tuple(key))
        if known is None:
            if len(has) >= MAX_KEYS:
                has.clear()
            pos = "VERB" if key[0] == VERB else "NOUN"
            known = has[key] = bool(
                lex.entries(strings[key[1]], pos)
                or (pos == "NOUN" and lex.entries(strings[key[2]], pos))
            )
        if known:
            found.append(doc[i])
    return sorted(found, key=lambda t: (sum(1 for _ in t.ancestors), t.i))


_DOC: list = []  # [the last document, its verbs' and nouns' positions and keys]
_HAS: dict[int, tuple[EventLexicon, dict[tuple[int, int, int], bool]]] = {}


def _verbs_nouns(doc: Doc) -> tuple[np.ndarray, np.ndarray]:
    """RETURNS the positions of the document's verbs and nouns and, per word, its key
    (POS, LEMMA, LOWER ids): read once per document (the last one is kept), so a sentence
    reads its own slice instead of building every token."""
    if _DOC and _DOC[0] is doc:
        return _DOC[1]
    arr = doc.to_array([POS, LEMMA, LOWER])
    at = np.flatnonzero((arr[:, 0] == VERB) | (arr[:, 0] == NOUN))
    _DOC[:] = [doc, (at, arr[at])]
    return _DOC[1]


def _has_entry(lex: EventLexicon) -> dict[tuple[int, int, int], bool]:
    """Per lexicon: whether a word of a key (:func:`_verbs_nouns`) has an entry, filled
    as words are met (a few thousand lemmas and forms per process)."""
    held = _HAS.get(id(lex))
    if held is None or held[0] is not lex:
        if len(_HAS) >= 4:  # a lexicon or two per process (tests build more)
            _HAS.clear()
        held = _HAS[id(lex)] = (lex, {})
    return held[1]


def coded_spans(entities: list[Entity]) -> tuple[list[int], list[int]]:
    """RETURNS the start offsets of the mentions of coded entities (an actor code, or a
    place's country), ascending, and per position the furthest end offset of the mentions
    up to it: what :func:`names_coded` reads, built once per document."""
    spans = sorted(
        (m.start, m.end) for e in entities if e.actor_code or e.country for m in e.mentions
    )
    starts = [a for a, _ in spans]
    ends: list[int] = []
    for _, b in spans:
        ends.append(max(b, ends[-1]) if ends else b)
    return starts, ends


def names_coded(sent: SpacySpan, spans: tuple[list[int], list[int]]) -> bool:
    """Whether a coded entity's mention (:func:`coded_spans`) overlaps the sentence."""
    starts, ends = spans
    before = bisect_left(starts, sent.end_char)  # the mentions starting before its end
    return before > 0 and ends[before - 1] > sent.start_char


def acts_on(word: Token) -> bool:
    """Whether the word can name an act done to someone: an event noun, or a verb with a
    direct object or a passive subject ("released two men", "he was released"); not a verb
    with a clause ("declared that the ban worked": a statement) or none ("has returned
    to the scene")."""
    return word.pos_ == "NOUN" or any(c.dep_ in {"dobj", "nsubjpass"} for c in token_children(word))


def word_code(lex: EventLexicon, word: Token, quad: int) -> CodeInfo | None:
    """The first code of PentaClass ``quad`` among the word's lexicon entries (phrasal
    entries whose words follow it first, then the bare ones; each entry's default code,
    then its patterns' codes; patterns marked ``no_model`` are skipped). None when no
    entry of the word has a code of that class."""
    following = {c.lower_ for c in token_children(word) if c.i > word.i} | {
        c.lemma_.lower() for c in token_children(word) if c.i > word.i
    }
    found = entries(lex, word)
    phrasal = [e for e in found if e.particles and all(p in following for p in e.particles)]
    for entry in phrasal + [e for e in found if not e.particles]:
        codes = ([entry.code] if entry.code else []) + entry.model_pattern_codes
        for code in codes:
            info = lex.describe(code)
            if info is not None and info.penta_class == quad:
                return info
    return None


__all__ = [
    "FALLBACK_P",
    "acts_on",
    "coded_spans",
    "entries",
    "known_words",
    "names_coded",
    "word_code",
]
