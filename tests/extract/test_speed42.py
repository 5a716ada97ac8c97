"""speed42's fast paths give the plain paths' answers (sentences written for these tests).

* :func:`~watchfloor.extract.claims.attribution.boilerplate_in` skips the boilerplate
  search for an ASCII sentence holding none of ``boilerplate_words``: the same answer as
  the search itself, on one example line per pattern (so a new pattern without its word
  fails here), on lines that hold a word but no boilerplate, on non-ASCII text and upper
  case;
* :func:`~watchfloor.extract.actors.title_codes.firm_named_in` tries each place the word
  stands with one compiled tail pattern: the same answer as the pattern compiled per word
  (speed42's base) at text edges, inside longer words, with repeated words and with
  characters a pattern would escape; :func:`~watchfloor.extract.actors.name_spans.closing_acronyms`
  gives ``re.finditer``'s matches of the acronym closing a bracket;
* role phrases look nouns up by the document's folded lemmas and texts
  (``doccache.folded_words``): the same roles as ``role_of`` / ``agent_role`` per noun,
  documents read again after others included;
* whole documents through the three extractors equal with every base path put back
  (mention texts as ``Span.text`` too), and a document read after others gets what it
  gets alone (no table leaks from one document to the next).
"""

from __future__ import annotations

import re

import pytest
from spacy.attrs import LEMMA, ORTH

from watchfloor.extract import doccache
from watchfloor.extract.actors import (
    firm_officers,
    grouping,
    name_spans,
    party_kinds,
    role_phrases,
    title_codes,
)
from watchfloor.extract.actors.document_facts import tagged
from watchfloor.extract.actors.name_spans import closing_acronyms, other_expansion
from watchfloor.extract.actors.role_phrases import NOUNS
from watchfloor.extract.actors.title_codes import FIRM_NAME_ENDS, firm_named_in
from watchfloor.extract.claims import attribution
from watchfloor.extract.claims.attribution import boilerplate_in, load_cues
from watchfloor.extract.gazetteer import default_gazetteer, fold
from watchfloor.model import RawDocument
from watchfloor.nlp import NlpStage
from watchfloor.normalise import to_document

CUES = load_cues()

# One line per ``boilerplate`` pattern of cues.yaml, in its order
BOILERPLATE_LINES = [
    "Additional reporting from the coast came from our desk.",
    "Editing by a night shift team in the capital.",
    "Two local writers contributed to this story last week.",
    "Copies of this page: all rights reserved for the owner.",
    "Copyright 2031 The Harbour Gazette.",
    "This story was first published by a partner site.",
    "Subscribe today and get our weekly newsletter for free.",
    "The piece originally appeared in a regional weekly.",
    "To see the full map, click here.",
    "Follow us on the usual channels for more.",
]

PLAIN_LINES = [
    "The minister said the bridge would be finished by June.",
    "Reporting from the border, the envoy listed three demands.",  # a word, no pattern
    "This is a story about a river that floods every spring.",  # "this story", no verb
    "Troops were sent by the governor after the riots.",
    "Signs went up along the road to warn drivers.",
    "",
    "The price rose 3% to €12 a kilo, traders said.",  # not ASCII: always searched
    "ÉDITING BY NOBODY, the poster read.",  # not ASCII
    "COPYRIGHT NOTICE POSTED ON THE DOOR",  # upper case
    "\u00a9 the Lakeside Herald",  # the copyright sign alone
]


def _searched(text: str) -> bool:
    return CUES["boilerplate"].search(text) is not None


def test_one_example_line_per_boilerplate_pattern():
    patterns = CUES["raw"]["boilerplate"]
    assert len(BOILERPLATE_LINES) == len(patterns)
    for line, pattern in zip(BOILERPLATE_LINES, patterns, strict=True):
        assert re.search(pattern, line, re.IGNORECASE), (pattern, line)
        assert line.isascii()
        assert boilerplate_in(CUES, line), line  # its word is listed


@pytest.mark.parametrize("line", BOILERPLATE_LINES + PLAIN_LINES)
def test_boilerplate_in_is_the_search(line):
    assert boilerplate_in(CUES, line) == _searched(line)
    assert boilerplate_in(CUES, line.upper()) == _searched(line.upper())


def test_boilerplate_lines_found_plain_lines_kept():
    assert all(boilerplate_in(CUES, line) for line in BOILERPLATE_LINES)
    found = [line for line in PLAIN_LINES if boilerplate_in(CUES, line)]
    assert found == ["COPYRIGHT NOTICE POSTED ON THE DOOR", "\u00a9 the Lakeside Herald"]


def test_without_words_every_text_is_searched():
    cues = dict(CUES, boilerplate_words=())
    assert all(boilerplate_in(cues, line) for line in BOILERPLATE_LINES)


def _compiled_per_word(word: str, text: str) -> bool:
    """speed42's base: the pattern compiled for the word and searched over the text."""
    pattern = rf"\b{re.escape(word)}(?:\s+[A-Z][\w&.'-]*){{0,2}}?\s+(?:{FIRM_NAME_ENDS})\b"
    return re.search(pattern, text) is not None


FIRM_TEXTS = [
    "Harlow Motors said its Harlow plant would close.",
    "The Harlow plant closed. Harlow Motors denied it.",
    "Sharlow Motors is another firm; Harlow is a town.",  # inside a longer word
    "Harlow Blue Ridge Steel and Harlow Inc both listed.",
    "Harlow Blue Ridge Green Steel is too long a name.",
    "Harlow",
    "Harlow Co",
    "Harlow Company statement",  # "Co" not a whole word
    "A.B. Harlow Co-op runs the mill.",
    "Ding & Sons Ltd and Ding&Sons Ltd",
    "Mar-Tek Group bought the Mar-Tek brand.",
    "(Harlow) Airlines flew.",
    "harlow Motors in lower case",
]
FIRM_WORDS = ["Harlow", "Ding", "Ding & Sons", "Mar-Tek", "A.B.", "Harlow)", "ow"]


@pytest.mark.parametrize("text", FIRM_TEXTS)
def test_firm_named_in_is_the_compiled_pattern(text):
    gaz = default_gazetteer()
    for word in FIRM_WORDS:
        assert firm_named_in(gaz, word, text) == _compiled_per_word(word, text), (word, text)


def test_firm_named_in_answers():
    gaz = default_gazetteer()
    assert firm_named_in(gaz, "Harlow", "Harlow Motors said its Harlow plant would close.")
    assert firm_named_in(gaz, "Harlow", "The Harlow plant closed. Harlow Motors denied it.")
    assert not firm_named_in(gaz, "Harlow", "Sharlow Motors is another firm; Harlow is a town.")
    assert not firm_named_in(gaz, "Harlow", "Harlow Blue Ridge Green Steel is too long a name.")
    assert not firm_named_in(gaz, "Brazil", "Brazil Bank officials met.")  # a country's name
    assert title_codes.FIRM_TAIL.match(" Blue Ridge Steel")


# -- closing_acronyms: str.find in place of a pattern per acronym -------------------------
ACRONYM_TEXTS = [
    "The River Basin Authority (RBA) and the RBA's board met. (RBA )",
    "RBA) at the start, XRBA) inside a word, -RBA) after a hyphen, (RBA  \n)",
    "Two closings (RBA)(RBA) in a row, and RBA without one.",
    "Cross & Bridge Society (C&BS), (C&BS)",
    "No acronym here at all.",
    "",
]


def _finditer_starts(text: str, acronym: str) -> list[int]:
    """speed42's base: the pattern compiled for the acronym, run over the text."""
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}\s*\)", text)]


@pytest.mark.parametrize("text", ACRONYM_TEXTS)
def test_closing_acronyms_are_the_finditer_matches(text):
    for acronym in ("RBA", "C&BS", "BA", "R", ""):
        assert list(closing_acronyms(text, acronym)) == _finditer_starts(text, acronym)
    assert list(closing_acronyms(ACRONYM_TEXTS[0], "RBA")) == [27, 58]


def test_other_expansion_reads_the_closing_bracket():
    text = "The River Basin Authority (RBA) said so."
    assert other_expansion(text, "RBA", {"rba", "royal bank of avalon"}) == (
        "River Basin Authority"
    )
    assert other_expansion(text, "RBA", {"rba", "river basin authority"}) is None


# -- role phrases: folded words of the document in place of a fold per noun --------------
ROLE_TEXTS = [
    "Colombian police arrested two smugglers near the port, and soldiers guarded the "
    "bandits while the foreign minister spoke to reporters.",
    "The mayor said local police and federal agents had detained three gang members.",
    "Prosecutors charged the company's lawyers; the judges and the rebels said nothing.",
]


def test_folded_role_lookups_equal_the_per_noun_lookups(nlp):
    gaz = default_gazetteer()
    docs = [nlp(t) for t in ROLE_TEXTS]
    seen = 0
    for doc in docs + docs[::-1]:  # each document again after another one
        lemmas = doccache.folded_words(doc, LEMMA)
        texts = doccache.folded_words(doc, ORTH)
        for i in tagged(doc, NOUNS):
            t = doc[i]
            assert (gaz.roles.get(lemmas[i]) or gaz.roles.get(texts[i])) == (
                gaz.role_of(t.lemma_) or gaz.role_of(t.text)
            ), t.text
            assert gaz.folded_agent_role(texts[i]) == gaz.agent_role(t.text)
            assert gaz.folded_agent_role(lemmas[i]) == gaz.agent_role(t.lemma_)
            seen += gaz.role_of(t.lemma_) is not None
    assert seen >= 10  # the texts hold role words: the comparison is not empty


def _documents(texts):
    """Entities, events and claims of ``texts`` through the three extractors; a text's
    document id is its place in ``WHOLE_TEXTS``, whatever the order it is read in."""
    stage = NlpStage(extractors=("actors", "events", "claims"))
    raws = [
        to_document(
            RawDocument(
                id=f"r{WHOLE_TEXTS.index(t)}",
                text=t,
                origin="test",
                fmt="text",
                published="2026-03-02",
            )
        )
        for t in texts
    ]
    return [(d.entities, d.events, d.claims) for d in stage.process(raws)]


WHOLE_TEXTS = ROLE_TEXTS + [
    "Harlow Motors said its Harlow president would resign. Editing by the night desk.",
    "Officials of the River Basin Authority (RBA) met Chilean police on Monday.",
    "Harlow Motors and the Harlow president: the company said little.",
    "The Drug Enforcement Administration (DEA) said DEA agents and the UN had left.",
]


def _folded_on_the_spot(doc, attr):
    strings = doc.vocab.strings
    return [fold(strings[s]) for s in doc.to_array(attr).tolist()]


def _plain_firm_named_in(gaz, word, text):
    if gaz.country_of(fold(word)) or len(word) < 2:
        return False
    return _compiled_per_word(word, text)


def _plain_boilerplate_in(cues, text):
    return cues["boilerplate"].search(text) is not None


def test_documents_equal_with_the_base_paths(monkeypatch):
    fast = _documents(WHOLE_TEXTS)
    # the base's paths put back: a fold per noun, a pattern per firm word and per
    # acronym, every sentence searched for boilerplate
    monkeypatch.setattr(role_phrases, "folded_words", _folded_on_the_spot)
    for module in (title_codes, party_kinds, firm_officers):
        monkeypatch.setattr(module, "firm_named_in", _plain_firm_named_in)
    monkeypatch.setattr(
        name_spans, "closing_acronyms", lambda text, a: iter(_finditer_starts(text, a))
    )
    monkeypatch.setattr(attribution, "boilerplate_in", _plain_boilerplate_in)
    monkeypatch.setattr(grouping, "span_text", lambda span: span.text)
    plain = _documents(WHOLE_TEXTS)
    assert repr(fast) == repr(plain)
    assert sum(len(entities) for entities, _, _ in fast) >= 5  # not empty
    assert any(events for _, events, _ in fast)


def test_a_document_read_after_others_gets_its_own_readings():
    alone = [_documents([t])[0] for t in WHOLE_TEXTS]
    together = _documents(WHOLE_TEXTS + WHOLE_TEXTS[::-1])
    assert repr(together) == repr(alone + alone[::-1])
