"""An officer of a named coded body takes the body's code (uncoded47, issues 11 and 12;
``extract.actors.body_officers``), and the bodies added to the dictionary for it.
Sentences written for these tests; each form has a guard."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract
from tests.extract.events.helpers import event
from watchfloor.extract.actors.body_officers import MODIFIERS, OFFICES, ORGANS

PUBLISHED = "1987-05-10"


def _codes(text: str) -> dict[str, str | None]:
    doc = _extract(text, published=PUBLISHED)
    return {e.name: e.actor_code for e in doc.entities}


def test_the_word_lists_are_apart() -> None:
    assert "chairman" in OFFICES and "vice" in MODIFIERS and "council" in ORGANS
    assert not OFFICES & MODIFIERS and not OFFICES & ORGANS and not MODIFIERS & ORGANS


def test_apposition_office_of_the_body() -> None:
    codes = _codes(
        "Laura Pike, chairman of the Federal Energy Regulatory Commission, urged Canada "
        "to open its gas market."
    )
    assert codes["Laura Pike"] == "USAGOV"


def test_apposition_with_an_article_and_head() -> None:
    codes = _codes(
        "Laura Pike, the head of the Federal Energy Regulatory Commission, urged Canada "
        "to open its gas market."
    )
    assert codes["Laura Pike"] == "USAGOV"


def test_title_stated_first() -> None:
    codes = _codes(
        "The chairman of the Federal Energy Regulatory Commission, Laura Pike, urged "
        "Canada to open its gas market."
    )
    assert codes["Laura Pike"] == "USAGOV"


def test_the_officer_is_an_event_side() -> None:
    ev = event(
        "Laura Pike, chairman of the Federal Energy Regulatory Commission, urged Canada "
        "to open its gas market.",
        "urged",
        published=PUBLISHED,
    )
    assert ev.source_code == "USAGOV"


def test_guard_a_former_office_is_left() -> None:
    codes = _codes(
        "Laura Pike, a former chairman of the Federal Energy Regulatory Commission, "
        "urged Canada to open its gas market."
    )
    assert codes.get("Laura Pike") != "USAGOV"


def test_guard_no_office_word_no_code() -> None:
    codes = _codes(
        "Laura Pike, a critic of the Federal Energy Regulatory Commission, urged Canada "
        "to open its gas market."
    )
    assert codes.get("Laura Pike") is None


def test_guard_a_body_after_another_word_is_not_the_office_s() -> None:
    codes = _codes(
        "Laura Pike, chairman of a panel advising the Federal Energy Regulatory "
        "Commission, urged Canada to open its gas market."
    )
    assert codes.get("Laura Pike") is None


# -- bodies added to the dictionary -------------------------------------------------------
def test_keidanren_chairman_is_japanese_business() -> None:
    codes = _codes("Keidanren chairman Kenji Ota urged the United States to drop the tariffs.")
    assert codes["Keidanren"] == "JPNBUS"
    assert codes["Kenji Ota"] == "JPNBUS"


def test_council_of_economic_advisers_chairman() -> None:
    codes = _codes(
        "Council of Economic Advisers chairman Carl Wendt called on Brazil to open its markets."
    )
    assert codes["Council of Economic Advisers"] == "USAGOV"
    assert codes["Carl Wendt"] == "USAGOV"


def test_cocoa_organization_council_chairman() -> None:
    codes = _codes(
        "International Cocoa Organization council chairman Paul Ngoran met the producers in London."
    )
    assert codes["International Cocoa Organization"] == "IGOAGRICO"
    assert codes["Paul Ngoran"] == "IGOAGRICO"


def test_guard_a_body_with_an_inferred_country_gives_nothing() -> None:
    from watchfloor.extract.actors.body_officers import _named_body
    from watchfloor.extract.actors.reading import Reading

    body = Reading(0, 3, "Senate Farm Committee", "organization", None, "RUS", "RUSLEG", "ner")
    body.code_from, body.inferred = "name", True
    assert not _named_body(body)
    body.inferred = False
    assert _named_body(body)
