"""The doer of a Spanish act whose own words leave it to the sentence or the story.

Place in the flow: NLP → actors → **events** (:mod:`.events` and :mod:`.arguments`, source
picking; twenty-fourth pass, issue 17, branch spanish34). A reader finds the doer where
the small model's parse does not give it:

* **a fronted time phrase is no argument** (:func:`time_phrase`): "Días después, México
  envió tropas", "Horas antes, la Policía había detenido …" — the model reads the
  capitalised noun opening the sentence as a name and makes it a subject (a second one,
  before the real one, or the only one where Spanish drops the subject). A noun with
  "después", "antes" or "tarde" of its own is a time: it names no actor, is no subject,
  and the verb's real or dropped subject does the act.
* **a coordinated agentless act shares the doer** (:func:`coordinated_doer`): "Militares
  y policías ingresaron al penal y se requisaron armas" — a passive or impersonal "se"
  conjunct that names its own patient is done by the subject of the verb it is
  coordinated with.
"""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.extract.gazetteer import fold

# adverbs that make a noun a time ("Días después", "Horas antes", "Semanas más tarde")
TIME_ADVERBS = frozenset({"despues", "antes", "tarde"})


def time_phrase(tok: Token) -> bool:
    """``tok`` is a noun of time modified by "después", "antes" or "tarde" ("**Días**
    después, …", "**Un día** antes, …"), as the small model parses a fronted time phrase."""
    return tok.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "advmod" and fold(c.lower_) in TIME_ADVERBS for c in tok.children
    )


def coordinated_doer(token: Token, subject_deps: set[str]) -> Token | None:
    """The doer of an agentless passive or impersonal "se" act coordinated with an active
    verb ("Militares y policías ingresaron al penal y **se requisaron** armas", "La Policía
    allanó la casa y **fueron detenidos** tres hombres"): the subject of the verb it is a
    conjunct of. Only where the act names its own patient (a subject or object of its
    own): "Un hombre atacó a un policía y fue detenido" drops the patient, who is the
    first verb's subject, so the doer is someone else. None when the first verb is itself
    passive or impersonal, or has no subject."""
    head = token.head
    if token.dep_ != "conj" or head.pos_ not in {"VERB", "AUX"} or head.i == token.i:
        return None
    if not any(c.dep_ in subject_deps | {"obj"} and c.lower_ != "se" for c in token.children):
        return None
    if any(
        c.dep_ in {"aux", "aux:pass"} and c.lemma_ == "ser" or c.lower_ == "se"
        for c in head.children
    ):
        return None
    return next((c for c in head.children if c.dep_ in subject_deps), None)
