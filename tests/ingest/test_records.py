"""JSON and JSONL records: one bad line or record never stops the others."""

from __future__ import annotations

import hashlib
import io
import json

from tests.ingest.samples import ARTICLE, bad, docs
from watchfloor.errors import Reason
from watchfloor.ingest import IngestLimits, iter_documents
from watchfloor.ingest.records import read_json, read_jsonl

MALFORMED = Reason.MALFORMED_RECORD.value


def test_jsonl_bad_lines_are_quarantined_with_their_line_numbers(tmp_path):
    path = tmp_path / "wire.jsonl"
    lines = [
        json.dumps({"id": "a", "text": ARTICLE, "published": "26-FEB-1987 15:01:01.79"}),
        "{broken",
        json.dumps({"id": "c", "title": "no text"}),
        "",
        json.dumps({"text": ARTICLE, "source": "Wire", "date": "2026-09-14", "title": "T"}),
        json.dumps({"id": 7, "text": ["not", "a", "string"]}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": 8, "text": ARTICLE, "url": "https://w.example/8", "language": "es"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_documents([str(path)]))
    a, e, h = docs(items)
    assert (a.id, a.published, a.published_precision) == ("a", "1987-02-26T15:01:01", "second")
    assert (a.title, a.fmt, a.language, a.origin) == (None, "jsonl", "en", f"{path}:1")
    assert (e.id, e.source, e.title, e.published) == ("wire.jsonl:5", "Wire", "T", "2026-09-14")
    assert (h.id, h.url, h.language) == ("8", "https://w.example/8", "es")
    assert [(q.origin, q.code) for q in bad(items)] == [
        (f"{path}:2", MALFORMED),
        (f"{path}:3", MALFORMED),
        (f"{path}:6", MALFORMED),
        (f"{path}:7", MALFORMED),
    ]
    broken = bad(items)[0]
    assert broken.content == b"{broken\n" and "invalid JSON" in broken.reason
    assert broken.sha256 == hashlib.sha256(b"{broken\n").hexdigest() and broken.size == 8
    assert "text" in bad(items)[1].reason


def test_oversized_line_is_hashed_whole_and_the_next_line_still_read():
    big = json.dumps({"id": "big", "text": ARTICLE * 50}).encode() + b"\n"
    good = json.dumps({"id": "ok", "text": ARTICLE}).encode() + b"\n"
    limits = IngestLimits(max_bytes=1000)
    items = list(read_jsonl(io.BytesIO(big + good), "/in/w.jsonl", limits))
    (q,) = bad(items)
    assert (q.origin, q.code, q.content) == ("/in/w.jsonl:1", Reason.OVERSIZED.value, None)
    assert q.size == len(big) and q.sha256 == hashlib.sha256(big).hexdigest()
    assert [d.id for d in docs(items)] == ["ok"]
    assert docs(items)[0].origin == "/in/w.jsonl:2"


def test_jsonl_with_bom_and_a_cp1252_line():
    data = b"\xef\xbb\xbf" + json.dumps({"id": "x", "text": ARTICLE}).encode() + b"\n"
    data += '{"id": "y", "text": "Bogotá y Cúcuta: la policía detuvo a cuatro personas."}\n'.encode(
        "cp1252"
    )
    items = list(read_jsonl(io.BytesIO(data), "/in/w.jsonl", IngestLimits()))
    assert [d.id for d in docs(items)] == ["x", "y"]
    assert docs(items)[1].text.startswith("Bogotá y Cúcuta")


def test_empty_jsonl_is_quarantined(tmp_path):
    (tmp_path / "blank.jsonl").write_text("\n\n")
    (item,) = list(iter_documents([str(tmp_path / "blank.jsonl")]))
    assert item.code == Reason.EMPTY.value and item.origin == str(tmp_path / "blank.jsonl")


def test_json_list_and_single_object(tmp_path):
    (tmp_path / "batch.json").write_text(
        json.dumps([{"id": "x", "text": ARTICLE}, {"text": ARTICLE}, {"id": "z"}])
    )
    (tmp_path / "one.json").write_text(json.dumps({"text": ARTICLE, "title": "One"}))
    items = list(iter_documents([str(tmp_path / "batch.json"), str(tmp_path / "one.json")]))
    assert [d.id for d in docs(items)] == ["x", "batch.json#record-2", "one.json"]
    assert [d.fmt for d in docs(items)] == ["json"] * 3
    assert [(q.origin, q.code) for q in bad(items)] == [
        (f"{tmp_path / 'batch.json'}#record-3", MALFORMED)
    ]


def test_invalid_json_file_is_one_malformed_record():
    (item,) = list(read_json(b'{"text": "unterminated', "/in/bad.json", IngestLimits()))
    assert (item.origin, item.code) == ("/in/bad.json", MALFORMED)
    assert item.content == b'{"text": "unterminated'
