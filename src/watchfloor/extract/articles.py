"""The articles of English and Spanish, read once from ``data/articles.tsv``.

Shared by the actor, event and claim extractors and the Spanish readers: the words a
name or title opens after ("the", "los"), the indefinite ones that mark a description
("a", "an"), the Spanish contractions of a preposition and "el" ("al", "del"). Word
sets only; each reader keeps its own rule for what an article before a word means.

Place in the flow: ingest → normalise/dedup → NLP → **extract** → store → analyse →
serve/export.
"""

from __future__ import annotations

from watchfloor.data import PACKAGE_DATA, read_tsv

_ROWS = read_tsv(PACKAGE_DATA / "articles.tsv")


def _words(language: str, kinds: set[str], numbers: set[str] | None = None) -> frozenset[str]:
    """The words of ``language`` of one of ``kinds`` (and of one of ``numbers``)."""
    return frozenset(
        r["word"]
        for r in _ROWS
        if r["language"] == language
        and r["kind"] in kinds
        and (numbers is None or r["number"] in numbers)
    )


# "the", "a", "an"
ENGLISH_ARTICLES = _words("en", {"definite", "indefinite"})
# "a", "an"
ENGLISH_INDEFINITE = _words("en", {"indefinite"})
# "el", "la", "los", "las", "lo"
SPANISH_DEFINITE = _words("es", {"definite"})
# "el", "la"
SPANISH_SINGULAR_DEFINITE = _words("es", {"definite"}, {"singular"})
# "los", "las"
SPANISH_PLURAL_DEFINITE = _words("es", {"definite"}, {"plural"})
# "el", "la", "los", "las", "lo", "un", "una", "unos", "unas"
SPANISH_ARTICLES = _words("es", {"definite", "indefinite"})
# "al" (a + el), "del" (de + el)
SPANISH_CONTRACTIONS = _words("es", {"contraction"})
