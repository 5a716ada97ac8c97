"""One event per trigger and dyad (``extract/events/repeats.py``, nonevents47, issue #12):
rows with the same trigger, code, actor codes and modality that differ only in entities
left uncoded are merged, the copies' side entities noted on the one kept; coded parties
of one code, another code, modality, dyad or trigger, and the reverse pair stay. Events
and sentences written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import parse
from watchfloor.extract.events.repeats import MERGED_KEY, dyad_key, one_per_dyad
from watchfloor.model import Event, Span


def _ev(
    code: str,
    src: tuple[str | None, str | None],
    tgt: tuple[str | None, str | None],
    start: int = 10,
    future: bool = False,
) -> Event:
    return Event(
        code=code,
        root=code[:2],
        quad_class=1,
        goldstein=1.0,
        trigger=Span(start, start + 5, "lends"),
        sentence=Span(0, 40, "x" * 40),
        source=src[0],
        source_code=src[1],
        target=tgt[0],
        target_code=tgt[1],
        future=future,
    )


def test_two_coded_parties_of_one_code_stay_two_rows() -> None:
    a = _ev("173", ("e1", "COLMIL"), ("e2", "VENCRM"))
    b = _ev("173", ("e1", "COLMIL"), ("e3", "VENCRM"))  # a second named gang member
    assert one_per_dyad([a, b]) == [a, b]  # PETRARCH's compound events
    assert MERGED_KEY not in a.extra


def test_two_uncoded_targets_are_one_row() -> None:
    a = _ev("173", ("e1", "USAJUD"), ("e2", None))
    b = _ev("173", ("e1", "USAJUD"), ("e3", None))  # a second firm the coder left uncoded
    kept = one_per_dyad([a, b])
    assert [id(e) for e in kept] == [id(a)]
    assert a.extra[MERGED_KEY] == [{"source": "e1", "target": "e3"}]


def test_two_uncoded_parties_are_one_row() -> None:
    a = _ev("071", ("e1", None), (None, "NER"))
    b = _ev("071", ("e2", None), (None, "NER"))
    c = _ev("071", ("e2", None), (None, "NER"))  # the same copy again: noted once
    assert one_per_dyad([a, b, c]) == [a]
    assert a.extra[MERGED_KEY] == [{"source": "e2", "target": None}]


def test_an_exact_copy_notes_nothing() -> None:
    a = _ev("040", ("e1", "USAGOV"), ("e2", "DEUGOV"))
    b = _ev("040", ("e1", "USAGOV"), ("e2", "DEUGOV"))
    assert one_per_dyad([a, b]) == [a]
    assert MERGED_KEY not in a.extra


def test_other_code_modality_dyad_or_trigger_stays() -> None:
    a = _ev("040", ("e1", "USAGOV"), ("e2", "DEUGOV"), future=True)
    intent = _ev("036", ("e1", "USAGOV"), ("e2", "DEUGOV"))  # the derived intent
    asserted = _ev("040", ("e1", "USAGOV"), ("e2", "DEUGOV"))  # another modality
    back = _ev("040", ("e2", "DEUGOV"), ("e1", "USAGOV"), future=True)  # the reverse
    other = _ev("040", ("e1", "USAGOV"), ("e2", "DEUGOV"), start=90, future=True)
    events = [a, intent, asserted, back, other]
    assert one_per_dyad(events) == events
    assert len({dyad_key(e) for e in events}) == 5


def test_the_reciprocal_pair_of_uncoded_parties_stays() -> None:
    a = _ev("0871", ("e1", None), ("e2", None))
    b = _ev("0871", ("e2", None), ("e1", None))  # the truce the other way round
    c = _ev("0871", ("e3", None), ("e2", None))  # a third uncoded group: merged
    assert one_per_dyad([a, b, c]) == [a, b]
    assert a.extra[MERGED_KEY] == [{"source": "e3", "target": "e2"}]


def test_pipeline_gives_one_row_for_two_uncoded_firms_charged() -> None:
    doc = parse(
        "A federal judge charged Acme Industries and Zenith Holdings with fraud on Monday."
    )[0]
    charged = [e for e in doc.events if e.trigger.text == "charged"]
    assert len(charged) == 1
    assert len(charged[0].extra[MERGED_KEY]) == 1


def test_pipeline_keeps_the_pairs_of_named_groups_of_one_code() -> None:
    doc = parse(
        "The Zetas, the Sinaloa Cartel and the Juarez Cartel met in June in Piedras Negras."
    )[0]
    assert len([e for e in doc.events if e.trigger.text == "met"]) == 3
