"""Non-events of the judged sample seed 3001 (issue 12): a statistic's counted acts, economic
policy with no act between actors, and what a law provides. Sentences written for these
tests; each has a counterpart that stays an event."""

from __future__ import annotations

from tests.extract.events.helpers import parse


def codes(text: str) -> dict[str, str]:
    return {e.trigger.text.lower(): e.code for e in parse(text)[0].events}


def test_acts_counted_by_a_statistic_are_no_event():
    assert "detained" not in codes(
        "The number of journalists detained by police in Caracas increased by 30 percent last year."
    )
    assert "kidnappings" not in codes(
        "The rate of kidnappings by the gangs in Haiti fell sharply in May."
    )


def test_a_number_of_arrests_is_still_an_event():
    assert "detained" in codes("Police detained a number of journalists in Caracas on Monday.")


def test_refusing_to_grow_a_crop_is_no_rejection():
    assert "refused" not in codes(
        "Growers in Cuba refused to plant sugar cane this season because state prices were too low."
    )
    assert codes("Cuba refused to sign the treaty with the United States.").get("refused")


def test_suspending_a_currency_auction_is_economic_policy():
    assert "suspended" not in codes(
        "The central bank of Ghana suspended its weekly currency auction in March."
    )
    assert codes("Ghana suspended diplomatic relations with Togo.").get("suspended") == "160"


def test_what_legislation_provides_is_no_act():
    assert "imposing" not in codes(
        "Chilean senators backed legislation imposing sanctions on Venezuela."
    )
    assert codes("Chile imposed sanctions on Venezuela.").get("imposed") == "163"


def test_a_resolution_condemning_still_reports_the_condemnation():
    assert "condemning" in codes("The UN passed a resolution condemning Israel.")


def test_aiding_an_activity_is_no_aid_to_an_actor():
    assert "aid" not in codes(
        "Solar power could aid the interdiction of drug flights by the Peruvian navy."
    )
    assert codes("The United States aided the Colombian army.").get("aided") == "070"


def test_signing_a_decree_is_no_agreement():
    assert "signed" not in codes(
        "The Bolivian president signed a decree freezing the prices of rice and sugar."
    )


def test_a_total_that_is_no_trend_still_reports_the_act():
    assert "evacuated" in codes(
        "The total number of people evacuated from Liberia by the French navy is about 2,000."
    )
