"""Regression tests for the error patterns of issue 12 (sentences written for these tests)."""

from __future__ import annotations

from tests.extract.events.helpers import parse


def _events(text: str):
    return parse(text)[0].events


def test_a_condition_is_no_commitment():
    events = _events("The miners will stay on strike until the governor resigns.")
    resign = [e for e in events if e.trigger.text == "resigns"]
    assert resign and all(e.hypothetical for e in resign)
    # no asserted "agree to step down" and no intent derived from a condition
    assert not [e for e in events if e.code.startswith("083") and not e.hypothetical]
    assert not [e for e in events if e.root == "03"]


def test_charging_fees_is_no_arrest():
    events = _events("The Barrio 18 gang charges extortion fees to shopkeepers in Guatemala.")
    assert not [e for e in events if e.root == "17"]
    events = _events("Prosecutors in Guatemala charged the gang leader with extortion.")
    assert [e for e in events if e.code == "173"]


def test_receiving_orders_or_money_is_no_visit():
    assert not [
        e
        for e in _events("Cartel cells in Ecuador receive orders from their partners in Mexico.")
        if e.root == "04"
    ]
    assert not [
        e
        for e in _events(
            "The clinic in Haiti would stay open if it received more funding from Canada."
        )
        if e.code == "043"
    ]
    hosted = [
        e
        for e in _events("The president of Colombia received the Chilean minister.")
        if e.code == "043"
    ]
    assert hosted


def test_the_subject_of_a_receiving_verb_is_the_target():
    events = _events("Peru's former president has faced accusations from Peruvian prosecutors.")
    accuse = [e for e in events if e.root == "11"]
    assert accuse
    assert all(e.target_code and e.target_code.startswith("PER") for e in accuse)
    assert all(e.source_code != e.target_code for e in accuse)
    events = _events("The Brazilian minister failed to secure concessions from Japan.")
    yields = [e for e in events if e.root == "08" or e.code == "124"]
    assert yields
    assert all(e.source_code == "JPN" for e in yields)
    assert all((e.target_code or "").startswith("BRA") for e in yields)


def test_statistics_are_not_violence():
    events = _events("Honduras registered 1,204 homicides in the first half of the year.")
    assert not [e for e in events if e.root in {"18", "19", "20"}]
    events = _events("Colombia recorded 212 kidnappings last year.")
    assert not [e for e in events if e.root in {"17", "18", "19"}]


def test_killings_are_coded_by_who_kills():
    police = [
        e
        for e in _events("Mexican police killed a street vendor in Puebla.")
        if e.trigger.text == "killed"
    ]
    assert police and all(e.code == "175" for e in police)
    # police killing an armed criminal is fighting, 19x (issue 12 roots30: judged so in
    # seeds 3007-3057; the kidnapper was this test's 175 case before)
    police = [
        e
        for e in _events("Mexican police killed a suspected kidnapper in Puebla.")
        if e.trigger.text == "killed"
    ]
    assert police and all(e.root == "19" for e in police)
    gang = [
        e
        for e in _events("MS-13 gang members killed two bus drivers in El Salvador.")
        if e.trigger.text == "killed"
    ]
    assert gang and all(e.root == "18" for e in gang)
    army = [
        e
        for e in _events("Nigerian soldiers killed ten insurgents in Borno.")
        if e.trigger.text == "killed"
    ]
    assert army and all(e.root == "19" for e in army)


def test_economic_retaliation_is_a_sanctions_threat():
    events = _events("China threatened protectionist retaliation against Australia.")
    threats = [e for e in events if e.root == "13"]
    assert threats and all(e.code == "1312" for e in threats)
    assert not [e for e in events if e.code == "138" or e.root == "19"]
    events = _events("South Korea warned of retaliatory restrictions on Japanese exports.")
    assert not [e for e in events if e.code == "138"]


def test_the_target_of_a_tariff_on_goods_is_their_origin():
    events = [
        e
        for e in _events("The United States imposed tariffs on microchips made in Taiwan.")
        if e.code.startswith("16")
    ]
    assert events and events[0].target_code == "TWN"
    events = [
        e
        for e in _events("Canada imposed duties on steel from South Korea.")
        if e.code.startswith("16")
    ]
    assert events and events[0].target_code == "KOR"


def test_nominal_triggers_take_arguments_from_the_picker():
    # the rules give "seizure" the acted-on goods; the picker finds whom they were seized from
    events = [
        e
        for e in _events("The Colombian navy made a seizure of cocaine from FARC dissidents.")
        if e.trigger.text == "seizure"
    ]
    assert events and events[0].source_code == "COLMIL"
    assert events[0].target_code and events[0].target_code.startswith("COL")
    assert events[0].extra["evidence"]["arguments"] == "model"
    # a place is where the event happened, never its target
    events = [
        e
        for e in _events("Peruvian police launched raids on homes in Ayacucho.")
        if e.trigger.text == "raids"
    ]
    assert all(e.target_code != "PER" for e in events)


def test_an_expected_act_is_no_intent():
    events = _events(
        "The Bolivian interior minister, expected to resign soon, visited the border post."
    )
    assert not [e for e in events if e.extra.get("intent_of")]
    events = _events("The Bolivian interior minister will resign next week.")
    assert [e for e in events if e.extra.get("intent_of")]


def test_trade_duties_are_economic_sanctions_not_administrative_ones():
    """Seed 3002 judging: duties and curbs on trade were 172 (administrative sanctions)."""
    duties = _events("Canada imposed anti-dumping duties on Brazilian steel.")
    assert [e.code for e in duties if e.trigger.text == "imposed"] == ["163"]
    curfew = _events("The governor imposed a curfew in Tegucigalpa.")
    assert [e.code for e in curfew if e.trigger.text == "imposed"] == ["1723"]
