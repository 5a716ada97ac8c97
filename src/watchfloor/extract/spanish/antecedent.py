"""The actor a third-person clitic or possessive stands for, read from the story.

Place in the flow: NLP → actors → **events** (:mod:`.events`, target picking). An act whose
object is a clitic ("Washington **los** acusa de …", "la Fiscalía **les** imputó …") or a
patient noun with a possessive ("exigió **su** liberación": ``nonevents_es.yaml``
``patient_nouns``) names its target only by reference (twenty-second pass, issue 17, branch
spanish32). To a reader, the word stands for the nearest earlier **patient**: a noun that
was acted on (object, indirect object, passive subject) and names an actor, earlier in the
same sentence or up to three sentences before ("Un tribunal condenó a doce manifestantes.
… exigió su liberación" → the demonstrators). A clitic's number and gender must agree
("los" is not "una mujer"); things, act nouns ("el secuestro") and objects with a
preposition other than "a" (a doer "por Estados Unidos" misparsed) are skipped.

A partitive object's pronoun ("la Policía detuvo a dos **de ellos**", "a una de ellas")
refers back the same way, agreeing in number and gender (es41, issue 17).

The nearest agreeing patient decides even when it names no coded actor ("Cuatro personas
fueron detenidas y la Fiscalía las imputó": no target), so a far, unrelated actor is
never reached; the act's own source is skipped ("la Policía fue atacada; luego la
Policía los detuvo" does not aim the arrest at the police).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from watchfloor.extract.base import Extraction
from watchfloor.extract.doccache import morph_get
from watchfloor.extract.gazetteer import fold
from watchfloor.extract.spanish.lexicon import PERSONAL
from watchfloor.model import Entity

CLITICS = frozenset({"lo", "la", "los", "las", "le", "les"})
# a partitive object's pronoun: "detuvo a dos de ellos" (es41)
PARTITIVE_PRONOUNS = frozenset({"ellos", "ellas"})
POSSESSIVES = frozenset({"su", "sus"})
PATIENT_DEPS = frozenset({"obj", "iobj", "nsubj:pass"})
BACK = 3  # sentences before the referring word's own that may hold its antecedent
EntityOf = Callable[[Token, Extraction], "Entity | None"]


def referring_word(trigger: Token, target: Token | None, patient_nouns: set[str]) -> Token | None:
    """The clitic object of ``trigger``, else the pronoun of its partitive object ("a dos
    de ellos"), else the possessive of its patient-noun object."""
    for c in trigger.children:
        # the small model tags "los" before a verb a determiner of it ("Washington los
        # acusa"): a verb has no determiner, so that is the clitic too
        if c.lower_ in CLITICS and (
            c.dep_ in {"obj", "iobj"}
            and c.pos_ == "PRON"
            or c.dep_ == "det"
            and c.i == trigger.i - 1
            and trigger.pos_ == "VERB"
        ):
            return c
    for obj in [target, *(c for c in trigger.children if c.dep_ == "obj")]:
        partitive = partitive_pronoun(obj)
        if partitive is not None:
            return partitive
    if (
        target is not None
        and target.pos_ == "NOUN"
        and (fold(target.lemma_) in patient_nouns or fold(target.lower_) in patient_nouns)
    ):
        return next(
            (
                c
                for c in target.children
                if c.dep_ in {"det", "nmod:poss"} and c.lower_ in POSSESSIVES
            ),
            None,
        )
    return None


def antecedent(
    word: Token,
    source: Entity | None,
    result: Extraction,
    entity_of: EntityOf,
    is_act: Callable[[Token], bool],
) -> Entity | None:
    """The coded actor of the nearest earlier agreeing patient (this sentence before
    ``word``, or the ``BACK`` sentences before it), or None when that patient names none.
    A noun of an act ("reivindicó el secuestro": ``is_act``) is a thing, not a patient."""
    doc, start = word.doc, word.sent.start
    for _ in range(BACK):
        start = doc[start - 1].sent.start if start > 0 else start
    clitic = word.lower_ in CLITICS or word.lower_ in PARTITIVE_PRONOUNS
    for tok in reversed(doc[start : word.i]):
        if (
            tok.dep_ not in PATIENT_DEPS
            or tok.pos_ not in {"NOUN", "PROPN", "NUM"}
            or is_act(tok)
            or any(c.dep_ == "case" and c.lower_ not in PERSONAL for c in tok.children)
        ):
            continue  # "deportados por Estados Unidos" parsed as an object: the doer
        if clitic and not _agrees(word, tok):
            continue
        ent = entity_of(tok, result)
        if ent is None or source is not None and ent.id == source.id:
            continue  # a thing ("no portaban armas"), or the act's own doer
        return ent if ent.actor_code else None
    return None


def partitive_pronoun(target: Token | None) -> Token | None:
    """The pronoun of a partitive object ("detuvo a dos de ellos", "liberó a una de
    ellas"): a number or quantifier whose "de" phrase is "ellos" / "ellas"; else None."""
    if target is None or target.pos_ not in {"NUM", "PRON", "DET"}:
        return None
    return next(
        (
            c
            for c in target.children
            if c.lower_ in PARTITIVE_PRONOUNS
            and c.dep_ in {"nmod", "obl"}
            and any(g.dep_ == "case" and g.lower_ == "de" for g in c.children)
        ),
        None,
    )


def _agrees(word: Token, noun: Token) -> bool:
    """Number (and, for lo/la/los/las, gender) where both words show it."""
    for feat in ("Number", "Gender") if word.lower_[:2] != "le" else ("Number",):
        a, b = morph_get(word, feat), morph_get(noun, feat)
        if a and b and not set(a) & set(b):
            return False
    return True
