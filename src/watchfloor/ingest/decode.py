"""Bytes to text: binary sniffing, encoding detection, newline and Unicode normalisation.

Order: binary check (magic numbers, NUL bytes; UTF-16 text is not binary) → byte-order
mark → UTF-16 without a mark (one byte of each pair NUL throughout) → strict UTF-8 →
UTF-8 with a few bad bytes replaced (U+FFFD, counted: a W302 note on the document) when
the rest is evidently UTF-8 → Windows-1252 when the result reads as Western European
text → charset-normalizer's best guess, refused when it is chaotic or full of
replacement characters. Another codec is taken only on such evidence, never because of
one bad byte in an otherwise UTF-8 text.

The text produced here is the text every later offset refers to; only newlines (to
``\\n``) and Unicode composition (NFC) are normalised.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from watchfloor.errors import Reason
from watchfloor.ingest.limits import IngestLimits, quarantined
from watchfloor.model import Note, Quarantined, RawDocument

SNIFF_BYTES = 8192
MAGIC = (  # only signatures that plain text cannot start with
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"%PDF-",
    b"PK\x03\x04",  # zip, docx, xlsx, epub
    b"\x1f\x8b",  # gzip
    b"\xfd7zXZ\x00",
    b"7z\xbc\xaf",
    b"\x7fELF",
    b"MZ\x90\x00",
    b"ID3\x02",  # MP3
    b"ID3\x03",
    b"ID3\x04",
    b"OggS\x00",
    b"fLaC\x00",
    b"\xd0\xcf\x11\xe0",  # legacy MS Office
    b"\x28\xb5\x2f\xfd",  # zstd
    b"\x00\x00\x01\x00",  # ICO
)
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MAX_CHAOS = 0.3  # charset-normalizer's mess ratio above which a guess is refused
MAX_REPLACEMENT = 0.001  # share of U+FFFD tolerated in a decoded text
MAX_CONTROL = 0.05  # share of C0/C1 control characters (not whitespace) tolerated

# Windows-1252 is by far the most common legacy encoding of Western news text, and the
# detector guesses badly on short texts ("Bogotá" alone comes out as UTF-16). It is taken
# when the decoded text reads as Western European: accented letters sit alone or in pairs
# inside ASCII words, and nearly all other non-ASCII characters are usual punctuation.
# Cyrillic or Greek bytes read as cp1252 give runs of accented letters and are refused.
_CP1252_LETTER = "À-ÖØ-öø-ÿŒœŠšŽžŸƒ"
_LETTER_RUN = re.compile(f"[{_CP1252_LETTER}]{{4,}}")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ACCENTED = re.compile(f"[{_CP1252_LETTER}]")
_USUAL = re.compile(f"[{_CP1252_LETTER}\u00a0‘’‚“”„–—…•€«»°¡¿·´©®™§¶£¥¢ªº½¼¾]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x9f]")


class DecodeError(ValueError):
    """The bytes are binary or in no encoding we can trust."""

    def __init__(self, message: str, binary: bool = False) -> None:
        super().__init__(message)
        self.binary = binary


def utf16_without_bom(head: bytes) -> str | None:
    """RETURNS "utf-16-le" or "utf-16-be" when ``head`` reads as UTF-16 text without a
    byte-order mark (mostly Latin text: one byte of each pair NUL, the other byte almost
    never), else None."""
    pairs = len(head) // 2
    if pairs < 8:
        return None
    even = sum(1 for i in range(0, 2 * pairs, 2) if head[i] == 0)
    odd = sum(1 for i in range(1, 2 * pairs, 2) if head[i] == 0)
    if odd >= 0.6 * pairs and even <= 0.02 * pairs:
        return "utf-16-le"
    if even >= 0.6 * pairs and odd <= 0.02 * pairs:
        return "utf-16-be"
    return None


def looks_binary(head: bytes) -> bool:
    """RETURNS True for a known binary magic number or NUL bytes in the first 8 KiB (but
    not for UTF-16 text, with or without its byte-order mark)."""
    if any(head.startswith(bom) for bom, _ in BOMS):
        return False  # UTF-16/32 text is full of NUL bytes
    if utf16_without_bom(head[:SNIFF_BYTES]):
        return False
    if head.startswith(MAGIC):
        return True
    return b"\x00" in head[:SNIFF_BYTES]


def normalise_text(text: str) -> str:
    """RETURNS ``text`` with ``\\r\\n``/``\\r`` as ``\\n``, in Unicode NFC; nothing else changes."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def _plausible_cp1252(text: str) -> bool:
    non_ascii = len(_NON_ASCII.findall(text))
    if non_ascii == 0:
        return True
    if non_ascii - len(_USUAL.findall(text)) > non_ascii // 20:
        return False
    accented = len(_ACCENTED.findall(text))
    letters = accented + len(_ASCII_LETTER.findall(text))
    return accented <= 0.3 * letters and not _LETTER_RUN.search(text)


def _check(text: str, encoding: str) -> str:
    if text.count("\ufffd") > max(3, len(text) * MAX_REPLACEMENT):
        raise DecodeError(f"undecodable: too many replacement characters as {encoding}")
    if len(_CONTROL.findall(text)) > max(3, len(text) * MAX_CONTROL):
        raise DecodeError(f"control characters throughout the text as {encoding}", binary=True)
    return normalise_text(text)


class Decoded(str):
    """Decoded text that remembers how many undecodable bytes became U+FFFD."""

    replaced: int = 0


def _mostly_utf8(data: bytes, few: int = 0) -> Decoded | None:
    """RETURNS ``data`` as UTF-8 with its bad bytes replaced when the text is evidently
    UTF-8 — its valid multi-byte characters outnumber the bad bytes, or there are at most
    ``few`` bad bytes — and they are at most :data:`MAX_REPLACEMENT` of the text (else
    None: another codec may fit better)."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = len(_NON_ASCII.findall(text)) - text.count("\ufffd")
    if bad <= 0 or (valid < bad and bad > few) or bad > max(3, len(text) * MAX_REPLACEMENT):
        return None
    out = Decoded(_check(text, "utf-8"))
    out.replaced = bad
    return out


def decode(data: bytes) -> str:
    """RETURNS the normalised text of ``data`` (a :class:`Decoded` with ``replaced`` > 0
    when a few bad bytes of a UTF-8 text were replaced). RAISES DecodeError for binary or
    garbled bytes."""
    if looks_binary(data[:SNIFF_BYTES]):
        raise DecodeError("binary content (magic number or NUL bytes)", binary=True)
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return _check(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"undecodable as {encoding} despite its BOM: {exc}") from exc
    if encoding := utf16_without_bom(data[:SNIFF_BYTES]):
        try:
            return _check(data.decode(encoding), encoding)
        except UnicodeDecodeError as exc:
            raise DecodeError(f"undecodable as {encoding} (no BOM): {exc}") from exc
    try:
        return _check(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if (mostly := _mostly_utf8(data)) is not None:
        return mostly
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _plausible_cp1252(text):
        return _check(text, "cp1252")
    if (mostly := _mostly_utf8(data, few=3)) is not None:  # not one byte's worth of evidence
        return mostly
    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.chaos > MAX_CHAOS:
        raise DecodeError("undecodable: no text encoding fits these bytes")
    try:
        return _check(data.decode(best.encoding), best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DecodeError(f"undecodable as {best.encoding}: {exc}") from exc


def decode_item(raw: bytes, origin: str, limits: IngestLimits) -> str | Quarantined:
    """RETURNS the decoded text, or a BINARY / UNDECODABLE / EMPTY quarantine record."""
    try:
        text = decode(raw)
    except DecodeError as exc:
        reason = Reason.BINARY if exc.binary else Reason.UNDECODABLE
        return quarantined(origin, reason, str(exc), raw, limits)
    if not text.strip():
        return quarantined(origin, Reason.EMPTY, "no text: empty or whitespace only", raw, limits)
    return text


def note_replaced(item: RawDocument | Quarantined, text: str) -> RawDocument | Quarantined:
    """Add a REPLACED_BYTES note to ``item`` when ``text`` had bad bytes replaced."""
    replaced = getattr(text, "replaced", 0)
    if replaced and isinstance(item, RawDocument):
        item.notes.append(
            Note(
                Reason.REPLACED_BYTES.value,
                f"{replaced} undecodable byte(s) in UTF-8 text replaced with U+FFFD",
                replaced,
            )
        )
    return item
