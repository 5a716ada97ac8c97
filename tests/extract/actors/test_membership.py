"""The person coded by the body the text places them in (:mod:`watchfloor.extract.actors.
membership`), sources45: an international body's officer whose portfolio stands between
the body's name and the office word ("European Community farm commissioner X", "EC
External Relations Commissioner X") takes the body's code. Sentences and names written for
these tests; guards show a member state's official and an unrelated name kept."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract


def _code(doc, name: str) -> str | None:
    return next(e.actor_code for e in doc.entities if e.name == name)


def test_a_portfolio_in_lower_case_between_the_body_and_the_office():
    doc = _extract(
        "BRUSSELS, March 4 - European Community farm commissioner Pieter Hendriks said "
        "the cereal surplus would fall.",
        published="1987-03-04",
    )
    assert _code(doc, "Pieter Hendriks") == "IGOEUREEC"


def test_a_capitalised_portfolio_the_model_reads_with_the_body():
    # the small model makes "EC External Relations" one organisation name
    doc = _extract(
        "The offer will be made at a meeting between U.S. officials and EC External "
        "Relations Commissioner Pieter Hendriks later this month.",
        published="1987-03-04",
    )
    assert _code(doc, "Pieter Hendriks") == "IGOEUREEC"


def test_a_member_states_official_after_the_body_is_not_the_bodys():
    # guard: a country word between is a member state's office, never the EC's
    doc = _extract(
        "EC Dutch farm minister Pieter Hendriks said the cereal surplus would fall.",
        published="1987-03-04",
    )
    assert _code(doc, "Pieter Hendriks") != "IGOEUREEC"


def test_no_office_word_before_the_name_gives_no_body():
    # guard: portfolio-like words with no office word before the name are no office
    doc = _extract(
        "European Community farm exports to Pieter Hendriks rose last year.",
        published="1987-03-04",
    )
    assert all(e.actor_code != "IGOEUREEC" for e in doc.entities if e.type == "person")


def test_a_wire_line_break_inside_the_title_is_no_word_of_it():
    # hard-wrapped wire copy: "EC farm commissioner\nX", "EC\nExternal Relations ..."
    doc = _extract(
        "Britain backs proposals by EC farm commissioner\nPieter Hendriks to cut prices.",
        published="1987-03-04",
    )
    assert _code(doc, "Pieter Hendriks") == "IGOEUREEC"


def test_a_body_under_a_former_president_gives_him_nothing():
    # uncoded47: "under" between a coded body and a name is a preposition, no title word
    doc = _extract(
        "WASHINGTON, Oct 20 - Paul Hanley, chairman of the president's Council of Economic "
        "Advisers under Jimmy Carter, said the safeguards should be adequate.",
        published="1987-10-20",
    )
    assert _code(doc, "Jimmy Carter") == "USAELI"
