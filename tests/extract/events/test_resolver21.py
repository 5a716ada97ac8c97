"""Resolver21 (issues #11/#12): a venue is never a party and never a role word's country;
a place someone arrives in is not their home (sentences written for these tests)."""

from __future__ import annotations

from tests.extract.events.helpers import event


def test_a_place_inside_a_conference_gives_no_country_to_the_agreeing_side():
    ev = event(
        "Delegates of the governments agreed on the text at a conference in Tegucigalpa last week.",
        "agreed",
    )
    assert not (ev.source_code or "").startswith("HND")


def test_guard_a_place_where_the_role_word_acts_still_gives_its_country():
    ev = event("Officials in Tegucigalpa agreed on the text last week.", "agreed")
    assert (ev.source_code or "").startswith("HND")


def test_the_city_a_meeting_is_held_in_is_no_party():
    ev = event(
        "Peru will not attend a meeting of fishing nations scheduled for next week "
        "in Chile, the minister said.",
        "meeting",
    )
    assert ev.target_code != "CHL"


def test_guard_a_meeting_with_a_named_country_keeps_it():
    ev = event("Peru will hold a meeting with Chile next week, the minister said.", "meeting")
    assert ev.target_code == "CHL"


ECUADOR = (
    "Ecuador's government sent troops to Imbabura, Ecuador. Ecuadorian police "
    "patrolled the mines of Ecuador for weeks. "
)


def test_authorities_arriving_in_a_town_do_not_take_its_country():
    ev = event(ECUADOR + "Authorities arrived in Rosario on Monday.", "arrived")
    assert ev.source_code == "ECUGOV"


def test_guard_authorities_arresting_in_a_town_take_its_country():
    ev = event(ECUADOR + "Authorities arrested two men in Rosario on Monday.", "arrested")
    assert ev.source_code == "ARGGOV"


def test_a_venue_after_the_verb_of_a_clause_is_no_venue_of_a_gathering():
    # the place of a clause's own verb is not where a gathering is held: police arrest in
    # Geneva, and "Geneva" as a side of no meeting keeps its country
    ev = event("Police in Geneva arrested two smugglers on Monday.", "arrested")
    assert (ev.source_code or "").startswith("CHE")
