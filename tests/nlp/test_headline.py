"""The headline is its own sentence (nlp/headline.py), and wrapped wire lines are not."""

from __future__ import annotations

from watchfloor.model import RawDocument
from watchfloor.nlp import NlpStage
from watchfloor.normalise import to_document

TITLE = "Navy boards freighter, crew detained off Aruba"
BODY = (
    "Dutch marines boarded a cargo ship near Aruba on Sunday and detained its crew, "
    "the coast guard said."
)


def _sentences(text: str, title: str | None) -> list[str]:
    raw = RawDocument(id="h", text=text, origin="h", fmt="html", title=title)
    [doc] = list(NlpStage().process([to_document(raw)]))
    return [s.text.strip() for s in doc.sentences]


def test_a_title_line_without_a_full_stop_is_its_own_sentence():
    """Regression: the parser ran the headline into the body's first sentence, so that
    sentence's claim content began with the headline."""
    sents = _sentences(f"{TITLE}\n{BODY}", TITLE)
    assert sents[0] == TITLE
    assert sents[1].startswith("Dutch marines boarded")


def test_a_document_whose_text_does_not_start_with_its_title_is_untouched():
    text = f"{TITLE}\n{BODY}"
    assert _sentences(text, "Another headline") == _sentences(text, None)


def test_a_line_wrapped_inside_a_sentence_is_no_boundary():
    wrapped = (
        "Dutch marines boarded a cargo ship near\nAruba on Sunday and detained its "
        "crew, the\ncoast guard said."
    )
    assert len(_sentences(wrapped, "Dutch marines")) == 1
