"""What the actor extractor reads once per document (:mod:`.document_facts`): the record
is opened and dropped within one call, and every cached read answers as the uncached one.
Every sentence here is written for these tests."""

from __future__ import annotations

from watchfloor.extract.actors.document_facts import (
    DOCUMENT_FACTS,
    document_facts,
    headline_end,
    open_facts,
)
from watchfloor.extract.actors.extractor import ActorExtractor
from watchfloor.extract.actors.story_head import (
    dateline_country,
    dateline_match,
    dateline_place_country,
    read_headline_end,
)
from watchfloor.extract.actors.title_codes import owner_before_office, read_owner_before_office
from watchfloor.extract.base import Extraction
from watchfloor.extract.gazetteer import default_gazetteer

WIRE = (
    "Lender Raises Rates Again.\nLISBON, May 4 - Confederation of Portuguese Industry "
    "(CPI) President Rui Mendes said the Finance Ministry would answer on Monday."
)


def test_the_record_lives_only_while_the_extractor_reads_the_document(nlp):
    doc = nlp(WIRE)
    result = Extraction(meta={"published": "1987-05-04"}, text=doc.text)
    ActorExtractor()(doc, result)
    assert result.entities
    assert DOCUMENT_FACTS not in doc.user_data  # not carried back from a worker process


def test_the_dateline_is_read_once_and_gives_the_same_country():
    m = dateline_match(WIRE)
    assert m is not None and m.group(1) == "LISBON"
    assert dateline_place_country(m) == dateline_country(WIRE) == "PRT"
    assert dateline_place_country(None) is None


def test_cached_reads_answer_as_the_uncached_ones(nlp):
    doc = nlp(WIRE)
    gaz = default_gazetteer()
    name = next(e for e in doc.ents if e.text.startswith("Rui"))
    uncached = (read_owner_before_office(gaz, name), read_headline_end(doc))
    assert open_facts(doc) is None
    facts = document_facts(doc, doc.text)
    try:
        first = (owner_before_office(gaz, name), headline_end(doc))
        assert len(facts.owner_codes) == 1 and facts.headline_end == uncached[1]
        again = (owner_before_office(gaz, name), headline_end(doc))
    finally:
        doc.user_data.pop(DOCUMENT_FACTS, None)
    assert first == again == uncached == ("PRTBUS", 6)  # the body's code; the headline


def test_the_walks_over_one_array_find_the_tokens_the_token_walks_find(nlp):
    from watchfloor.extract.actors.document_facts import tagged

    doc = nlp(WIRE)
    for tags in ({"NOUN", "PROPN"}, {"ADJ", "PROPN", "NOUN"}, {"VERB"}):
        assert tagged(doc, frozenset(tags)) == [t.i for t in doc if t.pos_ in tags]
    with_record = document_facts(doc, doc.text)
    try:
        assert tagged(doc, frozenset({"PROPN"})) == [t.i for t in doc if t.pos_ == "PROPN"]
        assert with_record.pos is not None  # read once, kept for the next walk
    finally:
        doc.user_data.pop(DOCUMENT_FACTS, None)
