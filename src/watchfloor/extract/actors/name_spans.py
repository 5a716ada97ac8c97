"""The span of a name: what the recogniser or the gazetteer matched, trimmed to the name.

Leading articles, trailing possessives and conjunctions and a run-on gloss ("FARC (") are
cut off; short aliases and acronyms match case-sensitively.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from watchfloor.extract.actors.word_lists import ENGLISH_ARTICLES

_GLOSS_OPENERS = {"(", "-", "–", "—"}


def is_case_sensitive(alias: str) -> bool:
    """Short aliases and acronyms ("US", "FBI", "ELN") must match case exactly."""
    letters = [c for c in alias if c.isalpha()]
    return len(alias) <= 4 or (bool(letters) and all(c.isupper() for c in letters))


def trim_span(span: SpacySpan) -> SpacySpan | None:
    """Drop a leading article, a trailing possessive or conjunction: the name itself.

    "the Federal Reserve" → "Federal Reserve", "Maduro's" → "Maduro"; offsets stay exact.
    """
    start, end = span.start, span.end
    doc = span.doc
    # a leading line break or article is no part of the name ("\nInternational Union ...")
    while start < end and (doc[start].lower_ in ENGLISH_ARTICLES or doc[start].is_space):
        start += 1
    # "Revolutionary Armed Forces of Colombia (FARC" or "Ejercito de Liberacion Nacional -
    # ELN": the small model runs a name into its gloss; the name ends before it.
    for i in range(start + 1, end):
        if doc[i].text in _GLOSS_OPENERS and (doc[i].text == "(" or doc[i - 1].whitespace_):
            end = i
            break
    # "Arauca and": a name does not end in a conjunction (the model runs on into a list).
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_space
                           or doc[end - 1].pos_ == "CCONJ"):
        end -= 1
    if start >= end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return SpacySpan(doc, start, end, label=span.label_)


def clean_name(span: SpacySpan) -> str:
    tokens = list(span)
    while tokens and (tokens[0].lower_ in {"the", "a", "an"}):
        tokens = tokens[1:]
    while tokens and tokens[-1].tag_ == "POS":
        tokens = tokens[:-1]
    if not tokens:
        return span.text
    return span.doc[tokens[0].i : tokens[-1].i + 1].text
