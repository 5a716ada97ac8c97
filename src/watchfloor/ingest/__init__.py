"""Ingestion: the first stage. Reads every input format into RawDocument records.

:func:`iter_documents` walks the inputs (files, directories, ``-`` for stdin, and feed
URLs when network is allowed) and yields a :class:`~watchfloor.model.RawDocument` per
article, or a :class:`~watchfloor.model.Quarantined` record for an item that cannot be
read — it never raises for a bad item, only for a bad argument
(:class:`~watchfloor.errors.InputError`). It streams: nothing holds a whole directory,
JSONL file or WARC archive in memory.

One module per job: :mod:`.sources` walks and dispatches; :mod:`.decode` turns bytes into
text; :mod:`.dates` and :mod:`.language` fill ``published`` and ``language``; the readers
are :mod:`.text` (plain text, Markdown), :mod:`.html`, :mod:`.records` (JSON, JSONL),
:mod:`.warc` and :mod:`.feeds` (RSS/Atom files and URLs); :mod:`.limits` holds the limits
and builds quarantine records.
"""

from watchfloor.ingest.limits import IngestLimits
from watchfloor.ingest.sources import iter_documents

__all__ = ["IngestLimits", "iter_documents"]
