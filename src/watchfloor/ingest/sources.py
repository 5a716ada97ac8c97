"""Walk the inputs and dispatch each item to its reader (by extension, then by sniffing)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from watchfloor.errors import InputError, Reason
from watchfloor.ingest.decode import DecodeError, decode, looks_binary
from watchfloor.ingest.feeds import fetch_feed, looks_like_feed, read_feed
from watchfloor.ingest.html import looks_like_html, read_html
from watchfloor.ingest.limits import IngestLimits, quarantined
from watchfloor.ingest.records import read_json, read_jsonl
from watchfloor.ingest.text import read_markdown, read_text
from watchfloor.ingest.warc import read_warc
from watchfloor.model import Quarantined, RawDocument

Item = RawDocument | Quarantined
TEXT_EXT = {".txt", ".text", ""}
MD_EXT = {".md", ".markdown"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
FEED_EXT = {".rss", ".atom", ".xml"}
BINARY_EXT = {".png", ".jpg", ".jpeg", ".gif", ".pdf", ".zip", ".gz", ".docx", ".xlsx",
              ".mp3", ".mp4", ".exe", ".so", ".bin", ".tar", ".7z"}


def iter_documents(inputs: Iterable[str], *, limits: IngestLimits | None = None,
                   allow_network: bool = False, stdin: BinaryIO | None = None
                   ) -> Iterator[Item]:
    """Yield a document or a quarantine record for every item of every input."""
    limits = limits or IngestLimits()
    inputs = list(inputs)
    for value in inputs:  # check every argument before reading anything
        if value == "-":
            continue
        if value.startswith(("http://", "https://")):
            if not allow_network:
                raise InputError(f"{value}: feed URLs are read only with --allow-network")
        elif not Path(value).exists():
            raise InputError(f"{value}: no such file or directory")
    for value in inputs:
        if value == "-":
            yield from _read_stream(stdin or sys.stdin.buffer, limits)
        elif value.startswith(("http://", "https://")):
            yield from fetch_feed(value, limits)
        else:
            path = Path(value)
            if path.is_dir():
                for file in _walk(path):
                    yield from read_path(file, limits)
            else:
                yield from read_path(path, limits)


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root``, sorted, skipping hidden files and folders."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def read_path(path: Path, limits: IngestLimits) -> Iterator[Item]:
    origin = str(path)
    name = path.name
    suffixes = "".join(path.suffixes[-2:]).lower()
    ext = path.suffix.lower()
    try:
        size = path.stat().st_size
        if ext in JSONL_EXT:
            with path.open("rb") as fh:
                yield from read_jsonl(fh, name, origin, limits)
            return
        if ext == ".warc" or suffixes == ".warc.gz":
            yield from read_warc(path, origin, limits)
            return
        if size > limits.max_bytes:
            yield quarantined(origin, Reason.OVERSIZED,
                              f"{size} bytes exceeds the limit of {limits.max_bytes}", None,
                              limits, size=size)
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield quarantined(origin, Reason.UNREADABLE, f"cannot read: {exc.strerror or exc}",
                          None, limits)
        return
    yield from read_bytes(raw, name, origin, ext, limits)


def read_bytes(raw: bytes, name: str, origin: str, ext: str, limits: IngestLimits
               ) -> Iterator[Item]:
    if not raw.strip():
        yield quarantined(origin, Reason.EMPTY, "empty input", raw, limits)
        return
    if ext in BINARY_EXT or looks_binary(raw[:8192]):
        reason = Reason.BINARY if looks_binary(raw[:8192]) else Reason.UNSUPPORTED
        yield quarantined(origin, reason, f"not a text document ({ext or 'no extension'})",
                          raw, limits)
        return
    if ext in FEED_EXT:
        yield from read_feed(raw, origin, limits)
        return
    try:
        text = decode(raw)
    except DecodeError as exc:
        yield quarantined(origin, Reason.BINARY if exc.binary else Reason.UNDECODABLE, str(exc),
                          raw, limits)
        return
    if len(text) > limits.max_chars:
        yield quarantined(origin, Reason.OVERSIZED,
                          f"{len(text)} characters exceeds the limit of {limits.max_chars}",
                          raw, limits)
        return
    if ext in MD_EXT:
        yield from read_markdown(text, name, origin, raw, limits)
    elif ext in HTML_EXT:
        yield from read_html(text, name, origin, raw, limits)
    elif ext == ".json":
        yield from read_json(text, name, origin, raw, limits)
    elif looks_like_feed(text):
        yield from read_feed(raw, origin, limits)
    elif looks_like_html(text):
        yield from read_html(text, name, origin, raw, limits)
    else:
        yield from read_text(text, name, origin, raw, limits)


def _read_stream(stream: BinaryIO, limits: IngestLimits) -> Iterator[Item]:
    """stdin: JSONL when every line is a JSON object, else sniffed like a file."""
    raw = stream.read(limits.max_bytes + 1)
    if len(raw) > limits.max_bytes:
        yield quarantined("<stdin>", Reason.OVERSIZED,
                          f"stdin exceeds the limit of {limits.max_bytes} bytes", None, limits,
                          size=len(raw))
        return
    stripped = raw.lstrip()
    if stripped.startswith(b"{") and b"\n" in stripped.strip():
        yield from read_jsonl(raw.splitlines(), "stdin", "<stdin>", limits)
    elif stripped.startswith(b"{") or stripped.startswith(b"["):
        yield from read_bytes(raw, "stdin", "<stdin>", ".json", limits)
    else:
        yield from read_bytes(raw, "stdin", "<stdin>", "", limits)
