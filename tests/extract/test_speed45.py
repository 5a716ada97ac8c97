"""speed45's shared token reads give the per-call answers (sentences written for these
tests).

* the actors' and events' rules read a word's children through
  :func:`~watchfloor.extract.doccache.token_children` and walk a range of words through
  the shared token table (:func:`~watchfloor.extract.doccache.doc_tokens`) instead of
  ``Token.children`` and ``for t in doc[a:b]`` (each makes a new ``Token`` per word on
  every call): whole documents through the three extractors equal with the base paths
  put back;
* :func:`~watchfloor.extract.actors.name_spans.broken_country_spans` skips a line break
  whose neighbours cannot be in a name before trying its four pairs of ends: the spans of
  trying them all;
* the claims' :func:`~watchfloor.extract.claims.attribution._paragraph_pieces` (and the
  speaker and boundary readers) walk a sentence's words in the shared table: the pieces
  of walking the ``Span``; the actors' ``clean_name`` slices the document's text
  (:func:`~watchfloor.extract.doccache.span_text`), not ``Span.text``.
"""

from __future__ import annotations

import inspect
import re

import pytest

from watchfloor.extract.actors import (
    alias_names,
    article_country,
    attached_country,
    court_seats,
    dissidents,
    extractor,
    firm_officers,
    group_members,
    junk,
    leader_names,
    membership,
    name_spans,
    named_groups,
    office_clauses,
    outlets,
    party_kinds,
    person_sectors,
    places,
    role_phrases,
    stated_bodies,
    story_head,
    title_codes,
    titles,
    type_votes,
    work_titles,
)
from watchfloor.extract.claims import attribution, boundaries
from watchfloor.extract.events import (
    accounts,
    argmodel,
    arguments,
    bounds,
    classify,
    collectives,
    context,
    directives,
    documents,
    eventfilter,
    fallback,
    meetings,
    modality,
    nonacts,
    nonevents,
    place,
    quantities,
    senses,
)
from watchfloor.extract.gazetteer import default_gazetteer
from watchfloor.model import RawDocument
from watchfloor.nlp import NlpStage
from watchfloor.normalise import to_document

TEXTS = [
    "Colombian police arrested two former guerrillas in Harbourville, the army said.",
    "The Saudi\nArabia delegation met the South\nKorea trade minister on Monday.",
    "Talks in the north\nKorea region stalled.  Federal agents and local police raided\n"
    "Three farms of the cartel's leaders, officials said.",
    "MINISTERS MEET\n\nThe finance ministers of the two states agreed to cut tariffs, "
    "a spokesman for the government said.",
    "Rebel commanders accused the national police of killing nine farmers, and the "
    "ministry vowed an inquiry into the market forces behind the harvesting gangs.",
    "The Venezuelan and Honduran armies held joint drills, which the opposition party "
    "criticised, according to Western diplomats.",
]

# the modules speed45 moved to token_children / doc_tokens (the base: Token.children,
# iterating doc[a:b])
CHILD_READERS = (
    dissidents,
    named_groups,
    office_clauses,
    party_kinds,
    person_sectors,
    places,
    role_phrases,
    title_codes,
    titles,
    accounts,
    argmodel,
    arguments,
    bounds,
    classify,
    collectives,
    context,
    directives,
    documents,
    eventfilter,
    fallback,
    meetings,
    modality,
    nonacts,
    nonevents,
    place,
    quantities,
    senses,
)
RANGE_READERS = (
    alias_names,
    article_country,
    attached_country,
    court_seats,
    dissidents,
    extractor,
    firm_officers,
    group_members,
    junk,
    leader_names,
    membership,
    named_groups,
    outlets,
    party_kinds,
    person_sectors,
    places,
    role_phrases,
    stated_bodies,
    story_head,
    titles,
    type_votes,
    work_titles,
    bounds,
    modality,
    quantities,
    title_codes,
)
# the modules that walk a span's words in the shared table and take its text from the
# document's (speed45: claims' paragraphs, speakers and boundaries, the actors' names)
SPAN_READERS = (attribution, boundaries, name_spans)


def _documents(texts):
    """Entities, events and claims of ``texts`` through the three extractors."""
    stage = NlpStage(extractors=("actors", "events", "claims"))
    raws = [
        to_document(
            RawDocument(id=f"r{k}", text=t, origin="test", fmt="text", published="2026-03-02")
        )
        for k, t in enumerate(texts)
    ]
    return [(d.entities, d.events, d.claims) for d in stage.process(raws)]


@pytest.mark.parametrize("module", sorted({*CHILD_READERS, *RANGE_READERS}, key=id))
def test_the_modules_read_no_token_children_or_doc_slices_directly(module):
    code = "\n".join(
        line.split("  #")[0]
        for line in inspect.getsource(module).splitlines()
        if not line.lstrip().startswith("#")
    )
    code = re.sub(r'""".*?"""', "", code, flags=re.S)  # docstrings may name them
    assert not re.search(r"\w\.children\b", code)
    assert not re.search(r"\bfor \w+ in doc\[[^\[\]]*:[^\[\]]*\](?!\.)", code)  # a walk


def test_documents_equal_with_the_base_paths(monkeypatch):
    fast = _documents(TEXTS)
    for module in CHILD_READERS:
        if hasattr(module, "token_children"):
            monkeypatch.setattr(module, "token_children", lambda t: list(t.children))
    for module in RANGE_READERS:
        if hasattr(module, "doc_tokens"):  # a new Token per word, as iterating a Span
            monkeypatch.setattr(module, "doc_tokens", lambda d: list(d))
    for module in SPAN_READERS:
        monkeypatch.setattr(module, "span_tokens", lambda s: list(s))
        if hasattr(module, "span_text"):
            monkeypatch.setattr(module, "span_text", lambda s: s.text)
    plain = _documents(TEXTS)
    assert repr(fast) == repr(plain)
    assert sum(len(entities) for entities, _, _ in fast) >= 10  # not empty
    assert sum(len(events) for _, events, _ in fast) >= 3
    assert any(claims for _, _, claims in fast)


def _every_pair_of_ends(doc, gaz):
    """speed45's base: the four pairs of ends tried at every line break."""
    out, toks, n = [], list(doc), len(doc)
    for i in name_spans._line_break_positions(doc):
        if i == 0 or i + 1 >= n:
            continue
        found = None
        for a in (i - 2, i - 1):
            for b in (i + 3, i + 2):
                if a < 0 or b > n or found is not None:
                    continue
                words = [toks[k] for k in range(a, b) if k != i]
                if any(t.is_space or not t.text[:1].isupper() for t in words):
                    continue
                entry = gaz.lookup(" ".join(t.text for t in words))
                if entry is not None and entry.kind == "country":
                    found = doc[a:b]
        if found is not None:
            out.append((found.start, found.end))
    return out


BREAKS = [
    "Talks on the Saudi\nArabia deal and the South\nKorea trade.",
    "Rain in the north\nKorea region.",  # the word before in lower case
    "Leaders of South\n korea met.",  # a space, then lower case, after the break
    "South\nKorea",  # at the document's edges
    "\nKorea and Papua New\nGuinea signed.",  # a break first; three words with one
    "They left.\nThey came back\n\nLater.",  # no country
]


@pytest.mark.parametrize("text", BREAKS)
def test_broken_country_spans_equal_trying_every_pair_of_ends(nlp, text):
    gaz = default_gazetteer()
    doc = nlp(text)
    fast = [(s.start, s.end) for s in name_spans.broken_country_spans(doc, gaz)]
    assert fast == _every_pair_of_ends(doc, gaz)


def test_broken_country_spans_still_find_the_cut_names(nlp):
    doc = nlp(BREAKS[0])
    found = [s.text for s in name_spans.broken_country_spans(doc, default_gazetteer())]
    assert found == ["Saudi\nArabia", "South\nKorea"]


def _span_pieces(sent, text=None):
    """speed45's base: the sentence's words walked through the ``Span``."""
    if text is not None and text.count("\n", sent.start_char, sent.end_char) < 2:
        whole = sent.doc[sent.start : sent.end]
        return [whole] if any(not t.is_space for t in sent) else []
    out, start = [], sent.start
    for tok in sent:
        if tok.is_space and "\n\n" in tok.text or tok.text.count("\n") >= 2:
            if tok.i > start:
                out.append(sent.doc[start : tok.i])
            start = tok.i + 1
    if start < sent.end:
        out.append(sent.doc[start : sent.end])
    return [p for p in out if any(not t.is_space for t in p)]


PARAGRAPHS = [
    "MINISTERS MEET\n\nThe ministers agreed.\n\n\nThey left on Monday.",
    "One line only. And another.",
    "\n\n  \n\nA piece after blank lines.\n\n",
]


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_paragraph_pieces_equal_walking_the_span(nlp, text):
    doc = nlp(text)
    pieces = 0
    for sent in doc.sents:
        for given in (None, doc.text):
            fast = attribution._paragraph_pieces(sent, given)
            plain = _span_pieces(sent, given)
            assert [(p.start, p.end) for p in fast] == [(p.start, p.end) for p in plain]
            pieces += len(fast)
    assert pieces  # the test reads some
