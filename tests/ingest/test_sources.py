"""Walking and dispatching inputs: folders, stdin, sniffing, bad items, bad arguments."""

from __future__ import annotations

import hashlib
import io
import json
import os
import random

import pytest

from tests.conftest import shared_file
from tests.ingest.samples import ARTICLE, PAGE, RSS, bad, docs, write_warc
from watchfloor.errors import InputError, Reason
from watchfloor.ingest import IngestLimits, iter_documents
from watchfloor.model import Quarantined, RawDocument


def test_directory_is_walked_recursively_in_sorted_order_skipping_hidden(tmp_path):
    for rel in ("b/2.txt", "b/1.txt", "a.txt", "c/d/3.txt", ".hidden.txt", ".git/x.txt", "B.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(ARTICLE)
    origins = [d.origin for d in iter_documents([str(tmp_path)])]
    assert origins == [
        str(tmp_path / rel) for rel in ("B.txt", "a.txt", "b/1.txt", "b/2.txt", "c/d/3.txt")
    ]
    assert origins == [d.origin for d in iter_documents([str(tmp_path)])]  # deterministic


def test_every_format_in_one_folder_is_dispatched(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.md").write_text(f"# Title\n\n{ARTICLE}")
    (tmp_path / "c.html").write_text(PAGE)
    (tmp_path / "d.json").write_text(json.dumps({"id": "d", "text": ARTICLE}))
    (tmp_path / "e.jsonl").write_text(json.dumps({"id": "e", "text": ARTICLE}) + "\n")
    (tmp_path / "f.rss").write_text(RSS)
    write_warc(
        tmp_path / "g.warc.gz", [("https://x.example/g", "text/html", PAGE.encode(), "200 OK")]
    )
    fmts = [d.fmt for d in iter_documents([str(tmp_path)])]
    assert fmts == ["text", "markdown", "html", "json", "jsonl", "feed", "feed", "warc"]


def test_content_is_sniffed_when_the_extension_says_nothing(tmp_path):
    (tmp_path / "wire").write_text(json.dumps({"id": "w", "text": ARTICLE}) + "\n")
    (tmp_path / "page.txt").write_text(PAGE)
    (tmp_path / "notes.log").write_text(ARTICLE)
    (tmp_path / "feed.dat").write_text(RSS)
    items = list(iter_documents([str(tmp_path)]))
    assert [(d.origin.rsplit("/", 1)[1], d.fmt) for d in items] == [
        ("feed.dat#record-1", "feed"),
        ("feed.dat#record-2", "feed"),
        ("notes.log", "text"),
        ("page.txt", "html"),
        ("wire:1", "jsonl"),
    ]


def test_bad_items_are_quarantined_and_the_walk_goes_on(tmp_path):
    (tmp_path / "latin.txt").write_bytes(("Bogotá y Cúcuta: " + ARTICLE).encode("cp1252"))
    (tmp_path / "bom.txt").write_bytes(("\ufeff" + ARTICLE).encode("utf-8"))
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "image.jpg").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))  # wrong name
    (tmp_path / "nul.txt").write_bytes(b"abc\x00def" * 10)
    (tmp_path / "archive.zip").write_bytes(b"not really a zip, but text")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"   \n")
    big = (ARTICLE * 20).encode()
    (tmp_path / "big.txt").write_bytes(big)
    rng = random.Random(7)
    garbled = bytes(rng.choice(range(0x80, 0x100)) for _ in range(1500))
    (tmp_path / "garbled.txt").write_bytes(garbled)
    items = list(iter_documents([str(tmp_path)], limits=IngestLimits(max_bytes=2000)))
    by_name = {i.origin.rsplit("/", 1)[-1]: i for i in items}
    assert by_name["latin.txt"].text.startswith("Bogotá y Cúcuta")
    assert by_name["bom.txt"].text == ARTICLE
    codes = {name: item.code for name, item in by_name.items() if isinstance(item, Quarantined)}
    assert codes == {
        "archive.zip": Reason.UNSUPPORTED.value,
        "big.txt": Reason.OVERSIZED.value,
        "blank.txt": Reason.EMPTY.value,
        "empty.txt": Reason.EMPTY.value,
        "garbled.txt": Reason.UNDECODABLE.value,
        "image.jpg": Reason.BINARY.value,
        "image.png": Reason.BINARY.value,
        "nul.txt": Reason.BINARY.value,
    }
    oversized = by_name["big.txt"]
    assert oversized.content is None and oversized.size == len(big)
    assert oversized.sha256 == hashlib.sha256(big).hexdigest()
    assert by_name["garbled.txt"].content == garbled
    assert all(q.reason for q in bad(items))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need POSIX")
def test_pipe_in_a_folder_is_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    (item,) = list(iter_documents([str(tmp_path)]))
    assert item.code == Reason.UNSUPPORTED.value


def test_stdin_formats():
    lines = [json.dumps({"id": f"s{n}", "text": ARTICLE}) for n in (1, 2)]
    stream = io.BytesIO(("\n".join([*lines, "{broken"]) + "\n").encode())
    items = list(iter_documents(["-"], stdin=stream))
    assert [d.id for d in docs(items)] == ["s1", "s2"]
    assert [(q.origin, q.code) for q in bad(items)] == [
        ("<stdin>:3", Reason.MALFORMED_RECORD.value)
    ]
    (doc,) = list(iter_documents(["-"], stdin=io.BytesIO(ARTICLE.encode())))
    assert (doc.origin, doc.text, doc.fmt) == ("<stdin>", ARTICLE, "text")
    pretty = json.dumps({"id": "p", "text": ARTICLE}, indent=2).encode()
    assert [d.fmt for d in iter_documents(["-"], stdin=io.BytesIO(pretty))] == ["json"]
    (page,) = list(iter_documents(["-"], stdin=io.BytesIO(PAGE.encode())))
    assert page.fmt == "html" and page.source == "Border Monitor"


def test_stdin_warc(tmp_path):
    write_warc(
        tmp_path / "a.warc.gz", [("https://x.example/a", "text/html", PAGE.encode(), "200 OK")]
    )
    stream = io.BytesIO((tmp_path / "a.warc.gz").read_bytes())
    (doc,) = list(iter_documents(["-"], stdin=stream))
    assert (doc.fmt, doc.origin, doc.url) == ("warc", "<stdin>#record-3", "https://x.example/a")


def test_stdin_bad_items():
    (empty,) = list(iter_documents(["-"], stdin=io.BytesIO(b"")))
    assert (empty.origin, empty.code) == ("<stdin>", Reason.EMPTY.value)
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    (binary,) = list(iter_documents(["-"], stdin=io.BytesIO(data)))
    assert (binary.code, binary.content) == (Reason.BINARY.value, data)
    big = ARTICLE.encode() * 30
    (large,) = list(
        iter_documents(["-"], stdin=io.BytesIO(big), limits=IngestLimits(max_bytes=1000))
    )
    assert (large.code, large.size, large.content) == (Reason.OVERSIZED.value, len(big), None)
    assert large.sha256 == hashlib.sha256(big).hexdigest()


def test_it_streams_lazily(tmp_path):
    path = tmp_path / "many.jsonl"
    with path.open("w") as fh:
        fh.write(json.dumps({"id": "first", "text": ARTICLE}) + "\n")
        fh.write("{truncated record at the end")
    items = iter_documents([str(path)])
    first = next(items)
    assert isinstance(first, RawDocument) and first.id == "first"
    assert isinstance(next(items), Quarantined)


def test_bad_arguments_raise_before_anything_is_read(tmp_path):
    (tmp_path / "ok.txt").write_text(ARTICLE)
    with pytest.raises(InputError, match="--allow-network"):
        iter_documents([str(tmp_path / "ok.txt"), "https://example.org/feed"])
    with pytest.raises(InputError, match="no such file"):
        iter_documents([str(tmp_path / "missing.txt")])
    with pytest.raises(InputError):
        iter_documents([""])


def test_reuters_first_500_records_have_dates():
    path = shared_file("corpora", "reuters21578.jsonl")
    items = []
    for item in iter_documents([str(path)]):
        items.append(item)
        if len(items) == 500:
            break
    good = docs(items)
    assert len(good) == 500
    assert all(d.published_precision in {"second", "day"} for d in good)
    assert good[0].published.startswith("1987-02-26") and good[0].title


def test_a_failing_reader_quarantines_its_input_and_the_run_goes_on(tmp_path, monkeypatch):
    from watchfloor.ingest import sources

    def broken(raw, origin, limits, name):
        raise RuntimeError("reader bug")
        yield  # a generator, like the real readers

    monkeypatch.setitem(sources.READERS, "markdown", broken)
    (tmp_path / "a.md").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE)
    first, second = iter_documents([str(tmp_path)])
    assert (first.code, first.origin) == (Reason.UNREADABLE.value, str(tmp_path / "a.md"))
    assert "RuntimeError: reader bug" in first.reason
    assert second.origin == str(tmp_path / "b.txt")


class _Endless:
    """A stream that never ends (like a device); it fails the test instead of hanging
    when read far beyond the limit."""

    def __init__(self, chunk: bytes, budget: int) -> None:
        self.chunk, self.budget, self.given = chunk, budget, 0

    def _take(self, size: int) -> bytes:
        if self.given > self.budget:
            raise AssertionError("the reader kept reading an endless stream")
        size = size if size and size > 0 else 65536
        out = (self.chunk * (size // len(self.chunk) + 1))[:size]
        self.given += len(out)
        return out

    def read(self, size: int = -1) -> bytes:
        return self._take(size)

    read1 = read

    def readline(self, size: int = -1) -> bytes:
        return self._take(size)


def test_an_endless_stream_is_refused_without_reading_it_to_the_end():
    """Regression (issue 15, finding 10): /dev/zero or /dev/urandom as input hung forever."""
    from watchfloor.ingest.sources import read_stream

    limits = IngestLimits(max_bytes=1000)
    (q,) = list(read_stream(_Endless(b"\0", 100_000), "<dev>", limits))
    assert q.code == Reason.BINARY.value
    (q,) = list(read_stream(_Endless(b"endless text ", 100_000), "<dev>", limits))
    assert q.code == Reason.OVERSIZED.value and "without end" in q.reason
    (q,) = list(read_stream(_Endless(b"\n", 100_000), "<dev>", limits))  # only blank lines
    assert q.code in (Reason.OVERSIZED.value, Reason.EMPTY.value)


def test_dev_zero_and_dev_urandom_are_quarantined_at_once():
    import os

    for dev in ("/dev/zero", "/dev/urandom"):
        if os.path.exists(dev):
            (q,) = list(iter_documents([dev]))
            assert q.code == Reason.BINARY.value
