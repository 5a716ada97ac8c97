"""A record's ``dateline`` field is kept on the document (dateline43); records written for
these tests."""

from __future__ import annotations

import io
import json

from watchfloor.errors import Reason
from watchfloor.ingest.limits import IngestLimits
from watchfloor.ingest.records import read_jsonl
from watchfloor.model import RawDocument

TEXT = "The finance minister said the budget would be cut next year."


def _read(rec: dict) -> RawDocument:
    data = (json.dumps(rec) + "\n").encode("utf-8")
    (doc,) = list(read_jsonl(io.BytesIO(data), "test.jsonl", IngestLimits()))
    assert isinstance(doc, RawDocument)
    return doc


def test_the_dateline_field_is_kept_with_its_whitespace_collapsed() -> None:
    doc = _read({"id": "a", "text": TEXT, "dateline": "  BONN,\n  May 10 - "})
    assert doc.dateline == "BONN, May 10 -"
    assert doc.text == TEXT  # never added to the text
    assert doc.notes == []


def test_a_record_without_a_dateline_has_none() -> None:
    doc = _read({"id": "a", "text": TEXT})
    assert doc.dateline is None
    assert _read({"id": "a", "text": TEXT, "dateline": "   "}).dateline is None


def test_a_dateline_that_is_not_a_string_is_left_out_with_a_note() -> None:
    doc = _read({"id": "a", "title": "Budget", "text": TEXT, "dateline": ["BONN"]})
    assert doc.dateline is None
    assert (doc.id, doc.title, doc.text) == ("a", "Budget", TEXT)  # nothing else lost
    assert [n.code for n in doc.notes] == [Reason.IGNORED_FIELD.value]
    assert "dateline" in doc.notes[0].message


def test_the_extract_record_carries_the_dateline_and_the_same_text() -> None:
    from watchfloor.contract import document_to_dict
    from watchfloor.normalise import to_document

    out = document_to_dict(to_document(_read({"id": "a", "text": TEXT, "dateline": "BONN -"})))
    assert (out["dateline"], out["text"]) == ("BONN -", TEXT)
    assert document_to_dict(to_document(_read({"id": "b", "text": TEXT})))["dateline"] is None
