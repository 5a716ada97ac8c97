"""The headline is a sentence of its own: a spaCy component that runs before the parser.

Place in the flow: NLP, between the tagger and the parser. Readers put a document's title
on the first line of its text (HTML, Markdown, plain text: "Maduro rejects ultimatum,
stages drills\\nPresident Nicolás Maduro on Friday …"). A headline has no full stop, and
the small models' parsers run it into the first sentence of the body, so that sentence's
events, claims and speakers mix the two. When the text starts with the document's title
(``wf_meta["title"]``) followed by a line break, the first word after the break is marked
as a sentence start; the parser keeps preset boundaries. Nothing else is touched: wire
text wrapped at a fixed width (Reuters) breaks lines inside sentences, so a line break
alone is no boundary.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

META_KEY = "wf_meta"  # the same key as watchfloor.nlp.component (no import: no cycle)


def headline_end(doc: Doc) -> int | None:
    """RETURNS the index of the first token after the title line, or None when the text
    does not start with the document's title and a line break."""
    title = ((doc.user_data.get(META_KEY) or {}).get("title") or "").strip()
    if not title:
        return None
    # the title's own tokens, not Doc.text: that would rebuild the whole text
    span = doc.char_span(0, len(title))
    if span is None or span.text != title:
        return None
    gap, i = span[-1].whitespace_, span.end
    while i < len(doc) and doc[i].is_space:
        gap += doc[i].text_with_ws
        i += 1
    return i if "\n" in gap and i < len(doc) else None


@Language.component("watchfloor_headline")
def mark_headline(doc: Doc) -> Doc:
    """Mark the first body word after a title line as a sentence start (before the parser)."""
    first = headline_end(doc)
    if first is not None:
        doc[first].is_sent_start = True
    return doc
