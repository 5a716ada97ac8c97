"""Language identification (py3langid, model shipped in the package; no network)."""

from __future__ import annotations

from functools import lru_cache

MIN_CHARS = 20


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """RETURNS an ISO 639-1 code, or None for text too short or too uncertain to tell."""
    sample = text[:1000].strip()
    if len(sample) < MIN_CHARS:
        return None
    lang, prob = _identifier().classify(sample)
    return lang if prob >= 0.5 else None
