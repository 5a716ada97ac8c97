"""Titles of books, films and reports: no actors of the story inside them.

"his book "El Narco: Inside Mexico's Criminal Insurgency"", "the report "Organized Crime
in Central America"": a double-quoted, title-case span right after a word that announces a
work (``title_cue_words.tsv``, at most three words before the opening quote), or a later
quoted span that opens with the first two words of a title so announced ("El Narco"), is
a work's title. The actor extractor drops the role phrases and the uncoded recognised
names inside it (issue 11, actors28: a book's title coded MEXINS). A quotation ("the
report said "the gangs are growing"") is no title: its first word is lower case.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Doc

from watchfloor.data import read_tsv
from watchfloor.extract.actors.document_facts import text_of
from watchfloor.extract.doccache import doc_tokens
from watchfloor.extract.gazetteer import fold

CUE_WORDS = frozenset(
    fold(r["word"])
    for r in read_tsv(
        Path(__file__).resolve().parents[2] / "data" / "actors" / "title_cue_words.tsv"
    )
)
QUOTE_CHARS = frozenset('"\u201c\u201d\u201e`')
QUOTE_RUN = re.compile("[\"\u201c\u201d\u201e`]+|''")
MAX_TITLE = 20  # tokens between the quotes
SMALL_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "and",
        "or",
        "for",
        "to",
        "at",
        "by",
        "with",
        "from",
        "de",
        "del",
        "la",
        "el",
        "los",
        "las",
        "y",
        "en",
    }
)


def _is_quote(text: str) -> bool:
    """A double quote token: '"', '""' (a doubled quote of escaped text), curly, TeX."""
    return text in {"``", "''"} or (bool(text) and all(c in QUOTE_CHARS for c in text))


def _title_case(tokens: list) -> bool:
    """Whether the words between two quotes read as a title: the first capitalised, and
    every word but the small ones ("of", "in") too."""
    words = [t.text for t in tokens if t.is_alpha]
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() for w in words if w.lower() not in SMALL_WORDS)
    )


def title_spans(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges (start, end) of the quoted work titles of ``doc``."""
    quotes = []
    for m in QUOTE_RUN.finditer(text_of(doc)):  # a lookup in the text, no walk of tokens
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        for t in span if span is not None else ():
            if _is_quote(t.text) and (not quotes or quotes[-1] < t.i):
                quotes.append(t.i)
    if len(quotes) < 2:
        return []
    pairs = []
    k = 0
    while k + 1 < len(quotes):
        a, b = quotes[k], quotes[k + 1]
        if b - a - 1 > MAX_TITLE or b == a + 1:
            k += 1
            continue
        pairs.append((a, b))
        k += 2
    out: list[tuple[int, int]] = []
    known: set[tuple[str, ...]] = set()
    later = []
    for a, b in pairs:
        inner = list(doc[a + 1 : b])
        if not _title_case(inner):
            continue
        before = [fold(t.text) for t in doc_tokens(doc)[max(0, a - 3) : a] if not t.is_punct]
        if any(w in CUE_WORDS for w in before):
            out.append((a + 1, b))
            known.add(tuple(fold(t.text) for t in inner[:2]))
        else:
            later.append((a, b, tuple(fold(t.text) for t in inner[:2])))
    out.extend((a + 1, b) for a, b, head in later if head in known)
    return sorted(out)
