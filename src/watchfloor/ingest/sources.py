"""Walk the inputs and dispatch each item to its reader, by extension, then by sniffing.

Inputs are files, directories (recursive, sorted, hidden entries skipped), ``-`` for
stdin, and http(s) feed URLs when network access is allowed. Arguments are checked before
anything is read: a missing path or a URL without ``allow_network`` raises
:class:`~watchfloor.errors.InputError`; every problem with an item after that is a
:class:`~watchfloor.model.Quarantined` record.
"""

from __future__ import annotations

import io
import json
import os
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from watchfloor.errors import InputError, Reason
from watchfloor.ingest.decode import BOMS, SNIFF_BYTES, looks_binary
from watchfloor.ingest.feeds import fetch_feed, looks_like_feed, read_feed
from watchfloor.ingest.html import looks_like_html, read_html
from watchfloor.ingest.limits import DEFAULT_LIMITS, IngestLimits, oversized, quarantined
from watchfloor.ingest.records import read_json, read_jsonl
from watchfloor.ingest.text import read_markdown, read_text
from watchfloor.model import Quarantined, RawDocument


def read_warc(
    source: Path | BinaryIO, origin: str, limits: IngestLimits
) -> Iterator[RawDocument | Quarantined]:
    """:func:`watchfloor.ingest.warc.read_warc`, imported on the first WARC input: warcio
    (and fsspec under it) cost about 0.1 s of every run's start otherwise."""
    from watchfloor.ingest.warc import read_warc as read

    return read(source, origin, limits)


Item = RawDocument | Quarantined
STDIN = "<stdin>"
URL_SCHEMES = ("http://", "https://")

# By extension. "text" and "xml" are weak: the content is sniffed before they are trusted.
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "xml",
}
_BINARY_EXTENSIONS = (
    ".png .jpg .jpeg .gif .webp .bmp .tif .tiff .ico .pdf .zip .gz .tgz .bz2 .xz .zst .7z .rar "
    ".tar .doc .docx .xls .xlsx .ppt .pptx .odt .epub .mp3 .mp4 .m4a .wav .ogg .flac .avi .mov "
    ".mkv .webm .exe .dll .so .dylib .bin .class .jar .pyc .woff .woff2 .ttf .otf .sqlite .db "
    ".duckdb .parquet .arrow .pickle .pkl .npy"
)
BINARY_EXTENSIONS = frozenset(_BINARY_EXTENSIONS.split())


def iter_documents(
    inputs: Iterable[str],
    *,
    limits: IngestLimits = DEFAULT_LIMITS,
    allow_network: bool = False,
    stdin: BinaryIO | None = None,
) -> Iterator[Item]:
    """RETURNS an iterator over a document or a quarantine record for every item of every
    input, in input order. RAISES InputError at once (before anything is read) for a path
    that does not exist or a URL given without ``allow_network``."""
    values = list(inputs)
    for value in values:
        _check_argument(value, allow_network)
    return _iterate(values, limits, stdin)


def _is_url(value: str) -> bool:
    return value.lower().startswith(URL_SCHEMES)


def _check_argument(value: str, allow_network: bool) -> None:
    if value == "-":
        return
    if _is_url(value):
        if not allow_network:
            raise InputError(
                f"{value}: feed URLs are fetched only when network access is allowed; "
                "pass --allow-network (allow_network=True) to read it"
            )
        return
    if not value:
        raise InputError("an empty string is not an input path")
    if not os.path.lexists(value):
        raise InputError(f"{value}: no such file or directory")


def _iterate(values: list[str], limits: IngestLimits, stdin: BinaryIO | None) -> Iterator[Item]:
    for value in values:
        if value == "-":
            stream = stdin or sys.stdin.buffer
            yield from _guarded(read_stream(stream, STDIN, limits, name="stdin"), STDIN, limits)
        elif _is_url(value):
            yield from _guarded(fetch_feed(value, limits), value, limits)
        elif os.path.isdir(value):
            for entry in walk(Path(value), limits):
                if isinstance(entry, Quarantined):
                    yield entry
                else:
                    yield from _guarded(read_path(entry, limits, walked=True), str(entry), limits)
        else:
            yield from _guarded(read_path(Path(value), limits), value, limits)


def _guarded(items: Iterator[Item], origin: str, limits: IngestLimits) -> Iterator[Item]:
    """Yield ``items``; a reader that fails unexpectedly ends its input, not the run."""
    try:
        yield from items
    except Exception as exc:  # noqa: BLE001 - the promise is: never raise for a bad item
        message = f"reader failed: {type(exc).__name__}: {exc}"
        yield quarantined(origin, Reason.UNREADABLE, message, None, limits)


def walk(root: Path, limits: IngestLimits) -> Iterator[Path | Quarantined]:
    """Files under ``root`` in sorted order (a folder's files, then its sub-folders),
    skipping names that start with '.'; a folder that cannot be listed is UNREADABLE."""
    errors: list[OSError] = []

    def report() -> Iterator[Quarantined]:
        while errors:
            err = errors.pop(0)
            message = f"cannot list the folder: {err.strerror or err}"
            yield quarantined(str(err.filename or root), Reason.UNREADABLE, message, None, limits)

    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        yield from report()
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name
    yield from report()


def kind_of(name: str) -> str | None:
    """RETURNS the reader kind for a file name's extension, or None when unknown."""
    lower = name.lower()
    if lower.endswith(".warc.gz"):
        return "warc"
    return EXTENSIONS.get(os.path.splitext(lower)[1])


def read_path(path: Path, limits: IngestLimits, walked: bool = False) -> Iterator[Item]:
    """Read one file. Files met while walking a folder must be regular files; a named
    pipe or device given by name is read as a stream."""
    origin = str(path)
    kind = kind_of(path.name)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            if walked:
                message = "not a regular file (pipe, socket or device)"
                yield quarantined(origin, Reason.UNSUPPORTED, message, None, limits)
                return
            with path.open("rb") as fh:
                yield from read_stream(fh, origin, limits, name=path.name)
            return
        size = info.st_size
        if size == 0:
            yield quarantined(origin, Reason.EMPTY, "empty file", b"", limits)
            return
        if kind == "jsonl":
            with path.open("rb") as fh:
                yield from read_jsonl(fh, origin, limits, name=path.name)
            return
        if kind == "warc":
            yield from read_warc(path, origin, limits)
            return
        with path.open("rb") as fh:
            if size > limits.max_bytes:
                yield oversized(origin, "file", b"", fh, limits.max_bytes, limits)
                return
            raw = fh.read(limits.max_bytes + 1)
            if len(raw) > limits.max_bytes:  # grew since stat
                yield oversized(origin, "file", raw, fh, limits.max_bytes, limits)
                return
    except OSError as exc:
        message = f"cannot read: {exc.strerror or exc}"
        yield quarantined(origin, Reason.UNREADABLE, message, None, limits)
        return
    yield from read_bytes(raw, origin, limits, name=path.name, kind=kind)


def _head_text(raw: bytes) -> str:
    head = raw[:SNIFF_BYTES]
    for bom, encoding in BOMS:
        if head.startswith(bom):
            return head.decode(encoding, "ignore").lstrip("\ufeff").lstrip()
    return head.decode("utf-8", "ignore").lstrip("\ufeff").lstrip()


def _parses(data: bytes | str, kind: type) -> bool:
    try:
        return isinstance(json.loads(data), kind)
    except (ValueError, RecursionError):
        return False


def sniff(raw: bytes) -> str:
    """RETURNS the reader kind the content looks like: jsonl, json, warc, feed, html, text."""
    if raw.startswith(b"WARC/"):
        return "warc"
    head = _head_text(raw)
    if head.startswith("{"):
        first = raw.lstrip().split(b"\n", 1)[0]
        if _parses(first.removeprefix(b"\xef\xbb\xbf"), dict):
            return "jsonl"
        return "json" if _parses(raw.removeprefix(b"\xef\xbb\xbf"), dict) else "text"
    if head.startswith("["):
        return "json" if _parses(raw.removeprefix(b"\xef\xbb\xbf"), list) else "text"
    if looks_like_feed(head):
        return "feed"
    if looks_like_html(head):
        return "html"
    return "text"


def read_bytes(
    raw: bytes, origin: str, limits: IngestLimits, *, name: str, kind: str | None = None
) -> Iterator[Item]:
    """Read one whole item already in memory (a file or stdin), ``kind`` from its extension."""
    if not raw.strip():
        yield quarantined(origin, Reason.EMPTY, "no text: empty or whitespace only", raw, limits)
        return
    if looks_binary(raw[:SNIFF_BYTES]):
        message = "binary content (a known file signature or NUL bytes)"
        yield quarantined(origin, Reason.BINARY, message, raw, limits)
        return
    ext = os.path.splitext(name.lower())[1]
    if kind is None and ext in BINARY_EXTENSIONS:
        message = f"unsupported file type {ext}"
        yield quarantined(origin, Reason.UNSUPPORTED, message, raw, limits)
        return
    if kind in (None, "text", "xml"):
        sniffed = sniff(raw)
        if kind == "xml" and sniffed not in ("feed", "html"):
            message = "XML that is not an RSS or Atom feed"
            yield quarantined(origin, Reason.UNSUPPORTED, message, raw, limits)
            return
        if kind is None or sniffed in ("feed", "html"):
            kind = sniffed
    yield from READERS[kind](raw, origin, limits, name)


READERS: dict[str, Callable[[bytes, str, IngestLimits, str], Iterator[Item]]] = {
    "text": read_text,
    "markdown": read_markdown,
    "html": read_html,
    "json": read_json,
    "jsonl": lambda raw, origin, limits, name: read_jsonl(io.BytesIO(raw), origin, limits, name),
    "warc": lambda raw, origin, limits, name: read_warc(io.BytesIO(raw), origin, limits),
    "feed": lambda raw, origin, limits, name: read_feed(raw, origin, limits),
}


class _Prefixed(io.RawIOBase):
    """A raw stream that returns ``prefix`` and then the rest of ``stream``."""

    def __init__(self, prefix: bytes, stream: BinaryIO) -> None:
        self._prefix = prefix
        self._read = getattr(stream, "read1", stream.read)  # no waiting for a full buffer

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._prefix:
            data, self._prefix = self._prefix[: len(buffer)], self._prefix[len(buffer) :]
        else:
            data = self._read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


DRAIN_FACTOR = 4  # an oversized stream is hashed up to this many times max_bytes


class _Capped:
    """Reads ``stream`` up to ``cap`` bytes, then ends (``capped`` says it was cut)."""

    def __init__(self, stream: BinaryIO, cap: int) -> None:
        self.stream, self.left, self.capped = stream, cap, False

    def read(self, size: int) -> bytes:
        if self.left <= 0:
            self.capped = bool(self.stream.read(1))
            return b""
        chunk = self.stream.read(min(size, self.left))
        self.left -= len(chunk)
        return chunk


def _is_warc(head: bytes) -> bool:
    if head.startswith(b"WARC/"):
        return True
    if head.startswith(b"\x1f\x8b"):
        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head).startswith(b"WARC/")
        except zlib.error:
            return False
    return False


def read_stream(
    stream: BinaryIO, origin: str, limits: IngestLimits, name: str = "stdin"
) -> Iterator[Item]:
    """Read stdin (or a pipe): WARC or JSONL are streamed, anything else is read whole
    (up to ``max_bytes``) and sniffed like a file without extension."""
    try:
        lines: list[bytes] = []
        seen = 0
        while line := stream.readline(limits.max_bytes + 1):
            lines.append(line)
            seen += len(line)
            if line.strip() or seen > limits.max_bytes:  # (an endless run of blank lines)
                break
        first = lines[-1] if lines else b""
        if first.startswith(b"\x1f\x8b"):
            lines.append(stream.read(65536))
        head = b"".join(lines)
        chained = io.BufferedReader(_Prefixed(head, stream))
        if _is_warc(head):
            yield from read_warc(chained, origin, limits)
            return
        candidate = first.removeprefix(b"\xef\xbb\xbf").lstrip()
        if candidate.startswith(b"{") and _parses(candidate, dict):
            yield from read_jsonl(chained, origin, limits, name=name)
            return
        raw = chained.read(limits.max_bytes + 1)
        if len(raw) > limits.max_bytes:  # hashed on, but a stream may never end: capped
            rest = _Capped(chained, DRAIN_FACTOR * limits.max_bytes)
            item = oversized(origin, "input", raw, rest, limits.max_bytes, limits)
            if rest.capped:
                item.reason = (
                    f"input of more than {limits.max_bytes} bytes exceeds the limit"
                    f" (a stream without end: size and hash of its first "
                    f"{item.size} bytes)"
                )
            if looks_binary(raw[:SNIFF_BYTES]):  # e.g. /dev/zero, /dev/urandom
                item.code, item.reason = Reason.BINARY.value, f"binary content; {item.reason}"
            yield item
            return
    except OSError as exc:
        message = f"cannot read: {exc.strerror or exc}"
        yield quarantined(origin, Reason.UNREADABLE, message, None, limits)
        return
    if not raw:
        yield quarantined(origin, Reason.EMPTY, "empty input", b"", limits)
        return
    yield from read_bytes(raw, origin, limits, name=name)
