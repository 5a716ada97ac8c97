"""Phrases that refer back to coded states as event sides (issues #11/#12, both42): "both
countries", "the two sides", "both governments" for the two parties named last before them
(a joint act between them, as for "X and Y agreed"), and "the kingdom", "the emirate", "the
Gulf state" for the one state of that kind named before. Sentences written for these tests;
each reading has guards that leave the side to the usual rules where the antecedent is
ambiguous, missing, or the phrase is no party."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _sides(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code, e.target_code) for e in events(text, trigger)}


# -- "both countries", "the two sides": the two parties named last -----------------------------
def test_both_countries_agreeing_are_the_two_named_before() -> None:
    text = "Peru and Chile ended their border dispute. Both countries agreed to reopen the road."
    assert _sides(text, "agreed") == {("PER", "CHL"), ("CHL", "PER")}


def test_the_two_sides_signing_are_the_two_named_before() -> None:
    text = "Japan and China settled a fishing quarrel. The two sides signed a new accord in May."
    assert _sides(text, "signed") == {("JPN", "CHN"), ("CHN", "JPN")}


def test_the_two_countries_holding_talks() -> None:
    text = "Ghana and Togo closed their border last year. The two countries held talks in Lome."
    assert _sides(text, "talks") == {("GHA", "TGO"), ("TGO", "GHA")}


def test_both_governments_take_the_government_code() -> None:
    text = "Peru and Chile ended their border dispute. Both governments agreed to reopen the road."
    assert _sides(text, "agreed") == {("PERGOV", "CHLGOV"), ("CHLGOV", "PERGOV")}


def test_an_appeal_to_both_countries_targets_the_two() -> None:
    text = (
        "Greece and Turkey traded threats over the island. The NATO allies called on both "
        "countries to show restraint."
    )
    targets = {t for _, t in _sides(text, "called")}
    assert {"GRC", "TUR"} <= targets


def test_three_countries_named_leave_the_two_unresolved() -> None:
    # guard: whom "the two countries" means is not told
    text = "Peru, Chile and Bolivia met in Lima. The two countries agreed to reopen the road."
    assert not {p for p in _sides(text, "agreed") if p[0] or p[1]}


def test_no_country_named_before_leaves_the_two_unresolved() -> None:
    # guard: no antecedent at all
    text = "The two countries agreed to reopen the road after the floods."
    assert not {p for p in _sides(text, "agreed") if p[0] or p[1]}


def test_a_narrowed_phrase_is_not_the_pair() -> None:
    # guard: "both Andean countries" is not read as the two named before
    text = "Peru and Chile ended their border dispute. Both Andean countries agreed to meet."
    assert ("PER", "CHL") not in _sides(text, "agreed")


def test_both_countries_after_about_is_no_side() -> None:
    # guard: the object of "about" is what the report is on, not its target
    text = (
        "Peru and Chile ended their border dispute. The minister complained about both "
        "countries on Monday."
    )
    assert not {t for _, t in _sides(text, "complained") if t in {"PER", "CHL"}}


# -- "the kingdom", "the emirate", "the Gulf state": the one state of that kind -----------------
def test_the_kingdom_is_the_one_kingdom_named_before() -> None:
    text = "Saudi Arabia expelled two diplomats. The kingdom accused Iran of spying."
    assert _sides(text, "accused") == {("SAU", "IRN")}


def test_the_emirate_is_the_one_emirate_named_before() -> None:
    text = "Kuwait raised its oil output. The emirate criticized Iraq over the border."
    assert _sides(text, "criticized") == {("KWT", "IRQ")}


def test_the_gulf_state_is_the_one_gulf_state_named_before() -> None:
    text = "Qatar raised its gas output. The Gulf state criticized Iran over the border."
    assert _sides(text, "criticized") == {("QAT", "IRN")}


def test_two_kingdoms_named_leave_the_kingdom_unresolved() -> None:
    # guard: Morocco and Spain are both kingdoms
    text = "Morocco and Spain signed a fishing pact. The kingdom accused Algeria of spying."
    assert not {s for s, _ in _sides(text, "accused") if s in {"MAR", "ESP"}}


def test_the_kingdom_with_no_kingdom_named_is_not_a_republic() -> None:
    # guard: France is no kingdom
    text = "France expelled two diplomats. The kingdom accused Iran of spying."
    assert ("FRA", "IRN") not in _sides(text, "accused")


def test_the_pair_named_together_before_a_single_mention() -> None:
    # "Iran said ..." between the pair and the phrase names one of the two again
    text = (
        "Peru and Chile ended their border dispute. Peru said the road was safe. Both "
        "countries agreed to reopen it."
    )
    assert _sides(text, "agreed") == {("PER", "CHL"), ("CHL", "PER")}


def test_two_countries_named_apart_are_no_pair() -> None:
    # guard: two parties named in separate sentences, none naming both
    text = (
        "Peru raised its copper output. Chile cut its tariffs. Both countries agreed to "
        "reopen the road."
    )
    assert not {p for p in _sides(text, "agreed") if p[0] or p[1]}
