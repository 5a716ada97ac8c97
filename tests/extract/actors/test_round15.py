"""Round 15 of the actor-code rules (docs/actor-codes.md §10): headings and topic tags are
no actors; an officer of a firm, union or association takes the body's sector, not the
state's; a legal form alone is no company; a country's name inside a state's name ("New
Jersey") is no country. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract


def _coded(doc) -> dict[str, str | None]:
    return {m.text: e.actor_code for e in doc.entities for m in e.mentions}


# -- headings and topic tags ---------------------------------------------------------------
HEADINGS = (
    "The cartels moved north in 2004. The Logic of Cartel Violence A good place to start "
    "is the clan. The clan kills rivals, and the logic of cartel violence follows it. Drug "
    "Cartels Drug cartels drive the displacement in Mexico. Police arrested ten men.")


def test_a_heading_run_into_the_next_sentence_is_no_actor():
    coded = _coded(_extract(HEADINGS))
    assert not any("Logic" in name for name in coded)
    assert not any(name.startswith("Drug Cartels") for name in coded)


def test_a_pages_topic_tags_after_its_last_sentence_are_no_actor():
    doc = _extract(HEADINGS + " Criminal Migration Elites and Organized Crime Featured "
                   "GameChangers Human Trafficking Illegal Mining Security Policy")
    assert not any("Migration" in name or "GameChangers" in name for name in _coded(doc))


def test_a_sentence_ending_in_a_name_keeps_the_name():
    doc = _extract("The money went to the Gulf Clan. Prosecutors charged members of the "
                   "Gulf Clan")
    assert "Gulf Clan" in _coded(doc)


def test_a_headline_phrase_the_body_writes_in_lower_case_is_no_actor():
    headline = '"Honduras Plan to Split MS13 from Criminal Activities. '
    doc = _extract(headline + "Honduras's congress has set rules for the places where gang "
                   "members will hand in arms, to cut them off from criminal activities "
                   "such as extortion.")
    assert "Criminal Activities" not in _coded(doc)
    # a body that writes it as a name keeps it
    doc = _extract(headline + "Honduras's congress has set rules for the places where gang "
                   "members will hand in arms, to cut them off from Criminal Activities "
                   "Inc, a firm.")
    assert "Criminal Activities" in _coded(doc)
