"""Bytes to text: binary sniffing, encoding detection, newline and Unicode normalisation.

The text produced here is the text every later offset refers to; only newlines (to
``\\n``) and Unicode composition (NFC) are normalised.
"""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"BZh",
    b"\x7fELF", b"RIFF", b"ID3", b"OggS", b"\x00\x00\x01\x00", b"7z\xbc\xaf",
)
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


WESTERN_LANGUAGES = {"English", "Spanish", "Portuguese", "French", "German", "Italian", "Dutch",
                     "Catalan", "Danish", "Norwegian", "Swedish", "Finnish", "Unknown", ""}


def _single_byte(encoding: str) -> bool:
    return encoding.startswith(("cp", "iso8859", "latin", "windows", "mac_"))


class DecodeError(ValueError):
    """The bytes are binary or in no encoding we can trust."""

    def __init__(self, message: str, binary: bool = False) -> None:
        super().__init__(message)
        self.binary = binary


def looks_binary(head: bytes) -> bool:
    """True for known binary magic numbers or NUL bytes in the first 8 KiB."""
    if any(head.startswith(m) for m in MAGIC):
        return True
    if any(head.startswith(bom) for bom, _ in BOMS):
        return False
    return b"\x00" in head[:8192]


def normalise_text(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def decode(data: bytes) -> str:
    """Decode bytes to normalised text. RAISES DecodeError for binary or garbled input."""
    if looks_binary(data[:8192]):
        raise DecodeError("binary content (magic number or NUL bytes)", binary=True)
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return normalise_text(data.decode(encoding, errors="strict"))
    try:
        return normalise_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.chaos > 0.3:
        raise DecodeError("undecodable: no text encoding fits these bytes")
    encoding = best.encoding
    if best.language in WESTERN_LANGUAGES and _single_byte(encoding):
        # Windows-1252 is by far the most common legacy encoding of Western news text;
        # the detector cannot tell it from its Central European and Baltic siblings.
        try:
            data.decode("cp1252")
            encoding = "cp1252"
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeError(f"undecodable as {encoding}: {exc}") from exc
    if text.count("\ufffd") > max(3, len(text) // 1000):
        raise DecodeError("undecodable: too many replacement characters")
    return normalise_text(text)
