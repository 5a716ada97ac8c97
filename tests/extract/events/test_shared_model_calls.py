"""The cheaper paths of the event extractor give the plain paths' answers (speed23).

* ``ArgModel.probs`` sums a candidate's weights in plain floats: the same numbers as
  ``bias + weights[idx].sum(axis=0)`` and the softmax of the plain path;
* the ``event_class`` model scores decide's sentences and the fallback's in one call
  (``coder.SharedCall``): each row equals the row of a call on that sentence alone;
* ``modality`` skips a multi-word cue whose first word is in no scope word: a cue that
  starts with one still sets its flag.

Sentences written for these tests."""

from __future__ import annotations

import numpy as np

from watchfloor.extract.events import modality as modality_module
from watchfloor.extract.events.argmodel import candidates, features
from watchfloor.extract.events.argmodel import shipped_model as shipped_args
from watchfloor.extract.events.classify import proposal_features, shipped_model
from watchfloor.extract.events.coder import SharedCall

SENTENCES = [
    "Border guards in northern Peru detained four men carrying forged passports on Monday.",
    "The cartel's gunmen attacked a police patrol near the river, the governor said.",
    "Colombia and Ecuador agreed to share intelligence on armed groups along their border.",
    "Prosecutors accused the former mayor of laundering money for a gang.",
    "The weather was mild in the capital this week.",
]


def _plain_probs(model, cands) -> list[dict[str, float]]:
    """The numpy path the plain-float sums replace, written out."""
    zs = []
    for c in cands:
        idx = [i for f in features(c) if (i := model._index.get(f)) is not None]
        zs.append(model._bias + model._weights[idx].sum(axis=0))
    z = np.vstack(zs)
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return [
        dict(zip(model._labels, row, strict=True))
        for row in (e / e.sum(axis=1, keepdims=True)).tolist()
    ]


def test_argument_probabilities_equal_the_numpy_sums(nlp):
    model = shipped_args()
    seen = 0
    for doc in nlp.pipe(SENTENCES):
        for sent in doc.sents:
            cands = candidates(sent)
            assert model.probs(cands) == _plain_probs(model, cands)  # exactly
            seen += len(cands)
    assert seen > 25
    assert model.probs([]) == []


def test_argument_logits_equal_the_numpy_sums_on_many_feature_sets():
    """Random known features (and unknown ones, which count for nothing), in random order:
    the plain-float row sums are numpy's bit for bit."""
    model = shipped_args()
    names = list(model._index)
    rng = np.random.default_rng(23)
    feats = []
    for _ in range(500):
        picked = [names[i] for i in rng.choice(len(names), rng.integers(0, 25), replace=False)]
        feats.append(dict.fromkeys([*picked, "no such feature"], 1.0))
    plain = np.vstack(
        [
            model._bias
            + model._weights[[model._index[f] for f in fs if f in model._index]].sum(axis=0)
            for fs in feats
        ]
    )
    assert np.array_equal(model.logits(feats), plain)
    assert np.array_equal(model.logits([{}])[0], model._bias)  # no known feature: the bias


def test_sentence_model_rows_do_not_depend_on_the_other_rows():
    model = shipped_model()
    rules = [proposal_features([])] * len(SENTENCES)
    together = model.probs(SENTENCES, rules)
    alone = np.vstack([model.probs([s], [proposal_features([])]) for s in SENTENCES])
    assert np.array_equal(together, alone)


def test_one_shared_call_gives_both_callers_the_rows_of_two_calls():
    model = shipped_model()
    first, extra = SENTENCES[:2], SENTENCES[2:]
    shared = SharedCall(model, extra)
    rows = shared.probs(first, [proposal_features([])] * 2)
    assert np.array_equal(rows, model.probs(first, [proposal_features([])] * 2))
    assert np.array_equal(shared.rest(), model.probs(extra, [proposal_features([])] * 3))


def test_a_shared_call_never_made_scores_the_extra_sentences_alone():
    model = shipped_model()
    shared = SharedCall(model, SENTENCES[:1])  # decide had no proposal: probs not called
    assert np.array_equal(shared.rest(), model.probs(SENTENCES[:1], [proposal_features([])]))
    assert SharedCall(model, []).rest().shape == (0, 5)


def _alleged(nlp, text: str, trigger: str, cue: str) -> bool:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    cues = {"negation": set(), "hypothetical": set(), "future": set(), "alleged": {cue}}
    return modality_module.modality(token, cues, set())["alleged"]


def test_a_multi_word_cue_starting_with_a_scope_word_still_matches(nlp):
    assert _alleged(nlp, "The officers could soon arrest the smugglers.", "arrest", "could soon")
    assert _alleged(nlp, "The officers will soon arrest the smugglers.", "arrest", "will soon")


def test_a_multi_word_cue_whose_first_word_is_in_no_scope_word_does_not(nlp):
    # guard: the skipped cues are those that could not match
    assert not _alleged(nlp, "The officers could soon arrest the smugglers.", "arrest", "will soon")
    assert not _alleged(
        nlp, "The officers could soon arrest the smugglers.", "arrest", "soon could"
    )
