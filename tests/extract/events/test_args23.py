"""Sides round 23 (issues 11/12, args23): parties the parse puts a little away from the
event word — the "by" agent of the last of coordinated passive participles ("was arrested
and imprisoned by X"), the agent of a participle that says who performed a nominal event
("the attack carried out by X", "the accord reached by X and Y") and the undertaker of an
operation whose infinitive the parser reads as a relative clause. Each with a guard where
the side must stay empty. Sentences and names written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _pairs(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code or None, e.target_code or None) for e in events(text, trigger)}


def _sources(text: str, trigger: str) -> set[str | None]:
    return {e.source_code or None for e in events(text, trigger)}


# -- the agent of coordinated passive participles ------------------------------------------

def test_arrested_and_extradited_by_shares_the_agent():
    assert _sources("Two members of the Gulf Cartel were arrested and extradited by Mexican "
                    "authorities.", "arrested") == {"MEXGOV"}


def test_relative_clause_arrested_and_imprisoned_by_shares_the_agent():
    assert _sources("Lopez, who was arrested and eventually imprisoned by the Venezuelan "
                    "government in 2015, said he would fight.", "arrested") == {"VENGOV"}


def test_a_series_of_violent_acts_shares_the_agent():
    assert _sources("The journalist was abducted, tortured and killed by the Zetas.",
                    "abducted") == {"MEXCRM"}


def test_kidnapped_and_freed_by_soldiers_keeps_the_kidnapper_unknown():
    # guard: acts of opposite sides (another group of agent_series) share no agent
    assert _sources("The journalist was kidnapped and later freed by Colombian soldiers.",
                    "kidnapped") == {None}


def test_a_phrase_between_the_participles_keeps_the_agent_unknown():
    # guard: "arrested on Monday and questioned by prosecutors": the arrest is its own act
    assert _sources("The mayor was arrested on Monday and questioned by Colombian "
                    "prosecutors.", "arrested") == {None}


def test_a_second_auxiliary_keeps_the_agent_unknown():
    # guard: "and was later questioned": a clause of its own
    assert _sources("The mayor was arrested and was later questioned by Colombian "
                    "prosecutors.", "arrested") == {None}


# -- who performed a nominal event ---------------------------------------------------------

def test_attack_carried_out_by_a_group_is_the_groups():
    assert _sources("The attack carried out by the Zetas killed five police officers.",
                    "attack") == {"MEXCRM"}


def test_accord_reached_by_two_parties_pairs_them():
    assert _pairs("The peace agreement reached by Colombia and the FARC was signed in "
                  "Havana.", "agreement") == {("COL", "COLREB"), ("COLREB", "COL")}


def test_attack_condemned_by_a_government_is_not_the_governments():
    # guard: a critic's participle names no performer
    assert "MEXGOV" not in _sources("The attack condemned by the Mexican government killed "
                                    "five police officers.", "attack")


def test_attack_carried_by_the_wind_needs_its_particle():
    # guard: "carry" without "out" is no performing participle
    assert "COLMIL" not in _sources("The attack, carried by Colombian army radio, shocked "
                                    "the town.", "attack")


# -- the undertaker of an operation read as a relative clause ------------------------------

def test_operation_to_capture_read_as_relative_clause_is_the_undertakers():
    # the parser reads "to capture" as a relative clause of "operation" here
    assert _sources("After meeting with Perez and Gomez, Mexican Marines mounted an "
                    "operation to capture El Mencho at his hideout in Jalisco.",
                    "capture") == {"MEXMIL"}


def test_a_man_to_capture_is_no_undertaking():
    # guard: "a man to capture X" names no undertaking: the finder does not capture
    assert "MEXMIL" not in _sources("After meeting with Perez and Gomez, Mexican Marines "
                                    "found a man to capture El Mencho at his hideout in "
                                    "Jalisco.", "capture")
