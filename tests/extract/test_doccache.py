"""The per-document caches (watchfloor.extract.doccache) and their users give what the
plain spaCy reads give: ``Span.ents``, ``Token.lower_``, ``Token.pos_``, and the hedge
finder's answers as the token-by-token loop it replaced found them."""

from __future__ import annotations

import spacy
from spacy.strings import hash_string
from spacy.tokens import Doc

from watchfloor.extract.claims.attribution import load_cues
from watchfloor.extract.claims.hedges import Hedge, HedgeFinder, _is_hedge_use, _span
from watchfloor.extract.doccache import (
    doc_ents,
    lower_ids,
    pos_tokens,
    sentence_ents,
    sentences_before,
    word_ids,
)

WORDS = [
    "Ana",
    "Ruiz",
    "met",
    "the",
    "Red",
    "Cross",
    "in",
    "Lima",
    ".",
    "Then",
    "New",
    "York",
    "Times",
    "staff",
    "left",
    "Quito",
    "Monday",
    ".",
]
# the second sentence starts at "Then"; "Lima . Then" is one entity across the boundary
ENTS = [
    "B-PERSON",
    "I-PERSON",
    "O",
    "O",
    "B-ORG",
    "I-ORG",
    "O",
    "B-GPE",
    "I-GPE",
    "I-GPE",
    "B-ORG",
    "I-ORG",
    "I-ORG",
    "O",
    "O",
    "B-GPE",
    "B-DATE",
    "O",
]
STARTS = [True] + [False] * 8 + [True] + [False] * 8
POS = [
    "PROPN",
    "PROPN",
    "VERB",
    "DET",
    "PROPN",
    "PROPN",
    "ADP",
    "PROPN",
    "PUNCT",
    "ADV",
    "PROPN",
    "PROPN",
    "PROPN",
    "NOUN",
    "VERB",
    "PROPN",
    "PROPN",
    "PUNCT",
]


def _doc(ents: list[str] = ENTS) -> Doc:
    return Doc(spacy.blank("en").vocab, words=WORDS, sent_starts=STARTS, ents=ents, pos=POS)


def _key(spans) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label_) for s in spans]


def test_sentence_ents_are_span_ents_with_an_entity_across_the_boundary() -> None:
    doc = _doc()
    sents = list(doc.sents)
    assert len(sents) == 2
    for sent in sents:
        assert _key(sentence_ents(sent)) == _key(sent.ents)
    # the entity across the boundary ("Lima . Then") stops the first sentence's list
    assert _key(sentence_ents(sents[0])) == [(0, 2, "PERSON"), (4, 6, "ORG")]
    for span in (doc[2:8], doc[3:4], doc[10:18], doc[0:18]):  # any span, not only sentences
        assert _key(sentence_ents(span)) == _key(span.ents)


def test_a_new_document_is_not_given_the_last_ones_entities() -> None:
    first = _doc()
    assert _key(doc_ents(first)[0]) == _key(first.ents)
    plain = ["O"] * len(WORDS)
    second = _doc(plain)  # same words, no entities: read afresh, not the cached record
    assert doc_ents(second)[0] == () and sentence_ents(second[0:9]) == []
    assert _key(sentence_ents(list(first.sents)[1])) == _key(list(first.sents)[1].ents)


def test_lower_ids_are_the_ids_of_lower_() -> None:
    doc = _doc()
    assert lower_ids(doc) == [hash_string(t.lower_) for t in doc]
    assert lower_ids(doc)[4] == hash_string("red") != hash_string("Red")
    assert word_ids(["red", "ana"]) == {lower_ids(doc)[4], lower_ids(doc)[0]}
    # a word that is one of spaCy's symbols has its own id, not its hash
    sym = Doc(doc.vocab, words=["The", "Number", "rose"])
    assert lower_ids(sym)[1] in word_ids(["number"])
    assert lower_ids(sym)[1] != hash_string("number")


def test_pos_tokens_are_the_words_with_those_parts_of_speech() -> None:
    doc = _doc()
    tags = frozenset({"VERB", "NOUN"})
    assert [t.i for t in pos_tokens(doc, tags)] == [t.i for t in doc if t.pos_ in tags]
    assert [t.text for t in pos_tokens(doc, tags)] == ["met", "staff", "left"]
    assert pos_tokens(doc, frozenset({"SYM"})) == []


def _plain_find(finder: HedgeFinder, doc: Doc, start: int, end: int, text: str) -> list[Hedge]:
    """The hedge finder's loop as it was: every token of the span read as a Token."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    out: list[Hedge] = []
    used: set[int] = set()
    toks = list(span)
    for n, tok in enumerate(toks):
        if tok.i in used:
            continue
        low = tok.lower_
        for phrase in finder.by_first.get(low, ()):
            if n + len(phrase) > len(toks):
                continue
            if tuple(t.lower_ for t in toks[n : n + len(phrase)]) != phrase:
                continue
            last = toks[n + len(phrase) - 1]
            used.update(t.i for t in toks[n : n + len(phrase)])
            cue = _span(text, tok.idx, last.idx + len(last.text))
            out.append(Hedge(cue, "phrase", finder._scope(tok, text, phrase=True)))
            break
        else:
            kind = finder.words.get(low)
            if kind is None or not _is_hedge_use(tok, finder.not_hedges):
                continue
            used.add(tok.i)
            cue = _span(text, tok.idx, tok.idx + len(tok.text))
            out.append(Hedge(cue, kind, finder._scope(tok, text, phrase=False)))
    return out


HEDGED = [
    "The mayor may have been paid by the gang, according to two council members.",
    "Prosecutors said the suspected smuggler was allegedly moving cash through a bank.",
    "The colonel, accused of selling rifles, could face trial in May, officials believed.",
    "Farmers reported that the road was closed. Nobody was hurt.",
    "In May the army built a bridge over the river near the town.",  # May: a month
]


def test_hedges_found_as_by_the_plain_loop(nlp) -> None:
    finder = HedgeFinder(load_cues())
    found = 0
    for text in HEDGED:
        doc = nlp(text)
        spans = [(0, len(text)), (4, len(text) - 3)]
        spans += [(s.start_char, s.end_char) for s in doc.sents]
        for start, end in spans:
            fast = finder.find(doc, start, end, text)
            assert [h.to_dict() for h in fast] == [
                h.to_dict() for h in _plain_find(finder, doc, start, end, text)
            ]
            found += len(fast)
    assert found > 0
    # the month "May" is no hedge; the modal "may" is
    month = nlp(HEDGED[-1])
    assert finder.find(month, 0, len(HEDGED[-1]), HEDGED[-1]) == []
    modal = nlp(HEDGED[0])
    assert [h.cue.text for h in finder.find(modal, 0, len(HEDGED[0]), HEDGED[0])][:1] == ["may"]


def test_pos_tokens_of_a_range() -> None:
    doc = _doc()
    tags = frozenset({"VERB", "PROPN"})
    for start, end in ((0, 9), (9, 18), (3, 4), (5, 5), (14, None)):
        assert [t.i for t in pos_tokens(doc, tags, start, end)] == [
            t.i for t in doc[start:end] if t.pos_ in tags
        ]


def test_context_word_sets_match_lower_(nlp) -> None:
    from watchfloor.extract.events.context import _id_set, _sentence, default_lists

    lists = default_lists()
    doc = nlp(
        "Shares of the oil firm rose as traders speculated that the ministry's new "
        "policy would cut the number of tonnes exported. The minister resigned."
    )
    ids = lower_ids(doc)
    for words in (lists.business, lists.speculation, lists.policy, lists.career, lists.statistic):
        assert [i in _id_set(words) for i in ids] == [t.lower_ in words for t in doc]
    first = list(doc.sents)[0]
    feats = _sentence(first, lists)
    plain = sum(t.lower_ in lists.business for t in first)
    assert plain >= 1  # "shares", "tonnes" ... are business words
    assert f"ctx_sent_biz={_bucket(plain)}" in feats


def _bucket(n: int) -> str:
    from watchfloor.extract.events.context import _bucket as bucket

    return bucket(n, (1, 2, 4))


def _fill_every_table(doc: Doc) -> None:
    """Asks every reader of doccache that keeps a table about ``doc``."""
    from spacy.attrs import LOWER

    from watchfloor.extract import doccache

    doc_ents(doc)
    lower_ids(doc)
    pos_tokens(doc, frozenset({"PROPN"}))
    doccache.number_tokens(doc[:])
    doccache.listed_tokens(doc, {"VERB": None})  # the lemma ids too
    doccache.folded_words(doc, LOWER)
    doccache.morph_get(doc[0], "Number")
    doccache.case_words(doc)
    doccache.token_children(doc[0])
    doccache.doc_sents(doc)
    doccache.span_text(doc[0:3])  # the text and the token table


def test_the_registry_lists_every_table_that_keeps_a_document() -> None:
    """Every last-document slot (``_LastDoc``) and kept-documents table (``_KeptDocs``)
    the module defines is in the registry forget() and held() read, and each holds the
    document once every reader has been asked (none left out of _fill_every_table)."""
    from watchfloor.extract import doccache

    module = vars(doccache).values()
    slots = [v for v in module if isinstance(v, doccache._LastDoc)]
    tables = [v for v in module if isinstance(v, doccache._KeptDocs)]
    assert {id(v) for v in slots} == {id(v) for v in doccache._LAST_DOC_SLOTS}
    assert {id(v) for v in tables} == {id(v) for v in doccache._KEPT_TABLES}
    assert len(slots) == len(doccache._LAST_DOC_SLOTS) == 9
    doccache.forget()
    doc = _doc()
    _fill_every_table(doc)
    assert all(slot.entry is not None and slot.entry[0] is doc for slot in slots)
    assert all(table[id(doc)][0] is doc for table in tables)
    assert doccache.held() == 1


def test_forget_leaves_no_document_in_the_module() -> None:
    """After forget() no global of doccache (a slot, a table, a plain tuple or dict) holds
    a document: one filled by every reader, one by a few."""
    from watchfloor.extract import doccache

    doccache.forget()
    first, second = _doc(), _doc(["O"] * len(WORDS))
    _fill_every_table(first)
    doc_ents(second)
    doccache.span_text(second[0:3])
    assert doccache.held() == 2
    doccache.forget()
    assert doccache.held() == 0
    for name, value in vars(doccache).items():
        if isinstance(value, doccache._LastDoc):
            value = value.entry
        entries = list(value.values()) if isinstance(value, dict) else [value]
        held = [e for e in entries if isinstance(e, tuple) and e and isinstance(e[0], Doc)]
        assert not held, name


def test_sentences_before_are_the_earlier_sentences_nearest_first() -> None:
    """Three sentences written for the test: from the third, one back is the second and
    two back reach the first; asking for more stops at the document's start."""
    words = ["Troops", "moved", ".", "Prices", "rose", ".", "Talks", "ended", "."]
    starts = [True, False, False, True, False, False, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=starts)
    texts = [s.text for s in sentences_before(doc[7], 5)]
    assert texts == ["Prices rose .", "Troops moved ."]
    assert [s.text for s in sentences_before(doc[6], 1)] == ["Prices rose ."]
    assert sentences_before(doc[1], 2) == []
    assert [s.text for s in sentences_before(doc[6:8], 1)] == ["Prices rose ."]
