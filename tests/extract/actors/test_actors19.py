"""Actors19 of the actor-code rules (docs/actor-codes.md §8, "Actors19"): a role phrase
with two states' demonyms is one actor per state, never the first state's for the whole
phrase; a title the sentence dates to a past year of the record's office keeps the
record's code at the article's date; a "person" with no name word is no actor. Sentences
written for these tests."""

from __future__ import annotations

from tests.extract.actors.test_codes import _codes, _extract


def _code(doc, name: str) -> str | None:
    return next(e.actor_code for e in doc.entities if e.name == name)


# -- two states' demonyms on one role noun -----------------------------------------------------
def _mention_texts(doc, code: str) -> list[str]:
    return [m.text for e in doc.entities if e.actor_code == code for m in e.mentions]


def test_two_demonyms_on_one_army_give_one_actor_per_state():
    doc = _extract(
        "Smugglers bought rifles from the Peruvian and Bolivian armies, officials in Lima said."
    )
    # the first state's army is no longer the whole phrase: each state on its own words
    assert _mention_texts(doc, "PERMIL") == ["Peruvian"]
    assert _mention_texts(doc, "BOLMIL") == ["Bolivian armies"]


def test_two_demonyms_on_authorities_give_one_actor_per_state():
    doc = _extract(
        "The merger of the two chemical firms needs the approval of the Dutch "
        "and Belgian authorities, the firms said."
    )
    assert _mention_texts(doc, "NLDGOV") == ["Dutch"]
    assert _mention_texts(doc, "BELGOV") == ["Belgian authorities"]


def test_a_region_demonym_in_the_pair_is_no_state():
    doc = _extract(
        "Italian and Latin American authorities arrested the smugglers in a joint "
        "raid, officials in Rome said."
    )
    assert "USAGOV" not in set(_codes(doc).values())


def test_one_demonym_on_the_army_keeps_its_country():
    doc = _extract("Smugglers bought rifles from the Peruvian army, officials in Lima said.")
    assert "PERMIL" in set(_codes(doc).values())


def test_two_demonyms_on_two_nouns_keep_each_country():
    doc = _extract(
        "Smugglers bought rifles from the Peruvian army and the Bolivian police, "
        "officials in Lima said."
    )
    codes = set(_codes(doc).values())
    assert {"PERMIL", "BOLCOP"} <= codes


# -- a title dated to a past year ---------------------------------------------------------------
def test_a_title_in_a_sentence_about_a_past_year_keeps_the_record_code():
    doc = _extract(
        "Markets expect the Fed chief, named to the post in 1979 by President "
        "Carter, to stay on, analysts in New York said.",
        published="1987-04-10",
    )
    assert _code(doc, "Carter") == "USAELI"


def test_a_title_without_a_past_year_still_wins():
    doc = _extract(
        "Markets expect the Fed chief to stay on, President Carter told reporters in New York.",
        published="1987-04-10",
    )
    assert _code(doc, "Carter") == "USAGOV"


def test_a_title_in_the_article_year_is_the_office_held():
    doc = _extract(
        "The Fed chief was named to the post in 1979 by President Carter, "
        "analysts in New York said.",
        published="1979-09-10",
    )
    assert _code(doc, "Carter") == "USAGOV"


# -- a "person" with no name word ---------------------------------------------------------------
def test_a_police_dog_tag_is_no_police_officer():
    doc = _extract(
        "He drove the heroin to Ohio with a police K-9 because nobody would "
        "search the car, prosecutors in Texas said."
    )
    assert all(e.actor_code is None for e in doc.entities if e.name == "K-9")


def test_a_short_real_name_keeps_the_title():
    doc = _extract("Police officer Ed Ruiz drove the heroin to Ohio, prosecutors in Texas said.")
    assert (_code(doc, "Ed Ruiz") or "").endswith("COP")
