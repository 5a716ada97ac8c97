"""sides39 (issues #11/#12): a side's code from its own title, not another mention.

"general" in "secretary general" or opening a name ("the General Agreement on Tariffs and
Trade", "General Motors") is no military rank; a country name two states share ("Congo
President X") names the listed state, which the article's date settles (in Zaire's years
"Congo" is Brazzaville's); a body named once with its state ("the U.S.
Senate") keeps that state when named again without it ("the Senate", "the Senate Finance
Committee"), whatever country the story names most. Sentences written for these tests;
guards keep the codes nearby."""

from __future__ import annotations

from tests.extract.actors.test_codes import _codes, _extract
from watchfloor.extract.actors.codes import title_role
from watchfloor.extract.gazetteer import default_gazetteer


def _coded(text: str, published: str | None = "1987-03-03") -> dict[str, str]:
    return {k: v for k, v in _codes(_extract(text, published)).items() if v}


# -- "general" that is no rank ------------------------------------------------------------
def test_a_secretary_general_of_a_labour_body_is_labour_not_military():
    gaz = default_gazetteer()
    assert title_role(gaz, "secretary general of the Peruvian Labour Organization") == "LAB"
    assert title_role(gaz, "veteran secretary general of the Chilean Workers Union") == "LAB"
    assert title_role(gaz, "General Secretary of the Communist Party") == "PTY"
    assert title_role(gaz, "party secretary general") == "PTY"


def test_a_union_leader_with_a_secretary_general_title_is_not_military():
    codes = _coded(
        "Mario Quispe, secretary general of the Peruvian Labour Organization, said the strike "
        "would go on. Quispe told reporters he would join the wage talks."
    )
    assert codes.get("Mario Quispe") == "PERLAB"


def test_a_general_opening_a_name_is_no_rank():
    gaz = default_gazetteer()
    assert title_role(gaz, "Norway's delegate to the General Agreement on Tariffs and Trade") != (
        "MIL"
    )
    assert title_role(gaz, "director of General Motors") != "MIL"


def test_guard_military_generals_stay_military():
    gaz = default_gazetteer()
    assert title_role(gaz, "Brigadier General") == "MIL"
    assert title_role(gaz, "Major General") == "MIL"
    assert title_role(gaz, "chief of the General Staff") == "MIL"
    assert title_role(gaz, "head of the Army General Staff") == "MIL"
    assert title_role(gaz, "Attorney General") == "JUD"
    assert title_role(gaz, "retired general") == "ELI"
    assert title_role(gaz, "Secretary-General of the United Nations") == "UNO"


# -- a country name two states share ------------------------------------------------------
def test_a_congo_president_of_zaires_years_is_brazzavilles():
    codes = _coded(
        "Envoys of Egypt, Kenya and Congo will meet in Cairo next week. Egyptian "
        "officials said Congo President Pascal Mboungou would chair the meeting."
    )
    assert codes.get("Pascal Mboungou") == "COGGOV"


def test_guard_a_congo_president_today_is_the_dr_congos():
    codes = _coded(
        "Congo President Paul Kabongo met rebel envoys in Kinshasa on Monday.", "2021-05-04"
    )
    assert codes.get("Paul Kabongo") == "CODGOV"


def test_guard_a_country_name_of_one_state_keeps_its_title():
    codes = _coded("Zambia President Kenneth Kaunda would chair the meeting in Cairo.")
    assert codes.get("Kenneth Kaunda") == "ZMBGOV"


# -- a body named again without its state -------------------------------------------------
JAPAN_STORY = (
    "The U.S. Senate called on President Reagan to force Japan to open its markets. "
    "The Senate voted 95 to 0 to urge penalties on Japanese electronics over Japan's "
    "trade surplus with Japan's partners. Senate Finance Committee chairman Walter "
    "Hadley said Japan must act. Japan rejected the charge."
)


def test_a_senate_named_with_its_state_keeps_it_in_a_story_about_another():
    codes = _coded(JAPAN_STORY)
    assert "JPNLEG" not in codes.values()
    assert codes.get("Senate Finance Committee") == "USALEG"
    assert codes.get("Walter Hadley") == "USALEG"


def test_guard_a_bare_chamber_in_a_story_about_one_state_is_that_states():
    codes = _coded(
        "Philippine lawmakers debated the budget in Manila on Monday. The Senate voted "
        "to cut spending, Philippine officials said, and the Philippine president agreed."
    )
    assert "USALEG" not in codes.values()


# -- a relative clause in an apposition ---------------------------------------------------
def test_a_country_in_an_appositions_relative_clause_is_not_the_persons():
    codes = _coded(
        "Western diplomats say Wang, an engineer who studied in the Soviet Union, is the "
        "likely successor."
    )
    assert not (codes.get("Wang") or "").startswith("RUS")
    codes = _coded(
        "Western diplomats say Wang, a technocrat who trained in the Soviet Union, is the "
        "likely successor."
    )
    assert not (codes.get("Wang") or "").startswith("RUS")


def test_guard_a_country_in_the_apposition_itself_stays():
    codes = _coded("Pedro Alvarez, a Bolivian union leader who joined the strike, spoke.")
    assert codes.get("Pedro Alvarez") == "BOLLAB"
