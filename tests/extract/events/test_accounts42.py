"""Accounts round 42 (issue 12; judged seeds 3038-3085, tuned-on): a named party's account
of another country's act is alleged also where the account goes on in a later sentence
("He added that ..."), where its speech verb has no subject of its own ("was quoted as
saying", "..., saying"), and where the act is a participle or infinitive on a noun of the
account ("products requested by Washington", "Brazil's decision to suspend payments"), and where
a party with no country acts beside another country ("talks between banks and Mexico").
Sources "quoted as saying" are sources.
The speaker's own act, its own country's, and an unnamed speaker's account stay asserted
(docs/judging-criteria.md, Modality). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import event, events
from watchfloor.model import Event


def _flags(ev: Event) -> set[str]:
    return {k for k in ("negated", "hypothetical", "future", "alleged") if getattr(ev, k)}


# the account goes on: "he said", "she added"


def test_he_said_after_a_named_minister_on_another_states_act_is_alleged() -> None:
    ev = event(
        "Iraqi Defence Minister Adnan Khairallah said Iranian troops attacked the port of "
        "Basra. He said Iranian gunboats fired on a Kuwaiti tanker.",
        "fired",
    )
    assert _flags(ev) == {"alleged"}


def test_she_added_after_a_named_minister_on_another_states_act_is_alleged() -> None:
    ev = event(
        "Pakistani Foreign Minister Hina Rabbani Khar spoke to reporters in Islamabad. She "
        "added that Afghan jets bombed a village in Waziristan.",
        "bombed",
    )
    assert _flags(ev) == {"alleged"}


def test_he_said_of_his_own_countrys_act_stays_asserted() -> None:
    ev = event(
        "Iraqi Defence Minister Adnan Khairallah spoke to reporters in Baghdad. He said "
        "Iraqi jets bombed an Iranian oil terminal.",
        "bombed",
    )
    assert _flags(ev) == set()


def test_he_said_with_no_named_antecedent_stays_asserted() -> None:
    # an unnamed minister is no named party (the criteria's unnamed officials)
    ev = event(
        "The Yugoslav minister said the talks went well. The European Community has "
        "offered Yugoslavia a loan of 380 mln dlrs, he said.",
        "offered",
    )
    assert "alleged" not in _flags(ev)


# a speech verb with no subject of its own


def test_quoted_as_saying_on_another_states_act_is_alleged() -> None:
    ev = event(
        "Iraqi Foreign Minister Tareq Aziz was quoted as saying Iran has attacked several "
        "ships in the Gulf.",
        "attacked",
    )
    assert _flags(ev) == {"alleged"}


def test_quoted_as_saying_of_its_own_act_stays_asserted() -> None:
    ev = event(
        "Iraqi Foreign Minister Tareq Aziz was quoted as saying Iraqi jets have attacked "
        "an Iranian oil terminal.",
        "attacked",
    )
    assert _flags(ev) == set()


def test_a_participle_saying_is_the_main_subjects_account() -> None:
    ev = event(
        "Syrian Defence Minister Mustafa Tlas spoke in Damascus on Monday, saying Israeli "
        "jets bombed a village near the border.",
        "bombed",
    )
    assert _flags(ev) == {"alleged"}


# the act on a noun of the account


def test_a_participle_in_the_account_on_another_states_request_is_alleged() -> None:
    ev = event(
        "Taiwan's finance minister Ronald Ho said the cabinet approved tariff cuts on 60 "
        "products requested by Washington.",
        "requested",
    )
    assert _flags(ev) == {"alleged"}


def test_an_infinitive_on_a_noun_of_another_states_decision_is_alleged() -> None:
    ev = event(
        "Venezuelan Finance Minister Hector Azpurua said Venezuela backed Brazil's decision "
        "to suspend interest payments.",
        "suspend",
    )
    assert _flags(ev) == {"alleged"}


def test_an_infinitive_on_a_noun_of_its_own_states_decision_stays_asserted() -> None:
    ev = event(
        "Brazilian Finance Minister Dilson Funaro said Brazil's decision to suspend interest "
        "payments was final.",
        "suspend",
    )
    assert _flags(ev) == set()


# a party with no country beside another country's; quoted sources


def test_an_official_on_talks_between_banks_and_another_state_is_alleged() -> None:
    ev = event(
        "US Treasury Secretary James Baker said he based his forecast on progress in talks "
        "between banks and Mexico.",
        "talks",
    )
    assert _flags(ev) == {"alleged"}


def test_an_act_of_its_own_state_beside_another_stays_asserted() -> None:
    found = events(
        "Iraqi Defence Minister Adnan Khairallah said Iraqi jets and Iranian gunboats "
        "attacked a Kuwaiti tanker.",
        "attacked",
    )
    assert {e.source_code for e in found} >= {"IRQ", "IRN"}
    assert all("alleged" not in _flags(e) for e in found)


def test_sources_quoted_as_saying_make_the_act_alleged() -> None:
    ev = event(
        "The Zambia Daily Mail quoted official sources as saying Zimbabwean troops attacked "
        "a Zambian border post.",
        "attacked",
    )
    assert _flags(ev) == {"alleged"}


# guards: nearby readings kept


def test_an_adverbial_clause_stays_outside_the_account() -> None:
    ev = event(
        "Venezuela said it would keep its border closed until Colombian troops withdrew "
        "from the area.",
        "withdrew",
    )
    assert "alleged" not in _flags(ev)


def test_unnamed_officials_stay_asserted() -> None:
    ev = event("Spanish farmers blocked a border crossing with France, officials said.", "blocked")
    assert _flags(ev) == set()
