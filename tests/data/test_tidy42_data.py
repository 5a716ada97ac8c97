"""tidy42: word lists moved from code to data files read the same words as before."""

from __future__ import annotations

from watchfloor.extract.actors.office_clauses import OFFICE_VERBS, SERVE_VERBS
from watchfloor.extract.actors.word_lists import ALIAS_ARTICLES, ALIAS_MARKERS, ALIAS_PARTICLES
from watchfloor.extract.events.arguments import role_words
from watchfloor.extract.events.collectives import pair_nouns, pair_preps, state_kinds


def test_office_verbs_read_by_kind():
    assert OFFICE_VERBS == {
        "head": "head",
        "lead": "leader",
        "run": "head",
        "direct": "director",
        "chair": "chairman",
        "command": "commander",
        "oversee": "head",
    }
    assert {"serve"} == SERVE_VERBS


def test_guard_serve_gives_no_object_office():
    assert "serve" not in OFFICE_VERBS


def test_alias_words_read_by_kind():
    assert {"alias", "aka", "a.k.a.", "alias."} == ALIAS_MARKERS
    assert {"el", "la", "los", "las", "the"} == ALIAS_ARTICLES
    assert {"de", "del", "la", "las", "los", "el", "da", "do", "dos"} == ALIAS_PARTICLES


def test_guard_alias_words_not_folded():
    # matched against token.lower_: the dotted abbreviation keeps its dots
    assert "a.k.a." in ALIAS_MARKERS and "aka" in ALIAS_MARKERS


def test_pair_words_read_by_part():
    assert pair_nouns() == {
        "country": "country",
        "nation": "country",
        "government": "government",
        "side": "side",
        "leader": "leader",
    }
    assert pair_preps() == {"with", "between", "on", "to"}


def test_guard_state_kinds_still_read():
    kinds = state_kinds()
    assert {"kingdom", "island", "gulf state"} <= set(kinds)
    assert "SAU" in kinds["kingdom"] and "SAU" in kinds["gulf state"]
    assert "republic" not in kinds


def test_framing_words_moved_to_argument_roles():
    assert role_words("framing_meetings", "place_adverbs") == {"here", "there"}
    assert role_words("framing_meetings", "compound_before_preps") == {"to", "of"}
    assert role_words("framing_meetings", "compound_before") == {"prior", "ahead"}
