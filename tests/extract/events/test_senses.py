"""Verb and noun senses from the trigger's own object, particle or complement
(``senses.tsv``, :mod:`watchfloor.extract.events.senses`); sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import parse
from watchfloor.extract.events.senses import NO_EVENT, SenseTable, default_senses


def _codes(text: str) -> list[str]:
    return [e.code for e in parse(text)[0].events]


def test_every_row_is_well_formed():
    table = default_senses()
    assert table.rows
    from watchfloor.extract.lexicon import default_lexicon

    lex = default_lexicon()
    for (lemma, pos), rows in table.rows.items():
        assert pos in {"VERB", "NOUN"}, lemma
        for row in rows:
            assert row.words and row.provenance, lemma
            assert row.sense == NO_EVENT or lex.describe(row.sense), (lemma, row.sense)


def test_an_unknown_relation_is_a_clear_error():
    bad = "lemma\tpos\trelation\twords\tsense\tprovenance\nmeet\tVERB\tsubject\tx\tnone\tp\n"
    with pytest.raises(ValueError, match="unknown relation"):
        SenseTable.from_text(bad)


def test_meeting_a_goal_is_no_meeting():
    assert not [
        c
        for c in _codes("The Honduran police met their target of cutting murders.")
        if c.startswith("04")
    ]
    assert [
        c
        for c in _codes("The Honduran president met the Mexican foreign minister.")
        if c.startswith("04")
    ]


def test_offering_an_indication_is_no_offer():
    assert not [
        c
        for c in _codes("The Peruvian report offers a glimpse of the cocaine trade.")
        if c.startswith("03")
    ]


def test_shares_shooting_up_is_no_attack():
    codes = _codes("Shares of the Peruvian mining group shot up 3 dlrs in Lima on Monday.")
    assert not [c for c in codes if c[:2] in {"18", "19"}]


def test_agreeing_to_buy_is_no_intent():
    codes = _codes("Mexico agreed to buy two hundred tonnes of corn from Argentina.")
    assert not [c for c in codes if c.startswith("03")]
    codes = _codes("Mexico agreed to extradite the cartel leader to the United States.")
    assert [c for c in codes if c.startswith("03") or c.startswith("06")]


def test_a_board_meeting_and_a_marketing_agreement_are_no_events():
    assert not _codes("The board of the Chilean copper firm Codelco held a meeting in Santiago.")
    assert not [
        c
        for c in _codes("Chile reached a marketing agreement with a copper trader in Peru.")
        if c == "057"
    ]


def test_trade_retaliation_threatens_sanctions_not_force():
    codes = _codes("Brasilia threatened retaliation over microchips from Taiwan.")
    assert "1312" in codes
    assert not [c for c in codes if c.startswith("138") or c.startswith("19")]


def test_harm_by_circumstances_is_no_attack_or_threat():
    assert not _codes(
        "Guatemala's coffee crop is seriously threatened by pests, the agriculture ministry said."
    )
    assert [
        c
        for c in _codes("Guerrillas in Colombia threatened the mayor of Cali.")
        if c.startswith("13")
    ]


def test_market_measures_are_no_offers_or_sanctions():
    assert not [
        c
        for c in _codes("The central bank of Peru offered treasury bills worth 300 mln soles.")
        if c.startswith("03")
    ]
    assert not _codes("Trading in the shares of the Chilean airline was suspended in Santiago.")


def test_holding_a_post_or_sharing_a_border_is_no_event():
    assert not [
        c for c in _codes("Ecuador shares a long border with Colombia.") if c.startswith("06")
    ]
    assert not [
        c
        for c in _codes("The Zetas commander no longer occupied a senior post in Veracruz.")
        if c.startswith("19")
    ]
    assert [
        c for c in _codes("Mexican troops occupied the town of Apatzingan.") if c.startswith("19")
    ]


def test_a_task_or_a_reception_is_no_arrest_or_meeting():
    assert not [
        c
        for c in _codes("The Honduran office charged with prosecuting gangs was closed.")
        if c.startswith("17")
    ]
    assert not [
        c
        for c in _codes("Honduras's plan was met with disapproval in Washington.")
        if c.startswith("04")
    ]
    assert not [
        c
        for c in _codes("Farmers in Venezuela are fighting for their rights.")
        if c.startswith("19")
    ]


def test_recognising_a_fact_is_no_diplomatic_recognition():
    # comp_mark: "recognise how / that ..." = realise (WordNet), not CAMEO 054
    assert "054" not in _codes(
        "Colombian officials recognised how the state had lost control of the port."
    )
    assert "054" in _codes("Spain recognized the government of Guinea-Bissau after the vote.")
