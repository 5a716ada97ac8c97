"""speed43's shared per-document reads give the per-call answers (sentences written for
these tests).

* :func:`~watchfloor.extract.doccache.token_children` is ``list(token.children)`` for every
  word, documents read in turn and again, and never hands a word of another document;
* the argument picker's :meth:`~watchfloor.extract.events.argmodel._Table.passive` (the
  passive heads listed once per document) is the per-verb search of the verb's children;
* the modality's multi-word cues, tried only when their first word is in the chain or the
  scope, give the flags of trying every cue;
* whole documents through the three extractors equal with every base path put back, and
  a document read after others gets what it gets alone.
"""

from __future__ import annotations

from watchfloor.extract import doccache
from watchfloor.extract.claims import attribution, cue_model
from watchfloor.extract.events import (
    argmodel,
    arguments,
    coder,
    directives,
    modality,
    nonacts,
    pronouns,
    resolver,
    senses,
)
from watchfloor.extract.events.coder import default_lexicon
from watchfloor.model import RawDocument
from watchfloor.nlp import NlpStage
from watchfloor.normalise import to_document

TEXTS = [
    "The mayor was arrested by federal police in Harbourville on Tuesday.",
    "Rebels accused the army of killing nine farmers and vowed to attack the base.",
    "The ministry said it would not rule out new talks, and the union threatened to strike.",
    "Two guards were reportedly wounded when gunmen stormed the prison, officials said.",
    "The council is expected to approve the plan, which was drafted by a panel of judges.",
    "Officials claimed that the cartel had been paid to move the shipment north.",
]

# the modules that read children through token_children (the base: Token.children)
CHILD_READERS = (
    modality,
    arguments,
    senses,
    nonacts,
    resolver,
    coder,
    pronouns,
    directives,
    attribution,
    cue_model,
)


def test_token_children_is_the_children_of_each_word(docs):
    seen = 0
    for doc in [*docs, *docs[::-1]]:  # read in turn, then again after the others
        for t in doc:
            got = doccache.token_children(t)
            assert got == list(t.children), t.text
            assert all(c.doc is doc for c in got)
            seen += len(got)
    assert seen > 50  # the comparison is not empty


def test_token_children_does_not_leak_between_documents(nlp):
    first, second = nlp(TEXTS[0]), nlp(TEXTS[0])  # the same text, two documents
    root = next(t for t in first if t.dep_ == "ROOT")
    kids = doccache.token_children(root)
    assert kids and all(c.doc is first for c in kids)
    again = doccache.token_children(second[root.i])
    assert [c.i for c in again] == [c.i for c in kids]
    assert all(c.doc is second for c in again)  # not the first document's words
    assert all(c.doc is first for c in doccache.token_children(root))


def test_token_children_of_a_document_with_token_hooks(nlp):
    doc = nlp(TEXTS[1])
    doc.user_token_hooks["vector"] = lambda t: None  # any hook: spaCy is asked
    for t in doc:
        assert doccache.token_children(t) == list(t.children)


def _plain_passive(table, v):
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in table.doc[v].children)


def test_passive_heads_are_the_per_verb_search(docs):
    found = 0
    for doc in [*docs, *docs[::-1]]:
        table = argmodel._table(doc)
        for t in doc:
            assert table.passive(t.i) == _plain_passive(table, t.i), t.text
            found += table.passive(t.i)
    assert found >= 4  # "was arrested", "were wounded", "was drafted", "had been paid"


class _EveryCue(dict):
    """The base's cue scan: every multi-word cue tried for every trigger."""

    class _Any:
        def __rand__(self, other):
            return [""]

    def keys(self):
        return self._Any()


def _every_cue(cues):
    out = _EveryCue()
    out[""] = [(c, c.split()) for c in cues if " " in c]
    return out


def test_multi_word_cues_by_first_word():
    lex = default_lexicon()
    for words in lex.modality.values():
        grouped = modality._by_first_word(words)
        flat = [cue for group in grouped.values() for cue, _ in group]
        assert sorted(flat) == sorted(c for c in words if " " in c)
        for first, group in grouped.items():
            assert all(parts[0] == first and parts == cue.split() for cue, parts in group)


def test_modality_flags_equal_trying_every_cue(docs, monkeypatch):
    lex = default_lexicon()

    def flags():
        modality._CUE_TABLES.clear()
        return [
            (doc.text, t.i, modality.modality(t, lex.modality, lex.double_negative))
            for doc in docs
            for t in doc
            if t.pos_ in {"VERB", "NOUN"}
        ]

    fast = flags()
    monkeypatch.setattr(modality, "_by_first_word", _every_cue)
    plain = flags()
    modality._CUE_TABLES.clear()
    assert fast == plain
    assert any(any(f.values()) for _, _, f in fast)  # some flag is raised


def _documents(texts):
    """Entities, events and claims of ``texts`` through the three extractors; a text's
    document id is its place in ``TEXTS``, whatever the order it is read in."""
    stage = NlpStage(extractors=("actors", "events", "claims"))
    raws = [
        to_document(
            RawDocument(
                id=f"r{TEXTS.index(t)}",
                text=t,
                origin="test",
                fmt="text",
                published="2026-03-02",
            )
        )
        for t in texts
    ]
    return [(d.entities, d.events, d.claims) for d in stage.process(raws)]


def test_documents_equal_with_the_base_paths(monkeypatch):
    fast = _documents(TEXTS)
    for module in CHILD_READERS:
        monkeypatch.setattr(module, "token_children", lambda t: list(t.children))
    monkeypatch.setattr(argmodel._Table, "passive", _plain_passive)
    monkeypatch.setattr(modality, "_by_first_word", _every_cue)
    modality._CUE_TABLES.clear()
    plain = _documents(TEXTS)
    modality._CUE_TABLES.clear()
    assert repr(fast) == repr(plain)
    assert sum(len(events) for _, events, _ in fast) >= 4  # not empty
    assert any(claims for _, _, claims in fast)


def test_a_document_read_after_others_gets_its_own_readings():
    alone = [_documents([t])[0] for t in TEXTS]
    together = _documents(TEXTS + TEXTS[::-1])
    assert repr(together) == repr(alone + alone[::-1])
