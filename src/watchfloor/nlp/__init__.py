"""The NLP stage: spaCy, loaded once, with the extractors as its last component."""

from watchfloor.nlp.pipeline import DEFAULT_MODEL, NlpStage, load_nlp

__all__ = ["DEFAULT_MODEL", "NlpStage", "load_nlp"]
