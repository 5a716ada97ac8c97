"""A title broken by a wire line break is still the person's title (issue 11, the lead,
twenty-second session). Hard-wrapped wire copy puts a newline inside titles ("U.S.
Treasury\\nSecretary X"); the title walk read the newline token as the title's end, so a
sitting official the dictionary has no dated range for got its undated default (ELI)
instead of the office the text states. Sentences written for these tests; the names are
invented, so only the title can code them."""

from __future__ import annotations

from tests.extract.events.helpers import parse

DAY = "1987-10-20"


def _codes(text: str) -> dict[str, str | None]:
    doc = parse(text, published=DAY)[0]
    return {e.name.replace("\n", " "): e.actor_code for e in doc.entities}


def test_portfolio_title_split_by_a_line_break_codes_the_person() -> None:
    codes = _codes(
        "The minister said the talks with U.S. Commerce\nSecretary Walter Brimley were useful."
    )
    assert codes.get("Walter Brimley") == "USAGOV"


def test_the_same_title_on_one_line_codes_the_same() -> None:
    # guard: the unbroken title, as before
    codes = _codes(
        "The minister said the talks with U.S. Commerce Secretary Walter Brimley were useful."
    )
    assert codes.get("Walter Brimley") == "USAGOV"


def test_a_line_break_after_a_clerical_word_gives_no_office() -> None:
    # guard: "Secretary" alone is clerical; a broken line does not make an office of it
    codes = _codes("The letter was typed by the\nSecretary Walter Brimley on Monday.")
    assert codes.get("Walter Brimley") is None
