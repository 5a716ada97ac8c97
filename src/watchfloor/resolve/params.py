"""Resolution parameters, read once from ``watchfloor/data/resolve/parameters.yaml``.

Part of cross-document resolution (:mod:`watchfloor.resolve`): every threshold the
matcher uses lives in that data file, with its provenance, not in code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from watchfloor.data import read_yaml


@dataclass(frozen=True, slots=True)
class Params:
    fuzzy_min: float
    org_subset_min_tokens: int
    surname_min_context: float
    surname_margin: float
    bare_min_context: float
    weak_min_context: float
    context_ignore_kinds: frozenset[str]
    generic_kinds: frozenset[str]
    acronym_stopwords: frozenset[str]
    prefix_synonyms: tuple[tuple[str, str], ...]
    org_prefixes_dropped: tuple[str, ...]
    code_window_days: int
    generic_name_words: frozenset[str]
    code_propagation: str


@lru_cache(maxsize=1)
def params() -> Params:
    path = Path(str(resources.files("watchfloor.data.resolve"))) / "parameters.yaml"
    raw = read_yaml(path) or {}
    return Params(
        fuzzy_min=float(raw["fuzzy_min"]),
        org_subset_min_tokens=int(raw["org_subset_min_tokens"]),
        surname_min_context=float(raw["surname_min_context"]),
        surname_margin=float(raw["surname_margin"]),
        bare_min_context=float(raw["bare_min_context"]),
        weak_min_context=float(raw["weak_min_context"]),
        context_ignore_kinds=frozenset(raw["context_ignore_kinds"]),
        generic_kinds=frozenset(raw["generic_kinds"]),
        acronym_stopwords=frozenset(raw["acronym_stopwords"]),
        prefix_synonyms=tuple((k, v) for k, v in raw["prefix_synonyms"].items()),
        org_prefixes_dropped=tuple(raw["org_prefixes_dropped"]),
        code_window_days=int(raw["code_window_days"]),
        generic_name_words=frozenset(raw["generic_name_words"]),
        code_propagation=str(raw["code_propagation"]),
    )
