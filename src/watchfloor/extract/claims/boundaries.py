"""Where a speaker's words stop: content boundaries for the claims extractor.

Part of the claims extractor (:mod:`watchfloor.extract.claims`). A claim's content ends
at the speaker's last word: at the end of the reporting sentence, or of the quotation it
is part of. The parser's sentences are not enough on their own (it glues a sentence to
the next one after a closing quote or a missing space), so :func:`sentence_bounds` splits
them again at sentence punctuation followed by a capital letter (abbreviations such as
"Mr." and "U.S." and initials do not end a sentence; "March.The" does) and at blank lines. The next
sentence belongs to the speaker only inside the same quotation; a continuation ("He
added ...") is a claim of its own, whose pronoun is resolved by
:mod:`watchfloor.extract.claims.speakers`. :func:`without_gloss` drops the author's
appositive gloss at the end of a content ("vowed to resist the aggression, *a resistance
that could spread*").
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from watchfloor.extract.articles import ENGLISH_INDEFINITE
from watchfloor.extract.claims.quotes import quote_at
from watchfloor.extract.doccache import span_tokens
from watchfloor.model import Span

ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "sen",
    "rep",
    "gov",
    "lt",
    "col",
    "sgt",
    "st",
    "jr",
    "sr",
    "no",
    "inc",
    "corp",
    "co",
    "ltd",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "prof",
    "capt",
    "cmdr",
    "adm",
    "maj",
    "vs",
    "rev",
    "fr",
    "mt",
    "ft",
    "pres",
    "atty",
    "supt",
    "insp",
    "det",
    "u.s",
    "u.n",
    "u.k",
    "e.g",
    "i.e",
    "d.c",
    "a.m",
    "p.m",
    "ave",
    "blvd",
    "dept",
    "est",
    "approx",
}
_BOUNDARY = re.compile(
    r"[.!?][\"”’')\]]*(?:(?=\s+(?:''|[\"“‘(\[])?[A-Z0-9])"
    r"|(?=(?:''|[\"“‘])?[A-Z][a-z]))"
    r"|\n[ \t]*\n"
)
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
_EDGE = " \t\n,;:—–-"


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    if m.group().startswith("\n") or m.group()[0] in "!?":
        return True
    before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start() + 1)
    if before is None:
        return True
    word = before.group(1).lower()
    return not (word in ABBREVIATIONS or len(word) == 1 or re.fullmatch(r"(\w\.)+\w", word))


def sentence_bounds(text: str, start: int, end: int, at: int) -> tuple[int, int]:
    """RETURNS the character bounds of the sentence around position ``at`` inside the
    parser's sentence ``[start, end)``, split again at sentence ends the parser missed."""
    lo, hi = start, end
    # the look-ahead may read past the parser's sentence (it can end inside an opening mark)
    for m in _BOUNDARY.finditer(text, start, min(len(text), end + 4)):
        if m.start() >= end - 1:
            break
        if not _is_boundary(text, m):
            continue
        cut = m.end() if not m.group().startswith("\n") else m.start()
        nxt = m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if cut <= at:
            lo = nxt
        else:
            hi = cut
            break
    return lo, hi


def clamp(
    content: Span, bounds: tuple[int, int], quotes: list[tuple[int, int]], text: str
) -> Span | None:
    """The part of ``content`` inside ``bounds`` (the reporting sentence), stretched to
    the quotation the content overlaps. RETURNS None when nothing is left."""
    lo, hi = bounds
    q = quote_at(quotes, content.start, content.end)
    # the quotation the content is part of, inside the sentence or right before it ("“Why
    # not?” she asked.": the question mark closes a sentence, the quote is still hers)
    if q is not None and (q[0] < hi and lo < q[1] or q[1] <= lo and not text[q[1] : lo].strip()):
        lo, hi = min(lo, q[0]), max(hi, q[1])
    start, end = max(content.start, lo), min(content.end, hi)
    if (start, end) == (content.start, content.end):
        return content
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and (text[end - 1] in _EDGE or text[end - 1] == "."):
        end -= 1
    if end - start < 3:
        return None
    return Span(start, end, text[start:end])


def without_gloss(
    doc: Doc, content: Span, cue_end: int, quotes: list[tuple[int, int]], text: str
) -> Span:
    """``content`` without what the author adds after a comma at its end, outside any
    quotation: an appositive ("..., a resistance that could easily spread"), a
    non-restrictive "which" clause ("..., which forced her to cancel the trip") or the
    speaker's next act ("..., arguing that ...", "..., citing the figures")."""
    if content.start < cue_end:
        return content  # a content before its cue ends at the cue anyway
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None:
        return content
    tail = _trailing_clause(doc, span, quotes)
    if tail is not None:
        end = tail
        while end > content.start and text[end - 1] in _EDGE:
            end -= 1
        if end - content.start >= 3:
            return Span(content.start, end, text[content.start : end])
    for tok in span_tokens(span):
        if tok.dep_ != "appos" or tok.i == span.start:
            continue
        first = tok.left_edge
        comma = doc[first.i - 1] if first.i > span.start else None
        if comma is None or comma.text != "," or tok.head.i >= first.i:
            continue
        # the gloss is an indefinite noun phrase with a clause of its own ("a resistance
        # that could ..."), not the next item of a list ("fairness, the closure of ...")
        if first.lower_ not in ENGLISH_INDEFINITE or not any(
            t.dep_ in {"relcl", "acl"} for t in tok.subtree
        ):
            continue
        if tok.right_edge.i < span.end - 1 and not all(
            t.is_punct for t in doc[tok.right_edge.i + 1 : span.end]
        ):
            continue
        if quote_at(quotes, first.idx, first.idx + 1) is not None:
            continue
        end = comma.idx
        while end > content.start and text[end - 1] in _EDGE:
            end -= 1
        if end - content.start >= 3:
            return Span(content.start, end, text[content.start : end])
    return content


_NEXT_ACTS = {
    "argue",
    "cite",
    "say",
    "add",
    "note",
    "point",
    "claim",
    "insist",
    "warn",
    "accuse",
    "blame",
    "call",
    "describe",
    "suggest",
    "stress",
}


def _trailing_clause(doc: Doc, span: Any, quotes: list[tuple[int, int]]) -> int | None:
    """RETURNS the character offset of the comma before a trailing ", which ..." clause or
    ", arguing/citing ..." participle that runs to the end of ``span`` (None if none)."""
    for tok in span_tokens(span):
        if tok.i <= span.start + 2:
            continue
        first = tok.left_edge
        if first.i <= span.start or doc[first.i - 1].text != ",":
            continue
        which = tok.dep_ == "relcl" and first.lower_ == "which"
        act = (
            tok.tag_ == "VBG"
            and tok.dep_ in {"advcl", "xcomp", "conj", "acl"}
            and first.i == tok.i
            and tok.lemma_.lower() in _NEXT_ACTS
        )
        if not (which or act):
            continue
        if tok.right_edge.i < span.end - 1 and not all(
            t.is_punct for t in doc[tok.right_edge.i + 1 : span.end]
        ):
            continue
        if quote_at(quotes, first.idx, first.idx + 1) is not None:
            continue
        return doc[first.i - 1].idx
    return None
