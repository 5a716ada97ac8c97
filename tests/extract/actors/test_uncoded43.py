"""Named parties left uncoded (issues 11/12, uncoded43). Sentences are written for these tests.

A bare government title in a wire story filed from a state, in a story mostly about
another country, is the filing state's official, flagged inferred, unless the text places
the person elsewhere (extract/actors/dateline_officials.py); a person named after a coded
state body's name and an office ("White House budget director X") is that body's.
"""

from __future__ import annotations

from tests.extract.events.helpers import parse

PUBLISHED = "1987-05-10"


def _coded(text: str) -> dict[str, tuple[str | None, bool]]:
    """Entity name → (actor code, whether its country is inferred)."""
    doc = parse(text, published=PUBLISHED)[0]
    return {
        " ".join(e.name.split()): (e.actor_code, bool(e.attributes.get("country_inferred")))
        for e in doc.entities
    }


# -- a bare government title takes the dateline's state ----------------------------------
US_STORY = (
    "BONN, May 10 - The United States must cut its budget deficit to steady the dollar, "
    "Finance Minister Karl Brenner said. The U.S. deficit is too high, he said. Washington "
    "has not acted, and the U.S. Treasury and the U.S. Congress disagree."
)


def test_a_bare_minister_in_a_bonn_story_on_the_us_is_west_germanys() -> None:
    got = _coded(US_STORY)
    assert got["Karl Brenner"] == ("DEUGOV", True)


def test_a_tokyo_story_codes_its_bare_cabinet_secretary_japanese() -> None:
    text = (
        "TOKYO, May 10 - American pressure on rice imports is unfair, Chief Cabinet Secretary "
        "Kenji Otani told reporters. The U.S. Congress wants a bill. The United States "
        "and U.S. farmers criticised the ban."
    )
    assert _coded(text)["Kenji Otani"][0] == "JPNGOV"


def test_guard_a_minister_whose_clause_is_set_abroad_takes_no_code() -> None:
    # "In Washington, ... minister X met": the clause is set in another country
    text = (
        "TOKYO, May 10 - In Washington, Trade Minister Hideo Sato met U.S. officials. "
        "The U.S. Congress criticised the United States trade deficit."
    )
    assert _coded(text)["Hideo Sato"][0] is None


def test_guard_a_bare_president_is_not_the_filing_states() -> None:
    # a head of state named bare in a Tokyo story on the US is no Japanese official
    text = (
        "TOKYO, May 10 - The United States will raise tariffs, President Walter Haines "
        "said. U.S. officials and the U.S. Congress agreed with the United States plan."
    )
    assert _coded(text).get("Walter Haines", (None, False))[0] != "JPNGOV"


def test_guard_an_office_the_filing_state_lacks_takes_no_code() -> None:
    # the United States has no ministers (offices_not_used.tsv): a Washington story on
    # Japan leaves a bare minister uncoded, as before
    text = (
        "WASHINGTON, May 10 - Japan must open its markets, Trade Minister Hideo Sato "
        "said. Japanese exporters and the Japanese government disagree with Japan's critics."
    )
    assert _coded(text)["Hideo Sato"][0] != "USAGOV"


def test_guard_a_stated_nationality_still_decides() -> None:
    text = (
        "BONN, May 10 - The United States must cut its budget deficit, U.S. Treasury "
        "Secretary Paul Warner said. The U.S. Congress and Washington disagree."
    )
    assert _coded(text)["Paul Warner"][0] == "USAGOV"


# -- a state body's named official ---------------------------------------------------------
def test_a_white_house_budget_director_is_the_us_governments() -> None:
    text = "WASHINGTON, May 10 - White House budget director Paul Carver criticised Congress."
    assert _coded(text)["Paul Carver"] == ("USAGOV", False)


def test_a_kremlin_spokesman_is_the_kremlins() -> None:
    text = "MOSCOW, May 10 - Kremlin spokesman Ivan Petrov criticised the United States."
    kremlin = _coded(text)["Kremlin"][0]
    assert kremlin and _coded(text)["Ivan Petrov"][0] == kremlin


def test_guard_a_body_named_as_a_separate_party_gives_no_code() -> None:
    # "The White House criticised Congress, budget director X said": a comma between
    text = (
        "WASHINGTON, May 10 - The White House criticised Congress, budget director "
        "Paul Carver said."
    )
    assert _coded(text)["Paul Carver"][0] is None


def test_guard_a_firms_officer_is_not_a_state_bodys() -> None:
    text = "NEW YORK, May 10 - Exxon Corp spokesman Paul Carver criticised the regulators."
    assert _coded(text)["Paul Carver"][0] != "USAGOV"


# -- groups of states (organizations.yaml) ---------------------------------------------------
def test_the_g5_and_its_long_name_are_one_coded_group() -> None:
    text = "PARIS, May 10 - The G-5 urged Japan to cut rates. The Group of Five met again."
    assert _coded(text)["Group of Five"][0] == "IGOWSTBUS"


def test_the_donor_group_for_indonesia_is_coded() -> None:
    text = "JAKARTA, May 10 - The Inter-Governmental Group on Indonesia pledged aid to Jakarta."
    assert _coded(text)["Inter-Governmental Group on Indonesia"][0] == "IGOWSTBUS"


def test_guard_a_g_with_another_number_is_no_group() -> None:
    text = "PARIS, May 10 - The G-4 urged Japan to cut rates."
    assert "Group of Five" not in _coded(text)


def test_the_g7_keeps_the_dictionarys_code() -> None:
    text = "PARIS, May 10 - The Group of Seven urged Japan to cut rates. The G-7 met again."
    assert _coded(text)["Group of Seven"][0] == "IGOGOS"
