"""A target every rule left without a coded actor is filled from the trigger's own phrase
that names one, as the trained picker scores it (issue 12, fill45: ``coder._fill_target``),
with the guards an analyst expects (``coder._fillable``). Sentences written for these
tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from spacy.language import Language

from tests.extract.events.helpers import event, parse
from watchfloor.extract.events import coder
from watchfloor.extract.events.argmodel import Candidate, candidates

EIGHTIES = "1987-03-10"
ISLAND = "Iraq said its warplanes attacked Iran's Farsi Island on Tuesday."


def test_the_owner_of_an_attacked_place_named_by_the_trigger_is_the_target() -> None:
    ev = event(ISLAND, "attacked", published=EIGHTIES)
    assert ev.target_code == "IRN"
    assert ev.extra["target_span"]["text"] == "Iran's Farsi Island"
    assert ev.extra["evidence"]["target_fill_p"] >= coder.TARGET_FILL_P  # its provenance


def test_without_the_fill_the_target_stays_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(coder, "TARGET_FILL_P", None)
    assert event(ISLAND, "attacked", published=EIGHTIES).target_code is None


def test_a_source_states_own_country_is_never_filled() -> None:
    # a domestic act: the shelling army's own country is no target
    ev = event("Iraqi forces shelled Iraq's Halabja district.", "shelled", published=EIGHTIES)
    assert (ev.source_code, ev.target_code) == ("IRQMIL", None)


def test_a_phrase_in_another_verbs_clause_is_not_read() -> None:
    # "Japan" is the subject of "open", inside the condition, not the warning's party
    doc = parse(
        "Britain warned that it would retaliate if Japan did not open its markets.",
        published=EIGHTIES,
    )[0]
    warned = [e for e in doc.events if e.trigger.text == "warned"]
    assert warned and all(e.target_code is None for e in warned)


def _actor(code: str, ent: str = "", kind: str | None = None, key: str = "k") -> SimpleNamespace:
    entity = SimpleNamespace(kind=kind) if kind else None
    return SimpleNamespace(code=code, key=key, entity=entity, token=SimpleNamespace(ent_type_=ent))


@pytest.mark.parametrize(
    ("actor", "source", "ok"),
    [
        (_actor("IRN", "GPE", "country", "irn"), _actor("IRQMIL", key="iq"), True),
        (_actor("IRQMIL", key="other"), _actor("IRQMIL", key="iq"), False),  # its code
        (_actor("USA", key="iq"), _actor("USAGOV", key="iq"), False),  # its entity
        (_actor("IRQ", "GPE", "country", "irq"), _actor("IRQMIL", key="iq"), False),
        (_actor("GBRMED", "ORG", key="bbc"), _actor("USAGOV", key="us"), False),
        (_actor("IRQ", "GPE", "place", "basra"), _actor("IRNMIL", key="ir"), False),
        (_actor("", "ORG", key="firm"), _actor("USAGOV", key="us"), False),
        (_actor("NIC", "NORP", key="nic"), _actor("HNDMIL", key="hn"), True),
    ],
)
def test_fillable_guards(actor: SimpleNamespace, source: SimpleNamespace, ok: bool) -> None:
    # a country, a nationality: yes; the source's code, entity or own state, an outlet, a
    # town, an uncoded party: no
    assert coder._fillable(actor, [source]) is ok


def _phrase(nlp: Language, text: str, words: str) -> Candidate:
    doc = nlp(text)
    found = [c for c in candidates(doc[:]) if doc[c.first : c.last + 1].text == words]
    assert found, [doc[c.first : c.last + 1].text for c in candidates(doc[:])]
    return found[0]


def test_a_name_inside_the_phrase_says_whose_or_against_whom(nlp: Language) -> None:
    text = "Washington lifted the sanctions against Japan."
    c = _phrase(nlp, text, "the sanctions against Japan")
    assert [w.text for w in coder._named_within(c)] == ["Japan"]


def test_a_name_in_a_clause_of_the_phrase_is_not_read(nlp: Language) -> None:
    text = "U.S. warships attacked the platform, which Iran used as a base."
    c = _phrase(nlp, text, "the platform, which Iran used as a base")
    assert coder._named_within(c) == []


def test_a_country_a_topic_is_named_after_is_not_read(nlp: Language) -> None:
    text = "A Senate panel is examining the Iran arms affair."
    c = _phrase(nlp, text, "the Iran arms affair")
    assert coder._named_within(c) == []
