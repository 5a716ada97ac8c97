"""The sides of event nouns (issues 11, 12; nounargs46): two states joined by a hyphen
before the noun name both sides, also when the tokenizer keeps them one token
("U.S.-Japan talks", the parser hanging it on the verb) or splits off a country word the
actor extractor gave no entity ("Soviet" in "the Soviet-U.S. summit"). Guards: a half
that names no country ("anti-", "Sino-") adds nothing. Sentences written for these
tests."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _pairs(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code or None, e.target_code or None) for e in events(text, trigger)}


def test_one_token_country_pair_gives_both_sides():
    pairs = _pairs("Trade envoys held U.S.-Japan talks in Osaka on Tuesday.", "talks")
    assert ("USA", "JPN") in pairs and ("JPN", "USA") in pairs


def test_one_token_name_and_demonym_pair_gives_both_sides():
    # the parser hangs "U.S.-Japanese" on the verb as a particle
    pairs = _pairs("Trade envoys held U.S.-Japanese talks on Tuesday.", "talks")
    assert ("USA", "JPN") in pairs and ("JPN", "USA") in pairs


def test_split_demonym_before_a_hyphen_names_its_country():
    pairs = _pairs("The Soviet-U.S. summit ended in Reykjavik on Tuesday.", "summit")
    assert ("RUS", "USA") in pairs
    assert ("USA", None) not in pairs


def test_combining_form_names_no_second_state():
    # guard: "Sino" is no country word; the one state stays alone
    pairs = _pairs("The Sino-Soviet talks ended on Tuesday.", "talks")
    assert all(target is None for _, target in pairs)
    assert "CHN" not in {s for s, _ in pairs}


def test_hyphen_half_without_a_country_across_it_stays_empty():
    # "anti-American": the word across the hyphen names no country, so the rule adds
    # no target to the protest (the base gives the demonym as the source only)
    pairs = _pairs("Students joined anti-American protests in Manila on Tuesday.", "protests")
    assert all(target is None for _, target in pairs)


def test_joined_states_before_topic_words_of_a_pact():
    pairs = _pairs(
        "Old debts will be repaid under a U.S./Soviet grains pact agreed last year.", "pact"
    )
    assert ("USA", "RUS") in pairs and ("RUS", "USA") in pairs


def test_joined_states_on_a_noun_of_no_joint_act_are_no_pair():
    # guard: proposals two states make together are not made to each other
    pairs = _pairs("U.S.-Mexican proposals on timber quotas angered Chile.", "proposals")
    assert ("USA", "MEX") not in pairs and ("MEX", "USA") not in pairs
