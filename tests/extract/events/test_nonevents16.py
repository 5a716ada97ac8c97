"""Issue 12, round 16 (judged "is an event" precision): one multi-party meeting gives one
row per pair of its parties, not every ordered pair, and a meeting of one body's members
gives none (:mod:`watchfloor.extract.events.meetings`); an act listed as an option is no
act (:meth:`watchfloor.extract.events.nonacts.NonActs.listed_option`). Sentences written
for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import events
from watchfloor.extract.events.meetings import meeting_dyads


def _pairs(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return [(e.source_code, e.target_code) for e in events(text, trigger)]


# -- one meeting, one row per pair of its parties ------------------------------------------


def test_three_states_meeting_give_one_row_per_pair():
    pairs = _pairs("Peru, Bolivia and Ecuador met in Lima on Friday to discuss the border.", "met")
    assert sorted(pairs) == sorted([("PER", "BOL"), ("PER", "ECU"), ("BOL", "ECU")])


def test_talks_between_four_states_give_six_rows_not_twelve():
    pairs = _pairs("Peru, Bolivia, Chile and Ecuador held talks in Lima on Friday.", "talks")
    assert len(pairs) == 6
    assert len({frozenset(p) for p in pairs}) == 6


def test_two_states_meeting_keep_both_directions():
    # guard: the reciprocal pair of a two-party meeting is judged right and stays
    pairs = _pairs("Peru and Bolivia met in Lima on Friday to discuss the border.", "met")
    assert sorted(pairs) == [("BOL", "PER"), ("PER", "BOL")]


def test_one_party_meeting_several_keeps_a_row_per_partner():
    # guard: "X met with Y and Z" was never all pairs
    pairs = _pairs(
        "The Peruvian president met with Bolivian and Ecuadorean officials on Friday.", "met"
    )
    assert sorted(pairs) == [("PERGOV", "BOLGOV"), ("PERGOV", "ECUGOV")]


def test_one_governments_ministers_meeting_is_no_event():
    text = (
        "The forecast was made during a meeting attended by Austrian Chancellor Karl "
        "Huber, Austrian Finance Minister Otto Bauer and Austrian Interior Minister "
        "Ernst Wolf."
    )
    assert _pairs(text, "meeting") == []
    text = (
        "Austrian Chancellor Karl Huber, Austrian Finance Minister Otto Bauer and "
        "Austrian Interior Minister Ernst Wolf met on Monday to discuss the budget."
    )
    assert _pairs(text, "met") == []


def test_two_governments_ministers_meeting_pairs_only_across():
    # guard: a foreign party at the table keeps the meeting, one body's two ministers are
    # no dyad of their own; two parties, so both directions (agree18)
    text = (
        "Austrian Chancellor Karl Huber, Austrian Finance Minister Otto Bauer and "
        "Peruvian President Luis Rojas met on Monday to discuss trade."
    )
    pairs = _pairs(text, "met")
    assert set(pairs) == {("AUTGOV", "PERGOV"), ("PERGOV", "AUTGOV")}


class _A:
    """A stand-in actor: the rule reads only key, code, entity and token.i."""

    def __init__(self, code: str | None, i: int, org: str = "") -> None:
        self.code, self.key = code, org or f"{code}@{i}"
        self.token = type("T", (), {"i": i})()
        self.entity = type("E", (), {"type": "organization", "id": org})() if org else None


def test_meeting_dyads_leave_other_codes_and_small_meetings_alone():
    a, b, c = _A("PER", 0), _A("BOL", 2), _A("ECU", 4)
    never = lambda _actor: False  # noqa: E731
    assert meeting_dyads("190", [a, b, c], [a, b, c], never) is None  # not a meeting
    assert meeting_dyads("040", [a, b], [a, b], never) is None  # two parties
    assert meeting_dyads("040", [a], [b, c], never) is None  # one meets several
    assert meeting_dyads("040", [a, b, c], [a, b, c], never) == [(a, b), (a, c), (b, c)]


def test_three_named_groups_of_one_code_meet_each_other():
    # judged real in seed 3007: four Mexican cartels, MEXCRM each, met — not one body
    z, b = _A("MEXCRM", 0, "org:zetas"), _A("MEXCRM", 2, "org:blo")
    j = _A("MEXCRM", 4, "org:juarez")
    assert meeting_dyads("040", [z, b, j], [z, b, j], lambda _a: False) == [(z, b), (z, j), (b, j)]


def test_named_cartels_meeting_stay_events():
    found = events(
        "Intelligence documents indicate that the Zetas, the Sinaloa Cartel and "
        "the Juarez Cartel met in June in Piedras Negras.",
        "met",
    )
    assert len(found) == 3


def test_a_firm_beside_one_body_does_not_make_it_a_meeting_between_actors():
    g1, g2, firm = _A("AUTGOV", 0), _A("AUTGOV", 2), _A("BUS", 4)
    assert (
        meeting_dyads("040", [g1, g2, firm], [g1, g2, firm], lambda actor: actor.code == "BUS")
        == []
    )
    # guard: with the firm counted as political (another code), pairs across remain, both
    # ways: two bodies, one with its delegation, are two parties (agree18)
    assert meeting_dyads("040", [g1, g2, firm], [g1, g2, firm], lambda _a: False) == [
        (g1, firm),
        (g2, firm),
        (firm, g1),
        (firm, g2),
    ]


# -- an act listed as an option is no act ---------------------------------------------------


def test_acts_listed_as_options_are_no_events():
    text = (
        "Washington's options would be to appeal the ruling in Mexican courts, or to "
        "retaliate against Mexican goods, an official said."
    )
    assert events(text, "appeal") == []
    assert events(text, "retaliate") == []


def test_a_possibility_clause_is_no_seizure():
    assert (
        events("One possibility is that the shipment was seized by Colombian police.", "seized")
        == []
    )


def test_an_act_after_another_subject_of_be_stays():
    # guard: "the response was to expel" reports what was done
    found = events("Peru's response was to expel the Chilean ambassador.", "expel")
    assert found and found[0].source_code == "PER"


def test_a_reported_seizure_stays():
    # guard: the same verb reported, no option frame
    found = events("Colombian police seized the shipment on Monday.", "seized")
    assert found and found[0].source_code == "COLCOP"


def test_a_theory_about_a_killing_that_happened_keeps_the_killing():
    # guard: a theory explains why or by whom; the killing itself is reported
    found = events(
        "One theory is that the migrants were killed because their smugglers "
        "failed to pay the Zetas.",
        "killed",
    )
    assert found
