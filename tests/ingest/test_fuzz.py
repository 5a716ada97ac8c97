"""Property tests (hypothesis) for every reader and the decoder (issue 15): arbitrary
bytes and Unicode — lone surrogates, control characters, broken markup — never raise out
of a reader, and never cost a sibling record its place.

Deterministic (derandomized, no example database) and bounded: ``WATCHFLOOR_FUZZ_EXAMPLES``
(default 40) examples per property.
"""

from __future__ import annotations

import io
import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from watchfloor.ingest import iter_documents
from watchfloor.ingest.decode import DecodeError, decode
from watchfloor.ingest.feeds import read_feed
from watchfloor.ingest.html import read_html
from watchfloor.ingest.limits import IngestLimits
from watchfloor.ingest.records import read_json, read_jsonl
from watchfloor.ingest.sources import read_bytes, read_stream
from watchfloor.ingest.text import read_markdown, read_text
from watchfloor.ingest.warc import read_warc
from watchfloor.model import Quarantined, RawDocument
from watchfloor.normalise import to_document

N = int(os.environ.get("WATCHFLOOR_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=N,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
LIMITS = IngestLimits(max_bytes=200_000, max_chars=100_000)
SENTINEL = "Soldiers reopened the bridge over the river on Thursday, the mayor said."

# Unicode including lone surrogates, controls, bidi overrides, U+FFFD and astral chars.
any_text = st.text(alphabet=st.characters(codec=None, categories=None), max_size=200)
nasty = st.sampled_from(
    [
        "\ud83d",
        "\udfff",
        "\x00",
        "\x1b[2J",
        "\u202e",
        "[/]",
        "&#xd800;",
        "\ufffd",
        "]]>",
        "<!--",
        "\r",
        "\ufeff",
        "😀",
    ]
)
texts = st.lists(st.one_of(any_text, nasty), max_size=6).map("".join)


def _items_ok(items: list) -> list:
    assert all(isinstance(i, RawDocument | Quarantined) for i in items)
    for i in items:
        if isinstance(i, RawDocument):
            to_document(i)  # hashing and keys never raise on what a reader gives
            i.text.encode("utf-8")
    return items


def _has_sentinel(items: list) -> bool:
    return any(isinstance(i, RawDocument) and SENTINEL in i.text for i in items)


@FUZZ
@given(st.binary(max_size=2000))
def test_decode_returns_text_or_a_decode_error(data):
    try:
        text = decode(data)
    except DecodeError:
        return
    text.encode("utf-8")  # valid Unicode, no surrogates


@FUZZ
@given(
    st.lists(
        st.one_of(
            st.binary(max_size=300),
            texts.map(lambda t: t.encode("utf-8", "surrogatepass")),
            texts.map(lambda t: json.dumps({"text": t}).encode()),
            texts.map(
                lambda t: json.dumps({"text": t}, ensure_ascii=False).encode(
                    "utf-8", "surrogatepass"
                )
            ),
        ),
        max_size=8,
    ),
    st.integers(0, 8),
)
def test_jsonl_never_raises_and_never_loses_a_good_line(lines, at):
    lines = [line.replace(b"\n", b" ") for line in lines]
    lines.insert(min(at, len(lines)), json.dumps({"id": "keep", "text": SENTINEL}).encode())
    items = _items_ok(list(read_jsonl(io.BytesIO(b"\n".join(lines) + b"\n"), "f.jsonl", LIMITS)))
    assert _has_sentinel(items)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=10,
)


@FUZZ
@given(
    st.lists(
        st.one_of(json_values, st.fixed_dictionaries({"text": texts, "title": texts, "id": texts})),
        max_size=6,
    ),
    st.integers(0, 6),
)
def test_json_list_never_raises_and_never_loses_a_good_record(records, at):
    records.insert(min(at, len(records)), {"id": "keep", "text": SENTINEL})
    raw = json.dumps(records).encode()  # \u escapes: lone surrogates come through json
    items = _items_ok(list(read_json(raw, "list.json", LIMITS)))
    assert _has_sentinel(items)


def _escape_xml(t: str) -> str:
    return t.replace("&", "&amp;").replace("<", "&lt;")


@FUZZ
@given(
    st.lists(st.tuples(texts, texts), max_size=4),
    st.integers(0, 4),
    st.sampled_from(["", "&#xd83d;", "&#55357;", "\x01", "<b>x</b>"]),
)
def test_feed_never_raises_and_never_loses_a_good_entry(entries, at, raw_bit):
    items_xml = [
        f"<item><title>{_escape_xml(t)}{raw_bit}</title><description>"
        f"{_escape_xml(d)}</description></item>"
        for t, d in entries
    ]
    items_xml.insert(
        min(at, len(items_xml)),
        f"<item><title>Keep</title><description>{SENTINEL}</description></item>",
    )
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>W'
        f"</title>{''.join(items_xml)}</channel></rss>"
    ).encode("utf-8", "surrogatepass")
    items = _items_ok(list(read_feed(feed, "f.rss", LIMITS)))
    assert _has_sentinel(items)


@FUZZ
@given(st.binary(max_size=1500))
def test_text_markdown_and_sniffing_never_raise(data):
    _items_ok(list(read_text(data, "a.txt", LIMITS)))
    _items_ok(list(read_markdown(data, "a.md", LIMITS)))
    _items_ok(list(read_bytes(data, "a", LIMITS, name="a")))
    _items_ok(list(read_stream(io.BytesIO(data), "<stdin>", LIMITS)))


@settings(FUZZ, max_examples=max(5, N // 4))
@given(
    st.one_of(
        st.binary(max_size=1500),
        texts.map(
            lambda t: (
                f"<html><head><title>{t}</title></head><body><h1>{t}"
                f"</h1><p>{SENTINEL} {t}</p></body></html>".encode("utf-8", "surrogatepass")
            )
        ),
    )
)
def test_html_never_raises(data):
    _items_ok(list(read_html(data, "a.html", LIMITS)))


@FUZZ
@given(st.binary(max_size=1500), st.sampled_from([b"", b"WARC/1.0\r\n", b"\x1f\x8b\x08"]))
def test_warc_never_raises(data, prefix):
    _items_ok(list(read_warc(io.BytesIO(prefix + data), "a.warc", LIMITS)))


@settings(FUZZ, max_examples=max(5, N // 4))
@given(
    st.lists(
        st.tuples(
            st.sampled_from(
                [".txt", ".json", ".jsonl", ".md", ".xml", ".rss", ".warc", ".html", ""]
            ),
            st.binary(max_size=400),
        ),
        max_size=5,
    )
)
def test_a_folder_of_anything_never_raises_and_keeps_the_good_file(tmp_path_factory, files):
    folder = tmp_path_factory.mktemp("fuzz")
    for n, (ext, data) in enumerate(files):
        (folder / f"f{n}{ext}").write_bytes(data)
    (folder / "zz-keep.txt").write_text(SENTINEL, encoding="utf-8")
    items = _items_ok(list(iter_documents([str(folder)], limits=LIMITS)))
    assert _has_sentinel(items)
