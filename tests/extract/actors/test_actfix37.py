"""actfix37 of the actor-code rules (docs/actor-codes.md, "Actfix37"): a role word inside a
firm's own name gives no role. A name ending in "Co" is a firm's, whatever role word it
holds ("Union", "Congress"), and its short form (the name's first words) joins the firm
instead of keeping the role of its word. Sentences written for these tests; guards show
that real unions and bodies keep their codes."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract


def _codes(doc) -> dict[str, str | None]:
    return {e.name: e.actor_code for e in doc.entities}


def test_a_role_word_in_a_name_ending_in_co_is_a_firm():
    doc = _extract("Queens Union Gas Co said on Monday that its costs would rise this winter.")
    assert _codes(doc)["Queens Union Gas Co"].endswith("BUS")


def test_the_short_form_of_that_firm_joins_it():
    doc = _extract(
        "Queens Union Gas Co, a New York gas utility, said its costs will rise this "
        "winter.\nQueens Union, the third largest gas utility in the state, buys most "
        "of its supply from Texas."
    )
    codes = _codes(doc)
    assert codes["Queens Union Gas Co"].endswith("BUS")
    assert not any(c and c.endswith("LAB") for c in codes.values())


def test_guard_a_union_of_workers_stays_labour():
    doc = _extract(
        "The United Auto Workers said on Monday it would strike. The union represents "
        "400,000 workers."
    )
    assert _codes(doc)["United Auto Workers"].endswith("LAB")


def test_guard_a_state_body_opening_a_firm_name_stays_the_state_body():
    doc = _extract(
        "The Bank of Japan bought dollars on Monday, dealers said. Bank of Japan Leasing "
        "Co, a finance house, said its profits rose."
    )
    assert "JPNGOV" in _codes(doc).values()


def test_guard_a_short_name_alone_keeps_its_role():
    # no firm of the story opens with the name: "Union" stays a union's word
    doc = _extract("The Dockers Union said on Tuesday it would call a strike at the port.")
    assert _codes(doc)["Dockers Union"].endswith("LAB")


def test_guard_congress_without_a_legal_form_is_untouched():
    doc = _extract("The U.S. Congress voted on Tuesday to cut farm subsidies.")
    assert "USALEG" in _codes(doc).values()


# -- a congress that is no legislature ----------------------------------------------------
def test_a_convention_named_a_congress_is_no_legislature():
    doc = _extract(
        "Farm leaders met at the American Beef Congress in Denver on Tuesday, where "
        "prices were the main topic."
    )
    codes = _codes(doc)
    assert codes.get("American Beef Congress") is None
    assert "USALEG" not in codes.values()


def test_name_code_of_congresses():
    from watchfloor.extract.actors.codes import name_code
    from watchfloor.extract.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    assert name_code(gaz, "World Jewish Congress")[1] != "LEG"
    # another role word of the name still says what it is
    assert name_code(gaz, "Trades Union Congress")[1] == "LAB"
    # guards: a state's legislature keeps its role
    assert name_code(gaz, "Peruvian Congress") == ("PER", "LEG")
    assert name_code(gaz, "Brazilian National Congress") == ("BRA", "LEG")
    assert name_code(gaz, "Congress of Peru") == ("PER", "LEG")
    assert name_code(gaz, "Democratic-controlled Congress")[1] == "LEG"
    assert name_code(gaz, "100th Congress")[1] == "LEG"
