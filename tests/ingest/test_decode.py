"""Bytes to text: encodings, binary sniffing, and the only two normalisations allowed."""

from __future__ import annotations

import codecs
import random

import pytest

from tests.ingest.samples import ARTICLE, ARTICLE_ES
from watchfloor.errors import Reason
from watchfloor.ingest import IngestLimits
from watchfloor.ingest.decode import DecodeError, decode, decode_item, looks_binary
from watchfloor.model import Quarantined


def test_utf8_is_returned_untouched_apart_from_newlines_and_nfc():
    text = "Tabs\tand  double  spaces\u00a0stay;\r\nCRLF\rCR\n«quotes» — dashes…"
    assert decode(text.encode()) == (
        "Tabs\tand  double  spaces\u00a0stay;\nCRLF\nCR\n«quotes» — dashes…"
    )
    decomposed = "Bogota\u0301"  # a + combining acute accent
    assert decode(decomposed.encode()) == "Bogotá"


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_byte_order_marks(bom, encoding):
    assert decode(bom + ARTICLE.encode(encoding)) == ARTICLE


@pytest.mark.parametrize(
    "text",
    ["Bogotá", "Bogotá y Cúcuta: " + ARTICLE, ARTICLE_ES, "São Paulo: “Operação” – 5 €"],
)
def test_windows_1252(text):
    assert decode(text.encode("cp1252")) == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Москва заявила в понедельник, что переговоры о границе продолжаются.", "cp1251"),
        ("Москва заявила в понедельник, что переговоры о границе продолжаются.", "koi8_r"),
        ("Η Αθήνα ανακοίνωσε τη Δευτέρα ότι οι συνομιλίες συνεχίζονται κανονικά.", "iso8859_7"),
        ("東京で月曜日に会議が開かれた。政府は声明を発表した。", "shift_jis"),
    ],
)
def test_other_legacy_encodings_are_detected(text, encoding):
    assert decode(text.encode(encoding)) == text


def test_random_bytes_are_undecodable():
    rng = random.Random(7)
    data = bytes(rng.choice(range(0x80, 0x100)) for _ in range(3000))
    with pytest.raises(DecodeError) as exc:
        decode(data)
    assert not exc.value.binary


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        b"PK\x03\x04\x14\x00\x00\x00",
        b"abc\x00def" * 10,
    ],
)
def test_binary(data):
    assert looks_binary(data)
    with pytest.raises(DecodeError) as exc:
        decode(data)
    assert exc.value.binary


def test_utf16_text_is_not_binary_despite_nul_bytes():
    assert not looks_binary(codecs.BOM_UTF16_LE + "abc".encode("utf-16-le"))


def test_decode_item_quarantines_with_reason_and_content():
    limits = IngestLimits(keep_bytes=10)
    item = decode_item(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "x.bin", limits)
    assert isinstance(item, Quarantined) and item.code == Reason.BINARY.value
    assert item.size == 28 and item.content is None and len(item.sha256) == 64
    empty = decode_item(b" \n\t\n", "blank.txt", limits)
    assert isinstance(empty, Quarantined) and empty.code == Reason.EMPTY.value
    assert empty.content == b" \n\t\n"
    assert decode_item(ARTICLE.encode(), "ok.txt", limits) == ARTICLE
