"""officials32 of the actor-code rules (docs/actor-codes.md, "Officials32"): an office
stated in a relative clause after a name ("X, who heads the national police") and a state
body's possessive before it ("the Interior Ministry's X") give a title, coded as any title.
Sentences written for these tests; each rule has a guard."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract

_LEAD = (
    "Gunmen attacked a bus in Tegucigalpa, Honduras, on Monday. Honduran police said "
    "five people died. "
)


def _entity(doc, name: str):
    return next(e for e in doc.entities if e.name == name)


def _code(doc, name: str) -> str | None:
    return _entity(doc, name).actor_code


# -- a relative clause stating the office --------------------------------------------------
def test_who_heads_the_police_is_the_police():
    doc = _extract(_LEAD + "Elena Barrios, who heads the national police, blamed a gang.")
    assert _code(doc, "Elena Barrios") == "HNDCOP"
    assert _entity(doc, "Elena Barrios").attributes.get("code_from") == "title"


def test_who_runs_a_ministry_is_the_government():
    doc = _extract(_LEAD + "Elena Barrios, who runs the interior ministry, blamed a gang.")
    assert _code(doc, "Elena Barrios") == "HNDGOV"


def test_who_headed_gives_a_former_office():
    doc = _extract(
        _LEAD + "Elena Barrios, who headed the national police until 2019, blamed a gang."
    )
    assert _code(doc, "Elena Barrios") == "HNDELI"


def test_a_foreign_body_in_the_clause_keeps_its_own_country():
    doc = _extract(_LEAD + "Elena Barrios, who heads Colombia's national police, blamed a gang.")
    assert _code(doc, "Elena Barrios") == "COLCOP"


def test_guard_a_firm_office_in_the_clause_is_no_state_office():
    doc = _extract(_LEAD + "Elena Barrios, who heads sales at Acme Corp, said orders fell.")
    assert (_code(doc, "Elena Barrios") or "")[3:] not in {"GOV", "COP"}
    assert not _entity(doc, "Elena Barrios").attributes.get("titles")


def test_guard_a_clause_of_no_office_verb_gives_no_title():
    doc = _extract(_LEAD + "Elena Barrios, who visited the national police, blamed a gang.")
    assert not _entity(doc, "Elena Barrios").attributes.get("titles")


# -- a state body's possessive before the name ---------------------------------------------
def test_possessive_ministry_before_the_name_is_the_government():
    doc = _extract(_LEAD + "The Security Ministry's Ramon Acosta blamed a gang.")
    assert _code(doc, "Ramon Acosta") == "HNDGOV"


def test_guard_a_firms_possessive_gives_no_title():
    doc = _extract(_LEAD + "Acme Corp's Ramon Acosta said orders fell.")
    assert not _entity(doc, "Ramon Acosta").attributes.get("titles")


def test_guard_a_countrys_possessive_is_no_office():
    doc = _extract(_LEAD + "Honduras's Ramon Acosta won the race in Lima.")
    assert not _entity(doc, "Ramon Acosta").attributes.get("titles")


def test_guard_a_company_head_of_sales_is_no_government():
    doc = _extract(_LEAD + "Elena Barrios, head of sales at Acme Corp, said orders fell.")
    assert (_code(doc, "Elena Barrios") or "")[3:] not in {"GOV", "COP"}
