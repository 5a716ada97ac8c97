"""Attributions marked by punctuation, not by a verb: "NAME: content" and "“quote” ― NAME".

Part of the claims extractor (:mod:`watchfloor.extract.claims`). A headline or transcript
line "Pat Caddell: Voters Worried ..." or "WALLACE: Let's start ..." attributes what follows
the colon, to the end of its line, to the name before it; a quotation followed by a dash
and a name (reader comments, epigraphs) attributes the quotation to that name. The name
must be a person or organisation (spaCy's entity type or the actor extractor's entity) or
an all-capitals transcript speaker label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from watchfloor.extract.base import Extraction
from watchfloor.extract.doccache import doc_sents, sentence_of
from watchfloor.model import Span

NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_COLON = re.compile(rf"[\"“']?(?P<name>{NAME})(?P<cue> ?(?:continued|added|said|wrote)?:)\s+(?=\S)")
_DASH = re.compile(rf"\s*(?P<cue>[―—–]|--)\s*(?P<name>{NAME})")
SPEAKING_LABELS = {"PERSON", "ORG", "NORP"}
NOT_SPEAKERS = {
    "CLARIFICATION",
    "CORRECTION",
    "UPDATE",
    "UPDATED",
    "NOTE",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "WATCH",
    "READ",
    "READ MORE",
    "RELATED",
    "PHOTO",
    "VIDEO",
    "BREAKING",
    "ADVERTISEMENT",
    "SOURCE",
    "SOURCES",
}


def colon_attributions(doc: Doc, result: Extraction) -> Iterator[tuple[Span, Span, Span, Token]]:
    """YIELDS (speaker, cue, content, speaker head token) for "NAME: content" lines."""
    text = result.text
    # a label opens a sentence or a line (the parser may glue a line to the one before)
    starts = {s.start_char for s in doc_sents(doc)}
    starts.update(m.end() for m in re.finditer(r"\n[ \t]*", text))
    for at in sorted(starts):
        line_end = text.find("\n", at)
        line_end = len(text) if line_end == -1 else line_end
        m = _COLON.match(text, at, line_end)
        if m is None:
            continue
        name_start = m.start("name")  # after a transcript's opening mark
        name_end = m.end("name")
        if m.group("name").upper() in NOT_SPEAKERS:
            continue  # "CLARIFICATION: ...", "UPDATE: ...": the outlet's notes
        head = _speaker_head(doc, name_start, name_end, result, allow_caps=True)
        if head is None:
            continue
        cue_start = m.start("cue")
        cue_start += len(text[cue_start:line_end]) - len(text[cue_start:line_end].lstrip())
        cue_end = m.end("cue")
        start = m.end()
        # a speaker's turn runs to the end of its line ("WALLACE: A. B. C."), or of its
        # sentence when a wrapped line ends first, never past a blank line
        first = doc.char_span(start, start + 1, alignment_mode="expand")
        end = max(line_end, sentence_of(first).end_char if first is not None else line_end)
        blank = re.compile(r"\n[ \t]*\n").search(text, start, end)
        if blank is not None:
            end = blank.start()
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".;"):
            end -= 1
        if end - start < 3:
            continue
        yield (
            Span(name_start, name_end, text[name_start:name_end]),
            Span(cue_start, cue_end, text[cue_start:cue_end]),
            Span(start, end, text[start:end]),
            head,
        )


def dash_attributions(
    doc: Doc, result: Extraction, quotes: list[tuple[int, int]]
) -> Iterator[tuple[Span, Span, Span, Token]]:
    """YIELDS (speaker, cue, content, speaker head token) for "“quote” ― NAME"."""
    text = result.text
    for a, b in quotes:
        m = _DASH.match(text, b)
        if m is None or m.start() != b:
            continue
        head = _speaker_head(doc, m.start("name"), m.end("name"), result, allow_caps=False)
        if head is None:
            continue
        yield (
            Span(m.start("name"), m.end("name"), m.group("name")),
            Span(m.start("cue"), m.end("cue"), m.group("cue")),
            Span(a, b, text[a:b]),
            head,
        )


def _speaker_head(
    doc: Doc, start: int, end: int, result: Extraction, allow_caps: bool
) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    if any(t.ent_type_ in SPEAKING_LABELS for t in span):
        return head
    entity = result.entity_at(start, end)
    if entity is not None and entity.type in {"person", "organization"}:
        return head
    label = result.text[start:end]  # Doc.text rebuilds the whole text on each access
    if allow_caps and label.isupper() and len(label) >= 3:
        return head  # transcript speaker: "WALLACE:"
    return None
