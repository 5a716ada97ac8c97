"""Seventh round (issue 12): funding a project or campaign is material aid (071), not
verbal support; trade penalties and withdrawn trade status are sanctions (163); a
company's contract sale or service is economic cooperation (061), not aid; an air raid
or attack by planes is aerial force (195); discussing doing something is weighing a policy
option (014); suspended export quotas are no event. Sentences written for the tests, each
with a contrast."""

from __future__ import annotations

from tests.extract.events.helpers import event, parse


def _codes(text: str, trigger: str) -> set[str]:
    doc = parse(text)[0]
    return {e.code for e in doc.events if e.trigger.text.lower().startswith(trigger)}


def test_a_project_backed_by_a_development_agency_is_economic_aid():
    ev = event(
        "The new clinic project is backed by the Norwegian development agency, the planners said.",
        "backed",
    )
    assert ev.code == "071"


def test_a_credit_to_support_projects_is_economic_aid():
    ev = event(
        "The Asian Development Bank approved a 90 mln dlr loan for Nepal to support "
        "several rural road projects.",
        "support",
    )
    assert ev.code == "071"


def test_funds_diverted_to_support_campaigns_are_material_support():
    ev = event(
        "Part of the stolen money was diverted to support election campaigns of "
        "the ruling party in Honduras.",
        "support",
    )
    assert ev.code == "071"


def test_supporting_a_campaign_without_money_stays_verbal_support():
    ev = event(
        "The European Union supports the campaign against corruption in Guatemala.", "supports"
    )
    assert ev.code == "051"


def test_withdrawn_trade_status_is_a_sanction():
    ev = event("Washington withdrew preferential trading status from Hungary in 1984.", "withdrew")
    assert ev.code == "163"
    troops = event("Moscow withdrew its troops from the border region.", "withdrew")
    assert troops.code != "163"


def test_sanctions_named_by_the_participle_noun_are_163():
    ev = event(
        "The ministers discussed the sanctions imposed by the United States on Venezuela.",
        "imposed",
    )
    assert ev.code == "163"
    curfew = event("The mayor imposed a curfew on the city after the riots.", "imposed")
    assert curfew.code == "1723"


def test_trade_measures_imposed_in_retaliation_are_a_sanction():
    ev = event(
        "Canada imposed the measures on Chinese steel imports in retaliation for dumping.",
        "imposed",
    )
    assert ev.code == "163"


def test_a_contract_sale_by_a_company_is_economic_cooperation_not_aid():
    ev = event(
        "A Texas steel company signed a 20 mln dlr contract with the Egyptian "
        "government to supply steel pipe to Egypt.",
        "supply",
    )
    assert ev.code == "061"
    aid = event("Norway will supply food and medicine to the flood victims in Pakistan.", "supply")
    assert aid.code.startswith("07")


def test_services_under_a_contract_are_economic_cooperation():
    codes = _codes(
        "Lockheed said it will provide Pentagon engineers with equipment and "
        "services under the contract.",
        "provide",
    )
    assert codes and all(c.startswith("06") or c.startswith("031") for c in codes)


def test_a_raid_by_planes_is_aerial_force():
    ev = event("Syrian planes yesterday raided a camp near the border.", "raided")
    assert ev.code == "195"
    police = event("Police raided the gang's headquarters in Medellin.", "raided")
    assert police.code == "170"


def test_attacks_resumed_by_planes_are_aerial_force():
    ev = event("Syrian planes bombed a depot, resuming attacks on Turkish positions.", "attacks")
    assert ev.code == "195"
    gunmen = event("Gunmen attacked a police station in Cauca.", "attacked")
    assert gunmen.code == "180"


def test_discussing_doing_something_is_considering_a_policy_option():
    ev = event("Chile and Peru are discussing introducing a joint border patrol.", "discussing")
    assert ev.code == "014"
    talks = event("Chile and Peru discussed the border dispute in Lima.", "discussed")
    assert talks.code.startswith("04")
    met = event(
        "Officials of Chile and Peru met in Lima to discuss widening trade ties.", "discuss"
    )
    assert met.code.startswith("04")


def test_suspended_export_quotas_are_no_event():
    doc = parse("Thailand suspended its export quotas for cassava last year.")[0]
    assert not [e for e in doc.events if e.trigger.text.lower().startswith("suspended")]
    ties = event("Ecuador suspended trade with Colombia after the raid.", "suspended")
    assert ties.code.startswith("16")


def test_co_funders_of_a_project_are_no_targets_of_one_another():
    doc = parse(
        "The wind farm project is backed by the Japanese aid agency, the Volta River "
        "Authority and the Ghanaian government, the builder said."
    )[0]
    backed = [e for e in doc.events if e.trigger.text == "backed"]
    assert backed
    funders = {e.source_code for e in backed if e.source_code}
    assert funders and not funders & {e.target_code for e in backed}
    assert all(e.code == "071" for e in backed)


def test_a_participles_own_agent_is_no_part_of_its_nouns_object():
    # the noun a participle modifies is its object, but "meeting" in the participle's
    # agent phrase is not: the proposal stays a proposal, not an offer to meet (036)
    ev = event(
        "Thousands of nurses rallied to endorse moves proposed by last week's annual "
        "meeting of their union in Lagos.",
        "proposed",
    )
    assert ev.code != "036"


def test_the_funding_code_is_no_alternative_for_the_quad_class_model():
    # the model may see material cooperation in a vote, but support for a resolution is
    # verbal: the funding pattern's 071 is reached by its own conditions only
    ev = event("Brazil supported the resolution at the United Nations.", "supported")
    assert ev.code == "051"
