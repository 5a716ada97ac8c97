"""The span of a name: what the recogniser or the gazetteer matched, trimmed to the name.

Leading articles, trailing possessives and conjunctions and a run-on gloss ("FARC (") are
cut off; short aliases and acronyms match case-sensitively. :func:`other_expansion` says
when the text spells an acronym out as another body than the dictionary's.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from watchfloor.extract.actors.word_lists import ENGLISH_ARTICLES
from watchfloor.extract.gazetteer import fold

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


_ACRONYM_TEXT = re.compile(r"[A-Z][A-Z&]{1,7}")
# Small words a long name's initials skip ("Fiscalia Especializada en Materia Ambiental")
_NAME_PARTICLES = {"de", "del", "la", "las", "los", "el", "en", "y", "e", "da", "do", "dos",
                   "das", "of", "the", "for", "and", "on", "in", "against", "contra", "para",
                   "por", "a"}


def other_expansion(text: str, acronym: str, names: set[str]) -> str | None:
    """The long name the text itself gives an acronym, when it is none of ``names`` (the
    folded names and aliases of the dictionary entry the acronym matched): "Peru's
    environmental prosecutor (Fiscalia Especializada en Materia Ambiental -- FEMA)" is no
    US Federal Emergency Management Agency (actors25, judged round 39). Read where the
    acronym closes a bracket: "Long Name (ACR)" or "(Long Name -- ACR)"; the long name's
    capitalised words, small words skipped, must spell the acronym, and share no word
    with the entry's names: "Drugs Enforcement Administration (DEA)", "United Nations
    Development Program (UNDP)" are spellings of the entry's own name; an entry with no
    name but the acronym is not judged. None otherwise."""
    if not _ACRONYM_TEXT.fullmatch(acronym):
        return None
    own = {w.rstrip("s") for n in names - {fold(acronym)} for w in n.split()
           if w not in _NAME_PARTICLES}
    if not own:
        return None  # an entry known only by the acronym ("Undp"): nothing to compare
    for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}\s*\)", text):
        before = text[max(0, m.start() - 160):m.start()]
        opened = before.rfind("(")
        inside = before[opened + 1:] if opened >= 0 else ""
        glossed = re.search(r"^(.*?)\s*(?:-{1,2}|[\u2013\u2014,])\s*$", inside)
        words = (glossed.group(1) if glossed else before[:opened]).split()
        capitals = [w for w in words if fold(w) not in _NAME_PARTICLES]
        if len(capitals) < len(acronym):
            continue
        tail = capitals[-len(acronym):]
        if "".join(w[0] for w in tail).upper() != acronym.replace("&", "") or not all(
                w[:1].isupper() for w in tail):
            continue
        start = words.index(tail[0], max(0, len(words) - 3 * len(acronym)))
        name = " ".join(words[start:])
        if fold(name) not in names and not own & {
                fold(w).rstrip("s") for w in words[start:]}:
            return name
    return None
