"""Event actors: which actors an event's argument words name.

Used by :mod:`watchfloor.extract.events` after :mod:`.arguments` has picked the argument
tokens of a trigger. :meth:`ActorResolver.resolve` maps an argument token to actors: the
entity under the head word; a personal pronoun to the nearest earlier person; "this
cartel" to the named group just mentioned; the owner of a non-actor object ("cartel
operations", "Venezuela's ports", "drug boats" via ``implied_actors.yaml``); the examples
of a group ("groups like Tren de Aragua"); a role word with its country ("French
police"); and every conjunct.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from watchfloor.extract.base import Extraction
from watchfloor.extract.events.arguments import MODIFIER_DEPS, SUBJECT_DEPS, prep_objects
from watchfloor.extract.gazetteer import Gazetteer, default_gazetteer
from watchfloor.model import Entity

EXAMPLE_PREPS = {"like", "including", "as"}  # "groups like X", "agencies, including the FBI"
PERSONAL = {"he", "him", "his", "she", "her", "hers"}
COLLECTIVE = {"it", "they"}  # as subjects: the last country or organisation named
DEMONSTRATIVE = {"this", "that", "these", "those"}
# A news dateline at the start of a line: "CARACAS -", "CARACAS, Venezuela (Wire) —". The
# place it names is where the story was filed, not an actor of the sentence it precedes.
DATELINE = re.compile(
    r"(?m)^[ \t]*(?:By [^\n]{1,60}?\s+)?[A-Z][A-Z'.-]+(?:[ \t]+[A-Z][A-Z'.-]+){0,3}"
    r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,3})?[ \t]*(?:\([^)\n]{1,60}\))?"
    r"[ \t]*(?:-{1,2}|—|–)[ \t]"
)


@dataclass(slots=True)
class Actor:
    """One side of an event: an entity of the document, or only an actor code."""

    entity: Entity | None
    code: str | None
    token: Token  # the argument word the actor was read from

    @property
    def key(self) -> str | None:
        return self.entity.id if self.entity else self.code


class ActorResolver:
    """Maps argument tokens to actors of one document (one instance per document)."""

    def __init__(self, result: Extraction, implied: dict[str, str],
                 gazetteer: Gazetteer | None = None) -> None:
        self.result = result
        self.implied = implied
        self.gaz = gazetteer or default_gazetteer()
        self.persons = sorted(
            ((m.start, e) for e in result.entities if e.type == "person" for m in e.mentions),
            key=lambda pair: pair[0],
        )
        self.groups = sorted(
            ((m.start, e) for e in result.entities
             if e.type != "person" and e.actor_code for m in e.mentions),
            key=lambda pair: pair[0],
        )
        self._cache: dict[int, list[Actor]] = {}
        self.datelines = [(m.start(), m.end()) for m in DATELINE.finditer(result.text)]

    def resolve(self, token: Token | None, depth: int = 0) -> list[Actor]:
        """RETURNS the actors an argument names (several for "X and Y"), possibly none."""
        if token is None or depth > 3:
            return []
        if depth == 0 and token.i in self._cache:
            return self._cache[token.i]
        found = self._one(token, depth)
        for conj in token.conjuncts:
            if conj.i > token.i:
                found += [a for a in self._one(conj, depth) if a.key not in _keys(found)]
        if depth == 0:
            self._cache[token.i] = found
        return found

    def _one(self, token: Token, depth: int, generic: bool = True) -> list[Actor]:
        if token.lower_ in PERSONAL:
            person = self._antecedent(token, self.persons)
            return [Actor(person, person.actor_code, token)] if person else []
        if token.lower_ in COLLECTIVE and token.dep_ in {"nsubj", "nsubjpass"}:
            group = self._antecedent(token, self.groups)  # "Hungary says it will not ..."
            return [Actor(group, group.actor_code, token)] if group else []
        ent = self.entity_at(token)
        if ent is not None:
            if ent.id.startswith("act:") and _demonstrative(token):
                ent = self._named_like(ent, token) or ent
            code = ent.actor_code
            if code is None and ent.type == "location" and ent.country:
                # a city as an argument stands for its country ("accused Washington",
                # "rebels attacked Cali"): the country code, the entity kept
                code = ent.country
            return [Actor(ent, code, token)]
        # the examples of a group: "groups like X and Y", "agencies, including the FBI"
        for obj in prep_objects(token, EXAMPLE_PREPS):
            found = self.resolve(obj, depth + 1)
            if found:
                return found
        # the owner of a non-actor thing: "cartel operations", "Venezuela's ports"
        modifiers = [c for c in token.children if c.dep_ in MODIFIER_DEPS and c.i < token.i]
        for c in modifiers:
            owner = self._one(c, depth + 1, generic=False)
            if owner:
                return owner
        for obj in prep_objects(token, {"of"}):  # "members of the cartel"
            found = [a for a in self.resolve(obj, depth + 1)
                     if a.entity is None or a.entity.type != "location"]
            if found:
                return found
        if not generic:
            return []
        role = self._role_actor(token)
        if role is not None:
            return [role]
        for c in modifiers:
            role = self._role_actor(c)  # "cartel activity", "police raids"
            if role is not None:
                return [Actor(role.entity, role.code, token)]
        for c in modifiers:
            code = self.implied.get(c.lemma_.lower())
            if code:  # "drug boats": the boats of traffickers
                ent = next((e for e in self.result.entities if e.actor_code == code), None)
                return [Actor(ent, code, token)]
        return []

    def place_names(self) -> list[str]:
        """Names of the document's places: context for geocoding a bare place name."""
        return [e.name for e in self.result.entities if e.type == "location"]

    def _role_actor(self, token: Token) -> Actor | None:
        """A generic actor the actor extractor left uncoded: a role word from the actor
        gazetteer ("the government", "police officers") with its country from a demonym or
        name before it ("French police") or a place after in/of/from ("a court in
        Venezuela"). RETURNS an actor with only a code (COUNTRY + role), or None."""
        if token.pos_ not in {"NOUN", "PROPN"}:
            return None
        role = None
        mods = [t for t in token.lefts if t.dep_ in {"compound", "amod"}]
        for phrase in (*(f"{m.lemma_} {token.lemma_}" for m in reversed(mods)),
                       token.lemma_, token.lower_):
            role = self.gaz.role_of(phrase.strip().lower())
            if role:
                break
        if role is None:
            # "Azerbaijani hackers", "Iraqi fighters": agents of a country, coded as it
            demonym = next((c for c in token.lefts if c.dep_ == "amod"
                            and c.ent_type_ == "NORP" and self.gaz.country_of(c.text)), None)
            if demonym is None or token.pos_ != "NOUN":
                return None
            return Actor(None, self.gaz.country_of(demonym.text), token)
        country = None
        for c in token.lefts:
            if c.dep_ in {"amod", "compound", "nmod", "poss"}:
                ent = self.entity_at(c)
                country = (ent.country if ent and ent.type == "location" else None) \
                    or self.gaz.country_of(c.text)
                if country:
                    break
        if country is None:
            for p in token.children:
                if p.dep_ == "prep" and p.lower_ in {"in", "of", "from"}:
                    for obj in (o for o in p.children if o.dep_ == "pobj"):
                        ent = self.entity_at(obj)
                        country = (ent.country if ent else None) or self.gaz.country_of(obj.text)
        code = (country or "") + role[0]
        same = next((e for e in self.result.entities if e.actor_code == code
                     and e.id.startswith("act:")), None)  # the document's "cartels"
        return Actor(same, code, token)

    def entity_at(self, token: Token) -> Entity | None:
        """The entity a token names, if any; never the place of a dateline."""
        ent = self.result.entity_at(token.idx, token.idx + len(token.text))
        if ent is not None and (ent.type == "location" or token.text.isupper()) and any(
            a <= token.idx < b for a, b in self.datelines
        ):
            return None  # a dateline's place (the small model often types "CARACAS" ORG)
        if ent is not None and any(a <= token.idx < b for a, b in
                                   ent.attributes.get("statistic_mentions", ())):
            return None  # "Honduras registered 2,916 murders": the place of a figure
        return ent

    def _antecedent(self, pron: Token, mentions: list[tuple[int, Entity]]) -> Entity | None:
        """The nearest entity of ``mentions`` before the pronoun in this or the previous
        sentence, other than the subject of the pronoun's own clause."""
        sent = pron.sent
        floor = sent.start_char
        prev = sent.start - 1
        if prev >= 0:
            floor = pron.doc[prev].sent.start_char
        best = None
        skip = self._subject_person(pron)
        collective = pron.lower_ in COLLECTIVE
        for start, ent in mentions:
            if floor <= start < pron.idx and ent.id != skip:
                if collective and ent.type == "location" and as_place(pron.doc, start):
                    continue  # "escaped into Venezuela. They murder ...": a place, no agent
                best = ent
        return best

    def _subject_person(self, pron: Token) -> str | None:
        """The subject of the pronoun's own clause ("Trump ... demanding his"): not him."""
        head = pron.head
        for _ in range(6):
            subj = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None:
                ent = self.entity_at(subj)
                return ent.id if ent else None
            if head.head == head:
                return None
            head = head.head
        return None

    def _named_like(self, generic: Entity, token: Token) -> Entity | None:
        """"This cartel" after "the Cartel de los Soles": the last named group of that kind."""
        code = generic.actor_code or ""
        floor = token.sent.start_char
        if token.sent.start > 0:
            floor = token.doc[token.sent.start - 1].sent.start_char
        best, best_at = None, -1
        for ent in self.result.entities:
            if ent.id.startswith("act:") or not code or not (ent.actor_code or "").endswith(code):
                continue
            for m in ent.mentions:
                if floor <= m.start < token.idx and m.start > best_at:
                    best, best_at = ent, m.start
        return best


PLACE_MARKERS = {"in", "into", "inside", "within", "near", "at", "across", "off", "outside",
                 "from", "to", "toward", "towards", "through", "throughout", "along", "around"}


def as_place(doc, start: int) -> bool:
    """Whether the mention starting at ``start`` is the object of a place preposition."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    while tok.dep_ in {"compound", "amod", "det"} and tok.head != tok:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_MARKERS


def _demonstrative(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVE for c in token.children)


def _keys(actors: list[Actor]) -> set[str | None]:
    return {a.key for a in actors}
