"""Named parties left empty on an event's side (issue 12, empty37): the partner of talks
or a pact whose "with" the parser hangs on the verb past the noun or on the noun's topic
(``arguments.displaced_partner`` / ``topic_partner``), and a meeting framed by a point in
its time ("at the end of", "on the eve of", "prior to", "ahead of":
``arguments.framing_clause``). Sentences written for these tests; each reading has guards
that keep a side empty where the sentence names no one in that role."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _sides(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code, e.target_code) for e in events(text, trigger)}


# -- the partner hung away from the noun -----------------------------------------------------
def test_partner_on_the_verb_after_the_noun() -> None:
    text = "The Mexican trade minister held talks in Ottawa last week with Canadian officials."
    assert _sides(text, "talks") == {("MEXGOV", "CANGOV")}


def test_partner_on_the_verb_after_a_place_and_a_date() -> None:
    text = "The Colombian government opened negotiations in Havana in November with the FARC."
    assert _sides(text, "negotiations") == {("COLGOV", "COLREB")}


def test_partner_on_the_topic_of_an_agreement() -> None:
    text = (
        "The French government reached an agreement on fishing quotas with the Spanish government."
    )
    assert _sides(text, "reached") == {("FRAGOV", "ESPGOV")}


def test_talks_with_no_partner_stay_without_target() -> None:
    # guard: a topic and a date, no one talked with
    text = "The Peruvian government held talks on fishing quotas on Friday."
    assert _sides(text, "talks") == {("PERGOV", None)}


def test_a_helper_is_no_partner() -> None:
    # guard: "with the help of X" helps, it is not the other party
    text = "The Peruvian government held talks in Lima with the help of the United Nations."
    assert ("PERGOV", "IGOUNO") not in _sides(text, "talks")


def test_a_partner_of_the_noun_itself_is_kept() -> None:
    # guard: the noun's own "with" stays the partner, not a later one on the verb
    text = (
        "The Peruvian government held talks with Chile in Lima with the support of the "
        "United Nations."
    )
    assert _sides(text, "talks") == {("PERGOV", "CHL")}


# -- meetings framed by a point in their time ------------------------------------------------
def test_end_of_a_visit_is_the_clause_subjects() -> None:
    text = "The Peruvian president spoke to reporters at the end of a two-day visit to Mexico."
    assert ("PERGOV", "MEX") in _sides(text, "visit")


def test_eve_of_talks_is_the_clause_subjects() -> None:
    text = (
        "The Japanese foreign minister arrived in Beijing on the eve of talks with Chinese "
        "officials."
    )
    assert ("JPNGOV", "CHNGOV") in _sides(text, "talks")


def test_prior_to_talks_is_the_clause_subjects() -> None:
    text = "The British trade minister toured a car plant prior to talks with U.S. officials."
    assert ("GBRGOV", "USAGOV") in _sides(text, "talks")


def test_ahead_of_talks_is_the_clause_subjects() -> None:
    text = "The Kenyan president spoke to farmers ahead of talks with Ugandan officials."
    assert {s for s, _ in _sides(text, "talks")} == {"KENGOV"}


def test_ahead_of_a_summit_with_no_partner_gives_no_party() -> None:
    # guard: "meeting ahead of the summit" is a body's own session, not the summit's party
    text = "The Kenyan cabinet, meeting in Nairobi ahead of the summit, put off a vote."
    assert {s for s, _ in _sides(text, "summit")} <= {None}


def test_a_visit_naming_its_visitor_keeps_it() -> None:
    # guard: the visit's own possessor is the visitor, not the clause's subject
    text = "Police arrested two protesters at the end of the Mexican president's visit to Peru."
    assert {s for s, _ in _sides(text, "visit")} == {"MEXGOV"}


def test_a_passive_clause_gives_no_party() -> None:
    # guard: "troops were deployed prior to talks": no subject took part
    text = "Troops were deployed to the border prior to talks with the rebels."
    assert {s for s, _ in _sides(text, "talks")} <= {None}


def test_a_venue_without_partner_stays_a_venue() -> None:
    # guard: "at the meeting of the council" is where, not a point in its time
    text = "The Brazilian minister proposed new quotas at the meeting of the coffee council."
    assert all(s != "BRAGOV" for s, _ in _sides(text, "meeting"))
