"""Attributions marked by punctuation, not by a verb: "NAME: content" and "“quote” ― NAME".

Part of the claims extractor (:mod:`watchfloor.extract.claims`). A headline or transcript
line "Pat Caddell: Voters Worried ..." or "WALLACE: Let's start ..." attributes what follows
the colon to the name before it; a quotation followed by a dash and a name (reader
comments, epigraphs) attributes the quotation to that name. The name must be a person or
organisation (spaCy's entity type or the actor extractor's entity) or an all-capitals
transcript speaker label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from watchfloor.extract.base import Extraction
from watchfloor.model import Span

NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_COLON = re.compile(rf"^(?P<name>{NAME})(?P<cue> ?(?:continued|added|said|wrote)?:)\s+(?=\S)")
_DASH = re.compile(rf"\s*(?P<cue>[―—–]|--)\s*(?P<name>{NAME})")
SPEAKING_LABELS = {"PERSON", "ORG", "NORP"}


def colon_attributions(
    doc: Doc, result: Extraction
) -> Iterator[tuple[Span, Span, Span, Token]]:
    """YIELDS (speaker, cue, content, speaker head token) for "NAME: content" lines."""
    text = result.text
    for sent in doc.sents:
        m = _COLON.match(sent.text)
        if m is None:
            continue
        name_start = sent.start_char
        name_end = name_start + m.end("name")
        head = _speaker_head(doc, name_start, name_end, result, allow_caps=True)
        if head is None:
            continue
        cue_start = name_start + m.start("cue")
        cue_start += len(text[cue_start:]) - len(text[cue_start:].lstrip())
        cue_end = name_start + m.end("cue")
        start = name_start + m.end()
        end = sent.end_char
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
