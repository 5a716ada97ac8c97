"""officials33 of the actor-code rules (docs/actor-codes.md, "Officials33"): officials
the text names with an office but left without a code. A name a wire's line break or
bracketed first name splits is one name; a long office title ("Under-Secretary of State
for Energy Affairs", "Secretary of Commerce") is read to the name; a national office with
no country takes the one country a headline and the official's sentence both name.
Sentences written for these tests; each rule has a guard."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract


def _people(doc) -> dict[str, str | None]:
    return {" ".join(e.name.split()): e.actor_code for e in doc.entities if e.type == "person"}


def _entity(doc, name: str):
    return next(e for e in doc.entities if e.type == "person" and " ".join(e.name.split()) == name)


# -- a name split by a line break or a bracketed first name --------------------------------
def test_a_name_broken_by_a_line_break_is_one_name_with_its_title():
    doc = _extract(
        "LIMA, May 4 - Talks on copper opened on Monday, Mining Minister Tomas\n"
        "Rebolledo told reporters.\n    Rebolledo said prices would rise.",
        "1990-05-04",
    )
    people = _people(doc)
    assert people.get("Tomas Rebolledo") == "PERGOV"
    assert "Tomas" not in people


def test_a_name_broken_after_a_long_title_keeps_the_title():
    doc = _extract(
        "WASHINGTON, March 4 - Secretary of Commerce Malcolm\nHarrow expressed "
        "concern about the trade deficit.\n    Harrow said talks were under way.",
        "1987-03-04",
    )
    assert _people(doc).get("Malcolm Harrow") == "USAGOV"


def test_a_bracketed_first_name_joins_the_surname():
    doc = _extract(
        "LONDON, May 4 - Bankers said the visit of (Peruvian Finance Minister "
        "Dilson) Ferraro had brought the debt back into view.\n    Ferraro "
        "met bankers on Monday.",
        "1990-05-04",
    )
    people = _people(doc)
    assert people.get("Dilson Ferraro") == "PERGOV"
    assert "Dilson" not in people


def test_guard_two_names_in_a_list_stay_two():
    doc = _extract(
        "LIMA, May 4 - Mining Minister Tomas Rebolledo and Finance Minister "
        "Ana Quiroga\nsigned the accord.",
        "1990-05-04",
    )
    people = _people(doc)
    assert "Tomas Rebolledo" in people and "Ana Quiroga" in people
    assert not any("Rebolledo" in n and "Quiroga" in n for n in people)


def test_guard_a_bracket_opened_elsewhere_joins_nothing():
    doc = _extract(
        "LIMA, May 4 - The accord (signed on Monday by Tomas) Rebolledo and his aides was praised.",
        "1990-05-04",
    )
    assert "Tomas Rebolledo" not in _people(doc)


# -- long office titles --------------------------------------------------------------------
def test_under_secretary_of_state_for_affairs_is_read_to_the_name():
    doc = _extract(
        "TOKYO, March 3 - The United States wants Japan to end farm import "
        "quotas, visiting U.S. Under-Secretary of State for Energy Affairs "
        "Carla Ortmann told business leaders.",
        "1987-03-03",
    )
    ortmann = _entity(doc, "Carla Ortmann")
    assert ortmann.actor_code == "USAGOV"
    assert any(
        "Under-Secretary of State for Energy Affairs" in t
        for t in ortmann.attributes.get("titles", [])
    )


def test_a_former_cabinet_secretary_across_a_line_break_is_elite():
    doc = _extract(
        "NEW YORK, March 26 - Former Secretary of the Treasury\nGerald Whitcombe "
        "pleaded guilty to tax charges on Thursday.",
        "1987-03-26",
    )
    assert _people(doc).get("Gerald Whitcombe") == "USAELI"


def test_guard_a_club_secretary_is_no_government():
    doc = _extract(
        "LIMA, May 4 - Secretary of the Chess Club Ana Quiroga said the "
        "tournament would open on Monday.",
        "1990-05-04",
    )
    assert (_people(doc).get("Ana Quiroga") or "")[3:] != "GOV"


def test_guard_an_international_under_secretary_takes_no_country():
    doc = _extract(
        "LIMA, May 4 - United Nations Under-Secretary-General for Humanitarian "
        "Affairs Carla Ortmann visited the flooded towns.",
        "1990-05-04",
    )
    assert (_people(doc).get("Carla Ortmann") or "")[:3] != "PER"


# -- a title-case headline is no sentence before ------------------------------------------
def test_a_headline_country_is_not_the_first_lines_official():
    doc = _extract(
        "Darrow Worried By Korean Deficits.\nWASHINGTON, March 4 - Commerce "
        "Secretary Malcolm Darrow expressed concern about the trade deficit with "
        "South Korea.",
        "1987-03-04",
    )
    assert _people(doc).get("Malcolm Darrow") == "USAGOV"


# -- the headline's one country, named again in the official's sentence -------------------
_BODY = (
    " Delegates from Chile, Bolivia, Argentina and Mexico joined the talks.\n    "
    "Mexico and Chile asked for more time, and Bolivia and Argentina agreed.\n    "
)


def test_the_headline_country_named_in_the_sentence_codes_the_official():
    doc = _extract(
        "Peru Seeks Higher Copper Prices.\n"
        + _BODY
        + "Peru wants higher prices, Mining Minister Rosa Quintero said."
    )
    quintero = _entity(doc, "Rosa Quintero")
    assert quintero.actor_code == "PERGOV"
    assert quintero.attributes.get("country_inferred")


def test_guard_another_country_in_the_sentence_gives_no_headline_country():
    doc = _extract(
        "Peru Seeks Higher Copper Prices.\n"
        + _BODY
        + "Chile wants higher prices, Mining Minister Rosa Quintero said."
    )
    assert (_people(doc).get("Rosa Quintero") or "")[:3] != "PER"


def test_guard_a_story_filed_from_another_country_gives_no_headline_country():
    doc = _extract(
        "Peru Urged To Cut Copper Output.\nWASHINGTON, May 4 -"
        + _BODY
        + "Peru must cut its output, Trade Secretary Rosa Quintero said."
    )
    assert (_people(doc).get("Rosa Quintero") or "")[:3] != "PER"


def test_guard_an_international_official_takes_no_headline_country():
    doc = _extract(
        "Peru Seeks Higher Copper Prices.\n"
        + _BODY
        + "Peru wants higher prices, UN Special Envoy Rosa Quintero said."
    )
    assert (_people(doc).get("Rosa Quintero") or "")[:3] != "PER"


def test_guard_two_full_names_one_per_line_stay_two():
    doc = _extract(
        "LIMA, May 4 - The accord was signed by Ana Quiroga\nTomas Rebolledo and their aides.",
        "1990-05-04",
    )
    people = _people(doc)
    assert "Ana Quiroga" in people and "Tomas Rebolledo" in people


def test_guard_the_office_walk_stops_at_another_persons_name():
    doc = _extract(
        "WASHINGTON, May 4 - A hearing between U.S. Secretary of State Carl Benning and "
        "Senator Ana Quiroga on the peace process was tense.",
        "1990-05-04",
    )
    assert (_people(doc).get("Ana Quiroga") or "")[3:] != "GOV"
