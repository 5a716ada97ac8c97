"""tidy42: word lists moved from code to data files read the same words as before."""

from __future__ import annotations

from watchfloor.extract.actors.office_clauses import OFFICE_VERBS, SERVE_VERBS


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
    assert SERVE_VERBS == {"serve"}


def test_guard_serve_gives_no_object_office():
    assert "serve" not in OFFICE_VERBS
