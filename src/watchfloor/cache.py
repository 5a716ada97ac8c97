"""A local cache of data derived from what the package ships, to keep start-up short.

Start-up is paid by every run, so a short one pays it on few documents: parsing the YAML
dictionaries, unpacking the language-identification model and building the place index
took about a second together. :func:`cached` keeps each result as a pickle this code
wrote itself under ``$WATCHFLOOR_CACHE`` (default ``~/.cache/watchfloor``). An entry's
name carries a hash of everything it is built from (source bytes, versions, format), so
a changed source never reads a stale entry; an unreadable or unwritable cache only costs
the build. Nothing here touches the network.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

FORMAT = "1"  # bump to invalidate every entry


def cache_dir() -> Path:
    """Where entries live: ``$WATCHFLOOR_CACHE`` or ``~/.cache/watchfloor``."""
    return Path(os.environ.get("WATCHFLOOR_CACHE") or Path.home() / ".cache" / "watchfloor")


def entry_path(name: str, key: bytes) -> Path:
    """The file of entry ``name`` built from sources summarised by ``key``."""
    digest = hashlib.sha1(FORMAT.encode() + b"\0" + key).hexdigest()[:16]
    return cache_dir() / f"{name}-{digest}.pickle"


def cached(name: str, key: bytes, build: Callable[[], T], kind: type | None = None) -> T:
    """RETURNS the cached value of ``build()`` for ``key``, building and storing it once.

    ``kind``, when given, is the type the entry must have; anything else is rebuilt.
    Storing a new entry removes the entries of the same ``name`` built from other sources.
    """
    path = entry_path(name, key)
    collecting = gc.isenabled()
    try:
        with path.open("rb") as fh:
            # Unpickling creates objects by the hundred thousand, which the cyclic
            # collector would scan again and again (the place index: 0.28 s, 0.08 s off).
            gc.disable()
            value = pickle.load(fh)  # noqa: S301 - our own file, named by its sources
        if kind is None or isinstance(value, kind):
            return value
    except (
        OSError,
        pickle.UnpicklingError,
        EOFError,
        AttributeError,
        TypeError,
        ImportError,
        ValueError,
    ):
        pass
    finally:
        if collecting:
            gc.enable()
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: a reader never sees half an entry
    except (OSError, pickle.PicklingError):
        return value
    for old in path.parent.glob(f"{name}-*.pickle"):  # entries of earlier sources
        if old != path:
            old.unlink(missing_ok=True)
    return value
