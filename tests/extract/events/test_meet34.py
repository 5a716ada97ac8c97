"""The other party of talks named only around them (issue 12, round 34, meet34:
``meetings.visit_partner`` and ``meetings.speaking_party``): talks held during a visit face
the visitor or the place visited; talks with a named partner in a named speaker's account
are the speaker's. Sentences written for these tests; each rule has guards."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _sides(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code, e.target_code) for e in events(text, trigger)}


# -- talks during a visit -------------------------------------------------------------------
def test_talks_during_a_visitors_visit_face_the_visitor() -> None:
    text = (
        "The United States expects harmonious talks during Italian Prime Minister "
        "Bettino Craxi's first official visit this week."
    )
    assert ("USA", "ITAGOV") in _sides(text, "talks")


def test_talks_during_ones_own_visit_face_the_place_visited() -> None:
    text = "The Kenyan president held talks on trade during a two-day visit to Uganda."
    assert _sides(text, "talks") == {("KENGOV", "UGA")}


def test_talks_on_a_visit_to_a_country() -> None:
    text = "The Spanish prime minister expects friendly talks during his first visit to Germany."
    assert ("ESPGOV", "DEU") in _sides(text, "talks")


def test_talks_with_their_own_partner_keep_it() -> None:
    # guard: a "with" partner outranks the visit
    text = "Argentina held talks with Chile during a visit to Brazil."
    assert ("ARG", "CHL") in _sides(text, "talks")
    assert all(t != "BRA" for _, t in _sides(text, "talks"))


def test_talks_with_no_visit_stay_empty() -> None:
    # guard: no visit, no partner named: the other side stays empty
    text = "The Kenyan president held talks on trade on Monday."
    assert _sides(text, "talks") == {("KENGOV", None)}


def test_a_visit_to_ones_own_country_gives_no_partner() -> None:
    # guard: a president touring his own country talks with nobody named
    text = "The Kenyan president held talks with farmers during a visit to Kenya."
    assert all(t != "KEN" for _, t in _sides(text, "talks"))


# -- the speaker's talks --------------------------------------------------------------------
def test_a_named_speaker_is_the_party_of_talks_he_reports() -> None:
    text = (
        "Chancellor Helmut Kohl said significant progress was being made in trade talks "
        "with France."
    )
    assert _sides(text, "talks") == {("DEUGOV", "FRA")}


def test_unnamed_officials_are_no_party() -> None:
    # guard: "officials said" names no speaker: the side stays empty
    text = "Officials said significant progress was being made in trade talks with France."
    assert _sides(text, "talks") == {(None, "FRA")}


def test_talks_with_a_possessor_keep_their_own_party() -> None:
    # guard: "Iran's talks" name their own party, not the speaker
    text = "Chancellor Helmut Kohl said Iran's talks with the European Community had stalled."
    assert all(s != "DEUGOV" for s, _ in _sides(text, "talks"))


def test_a_speaker_of_the_partners_country_is_not_added() -> None:
    # guard: a French speaker on talks with France is no other party
    text = "French President Francois Mitterrand said talks with France had made progress."
    assert all(s != "FRAGOV" for s, _ in _sides(text, "talks"))


def test_a_meeting_attended_by_another_is_not_the_speakers() -> None:
    # guard: the aide attended, not the chancellor who speaks of it
    text = "Chancellor Helmut Kohl said his aide was forced to attend the meeting with France."
    assert all(s != "DEUGOV" for s, _ in _sides(text, "meeting"))
