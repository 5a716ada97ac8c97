"""speed42's fast paths give the plain paths' answers (sentences written for these tests).

* :func:`~watchfloor.extract.claims.attribution.boilerplate_in` skips the boilerplate
  search for an ASCII sentence holding none of ``boilerplate_words``: the same answer as
  the search itself, on one example line per pattern (so a new pattern without its word
  fails here), on lines that hold a word but no boilerplate, on non-ASCII text and upper
  case;
* :func:`~watchfloor.extract.actors.title_codes.firm_named_in` tries each place the word
  stands with one compiled tail pattern: the same answer as the pattern compiled per word
  (speed42's base) at text edges, inside longer words, with repeated words and with
  characters a pattern would escape.
"""

from __future__ import annotations

import re

import pytest

from watchfloor.extract.actors import title_codes
from watchfloor.extract.actors.title_codes import FIRM_NAME_ENDS, firm_named_in
from watchfloor.extract.claims.attribution import boilerplate_in, load_cues
from watchfloor.extract.gazetteer import default_gazetteer

CUES = load_cues()

# One line per ``boilerplate`` pattern of cues.yaml, in its order
BOILERPLATE_LINES = [
    "Additional reporting from the coast came from our desk.",
    "Editing by a night shift team in the capital.",
    "Two local writers contributed to this story last week.",
    "Copies of this page: all rights reserved for the owner.",
    "Copyright 2031 The Harbour Gazette.",
    "This story was first published by a partner site.",
    "Subscribe today and get our weekly newsletter for free.",
    "The piece originally appeared in a regional weekly.",
    "To see the full map, click here.",
    "Follow us on the usual channels for more.",
]

PLAIN_LINES = [
    "The minister said the bridge would be finished by June.",
    "Reporting from the border, the envoy listed three demands.",  # a word, no pattern
    "This is a story about a river that floods every spring.",  # "this story", no verb
    "Troops were sent by the governor after the riots.",
    "Signs went up along the road to warn drivers.",
    "",
    "The price rose 3% to €12 a kilo, traders said.",  # not ASCII: always searched
    "ÉDITING BY NOBODY, the poster read.",  # not ASCII
    "COPYRIGHT NOTICE POSTED ON THE DOOR",  # upper case
    "\u00a9 the Lakeside Herald",  # the copyright sign alone
]


def _searched(text: str) -> bool:
    return CUES["boilerplate"].search(text) is not None


def test_one_example_line_per_boilerplate_pattern():
    patterns = CUES["raw"]["boilerplate"]
    assert len(BOILERPLATE_LINES) == len(patterns)
    for line, pattern in zip(BOILERPLATE_LINES, patterns, strict=True):
        assert re.search(pattern, line, re.IGNORECASE), (pattern, line)
        assert line.isascii()
        assert boilerplate_in(CUES, line), line  # its word is listed


@pytest.mark.parametrize("line", BOILERPLATE_LINES + PLAIN_LINES)
def test_boilerplate_in_is_the_search(line):
    assert boilerplate_in(CUES, line) == _searched(line)
    assert boilerplate_in(CUES, line.upper()) == _searched(line.upper())


def test_boilerplate_lines_found_plain_lines_kept():
    assert all(boilerplate_in(CUES, line) for line in BOILERPLATE_LINES)
    found = [line for line in PLAIN_LINES if boilerplate_in(CUES, line)]
    assert found == ["COPYRIGHT NOTICE POSTED ON THE DOOR", "\u00a9 the Lakeside Herald"]


def test_without_words_every_text_is_searched():
    cues = dict(CUES, boilerplate_words=())
    assert all(boilerplate_in(cues, line) for line in BOILERPLATE_LINES)


def _compiled_per_word(word: str, text: str) -> bool:
    """speed42's base: the pattern compiled for the word and searched over the text."""
    pattern = rf"\b{re.escape(word)}(?:\s+[A-Z][\w&.'-]*){{0,2}}?\s+(?:{FIRM_NAME_ENDS})\b"
    return re.search(pattern, text) is not None


FIRM_TEXTS = [
    "Harlow Motors said its Harlow plant would close.",
    "The Harlow plant closed. Harlow Motors denied it.",
    "Sharlow Motors is another firm; Harlow is a town.",  # inside a longer word
    "Harlow Blue Ridge Steel and Harlow Inc both listed.",
    "Harlow Blue Ridge Green Steel is too long a name.",
    "Harlow",
    "Harlow Co",
    "Harlow Company statement",  # "Co" not a whole word
    "A.B. Harlow Co-op runs the mill.",
    "Ding & Sons Ltd and Ding&Sons Ltd",
    "Mar-Tek Group bought the Mar-Tek brand.",
    "(Harlow) Airlines flew.",
    "harlow Motors in lower case",
]
FIRM_WORDS = ["Harlow", "Ding", "Ding & Sons", "Mar-Tek", "A.B.", "Harlow)", "ow"]


@pytest.mark.parametrize("text", FIRM_TEXTS)
def test_firm_named_in_is_the_compiled_pattern(text):
    gaz = default_gazetteer()
    for word in FIRM_WORDS:
        assert firm_named_in(gaz, word, text) == _compiled_per_word(word, text), (word, text)


def test_firm_named_in_answers():
    gaz = default_gazetteer()
    assert firm_named_in(gaz, "Harlow", "Harlow Motors said its Harlow plant would close.")
    assert firm_named_in(gaz, "Harlow", "The Harlow plant closed. Harlow Motors denied it.")
    assert not firm_named_in(gaz, "Harlow", "Sharlow Motors is another firm; Harlow is a town.")
    assert not firm_named_in(gaz, "Harlow", "Harlow Blue Ridge Green Steel is too long a name.")
    assert not firm_named_in(gaz, "Brazil", "Brazil Bank officials met.")  # a country's name
    assert title_codes.FIRM_TAIL.match(" Blue Ridge Steel")
