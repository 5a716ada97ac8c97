"""Name forms for cross-document resolution: folding, tokens, blocking keys, name matches.

Part of :mod:`watchfloor.resolve`. A record's name is folded the way the gazetteer folds
(accents, case, periods, a leading article), punctuation becomes spaces and a few
prefixes are spelled out ("U.S. Navy" → "united states navy"). Blocking keys decide
which stored entities are even compared with a new record.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from watchfloor.extract.gazetteer import fold
from watchfloor.resolve.params import params


@lru_cache(maxsize=65536)
def norm(name: str) -> str:
    """The comparison form of a name: folded, punctuation as spaces, prefixes spelled out."""
    text = re.sub(r"[^\w]+", " ", fold(name)).strip() + " "
    for short, long in params().prefix_synonyms:
        if text.startswith(short):
            text = long + text[len(short) :]
    return re.sub(r"\s+", " ", text).strip()


def tokens(name: str) -> list[str]:
    return norm(name).split()


def acronym(name: str) -> str | None:
    """Initials of a multi-word name without its stop words ("Drug Enforcement
    Administration" → "dea"); None for one-word names."""
    words = [t for t in tokens(name) if t not in params().acronym_stopwords]
    return "".join(w[0] for w in words) if len(words) >= 2 else None


def is_acronym(surface: str) -> bool:
    letters = surface.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def keys(name: str, etype: str) -> set[str]:
    """Blocking keys: a stored entity is a candidate for a record when they share one."""
    n = norm(name)
    out = {f"n:{n}"}
    toks = n.split()
    if etype == "person" and toks:
        out.update(f"t:{t}" for t in toks[1:] or toks)
    if etype == "organization":
        for prefix in params().org_prefixes_dropped:
            if n.startswith(prefix) and len(n) > len(prefix):
                out.add(f"n:{n[len(prefix) :]}")
        acr = acronym(name)
        if acr and len(acr) >= 2:
            out.add(f"a:{acr}")
        if is_acronym(name):
            out.add(f"a:{n.replace(' ', '')}")
    return out


def person_match(a: str, b: str) -> str | None:
    """How two person names relate: ``same``; ``contained`` (every token of the shorter
    appears in order in the longer, initials allowed, first tokens agreeing: "Nicolás
    Maduro" / "Nicolás Maduro Moros", "Donald Trump" / "Donald J. Trump"); ``surname``
    (one is a single token found after the other's first token: "Maduro"); else None."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return None
    if ta == tb:
        return "same"
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) == 1:
        surname_at = [j for j, t in enumerate(long) if j >= 1 and t == short[0]]
        return "surname" if surname_at and max(surname_at) >= len(long) - 2 else None
    if not _token_eq(short[0], long[0]):
        return None
    i = 0
    for t in long:
        if i < len(short) and _token_eq(short[i], t):
            i += 1
    if i < len(short):
        return None
    # the shorter name must end on a surname of the longer (its last two tokens), so
    # "Juan Diego" is not contained in "Juan Diego Giraldo Usuga"
    surname_at = [j for j, t in enumerate(long) if j >= 1 and t == short[-1]]
    return "contained" if surname_at and max(surname_at) >= len(long) - 2 else None


def _token_eq(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return False


def similarity(a: str, b: str) -> float:
    """rapidfuzz ratio (0-100) of the comparison forms."""
    return float(fuzz.ratio(norm(a), norm(b)))


def subset_score(a: str, b: str) -> float:
    return float(fuzz.token_set_ratio(norm(a), norm(b)))
