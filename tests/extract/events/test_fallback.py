"""Events the coder missed, proposed by the sentence model (extract/events/fallback.py)."""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace

import numpy as np

from tests.extract.events.helpers import events
from watchfloor.extract.base import Extraction
from watchfloor.extract.events import EventExtractor
from watchfloor.extract.events.classify import QuadModel
from watchfloor.extract.events.fallback import (
    FALLBACK_P,
    acts_on,
    coded_spans,
    entries,
    known_words,
    names_coded,
    word_code,
)
from watchfloor.extract.lexicon import default_lexicon
from watchfloor.model import Entity, Event, Mention
from watchfloor.training.event_class import parse

# "released" is gated: none of its context words (hostage, prisoner, detained ...) is here
GATED = "Sudanese authorities released two followers of the rebel commander on Friday."
# the same act with a context word ("americans"): the rules code it themselves
RULED = "Sudan released six Americans on Friday."


class Fixed(QuadModel):
    """A sentence model that gives every sentence the same probabilities."""

    __slots__ = ("p",)

    def __init__(self, p: Sequence[float]) -> None:
        super().__init__(None, None, 0.0, None)
        self.p = np.array(p, dtype=float)

    def probs(self, texts: Sequence[str], proposals: Sequence[dict[str, float]]) -> np.ndarray:
        return np.tile(self.p, (len(list(texts)), 1))


def _coded(text: str, classifier: QuadModel | None) -> list[Event]:
    ((doc, actors),) = parse([text])
    result = Extraction(
        meta={}, text=actors.text, sentences=list(actors.sentences), entities=list(actors.entities)
    )
    EventExtractor(classifier=classifier, relevance=None, event_filter=None)(doc, result)
    return result.events


def _sure(quad: int, p: float = 0.9) -> Fixed:
    probs = [(1 - p) / 4] * 5
    probs[quad] = p
    return Fixed(probs)


def test_known_words_start_at_the_root_and_codes_keep_the_class():
    ((doc, _),) = parse([GATED])
    words = known_words(next(doc.sents), default_lexicon())
    assert words[0].text == "released"
    lex = default_lexicon()
    info = word_code(lex, words[0], 2)
    assert info is not None and info.code == "0841"
    assert word_code(lex, words[0], 4) is None  # no material-conflict code of "release"
    assert acts_on(words[0])  # it has an object


def test_a_verb_with_a_clause_or_no_object_names_no_act():
    ((doc, _),) = parse(["Kenya declared that the curfew had worked. The army returned home."])
    first, second = doc.sents
    assert not acts_on(first.root)  # "declared that ...": a statement
    assert not acts_on(second.root)  # "returned home": no one acted on


def test_a_sure_model_codes_the_gated_verb_with_its_entry_of_that_class():
    evs = _coded(GATED, _sure(2))
    assert [(e.trigger.text, e.code) for e in evs] == [("released", "0841")]
    assert evs[0].source_code and evs[0].source_code.startswith("SDN")
    assert evs[0].evidence["proposed_by"] == "model"
    assert evs[0].evidence["decided_by"] == "model"
    assert evs[0].evidence["model_class"] == 2


def test_no_event_without_a_sure_model_or_a_code_of_its_class():
    assert _coded(GATED, None) == []  # the rules alone: the gate holds
    assert _coded(GATED, _sure(0)) == []  # the model: no event
    assert _coded(GATED, _sure(2, FALLBACK_P - 0.05)) == []  # not sure enough
    assert _coded(GATED, _sure(4)) == []  # "release" has no class-4 code: nothing guessed


def test_a_sentence_the_rules_coded_is_left_to_them():
    evs = _coded(RULED, _sure(2))
    assert [(e.trigger.text, e.code) for e in evs] == [("released", "0841")]
    assert "proposed_by" not in evs[0].evidence


def test_a_pattern_of_the_word_that_fits_its_use_overrules_the_model():
    # "released" with a statement as its object is a statement (010, verbs.yaml pattern):
    # a sure class 2 does not make it a release of people
    evs = _coded("The Kenyan army released a statement about the raid.", _sure(2))
    assert [e.code for e in evs if e.trigger.text == "released"] == []


def test_no_event_without_an_actor_for_a_side():
    # a sure class and a coded word, but nobody the actor extractor knows on either side
    assert _coded("Somebody released two followers of somebody else on Friday.", _sure(2)) == []


def test_shipped_model_codes_the_missed_release_and_not_a_forecast():
    ev = events(GATED, "released")
    assert [e.code for e in ev] == ["0841"] and ev[0].evidence["proposed_by"] == "model"
    assert events("Analysts in Nairobi said the rains would continue into next month.", "") == []


# -- the recall16 block of verbs.yaml: phrasal acts half A showed without a trigger ----------
def test_established_ties_is_diplomatic_cooperation_and_a_police_unit_is_not():
    assert {
        e.code for e in _coded("Chile and Kenya established diplomatic ties on Monday.", None)
    } == {"050"}
    assert _coded("Kenya established a new police unit in Nairobi.", None) == []


def _plain_known_words(sent, lex):
    """known_words as first written: every token looked up (the reference)."""
    found = [t for t in sent if entries(lex, t)]
    return sorted(found, key=lambda t: (sum(1 for _ in t.ancestors), t.i))


def test_known_words_read_once_per_document_are_the_token_by_token_words():
    """The per-document lookup (POS / lemma / form ids, one cache per lexicon) finds the
    words a token-by-token lookup finds, sentence by sentence, in a second document too."""
    lex = default_lexicon()
    texts = [
        "Police arrested three men near the border. The army shelled the town on Tuesday. "
        "Rebels said the attack killed two soldiers, and the talks collapsed.",
        "The minister visited Lima. Protesters blocked the roads; police fired tear gas. "
        "Nothing happened.",
    ]
    seen = 0
    for doc, _ in parse(texts):
        for sent in doc.sents:
            fast = [t.i for t in known_words(sent, lex)]
            assert fast == [t.i for t in _plain_known_words(sent, lex)]
            assert all(sent.start <= i < sent.end for i in fast)  # its own sentence only
            seen += len(fast)
    assert seen >= 8


def test_known_words_leave_out_words_without_an_entry():
    """Guard: a sentence of words the lexicon lacks gives none, even right after a
    sentence (of the same document) whose words all have one."""
    ((doc, _),) = parse(["Troops attacked the village. The weather was mild and sunny."])
    first, second = doc.sents
    assert [t.text for t in known_words(first, default_lexicon())][:1] == ["attacked"]
    assert known_words(second, default_lexicon()) == []


# -- the model reads only sentences naming a coded actor (speed19) ---------------------------
class Asked(Fixed):
    """A sure class-2 model that records the sentences it is asked about."""

    __slots__ = ("asked",)

    def __init__(self) -> None:
        super().__init__([0.025, 0.025, 0.9, 0.025, 0.025])
        self.asked: list[str] = []

    def probs(self, texts: Sequence[str], proposals: Sequence[dict[str, float]]) -> np.ndarray:
        self.asked += list(texts)
        return super().probs(texts, proposals)


def _asked(text: str) -> tuple[list[Event], list[str]]:
    model = Asked()
    return _coded(text, model), model.asked


def test_a_sentence_without_a_coded_actor_is_not_read_by_the_model():
    # "He" stands for the president, but no coded name is in the sentence: not proposed
    # (before the gate: released 0841 KENGOV -> a rebel side)
    evs, asked = _asked(
        "President William Ruto visited Mombasa. "
        "He released two followers of the rebel commander on Friday."
    )
    assert [e.trigger.text for e in evs] == ["visited"]
    assert not any(t.startswith("He released") for t in asked)


def test_guard_a_sentence_naming_a_coded_actor_still_proposes():
    # the same act with a coded subject (GATED): read and proposed
    evs, asked = _asked("President William Ruto visited Mombasa. " + GATED)
    assert [(e.trigger.text, e.code) for e in evs] == [("visited", "042"), ("released", "0841")]
    assert evs[1].evidence["proposed_by"] == "model" and GATED in asked
    # a place stands for its country: a sentence naming only a city is read too
    evs, asked = _asked("Two tons of cocaine were transferred to Nairobi in May.")
    assert asked and asked[0].startswith("Two tons")


def _entity(code: str | None, country: str | None, *spans: tuple[int, int]) -> Entity:
    return Entity(
        id=f"e{spans[0][0]}",
        name="x",
        type="organization",
        actor_code=code,
        country=country,
        mentions=[Mention(a, b, "x") for a, b in spans],
    )


def test_names_coded_reads_overlapping_mentions_of_coded_entities_only():
    spans = coded_spans(
        [
            _entity("KENGOV", None, (10, 20), (95, 130)),
            _entity(None, "COL", (40, 45)),
            _entity(None, None, (60, 70)),
        ]
    )  # uncoded: not read
    sent = lambda a, b: SimpleNamespace(start_char=a, end_char=b)  # noqa: E731
    assert names_coded(sent(0, 30), spans) and names_coded(sent(30, 50), spans)
    assert not names_coded(sent(50, 90), spans)  # only the uncoded name
    assert names_coded(sent(100, 120), spans)  # a mention running over its start
    assert not names_coded(sent(130, 150), spans) and not names_coded(sent(0, 10), spans)
    assert not names_coded(sent(0, 10), coded_spans([]))
