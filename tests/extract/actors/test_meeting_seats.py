"""A dateline from a city where an international body sits or meets gives the article no
country when the story names that body (lead, after dateline43's reach reading). Sentences
are written for these tests."""

from __future__ import annotations

from watchfloor.extract.actors.story_head import field_dateline_match, filed_from_body_seat
from watchfloor.model import RawDocument
from watchfloor.nlp.pipeline import NlpStage
from watchfloor.normalise import to_document

PUBLISHED = "1987-05-10"
# bare ministers at a body's council, in a story filed from the body's seat
COUNCIL = (
    "European Community farm ministers failed to agree on a price package, Agriculture "
    "Minister Karl Brenner said. The EC ministers will meet again next month. The "
    "ministers blamed the budget."
)


def _coded(text: str, dateline: str | None) -> dict[str, str | None]:
    raw = RawDocument(
        id="t", text=text, origin="test", fmt="text", published=PUBLISHED, dateline=dateline
    )
    doc = next(NlpStage(extractors=("actors", "events")).process([to_document(raw)]))
    return {" ".join(e.name.split()): e.actor_code for e in doc.entities}


def test_a_seat_city_naming_its_body_gives_no_country() -> None:
    m = field_dateline_match({"dateline": "LUXEMBOURG, June 16 -"})
    assert filed_from_body_seat(m, COUNCIL)
    m = field_dateline_match({"dateline": "VIENNA, June 16 -"})
    assert filed_from_body_seat(m, "OPEC oil ministers met on Monday.")


def test_guard_the_seat_city_without_its_body_keeps_its_dateline() -> None:
    m = field_dateline_match({"dateline": "VIENNA, June 16 -"})
    assert not filed_from_body_seat(m, "Austria's chancellor met union leaders on Monday.")
    # an acronym only as a whole word in its own case: "un" in a word, "ec" lower case
    assert not filed_from_body_seat(m, "The unrest in the province was unexpected, etc.")


def test_guard_another_city_naming_the_body_keeps_its_dateline() -> None:
    m = field_dateline_match({"dateline": "BONN, June 16 -"})
    assert not filed_from_body_seat(m, COUNCIL)


def test_a_bare_minister_at_the_council_is_not_the_host_states() -> None:
    got = _coded(COUNCIL, "LUXEMBOURG, June 16 -")
    assert "LUXGOV" not in got.values()  # neither the minister nor a phantom government
    # the same story filed from the minister's own capital keeps uncoded43's reading
    assert _coded(COUNCIL, "BONN, June 16 -").get("Karl Brenner") == "DEUGOV"
