"""Load and validate the word lists of the event actor resolver and its pronoun module:
src/watchfloor/data/events/resolver.yaml and pronouns.yaml (structure28 moved them out of
the code; a YAML quirk such as a bare ``no`` read as False must not slip in)."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.data import read_yaml
from watchfloor.extract.actors.reading import ROLE_KINDS
from watchfloor.extract.events import pronouns, resolver

DATA = Path(__file__).resolve().parents[2] / "src" / "watchfloor" / "data" / "events"
PRONOUN_LISTS = ["male_titles", "female_titles", "female_nouns", "male_nouns", "speaking_verbs"]
RESOLVER_LISTS = [
    "kin_nouns",
    "member_nouns",
    "people_nouns",
    "leader_heads",
    "office_heads",
    "serving",
]


@pytest.mark.parametrize(
    ("name", "key"),
    [("pronouns.yaml", k) for k in PRONOUN_LISTS] + [("resolver.yaml", k) for k in RESOLVER_LISTS],
)
def test_word_lists_are_lower_case_strings_without_repeats(name, key):
    words = read_yaml(DATA / name)[key]
    assert words, key
    assert all(isinstance(w, str) and w == w.lower() and w.strip() == w for w in words), key
    assert len(words) == len(set(words)), key


def test_gender_lists_do_not_overlap():
    assert not pronouns.MALE_TITLES & pronouns.FEMALE_TITLES
    assert not pronouns.MALE_NOUNS & pronouns.FEMALE_NOUNS


def test_generic_groups_name_known_role_codes():
    groups = read_yaml(DATA / "resolver.yaml")["generic_groups"]
    assert {"group", "cartel"} <= set(groups)
    for noun, codes in groups.items():
        assert isinstance(noun, str) and noun == noun.lower()
        assert codes is None or (codes and set(codes) <= set(ROLE_KINDS) | {"UAF"}), noun


def test_modules_read_the_lists_they_ship():
    assert "mr." in pronouns.MALE_TITLES and "señora" in pronouns.FEMALE_TITLES
    assert "say" in pronouns.SPEAKING and "tweet" in pronouns.SPEAKING
    assert "fiancé" in resolver.KIN_NOUNS and "gunmen" in resolver.MEMBER_NOUNS
    assert resolver.GENERIC_GROUPS["guerrilla"] == frozenset({"REB", "INS"})
    assert resolver.GENERIC_GROUPS["organisation"] is None
