"""Inferred countries and two wrong-role classes (docs/actor-codes.md §8, "Round 17"),
from the judged keys of issue 11 rounds up to 28: a wire story filed from another state
than the one it most names gives its bare roles and named bodies no inferred country; a
demonym on a thing ("Swiss francs") names no state that acts nearby; a rank that police
forces share with armies is a police rank when another title of the person is a police
one; "the carrier" is a firm, not a warship. Guards: stated countries and the bare roles
of a one-country story still code. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract


def _by_mention(doc) -> dict[str, object]:
    return {m.text: e for e in doc.entities for m in e.mentions}


def _code(doc, text: str) -> str | None:
    ent = _by_mention(doc).get(text)
    return ent.actor_code if ent is not None else None


# -- a wire story filed from another state ---------------------------------------------------
BRAZIL_STORY = (
    "{} March 4 - Brazil will ask its bank creditors for new loans, Brazilian "
    "bankers said. Brazil owes them about 68 billion dlrs, and Brazilian "
    "exporters want credit lines renewed. The government will send a team to "
    "the talks next week."
)


def test_a_story_filed_from_another_state_infers_no_country_for_the_government():
    doc = _extract(BRAZIL_STORY.format("TOKYO,"), published="1987-03-04")
    assert _code(doc, "government") is None


def test_a_story_filed_from_the_state_it_is_about_still_infers_it():
    # guard: the bare role of a one-country story keeps the article's country, flagged
    doc = _extract(BRAZIL_STORY.format("BRASILIA,"), published="1987-03-04")
    ent = _by_mention(doc)["government"]
    assert ent.actor_code == "BRAGOV"
    assert ent.attributes.get("country_inferred") is True
    assert all(m.confidence == 0.5 for m in ent.mentions)


def test_a_stated_country_codes_in_a_story_filed_from_elsewhere():
    # guard: a country written on the role decides wherever the story is filed
    doc = _extract(
        BRAZIL_STORY.format("TOKYO,").replace("The government will", "Brazil's government will"),
        published="1987-03-04",
    )
    ent = _by_mention(doc)["Brazil's government"]
    assert ent.actor_code == "BRAGOV"
    assert not ent.attributes.get("country_inferred")


# -- a demonym on a thing ---------------------------------------------------------------------
FIJI = (
    "SUVA, June 2 - Fiji's unions lifted their ban on shipping to Fiji, and Fiji's "
    "leaders welcomed it. Rice and wheat will leave {} at once, the government said."
)


def test_a_demonym_on_a_thing_names_no_state_for_the_government():
    doc = _extract(FIJI.format("an Australian port"), published="1987-06-02")
    assert _code(doc, "government") == "FJIGOV"


def test_a_demonym_on_a_role_word_still_names_the_state():
    # guard: "Australian officials" act there; "the government" right after them is theirs
    doc = _extract(FIJI.format("with Australian officials' consent"), published="1987-06-02")
    assert _code(doc, "government") == "AUSGOV"


# -- ranks police forces share with armies ----------------------------------------------------
def test_a_general_who_heads_a_police_unit_is_police():
    doc = _extract(
        "LIMA, March 4 - Peru's government named General Mario Rojas, head of "
        "the criminal investigation police, to lead the inquiry into the "
        "killings in Peru.",
        published="2015-03-04",
    )
    assert _code(doc, "Mario Rojas") == "PERCOP"


def test_a_former_police_head_with_a_rank_is_police():
    doc = _extract(
        "LA PAZ, March 4 - Colonel Mario Rojas, a former head of the anti-drug "
        "police, was arrested in Santa Cruz, Bolivia's police said.",
        published="2015-03-04",
    )
    assert _code(doc, "Mario Rojas") == "BOLCOP"


def test_a_police_colonel_is_police():
    doc = _extract(
        "LA PAZ, March 4 - Bolivia's police said that police Colonel Mario "
        "Rojas was arrested in Santa Cruz.",
        published="2015-03-04",
    )
    assert _code(doc, "Mario Rojas") == "BOLCOP"


def test_an_army_colonel_stays_military():
    # guard: the rank with no police title is the army's
    doc = _extract(
        "LA PAZ, March 4 - Bolivia's army said that Colonel Mario Rojas was "
        "arrested in Santa Cruz.",
        published="2015-03-04",
    )
    assert _code(doc, "Mario Rojas") == "BOLMIL"


# -- "the carrier" ----------------------------------------------------------------------------
def test_the_carrier_of_an_airline_story_is_no_military():
    doc = _extract(
        "NEW YORK, March 4 - Pan Am said its pilots would strike on Friday. "
        "The carrier said it expected to keep flying most routes.",
        published="1987-03-04",
    )
    assert not (_code(doc, "carrier") or "").endswith("MIL")


def test_an_aircraft_carrier_is_no_firm():
    # guard: the longer role phrase ("aircraft carrier", MIL) beats the firm's word
    doc = _extract(
        "WASHINGTON, March 4 - The U.S. Navy said the aircraft carrier Nimitz "
        "sailed from Norfolk on Tuesday.",
        published="1987-03-04",
    )
    for text in ("carrier", "aircraft carrier"):
        assert not (_code(doc, text) or "").endswith("BUS")


def test_a_demonym_on_a_word_of_politics_still_names_the_state():
    # guard: "Swiss parliamentary elections" speak of Switzerland (polity_words.tsv)
    doc = _extract(
        "ZURICH, Oct 19 - Swiss parliamentary elections ended on Sunday with few "
        "changes. The government will stay in power, projections showed. Sterling "
        "and the dollar were steady in London and New York.",
        published="1987-10-19",
    )
    assert _code(doc, "government") == "CHEGOV"


def test_a_dateline_in_a_former_states_capital_is_that_states():
    # guard: Belgrade in 1987 is Yugoslavia's, the article's country: no disagreement
    doc = _extract(
        "BELGRADE, March 23 - Yugoslavia will ask its bank creditors for new "
        "loans, Yugoslav bankers said. Yugoslavia owes them about 19 billion "
        "dlrs. The government will send a team to the talks next week.",
        published="1987-03-23",
    )
    assert _code(doc, "government") == "YUGGOV"


# -- a demonym on a news outlet (lead's review of country14) ----------------------------------
def _nearby(text: str) -> set[str]:
    from watchfloor.extract.actors.article_country import nearby_countries
    from watchfloor.extract.gazetteer import default_gazetteer
    from watchfloor.nlp.pipeline import load_nlp

    doc = load_nlp()(text)
    prime = next(t.i for t in doc if t.text == "Prime")
    return nearby_countries(doc, default_gazetteer(), prime, [])


def test_a_demonym_on_a_news_outlet_names_no_state_near_a_title():
    # regression: a 1987 Belgrade story's prime minister, interviewed by a West German
    # paper, was coded DEUGOV from the paper's home
    assert (
        _nearby(
            "In an interview with the West German newspaper Die Welt, Prime "
            "Minister Ivo Petrak said the economy would grow."
        )
        == set()
    )


def test_a_demonym_on_officials_near_a_title_still_names_their_state():
    # guard: a demonym on a role word still names the state acting in the passage
    assert _nearby(
        "West German officials met the delegation on Monday, and Prime "
        "Minister Ivo Petrak said the talks went well."
    ) == {"DEU"}
