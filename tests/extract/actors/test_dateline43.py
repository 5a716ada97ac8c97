"""A wire dateline the record carries as a field (issues 11/12, dateline43). Sentences are
written for these tests.

When the text has no dateline on its first lines, the actor coder reads the document's
``dateline`` field (passed in the NLP stage's metadata) for where the story was filed: the
same country and "filed from" facts as a dateline in the text. A dateline in the text keeps
priority; the text itself is never changed.
"""

from __future__ import annotations

from watchfloor.extract.actors.story_head import field_dateline_match
from watchfloor.model import RawDocument
from watchfloor.nlp.pipeline import NlpStage
from watchfloor.normalise import to_document

PUBLISHED = "1987-05-10"
# a story on the United States whose bare minister is the filing state's (uncoded43's rule)
BODY = (
    "The United States must cut its budget deficit to steady the dollar, Finance Minister "
    "Karl Brenner said. The U.S. deficit is too high, he said. Washington has not acted, "
    "and the U.S. Treasury and the U.S. Congress disagree."
)


def _coded(text: str, dateline: str | None) -> tuple[dict[str, str | None], str]:
    """Entity name → actor code, and the document's text as it came out."""
    raw = RawDocument(
        id="t", text=text, origin="test", fmt="text", published=PUBLISHED, dateline=dateline
    )
    doc = next(NlpStage(extractors=("actors", "events")).process([to_document(raw)]))
    return {" ".join(e.name.split()): e.actor_code for e in doc.entities}, doc.text


def test_a_bare_minister_is_coded_from_the_fields_dateline() -> None:
    got, text = _coded(BODY, "BONN, May 10 -")
    assert got["Karl Brenner"] == "DEUGOV"
    assert text == BODY  # the field is not added to the text


def test_guard_without_any_dateline_the_minister_stays_uncoded() -> None:
    got, _ = _coded(BODY, None)
    assert got["Karl Brenner"] is None


def test_the_texts_dateline_wins_over_the_field() -> None:
    # filed from Tokyo by the text, from Bonn by the field: the text's Tokyo decides
    text = (
        "TOKYO, May 10 - American pressure on rice imports is unfair, Chief Cabinet "
        "Secretary Kenji Otani told reporters. The U.S. Congress wants a bill. The United "
        "States and U.S. farmers criticised the ban."
    )
    got, _ = _coded(text, "BONN, May 10 -")
    assert got["Kenji Otani"] == "JPNGOV"


def test_a_field_with_a_qualifier_and_the_field_alone_read_as_in_the_text() -> None:
    assert field_dateline_match({"dateline": "LARGO, Fla., March 30 -"}).group(1) == "LARGO"
    assert field_dateline_match({"dateline": "  BONN,\n May 10 -"}).group(1) == "BONN"
    assert field_dateline_match({"dateline": "no dateline here"}) is None
    assert field_dateline_match({"dateline": None}) is None
    assert field_dateline_match(None) is None
