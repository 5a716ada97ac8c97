"""Trigger words that report no act: evidence weighed, rates, shares, trends, and an
outlet's staff at work (issue 12, round 33: ``nonevents.py`` with ``nonevents.tsv``;
``nonacts.py`` ``outlet_codes``; ``statistic_change_verbs`` in ``modality.yaml``).
Sentences written for these tests; each rule has a guard."""

from __future__ import annotations

from dataclasses import replace

from tests.extract.events.helpers import events
from watchfloor.extract.events import nonacts, nonevents
from watchfloor.extract.events.nonacts import NonActs, default_lists

NO_SIGNS = (
    "There have been no signs of drug deals between the Gulf Cartel and the Zetas in Tamaulipas."
)
PER_ARREST = "Honduran police killed one person for every 5,000 arrests last year."
WEBCAST = "InSight Crime director Steven Dudley discussed the gang truce in El Salvador."


# -- evidence weighed ----------------------------------------------------------------------
def test_no_signs_of_deals_is_no_event() -> None:
    assert events(NO_SIGNS, "deals") == []


def test_no_evidence_of_talks_is_no_event() -> None:
    text = (
        "The report offered no evidence of talks between the Mexican government and the "
        "Sinaloa Cartel."
    )
    assert events(text, "talks") == []


def test_the_word_lists_remove_them(monkeypatch) -> None:
    # the round-33 readings, not another rule: with no words the events are coded
    monkeypatch.setattr(nonevents, "_lists", lambda: {})
    assert events(NO_SIGNS, "deals")
    assert events(PER_ARREST, "killed")


def test_signs_of_clashes_stay() -> None:
    # guard: evidence that is not negated reports the clashes
    found = events(
        "There were signs of clashes between the Colombian army and the FARC near the border.",
        "clashes",
    )
    assert found and found[0].code.startswith("19")


# -- rates and means -----------------------------------------------------------------------
def test_a_rate_is_no_event() -> None:
    assert events(PER_ARREST, "killed") == []


def test_an_average_is_no_event() -> None:
    assert (
        events("San Pedro Sula averaged about 300 killings a year during the 2000s.", "killings")
        == []
    )


def test_a_killing_in_a_raid_stays() -> None:
    # guard: a count without a rate is one act
    found = events("Honduran police killed two gang members in a raid on Tuesday.", "killed")
    assert found and found[0].source_code == "HNDCOP"


def test_a_sentence_for_each_murder_stays() -> None:
    # guard: "for each of the murders" counts nothing per anything
    found = events(
        "The court sentenced the former Guatemalan police chief to 30 years for "
        "each of the murders.",
        "sentenced",
    )
    assert found and found[0].code.startswith("11")


# -- the class a share counts --------------------------------------------------------------
def test_the_class_of_a_share_is_no_event() -> None:
    assert (
        events(
            "Half of the Hondurans who said police had extorted them lived in the capital.",
            "extorted",
        )
        == []
    )


def test_the_class_of_a_fraction_is_no_event() -> None:
    assert (
        events(
            "A third of the migrants who were detained by Mexican police came from Honduras.",
            "detained",
        )
        == []
    )


def test_a_relative_clause_without_a_share_stays() -> None:
    # guard: the same clause on people who act, no share of them
    found = events(
        "Hondurans who reported having been extorted by police marched to the capital.", "extorted"
    )
    assert found and found[0].code.startswith("17")


def test_one_of_the_groups_designated_stays() -> None:
    # guard: a bare number is no share; the designation is reported
    found = events(
        "The Sinaloa Cartel is one of several Mexican groups the United States designated as "
        "terrorist organizations last year.",
        "designated",
    )
    assert found and found[0].source_code == "USA"


# -- a trend's subject ---------------------------------------------------------------------
def test_the_subject_of_a_trend_is_no_event() -> None:
    assert (
        events("Extortion by the gangs showed a sharp rise in 2015, officials said.", "extortion")
        == []
    )


def test_a_count_that_quintupled_is_no_event() -> None:
    assert (
        events(
            "By the end of 2016, the number of people arrested for extortion in "
            "Honduras had nearly quintupled.",
            "arrested",
        )
        == []
    )


def test_an_attack_that_forced_a_drop_stays() -> None:
    # guard: "force" is no trend verb: the attack is reported
    found = events(
        "The attack by the Zetas forced a sharp drop in cattle prices in Tamaulipas.", "attack"
    )
    assert found and found[0].source_code == "MEXCRM"


# -- an outlet's staff at work -------------------------------------------------------------
def test_the_outlets_staff_discussing_is_no_event() -> None:
    assert events(WEBCAST, "discussed") == []


def test_the_outlet_code_removes_it(monkeypatch) -> None:
    lists = replace(default_lists(), outlet_codes=frozenset())
    monkeypatch.setattr(nonacts, "default_nonacts", lambda: NonActs(lists))
    assert events(WEBCAST, "discussed")


def test_the_outlets_staff_accusing_a_government_stays() -> None:
    # guard: an accusation is no reporting work (outlet roots: investigate, consult)
    found = events(
        "InSight Crime director Steven Dudley accused the Salvadoran government of "
        "negotiating with the gangs.",
        "accused",
    )
    assert found and found[0].source_code == "NGOISC" and found[0].target_code == "SLVGOV"
