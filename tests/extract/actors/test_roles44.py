"""roles44 of the actor-code rules (docs/actor-codes.md, "Roles44"): an office whose owner
ends in a trading, broking or investment house's word (firm_house_words.tsv: "Futures",
"Securities", "Capital") is a firm's officer, not the state's: "Acme Futures president X",
"X, a vice president at Acme Futures". Sentences and names written for these tests;
guards show the state's officers kept."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract


def _code(doc, name: str) -> str | None:
    return next(e.actor_code for e in doc.entities if e.name == name)


def test_a_trading_house_president_before_the_name_is_no_government():
    doc = _extract(
        "CHICAGO, March 4 - Bond futures rose on Wednesday, traders said. Silver Bay "
        "Futures president Walter Brandt said buyers had come back to the market.",
        published="1987-03-04",
    )
    code = _code(doc, "Walter Brandt")
    assert code is None or not code.endswith("GOV")


def test_a_vice_president_at_a_securities_house_is_no_government():
    doc = _extract(
        "NEW YORK, March 4 - Oil prices should ease next month, said Peter Lang, a vice "
        "president at Harlow Lane Securities.",
        published="1987-03-04",
    )
    code = _code(doc, "Peter Lang")
    assert code is None or not code.endswith("GOV")


def test_the_house_word_in_the_title_reads_as_a_firm():
    from watchfloor.extract.actors.title_codes import appositive_body_office
    from watchfloor.extract.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    assert appositive_body_office(gaz, "vice president at Harlow Lane Futures", "") == "BUS"
    assert appositive_body_office(gaz, "president of Harlow Lane Capital", "") == "BUS"


def test_guard_a_central_bank_president_stays_the_state():
    from watchfloor.extract.actors.title_codes import appositive_body_office
    from watchfloor.extract.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    # a state bank's office says nothing through the body (the state's code is kept)
    assert appositive_body_office(gaz, "president of the Central Bank of Brazil", "") is None
    # one word alone is no house's name ("president of Capital" is left as it was)
    assert appositive_body_office(gaz, "president at Capital", "") is None


def test_guard_a_minister_beside_a_state_firm_stays_government():
    doc = _extract(
        "BRASILIA, March 4 - Brazil's Finance Minister Carlos Mendes said on Wednesday the "
        "state oil company Petrobras would cut imports.",
        published="1987-03-04",
    )
    assert _code(doc, "Carlos Mendes") == "BRAGOV"


def test_guard_the_countrys_president_stays_government():
    doc = _extract(
        "MANILA, March 4 - President Corazon Aquino said on Wednesday the Philippines would "
        "sell shares in Manila Capital Partners to foreign investors.",
        published="1987-03-04",
    )
    assert _code(doc, "Corazon Aquino") == "PHLGOV"


# -- a dictionary entry's date ranges -------------------------------------------------------
def test_a_person_in_a_story_older_than_every_office_gets_no_code_from_the_entry():
    doc = _extract(
        "NEW YORK, March 4 - The casino company said it would buy back the shares held by "
        "real estate developer Donald Trump for 24 dlrs each.",
        published="1987-03-04",
    )
    code = _code(doc, "Donald Trump")
    assert code is None or not code.endswith("GOV")


def test_guard_the_same_person_in_office_keeps_the_entrys_code():
    doc = _extract(
        "WASHINGTON, March 4 - Donald Trump signed an order on trade on Wednesday.",
        published="2018-03-04",
    )
    assert _code(doc, "Donald Trump") == "USAGOV"


def test_dated_code_before_every_range_and_guards():
    from datetime import date

    from watchfloor.extract.actors.codes import dated_code
    from watchfloor.extract.gazetteer import GazetteerEntry

    entry = GazetteerEntry(
        name="Ana Ortiz",
        type="person",
        code="PERGOV",
        attributes={"code_history": [{"code": "PERGOV", "from": "2001-01-01", "to": None}]},
    )
    early = (date(1990, 1, 1), date(1990, 1, 1))
    assert dated_code(entry, early) is None
    assert dated_code(entry, (date(2005, 1, 1), date(2005, 1, 1))) == "PERGOV"
    assert dated_code(entry, None) == "PERGOV"  # undated: the default stays


# -- "opposition" of those a preposition names ----------------------------------------------
def test_opposition_from_millers_is_no_political_opposition():
    doc = _extract(
        "WASHINGTON, March 4 - Ghana bought 50,000 tonnes of wheat last year, but local "
        "opposition from bakers has slowed the deliveries, the department said.",
        published="1987-03-04",
    )
    assert not any((e.actor_code or "").endswith("OPP") for e in doc.entities)


def test_guard_the_political_opposition_stays():
    doc = _extract("Bangladesh's opposition called a general strike on Wednesday.")
    assert "BGDOPP" in {e.actor_code for e in doc.entities}
    # the parties that resist are still the opposition
    doc = _extract("There was strong opposition from Bangladesh's opposition parties to the plan.")
    assert "BGDOPP" in {e.actor_code for e in doc.entities}
