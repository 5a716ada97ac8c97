"""Issue 12, round 15 (roots15): recurrent CAMEO root errors of the judged samples (seeds
3019-3029, tuned-on): accepting bribes or cartel money read as an intent to cooperate,
accepting responsibility read as an intent, an agreement reached on a price or a
recommendation read as an intent, capturing a boat or a shipment read as an arrest, and a
complaint voiced to reporters read as a formal complaint. The senses are read from the
trigger's object or prepositional object (``senses.tsv``).

Sentences written for these tests (not from any corpus)."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import events


def codes(text: str, trigger: str) -> list[str]:
    return [e.code for e in events(text, trigger)]


# -- accepting money paid to an official is corruption, no cooperative act ---------------
@pytest.mark.parametrize(
    "text",
    [
        "The former governor accepted bribes from a drug cartel in exchange for contracts.",
        "The mayor allegedly accepted $2 million in campaign contributions from the Sinaloa "
        "Cartel.",
        "The former president accepted money from the Cali Cartel.",
    ],
)
def test_accepting_bribes_or_cartel_money_is_no_cooperation_event(text: str) -> None:
    assert codes(text, "accepted") == []


def test_accepting_mediation_stays_an_offer_to_accept_mediation() -> None:
    assert codes("The rebels accepted the mediation of the Norwegian government.", "accepted") == [
        "038"
    ]


# -- accepting responsibility admits it ---------------------------------------------------
def test_accepting_responsibility_is_admitting_responsibility() -> None:
    assert codes("The president accepted responsibility for the failed raid.", "accepted") == [
        "015"
    ]


def test_accepting_demands_stays_a_concession() -> None:
    assert codes("Spain accepted the demands of the strikers.", "accepted") == ["080"]


# -- an agreement reached on a price or a recommendation ----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The finance ministers of the five states agreed on a common price for crude oil.",
        "The ministers agreed on a recommendation to open their labour markets.",
    ],
)
def test_agreeing_on_a_price_or_recommendation_is_an_agreement(text: str) -> None:
    found = codes(text, "agreed")
    assert found and all(c.startswith("05") for c in found), found


def test_agreeing_to_cooperate_stays_an_intent() -> None:
    found = codes("The rebels agreed to cooperate with the United Nations mission.", "agreed")
    assert found and all(c.startswith("03") for c in found), found


# -- capturing things is a seizure, capturing people an arrest ---------------------------
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The navy captured a boat carrying two tonnes of cocaine off Ecuador.", "captured"),
        ("Police captured a shipment of weapons bound for the rebels.", "captured"),
        ("The capture of the vessel by the coast guard angered Nicaragua.", "capture"),
    ],
)
def test_capturing_a_boat_or_shipment_is_a_seizure(text: str, trigger: str) -> None:
    assert codes(text, trigger) == ["1711"]


@pytest.mark.parametrize(
    "text",
    [
        "Police captured the gang leader in Cali.",
        "Mexican police captured the cartel's accountant in Sinaloa.",
    ],
)
def test_capturing_people_stays_an_arrest(text: str) -> None:
    assert codes(text, "captured") == ["173"]


@pytest.mark.parametrize(
    "text",
    [
        "The Liberal party captured 40 percent of the vote in Victoria.",
        "The Japanese firm captured a large share of the chip market.",
    ],
)
def test_capturing_votes_or_market_share_is_no_event(text: str) -> None:
    assert codes(text, "captured") == []


# -- a complaint voiced to reporters is criticism; a formal one stays 114 ----------------
@pytest.mark.parametrize(
    "text",
    [
        '"The courts let them go free every time," the police chief complained.',
        "The minister complained in an interview that the courts were too slow.",
    ],
)
def test_complaining_in_speech_is_criticism(text: str) -> None:
    assert codes(text, "complained") == ["111"]


def test_a_formal_complaint_stays_an_official_complaint() -> None:
    assert codes(
        "Peru filed a formal complaint with the United Nations over the incursion.", "complaint"
    ) == ["114"]


def test_complaining_to_a_government_stays_an_official_complaint() -> None:
    assert codes("Argentina complained to Britain about the fishing zone.", "complained") == ["114"]


# -- the reporting use after a quotation parsed apart from its verb -----------------------
def _parsed(words: list[str], heads: list[int], deps: list[str]):  # noqa: ANN202
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def test_a_closing_quote_before_the_subject_marks_a_reporting_verb() -> None:
    from watchfloor.extract.events.senses import _after_quote

    # '... find that no one checks , " Ortega complained': the quotation's clause is
    # attached elsewhere (a long quotation parsed apart), the verb keeps the closing mark
    doc = _parsed(
        ["they", "find", "that", "nobody", "checks", ",", '"', "Ortega", "complained"],
        [1, 1, 4, 4, 8, 1, 8, 8, 1],
        ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "punct", "punct", "nsubj", "ccomp"],
    )
    assert _after_quote(doc[8])


def test_a_quoted_word_inside_the_subject_is_no_reporting_use() -> None:
    from watchfloor.extract.events.senses import _after_quote

    # 'the " hawks " complained to Chile': the marks belong to the subject's own words
    doc = _parsed(
        ["the", '"', "hawks", '"', "complained", "to", "Chile"],
        [2, 2, 4, 2, 4, 4, 5],
        ["det", "punct", "nsubj", "punct", "ROOT", "prep", "pobj"],
    )
    assert not _after_quote(doc[4])
