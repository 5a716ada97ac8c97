"""Issue 12, protest40: the CAMEO 14 sub-code follows the protest act's word: a strike,
walkout, work stoppage or boycott is 143, disrupting, blocking or occupying is 144, a hunger
strike 142, a riot or strikers' clash with police 145, a march or rally 141; a military
strike keeps 19x.

Sentences written for these tests (not from any corpus)."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import events


def codes(text: str, trigger: str) -> list[str]:
    return [e.code for e in events(text, trigger)]


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a protest made by boycotting is the boycott (143), not a rally or a refusal to meet
        (
            "Taiwan boycotted the Asian Development Bank meeting to protest its new name.",
            "boycott",
            "143",
        ),
        (
            "Taiwan boycotted the Asian Development Bank meeting to protest its new name.",
            "protest",
            "143",
        ),
        # a protest made by disrupting a body's sessions is obstruction (144)
        (
            "Japan's Socialist Party disrupted parliament to protest the government's sales tax.",
            "protest",
            "144",
        ),
        # ... also when the parser hangs the "to protest" clause on the disrupted object
        (
            "Chile's unions have disrupted all port operations to protest the pension plan.",
            "protest",
            "144",
        ),
        # a protest made by a hunger strike is the hunger strike (142)
        (
            "Bolivian miners went on a hunger strike to protest the closure of the Oruro mine.",
            "protest",
            "142",
        ),
        # a protest held by stopping work is a strike (143)
        (
            "Argentina's CGT union began a protest over cranes, stopping work for two hours.",
            "protest",
            "143",
        ),
        # a strike against redundancies, and the strike called by dockers, are labour strikes
        (
            "The Dutch union FNV called off the strikes against planned redundancies.",
            "strike",
            "143",
        ),
        ("The strike called by Chilean dockers closed the port of Valparaiso.", "strike", "143"),
        # a union's stopwork meeting is a work stoppage, not talks
        ("New Zealand's bank union FINSEC held stopwork meetings on Tuesday.", "meeting", "143"),
        # a hunger strike by miners stays a hunger strike (142), not a labour strike (143)
        ("Bolivian miners joined a hunger strike by the COB union in La Paz.", "strike", "142"),
        ("Striking Spanish shipyard workers clashed with police in Cadiz.", "clash", "145"),
        # strikers clashing with police riot (145)
        ("Strikers clashed with Bolivian police outside the La Paz mint.", "clash", "145"),
    ],
)
def test_the_protest_act_decides_the_sub_code(text: str, trigger: str, code: str) -> None:
    assert codes(text, trigger) == [code]


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # guards: a demonstration stays 141, a riot 145
        ("Students protested in Bogota against Colombia's new tuition fees.", "protest", "141"),
        ("Venezuelan protesters rioted in Caracas over the fuel price.", "riot", "145"),
        # a boycott of talks with no protest stays a refusal to meet (125)
        ("Iran boycotted the talks with the United States in Geneva.", "boycott", "125"),
    ],
)
def test_nearby_protest_codes_are_kept(text: str, trigger: str, code: str) -> None:
    assert codes(text, trigger) == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets carried out an air strike on the camp near Idlib.",
        "The United States launched strikes on Iranian militias in protest at the attack.",
    ],
)
def test_military_strikes_stay_force(text: str) -> None:
    found = codes(text, "strike")
    assert found and all(c.startswith("19") for c in found)
