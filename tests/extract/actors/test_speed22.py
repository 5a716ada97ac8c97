"""The document's text read once per document (:func:`.document_facts.text_of`, speed22):
the cached text answers as ``doc.text`` does, and the rules that read it (a firm the
story names, an appositive body's office) code as they did. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from watchfloor.extract.actors.document_facts import (
    close_facts,
    document_facts,
    open_facts,
    text_of,
)
from watchfloor.extract.actors.extractor import ActorExtractor
from watchfloor.extract.actors.title_codes import firm_in_text
from watchfloor.extract.base import Extraction
from watchfloor.extract.gazetteer import default_gazetteer

FIRM_STORY = (
    "Kestrel Airlines said on Tuesday it would cut fares. Kestrel president "
    "Tomas Varga told reporters the cuts would start in June."
)
NO_FIRM_STORY = (
    "The carrier said on Tuesday it would cut fares. Kestrel president "
    "Tomas Varga told reporters the cuts would start in June."
)


def _code_of(nlp, text: str, name: str) -> str | None:
    doc = nlp(text)
    result = Extraction(meta={"published": "1988-06-07"}, text=doc.text)
    ActorExtractor()(doc, result)
    return next((e.actor_code for e in result.entities if name in e.name), None)


def test_text_of_is_doc_text_with_or_without_the_record(nlp):
    doc = nlp(FIRM_STORY)
    assert open_facts(doc) is None
    assert text_of(doc) == doc.text
    document_facts(doc)
    try:
        assert text_of(doc) == doc.text
    finally:
        close_facts(doc)
    assert open_facts(doc) is None


def test_text_of_reads_the_open_record_not_the_tokens(nlp):
    # the mechanism: while the record is open the kept string answers (no rebuild)
    doc = nlp(NO_FIRM_STORY)
    document_facts(doc, FIRM_STORY)
    try:
        assert text_of(doc) == FIRM_STORY
    finally:
        close_facts(doc)
    assert text_of(doc) == NO_FIRM_STORY


@pytest.mark.parametrize("text, named", [(FIRM_STORY, True), (NO_FIRM_STORY, False)])
def test_firm_in_text_answers_the_same_cached_and_uncached(nlp, text, named):
    doc = nlp(text)
    gaz = default_gazetteer()
    owner = next(t for t in doc if t.text == "Kestrel" and t.i > 3)
    plain = firm_in_text(gaz, doc[owner.i : owner.i + 1])
    document_facts(doc)
    try:
        cached = firm_in_text(gaz, doc[owner.i : owner.i + 1])
    finally:
        close_facts(doc)
    assert plain == cached == named


FIRM_LEAD = "TORONTO, June 7 - Pellworth Mining Corp expects higher output this year, "
STATE_LEAD = "TORONTO, June 7 - Canada's government expects higher output this year, "
BARE = "president Laura Finch said at a meeting in Ontario, Canada."
APPOSED = (
    "TORONTO, June 7 - {lead}. Laura Finch, Pellworth vice president, said sales "
    "rose in Ontario, Canada."
)


def test_a_bare_office_reads_the_firm_from_the_kept_text(nlp):
    # bare_office_in_firm_story: the story's first lines, read through text_of (the firm's
    # officer: no country, none stated for the firm; firms37)
    assert _code_of(nlp, FIRM_LEAD + BARE, "Finch") == "BUS"


def test_guard_a_bare_office_in_a_state_story_stays_the_state(nlp):
    assert _code_of(nlp, STATE_LEAD + BARE, "Finch") == "CANGOV"


def test_an_appositive_firm_office_reads_the_firm_from_the_kept_text(nlp):
    # appositive_body_office → firm_named_in over the whole text, read through text_of
    story = APPOSED.format(lead="Pellworth Mining Corp reported higher profits")
    assert _code_of(nlp, story, "Finch") == "BUS"


def test_guard_an_appositive_office_with_no_firm_named_is_not_a_firm(nlp):
    story = APPOSED.format(lead="Profits rose at the mine")
    assert _code_of(nlp, story, "Finch") == "CANGOV"
