"""Issue 12, round 11 (evroot11): recurrent CAMEO root errors of the judged samples (seeds
3011-3018, tuned-on): labour strikes read as force, criminal ambushes and offensives read
as military force, acts only called for, demanded, threatened or ordered coded as done,
burnt effigies read as destroyed property.

Sentences written for these tests (not from any corpus)."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import events, parse


def codes(text: str, trigger: str) -> list[str]:
    return [e.code for e in events(text, trigger)]


def triggers(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for e in parse(text)[0].events:
        out.setdefault(e.trigger.text.lower(), []).append(e.code)
    return out


# -- a labour strike is named by who strikes, where, or for how long ----------------------
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The national sailors' strike against the shipping owners entered its third week.",
            "strike",
        ),
        ("A 48-hour strike by nurses closed the hospitals of Lima on Monday.", "strike"),
        ("The union called off the strike by miners at the copper plant in Chile.", "strike"),
    ],
)
def test_a_workers_strike_is_a_labour_strike_not_force(text: str, trigger: str) -> None:
    found = codes(text, trigger)
    assert found and all(c == "143" for c in found), found


def test_an_air_strike_stays_force() -> None:
    found = codes("The army launched an air strike on rebel camps in Cauca.", "strike")
    assert found and all(c.startswith("19") for c in found), found


# -- killings, ambushes and offensives by criminals are irregular violence --------------
def test_an_ambush_of_police_by_unnamed_attackers_is_irregular_violence() -> None:
    found = codes("A police patrol was ambushed outside Acapulco on Sunday night.", "ambush")
    assert found == ["180"], found


def test_an_ambush_of_soldiers_stays_military_force() -> None:
    found = codes("An army convoy was ambushed near the Afghan border.", "ambush")
    assert found and all(c.startswith("19") for c in found), found


def test_a_cartels_offensive_is_irregular_violence() -> None:
    found = codes(
        "The Zetas launched an offensive against the Gulf Cartel in Tamaulipas.", "offensive"
    )
    assert found and all(c == "180" for c in found), found


def test_an_armys_offensive_stays_military_force() -> None:
    found = codes("Colombia's army launched an offensive against FARC rebels.", "offensive")
    assert found and all(c.startswith("19") for c in found), found


# -- an act only called for, demanded, threatened or ordered is not done ----------------
def test_a_call_is_the_event_not_the_investigation_called_for() -> None:
    found = triggers("Ecuador called on Peru to open an inquiry into the border deaths.")
    assert "inquiry" not in found and found["called"][0].startswith("02"), found


def test_an_appeal_to_step_up_talks_is_no_talks() -> None:
    text = "The senators urged the president to step up negotiations with Havana."
    found = triggers(text)
    assert "negotiations" not in found and found["urged"][0].startswith("02"), found
    urged = next(e for e in parse(text)[0].events if e.trigger.text == "urged")
    assert urged.target_code and urged.target_code.endswith("GOV")


def test_a_demanded_meeting_is_no_meeting() -> None:
    found = triggers("The farmers demanded an urgent meeting with the agriculture minister.")
    assert "meeting" not in found and found["demanded"][0].startswith("10"), found


def test_a_threat_is_the_event_and_is_aimed_at_whom_the_act_would_hit() -> None:
    doc = parse("The guerrillas threatened to execute the kidnapped engineers.")[0]
    assert [e.trigger.text for e in doc.events] == ["threatened"]
    doc = parse("Turkey threatened to bomb Syria.")[0]
    (threat,) = doc.events
    assert threat.root == "13" and threat.target_code == "SYR"


def test_a_demand_is_aimed_at_whom_it_asks_to_act() -> None:
    doc = parse("Washington demanded that Caracas free the detained Americans.")[0]
    by_trigger = {e.trigger.text: e for e in doc.events}
    assert "free" not in by_trigger
    assert by_trigger["demanded"].root == "10"
    assert by_trigger["demanded"].target_code == "VEN"


def test_an_order_to_kill_is_an_order_by_the_orderer() -> None:
    doc = parse("The cartel boss ordered his bodyguard to kill a rival smuggler.")[0]
    found = [(e.trigger.text, e.code) for e in doc.events]
    assert found == [("ordered", "100")], found


def test_conjoined_acts_under_a_threat_are_not_done() -> None:
    found = triggers("The militia threatened to seize the oil field and kill the workers.")
    assert "seize" not in found and "kill" not in found, found


def test_a_past_act_conjoined_to_an_appeal_stays() -> None:
    found = triggers("Chile urged Bolivia to resume talks and expelled a Bolivian consul.")
    assert "expelled" in found, found


def test_what_an_uncoded_verb_wants_stays_a_hypothetical_act() -> None:
    evs = events("The opposition wants the army to withdraw from the capital.", "withdraw")
    assert evs and evs[0].hypothetical


# -- burning an effigy or a flag is a protest, not destruction --------------------------
def test_burning_an_effigy_is_dissent() -> None:
    found = codes("Striking teachers burned an effigy of the education minister in La Paz.", "burn")
    assert found and all(c.startswith("14") for c in found), found


def test_burning_a_police_station_stays_destruction() -> None:
    found = codes("Rioters burned the police station in Cali.", "burn")
    assert found and all(c == "1712" for c in found), found


def test_a_police_ambush_stays_force_not_repression() -> None:
    found = codes(
        "The police ambushed the traffickers' plane on a jungle airstrip in Peru.", "ambush"
    )
    assert found and all(c.startswith("19") for c in found), found


def test_a_fact_stated_in_a_threat_clause_stays_an_act() -> None:
    # a clausal complement with no modal and no subjunctive reports a fact, not an act
    # only threatened (the complement of a coded threat verb)
    found = triggers("The mayor threatened that traders were extorted by the gang.")
    assert "extorted" in found, found
