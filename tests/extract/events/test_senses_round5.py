"""Word senses of the fifth precision round (issue 12): ``senses.tsv`` rows and the
relations ``acomp``, ``prep_word``, ``quoted`` and ``prep_comp_obj``. Sentences written for
the tests; each case has a contrast that must stay an event of its kind."""

from __future__ import annotations

from tests.extract.events.helpers import parse


def _codes(*texts: str) -> list[list[str]]:
    return [[e.code for e in d.events] for d in parse(*texts)]


def _root(codes: list[str], root: str) -> list[str]:
    return [c for c in codes if c.startswith(root)]


def test_discussing_a_publication_is_no_consultation():
    podcast, dispute = _codes(
        "The Colombian minister discussed the new podcast series with reporters.",
        "The Colombian minister discussed the border dispute with Peruvian officials.",
    )
    assert not _root(podcast, "04")
    assert _root(dispute, "04")


def test_deploying_strategies_is_no_mobilisation():
    strategies, troops = _codes(
        "Peruvian farmers are deploying new strategies to protect their crops.",
        "Colombia deployed troops to the Venezuelan border.",
    )
    assert not _root(strategies, "15")
    assert _root(troops, "15")


def test_violating_a_law_is_no_ceasefire_violation():
    law, truce = _codes(
        "The Honduran judges said the Honduran army violates the constitution.",
        "Israel and Hezbollah violated the ceasefire.",
    )
    assert not law
    assert _root(truce, "196")


def test_supporting_machines_is_no_political_support():
    machines, opposition = _codes(
        "The Mexican government's payment networks support about 900 cash machines.",
        "The Mexican government supported the Venezuelan opposition.",
    )
    assert not _root(machines, "05")
    assert _root(opposition, "05")


def test_agree_after_a_quotation_is_a_reporting_verb():
    quoted, intent = _codes(
        '"The outlook for exports is weak," agreed the Brazilian finance minister.',
        "The Brazilian finance minister agreed to resume talks with Argentina.",
    )
    assert not _root(quoted, "03")
    assert _root(intent, "03")


def test_offering_products_is_no_offer_of_cooperation():
    laptops, mediate = _codes(
        "The Mexican government will offer new laptop computers to schools next month.",
        "Qatar offered to mediate between Venezuela and Colombia.",
    )
    assert not _root(laptops, "03")
    assert _root(mediate, "03")


def test_cutting_a_deficit_is_no_reduction_of_relations():
    deficit, aid = _codes(
        "The Brazilian government promised to cut the budget deficit and expand trade "
        "with Argentina.",
        "The Brazilian government cut aid to Bolivia.",
    )
    assert not _root(deficit, "16")
    assert _root(aid, "16")


def test_providing_that_is_a_conjunction():
    condition, weapons = _codes(
        "Mexican residents may borrow abroad, providing that the loans last a year.",
        "Iran is providing weapons to the Yemeni rebels.",
    )
    assert not _root(condition, "07")
    assert _root(weapons, "07")


def test_meeting_commitments_is_paying_them():
    commitments, minister = _codes(
        "The Chilean government met its debt commitments to the IMF.",
        "The Chilean president met the Peruvian foreign minister in Lima.",
    )
    assert not _root(commitments, "04")
    assert _root(minister, "04")


def test_a_news_agencys_enquiry_is_no_investigation():
    reuters, prosecutors = _codes(
        "A Mexican police spokesman said in response to an enquiry from Reuters that no one "
        "was hurt.",
        "Mexican prosecutors opened an inquiry into the mayor of Juarez.",
    )
    assert not _root(reuters, "09")
    assert _root(prosecutors, "09")


def test_market_demand_is_no_demand_made():
    dollars, resignation = _codes(
        "The Venezuelan central bank faced strong demand for dollars from Colombian importers.",
        "Colombian unions renewed their demand for the resignation of the Colombian minister.",
    )
    assert not _root(dollars, "10")
    assert _root(resignation, "10")


def test_supplying_a_market_is_trade_not_aid():
    market, weapons = _codes(
        "The Venezuelan government will supply the Colombian market with gas.",
        "Venezuela supplied weapons to the Colombian rebels.",
    )
    assert not _root(market, "07") and not _root(market, "03")
    assert _root(weapons, "07")


def test_pleading_guilty_is_a_statement_not_an_appeal():
    # an admission of responsibility (015, root 01) since roots35; still no appeal 02x
    (plea,) = _codes("The former Peruvian mayor pleaded guilty to bribery charges.")
    assert plea == ["015"]


def test_talking_about_a_topic_is_a_statement_talking_with_someone_is_consulting():
    about, with_ = _codes(
        "The Colombian minister talked about the coming elections in an interview.",
        "The Colombian minister talked with Venezuelan officials about the border.",
    )
    assert _root(about, "01") and not _root(about, "04")
    assert _root(with_, "04")


def test_meeting_in_conciliation_is_negotiation():
    (conciliation,) = _codes(
        "The Mexican union meets on Monday in conciliation with the employers' association."
    )
    assert "046" in conciliation and "080" not in conciliation


def test_a_ban_on_business_or_imports_is_an_economic_sanction():
    business, imports, party = _codes(
        "Mexican citizens are banned from doing business with the cartel.",
        "The Peruvian government banned imports of Chilean wine.",
        "The Venezuelan government banned the opposition party.",
    )
    assert business == ["163"] and imports == ["163"]
    assert _root(party, "172")


def test_refusing_to_answer_is_declining_comment():
    answer, meet = _codes(
        "The Argentine minister refused to answer questions about the Venezuelan loan.",
        "The Argentine minister refused to meet the Venezuelan envoy.",
    )
    assert "011" in answer and not _root(answer, "12")
    assert _root(meet, "12")


def test_blaming_the_market_accuses_no_actor():
    market, government = _codes(
        "The Indonesian minister blamed recent price changes on unbalanced supply and demand.",
        "The Indonesian minister blamed the Malaysian government for the price war.",
    )
    assert not _root(market, "11")
    assert _root(government, "11")


def test_a_journalists_question_is_no_request():
    (asked,) = parse(
        "Asked whether Gulf states had proposals to help Qatar sell its oil, the "
        "Kuwaiti minister said no."
    )
    assert not [e for e in asked.events if e.trigger.text == "Asked"]


def test_hosting_a_panel_is_no_visit():
    panel, visit = _codes(
        "A recent panel hosted by the Jamaica Gleaner discussed gang recruitment.",
        "Mexico hosted the Guatemalan president in the capital.",
    )
    assert not _root(panel, "043")
    assert _root(visit, "043")


def test_proposing_a_law_reform_is_no_offer():
    reform, talks = _codes(
        "The Guatemalan tax agency has proposed reforms to Guatemala's customs law.",
        "The Guatemalan president proposed talks with the Honduran government.",
    )
    assert not _root(reform, "03")
    assert _root(talks, "03")


def test_ratifying_a_union_contract_is_no_political_agreement():
    union, treaty = _codes(
        "A new union contract ratified by members of the Mexican electrical workers union "
        "cuts wages.",
        "The Mexican senate ratified the extradition treaty with Colombia.",
    )
    assert "057" not in union
    assert "057" in treaty
