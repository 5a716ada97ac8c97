"""The span of a name: what the recogniser or the gazetteer matched, trimmed to the name.

Leading articles, trailing possessives and conjunctions and a run-on gloss ("FARC (") are
cut off; short aliases and acronyms match case-sensitively. :func:`other_expansion` says
when the text spells an acronym out as another body than the dictionary's.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from watchfloor.extract.articles import ENGLISH_ARTICLES
from watchfloor.extract.doccache import (
    doc_text,
    doc_tokens,
    lower_ids,
    sentence_at,
    span_text,
    span_tokens,
    word_ids,
)
from watchfloor.extract.gazetteer import Gazetteer, fold

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
    words = doc_tokens(doc)  # doc[i] without a new Token (speed37)
    # a leading line break or article is no part of the name ("\nInternational Union ...")
    while start < end and (words[start].lower_ in ENGLISH_ARTICLES or words[start].is_space):
        start += 1
    # "Revolutionary Armed Forces of Colombia (FARC" or "Ejercito de Liberacion Nacional -
    # ELN": the small model runs a name into its gloss; the name ends before it.
    for i in range(start + 1, end):
        if words[i].text in _GLOSS_OPENERS and (words[i].text == "(" or words[i - 1].whitespace_):
            end = i
            break
    # "Arauca and": a name does not end in a conjunction (the model runs on into a list).
    while end > start and (
        words[end - 1].tag_ == "POS" or words[end - 1].is_space or words[end - 1].pos_ == "CCONJ"
    ):
        end -= 1
    if start >= end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return SpacySpan(doc, start, end, label=span.label_)


# The most tokens a name joined across a line break may have ("Jose Maria Ortiz\nLopez")
BROKEN_NAME_TOKENS = 5


def join_broken_names(spans: list[SpacySpan]) -> list[SpacySpan]:
    """Two person names with only a wire's line break, or the bracket of a first name the
    wire put in, between them are one name: the recogniser reads "Secretary of Commerce
    Malcolm\nBaldrige" as "Malcolm" and "Baldrige", "(Brazilian Finance Minister Dilson)
    Funaro" as "Dilson" and "Funaro", and the title then stays with a first name alone
    (officials33). Joined only across a bare "\n" (an indented one opens a paragraph) or a
    ")" whose "(" opens the same sentence's words before the first name, when every word
    is capitalised, one side is a single word (a first name or a surname: two full names
    one per line are two people) and the whole is at most BROKEN_NAME_TOKENS tokens;
    other spans are kept as they are. ``spans``: the recogniser's trimmed spans, in text order."""
    out: list[SpacySpan] = []
    for span in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == span.label_ == "PERSON"
            and span.start == prev.end + 1
            and (span.doc[prev.end].text == "\n" or _bracketed_first_name(prev))
            and span.end - prev.start <= BROKEN_NAME_TOKENS
            and min(len(prev), len(span)) == 1
            and all(t.text[:1].isupper() for t in (*prev, *span) if t.is_alpha)
        ):
            out[-1] = SpacySpan(span.doc, prev.start, span.end, label="PERSON")
            continue
        out.append(span)
    return out


def _bracketed_first_name(span: SpacySpan) -> bool:
    """Whether a ")" closes right after ``span`` a bracket opened before it in its
    sentence with only capitalised words between: "(Finance Minister Dilson) Funaro",
    not "(signed by Tomas) Rebolledo"."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ")":
        return False
    first = sentence_at(doc, span.start).start if doc.has_annotation("SENT_START") else 0
    for k in range(span.start - 1, max(first, span.start - 8) - 1, -1):
        if doc[k].text == "(":
            return True
        if not doc[k].text[:1].isupper():
            return False  # only a title and the first name in the bracket
    return False


def person_name(span: SpacySpan) -> str:
    """A person's name as the text spells it (:func:`clean_name`), without the bracket of
    a first name the wire put in: "Dilson) Funaro" is "Dilson Funaro"."""
    name = clean_name(span)
    if ")" not in name:
        return name
    return " ".join(t.text for t in span_tokens(span) if t.text != ")" and not t.is_space)


def clean_name(span: SpacySpan) -> str:
    tokens = span_tokens(span)
    while tokens and (tokens[0].lower_ in ENGLISH_ARTICLES):
        tokens = tokens[1:]
    while tokens and tokens[-1].tag_ == "POS":
        tokens = tokens[:-1]
    # the text sliced from the document's (Span.text makes a Token per word; speed45)
    if not tokens:
        return span_text(span)
    return span_text(span.doc[tokens[0].i : tokens[-1].i + 1])


_ACRONYM_TEXT = re.compile(r"[A-Z][A-Z&]{1,7}")
# Small words a long name's initials skip ("Fiscalia Especializada en Materia Ambiental")
_NAME_PARTICLES = {
    "de",
    "del",
    "la",
    "las",
    "los",
    "el",
    "en",
    "y",
    "e",
    "da",
    "do",
    "dos",
    "das",
    "of",
    "the",
    "for",
    "and",
    "on",
    "in",
    "against",
    "contra",
    "para",
    "por",
    "a",
}


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
    own = {
        w.rstrip("s")
        for n in names - {fold(acronym)}
        for w in n.split()
        if w not in _NAME_PARTICLES
    }
    if not own:
        return None  # an entry known only by the acronym ("Undp"): nothing to compare
    for at in closing_acronyms(text, acronym):
        before = text[max(0, at - 160) : at]
        opened = before.rfind("(")
        inside = before[opened + 1 :] if opened >= 0 else ""
        glossed = re.search(r"^(.*?)\s*(?:-{1,2}|[\u2013\u2014,])\s*$", inside)
        words = (glossed.group(1) if glossed else before[:opened]).split()
        capitals = [w for w in words if fold(w) not in _NAME_PARTICLES]
        if len(capitals) < len(acronym):
            continue
        tail = capitals[-len(acronym) :]
        if "".join(w[0] for w in tail).upper() != acronym.replace("&", "") or not all(
            w[:1].isupper() for w in tail
        ):
            continue
        start = words.index(tail[0], max(0, len(words) - 3 * len(acronym)))
        name = " ".join(words[start:])
        if fold(name) not in names and not own & {fold(w).rstrip("s") for w in words[start:]}:
            return name
    return None


_NOT_AFTER_WORD = re.compile(r"(?<![\w-])")  # matched at a position of the whole text
_CLOSES = re.compile(r"\s*\)")


def closing_acronyms(text: str, acronym: str) -> Iterator[int]:
    """RETURNS the starts of ``acronym`` closing a bracket in ``text`` ("Long Name (ACR)"),
    the matches of ``rf"(?<![\\w-]){re.escape(acronym)}\\s*\\)"`` in the order, and without
    the overlaps, ``re.finditer`` gives; found by ``str.find`` and two patterns compiled
    once, not a pattern compiled per acronym and run over the whole text (speed42)."""
    at = text.find(acronym)
    while at >= 0:
        closed = _CLOSES.match(text, at + len(acronym)) if _NOT_AFTER_WORD.match(text, at) else None
        if closed is not None:
            yield at
            at = text.find(acronym, closed.end())
        else:
            at = text.find(acronym, at + 1)


def broken_country_spans(doc: Doc, gaz: Gazetteer) -> list[SpacySpan]:
    """The country names a bare wire line break cuts in two ("the South\nKorea talks",
    "Saudi\nArabia"): the gazetteer's token matcher does not match across the "\n" token,
    and the recogniser may read the first word alone as a place ("South", geocoded to some
    country's region). Read as across a space: spans of up to two words either side of the
    break whose words, joined, name a country (wrap37, issues 11/12)."""
    out: list[SpacySpan] = []
    if "\n" not in doc_text(doc):
        return out  # no line break: no Token made for the document's words
    toks, n = doc_tokens(doc), len(doc)  # the shared token table (speed37)
    for i in _line_break_positions(doc):
        if i == 0 or i + 1 >= n:
            continue
        if any(t.is_space or not t.text[:1].isupper() for t in (toks[i - 1], toks[i + 1])):
            continue  # every pair of ends tried holds the words either side (speed45)
        found = None
        for a in (i - 2, i - 1):
            for b in (i + 3, i + 2):
                if a < 0 or b > n or found is not None:
                    continue
                words = [toks[k] for k in range(a, b) if k != i]  # no Span made (speed39)
                if any(t.is_space or not t.text[:1].isupper() for t in words):
                    continue
                entry = gaz.lookup(" ".join(t.text for t in words))
                if entry is not None and entry.kind == "country":
                    found = doc[a:b]
        if found is not None:
            out.append(found)
    return out


# Small words inside a body's name ("Federal Savings and Loan Insurance Corp")
_NAME_JOINERS = frozenset({"and", "of", "for", "the", "&"})
# Words either side of a line break read into a wrapped body's name, at most
_WRAP_WORDS = 5


def broken_body_spans(doc: Doc, gaz: Gazetteer) -> list[SpacySpan]:
    """The names of listed organisations that a bare wire line break cuts in two ("the
    Federal Savings and\nLoan Insurance Corp"): read as across a space, the longest span
    of up to five words either side of the break, each capitalised or a small joiner and
    the first and last capitalised, whose words name a dictionary organisation of three
    words or more (issue 11, actors45: the recogniser's cut "Loan Insurance Corp." coded
    BUS, judged round 62; :func:`broken_country_spans` does the same for countries)."""
    out: list[SpacySpan] = []
    if "\n" not in doc_text(doc):
        return out
    toks, n = doc_tokens(doc), len(doc)

    def named(t) -> bool:
        return t.text[:1].isupper() or t.lower_ in _NAME_JOINERS

    for i in _line_break_positions(doc):
        if i == 0 or i + 1 >= n or not (named(toks[i - 1]) and named(toks[i + 1])):
            continue  # the words either side of the break are no name's
        found = None
        for a in range(max(0, i - _WRAP_WORDS), i):
            for b in range(min(n, i + 1 + _WRAP_WORDS), i + 1, -1):
                if found is not None or b - a < 4:
                    continue
                words = [toks[k] for k in range(a, b) if k != i]
                if (
                    not words[0].text[:1].isupper()
                    or not words[-1].text[:1].isupper()
                    or any(t.is_space or not named(t) for t in words)
                ):
                    continue
                entry = gaz.lookup(" ".join(t.text for t in words))
                if entry is not None and entry.type == "organization":
                    found = doc[a:b]
        if found is not None:
            out.append(found)
    return out


_LINE_BREAK = word_ids(["\n"])


def _line_break_positions(doc: Doc) -> list[int]:
    """RETURNS the indices of the tokens whose text is exactly one ``"\\n"``, in order,
    read from the shared ``LOWER`` array (only ``"\\n"`` lower-cases to ``"\\n"``): no
    ``Token`` is made for the other words (speed39)."""
    return [i for i, low in enumerate(lower_ids(doc)) if low in _LINE_BREAK]


def broken_demonym_first_word(span: SpacySpan, gaz: Gazetteer) -> bool:
    """Whether a recognised name is only the first word of a demonym a bare wire line
    break cuts ("the South\nAfrican army": "South"): no place of its own; the demonym is
    read by the coders' word readers (:func:`.codes.token_country`; wrap37)."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].text != "\n" or not doc[end + 1].text[:1].isupper():
        return False
    whole = f"{span.text} {doc[end + 1].text}"
    return fold(whole) in gaz.demonyms
