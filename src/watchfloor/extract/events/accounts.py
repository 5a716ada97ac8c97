"""Whose account an act is told in when the speaker is a state's voice or a party's paper.

A named party's account of another party's act is alleged (:func:`modality.party_account`,
docs/judging-criteria.md, Modality: "a party's claim or communique"). The speaker is not
always a person or a state named as such: it may be a state's own medium ("official Radio
Pakistan said", "Jordanian state radio said", and in the next sentence "the radio said") or
a party's written statement ("an Iraqi communique said", "the miners' statement said",
and after "Iraq said ...", "a military communique said"). This module names the party
behind such a speaker, so that the coder can ask whose act the trigger is:

* a **state's medium** (:func:`voice_code`): an ``outlet_nouns`` word in the speaker's
  phrase with a state's name or demonym ("Radio Pakistan", "Iraqi News Agency",
  "Tehran radio") — the state; an outlet without one ("the Petra news agency", "Kyodo")
  is a news outlet, whose report leaves the act asserted. "The radio" with no owner is
  the state medium of that head word named in the two sentences before;
* a **party's paper** (``party_document_nouns``: statement, communique …): its owner in the
  phrase ("the miners statement", "an Iraqi communique", "the army's statement"); with no
  owner, the named state of the ``party_speech_verbs`` verb of the sentence before ("Iraq
  said ... . A communique said ...").

An account may also go on past its first sentence: "He added that ..." whose pronoun names
a person (:func:`pronoun_speaker`, accounts42) is that person's account.

Issue 12, modality41 (judged seeds 3079 / 3080, tuned-on: a state's radio telling of the
other country's air raid, an Iraqi communique on an Iranian attack, the miners' statement
on an eviction by police: alleged, coded asserted). Not a speaker with a name of its own:
that is :func:`modality.claim_speaker`'s.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (events: modality) →
store → analyse → serve/export.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from watchfloor.extract.actors.codes import token_country
from watchfloor.extract.doccache import sentences_before, token_children
from watchfloor.extract.events.modality import claim_subject, code_party, party_account, word_lists
from watchfloor.extract.events.resolver import ActorResolver

OWNER_DEPS = {"compound", "amod", "poss", "nmod"}
LOOK_BACK = 2  # sentences searched for the medium "the radio" refers to


def _phrase(word: Token) -> list[Token]:
    """The words of the noun phrase a word is part of, up to its head ("official Radio
    Pakistan" for "Radio" or "Pakistan")."""
    head = word
    while head.dep_ in OWNER_DEPS and head.head.i != head.i and head.head.i > head.i:
        head = head.head
    return [w for w in head.subtree if w.i <= head.i]


def _kind(phrase: list[Token]) -> str | None:
    """ "outlet" for a medium's phrase, "paper" for a party's statement, else None."""
    lists = word_lists()
    words = {w.lower_ for w in phrase} | {w.lemma_.lower() for w in phrase}
    if words & lists["party_document_nouns"]:
        return "paper"
    if words & lists["outlet_nouns"]:
        return "outlet"
    return None


def _owners(phrase: list[Token]) -> list[Token]:
    """The words of a speaker's phrase that may name its owner: no outlet or paper word,
    determiner or voice adjective ("official", "state")."""
    lists = word_lists()
    skip = lists["outlet_nouns"] | lists["party_document_nouns"] | lists["voice_modifiers"]
    return [
        w
        for w in reversed(phrase)
        if w.pos_ in {"PROPN", "NOUN", "ADJ"}
        and w.lower_ not in skip
        and w.lemma_.lower() not in skip
    ]


def _code(word: Token, resolver: ActorResolver, state_only: bool) -> str | None:
    """The actor code a word names: its resolved actor's, else the country its name or
    demonym names; with ``state_only`` only a code with a country."""
    coded = [a.code for a in resolver.resolve(word) if a.code]
    code = coded[0] if coded else token_country(resolver.gaz, word)
    if code and state_only and code_party(code)[0] is None:
        return None
    return code


def _earlier_medium(speaker: Token, resolver: ActorResolver) -> str | None:
    """The state of a medium of the same head word named in the ``LOOK_BACK`` sentences
    before ("official Radio Pakistan said ... . The radio said ...")."""
    lemma = speaker.lemma_.lower()
    for sent in sentences_before(speaker, LOOK_BACK):
        for word in sent:
            if word.lemma_.lower() == lemma and word.i != speaker.i:
                for owner in _owners(_phrase(word)):
                    if code := _code(owner, resolver, state_only=True):
                        return code
    return None


def _earlier_speaker(speaker: Token, resolver: ActorResolver) -> str | None:
    """The state that speaks in the sentence before ("Iraq said its troops crushed the
    offensive. A communique said ..."): the named subject of its ``party_speech_verbs``
    verb, when that names a state."""
    lists = word_lists()
    for sent in sentences_before(speaker, 1):
        for word in sent:
            if word.pos_ == "VERB" and word.lemma_.lower() in lists["party_speech_verbs"]:
                for subj in (c for c in token_children(word) if c.dep_ == "nsubj"):
                    if subj.pos_ == "PROPN" and (code := _code(subj, resolver, state_only=True)):
                        return code
    return None


def voice_code(token: Token, resolver: ActorResolver) -> str | None:
    """The actor code of the party whose medium or paper tells the trigger's clause (see
    the module docstring), or None: a named speaker, an unnamed official, a news outlet."""
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "of":
        return None  # "would wait to see the outcome of the negotiations with the US": a
        # noun phrase named in passing keeps the writer's assertion (judged seed 3078's
        # ruling; seed 3080, tuned-on)
    speaker = claim_subject(token)
    if speaker is None:
        return None
    phrase = _phrase(speaker)
    kind = _kind(phrase)
    if kind is None:
        return None
    codes = [c for w in _owners(phrase) if (c := _code(w, resolver, kind == "outlet"))]
    state = next((c for c in codes if code_party(c)[0]), None)
    if state is not None:
        return state  # "Radio Pakistan", "an Iraqi communique"
    if kind == "outlet":
        if any(w.dep_ == "det" and w.lower_ == "the" for w in phrase):
            return _earlier_medium(speaker, resolver)  # "the radio said"
        return None  # "the Petra news agency": an outlet, asserted
    if codes:
        return codes[0]  # an owner with a role only ("the miners statement"); not the
        # state that spoke before ("Canada said ... . 'The French government protests',
        # the ministry statement added": the ministry's, judged seed 3073, tuned-on)
    return _earlier_speaker(speaker, resolver)  # "a communique said" after "Iraq said"


def pronoun_speaker(token: Token) -> Token | None:
    """The "he", "she" or "it" (``speaker_pronouns``) that tells the trigger's clause ("He
    added that Iranian gunboats fired ...", "the community offered ..., he said"): the
    named speaker of an account that goes on past its first sentence, whom the resolver's
    antecedent names (accounts42). Not "they": unnamed sources go on as "they"."""
    subj = claim_subject(token)
    if subj is None or subj.pos_ != "PRON" or subj.lower_ not in word_lists()["speaker_pronouns"]:
        return None
    return subj


def voiced_account(
    code: str,
    sources: Sequence[str | None],
    targets: Sequence[str | None],
    joint: bool,
) -> bool:
    """Whether a medium's or paper's account (``code``: :func:`voice_code`) is of another
    party's act: of another country's (:func:`modality.party_account`), or, for an owner
    with no country (miners, a union), of a party with a state role of its own ("the
    miners' statement said police evicted them")."""
    if party_account(code, list(sources), targets, joint=joint):
        return True
    own_country, own_role = code_party(code)
    coded = [c for c in sources if c]
    if own_country or own_role is None or not coded:
        return False
    state_roles = word_lists()["state_roles"]
    roles = [code_party(c)[1] for c in coded]
    return all(r is not None and r.lower() in state_roles and r != own_role for r in roles)
