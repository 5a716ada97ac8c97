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
    assert _sources(
        "Two members of the Gulf Cartel were arrested and extradited by Mexican authorities.",
        "arrested",
    ) == {"MEXGOV"}


def test_relative_clause_arrested_and_imprisoned_by_shares_the_agent():
    assert _sources(
        "Lopez, who was arrested and eventually imprisoned by the Venezuelan "
        "government in 2015, said he would fight.",
        "arrested",
    ) == {"VENGOV"}


def test_a_series_of_violent_acts_shares_the_agent():
    assert _sources(
        "The journalist was abducted, tortured and killed by the Zetas.", "abducted"
    ) == {"MEXCRM"}


def test_kidnapped_and_freed_by_soldiers_keeps_the_kidnapper_unknown():
    # guard: acts of opposite sides (another group of agent_series) share no agent
    assert _sources(
        "The journalist was kidnapped and later freed by Colombian soldiers.", "kidnapped"
    ) == {None}


def test_a_phrase_between_the_participles_keeps_the_agent_unknown():
    # guard: "arrested on Monday and questioned by prosecutors": the arrest is its own act
    assert _sources(
        "The mayor was arrested on Monday and questioned by Colombian prosecutors.", "arrested"
    ) == {None}


def test_a_second_auxiliary_keeps_the_agent_unknown():
    # guard: "and was later questioned": a clause of its own
    assert _sources(
        "The mayor was arrested and was later questioned by Colombian prosecutors.", "arrested"
    ) == {None}


# -- who performed a nominal event ---------------------------------------------------------


def test_attack_carried_out_by_a_group_is_the_groups():
    assert _sources(
        "The attack carried out by the Zetas killed five police officers.", "attack"
    ) == {"MEXCRM"}


def test_accord_reached_by_two_parties_pairs_them():
    assert _pairs(
        "The peace agreement reached by Colombia and the FARC was signed in Havana.", "agreement"
    ) == {("COL", "COLREB"), ("COLREB", "COL")}


def test_attack_condemned_by_a_government_is_not_the_governments():
    # guard: a critic's participle names no performer
    assert "MEXGOV" not in _sources(
        "The attack condemned by the Mexican government killed five police officers.", "attack"
    )


def test_attack_carried_by_the_wind_needs_its_particle():
    # guard: "carry" without "out" is no performing participle
    assert "COLMIL" not in _sources(
        "The attack, carried by Colombian army radio, shocked the town.", "attack"
    )


# -- the undertaker of an operation read as a relative clause ------------------------------


def test_operation_to_capture_read_as_relative_clause_is_the_undertakers():
    # the parser reads "to capture" as a relative clause of "operation" here
    assert _sources(
        "After meeting with Perez and Gomez, Mexican Marines mounted an "
        "operation to capture El Mencho at his hideout in Jalisco.",
        "capture",
    ) == {"MEXMIL"}


def test_a_man_to_capture_is_no_undertaking():
    # guard: "a man to capture X" names no undertaking: the finder does not capture
    assert "MEXMIL" not in _sources(
        "After meeting with Perez and Gomez, Mexican Marines "
        "found a man to capture El Mencho at his hideout in "
        "Jalisco.",
        "capture",
    )


# -- who is convicted of an act did it ------------------------------------------------------


def test_convicted_of_surveillance_is_the_convicts():
    assert _sources(
        "Former Peruvian President Alberto Fujimori was convicted of the illegal "
        "surveillance of Peruvian journalists.",
        "surveillance",
    ) == {"PERELI"}


def test_sentenced_for_a_murder_is_the_sentenced_ones():
    # the active verb: its object was sentenced
    assert _pairs(
        "The Honduran court sentenced the leader of MS13 to prison for the murder "
        "of a Honduran judge.",
        "murder",
    ) == {("SLVCRM", "HNDJUD")}


def test_found_guilty_of_a_kidnapping_is_the_convicts():
    assert _sources(
        "Two members of the Zetas were found guilty of the kidnapping of a Mexican journalist.",
        "kidnapping",
    ) == {"MEXCRM"}


def test_arrested_for_a_kidnapping_names_no_kidnapper():
    # guard: a suspect is not a convict
    assert _sources(
        "Two members of the Zetas were arrested for the kidnapping of a Mexican journalist.",
        "kidnapping",
    ) == {None}


def test_held_responsible_in_a_relative_clause_is_the_antecedents():
    assert _sources(
        "The police blamed the Gulf Cartel, which was held responsible for the "
        "killing of a Mexican judge.",
        "killing",
    ) == {"MEXCRM"}


def test_plural_agreements_reached_by_several_are_each_ones_own():
    # guard: each country reached its own agreements, not one with the others
    pairs = _pairs(
        "The agreements reached by Indonesia, Venezuela and Brazil were larger than expected.",
        "agreements",
    )
    assert pairs and all(t is None for _, t in pairs)
    assert {s for s, _ in pairs} == {"IDN", "VEN", "BRA"}


def test_a_fronted_of_phrase_is_no_conviction():
    # guard: "Of N complaints, M men were convicted": the complaints are not the convicts'
    text = (
        "Of 4,100 complaints filed in Guatemala City, only 320 gang members were "
        "convicted of extortion last year."
    )
    assert {e.source_code for e in events(text, "complaints")} <= {None, ""}
    assert _sources(text, "extortion") == {"CRM"}
