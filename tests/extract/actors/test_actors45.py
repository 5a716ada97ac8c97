"""actors45 of the actor-code rules (docs/actor-codes.md, "Actors45"): dictionary aliases
inside a firm's name (a person's surname in "Petro-Canada", a party's initials on a
firm's ticker), an exchange's board of governors, deposit insurers named "Corp", the
wrapped name of a listed body, and former officials (a closed span of years after the
title; a title in a sentence of leaving office when the dated record agrees). Sentences
and names written for these tests; guards show the earlier readings kept."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract


def _codes(doc) -> dict[str, str | None]:
    return {e.name: e.actor_code for e in doc.entities if e.type in {"person", "organization"}}


# -- a person's alias inside a firm's name --------------------------------------------------
def test_a_surname_joined_by_a_hyphen_to_a_country_is_no_person():
    doc = _extract(
        "CALGARY, March 4 - Petro-Canada said on Wednesday it would raise its crude oil "
        "postings by 50 cents a barrel.",
        published="1987-03-04",
    )
    assert "Gustavo Petro" not in _codes(doc)
    assert "COLGOV" not in _codes(doc).values()


def test_a_surname_opening_a_firm_s_legal_name_is_no_person():
    from watchfloor.extract.actors.firm_namesakes import person_in_firm_name
    from watchfloor.extract.gazetteer import default_gazetteer
    from watchfloor.nlp.pipeline import load_nlp

    doc = load_nlp()("Shares of Petro Holdings Inc rose on Tuesday.")
    assert person_in_firm_name(default_gazetteer(), doc[2:3])


def test_guard_the_person_named_alone_or_beside_another_person_stays():
    doc = _extract(
        "BOGOTA, March 4 - President Petro said on Wednesday the talks with rebels would "
        "resume. Pro-Petro marchers gathered in the capital.",
        published="2026-03-04",
    )
    assert _codes(doc).get("Gustavo Petro") == "COLGOV"


def test_the_dated_president_gives_no_code_before_his_term():
    doc = _extract(
        "BOGOTA, March 4 - Gustavo Petro said on Wednesday he would oppose the bill.",
        published="2019-03-04",
    )
    assert _codes(doc).get("Gustavo Petro") != "COLGOV"


# -- a party's initials given to a firm -----------------------------------------------------
def test_initials_on_a_firm_s_ticker_are_no_party():
    doc = _extract(
        "ROME, March 18 - Ferrano SpA denied a report that it was studying an offer for 13 "
        "European plants owned by the U.S. Group CPC International Inc &lt;CPC.N>. A "
        "spokesman said Ferrano was considering a bid for the CPC plants.",
        published="1987-03-18",
    )
    assert "Chinese Communist Party" not in _codes(doc)


def test_firm_initials_are_read_from_the_legal_name_or_the_ticker():
    from watchfloor.extract.actors.firm_namesakes import firm_initials

    assert firm_initials("plants of CPC International Inc were sold", "CPC")
    assert firm_initials("shares of Acme &lt;CPC.N> fell", "CPC")
    assert not firm_initials("the CPC Central Committee met", "CPC")
    assert not firm_initials("plants of CPC International Inc", "Cpc")  # no initials


def test_guard_the_party_s_initials_in_a_party_story_stay():
    doc = _extract(
        "BEIJING, March 4 - The CPC Central Committee met on Wednesday to discuss the plan.",
        published="2020-03-04",
    )
    assert _codes(doc).get("Chinese Communist Party") == "CHNPTY"


# -- an exchange's board of governors -------------------------------------------------------
def test_an_exchange_s_governors_are_no_government():
    doc = _extract(
        "NEW YORK, April 13 - The Pacific Stock Exchange said eight governors were elected "
        "to its 20-member board of governors at its annual meeting. The governors will serve "
        "two-year terms.",
        published="1987-04-13",
    )
    assert not any(c and c.endswith("GOV") for c in _codes(doc).values())


def test_guard_a_state_s_governor_and_the_fed_s_board_stay():
    doc = _extract(
        "WASHINGTON, April 13 - The Federal Reserve's board of governors voted to raise the "
        "discount rate. The governors said inflation was rising.",
        published="1987-04-13",
    )
    assert "USAGOV" in _codes(doc).values()
    doc = _extract(
        "AUSTIN, April 13 - The governor of Texas signed the budget bill on Monday.",
        published="1987-04-13",
    )
    assert "USAGOV" in _codes(doc).values()


# -- deposit insurers and wrapped names -----------------------------------------------------
def test_a_federal_deposit_insurer_named_corp_is_the_government():
    doc = _extract(
        "TACOMA, Wash., April 3 - Harbor Savings Bank said it would leave coverage by the "
        "Federal Savings and Loan Insurance Corp. The FSLIC declined comment.",
        published="1987-04-03",
    )
    assert _codes(doc).get("Federal Savings and Loan Insurance Corporation") == "USAGOV"
    assert "BUS" not in _codes(doc).values()


def test_a_listed_body_s_name_wrapped_over_two_lines_is_read_whole():
    doc = _extract(
        "TACOMA, Wash., April 3 - Harbor Savings Bank said it would withdraw from coverage "
        "by the Federal Savings and\nLoan Insurance Corp. and seek a state charter.",
        published="1987-04-03",
    )
    assert _codes(doc).get("Federal Savings and Loan Insurance Corporation") == "USAGOV"


# -- former officials -----------------------------------------------------------------------
def test_a_title_with_a_closed_span_of_past_years_is_a_former_office():
    doc = _extract(
        "CHICAGO, March 3 - Farm delegates heard Dale Wittmer, USDA Assistant Secretary for "
        "Economics for the years 1980 to 1984, at the convention in Indianapolis.",
        published="1987-03-03",
    )
    assert _codes(doc).get("Dale Wittmer") == "USAELI"


def test_guard_a_title_without_past_years_stays_the_office():
    doc = _extract(
        "CHICAGO, March 3 - Farm delegates heard Dale Wittmer, USDA Assistant Secretary for "
        "Economics, at the convention in Indianapolis.",
        published="1987-03-03",
    )
    assert _codes(doc).get("Dale Wittmer", "").startswith("USAGOV")


def test_a_title_in_a_sentence_of_his_resignation_keeps_the_record_s_elite_code():
    doc = _extract(
        "PEKING, March 24 - A banker said he was calmer now than two months ago, when the "
        "campaign began after the resignation of Communist Party chief Hu Yaobang.",
        published="1987-03-24",
    )
    assert _codes(doc).get("Hu Yaobang") == "CHNELI"


def test_guard_the_title_still_wins_without_a_word_of_leaving():
    doc = _extract(
        "PEKING, March 24 - Communist Party chief Hu Yaobang met the visiting premier.",
        published="1987-03-24",
    )
    assert _codes(doc).get("Hu Yaobang") == "CHNPTY"


# -- a lender's name holding a state word ---------------------------------------------------
def test_a_name_ending_in_a_lending_house_s_word_is_no_legislature():
    from watchfloor.extract.actors.codes import name_code
    from watchfloor.extract.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    assert name_code(gaz, "Senate Financial")[1] != "LEG"
    assert name_code(gaz, "Senate")[1] == "LEG"  # guard: the chamber itself


def test_guard_a_headline_s_capitals_or_a_house_word_give_initials_no_firm():
    from watchfloor.extract.actors.firm_namesakes import firm_initials

    assert not firm_initials("EC CAPITAL MARKETS PLAN DELAYED\\nThe EC said", "EC")
    assert not firm_initials("EC Capital Markets Plan Delayed. The EC said", "EC")


# -- a body many states name alike, its name wrapped ----------------------------------------
def test_a_manila_story_s_securities_commission_is_no_us_agency():
    doc = _extract(
        "MANILA, April 2 - A government nominee on the bank's board filed a complaint before "
        "the Securities and\nExchange Commission last week, accusing eight directors of "
        "violating their duty. President Corazon Aquino asked for a panel.",
        published="1987-04-02",
    )
    assert "USAGOV" not in _codes(doc).values()


def test_guard_a_us_story_s_securities_commission_stays_the_us_agency():
    doc = _extract(
        "NEW YORK, April 2 - Acme Corp said it filed with the Securities and Exchange "
        "Commission to sell 2 mln shares.",
        published="1987-04-02",
    )
    assert _codes(doc).get("Securities and Exchange Commission") == "USAGOV"
