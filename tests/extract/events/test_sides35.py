"""Named parties the argument rules left out (issue 12, round 35, sides35): "the country"
stands for the last country named (``resolver._last_country``); a meeting or visit framing
a clause after "from" / "for", set off after a named subject, or in a clause that tells an
outlet, is the clause subject's (``arguments.framing_clause``); the party a refused or
granted permission lets act is the target (``permitting_verbs``). Sentences written for
these tests; each rule has guards."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _sides(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code, e.target_code) for e in events(text, trigger)}


# -- "the country" ---------------------------------------------------------------------------
def test_the_country_urged_is_the_country_named_before() -> None:
    text = (
        "Forced labour is still common on farms in Brazil. The UN special rapporteur "
        "urged the country to pass a new law."
    )
    assert _sides(text, "urged") == {("IGOUNO", "BRA")}


def test_the_country_appealed_to_in_the_same_sentence() -> None:
    text = (
        "EC foreign ministers criticised Japan's trade surplus and appealed for the "
        "country to open its markets."
    )
    assert ("IGOEUREEC", "JPN") in _sides(text, "appealed")


def test_the_country_with_no_country_named_stays_empty() -> None:
    # guard: nothing to stand for, the side stays empty
    text = "The UN special rapporteur urged the country to pass a new law."
    assert _sides(text, "urged") == {("IGOUNO", None)}


def test_the_country_is_not_the_subject_of_its_own_verb() -> None:
    # guard: the only country named is the one appealing (through the conjoined verb)
    text = "Japan deplored the trade imbalance and appealed for the country to open its markets."
    assert _sides(text, "appealed") == {("JPN", None)}


def test_the_country_skips_its_own_subject() -> None:
    text = "Peru has closed its border. Chile on Monday urged the country to reopen it."
    assert _sides(text, "urged") == {("CHL", "PER")}


def test_that_country_is_no_name_modifying_a_noun() -> None:
    # "U.S. exporters" names no country the visit goes to; Japan was named before it
    text = (
        "U.S. Agriculture Secretary Richard Lyng said he will ask Japan to open its rice "
        "market to U.S. exporters when he visits that country next month."
    )
    assert _sides(text, "visits") == {("USAGOV", "JPN")}


# -- meetings and visits framing a clause ------------------------------------------------------
def test_talks_one_returned_from_are_the_subjects() -> None:
    text = (
        "British Prime Minister Margaret Thatcher returned from talks with French "
        "President Francois Mitterrand."
    )
    assert _sides(text, "talks") == {("GBRGOV", "FRAGOV")}


def test_talks_set_off_after_a_named_subject() -> None:
    text = (
        "Belgian Foreign Minister Leo Tindemans, in Washington for talks with US "
        "officials, said the tax was unfair."
    )
    assert _sides(text, "talks") == {("BELGOV", "USAGOV")}


def test_a_visit_framing_a_clause_that_tells_an_outlet() -> None:
    text = (
        "Nigerian Oil Minister Rilwanu Lukman, during a brief visit to London, told "
        "Reuters that output fell."
    )
    assert _sides(text, "visit") == {("NGAGOV", "GBR")}


def test_a_meeting_framing_an_arrest_is_not_the_arresters() -> None:
    # guard: the arrested may have met; the police did not
    text = "Police arrested Mexican Governor Tomas Yarrington after a meeting with the Zetas."
    assert all(s is None or "COP" not in s for s, _ in _sides(text, "meeting"))


def test_a_visit_framing_a_clause_that_tells_a_minister_stays_empty() -> None:
    # guard: a party told, not an outlet, keeps the old reading (either may have visited)
    text = (
        "Colombian police, during a visit to Quito, told Ecuadorean Interior Minister "
        "Jose Serrano that the gang had moved."
    )
    assert all(s is None for s, _ in _sides(text, "visit"))


# -- the party let act ---------------------------------------------------------------------
def test_refusing_to_allow_a_nationalitys_planes() -> None:
    text = "France refused to allow American planes to overfly its territory."
    assert _sides(text, "refused") == {("FRA", "USA")}


def test_refusing_to_let_unnamed_trucks_pass_stays_empty() -> None:
    # guard: a common noun alone names no party
    text = "France refused to let trucks cross its territory."
    assert _sides(text, "refused") == {("FRA", None)}
