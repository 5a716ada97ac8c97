"""A plural pronoun ("they", "their") for coordinated named people (issue 12 round 26,
pronouns.Antecedents.plural_persons / backrefs.coordinated_persons): texts written for these
tests. The pronoun takes the people's one code, or stays empty when their codes differ or
one is uncoded, never the last country named (judged samples 3049/3053: Brazil's two
ministers on a tour coded as Italy)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from tests.extract.events.helpers import event, events
from watchfloor.extract.events.backrefs import coordinated_persons
from watchfloor.model import Entity

TOUR = (
    "Brazilian Finance Minister Dilson Funaro and Central Bank President Francisco Gros "
    "visited France and Italy last week. "
)


def test_they_after_two_coded_ministers_is_their_government_not_the_last_country():
    ev = event(TOUR + "They have now decided to fly to Tokyo to meet government officials.", "meet")
    assert ev.source_code == "BRAGOV"
    assert ev.extra["source_back_reference"]["via"] == "pronoun"


def test_their_after_two_coded_ministers_in_the_same_clause():
    ev = event(
        "Brazilian Finance Minister Dilson Funaro and Central Bank President Francisco "
        "Gros have confined their consultations to government officials in Paris.",
        "consultations",
    )
    assert ev.source_code == "BRAGOV"
    assert ev.source in {"per:dilson-funaro", "per:francisco-gros"}


def test_they_after_a_coded_and_an_uncoded_person_stays_empty():
    # guard: two candidate antecedents with different codes, a wrong side is worse
    ev = event(
        "Brazilian Finance Minister Dilson Funaro and the drug trafficker Juan Perez "
        "visited France and Italy last week. They then met government officials in "
        "Tokyo.",
        "met",
    )
    assert ev.source is None and not ev.source_code


def test_they_after_one_person_is_unchanged():
    # guard: no coordinated people, the old reading (the last country or group) stays
    ev = event(
        "Brazilian Finance Minister Dilson Funaro visited France and Italy last "
        "week. They then met government officials in Tokyo.",
        "met",
    )
    assert ev.source_code != "BRAGOV"


def test_they_with_a_group_named_in_its_own_sentence_keeps_the_group():
    # guard: a group named before the pronoun in its own sentence is nearer than the pair
    found = events(TOUR + "The Colombian army said that they attacked the rebels.", "attacked")
    assert all(e.source_code != "BRAGOV" for e in found)


def _names(words: list[str], heads: list[int], deps: list[str], people: dict[int, str]):
    """A hand-parsed Doc and an entity lookup naming the people at the given token ids."""
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    ents = {
        name: Entity(id=f"per:{name}", name=name, type="person") for name in set(people.values())
    }
    return doc, lambda tok: ents.get(people.get(tok.i, ""))


def test_coordinated_persons_reads_two_names_not_a_name_and_a_noun():
    words = ["Perez", "and", "Mena", "ran", "it"]
    doc, at = _names(
        words, [3, 0, 0, 3, 3], ["nsubj", "cc", "conj", "ROOT", "dobj"], {0: "perez", 2: "mena"}
    )
    assert {e.id for e in coordinated_persons(doc[0], at)} == {"per:perez", "per:mena"}
    # guard: "Perez and his gunmen" names one person only
    doc, at = _names(
        ["Perez", "and", "his", "gunmen", "ran", "it"],
        [4, 0, 3, 0, 4, 4],
        ["nsubj", "cc", "poss", "conj", "ROOT", "dobj"],
        {0: "perez"},
    )
    assert coordinated_persons(doc[0], at) is None
    # guard: "the gang of Perez and Mena": the subject's head is no person
    doc, at = _names(
        ["gang", "of", "Perez", "and", "Mena", "ran"],
        [5, 0, 1, 2, 2, 5],
        ["nsubj", "prep", "pobj", "cc", "conj", "ROOT"],
        {2: "perez", 4: "mena"},
    )
    assert coordinated_persons(doc[0], at) is None


CARTEL = (
    "Officials fear more violence after the death of Gulf Cartel leader Ezequiel "
    "Cardenas Guillen, alias Tony Tormenta, reported El Nuevo Diario. "
)


def test_he_after_an_alias_goes_to_the_coded_person_the_alias_names():
    ev = event(
        CARTEL + "After he was gunned down by Mexican police, rival gangs may move in.", "gunned"
    )
    assert ev.target == "per:ezequiel-cardenas-guillen"
    assert ev.target_code == "MEXCRM"


def test_he_after_a_name_with_no_alias_link_is_unchanged():
    # guard: no ", alias" before the name: the uncoded person stays the antecedent
    ev = event(
        "Officials fear more violence after the death of Tony Tormenta, reported El "
        "Nuevo Diario. After he was gunned down by Mexican police, rival gangs may "
        "move in.",
        "gunned",
    )
    assert ev.target == "per:tony-tormenta"
    assert not ev.target_code
