"""The extraction record: ``Extraction.entity_at`` (issue 15, finding 4: it scanned every
mention on every call, quadratic over a long document; now an index, same answers)."""

from __future__ import annotations

import random

from watchfloor.extract.base import Extraction
from watchfloor.model import Entity, Mention


def _scan(result: Extraction, start: int, end: int) -> Entity | None:
    """The former linear scan: the reference the index must agree with."""
    best, best_len = None, 0
    for ent in result.entities:
        for m in ent.mentions:
            if min(end, m.end) - max(start, m.start) > 0 and (m.end - m.start) > best_len:
                best, best_len = ent, m.end - m.start
    return best


def _random_result(rng: random.Random) -> Extraction:
    entities = []
    for e in range(rng.randint(0, 12)):
        mentions = []
        for _ in range(rng.randint(0, 5)):
            start = rng.randint(0, 300)
            mentions.append(Mention(start, start + rng.randint(0, 25), "x"))
        entities.append(Entity(id=f"e{e}", name=f"E{e}", type="organization", mentions=mentions))
    return Extraction(entities=entities, text=" " * 400)


def test_entity_at_agrees_with_the_linear_scan_ties_included():
    rng = random.Random(15)
    for _ in range(300):
        result = _random_result(rng)
        for _ in range(30):
            start = rng.randint(0, 330)
            end = start + rng.randint(0, 30)
            assert result.entity_at(start, end) is _scan(result, start, end)


def test_the_index_follows_new_entities():
    result = Extraction(text=" " * 50)
    assert result.entity_at(0, 10) is None
    ent = Entity(id="a", name="A", type="person", mentions=[Mention(2, 6, "Anna")])
    result.entities.append(ent)
    assert result.entity_at(3, 4) is ent
    result.entities = [Entity(id="b", name="B", type="person", mentions=[Mention(2, 9, "B")])]
    assert result.entity_at(3, 4).id == "b"
