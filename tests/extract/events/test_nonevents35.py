"""Non-events of business and domestic-policy stories, round 35 (issue 12: ``nonacts.py``
``business_dealing`` and the private parties of ``domestic_policy``; ``nonacts.yaml``
``dealing_codes``, ``labour_words``, ``private_stance_codes``, ``private_roles``).
Sentences written for these tests; each non-event below is emitted at cf3708fd, and each
rule has guards."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.extract.events.helpers import events
from watchfloor.extract.events import nonacts
from watchfloor.extract.events.nonacts import NonActs, default_lists

PACTS = (
    "Marlow Textiles Inc makes apparel. Marlow signed similar pacts in March with "
    "(Eastern Soccer League Service) to make shirts."
)
PARKING = (
    "Corvan Mills Inc said it would sell the unit. Corvan agreed with Tessler to move "
    "stock between their firms."
)
MERGER_MEETINGS = (
    "Shares of Halvorsen rose. Spokesman Dan Reese declined to say whether the "
    "directors of Halvorsen and Kettering have scheduled any meetings to "
    "discuss the merger."
)
WELCOMED = "The Dutch Bankers Association welcomed the reforms."
BACKED = (
    "Union leader Tom Ridley said he backed the task force proposal to build a research consortium."
)
OWN_PROPOSAL = "Senator Ruth Amble said her farm credit proposal would be ready next month."


@pytest.mark.parametrize(
    "text,trigger", [(PACTS, "signed"), (PARKING, "agreed"), (MERGER_MEETINGS, "meetings")]
)
def test_a_dealing_between_private_parties_with_a_company_is_no_event(
    text: str, trigger: str
) -> None:
    assert events(text, trigger) == []


@pytest.mark.parametrize(
    "text,trigger", [(WELCOMED, "welcomed"), (BACKED, "backed"), (OWN_PROPOSAL, "proposal")]
)
def test_a_private_partys_stance_on_a_domestic_policy_is_no_event(text: str, trigger: str) -> None:
    assert events(text, trigger) == []


def test_without_the_round_35_lists_the_events_come_back(monkeypatch) -> None:
    # the rules, not another one, remove them
    lists = replace(default_lists(), dealing_codes=(), private_stance_codes=())
    monkeypatch.setattr(nonacts, "default_nonacts", lambda: NonActs(lists))
    assert events(PACTS, "signed")
    assert events(MERGER_MEETINGS, "meetings")
    assert events(WELCOMED, "welcomed")
    assert events(BACKED, "backed")


# -- guards -----------------------------------------------------------------------------------
def test_a_governments_arrest_of_a_foreign_national_stays() -> None:
    found = events(
        "Venezuelan authorities arrested an American citizen at the Caracas airport.", "arrested"
    )
    assert [(e.source_code, e.target_code) for e in found] == [("VENGOV", "USACVL")]


def test_a_firm_bribing_an_official_stays() -> None:
    found = events("Delmont Corp offered a bribe to the Panamanian customs chief.", "offered")
    assert found and found[0].target_code == "PAN"


def test_a_state_company_attacked_by_rebels_stays() -> None:
    found = events(
        "Guerrillas attacked facilities of Ecopetrol, the state oil company, on Sunday.", "attacked"
    )
    assert [(e.source_code, e.target_code) for e in found] == [("REB", "COLBUS")]


def test_a_company_dealing_with_a_state_stays() -> None:
    # a coded state party across the table: an act with a political actor
    found = events(
        "Acme Corp signed an agreement with the Venezuelan government to build a refinery.",
        "signed",
    )
    assert found and found[0].target_code == "VENGOV"
    found = events("Halvorsen Corp said on Monday it met with Venezuela's oil minister.", "met")
    assert found and found[0].target_code == "VENGOV"


def test_labour_talks_with_a_company_stay() -> None:
    found = events(
        "Halvorsen Inc makes trucks. Halvorsen agreed with the Steelworkers union to raise wages.",
        "agreed",
    )
    assert found and found[0].target_code == "LAB"


def test_a_private_partys_demand_or_criticism_stays() -> None:
    # appeals, demands and criticism are addressed to the state (not private_stance_codes)
    assert events("FARC rebels demanded tougher land reform policies.", "demanded")
    assert events("The Dutch Bankers Association criticized the new banking rules.", "criticized")


def test_which_sides_are_private_parties() -> None:
    # an armed group, a bare country or a state role is never a private party
    assert not NonActs()._private_party(_Side("COLREB"))  # noqa: SLF001
    assert NonActs()._private_party(_Side("USABUS"))  # noqa: SLF001
    assert NonActs()._private_party(_Side(None))  # noqa: SLF001
    assert not NonActs()._private_party(_Side("USA"))  # noqa: SLF001 - a bare country
    assert not NonActs()._private_party(_Side("GOV"))  # noqa: SLF001


class _Side:
    """The one field ``_private_party`` reads of a resolved side."""

    def __init__(self, code: str | None) -> None:
        self.code = code
