"""Spanish event modality: negated, hypothetical, future, alleged — and who reported it.

Place in the flow: used by the Spanish event extractor (:mod:`.events`) for every trigger.
Cue words come from ``data/events/es/modality_es.yaml``; the verb's own morphology from
the parse (``Mood=Cnd``, ``Tense=Fut``). Scope, narrow on purpose as in English: the
trigger's function-word dependents (``advmod``, ``aux``, ``mark``; for nouns also
``amod``, ``det``) and up to three governing verbs reached through ``xcomp`` / ``ccomp``
/ ``advcl`` / ``obj`` (or a coordinated infinitive's first infinitive: "pidió investigar
… y proteger …") with their own function words, and the word just before an
infinitive (the parse may attach it elsewhere). Only words before the trigger count. Cues
and words are compared without accents (headlines and wire copy drop them: "PODRIA
PARALIZAR").

* "habría/habrían + participle" — the *condicional de rumor* of news reports — is
  **alleged**, not hypothetical ("el ELN habría secuestrado a dos soldados");
* a simple conditional ("atacaría"), "podría", a "si" clause, or a governing
  "amenazar con" / "planear" / "exigir" is **hypothetical**;
* the future tense, "ir a + infinitive" ("va a atacar") and "prometer" are **future**,
  and so is the purpose infinitive of a future verb ("viajará a Quito para firmar");
* "no", "nunca", "jamás" or a governing "negar" / "descartar" is **negation**.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from watchfloor.extract.base import Extraction
from watchfloor.extract.doccache import morph_get
from watchfloor.extract.gazetteer import fold

FUNCTION = {"advmod", "aux", "aux:pass", "mark", "cop", "case"}
NOMINAL = FUNCTION | {"amod", "det"}
GOVERNING = {"xcomp", "ccomp", "advcl", "obj", "csubj"}
REPORTED = {"ccomp", "xcomp", "parataxis", "advcl", "obj", "conj"}
# an event noun that is the content of a threat or an intention has not happened:
# "amenazó con una huelga", "la amenaza de paro", "su intención de una huelga" (lemmas)
# (folded keys: they are compared with folded lemmas)
THREAT_HEADS = {"amenazar": "con", "amenaza": "de", "intencion": "de", "ultimatum": "de"}
# cues and words are compared folded (no accents: "PODRIA PARALIZAR" in a headline is
# "podría"); the few distinct words of a corpus are folded once each
_fold = lru_cache(maxsize=65536)(fold)


def _infinitives(token: Token) -> bool:
    """A coordinated infinitive ("pidió investigar … y proteger …"): it shares the first
    one's governor, and so its modality."""
    return (
        token.dep_ == "conj"
        and "Inf" in morph_get(token, "VerbForm")
        and "Inf" in morph_get(token.head, "VerbForm")
    )


def _future(verb: Token) -> bool:
    """``verb`` is in the future tense, itself or through its auxiliary ("viajará", "va
    a viajar")."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "aux:pass"}]
    return (
        "Fut" in morph_get(verb, "Tense")
        or any("Fut" in morph_get(a, "Tense") for a in aux)
        or any(a.lemma_ == "ir" for a in aux)
        and any(c.dep_ == "mark" and c.lower_ == "a" for c in verb.children)
    )


def _purpose_of_future(token: Token) -> bool:
    """``token`` is the infinitive of a purpose clause ("para" / "a" + infinitive) of a
    verb in the future: the aim of a trip or a step still to come has not happened either
    ("viajará a Quito para firmar un acuerdo", "irá a Lima a reunirse con"; esroots35)."""
    return (
        token.dep_ == "advcl"
        and "Inf" in morph_get(token, "VerbForm")
        and token.head.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "mark" and c.lower_ in {"para", "a"} for c in token.children)
        and _future(token.head)
    )


def governors(token: Token, steps: int = 3) -> list[Token]:
    out: list[Token] = []
    head = token
    for _ in range(steps):
        if head.head.i == head.i or head.dep_ not in GOVERNING and not _infinitives(head):
            break
        head = head.head
        out.append(head)
    return out


# id(cues) -> (the cues, their index): the lexicon's cue lists are read once per process
_CUE_INDEX: dict[int, tuple[dict, dict[str, tuple[frozenset[str], dict]]]] = {}


def cue_index(
    cues: dict[str, set[str]],
) -> dict[str, tuple[frozenset[str], dict[str, list[tuple[str, int]]]]]:
    """RETURNS, per modality kind, its one-word cues and its cues of several words by
    their first word (each with its word count), built once per cue dictionary (esspeed37:
    :func:`modality` split the lists on every trigger). The dictionary is kept with its
    index, so a new one never takes an old one's id."""
    kept = _CUE_INDEX.get(id(cues))
    if kept is not None and kept[0] is cues:
        return kept[1]
    index: dict[str, tuple[frozenset[str], dict[str, list[tuple[str, int]]]]] = {}
    for kind, cue_words in cues.items():
        phrases: dict[str, list[tuple[str, int]]] = {}
        for cue in cue_words:
            if " " in cue:
                parts = cue.split()
                phrases.setdefault(parts[0], []).append((cue, len(parts)))
        index[kind] = (frozenset(c for c in cue_words if " " not in c), phrases)
    _CUE_INDEX[id(cues)] = (cues, index)
    return index


def modality(token: Token, cues: dict[str, set[str]]) -> dict[str, bool]:
    """RETURNS {negation, hypothetical, future, alleged} for a trigger."""
    found = dict.fromkeys(("negation", "hypothetical", "future", "alleged"), False)
    deps = NOMINAL if token.pos_ == "NOUN" else FUNCTION
    own = [c for c in token.children if c.dep_ in deps]
    govs = governors(token)
    scope = list(own)
    for gov in govs:
        scope.append(gov)
        scope.extend(c for c in gov.children if c.dep_ in FUNCTION and c.i != token.i)
    if "Inf" in morph_get(token, "VerbForm") and token.i > 0:
        # the word just before an infinitive, whatever the parse made of it: the small
        # model tags "PODRIA" in "… PODRIA PARALIZAR …" an adjective of the noun before
        scope.append(token.doc[token.i - 1])
    scope = [t for t in scope if t.i < token.i]
    lowers = [(t, _fold(t.lower_)) for t in scope]
    words = {low for _, low in lowers} | {_fold(t.lemma_) for t in scope}
    for kind, (single, phrases) in cue_index(cues).items():
        if words & single:
            found[kind] = True
        for t, low in lowers:
            # a cue of several words: only those whose first word this one is; the span
            # is built for them alone (the cost was in building a span for every cue
            # and every word in scope)
            for cue, n in phrases.get(low, ()):
                if _fold(t.doc[t.i : t.i + n].text) == cue:
                    found[kind] = True
    # "presuntamente", "al parecer" anywhere before the trigger in its clause
    clause = [t for t in token.children if t.i < token.i]
    if any(t.lower_ in {"presuntamente", "supuestamente", "aparentemente"} for t in clause):
        found["alleged"] = True
    aux = [c for c in token.children if c.dep_ in {"aux", "aux:pass"}]
    mood = set(morph_get(token, "Mood")) | {m for a in aux for m in morph_get(a, "Mood")}
    if "Cnd" in mood:
        if any(a.lemma_ == "haber" and "Cnd" in morph_get(a, "Mood") for a in aux):
            found["alleged"] = True  # condicional de rumor: "habría asesinado"
        else:
            found["hypothetical"] = True
    if "Fut" in morph_get(token, "Tense") or any("Fut" in morph_get(a, "Tense") for a in aux):
        found["future"] = True
    if any(a.lemma_ == "ir" for a in aux) and any(
        c.dep_ == "mark" and c.lower_ == "a" for c in token.children
    ):
        found["future"] = True  # "va a capturar"
    if _purpose_of_future(token):
        found["future"] = True  # "viajará a Quito para firmar un acuerdo" (esroots35)
    if any(c.dep_ == "mark" and c.lower_ == "si" for c in token.children):
        found["hypothetical"] = True
    if (
        token.pos_ == "NOUN"
        and token.dep_ in {"obl", "nmod", "obj"}
        and THREAT_HEADS.get(fold(token.head.lemma_))
        in {c.lower_ for c in token.children if c.dep_ == "case"}
    ):
        found["hypothetical"] = True  # "amenazó con una huelga": threatened, not held
    if any(
        c.dep_ == "advmod"
        and ("Neg" in morph_get(c, "Polarity") or c.lower_ in {"no", "nunca", "jamás", "tampoco"})
        for c in token.children
        if c.i < token.i
    ):
        found["negation"] = True
    return found


def reported_by(token: Token, result: Extraction, reporting: set[str]) -> str | None:
    """Entity id of the speaker whose report carries the trigger ("dijo", "según X")."""
    head = token
    for _ in range(6):
        for c in head.children:  # "según la Defensoría"
            if c.dep_ in {"obl", "nmod"} and any(g.lower_ == "según" for g in c.children):
                ent = result.entity_at(c.idx, c.idx + len(c.text))
                if ent is not None:
                    return ent.id
        if head.head.i == head.i:
            return None
        child, head = head, head.head
        if head.pos_ == "VERB" and fold(head.lemma_) in reporting and child.dep_ in REPORTED:
            subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
            if subj is None:
                return None
            ent = result.entity_at(subj.idx, subj.idx + len(subj.text))
            return ent.id if ent else None
    return None
