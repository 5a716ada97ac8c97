"""Numbered error and quarantine codes, collected in one place (as spaCy's ``errors.py``).

Every reason a document can be rejected has a code here; the quarantine table, the CLI
and the tests refer to these codes, so messages stay consistent.
"""

from __future__ import annotations

from enum import StrEnum


class Reason(StrEnum):
    """Why an input item was quarantined. The value is the stable code."""

    UNREADABLE = "W101"  # the file or stream could not be read (missing, permissions, I/O)
    BINARY = "W102"  # looks like binary data, not text
    UNDECODABLE = "W103"  # bytes that decode as no supported text encoding
    EMPTY = "W104"  # no text left after extraction
    OVERSIZED = "W105"  # larger than the configured size limit
    MALFORMED_RECORD = "W106"  # a JSON/JSONL record that does not parse or lacks `text`
    MALFORMED_FEED = "W107"  # an RSS/Atom feed that does not parse
    UNSUPPORTED = "W108"  # a file type watchfloor does not read
    FETCH_FAILED = "W109"  # a feed URL that could not be fetched (time-out, status, size)
    MALFORMED_ARCHIVE = "W110"  # a WARC file that is truncated or corrupt
    PROCESSING_FAILED = "W201"  # the NLP or an extractor raised on this document
    TIME_BUDGET = "W202"  # the NLP and extractors ran past the per-document time budget
    # Notes, not rejections: the document is stored, with what was repaired.
    REPAIRED = "W301"  # invalid Unicode (lone surrogates) replaced with U+FFFD
    REPLACED_BYTES = "W302"  # a few undecodable bytes replaced with U+FFFD
    IGNORED_FIELD = "W303"  # an optional record field of the wrong type, left out

    @property
    def label(self) -> str:
        return self.name.lower()


class WatchfloorError(Exception):
    """Base class for errors the CLI reports as a clear message (no traceback)."""


class StoreError(WatchfloorError):
    """The store could not be opened or written."""


class ExtractionFailed(WatchfloorError):
    """An extractor failed on a document a measurement reads (benchmark and training tools
    stop here instead of scoring the document as if it had no records)."""


class InputError(WatchfloorError):
    """An input argument (not an input item) is unusable, e.g. a path that does not exist."""
