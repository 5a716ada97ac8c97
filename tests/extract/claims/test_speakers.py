"""Speakers (issue 13): post-posed and inverted attributions, bodies that speak, pronoun
speakers carried over from the last compatible speaker. Sentences written for the tests."""

from __future__ import annotations


def by_cue(doc, cue: str):
    return [c for c in doc.claims if c.cue is not None and c.cue.text == cue]


def _name(doc, claim):
    return {e.id: e.name for e in doc.entities}.get(claim.speaker_entity)


def test_post_posed_inverted_attribution_by_a_newspaper(extract):
    doc = extract(
        "Soldiers recovered 300 rifles that had been taken from the militia, reported El Diario."
    )
    (claim,) = by_cue(doc, "reported")
    assert claim.speaker.text == "El Diario"
    assert claim.content.text.startswith("Soldiers recovered 300 rifles")
    assert claim.attributed


def test_post_posed_estimate_by_a_commission(extract):
    doc = extract(
        "Smuggling through the port rose by a third last year, a congressional "
        "commission estimated in its report."
    )
    (claim,) = by_cue(doc, "estimated")
    assert claim.speaker.text == "a congressional commission"
    assert claim.speaker_kind == "official"
    assert claim.content.text == "Smuggling through the port rose by a third last year"
    assert not [c for c in doc.claims if not c.attributed]


def test_said_before_the_speaker(extract):
    doc = extract("“The crossing stays closed to all trucks,” said Interior Minister Rosa Prieto.")
    (claim,) = by_cue(doc, "said")
    assert claim.speaker.text.endswith("Rosa Prieto")
    assert claim.content.text == "“The crossing stays closed to all trucks,”"


def test_trailing_according_to(extract):
    doc = extract(
        "Army units entered the valley on Sunday to secure the roads, according "
        "to the defence ministry."
    )
    (claim,) = by_cue(doc, "according to")
    assert claim.speaker.text == "the defence ministry"
    assert claim.content.text == "Army units entered the valley on Sunday to secure the roads"


def test_an_office_speaks(extract):
    doc = extract(
        "The prosecutors' office said the suspects moved 12 million dollars through shell firms."
    )
    (claim,) = by_cue(doc, "said")
    assert claim.speaker_kind == "official"


def test_he_added_is_the_last_speaker_not_the_last_name(extract):
    doc = extract(
        "Minister Carlos Vega said the port would stay closed until Friday. "
        "Prime Minister Luis Mora visited the harbour on Monday. "
        "He added that ships would be diverted to the north."
    )
    (added,) = by_cue(doc, "added")
    assert _name(doc, added) == "Carlos Vega"
    assert added.extra["speaker_antecedent"]["text"] == "Minister Carlos Vega"


def test_she_skips_a_male_speaker(extract):
    doc = extract(
        "Ms. Ana Ruiz said the clinic had run out of vaccines. Mr. Tomas Gil said "
        "the trucks were late. She added that two nurses had resigned."
    )
    (added,) = by_cue(doc, "added")
    assert _name(doc, added) == "Ana Ruiz"


def test_they_is_the_last_group_speaker(extract):
    doc = extract(
        "Local officials said the flood destroyed 40 homes. Governor Pedro Luna "
        "said aid would arrive on Tuesday. They added that the river was still "
        "rising."
    )
    (added,) = by_cue(doc, "added")
    assert added.speaker_kind == "official"
    assert added.extra["speaker_antecedent"]["text"] == "Local officials"


def test_according_to_whose_clause_the_parser_hangs_on_the_source(extract):
    doc = extract(
        "According to conservative radio host Tom Reyes, the plan reeks of panic and fear."
    )
    (claim,) = by_cue(doc, "According to")
    assert claim.speaker.text.endswith("Tom Reyes")
    assert claim.content.text == "the plan reeks of panic and fear"
