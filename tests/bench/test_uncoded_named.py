"""``bench/uncoded_named.py`` (uncoded41): the class of an uncoded named entity read from
its form, and the title test on a person's mentions. Names and sentences written for the
test."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace as NS

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _module():
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("uncoded_named", BENCH / "uncoded_named.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["uncoded_named"] = mod  # the dataclass looks its module up
    spec.loader.exec_module(mod)
    return mod


UN = _module()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Harlow Tinplate Corp", "firm"),
        ("Quenby Mills Ltd", "firm"),
        ("Ostrava Savings Bank", "firm"),
        ("Pellam Foods <PLM>", "firm"),
        ("Ministry of Fisheries", "government body"),
        ("Office of the Budget", "government body"),
        ("Tariff Commission", "government body"),
        ("Liberal Reform Party", "party"),
        ("Dockers' Union", "union"),
        ("Morning Journal", "media"),
        ("Baltic News Agency", "media"),
        ("International Coffee Organisation", "international body"),
        ("Organization of Coastal States", "international body"),
        ("Greenway Foundation", "other org"),
    ],
)
def test_organisation_forms(name: str, expected: str) -> None:
    assert UN.form_class(name, "organization") == expected


def test_people_and_places() -> None:
    assert UN.form_class("Anna Verlaine", "person", titled=True) == "person, titled"
    assert UN.form_class("Anna Verlaine", "person") == "person, untitled"
    assert UN.form_class("Porto Velho", "location") == "place"
    # a firm word in a person's name does not make a firm
    assert UN.form_class("Marcus Bank", "person") == "person, untitled"


def _person(text: str, name: str, attributes: dict | None = None):
    start = text.index(name)
    return NS(mentions=[NS(start=start, end=start + len(name))], attributes=attributes or {})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade minister Anna Verlaine left on Monday.", True),
        ("The talks were led by Anna Verlaine, the chairman of the board, on Monday.", True),
        ("Company spokesman Anna Verlaine declined to comment.", True),
        ("Mrs Anna Verlaine left on Monday.", False),  # a courtesy title is no role
        ("Yesterday Anna Verlaine left on Monday.", False),
    ],
)
def test_titled(text: str, expected: bool) -> None:
    assert UN.titled(_person(text, "Anna Verlaine"), text, set()) is expected


def test_titled_by_extractor_attribute() -> None:
    text = "Anna Verlaine left on Monday."
    assert UN.titled(_person(text, "Anna Verlaine", {"titles": ["governor"]}), text, set())
