"""A trained gate for reporting and attitude verbs: how likely a verb is an attribution cue.

Used by the claims extractor (:mod:`watchfloor.extract.claims.attribution`) on every verb
of a document, before the rules look for its speaker and content: a verb of the cue
lexicon (``cues.yaml``) that the model finds unlikely in its context is skipped ("the
report *showed* up late"), and a verb outside the lexicon that the model finds likely
("Trump *slammed* the deal", "she *hailed* the ruling") goes to the same rules.

The model is a scikit-learn logistic regression over the sparse features of
:func:`verb_features` (the verb's lemma, tag, dependency, its children's dependencies and
prepositions, its subject's kind), trained by :mod:`watchfloor.training.attribution_cues`
on the *tune* two-thirds of the PolNeAR development articles (the held-out third of
``bench/eval_attribution.py`` is never used) and shipped as its weights
(``watchfloor/data/models/attribution_cues/weights.json``): a linear model over binary
features scores as a sum of weights, so a verb costs a few dictionary look-ups, not a
model call.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from watchfloor import trained
from watchfloor.extract.doccache import token_children

MODEL_NAME = "attribution_cues"
SUBJECT_PRONOUNS = {"he", "she", "they", "i", "we", "you", "it"}


def verb_features(verb: Token, lexicon: set[str] | frozenset[str]) -> list[str]:
    """RETURNS the names of the binary features of ``verb`` (training and scoring)."""
    lemma = verb.lemma_.lower()
    out = [f"lemma={lemma}", f"tag={verb.tag_}", f"dep={verb.dep_}", f"head={verb.head.pos_}"]
    subj = None
    for c in token_children(verb):
        out.append(f"child=prep:{c.lower_}" if c.dep_ == "prep" else f"child={c.dep_}")
        if c.dep_ == "nsubj" and subj is None:
            subj = c
    if subj is None:
        out.append("nosubj")
    else:
        out.append(f"subj={subj.ent_type_ or subj.pos_}")
        if subj.lower_ in SUBJECT_PRONOUNS:
            out.append(f"subj_pron={subj.lower_}")
    if lemma in lexicon:
        out.append("inlex")
    return out


class CueModel:
    """The shipped weights: :meth:`probability` of a verb being an attribution cue, and
    the two cuts (a lexicon verb is kept from ``keep``, a verb outside it taken from
    ``add``; both chosen on out-of-fold probabilities, see the model card)."""

    def __init__(self, model: dict[str, Any]) -> None:
        self.weights: dict[str, float] = model["weights"]
        self.bias = float(model["bias"])
        self.keep = float(model["keep"])
        self.add = float(model["add"])

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=1)
def load_cue_model() -> CueModel:
    """The shipped model (once per process). RAISES ModelNotFound when it is missing."""
    return CueModel(trained.load(MODEL_NAME))
