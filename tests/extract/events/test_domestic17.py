"""A state body's stance on, or step with, its own policy instrument is no act between
actors (issue 12, round 17: ``nonacts.py`` ``domestic_policy``, ``nonacts.yaml``
``policy_objects``). Sentences written for these tests; each rule has a guard."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import events
from watchfloor.extract.events import nonacts
from watchfloor.extract.events.nonacts import NonActs, default_lists

URGED_BILL = "The administration urged that the farm bill be extended by two years."
REFUSED_TAX = "Japan's prime minister refused to withdraw the proposed consumption tax."
PLEDGED_PROGRAMME = "The Peruvian government pledged to support the farm programme."
REJECTED_PROPOSAL = "Congress rejected the budget proposal on Friday."


@pytest.mark.parametrize(
    "text,trigger",
    [
        (URGED_BILL, "urged"),
        (REFUSED_TAX, "refused"),
        (PLEDGED_PROGRAMME, "pledged"),
        (PLEDGED_PROGRAMME, "support"),
        (REJECTED_PROPOSAL, "rejected"),
    ],
)
def test_a_state_bodys_own_policy_stance_is_no_event(text: str, trigger: str) -> None:
    assert events(text, trigger) == []


def test_without_the_policy_words_the_stance_is_coded(monkeypatch) -> None:
    # the rule, not another one, removes them: with no policy words they come back
    from dataclasses import replace

    lists = replace(default_lists(), policy_objects=frozenset(), fiscal=frozenset())
    monkeypatch.setattr(nonacts, "default_nonacts", lambda: NonActs(lists))
    assert events(URGED_BILL, "urged")
    assert events(REFUSED_TAX, "refused")


def test_urging_another_state_to_reform_its_law_stays() -> None:
    # guard: a target actor (the urged state)
    found = events("The U.S. government urged Venezuela to reform its tax law.", "urged")
    assert found and found[0].target_code == "VEN"


def test_banning_a_named_groups_fronts_stays() -> None:
    # guard: a government act against a named non-state actor
    found = events("The Mexican government banned front companies of the Sinaloa Cartel.", "banned")
    assert found and found[0].target_code == "MEXCRM"


def test_arrests_under_a_new_law_stay() -> None:
    found = events("Honduran police arrested twelve gang members under the new law.", "arrested")
    assert found and found[0].code.startswith("17")


def test_a_warning_that_a_group_will_pay_a_price_stays() -> None:
    # guard: a clause's object ("a heavy price", a fiscal word) is what the warned do
    found = events("The U.S. president warned that the gangs would pay a heavy price.", "warned")
    assert found and found[0].code.startswith("13")


def test_criticism_of_a_measure_stays() -> None:
    # guard: a disapproval (11) acts on the measure's author, left uncoded
    found = events("The Honduran Congress criticized the new security measure.", "criticized")
    assert found and found[0].code.startswith("11")


def test_extradition_and_designation_stay() -> None:
    assert events(
        "The Colombian government extradited the Gulf Clan leader to the United States.",
        "extradited",
    )
    assert events(
        "The government designated the Tren de Aragua a terrorist organisation.", "designated"
    )


def test_a_policy_stance_by_a_non_state_source_stays() -> None:
    # guard: only government, legislature or court sources are read (a rebel group's
    # demand for a policy is an appeal to the state)
    found = events("FARC rebels demanded tougher land reform policies.", "demanded")
    assert found


def test_skip_codes_and_named_parties_are_read_from_the_data() -> None:
    lists = default_lists()
    assert "129" in lists.policy_skip_codes  # a veto acts on the legislature
    assert "11" in lists.policy_skip_codes  # criticism of a measure targets its author
    assert "ban" not in lists.policy_objects  # a ban acts on whom it bans
    assert {"GOV", "LEG", "JUD"} <= lists.policy_roles
