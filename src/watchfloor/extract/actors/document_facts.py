"""What the actor extractor reads once per document and several of its steps ask again.

The document's text (``Doc.text`` rebuilds the string on every read; :func:`text_of`), its
wire dateline (:func:`.story_head.dateline_match`; when the text has none on its first lines,
the one its record carried as a field, :func:`.story_head.field_dateline_match`: its place
only, no offsets in the text), the dateline's country and the
capitalised demonyms (:func:`.article_country.country_words`), the codes of titled officers' bodies
(:func:`.title_codes.owner_before_office`, asked when a mention is read and again when it
is coded), where a title-case headline ends (:func:`.story_head.read_headline_end`) and
every token's part of speech (:func:`tagged`).
:class:`ActorExtractor` opens the record at the start of a document and drops it at the
end (a per-call cache: not carried back from a worker process with the ``Doc``).

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.attrs import POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

from watchfloor.extract.actors.story_head import (
    dateline_match,
    field_dateline_match,
    read_headline_end,
)

DOCUMENT_FACTS = "wf_actor_document"  # doc.user_data key of the open record
META_KEY = "wf_meta"  # the NLP stage's metadata (watchfloor.nlp.component; no import: no cycle)


@dataclass(slots=True)
class DocumentFacts:
    """One document's facts, each read once."""

    text: str
    dateline: re.Match[str] | None  # the wire dateline (offsets are the text's)
    # the record's dateline field when the text has none (offsets are the field's: place only)
    field_dateline: re.Match[str] | None = None
    # the dateline's country and the demonyms (token index, ISO3): read when first asked
    country_words: tuple[str | None, list[tuple[int, str]]] | None = None
    # (gazetteer id, span start, span end) → the office owner's code, or None
    owner_codes: dict[tuple[int, int, int], str | None] = field(default_factory=dict)
    headline_end: int | None = None  # :func:`.story_head.read_headline_end`: read when first asked
    pos: list[int] | None = None  # every token's coarse part of speech (``Token.pos``)


def document_facts(doc: Doc, text: str | None = None) -> DocumentFacts:
    """The open record of ``doc``, opened now (with ``text``, else ``doc.text``) if none is."""
    facts = doc.user_data.get(DOCUMENT_FACTS)
    if facts is None:
        text = doc.text if text is None else text
        in_text = dateline_match(text)
        field = None if in_text is not None else field_dateline_match(doc.user_data.get(META_KEY))
        facts = DocumentFacts(text, in_text, field)
        doc.user_data[DOCUMENT_FACTS] = facts
    return facts


def filing_dateline(facts: DocumentFacts) -> re.Match[str] | None:
    """The dateline that says where the story was filed: the text's, else the field's
    (for its place and country only: never for offsets in the text)."""
    return facts.dateline if facts.dateline is not None else facts.field_dateline


def text_of(doc: Doc) -> str:
    """The text of ``doc``: the open record's (read once per document) while the extractor
    works on it, else ``doc.text`` (rebuilt from the tokens on every read: asked per
    mention, that was most of the extractor's cost on long stories; speed22)."""
    facts = doc.user_data.get(DOCUMENT_FACTS)
    return doc.text if facts is None else facts.text


def open_facts(doc: Doc) -> DocumentFacts | None:
    """The open record of ``doc``, or None outside the extractor's call (no cache then)."""
    return doc.user_data.get(DOCUMENT_FACTS)


def close_facts(doc: Doc) -> None:
    """Drop the record of ``doc`` (the end of the extractor's call)."""
    doc.user_data.pop(DOCUMENT_FACTS, None)


def headline_end(doc: Doc) -> int:
    """:func:`.story_head.read_headline_end`, read once per document while the record is open."""
    facts = open_facts(doc)
    if facts is None:
        return read_headline_end(doc)
    if facts.headline_end is None:
        facts.headline_end = read_headline_end(doc)
    return facts.headline_end


def tagged(doc: Doc, tags: frozenset[str]) -> list[int]:
    """The indices of the tokens whose part of speech (``Token.pos_``) is one of ``tags``,
    in text order: read from one array per document, so that a walk for nouns creates no
    ``Token`` for the other words."""
    facts = open_facts(doc)
    pos = facts.pos if facts is not None else None
    if pos is None:
        pos = doc.to_array(POS).tolist()
        if facts is not None:
            facts.pos = pos
    ids = {POS_IDS[tag] for tag in tags}
    return [i for i, p in enumerate(pos) if p in ids]
