"""A country word and a leader word alone name the state's leader, GOV (issue 11, codes46;
judged round 63: a visiting Polish head of state coded POLELI from the PETRARCH2 record).
Sentences written for these tests. Wojciech Jaruzelski's record is POLELI by default with
POLGOV ranges for 1981-1985 and 1989-1990, so a 1987 story falls between them."""

from __future__ import annotations

from tests.extract.events.helpers import parse
from watchfloor.extract.actors.state_leaders import state_leader_country

DAY = "1987-04-11"
COUNTRIES = {"Polish": "POL", "East German": "DDR", "Chinese": "CHN"}


def _code(text: str, name: str, day: str = DAY) -> str | None:
    doc = parse(text, published=day)[0]
    return next((e.actor_code for e in doc.entities if e.name == name), None)


def test_state_leader_country_reads_country_and_leader_alone() -> None:
    assert state_leader_country(["Polish", "leader"], COUNTRIES.get) == "POL"
    assert state_leader_country(["East", "German", "leader"], COUNTRIES.get) == "DDR"
    assert state_leader_country(["former", "Chinese", "leader"], COUNTRIES.get) == "CHN"


def test_state_leader_country_refuses_another_bodys_leader() -> None:
    assert state_leader_country(["Polish", "union", "leader"], COUNTRIES.get) is None
    assert state_leader_country(["leader"], COUNTRIES.get) is None
    assert state_leader_country(["Polish", "minister"], COUNTRIES.get) is None


def test_country_leader_before_the_name_beats_the_elite_record() -> None:
    text = "Polish leader Wojciech Jaruzelski arrived in Beijing on Monday for talks."
    assert _code(text, "Wojciech Jaruzelski") == "POLGOV"


def test_the_country_leader_in_apposition() -> None:
    text = "Wojciech Jaruzelski, the Polish leader, arrived in Beijing on Monday for talks."
    assert _code(text, "Wojciech Jaruzelski") == "POLGOV"


def test_a_former_country_leader_stays_an_elite() -> None:
    # guard: the former word makes it a past office
    text = "Former Polish leader Wojciech Jaruzelski arrived in Beijing on Monday."
    assert _code(text, "Wojciech Jaruzelski") == "POLELI"


def test_a_union_leader_of_a_country_is_labour() -> None:
    # guard: a word between the country and "leader" names another body's leader
    text = "Polish union leader Lech Walesa said the strike at the shipyard would go on."
    assert _code(text, "Lech Walesa") == "POLLAB"


def test_leader_alone_gives_no_office() -> None:
    # guard: no country word, no state's office (the name alone is left as before)
    text = "The leader, Wojciech Jaruzelski, arrived in Beijing on Monday for talks."
    assert _code(text, "Wojciech Jaruzelski") != "POLGOV"


def test_a_leader_whose_dated_record_has_him_out_of_office_stays_an_elite() -> None:
    # guard: Hu Yaobang's record has a dated CHNELI range from January 1987 after his
    # office: a loose "Chinese leader" in a March 1987 story may name the office he left
    text = "Chinese leader Hu Yaobang visited Tokyo last year, officials said."
    assert _code(text, "Hu Yaobang", day="1987-03-10") == "CHNELI"


def test_an_undated_elite_default_lets_the_leader_title_win() -> None:
    text = "Chinese leader Deng Xiaoping met the Japanese delegation in Beijing on Monday."
    assert _code(text, "Deng Xiaoping") == "CHNGOV"
