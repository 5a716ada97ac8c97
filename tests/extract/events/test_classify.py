"""The trained event_class model beside the dictionary coder (extract/events/classify.py)."""

from __future__ import annotations

import numpy as np

from tests.extract.events.helpers import parse
from watchfloor import trained
from watchfloor.extract.events.classify import (
    MODEL_NAME,
    QuadModel,
    _judge,
    proposal_features,
    shipped_model,
)
from watchfloor.extract.lexicon import default_lexicon
from watchfloor.model import Event, Span


def _event(code: str, **flags: bool) -> Event:
    info = default_lexicon().describe(code)
    assert info is not None
    text = "Ruritania and Borduria quarrelled again."
    return Event(
        code=info.code,
        root=info.root,
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        trigger=Span(21, 32, "quarrelled"),
        sentence=Span(0, len(text), text),
        source_code="RUR",
        target_code="BOR",
        confidence=0.8,
        extra={"penta_class": info.penta_class},
        **flags,
    )


def test_shipped_model_loads_once_with_its_card():
    meta = trained.card(MODEL_NAME)
    assert meta["format"] == "joblib" and "GPL-3.0" in meta["licence"]
    assert set(meta["cv"]["mean"]) >= {"baseline", "model", "rules", "pipeline"}
    assert meta["cv"]["k"] == 5 and len(meta["cv"]["folds"]) == 5
    assert trained.load(MODEL_NAME) is trained.load(MODEL_NAME)
    assert isinstance(shipped_model(), QuadModel)


def test_probabilities_cover_the_five_classes():
    model = shipped_model()
    p = model.probs(
        [
            "Rebels shelled the border town overnight, killing four villagers.",
            "The two ministers signed a trade accord in the capital.",
        ],
        [proposal_features([_event("190")]), proposal_features([_event("057")])],
    )
    assert p.shape == (2, 5)
    assert np.allclose(p.sum(axis=1), 1.0)
    assert p[0].argmax() == 4
    assert p[1].argmax() in (1, 2)


def test_proposal_features_name_the_strongest_asserted_class():
    f = proposal_features([_event("190"), _event("042", hypothetical=True)])
    assert f["best_penta=4"] == 1.0 and f["asserted_penta=4"] == 1.0
    assert f["hypothetical"] == 1.0 and "asserted_penta=1" not in f
    assert proposal_features([]) == {"none": 1.0}


def test_agreement_keeps_the_rule_code_and_says_both_decided():
    ev = _event("190")
    assert _judge(ev, np.array([0.05, 0.05, 0.05, 0.05, 0.8]), lambda e: [], {4})
    assert ev.code == "190" and ev.confidence == 0.8
    assert ev.evidence == {
        "decided_by": "rules+model",
        "model_class": 4,
        "model_p": 0.8,
        "model_p0": 0.05,
    }


def test_confident_no_event_drops_an_asserted_proposal_only():
    p = np.array([0.8, 0.05, 0.05, 0.05, 0.05])
    assert not _judge(_event("190"), p, lambda e: [], {4})
    assert _judge(_event("190", hypothetical=True), p, lambda e: [], set())
    # an asserted statement in the sentence explains the model's class 0: the act stays
    assert _judge(_event("190"), p, lambda e: [], {0, 4})


def test_disagreement_recodes_to_another_code_of_the_same_word():
    lex = default_lexicon()
    ev = _event("190")
    alt = lex.describe("1312")
    assert alt is not None and alt.penta_class == 3
    assert _judge(ev, np.array([0.05, 0.05, 0.05, 0.75, 0.1]), lambda e: [alt], {4})
    assert ev.code == "1312" and ev.quad_class == 3
    assert ev.evidence["decided_by"] == "model" and ev.evidence["rule_code"] == "190"
    assert ev.confidence < 0.8


def test_disagreement_without_an_alternative_lowers_confidence():
    ev = _event("190")
    assert _judge(ev, np.array([0.05, 0.05, 0.05, 0.75, 0.1]), lambda e: [], {4})
    assert ev.code == "190" and ev.evidence["decided_by"] == "rules"
    assert ev.confidence < 0.8


def test_every_pipeline_event_carries_evidence_and_dyadic():
    doc = parse(
        "Russian troops attacked Ukrainian soldiers near the river.",
        "Police said gunmen attacked a bus station.",
    )
    events = [e for d in doc for e in d.events]
    assert events
    for ev in events:
        assert ev.evidence and ev.evidence["decided_by"] in {"rules", "model", "rules+model"}
        d = ev.to_dict()
        assert d["dyadic"] == bool((ev.source or ev.source_code) and (ev.target or ev.target_code))
        assert ev.source or ev.source_code or ev.target or ev.target_code
