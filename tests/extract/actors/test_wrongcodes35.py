"""wrongcodes35 (issues 11/12): wrong country codes from a name the coder did not know as a
country's. A former state's own name and demonyms ("Yugoslavia", "Yugoslavian minister")
are that state, not the story's country; a country's name broken by a wire line end ("the
Soviet\\nUnion") is the state, not a labour union; "Central American migrants" on an event
side are a region's people, not Americans. Sentences written for these tests; each rule
has a guard for the codes kept nearby."""

from __future__ import annotations

from tests.extract.actors.test_codes import _codes, _extract
from watchfloor.extract.actors.codes import name_code
from watchfloor.extract.gazetteer import default_gazetteer


def _coded(text: str, published: str | None = None) -> dict[str, str]:
    return {k: v for k, v in _codes(_extract(text, published)).items() if v}


def _sides(doc, trigger: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.source_code, e.target_code)
        for e in doc.events
        if doc.text[e.trigger.start : e.trigger.end] == trigger
    ]


# -- a former state's name and demonyms --------------------------------------------------
def test_a_former_states_name_and_demonym_are_that_state():
    gaz = default_gazetteer()
    assert gaz.country_of("Yugoslavia") == "YUG"
    assert gaz.country_of("Yugoslavian") == "YUG"
    assert gaz.country_of("Yugoslav") == "YUG"


def test_guard_the_successor_state_keeps_its_own_name():
    gaz = default_gazetteer()
    assert gaz.country_of("Serbia") == "SRB"
    assert gaz.country_of("Serbian") == "SRB"


def test_a_yugoslavian_minister_in_a_foreign_story_is_yugoslavias():
    codes = _coded(
        "Spain and Yugoslavia agreed to expand trade. The talks were held between Spanish "
        "Trade Minister Luis Ortega and Yugoslavian minister without portfolio Milan "
        "Petrovic.",
        published="1987-03-03",
    )
    assert codes.get("Yugoslavia") == "YUG"
    assert codes.get("Milan Petrovic") == "YUGGOV"
    assert codes.get("Luis Ortega") == "ESPGOV"  # guard: the host's minister stays


def test_yugoslav_police_are_yugoslavias_police():
    codes = _coded(
        "Yugoslav police arrested two smugglers near the border with Austria on Monday.",
        published="1987-05-04",
    )
    assert "YUGCOP" in codes.values()


def test_guard_a_serbian_body_is_serbias():
    codes = _coded(
        "Serbian police arrested two smugglers near the border with Hungary on Monday.",
        published="2015-05-04",
    )
    assert "SRBCOP" in codes.values()
    assert "YUGCOP" not in codes.values()


# -- a country's name broken by a line end ------------------------------------------------
def test_a_country_name_is_the_state_not_a_role_of_it():
    gaz = default_gazetteer()
    assert name_code(gaz, "Soviet\nUnion") == ("RUS", None)
    assert name_code(gaz, "Soviet Union") == ("RUS", None)


def test_guard_a_union_named_with_a_country_word_stays_labour():
    gaz = default_gazetteer()
    assert name_code(gaz, "Polish Union of Miners")[1] == "LAB"


def test_the_soviet_union_broken_at_a_line_end_is_the_state():
    codes = _coded(
        'Reagan said the U.S. saw no reason to follow. "We believe that the '
        'Soviet\nUnion has gone beyond the treaty," he said.'
    )
    assert "RUSLAB" not in codes.values()
    assert "RUS" in codes.values()


def test_guard_soviet_unions_are_still_labour():
    codes = _coded("Soviet unions protested in Moscow on Monday against the new wage rules.")
    assert "RUSLAB" in codes.values()


# -- a region's demonym on an event side ----------------------------------------------------
def test_central_american_migrants_are_no_americans():
    doc = _extract(
        "Troops patrolled the border of Honduras. Gunmen killed 40 mostly "
        "Central American migrants at a ranch in Tamaulipas."
    )
    sides = _sides(doc, "killed")
    assert sides
    assert all(t is None or not t.startswith("USA") for _, t in sides)


def test_guard_american_and_honduran_migrants_keep_their_country():
    doc = _extract("Gunmen in Tamaulipas kidnapped 30 American tourists on Monday.")
    assert any(t == "USACVL" for _, t in _sides(doc, "kidnapped"))
    doc = _extract("Gunmen in Tamaulipas kidnapped 30 Honduran migrants on Monday.")
    assert any(t == "HNDCVL" for _, t in _sides(doc, "kidnapped"))


def test_the_soviet_union_broken_at_a_line_end_is_the_state_on_an_event_side():
    doc = _extract(
        "Reagan said the U.S. saw no reason to follow. Reagan accused the Soviet\n"
        "Union of cheating."
    )
    targets = [t for _, t in _sides(doc, "accused")]
    assert "RUSLAB" not in targets
    assert "RUS" in targets


def test_guard_soviet_unions_on_an_event_side_are_still_labour():
    doc = _extract("Soviet unions protested in Moscow on Monday against the new wage rules.")
    assert any("RUSLAB" in (s, t) for s, t in _sides(doc, "protested"))


def test_a_country_name_alone_is_no_broken_state_name():
    """Regression (lead, at the merge): the broken-name reader took "the Iraq" (a
    determiner and a country's name) for a state's full name, so the country a war is
    named after became the target; targets24's topic rule must stand."""
    doc = _extract("The senator refused to endorse the Iraq war.")
    assert all(target is None for _, target in _sides(doc, "endorse"))
    doc = _extract("A House panel is probing the Iran arms affair.")
    assert all(target is None for _, target in _sides(doc, "probing"))
