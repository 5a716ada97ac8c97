"""actfix36 (issue 11): state-owned firms are businesses; the time of day is no title.

A state-ownership cue before a firm's name ("the state-owned X National Bank") makes a
name read as a state body a business (state_firm_cues.tsv); an office "of" a firm
described in lower case ("President of state oil company X") is the firm's, not the
state's. PETRARCH2's agent file reads "the PM" as a government agent, and "p.m." folds to
the same word: a lower-case "p.m."/"a.m." with its points, or any spelling right after a
number, is the time of day (non_actor_words.tsv, kind clock_time). All judged round 51.
Sentences written for these tests; guards keep the codes nearby."""

from __future__ import annotations

from tests.extract.actors.test_codes import _codes, _extract
from watchfloor.extract.actors.codes import title_role
from watchfloor.extract.gazetteer import default_gazetteer


def _coded(text: str, published: str | None = "1987-03-03") -> dict[str, str]:
    return {k: v for k, v in _codes(_extract(text, published)).items() if v}


def test_a_lower_case_pm_after_an_hour_is_no_government():
    codes = _coded(
        "Jorge Ramos was a local councillor in the Paraguayan city of Pedro Juan "
        "Caballero. Ramos was shot at 6 p.m. on Friday after gunmen stopped his truck."
    )
    assert "PRYGOV" not in codes.values()


def test_a_capitalised_pm_after_an_hour_is_no_government():
    codes = _coded("The blast in Lahore came at 11 PM on Sunday, Pakistani police said.")
    assert "PAKGOV" not in codes.values()
    assert "PAKCOP" in codes.values()  # guard: the police beside it stay


def test_guard_the_police_in_a_timed_sentence_keep_their_code():
    codes = _coded("Colombian police raided the farm at 5 a.m. and seized two tonnes of coca.")
    assert "COLCOP" in codes.values()
    assert "COLGOV" not in codes.values()


# -- state-owned firms --------------------------------------------------------------------
def test_a_state_owned_bank_named_national_is_a_business():
    codes = _coded(
        "The state-owned Philippine National Bank will lend 40 million pesos to the "
        "assembler. Philippine National Bank said the loan would be repaid in five years."
    )
    assert codes.get("Philippine National Bank") == "PHLBUS"


def test_guard_a_national_bank_without_a_cue_keeps_the_central_banks_code():
    codes = _coded("The Swiss National Bank left its rates unchanged on Thursday.")
    assert codes.get("Swiss National Bank") == "CHEGOV"


def test_an_office_of_a_described_state_firm_is_the_firms():
    gaz = default_gazetteer()
    assert title_role(gaz, "the President of state oil company Pertamina") == "BUS"
    assert title_role(gaz, "president of the state-owned oil company") == "BUS"
    assert title_role(gaz, "chairman of state steel maker Krakatau") == "BUS"


def test_guard_the_central_banks_governor_stays_the_states():
    gaz = default_gazetteer()
    assert title_role(gaz, "governor of the central bank") == "GOV"
    assert title_role(gaz, "head of the national police") == "COP"


def test_the_president_of_a_state_oil_company_is_not_the_government():
    codes = _coded(
        "Indonesia will cut oil spending this year.\n    Budi Santoso Harahap, the "
        "President of state oil company\nPertamina, has said that spending by all oil "
        "companies in Indonesia would fall."
    )
    assert "IDNGOV" not in codes.values()
    assert codes.get("Indonesia") == "IDN"  # guard: the country stays


def test_guard_a_bare_pm_with_no_number_may_still_be_an_office():
    import spacy

    from watchfloor.extract.actors.role_phrases import _clock_time

    doc = spacy.blank("en")("The PM said the talks at 9 p.m. went well.")
    words = {t.text: _clock_time(doc, t) for t in doc}
    assert words["PM"] is False
    assert words["p.m."] is True
