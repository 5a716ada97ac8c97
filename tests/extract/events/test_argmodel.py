"""The trained argument picker (extract/events/argmodel.py) over spaCy's parse."""

from __future__ import annotations

from tests.extract.events.helpers import parse
from watchfloor import trained
from watchfloor.extract.events.argmodel import MODEL_NAME, candidates, governor, shipped_model


def test_card_and_cross_validated_figures():
    meta = trained.card(MODEL_NAME)
    assert meta["format"] == "joblib" and "GPL-3.0" in meta["licence"]
    assert {"model_f1", "rules_f1", "pipeline_f1"} <= set(meta["cv"]["mean"])
    assert len(meta["cv"]["folds"]) == 5


def test_candidates_are_noun_phrases_with_their_governing_verb(nlp):
    doc = nlp("Peruvian police arrested the leader of a drug gang in Lima.")
    texts = {doc.text[a:b] for a, b in (c.chars for c in candidates(doc[:]))}
    assert {
        "Peruvian police",
        "the leader of a drug gang in Lima",
        "the leader",
        "a drug gang",
        "Lima",
    } <= texts
    verb = next(t for t in doc if t.text == "arrested")
    leader = next(c for c in candidates(doc[:]) if doc.text[slice(*c.chars)] == "the leader")
    assert leader.governor == verb.i == governor(leader.head).i


def test_pick_reads_the_passive(nlp):
    doc = nlp("The mayor was kidnapped by armed men on Friday.")
    verb = next(t for t in doc if t.text == "kidnapped")
    src, _ = shipped_model().pick(verb, candidates(doc[:]))
    assert src is not None and doc.text[slice(*src.chars)] == "armed men"


def test_a_pick_that_names_no_actor_leaves_the_rules_choice():
    # the picker may take a place for a passive's source ("in the jungle"); the pipeline
    # keeps the rules' agent, which names an actor
    doc = parse("Colombian soldiers were ambushed by FARC guerrillas in the jungle.")[0]
    ev = next(e for e in doc.events if e.trigger.text == "ambushed")
    assert ev.extra["source_span"]["text"] != "the jungle"
    assert ev.target_code and ev.target_code.startswith("COL")


def test_probabilities_are_a_distribution(nlp):
    doc = nlp("Rebels burned a bus in the north.")
    probs = shipped_model().probs(candidates(doc[:]))
    assert probs and all(abs(sum(p.values()) - 1.0) < 1e-6 for p in probs)
    assert all(set(p) == {"O", "S", "T"} for p in probs)


def test_pipeline_events_say_who_picked_the_arguments():
    doc = parse("Colombian rebels were attacked by Venezuelan troops near the border.")[0]
    ev = next(e for e in doc.events if e.trigger.text == "attacked")
    assert ev.source_code.startswith("VEN") and ev.target_code.startswith("COL")
    assert ev.evidence["arguments"] in {"model", "rules+model"}
    assert ev.extra["source_span"]["text"] == "Venezuelan troops"
    assert ev.dyadic


def _cand(doc, text):
    return next(c for c in candidates(doc[:]) if doc.text[slice(*c.chars)] == text)


def test_edge_features_describe_the_words_around_a_phrase(nlp):
    from watchfloor.extract.events.argmodel import _edge_features

    doc = nlp("The Chilean navy seized a fishing boat near Arica on Friday.")
    boat = _edge_features(doc, _cand(doc, "a fishing boat"))
    assert boat["before=VBD"] == 1.0 and boat["after=IN"] == 1.0
    assert boat["first_word=a"] == 1.0 and boat["last_dep=dobj"] == 1.0
    navy = _edge_features(doc, _cand(doc, "The Chilean navy"))
    assert navy["before=BOS"] == 1.0 and navy["first_word=the"] == 1.0


def test_edge_features_name_no_first_word_for_a_bare_name(nlp):
    # guard: a phrase that opens with a name carries no first-word feature
    from watchfloor.extract.events.argmodel import _edge_features

    doc = nlp("Chilean sailors seized a fishing boat near Arica on Friday.")
    feats = _edge_features(doc, _cand(doc, "Arica"))
    assert not any(k.startswith("first_word=") for k in feats)
    assert feats["before=IN"] == 1.0
