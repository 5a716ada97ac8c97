"""Company and market actors are no political actors (``commercial.yaml``,
:mod:`watchfloor.extract.events.commercial`); sentences written for the tests."""

from __future__ import annotations

from tests.extract.events.helpers import parse


def _events(text: str):
    return parse(text)[0].events


def test_a_deal_between_companies_is_not_emitted():
    assert not _events("Ferrocorp Inc offered to acquire the rail unit of Mallow Holdings.")
    assert not _events("Ferrocorp Inc rejected the offer from Mallow Holdings on Friday.")


def test_the_short_name_of_a_company_named_earlier_is_a_company():
    doc = parse(
        "Ferrocorp Inc makes rail cars. Ferrocorp rejected a proposal from its "
        "shareholders on Friday."
    )[0]
    assert not [e for e in doc.events if e.sentence.text.startswith("Ferrocorp rejected")]


def test_market_participants_are_not_political_actors():
    assert not _events("Shareholders rejected the offer of the company's board on Tuesday.")
    assert not _events("Analysts and traders rejected the plan on Tuesday.")
    # labour unions are political actors in CAMEO (LAB): their dispute with a firm stays
    assert _events("Ferrocorp Inc rejected the demands of the union leaders on Friday.")


def test_a_government_acting_on_a_company_stays():
    events = _events("The Bolivian government seized the assets of Ferrocorp Inc in La Paz.")
    assert [
        e for e in events if e.root == "17" and e.source_code and e.source_code.startswith("BOL")
    ]


def test_a_state_and_its_creditor_banks_stay():
    events = _events("Ecuador rejected the terms offered by its creditor banks.")
    assert [e for e in events if e.source_code == "ECU" and e.root == "12"]


def test_coercion_of_a_company_by_someone_unnamed_stays():
    events = _events("Two managers of Ferrocorp Inc were arrested in Lima on Monday.")
    assert [e for e in events if e.root == "17"]


def test_a_multinational_code_is_commercial_whatever_its_order():
    from watchfloor.extract.events.commercial import CommercialActors

    judge = CommercialActors([])
    assert judge.commercial_code("MNCUSA") and judge.commercial_code("VENBUS")
    assert not judge.commercial_code("VENGOV") and not judge.commercial_code("USA")


# -- commodity-market news (commercial.yaml: commodities, market_terms, non_state) ----------


def test_a_commodity_bodys_quota_round_is_no_political_event():
    # market operations of an IGO or an uncoded commodity council: no CAMEO event (each of
    # these sentences gave a cooperation event before the market rule)
    assert not _events(
        "The European Community offered 50,000 tonnes of white sugar at its weekly export tender."
    )
    assert not [
        e
        for e in _events(
            "Brazil proposed new coffee export quotas at the meeting of the coffee council."
        )
        if e.root == "04"
    ]


def test_market_acts_of_states_and_coercion_stay():
    events = _events(
        "The United States imposed sanctions on Brazilian sugar exports after the talks failed."
    )
    assert [e for e in events if e.source_code == "USA" and e.target_code == "BRA"]
    events = _events("Colombia will meet Brazil next week to discuss coffee export quotas.")
    assert [e for e in events if e.source_code == "COL" and e.target_code == "BRA"]
    events = _events("Argentine and Chilean ministers held talks on wheat export prices.")
    assert [e for e in events if e.source_code and e.source_code.startswith("ARG")]
    events = _events("Rebels burned the sugar harvest and attacked a police post near Cali.")
    assert [e for e in events if e.quad_class == 4 and e.source_code == "REB"]


def _sentence(text: str):
    from watchfloor.nlp.pipeline import load_nlp

    return next(load_nlp()(text).sents)


def test_market_sentence_needs_a_commodity_and_a_market_word():
    from watchfloor.extract.events.commercial import CommercialActors

    judge = CommercialActors([])
    assert judge.market_sentence(_sentence("Sugar export tenders were cut in March."))
    # a commodity without its market, or a market word without a commodity: no
    assert not judge.market_sentence(_sentence("Gunmen burned the sugar mill in March."))
    assert not judge.market_sentence(_sentence("The export of rifles was banned in March."))
