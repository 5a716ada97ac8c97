"""The per-document checks of company marks (commercial._mark_presence) find what the
plain alternations found: a first-character lookahead in front changes no match. Since
speed30 a legal form and a phrase after a name are sought after a white space (what a
name's patterns need; tests/extract/test_speed30.py checks the marked names)."""

from __future__ import annotations

import re

import pytest

from watchfloor.extract.events.commercial import (
    _first_chars,
    _mark_alternations,
    _mark_presence,
    default_lists,
)

TEXTS = [
    "Acme Oil Corp said on Monday its net income rose.",
    "ACME HOLDINGS and the union met in Lima.",
    "The gang bought shares of a bus company in Quito.",
    "SHARES IN the port firm fell; Livestock prices rose.",  # "stock" inside a word
    "Police arrested two men near the border after a raid.",  # no mark at all
    "The corporation's chairman resigned. Its subsidiary of the group was sold.",
    "corp. is no mark here, nor is incorporatedly.",
    "",
]


def _plain(lists) -> list[re.Pattern[str]]:
    forms, after, before = _mark_alternations(lists)
    return [
        re.compile(rf"\s(?:{forms})\b"),
        re.compile(rf"\s(?i:{after})\b"),
        re.compile(rf"(?i:\b(?:{before}))\s"),
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_presence_matches_the_plain_alternations(text: str) -> None:
    lists = default_lists()
    for fast, plain in zip(_mark_presence(lists), _plain(lists), strict=True):
        assert fast is not None
        got, want = fast.search(text), plain.search(text)
        assert (got and got.span()) == (want and want.span())


def test_presence_finds_and_misses_what_it_should() -> None:
    form, after, before = _mark_presence(default_lists())
    assert form.search(TEXTS[0]) and after.search(TEXTS[0]) and before.search(TEXTS[2])
    assert not any(p.search(TEXTS[4]) for p in (form, after, before))


def test_first_chars_lookahead() -> None:
    assert _first_chars(["stock", "Shares", "bid for"]) == "(?=[Sbs])"
    assert _first_chars(["stock", ""]) == ""  # an empty word matches anywhere: no lookahead
    assert re.search(_first_chars(["-x", "^y"]) + "(?:-x|\\^y)", "a ^y") is not None
