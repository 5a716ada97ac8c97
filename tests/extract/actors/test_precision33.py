"""precision33 of the actor-code rules (issue 11): a bare ticker gives no US country to a
firm whose own name names another state; an armed group's "troops" that it moves or
commands are its fighters, not the state's army; named30's story country is given to no
firm's name nor to a sentence's first words joined to a name. Sentences written for
these tests; each rule has a guard."""

from __future__ import annotations

from types import SimpleNamespace

from tests.extract.actors.test_codes import _codes, _extract
from watchfloor.extract.actors.person_sectors import _tagged_as_name

COLOMBIA = (
    "Violence grew in Colombia this year. In Arauca, near the border with Venezuela, "
    "residents fled their farms. "
)
BRITAIN = (
    "Exports of Britain rose in March, the Bank of England said in London. "
    "Manufacturers in Manchester and Leeds hired more workers. "
)


def _coded(text: str) -> dict[str, str]:
    return {k: v for k, v in _codes(_extract(text)).items() if v}


# -- a bare ticker and a country inside the firm's name --------------------------------------
def test_a_joined_country_word_beats_the_bare_ticker():
    codes = _coded(
        "Shares rose on Monday. TransCanada PipeLines Ltd <TRP> said it would "
        "bid for the rival firm."
    )
    assert codes.get("TransCanada PipeLines Ltd") == "CANBUS"


def test_a_demonym_after_a_slash_beats_the_bare_ticker():
    codes = _coded("Shares rose on Monday. Royal Dutch/Shell Group <RD> said profits rose.")
    assert codes.get("Royal Dutch/Shell Group") == "NLDBUS"


def test_guard_a_bare_ticker_alone_is_still_a_us_listing():
    codes = _coded("Shares rose on Monday. General Motors Corp <GM> said profits rose.")
    assert codes.get("General Motors Corp") == "USABUS"


# -- an armed group's own troops -------------------------------------------------------------
def test_troops_an_armed_group_deploys_are_its_fighters():
    codes = _coded(COLOMBIA + "The ELN moved troops along the river in Arauca last month.")
    assert "COLMIL" not in codes.values()
    assert codes.get("Ejército de Liberación Nacional") == "COLREB"


def test_troops_deployed_by_a_conjoined_verb_of_the_group():
    codes = _coded(
        COLOMBIA + "The ELN crossed the river and deployed troops near the border in Arauca."
    )
    assert "COLMIL" not in codes.values()


def test_guard_troops_an_armed_group_ambushes_are_the_army():
    codes = _coded(COLOMBIA + "The ELN ambushed troops near the border in Arauca.")
    assert "COLMIL" in codes.values()


def test_guard_troops_the_army_deploys_stay_the_army():
    codes = _coded(COLOMBIA + "The army deployed troops to the border in Arauca.")
    assert "COLMIL" in codes.values()


# -- named30's story country: no firm, no sentence-opening words -----------------------------
def test_a_firm_read_as_a_person_takes_no_story_country():
    codes = _coded(
        BRITAIN + "Compagnie Belge D'Assurance-Credit said it would raise its cover for exporters."
    )
    assert not any(name.startswith("Compagnie") for name in codes)


def _tokens(words: list[str], tags: list[str]):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, pos=tags)


def test_a_verb_joined_to_a_name_is_no_name():
    # "Following Mendoza said": the recogniser's span holds the sentence's first word
    doc = _tokens(["Following", "Mendoza", "said"], ["VERB", "PROPN", "VERB"])
    assert not _tagged_as_name(doc, SimpleNamespace(start=0, end=2))


def test_guard_a_name_with_a_particle_is_a_name():
    doc = _tokens(["Juan", "de", "Mendoza", "said"], ["PROPN", "ADP", "PROPN", "VERB"])
    assert _tagged_as_name(doc, SimpleNamespace(start=0, end=3))


def test_guard_a_full_name_still_takes_the_story_country():
    codes = _coded(BRITAIN + "John Hartley said he would raise the cover for exporters in Leeds.")
    assert codes.get("John Hartley") == "GBR"
