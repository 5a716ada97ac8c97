"""The trained attribution-cue gate (cue_model) and how the extractor uses it; sentences
written for the tests."""

from __future__ import annotations

import json

from watchfloor import trained
from watchfloor.extract.claims.attribution import load_cues
from watchfloor.extract.claims.cue_model import load_cue_model, verb_features
from watchfloor.nlp import NlpStage


def _verb_probability(text: str, word: str) -> float:
    doc = NlpStage(extractors=()).nlp(text)
    (verb,) = [t for t in doc if t.text == word]
    return load_cue_model().probability(verb_features(verb, load_cues()["verbs"]))


def test_shipped_gate_has_its_card_and_cuts():
    meta = trained.card("attribution_cues")
    assert meta["format"] == "json" and meta["cv"]["k"] == 5
    assert meta["cv"]["mean"]["f1"] > meta["lexicon_only"]["mean"]["f1"]
    model = load_cue_model()
    assert 0.0 < model.keep < model.add < 1.0
    assert all(isinstance(w, float) for w in model.weights.values())


def test_weights_file_keeps_no_text_only_feature_names():
    path = trained.model_dir("attribution_cues") / "weights.json"
    names = json.loads(path.read_text(encoding="utf-8"))["weights"]
    assert all(
        n.split("=", 1)[0]
        in {"lemma", "tag", "dep", "head", "child", "subj", "subj_pron", "inlex", "nosubj"}
        for n in names
    )


def test_a_reporting_verb_in_context_passes_and_a_literal_use_does_not():
    model = load_cue_model()
    assert _verb_probability("The mayor said the water was safe to drink.", "said") >= model.keep
    assert (
        _verb_probability("The senator slammed the tariff plan as a disaster.", "slammed")
        >= model.keep
    )
    # lexicon verbs ("show", "see") used literally fall under the cut
    assert _verb_probability("The band will show up late tonight.", "show") < model.keep
    assert _verb_probability("We will see the river from the bridge tomorrow.", "see") < model.keep


def test_an_event_verb_with_a_person_subject_is_no_attribution(extract):
    """Regression: with the gate's best-F1 cut for verbs outside the lexicon (0.25),
    "X visited the harbour" became X's claim and "He added" then resolved to X."""
    doc = extract(
        "Minister Carlos Vega said the port would stay closed until Friday. "
        "Prime Minister Luis Mora visited the harbour on Monday. "
        "He added that ships would be diverted to the north."
    )
    cues = [c.cue.text for c in doc.claims if c.cue is not None]
    assert "visited" not in cues
    assert "said" in cues and "added" in cues
