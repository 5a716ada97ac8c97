"""Per-document lookups spaCy rebuilds on every call, kept for the last document seen.

``Doc.ents`` builds a ``Span`` for every entity of the document each time it is read, and
``Span.ents`` (a sentence's entities) reads it: over the sentences of a long document that
is quadratic. ``Token.lower_`` makes a ``Token`` object per word. The extractors ask for
these sentence after sentence of one document, so the last document's entities (with
their start tokens, for a bisect) and its ``LOWER`` ids are kept here, by identity
(a strong reference, so a new document never aliases the kept one; the extractors do not
change a document's entities). Same approach as :func:`.events.dates._sentence_dates`.

* :func:`sentence_ents` — what ``Span.ents`` returns, without rebuilding the document's;
* :func:`lower_ids` — the document's ``LOWER`` ids (``doc.to_array(LOWER)``), to test
  words against a cue list (:func:`word_ids`) before any ``Token`` is made;
* :func:`pos_tokens` — the tokens (of the document or a range) with one of some parts of
  speech, read from its ``POS`` array: no ``Token`` is made for the other words (the
  positions of each set of tags are listed once per document and a range is two bisects);
* :func:`number_tokens`, :func:`has_number` — the number-like tokens (``like_num``) of a
  span, and whether it has one, read from the document's ``LIKE_NUM`` array (listed once
  per document);
* :func:`doc_sents` — the document's sentences (``doc.sents`` builds a new ``Span`` for
  every sentence on each walk; five extractor steps walked them per document, speed33);
* :func:`folded_words` — ``fold(token.lower_)`` / ``fold(token.lemma_)`` /
  ``fold(token.text)`` of every token, read from the ``LOWER`` / ``LEMMA`` / ``ORTH``
  array, each distinct string folded once per process (the Spanish readers compare
  folded words; esspeed37);
* :func:`morph_get` — ``token.morph.get(field)`` read from the document's ``MORPH`` array,
  each (analysis, field) answered once per process (``Token.morph`` builds a
  ``MorphAnalysis`` on every read: ~7 µs, the dearest attribute the Spanish readers ask
  for; esspeed37);
* :func:`case_words` — the lower-cased ``case`` dependents of each token (Universal
  Dependencies' prepositions: "de", "por", "a"), read from the ``DEP``, ``HEAD`` and
  ``LOWER`` arrays once per document (the Spanish readers ask a word's preposition
  of most nouns they look at; esspeed37);
* :func:`sentence_bounds` — each sentence's character offsets, read from the
  ``SENT_START``, ``IDX`` and ``LENGTH`` arrays (no ``Span`` made; the extract component
  lists a document's sentences this way before any extractor runs; esspeed37);
* :func:`listed_tokens` — the tokens of some parts of speech whose lower-cased lemma (or
  lower-case form) a word list holds, read from the ``POS``, ``LEMMA`` and ``LOWER``
  arrays: a rule that only looks up listed words makes no ``Token`` for the others
  (the event triggers, the claim cues; speed35);
* :func:`sentence_at`, :func:`sentence_of` — a word's (or span's) sentence, as
  ``Token.sent`` / ``Span.sent`` find it, from one sentence index per document shared by
  the three extractors: ``Token.sent`` makes two ``Span`` objects (seven ``Token``s) and
  walks the sentence's words on every call, ~44,000 calls per 100 documents (speed37);
* :func:`doc_tokens`, :func:`span_tokens` — the document's ``Token`` objects, made once per
  document (one ``Doc`` walk) and shared by the walks over a sentence's or a span's words
  and by the readers above: ``doc[i]`` and ``for t in span`` make a new ``Token`` per word
  on every call (speed37);
* :func:`token_children` — ``list(token.children)`` from one list of children per token
  of the document (read from its ``HEAD`` array once, the words taken from
  :func:`doc_tokens`): ``Token.children`` walks the word's subtree edges and makes a new
  ``Token`` per child on every call; the trigger's modality, its governors and the claim
  cue model ask it of the same words again and again (speed43);
* :func:`span_text` — ``Span.text`` sliced from the document's text (kept per document):
  ``Span.text`` makes a ``Token`` per word of the span on every call (speed37).

The sentence index, the token table and the text are kept for the last ``KEPT_DOCS``
documents, not the last one: the claims extractor's batch step reads a spaCy batch's
documents again after the batch, and made them all anew (speed39). :func:`forget` drops
them all when the extract component has finished a batch (``nlp/component.py``), so the
documents do not outlive it (mends40).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Mapping
from functools import lru_cache
from typing import Generic, TypeVar

import numpy as np
from spacy.attrs import (
    DEP,
    HEAD,
    IDX,
    LEMMA,
    LENGTH,
    LIKE_NUM,
    LOWER,
    MORPH,
    ORTH,
    POS,
    SENT_START,
)
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from watchfloor.extract.gazetteer import fold

_Entry = TypeVar("_Entry", bound=tuple)


class _LastDoc(Generic[_Entry]):
    """A table kept for the last document seen: ``entry`` is None or a tuple whose first
    item is the document. Every one is listed in :data:`_LAST_DOC_SLOTS`."""

    __slots__ = ("entry",)

    def __init__(self) -> None:
        self.entry: _Entry | None = None


class _KeptDocs(dict[int, _Entry], Generic[_Entry]):
    """The tables of the last :data:`KEPT_DOCS` documents, by ``id(doc)`` (each entry a
    tuple whose first item is the document, so an id is not reused while kept). Every one
    is listed in :data:`_KEPT_TABLES`."""


_ents_of: _LastDoc[tuple[Doc, tuple[Span, ...], list[int]]] = _LastDoc()
_lower_of: _LastDoc[tuple[Doc, list[int]]] = _LastDoc()
_pos_of: _LastDoc[tuple[Doc, list[int], dict[frozenset[str], list[int]]]] = _LastDoc()
_nums_of: _LastDoc[tuple[Doc, list[int]]] = _LastDoc()
_lemma_of: _LastDoc[tuple[Doc, list[int]]] = _LastDoc()
_folded_of: _LastDoc[tuple[Doc, dict[int, list[str]]]] = _LastDoc()
_children_of: _LastDoc[tuple[Doc, list[list[Token]]]] = _LastDoc()
_morph_of: _LastDoc[tuple[Doc, list[int]]] = _LastDoc()
_case_of: _LastDoc[tuple[Doc, dict[int, list[str]]]] = _LastDoc()
# the sentence index, text and token table of the last KEPT_DOCS documents: the claims'
# batch step reads a spaCy batch's documents again after the batch (speed39)
KEPT_DOCS = 64
_sents_kept: _KeptDocs[tuple[Doc, tuple[Span, ...], list[int]]] = _KeptDocs()
_text_kept: _KeptDocs[tuple[Doc, str]] = _KeptDocs()
_tokens_kept: _KeptDocs[tuple[Doc, list[Token]]] = _KeptDocs()
# The registry of the per-document tables: forget() empties them, held() counts their
# documents (tests/extract/test_doccache.py checks that every _LastDoc and _KeptDocs of
# this module is listed here, so a new table is dropped and counted)
_LAST_DOC_SLOTS: tuple[_LastDoc, ...] = (
    _ents_of,
    _lower_of,
    _pos_of,
    _nums_of,
    _lemma_of,
    _folded_of,
    _morph_of,
    _case_of,
    _children_of,
)
_KEPT_TABLES: tuple[_KeptDocs, ...] = (_sents_kept, _text_kept, _tokens_kept)
# Per-string tables (no document in them; kept across documents, bounded)
_LEMMA_LOWER: dict[int, int] = {}  # lemma id -> the id of its lower-cased string
FOLDED: dict[int, str] = {}  # string id -> fold() of its string (see fold_id)
FOLDED_MAX = 200_000  # FOLDED is emptied at this size: a long run meets new words
# (morphological analysis id, field) -> its values (see morph_get); emptied at FOLDED_MAX
_MORPH_VALUES: dict[tuple[int, str], tuple[str, ...]] = {}


def doc_ents(doc: Doc) -> tuple[tuple[Span, ...], list[int]]:
    """RETURNS ``doc.ents`` and their start tokens, built once for the last document."""
    kept = _ents_of.entry  # one read: another thread replacing it cannot mix two documents
    if kept is None or kept[0] is not doc:
        ents = doc.ents
        kept = _ents_of.entry = (doc, ents, [e.start for e in ents])
    return kept[1], kept[2]


def sentence_ents(sent: Span) -> list[Span]:
    """RETURNS the entities wholly inside ``sent``, as ``sent.ents`` does (in order, up to
    the first one that starts inside and runs past its end)."""
    ents, starts = doc_ents(sent.doc)
    out = []
    for k in range(bisect_left(starts, sent.start), len(ents)):
        ent = ents[k]
        if ent.end > sent.end:
            break
        out.append(ent)
    return out


def lower_ids(doc: Doc) -> list[int]:
    """RETURNS the ``LOWER`` id of each token of ``doc``, built once for the last document
    (compare with :func:`word_ids` of lower-case words: not ``hash_string``, as spaCy's
    own symbols — "number", "root", "prep" ... — have small fixed ids)."""
    kept = _lower_of.entry  # one read: another thread replacing it cannot mix two documents
    if kept is None or kept[0] is not doc:
        kept = _lower_of.entry = (doc, np.asarray(doc.to_array(LOWER), dtype=np.uint64).tolist())
    return kept[1]


def word_ids(words: Iterable[str]) -> frozenset[int]:
    """RETURNS the ids ``LOWER`` / ``ORTH`` arrays hold for ``words``."""
    return frozenset(get_string_id(w) for w in words)


@lru_cache(maxsize=16)
def _pos_ids(tags: frozenset[str]) -> frozenset[int]:
    return frozenset(POS_IDS[t] for t in tags)


def pos_tokens(
    doc: Doc, tags: frozenset[str], start: int = 0, end: int | None = None
) -> list[Token]:
    """RETURNS the tokens of ``doc[start:end]`` whose ``pos_`` is in ``tags``, in order (as
    ``[t for t in doc[start:end] if t.pos_ in tags]``), read from the last document's
    ``POS`` array."""
    pos, at = _pos_positions(doc, tags)
    lo, hi, _ = slice(start, end).indices(len(pos))
    toks = doc_tokens(doc)
    return [toks[i] for i in at[bisect_left(at, lo) : bisect_left(at, hi)]]


def _pos_positions(doc: Doc, tags: frozenset[str]) -> tuple[list[int], list[int]]:
    """RETURNS the last document's ``POS`` ids and the positions of ``tags`` in it (the
    lists :func:`pos_tokens` keeps)."""
    kept = _pos_of.entry  # one read: another thread replacing it cannot mix two documents
    if kept is None or kept[0] is not doc:
        kept = _pos_of.entry = (doc, np.asarray(doc.to_array(POS), dtype=np.uint64).tolist(), {})
    pos, where = kept[1], kept[2]
    at = where.get(tags)
    if at is None:  # the positions of these tags in the document, found once (speed30)
        ids = _pos_ids(tags)
        at = where[tags] = [i for i, p in enumerate(pos) if p in ids]
    return pos, at


def _lemma_lower_ids(doc: Doc) -> list[int]:
    """RETURNS, per token of ``doc``, the id of ``token.lemma_.lower()`` (comparable with
    :func:`word_ids`), built once for the last document."""
    kept = _lemma_of.entry
    if kept is None or kept[0] is not doc:
        lemmas = np.asarray(doc.to_array(LEMMA), dtype=np.uint64).tolist()
        memo, strings = _LEMMA_LOWER, doc.vocab.strings
        if len(memo) > 200_000:  # bounded: lemma ids are few, but a process may run long
            memo.clear()
        out = []
        for lemma in lemmas:
            low = memo.get(lemma)
            if low is None:
                low = memo[lemma] = get_string_id(strings[lemma].lower())
            out.append(low)
        kept = _lemma_of.entry = (doc, out)
    return kept[1]


def fold_id(strings: object, sid: int) -> str:
    """RETURNS ``fold(strings[sid])`` (:func:`watchfloor.extract.gazetteer.fold`) for the
    string id ``sid`` of a ``StringStore``, folded once per process (a string's id is its
    hash: one id, one string, in every vocabulary)."""
    out = FOLDED.get(sid)
    if out is None:
        if len(FOLDED) >= FOLDED_MAX:
            FOLDED.clear()
        out = FOLDED[sid] = fold(strings[sid])  # type: ignore[index]
    return out


def folded_words(doc: Doc, attr: int) -> list[str]:
    """RETURNS ``fold()`` of each token's ``attr`` string — ``LOWER``: ``fold(t.lower_)``,
    ``LEMMA``: ``fold(t.lemma_)``, ``ORTH``: ``fold(t.text)`` — for every token of
    ``doc``, read from its array (no ``Token`` made), kept per attribute for the last
    document. Read after any reader that changes a lemma (the Spanish enclitics mend
    theirs before the extractors read the document)."""
    if attr not in (LOWER, LEMMA, ORTH):
        raise ValueError(f"folded_words reads LOWER, LEMMA or ORTH, not {attr}")
    kept = _folded_of.entry  # one read: another thread replacing it cannot mix two documents
    if kept is None or kept[0] is not doc:
        kept = _folded_of.entry = (doc, {})
    words = kept[1].get(attr)
    if words is None:
        strings = doc.vocab.strings
        ids = doc.to_array(attr).tolist() if len(doc) else []
        words = list(map(FOLDED.get, ids))  # the words folded before, in one pass
        for k, word in enumerate(words):
            if word is None:
                words[k] = fold_id(strings, ids[k])
        kept[1][attr] = words
    return words


def morph_get(token: Token, field: str) -> list[str]:
    """RETURNS ``token.morph.get(field)`` (the values of one feature: ``["Plur"]``, ``[]``
    when absent), as a new list; the analysis ids are read from the last document's
    ``MORPH`` array and each (analysis, field) is answered once per process by spaCy
    itself (an analysis id is the hash of its string: one id, one analysis)."""
    doc = token.doc
    kept = _morph_of.entry  # one read: another thread replacing it cannot mix two documents
    if kept is None or kept[0] is not doc:
        kept = _morph_of.entry = (doc, doc.to_array(MORPH).tolist() if len(doc) else [])
    key = (kept[1][token.i], field)
    values = _MORPH_VALUES.get(key)
    if values is None:
        if len(_MORPH_VALUES) >= FOLDED_MAX:
            _MORPH_VALUES.clear()
        values = _MORPH_VALUES[key] = tuple(token.morph.get(field))
    return list(values)


def case_words(doc: Doc) -> dict[int, list[str]]:
    """RETURNS token position -> the ``lower_`` of its children whose ``dep_`` is
    ``case``, in order (as ``[c.lower_ for c in doc[i].children if c.dep_ == "case"]``;
    positions without one are left out), read from the arrays once for the last
    document. Read after any reader that changes the parse (the Spanish readers mend
    theirs before reading it)."""
    kept = _case_of.entry  # one read: another thread replacing it cannot mix two documents
    if kept is None or kept[0] is not doc:
        out: dict[int, list[str]] = {}
        if len(doc):
            strings = doc.vocab.strings
            rows = doc.to_array([DEP, LOWER]).tolist()
            # HEAD holds each head's offset from its token, signed, in an unsigned array
            rel = doc.to_array(HEAD).astype(np.int64).tolist()
            case = {d for d in {row[0] for row in rows} if strings[d] == "case"}
            for i, (dep, lower) in enumerate(rows):
                if dep in case and rel[i]:  # a root is not its own child
                    out.setdefault(i + rel[i], []).append(strings[lower])
        kept = _case_of.entry = (doc, out)
    return kept[1]


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """RETURNS ``[(s.start_char, s.end_char) for s in doc.sents]`` (raising as
    ``doc.sents`` does when the document has no sentence boundaries), read from the
    ``SENT_START``, ``IDX`` and ``LENGTH`` arrays as spaCy splits them (a sentence starts
    where ``sent_start`` is 1, and at the first token); a document with a ``sents``
    hook is asked through ``doc.sents``."""
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START") or not len(doc):
        return [(s.start_char, s.end_char) for s in doc.sents]
    rows = doc.to_array([SENT_START, IDX, LENGTH])
    # the boundaries found and the offsets read by numpy: a Python list of every token's
    # three values cost more than the rest of this function (esspeed39)
    starts = np.flatnonzero(rows[:, 0] == 1)
    starts = np.concatenate(([0], starts[starts > 0])).astype(np.int64)
    last = np.append(starts[1:], len(rows)) - 1  # each sentence's last token
    ends = rows[last, 1] + rows[last, 2]
    return list(zip(rows[starts, 1].tolist(), ends.tolist(), strict=True))


def listed_tokens(
    doc: Doc,
    lemmas: Mapping[str, Collection[int] | None],
    forms: Mapping[str, Collection[int]] | None = None,
    start: int = 0,
    end: int | None = None,
) -> list[Token]:
    """RETURNS the tokens of ``doc[start:end]``, in order, whose ``pos_`` is a key of
    ``lemmas`` and whose lower-cased lemma's id is in ``lemmas[pos_]`` (``None``: every
    word of that part of speech) or whose ``LOWER`` id is in ``forms[pos_]`` — as
    ``[t for t in doc[start:end] if t.pos_ in lemmas and (lemmas[t.pos_] is None or
    get_string_id(t.lemma_.lower()) in lemmas[t.pos_] or t.lower in forms.get(t.pos_,
    ()))]``. Ids from :func:`word_ids`; read from the last document's arrays, no
    ``Token`` is made for a word left out."""
    forms = forms or {}
    pos, at = _pos_positions(doc, frozenset(lemmas))
    lo, hi, _ = slice(start, end).indices(len(pos))
    at = at[bisect_left(at, lo) : bisect_left(at, hi)]
    if not at:
        return []
    # per POS id: (lemma ids or None, form ids)
    wanted = {POS_IDS[tag]: (ids, forms.get(tag) or ()) for tag, ids in lemmas.items()}
    lemma_ids, lower, toks = _lemma_lower_ids(doc), lower_ids(doc), doc_tokens(doc)
    out = []
    for i in at:
        ids, form_ids = wanted[pos[i]]
        if ids is None or lemma_ids[i] in ids or lower[i] in form_ids:
            out.append(toks[i])
    return out


def _number_positions(doc: Doc) -> list[int]:
    """RETURNS the positions of the tokens whose ``like_num`` is true, in order, read from
    the ``LIKE_NUM`` array once for the last document."""
    kept = _nums_of.entry  # one read: another thread replacing it cannot mix two documents
    if kept is None or kept[0] is not doc:
        flags = doc.to_array(LIKE_NUM).tolist() if len(doc) else []
        kept = _nums_of.entry = (doc, [i for i, f in enumerate(flags) if f])
    return kept[1]


def number_tokens(span: Span) -> list[Token]:
    """RETURNS the tokens of ``span`` whose ``like_num`` is true, in order (as
    ``[t for t in span if t.like_num]``), read from the last document's ``LIKE_NUM``
    array: no ``Token`` is made for the other words."""
    doc = span.doc
    at, toks = _number_positions(doc), doc_tokens(doc)
    return [toks[i] for i in at[bisect_left(at, span.start) : bisect_left(at, span.end)]]


def has_number(span: Span) -> bool:
    """Whether ``span`` holds a token whose ``like_num`` is true (as
    ``any(t.like_num for t in span)``), from the same positions as :func:`number_tokens`."""
    at = _number_positions(span.doc)
    first = bisect_left(at, span.start)
    return first < len(at) and at[first] < span.end


def forget() -> None:
    """Drops every document kept here (the last document's tables and the last
    :data:`KEPT_DOCS` documents' sentences, texts and tokens), so no parsed ``Doc`` outlives
    the batch that made it; the per-string tables (:data:`FOLDED`, the morphology and
    lemma ids) stay. The extract component calls it when it has finished a spaCy batch."""
    for slot in _LAST_DOC_SLOTS:
        slot.entry = None
    for kept in _KEPT_TABLES:
        kept.clear()


def held() -> int:
    """RETURNS how many documents the tables here hold (a document in several counted
    once): 0 after :func:`forget`."""
    docs = {id(entry[0]) for slot in _LAST_DOC_SLOTS if (entry := slot.entry) is not None}
    for kept in _KEPT_TABLES:
        docs.update(kept)
    return len(docs)


def _keep(kept: dict[int, tuple], doc: Doc, entry: tuple) -> tuple:
    """Keeps ``entry`` (whose first item is ``doc``) in ``kept`` under ``id(doc)``, the
    oldest entry dropped at :data:`KEPT_DOCS`; RETURNS ``entry``."""
    if len(kept) >= KEPT_DOCS:
        for old in list(kept)[: len(kept) - KEPT_DOCS + 1]:  # the oldest first
            kept.pop(old, None)  # another thread may have taken it
    kept[id(doc)] = entry
    return entry


def _kept_sents(doc: Doc) -> tuple[Doc, tuple[Span, ...], list[int]]:
    """RETURNS (doc, its sentences, their start tokens), built once per document (kept
    for the last :data:`KEPT_DOCS` documents)."""
    kept = _sents_kept.get(id(doc))  # one read: another thread cannot mix two documents
    if kept is None or kept[0] is not doc:
        sents = tuple(doc.sents)
        kept = _keep(_sents_kept, doc, (doc, sents, [s.start for s in sents]))
    return kept


def doc_sents(doc: Doc) -> tuple[Span, ...]:
    """RETURNS ``tuple(doc.sents)``, built once per document (the same ``Span`` objects to
    every caller: read them, never change them)."""
    return _kept_sents(doc)[1]


def sentence_at(doc: Doc, i: int) -> Span:
    """RETURNS ``doc[i].sent``: the sentence of :func:`doc_sents` that holds token ``i``
    (negative ``i`` counts from the end, as ``doc[i]`` does), found by a bisect of the
    sentence starts, no ``Token`` or ``Span`` made. Both read the parse's sentence starts
    (``sent_start == 1``) the same way; a document with sentence hooks, or an index out of
    range, goes to spaCy itself (its answer, its error)."""
    at = i + len(doc) if i < 0 else i
    if not 0 <= at < len(doc) or doc.user_token_hooks or doc.user_span_hooks or doc.user_hooks:
        return doc[i].sent  # hooks, or spaCy's own IndexError
    _, sents, starts = _kept_sents(doc)
    return sents[bisect_right(starts, at) - 1]


def sentence_of(words: Token | Span) -> Span:
    """RETURNS ``words.sent`` for a ``Token`` or a ``Span`` (a span's first word's sentence,
    as ``Span.sent`` finds it), read as :func:`sentence_at` does."""
    if isinstance(words, Token):
        return sentence_at(words.doc, words.i)
    if words.start >= len(words.doc):
        return words.sent  # an empty span at the end: spaCy's own answer
    return sentence_at(words.doc, words.start)


def sentences_before(words: Token | Span, n: int) -> list[Span]:
    """RETURNS the up to ``n`` sentences before the one :func:`sentence_of` gives for
    ``words``, nearest first (fewer at the start of the document)."""
    doc, start = words.doc, sentence_of(words).start
    found: list[Span] = []
    while start > 0 and len(found) < n:
        found.append(sentence_at(doc, start - 1))
        start = found[-1].start
    return found


def doc_tokens(doc: Doc) -> list[Token]:
    """RETURNS ``list(doc)``, made once per document (kept for the last :data:`KEPT_DOCS`
    documents): ``doc_tokens(doc)[i]`` is ``doc[i]`` (equal, and the same object to every
    caller) without a new ``Token``."""
    kept = _tokens_kept.get(id(doc))  # one read: another thread cannot mix two documents
    if kept is None or kept[0] is not doc:
        kept = _keep(_tokens_kept, doc, (doc, list(doc)))
    return kept[1]


def token_children(token: Token) -> list[Token]:
    """RETURNS ``list(token.children)`` — the words whose head is ``token`` (not itself), in
    order — from a table of every word's children built once for the last document from
    its ``HEAD`` array, the words of :func:`doc_tokens` (no new ``Token``). Read it, never
    change it. A document with token hooks is asked through ``Token.children``."""
    doc = token.doc
    kept = _children_of.entry  # one read: another thread replacing it cannot mix two documents
    if kept is None or kept[0] is not doc:
        if doc.user_token_hooks:
            return list(token.children)
        toks = doc_tokens(doc)
        # HEAD holds each head's offset from its token, signed, in an unsigned array
        rel = doc.to_array(HEAD).astype(np.int64).tolist() if len(doc) else []
        kids: list[list[Token]] = [[] for _ in toks]
        for k, r in enumerate(rel):
            if r:  # a root is not its own child
                kids[k + r].append(toks[k])
        kept = _children_of.entry = (doc, kids)
    return kept[1][token.i]


def span_tokens(span: Span) -> list[Token]:
    """RETURNS ``list(span)`` from :func:`doc_tokens` (no new ``Token``)."""
    return doc_tokens(span.doc)[span.start : span.end]


def doc_text(doc: Doc) -> str:
    """RETURNS ``doc.text``, built once per document (kept for the last :data:`KEPT_DOCS`
    documents) from the words of :func:`doc_tokens` (``Doc.text`` joins each word's
    ``text_with_ws`` too, but makes a new ``Token`` per word for it). The extract component
    takes its document text from here, so the text is built once per document, not once
    for the component and again for the extractors (speed41)."""
    kept = _text_kept.get(id(doc))  # one read: another thread cannot mix two documents
    if kept is None or kept[0] is not doc:
        text = "".join([t.text_with_ws for t in doc_tokens(doc)])
        kept = _keep(_text_kept, doc, (doc, text))
    return kept[1]


def span_text(span: Span) -> str:
    """RETURNS ``span.text``, sliced from the document's text: a span's words are
    consecutive in it (each word's text and its trailing space), and ``Span.text`` is
    their text less the last word's space, from ``start_char`` to ``end_char``."""
    if span.start >= span.end:
        return ""
    return doc_text(span.doc)[span.start_char : span.end_char]


__all__ = [
    "doc_ents",
    "doc_sents",
    "doc_text",
    "doc_tokens",
    "has_number",
    "listed_tokens",
    "lower_ids",
    "number_tokens",
    "pos_tokens",
    "sentence_at",
    "sentence_ents",
    "sentence_of",
    "sentences_before",
    "span_text",
    "span_tokens",
    "token_children",
    "word_ids",
]
