"""Language identification (py3langid, model shipped in the package; no network).

Unpacking py3langid's LZMA-compressed model takes about 0.4 s; the ready identifier is
kept in the local cache (:mod:`watchfloor.cache`), keyed by the model file and version.
"""

from __future__ import annotations

from functools import lru_cache

MIN_CHARS = 20


@lru_cache(maxsize=1)
def _identifier():
    from importlib.metadata import version
    from pathlib import Path

    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    from watchfloor.cache import cached

    model = Path(MODEL_FILE) if Path(MODEL_FILE).is_absolute() else Path(MODEL_DIR) / MODEL_FILE
    key = f"py3langid {version('py3langid')} norm_probs\0".encode() + model.read_bytes()
    return cached(
        "langid",
        key,
        lambda: LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True),
        kind=LanguageIdentifier,
    )


def detect_language(text: str) -> str | None:
    """RETURNS an ISO 639-1 code, or None for text too short or too uncertain to tell."""
    sample = text[:1000].strip()
    if len(sample) < MIN_CHARS:
        return None
    lang, prob = _identifier().classify(sample)
    return lang if prob >= 0.5 else None
