"""Invalid Unicode per record (issue 15, finding 1): repaired and noted, never a lost batch."""

from __future__ import annotations

import io
import json

from watchfloor.errors import Reason
from watchfloor.ingest.feeds import read_feed
from watchfloor.ingest.limits import DEFAULT_LIMITS as LIMITS
from watchfloor.ingest.records import read_json, read_jsonl
from watchfloor.ingest.repair import repair, repair_charrefs
from watchfloor.model import Quarantined, RawDocument
from watchfloor.normalise import to_document

GOOD = "Colombian police arrested twelve members of a trafficking ring near the port."
CUT = "Officials said \\ud83d rebels attacked a police post in the north."  # JSON escape


def test_repair_replaces_lone_surrogates_and_joins_split_pairs():
    assert repair("a\ud83d b") == ("a\ufffd b", 1)
    assert repair("x\ud83d\ude00y") == ("x\U0001f600y", 0)  # two escapes of one character
    assert repair("\udcff\ud800") == ("\ufffd\ufffd", 2)
    assert repair("clean \ufffd text") == ("clean \ufffd text", 0)


def test_jsonl_line_with_a_lone_surrogate_is_stored_with_a_note_and_neighbours_too():
    data = (
        json.dumps({"id": "a", "text": GOOD})
        + "\n"
        + '{"id": "b", "text": "'
        + CUT
        + '"}\n'
        + json.dumps({"id": "c", "text": GOOD + " Later."})
        + "\n"
    ).encode()
    items = list(read_jsonl(io.BytesIO(data), "s.jsonl", LIMITS))
    assert [type(i) for i in items] == [RawDocument] * 3
    cut = items[1]
    assert "\ufffd" in cut.text and "\ud83d" not in cut.text
    assert [(n.code, n.count) for n in cut.notes] == [(Reason.REPAIRED.value, 1)]
    doc = to_document(cut)  # the content hash no longer raises
    assert len(doc.content_hash) == 40


def test_json_list_with_a_lone_surrogate_keeps_every_record():
    data = (
        '[{"id": "a", "text": "' + GOOD + '"}, {"id": "b", "title": "T \\udc00",'
        ' "text": "' + CUT + '"}]'
    ).encode()
    items = list(read_json(data, "list.json", LIMITS))
    assert [type(i) for i in items] == [RawDocument, RawDocument]
    assert items[1].title == "T \ufffd" and items[1].notes[0].count == 2


def test_feed_with_a_surrogate_character_reference_keeps_every_entry():
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        b"<item><title>One &#xd83d; two</title><description>Soldiers said &#55357; gunmen"
        b" burned two trucks on the highway.</description></item>"
        b"<item><title>Calm</title><description>The mayor opened a new school in the "
        b"district on Friday.</description></item></channel></rss>"
    )
    items = list(read_feed(feed, "wire.rss", LIMITS))
    assert [type(i) for i in items] == [RawDocument, RawDocument]
    assert "\ufffd" in items[0].text and items[0].notes
    assert not items[1].notes


def test_surrogate_charrefs_decimal_and_hex_only_in_the_surrogate_range():
    fixed, n = repair_charrefs(b"&#xD83D;&#xde00;&#55296;&#57343;&#57344;&#xE000;&#65;")
    assert n == 4 and fixed.endswith(b"&#57344;&#xE000;&#65;")


def test_unexpected_error_in_one_record_quarantines_that_record_only(monkeypatch):
    """A record whose conversion raises (a date parser that raises) is quarantined
    alone; the reader goes on with the next line."""

    data = (
        json.dumps({"id": "a", "text": GOOD})
        + "\n"
        + json.dumps({"id": "b", "text": GOOD, "published": "2026-01-01"})
        + "\n"
    ).encode()
    import watchfloor.ingest.records as records

    real = records.parse_published

    def fails_once(value):
        if value == "2026-01-01":
            raise RuntimeError("boom")
        return real(value)

    monkeypatch.setattr(records, "parse_published", fails_once)
    items = list(read_jsonl(io.BytesIO(data), "x.jsonl", LIMITS))
    assert isinstance(items[0], RawDocument)
    assert isinstance(items[1], Quarantined) and items[1].code == Reason.MALFORMED_RECORD.value
    assert "boom" in items[1].reason and items[1].origin == "x.jsonl:2"


def test_to_document_repairs_fields_a_reader_left_invalid():
    raw = RawDocument(
        id="n\udcff", text="Troops left the \ud800 valley.", origin="dir/\udcff.txt", fmt="text"
    )
    doc = to_document(raw)
    assert doc.raw.origin == "dir/\ufffd.txt" and doc.raw.notes[0].count == 3
