"""Event actors: which actors an event's argument words name.

Used by :mod:`watchfloor.extract.events` after :mod:`.arguments` has picked the argument
tokens of a trigger. :meth:`ActorResolver.resolve` maps an argument token to actors: the
entity under the head word; a personal pronoun to the nearest earlier person of its gender
(never the other side of its own event); "they"/"their" to a group or to coordinated
people; "I"/"we" of a quote to its speaker's side (the antecedents: :mod:`.pronouns`);
"the group", "the president", "this cartel" to the named group or title holder just
mentioned; the owner of a non-actor object ("cartel operations", "Venezuela's ports",
"drug boats" via ``implied_actors.yaml``); the examples of a group ("groups like Tren de
Aragua"); the coded body named right after a kind noun ("the human rights organization
Global Justice"); the coded name in apposition after "one of ..." ("one of the largest
gangs, the Cachiros"); a role word with its country ("French police"); a nationality
adjective chosen as an argument to its country ("West German aid": DEU); and every
conjunct. A place where a gathering is held ("a conference in Panama") is never a side nor
a role word's country, and one a role word arrives in is not its home (:func:`_venue`,
``arrival_verbs``). A place noun ("Guzman's hometown", "government apartments") names no
side, nor does a country named as the topic of a war or scandal; a "former" or "retired"
state officer keeps only the country (``place_nouns``, ``topic_nouns``,
``former_modifiers``). Kin, member, people, leader and office nouns and the generic group
heads are data: ``data/events/resolver.yaml``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Token

from watchfloor.data import PACKAGE_DATA, read_yaml
from watchfloor.extract.actors.codes import (
    NATIONAL_ROLES,
    dated_code,
    region_demonym,
    token_country,
)
from watchfloor.extract.actors.extractor import (
    ARTICLE_COUNTRY,
    FOREIGN_CIVILIANS,
    INFERABLE_ROLES,
    MASS_ROLE_NOUNS,
    NOT_HOME,
    ROLE_KINDS,
)
from watchfloor.extract.articles import ENGLISH_ARTICLES
from watchfloor.extract.base import Extraction
from watchfloor.extract.doccache import sentence_at, sentence_of, token_children
from watchfloor.extract.events.arguments import (
    HYPHENS,
    MODIFIER_DEPS,
    agent_nouns,
    assisting,
    prep_objects,
    role_words,
)
from watchfloor.extract.events.backrefs import coded_full_name, person_for_place
from watchfloor.extract.events.collectives import (
    code_for,
    kind_noun,
    last_two,
    pair_noun,
    state_of_kind,
)
from watchfloor.extract.events.dates import event_date
from watchfloor.extract.events.pronouns import (
    COLLECTIVE,
    COLLECTIVE_POSS,
    FIRST_PLURAL,
    FIRST_SINGULAR,
    PERSONAL,
    PLURAL,
    RELATIVE,
    Antecedents,
    matrix_subject,
    relative_antecedent,
    speaker,
    speaking_subject,
)
from watchfloor.extract.gazetteer import Gazetteer, code_blocks, default_gazetteer, fold
from watchfloor.model import Entity

# kin, member, people, leader and office nouns, generic group heads (``resolver.yaml``)
WORDS: dict = read_yaml(PACKAGE_DATA / "events" / "resolver.yaml") or {}

# state offices a "former" or "retired" holder no longer acts for ("former rebels" of a
# demobilised group may still be armed: not touched; ELI, the elite code the judges accept
# for a former official's acts in office, stays)
OFFICE_ROLES = NATIONAL_ROLES - {"OPP", "PTY"}
SERVING = frozenset(WORDS["serving"])  # "former and current officers" still serve
EXAMPLE_PREPS = {"like", "including", "as"}  # "groups like X", "agencies, including the FBI"
# people related to the possessor: "his brother" is not him (no owner of a thing)
KIN_NOUNS = frozenset(WORDS["kin_nouns"])
DEMONSTRATIVE = {"this", "that", "these", "those"}
# "the group", "the cartel": a definite generic head standing for the last named group of
# its kind (role codes of the named group that may answer; None: any non-state body)
GENERIC_GROUPS: dict[str, frozenset[str] | None] = {
    str(noun): frozenset(codes) if codes is not None else None
    for noun, codes in WORDS["generic_groups"].items()
}
STATE_ROLES = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
# "dozens of its members", "two of their gunmen": people of the group the pronoun names
MEMBER_NOUNS = frozenset(WORDS["member_nouns"])
# "15 people from the criminal group": unnamed persons "from" a non-state armed or
# criminal group are its members, not civilians (judged seed-3032 notes)
PEOPLE_NOUNS = frozenset(WORDS["people_nouns"])
GROUP_ROLES = {"CRM", "REB", "INS", "UAF"}
# "its top leader, X": the person leads the group the possessive names
LEADER_HEADS = frozenset(WORDS["leader_heads"])
# "the president said": the office holder the document has named with that title
OFFICE_HEADS = frozenset(WORDS["office_heads"])
# "urged the country to ...": the last country named (sides35)
COUNTRY_NOUNS = frozenset(WORDS["country_nouns"])
# the victims of violence a patient names by age, sex, kin or doing alone, and the CAMEO
# roots whose patients they are civilians of (objects47)
VICTIM_NOUNS = frozenset(WORDS["victim_nouns"])
VICTIM_MEN = frozenset(WORDS["victim_men"])
VICTIM_ROOTS = frozenset(WORDS["victim_roots"])
VICTIM_MEN_ROOTS = frozenset(WORDS["victim_men_roots"])
# A news dateline at the start of a line: "CARACAS -", "CARACAS, Venezuela (Wire) —". The
# place it names is where the story was filed, not an actor of the sentence it precedes.
DATELINE = re.compile(
    r"(?m)^[ \t]*(?:By [^\n]{1,60}?\s+)?[A-Z][A-Z'.-]+(?:[ \t]+[A-Z][A-Z'.-]+){0,3}"
    r"(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,3})?[ \t]*(?:\([^)\n]{1,60}\))?"
    r"[ \t]*(?:-{1,2}|—|–)[ \t]"
)


# the words between a name and its alias: 'Juan Perez, alias "El Gordo,"'
ALIAS_LINK = re.compile(
    r"\s*[,(]\s*(?:alias|aka|a\.k\.a\.?|also known as|known as)"
    r"\s*[\"'“‘]*\s*$",
    re.IGNORECASE,
)


# a hyphen, dash or slash joining two country words in one token ("U.S.-Japan")
HYPHEN_SPLIT = re.compile(r"[-\u2013\u2014/]")


@dataclass(slots=True)
class Actor:
    """One side of an event: an entity of the document, or only an actor code."""

    entity: Entity | None
    code: str | None
    token: Token  # the argument word the actor was read from
    # the country of the code is the article's, not the sentence's (issue 11 item 4)
    inferred: bool = False
    # how a back-reference reached the entity: "pronoun" ("he", "they") or "role noun"
    # ("the minister", "the group"); the event's ``extra`` records it (issue 12)
    via: str | None = None

    @property
    def key(self) -> str | None:
        """Who the actor is: its entity, else its code at its own word — two phrases coded
        alike are still two actors ("authorities in Honduras accused dozens of officials"
        is HNDGOV against HNDGOV, as in ICEWS), one word is one actor. A role phrase the
        actor extractor made a generic entity of (``act:hndgov``) is such a phrase too: its
        word, not the entity shared by every "officials" of the document, says who it is
        (a pronoun standing for it keeps the entity)."""
        if self.entity is None or (
            self.entity.id.startswith("act:") and self.token.pos_ in {"NOUN", "PROPN", "ADJ"}
        ):
            return f"{self.code}@{self.token.i}"
        return self.entity.id

    @property
    def same(self) -> str | None:
        """The identity for listing conjuncts once: the entity, else the code."""
        return self.entity.id if self.entity else self.code


class ActorResolver:
    """Maps argument tokens to actors of one document (one instance per document)."""

    def __init__(
        self, result: Extraction, implied: dict[str, str], gazetteer: Gazetteer | None = None
    ) -> None:
        self.result = result
        self.implied = implied
        self.gaz = gazetteer or default_gazetteer()
        self.persons = sorted(
            ((m.start, e) for e in result.entities if e.type == "person" for m in e.mentions),
            key=lambda pair: pair[0],
        )
        self.groups = sorted(
            (
                (m.start, e)
                for e in result.entities
                if e.type != "person"
                and (e.actor_code or (e.type == "organization" and not e.id.startswith("act:")))
                for m in e.mentions
            ),
            key=lambda pair: pair[0],
        )
        self._cache: dict[int, list[Actor]] = {}
        self.datelines = [(m.start(), m.end()) for m in DATELINE.finditer(result.text)]
        self.pronouns = Antecedents(result, self.persons, self.groups, self.entity_at, self.gaz)

    def resolve(self, token: Token | None, depth: int = 0) -> list[Actor]:
        """RETURNS the actors an argument names (several for "X and Y"), possibly none."""
        if token is None or depth > 3:
            return []
        if depth == 0 and token.i in self._cache:
            return self._cache[token.i]
        found = self._one(token, depth)
        found += [
            a for a in self._coordinated_nationals(token, found) if a.same not in _keys(found)
        ]
        for conj in token.conjuncts:
            if conj.i > token.i:
                found += [a for a in self._one(conj, depth) if a.same not in _keys(found)]
        if depth == 0:
            self._cache[token.i] = found
        return found

    def _one(self, token: Token, depth: int, generic: bool = True) -> list[Actor]:
        if token.dep_ == "pobj" and token.head.lower_ == "with" and assisting(token):
            return []  # "with the help of the army": a helper, no side of the act
        if token.lower_ in RELATIVE and token.tag_ in {"WDT", "WP"}:
            antecedent = relative_antecedent(token)
            found = self._one(antecedent, depth + 1) if antecedent is not None else []
            if token.lower_ == "which":
                # "the computer of X, alias Y, which was captured": "which" is never a
                # person; the parser hung the clause on the name instead of the thing
                found = [a for a in found if a.entity is None or a.entity.type != "person"]
            return found
        if token.lower_ in PERSONAL:
            person = self.pronouns.antecedent(token, self.persons)
            if person is None:
                # "the Egyptian president said he would meet ...": no named person fits;
                # the subject of the clause the pronoun's clause reports for (clauses42),
                # a person or body, never a place
                speaker = speaking_subject(token) if depth == 0 else None
                found = self._one(speaker, depth + 1) if speaker is not None else []
                return [
                    Actor(a.entity, a.code, token, a.inferred, "pronoun")
                    for a in found
                    if a.code and (a.entity is None or a.entity.type != "location")
                ]
            # "Otto Perez Molina ... Perez Molina ... his": the coded full name
            person = coded_full_name(person, self.result.entities) or person
            if (
                not person.actor_code
                and (alias := self._alias_of(person)) is not None
                and alias.type == "person"
            ):
                # "Ezequiel Cardenas, alias Tony Tormenta ... he": the coded person the
                # nearer alias names (issue 12 round 26)
                person = alias
            return [Actor(person, person.actor_code, token, via="pronoun")]
        if token.lower_ in FIRST_SINGULAR | FIRST_PLURAL and token.pos_ == "PRON":
            return self._speaker_side(token, depth)
        if (
            (token.lower_ in COLLECTIVE and token.dep_ in {"nsubj", "nsubjpass"})
            or (token.lower_ == "them" and token.dep_ in {"dobj", "pobj", "dative"})
            or (token.lower_ in COLLECTIVE_POSS and token.dep_ == "poss" and depth == 0)
        ):
            # "their arrest" (the pronoun itself the argument), not the owner of "its
            # objection" read through the noun
            # "Hungary says it will not ...", "officials granted them protection"
            matrix = matrix_subject(token) if depth == 0 else None
            if matrix is not None and (found := self._one(matrix, depth + 1)):
                # "the Saudis reported they would no longer accept ...": the plural
                # subject of the clause "they" reports for, not the last country named
                # (one naming no actor, "the two countries said they", keeps the search)
                return [Actor(a.entity, a.code, token, a.inferred, "pronoun") for a in found]
            pair = self.pronouns.plural_persons(token) if token.lower_ in PLURAL else None
            if pair is not None:
                # "Funaro and Gros ... They ...": the coordinated people, one code for both;
                # left empty when they differ or one is uncoded (never the last country)
                codes = {p.actor_code for p in pair}
                one = codes.pop() if len(codes) == 1 else None
                return [Actor(pair[0], one, token, via="pronoun")] if one else []
            group = self.pronouns.antecedent(token, self.groups)
            return [Actor(group, group.actor_code, token, via="pronoun")] if group else []
        if token.lemma_.lower() in PEOPLE_NOUNS or token.lower_ in PEOPLE_NOUNS:
            # "people from the criminal group"; "arrested 15 people from the group": the
            # parser hangs the "from" right after the object on the verb
            objs = prep_objects(token, {"from"}) + [
                o
                for p in token_children(token.head)
                if token.dep_ == "dobj"
                and p.dep_ == "prep"
                and p.lower_ == "from"
                and p.i == token.right_edge.i + 1
                and token.head.lemma_.lower() in role_words("member_from_verbs")
                for o in token_children(p)
                if o.dep_ == "pobj"
            ]
            for obj in objs:
                # the group itself, not the owner of a thing ("from the gang's camp")
                found = [
                    a
                    for a in self.resolve(obj, depth + 1)
                    if a.token.i == obj.i and a.code and (a.code[3:6] or a.code[:3]) in GROUP_ROLES
                ]
                if found:
                    return found
        ent = self.entity_at(token)
        if (ent is None or not ent.actor_code) and (joined := self._hyphen_states(token)):
            # "U.S.-Japan talks", "the Soviet-U.S. summit": the states a hyphen joins
            # (nounargs46)
            return joined
        if (ent is None or ent.id.startswith("act:")) and (
            referred := self._referred_states(token)
        ):
            return referred
        nationals = self._nationals(token, ent)
        if nationals is not None:
            return [nationals]
        if generic and _definite_bare(token):
            named = (
                self._generic_referent(token) if ent is None or ent.id.startswith("act:") else None
            )
            if named is not None:
                return [Actor(named, named.actor_code, token, via="role noun")]
        if ent is not None:
            if ent.type == "location" and _venue(token):
                # "a meeting of growers set in Managua", "talks in Geneva": the
                # place a gathering is held in is no party to it (resolver21)
                return []
            if ent.id.startswith("act:") and _demonstrative(token):
                ent = self._named_like(ent, token) or ent
            # "Juan Rivera ... Rivera murdered him": a person's surname typed as a place
            ent = person_for_place(ent, token, self.result.entities) or ent
            if not ent.actor_code and ent.type in {"person", "organization", "location"}:
                # 'Juan Perez, alias "El Gordo," who was arrested': the alias names the
                # coded person named just before it
                ent = self._alias_of(ent) or ent
            code = self._code_at_event_date(ent, token)
            if code is None and ent.type in {"person", "organization"}:
                # "CoFACE, the French export credit agency": the apposition's code
                code = self._apposition_code(token, depth)
            if code is None and ent.type == "organization":
                # "the US Federal Bureau of Investigation (FBI)": the bracketed short name
                # the actor dictionaries code
                code = self._bracketed_code(token, ent)
            if code is None and ent.type == "location" and ent.country:
                # a city as an argument stands for its country ("accused Washington",
                # "rebels attacked Cali"): the country code, the entity kept
                code = ent.country
            if ent.type != "person" and _office(code) and _former(token):
                # "the former Colombian police chief": the country, not the office (a
                # named person keeps the actor extractor's code: ELI for acts in office)
                return _out_of_office([Actor(ent, code, token)])
            inferred = bool(ent.attributes.get("country_inferred")) and code == ent.actor_code
            # "the minister" the actor extractor made a mention of the minister it named
            via = (
                "role noun"
                if (ent.type == "person" and token.pos_ == "NOUN" and not ent.id.startswith("act:"))
                else None
            )
            return [Actor(ent, code, token, inferred, via)]
        # the person a role phrase is in apposition with: "its top leader, Guillermo Saenz"
        for appos in (c for c in token_children(token) if c.dep_ == "appos" and c.i > token.i):
            person = self.entity_at(appos)
            if person is not None and person.type == "person":
                code = person.actor_code or self._leader_of(token)
                return [Actor(person, code, token)]
            if (
                person is not None
                and person.type == "organization"
                and person.actor_code
                and _naming_apposition(token, appos)
            ):
                # "the human rights organization Global Justice accused": the coded body
                # the kind noun names right after it (targets16; an uncoded name leaves
                # the kind noun's own role code below)
                return [Actor(person, person.actor_code, token)]
        # the examples of a group: "groups like X and Y", "agencies, including the FBI"
        for obj in prep_objects(token, EXAMPLE_PREPS):
            found = self.resolve(obj, depth + 1)
            if found:
                return found
        if token.pos_ == "NOUN" and token.lower_ in role_words("place_nouns"):
            return []  # "Guzman's hometown", "government apartments": a place (targets24)
        # the owner of a non-actor thing: "cartel operations", "Venezuela's ports"
        modifiers = [c for c in token_children(token) if c.dep_ in MODIFIER_DEPS and c.i < token.i]
        kin = token.lemma_.lower() in KIN_NOUNS or token.lower_ in KIN_NOUNS
        former = _former(token)
        topic = token.lower_ in role_words("topic_nouns")
        for c in modifiers:
            if (
                topic
                and c.dep_ == "compound"
                and (place := self.entity_at(c)) is not None
                and place.type == "location"
            ):
                continue  # "the Iraq war", "the Iran arms scandal": a place named as topic
            if kin and c.dep_ == "poss":
                break  # "his brother", "Guzman's wife": another person, not the possessor
            if (
                c.dep_ == "poss"
                and c.lower_ in COLLECTIVE_POSS
                and (token.lemma_.lower() in MEMBER_NOUNS or token.lower_ in MEMBER_NOUNS)
            ):
                # "arrested dozens of its members", "killed two of their gunmen": the
                # members of the organisation the pronoun stands for
                subject = self.pronouns.proper_subject(c)
                if subject is not None:
                    # "the Leones did it as retaliation for their boss' murder": the
                    # clause's own group (uncoded here: an empty code, not a guess)
                    owner = self.entity_at(subject)
                    if owner is None or owner.type != "organization":
                        continue  # a name the document does not code as a group
                    return [Actor(owner, owner.actor_code, token)]
                group = self.pronouns.antecedent(
                    c, [(st, e) for st, e in self.groups if e.type == "organization"]
                )
                if group is not None:
                    return [Actor(group, group.actor_code, token)]
                continue
            owner = self._one(c, depth + 1, generic=False)
            if owner:
                # "the MS13 and Barrio 18 gangs": every coordinated owner, not the first
                for conj in (x for x in c.conjuncts if x.i > c.i and x.i < token.i):
                    owner += [
                        a
                        for a in self._one(conj, depth + 1, generic=False)
                        if a.same not in _keys(owner)
                    ]
                # "a former police chief": a member of the police no longer (targets24)
                return _out_of_office(owner) if former else owner
        for obj in prep_objects(token, {"of"}):  # "members of the cartel"
            if token.lower_ == "one" and (named := self._partitive_name(obj)) is not None:
                # "one of Honduras' largest drug transport organizations, the Cachiros":
                # the coded name in apposition (the parser hangs it on the group noun) is
                # the one, not the country owning the description
                return [Actor(named, named.actor_code, token)]
            found = [
                a
                for a in self.resolve(obj, depth + 1)
                if a.entity is None or a.entity.type != "location"
            ]
            if found:
                return found
        if not generic:
            return []
        if (
            token.dep_ == "amod"
            and token.ent_type_ == "NORP"
            and token.pos_ in {"ADJ", "PROPN"}
            and depth == 0
        ):
            # the nationality adjective of a state's act picked as its side ("West German
            # aid", ``arguments.national_act``): the country alone, no role known
            country = token_country(self.gaz, token)
            if country:
                return [Actor(None, country, token)]
        role = self._role_actor(token)
        if role is not None:
            return [role]
        for c in modifiers:
            role = self._role_actor(c)  # "cartel activity", "police raids"
            if role is not None and former:
                return _out_of_office([role])  # "a former police chief": not the police
            if role is not None:
                return [Actor(role.entity, role.code, token)]
        for c in modifiers:
            code = self.implied.get(c.lemma_.lower())
            if code:  # "drug boats": the boats of traffickers
                ent = next((e for e in self.result.entities if e.actor_code == code), None)
                return [Actor(ent, code, token)]
        return []

    def _hyphen_states(self, token: Token) -> list[Actor]:
        """The countries a hyphenated modifier names: one token of two or more country
        names or demonyms ("U.S.-Japan"; not "Sino-Soviet": no part may be a combining
        form), or a country word the tokenizer split off at a hyphen ("Soviet" in
        "Soviet-U.S.") that the actor extractor gave no entity, when the word across the
        hyphen names a country too ("anti-American" names none). RETURNS the actors, or none."""
        parts = [p for p in HYPHEN_SPLIT.split(token.text) if p]
        if len(parts) > 1:
            codes = [self.gaz.country_of(p) for p in parts]
            if None in codes or len(set(codes)) < 2:
                return []
            return [Actor(None, code, token) for code in dict.fromkeys(codes)]
        doc = token.doc
        others = [
            doc[j + step]
            for j, step in ((token.i - 1, -1), (token.i + 1, 1))
            if 0 <= j + step < len(doc) and doc[j].text in HYPHENS
        ]
        if self.entity_at(token) is not None or not any(
            self.gaz.country_of(o.text) for o in others
        ):
            return []  # "anti-American": the other half names no country
        code = token_country(self.gaz, token)
        return [Actor(None, code, token)] if code else []

    def _referred_states(self, token: Token) -> list[Actor]:
        """ "Both countries", "the two sides" as a subject: the two coded parties named
        last before it; "the kingdom", "the Gulf state": the one state of that kind named
        before (both42, :mod:`.collectives`). RETURNS [] where the phrase is none of these
        or its antecedent is ambiguous (then the usual rules apply)."""
        kind = pair_noun(token)
        if kind is not None:
            pair = last_two(
                token, kind, self.result.entities, lambda at: _modifier_at(token.doc, at)
            )
            if pair is None:
                return []
            return [Actor(e, code_for(e, kind), token, via="role noun") for e in pair]
        kind = kind_noun(token)
        if kind is None or _venue(token):
            return []
        state = state_of_kind(token, kind, self.result.entities)
        if state is None:
            return []
        code, country = state
        return [Actor(country, code, token, via="role noun")]

    def _partitive_name(self, group: Token) -> Entity | None:
        """The coded organisation or person named in apposition after the group noun of
        "one of ...", or None."""
        for appos in (c for c in token_children(group) if c.dep_ == "appos" and c.i > group.i):
            ent = self.entity_at(appos)
            if ent is not None and ent.type in {"organization", "person"} and ent.actor_code:
                return ent
        return None

    def _coordinated_nationals(self, token: Token, found: list[Actor]) -> list[Actor]:
        """ "U.S. and Colombian troops", "Venezuelan and Colombian police", "the defense
        ministers of Peru and Colombia", "American and Soviet negotiators": a role noun
        whose country word is coordinated with others names the role of each country (the
        actor extractor codes the first: USAMIL; this adds COLMIL; a noun of no role, the
        country alone: USA, then SUN / RUS as coded). RETURNS the actors of
        the other countries, each with the first one's role, at the same word."""
        if token.pos_ != "NOUN" or not found or found[0].code is None:
            return []
        code = found[0].code
        # "American and Soviet negotiators": a noun of no known role that names a
        # country's party (``argument_roles.yaml`` ``national_parties``; not "Soviet and
        # American missiles") gives the country alone (USA), and each coordinated
        # country word its own (issue 12 meet21)
        bare = (
            len(code) == 3
            and code not in ROLE_KINDS
            and token.lemma_.lower() in role_words("national_parties")
        )
        if not bare and (len(code) < 6 or code[:3] in ROLE_KINDS or code[3:6] not in ROLE_KINDS):
            return []  # only COUNTRY [+ ROLE]: the country words are what is coordinated
        out: list[Actor] = []
        seen = {code[:3]}
        words = [m for m in token.lefts if m.dep_ in {"amod", "compound", "nmod"}]
        # "the defense ministers of Peru and Colombia": the countries after "of" too
        words += [
            o
            for p in token_children(token)
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in token_children(p)
            if o.dep_ == "pobj"
        ]
        for mod in words:
            if not mod.conjuncts:
                continue
            for conj in (mod, *mod.conjuncts):
                if conj.i == token.i:
                    continue
                ent = self.entity_at(conj)
                country = (
                    ent.country if ent is not None and ent.type == "location" else None
                ) or self.gaz.country_of(conj.text)
                if not country or country in seen:
                    continue
                seen.add(country)
                other = country + code[3:]
                same = next(
                    (
                        e
                        for e in self.result.entities
                        if e.actor_code == other and e.id.startswith("act:")
                    ),
                    None,
                )
                out.append(Actor(same, other, token))
        return out

    def possessive_group(self, poss: Token) -> Entity | None:
        """The organisation or country a possessive "their" / "its" two words from its
        verb stands for ("hacking their drones"), as a subject pronoun would be read
        (:meth:`.pronouns.Antecedents.antecedent`: the nearest earlier group, never an
        argument of its own clause)."""
        return self.pronouns.antecedent(poss, self.groups)

    def _alias_of(self, ent: Entity) -> Entity | None:
        """The coded entity an uncoded name is the alias of: one of its mentions follows
        ', alias "', '(a.k.a. ' or ', known as ' right after a mention of a coded person or
        group ('Juan Perez, alias "El Gordo,"'). RETURNS that entity or None."""
        text = self.result.text
        for m in ent.mentions:
            before = text[max(0, m.start - 40) : m.start]
            link = ALIAS_LINK.search(before)
            if link is None:
                continue
            end = m.start - len(before) + link.start()
            for other in self.result.entities:
                if other is ent or not other.actor_code or other.type == "location":
                    continue
                if any(end - 2 <= om.end <= end for om in other.mentions):
                    return other
        return None

    def _nationals(self, token: Token, ent: Entity | None) -> Actor | None:
        """A demonym used as a noun for people ("16 Colombians", "a Mexican carrying
        cash", "two Venezuelans"): the nationals of that country, coded with the country
        alone (no role is known). Not an adjective ("Colombian police"), not a name the
        actor extractor coded. RETURNS the actor or None."""
        if (
            token.pos_ not in {"NOUN", "PROPN"}
            or token.ent_type_ != "NORP"
            or token.dep_ in {"amod", "compound", "nmod", "poss"}
        ):
            return None
        if ent is not None and (ent.actor_code or ent.type in {"person", "organization"}):
            return None
        if any(c.dep_ == "compound" for c in token_children(token)):
            return None
        if token.tag_ not in {"NNS", "NNPS"} and not any(
            c.dep_ in {"det", "nummod"} for c in token_children(token)
        ):
            return None  # "Algerian and Spanish producers": an adjective read as a noun
        country = token_country(self.gaz, token)
        return Actor(None, country, token) if country else None

    def _speaker_side(self, pron: Token, depth: int) -> list[Actor]:
        """ "I" / "we" in quoted speech: the speaker of the quote (the subject of the
        speaking verb the pronoun's clause hangs from, or of the speaking verb of the
        sentence right after or before a quote: '"I urge ...," Smith said'). "I" is the
        speaker; "we" / "our" the speaker's side: the speaker itself when a group or
        country, else the speaker's actor code (a minister's "we": the government).
        RETURNS [] when no speaker is found: an empty side, not a guess."""
        subject = speaker(pron)
        if subject is None:
            return []
        found = self._one(subject, depth + 1)
        if pron.lower_ in FIRST_SINGULAR:
            return [
                Actor(a.entity, a.code, pron)
                for a in found
                if a.entity is None or a.entity.type == "person" or not found[1:]
            ][:1]
        out = []
        for a in found[:1]:
            if a.entity is not None and a.entity.type == "person":
                if a.code:
                    out.append(Actor(None, a.code, pron))
            else:
                out.append(Actor(a.entity, a.code, pron))
        return out

    def _apposition_code(self, token: Token, depth: int) -> str | None:
        """The actor code of a common-noun apposition of an uncoded name ("CoFACE, the
        French export credit agency"; "the agency, CoFACE"), only when it names a country
        or a coded body (not a bare role guessed from "an official"). RETURNS the code or
        None."""
        if depth > 2:
            return None
        appositions = [c for c in token_children(token) if c.dep_ == "appos"]
        if token.dep_ == "appos":
            appositions.append(token.head)
        for a in appositions:
            if a.pos_ != "NOUN" or self.entity_at(a) is not None:
                continue
            for actor in self._one(a, depth + 1):
                code = actor.code or ""
                if actor.entity is not None and actor.entity.type == "person":
                    continue
                if len(code) >= 3 and code[:3] not in ROLE_KINDS:
                    return code
        return None

    def _bracketed_code(self, token: Token, ent: Entity) -> str | None:
        """The actor code of an organisation's short name in brackets right after its
        name ("the Federal Bureau of Investigation (FBI)"), when the document codes that
        short name as an organisation. RETURNS the code or None."""
        for t in token.subtree:
            if t.dep_ != "appos" or t.pos_ != "PROPN" or t.i == 0 or token.doc[t.i - 1].text != "(":
                continue
            short = self.entity_at(t)
            if (
                short is not None
                and short.id != ent.id
                and short.type == "organization"
                and short.actor_code
            ):
                return self._code_at_event_date(short, t)
        return None

    def _generic_referent(self, token: Token) -> Entity | None:
        """ "The group", "the cartel", "the president": the last entity named before in
        this or the two sentences before that fits the word — a named non-state group
        of the right role for a group word, a person the document titled so for an office
        word. RETURNS the entity, or None (then the usual rules apply)."""
        lemma = token.lemma_.lower()
        sent = sentence_of(token)
        for _ in range(2):
            if sent.start > 0:
                sent = sentence_at(token.doc, sent.start - 1)
        floor = sent.start_char
        best, best_at = None, -1
        if lemma in OFFICE_HEADS:
            # anywhere earlier in the document, but only when exactly one person named
            # before holds that title: two ministers leave "the minister" unresolved
            # (issue 12), so do a title holder who went uncoded
            holders = {
                ent.id: ent
                for ent in self.result.entities
                if ent.type == "person"
                and any(
                    lemma in title.lower().split() for title in ent.attributes.get("titles", ())
                )
                and any(m.start < token.idx for m in ent.mentions)
            }
            one = next(iter(holders.values())) if len(holders) == 1 else None
            return one if one is not None and one.actor_code else None
        if lemma in COUNTRY_NOUNS:
            if token.dep_ == "poss" or any(
                c.dep_ == "det" and c.lower_ == "this" for c in token_children(token)
            ):
                # "this country" is often the speaker's own; "the country's gang truce"
                # names an owner, seldom a party (read in the judged documents)
                return None
            return self._last_country(token, floor)
        if lemma not in GENERIC_GROUPS:
            return None
        allowed = GENERIC_GROUPS[lemma]
        for ent in self.result.entities:
            code = ent.actor_code or ""
            if ent.type != "organization" or ent.id.startswith("act:") or not code:
                continue
            roles = set(code_blocks(code))
            if allowed is not None and not roles & allowed:
                continue
            if allowed is None and roles & (STATE_ROLES | {"MED"}):
                continue  # "the group" is never the army, a ministry or a newspaper
            for m in ent.mentions:
                if floor <= m.start < token.idx and m.start > best_at:
                    best, best_at = ent, m.start
        return best

    def _last_country(self, token: Token, floor: int) -> Entity | None:
        """ "The country" (``country_nouns``): the country named last before ``token`` from
        ``floor`` on ("Forced labour persists in Brazil. The rapporteur urged the country
        to act": Brazil), not a name that only modifies a noun ("U.S. exporters": "when he
        visits that country" is Japan, named before), not the subject of the verb the noun
        is an argument of (its own
        other side: "Japan told the country" is not Japan, nor "Japan deplored ... and
        appealed for the country to ..."). RETURNS None where no country
        is named in reach: the side stays empty rather than guessed."""
        verb = token.head
        for _ in range(4):  # "the US poured aid into the country": up to the verb
            if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                break
            verb = verb.head
        verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "X deplored ... and
        # urged the country": the conjoined verb's subject too
        own_ids = {
            e.id
            for v in verbs
            for c in token_children(v)
            if c.dep_ in {"nsubj", "nsubjpass"} and (e := self.entity_at(c)) is not None
        }
        best, best_at = None, -1
        for ent in self.result.entities:
            if (
                ent.type != "location"
                or ent.kind != "country"
                or not ent.actor_code
                or ent.id in own_ids
            ):
                continue
            for m in ent.mentions:
                if (
                    floor <= m.start < token.idx
                    and m.start > best_at
                    and not _modifier_at(token.doc, m.start)
                ):
                    best, best_at = ent, m.start
        return best

    def _code_at_event_date(self, ent: Entity, token: Token) -> str | None:
        """A dictionary person's code on the date of the event the argument belongs to,
        when its clause dates it ("In 2019, Iván Duque ordered ..." in a 2025 story:
        COLGOV, not the COLELI of the publication date); else the entity's code (the
        article's date). A code the text gave by a title or context stays."""
        code = ent.actor_code
        how = ent.attributes.get("code_from")
        if ent.type != "person" or how not in (None, "dictionary"):
            return code
        if how is None and ent.attributes.get("recognised_by") != "gazetteer":
            return code
        entry = (
            self.gaz.lookup(ent.name)
            if how is None
            else self.gaz.dictionary_entry(ent.name, "person")
        )
        if entry is None or not (
            entry.attributes.get("code_history") or entry.attributes.get("dated_codes")
        ):
            return code
        verb = token
        for _ in range(3):  # the clause the argument belongs to: "ordered", "met with"
            if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                break
            verb = verb.head
        period = event_period(event_date(verb, self.result.meta.get("published")))
        return dated_code(entry, period) if period is not None else code

    def _leader_of(self, token: Token) -> str | None:
        """The code of the group a leadership noun belongs to: "its top leader" after the
        FARC, "the cartel's boss" → that group's code; None otherwise."""
        if token.lemma_.lower() not in LEADER_HEADS:
            return None
        for c in token_children(token):
            if c.dep_ != "poss":
                continue
            owners = (
                self._one(c, 3)
                if c.lower_ not in {"its", "their"}
                else [
                    Actor(g, g.actor_code, c)
                    for g in [self.pronouns.antecedent(c, self.groups)]
                    if g
                ]
            )
            for owner in owners:
                if (
                    owner.entity is not None
                    and owner.entity.type == "organization"
                    and owner.code
                    and not {owner.code[i : i + 3] for i in range(0, len(owner.code), 3)}
                    & STATE_ROLES
                ):
                    return owner.code
        return None

    def place_names(self) -> list[str]:
        """Names of the document's places: context for geocoding a bare place name."""
        return [e.name for e in self.result.entities if e.type == "location"]

    def _role_actor(self, token: Token) -> Actor | None:
        """A generic actor the actor extractor left uncoded: a role word from the actor
        gazetteer ("the government", "police officers") with its country from a demonym or
        name before it ("French police") or a place after in/of/from ("a court in
        Venezuela"). RETURNS an actor with only a code (COUNTRY + role), or None."""
        state = self._state_named(token)
        if state is not None:
            # "the Soviet\nUnion" broken at a wire line end: the state, not a labour
            # union (wrongcodes35)
            return Actor(None, state, token)
        if token.pos_ == "ADJ" and token.dep_ in {"amod", "compound"}:
            # "rebel abductions", "guerrilla attacks": an armed group's adjective names
            # who acts (not "military aid" nor "criminal investigation": no agent)
            found = self.gaz.role_of(token.lower_)
            if not found or found[1] != "armed_group":
                return None
        elif token.pos_ not in {"NOUN", "PROPN"}:
            return None
        role = None
        mods = [t for t in token.lefts if t.dep_ in {"compound", "amod"}]
        for phrase in (
            *(f"{m.lemma_} {token.lemma_}" for m in reversed(mods)),
            token.lemma_,
            token.lower_,
        ):
            role = self.gaz.role_of(phrase.strip().lower())
            if role:
                break
        if role is None and token.pos_ == "NOUN":
            # PETRARCH2's agent words where roles.tsv has none ("women", "victim"), as
            # the actor extractor reads them
            agent = (
                self.gaz.agent_role(token.lower_)
                or self.gaz.agent_role(token.lemma_)
                or agent_nouns().get(token.lemma_.lower())
            )
            role = (agent, ROLE_KINDS[agent]) if agent in ROLE_KINDS else None
        if role is None:
            # "Azerbaijani hackers", "Iraqi fighters": agents of a country, coded as it
            demonym = next(
                (
                    c
                    for c in token.lefts
                    if c.dep_ == "amod" and c.ent_type_ == "NORP" and token_country(self.gaz, c)
                ),
                None,
            )
            if demonym is None or token.pos_ != "NOUN":
                return None
            return Actor(None, token_country(self.gaz, demonym), token)
        return self._coded_role(token, role)

    def _coded_role(self, token: Token, role: tuple[str, str | None]) -> Actor | None:
        """The actor of a role word whose role is known: the role code with the country
        of a demonym or name before it, of a place after in/of/from, else of the sentence's
        place or (national roles only) the article's, flagged inferred. RETURNS the actor,
        or None for a former office holder whose phrase names no country."""
        country = None
        inferred = False
        for c in token.lefts:
            if c.dep_ in {"amod", "compound", "nmod", "poss"}:
                ent = self.entity_at(c)
                country = (
                    ent.country if ent and ent.type == "location" else None
                ) or token_country(self.gaz, c)
                if country:
                    break
        if country is None:
            for p in token_children(token):
                if p.dep_ == "prep" and p.lower_ in {"in", "of", "from"}:
                    for obj in (o for o in token_children(p) if o.dep_ == "pobj"):
                        ent = self.entity_at(obj)
                        country = (ent.country if ent else None) or self.gaz.country_of(obj.text)
        # "mostly Central American migrants": a region's people, no one country's, never
        # the place's or the article's (wrongcodes35)
        foreign = any(fold(c.text) in NOT_HOME or region_demonym(c) for c in token.lefts)
        if role[0] in OFFICE_ROLES and _former(token):
            # "two retired National Guard officers": no longer in the role; only the
            # country the phrase itself names (targets24)
            country = country or self._member_country(token)
            return Actor(None, country, token) if country else None
        if (
            country is None
            and not foreign
            and fold(token.lemma_) not in MASS_ROLE_NOUNS
            and (
                role[0] in NATIONAL_ROLES
                or (role[0] == "CVL" and token.lemma_.lower() not in FOREIGN_CIVILIANS)
            )
        ):
            # "the army chief", "a police station": where the sentence's action takes place
            # ("... in Tegucigalpa"), else the article's country (docs/actor-codes.md 8);
            # generic civilians ("relatives") and a bare "party" never take the article's
            country = self._sentence_place_country(token)
            if country is None and role[0] in INFERABLE_ROLES:
                country = self.result.meta.get(ARTICLE_COUNTRY)
                inferred = country is not None
        code = (country or "") + role[0]
        same = next(
            (e for e in self.result.entities if e.actor_code == code and e.id.startswith("act:")),
            None,
        )  # the document's "cartels"
        return Actor(same, code, token, inferred)

    def victims(self, token: Token | None, root: str) -> list[Actor]:
        """The victims of a violent act (``root``: its CAMEO root) its patient names only by
        age, sex, kin or what they were doing ("gunmen killed a teenager", "shot two bus
        drivers", "the murder of his son"), the word and each conjunct after it: civilians,
        ``CVL`` with the country the phrase or the sentence's place gives
        (``resolver.yaml`` ``victim_nouns``, ``victim_men``; objects47). Never a named
        person, a word with an apposition ("his son, a deputy"), nor "his men", "men of the
        cartel", "men linked to it" (a group's members).
        RETURNS the actors, or none."""
        if token is None:
            return []
        found: list[Actor] = []
        for word in (token, *(c for c in token.conjuncts if c.i > token.i)):
            if self._victim_word(word, root):
                actor = self._coded_role(word, ("CVL", "civilians"))
                if actor is not None and actor.same not in _keys(found):
                    found.append(actor)
        return found

    def _victim_word(self, word: Token, root: str) -> bool:
        """Whether ``word`` names a victim of an act of ``root`` by a victim noun alone."""
        if word.pos_ != "NOUN" or self.entity_at(word) is not None:
            return False
        lemma, lower = word.lemma_.lower(), word.lower_
        men = lemma in VICTIM_MEN or lower in VICTIM_MEN
        if not (
            (men and root in VICTIM_MEN_ROOTS)
            or ((lemma in VICTIM_NOUNS or lower in VICTIM_NOUNS) and root in VICTIM_ROOTS)
        ):
            return False
        children = token_children(word)
        after = word.doc[word.right_edge.i + 1 : word.right_edge.i + 4]
        if any(c.dep_ == "appos" for c in children) or (
            len(after) > 1 and after[0].text == "," and any(t.dep_ == "appos" for t in after[1:])
        ):
            # "his son-in-law, a deputy for the PRI": the apposition says who he is (the
            # parser may hang it on another noun of the sentence)
            return False
        if men and any(
            c.dep_ in {"poss", "acl", "relcl"} or (c.dep_ == "prep" and c.lower_ == "of")
            for c in children
        ):
            return False  # "his men", "men of the cartel", "men linked to the gang"
        # "two gang members' sons" stays a son; a role before the word ("police drivers")
        # makes it that role's, no victim noun's
        return not any(
            c.dep_ in {"compound", "amod"} and c.i < word.i and self._role_actor(c) is not None
            for c in children
        )

    def _state_named(self, token: Token) -> str | None:
        """The country whose own name the role word ends with the words before it (line
        breaks skipped: "the Soviet\nUnion"), else None. Never for a word that is a
        country's name alone, nor with a determiner as part of the name: "the Iraq war"
        keeps its topic rule (targets24)."""
        if self.gaz.country_of(token.text):
            return None
        words = [
            t.text
            for t in token.doc[max(0, token.i - 4) : token.i + 1]
            if not t.is_space and t.pos_ != "DET"
        ]
        for size in (2, 3):
            if len(words) < size:
                break
            name = " ".join(words[-size:])
            entry = self.gaz.lookup(name)
            if entry is not None and entry.kind == "country" and self.gaz.country_of(name):
                return entry.country
        return None

    def _member_country(self, token: Token) -> str | None:
        """The country of the body a role word is "in" or "of" ("officers in Venezuela's
        National Guard": VEN; "officers of the Colombian police"), else None."""
        for obj in prep_objects(token, {"in", "of", "from"}):
            for word in (obj, *(c for c in obj.lefts if c.dep_ in {"poss", "compound"})):
                ent = self.entity_at(word)
                if ent is not None and ent.type == "location" and ent.country:
                    return ent.country
                code = ent.actor_code if ent is not None else None
                if (
                    code
                    and len(code) == 6
                    and code[3:] in OFFICE_ROLES
                    and code[:3] not in ROLE_KINDS
                    and code[:3] not in {"IGO", "NGO"}
                ):
                    return code[:3]
        return None

    def _sentence_place_country(self, token: Token) -> str | None:
        """The one country of the places the sentence puts the role word's action in ("in
        Cúcuta", "at the border with Mexico" does not count: only "in"/"inside"/"at"
        objects); None when there is none or they disagree. The place must be where the
        word's own clause acts: its phrase hangs on a word above the word, inside the
        word's own phrase ("people belonging to a gang in Aurora") or on the subject or
        object of a verb above it ("police raided a house in Cúcuta", "gang members in San
        Salvador killed two women"), not on a noun further down another branch ("the
        ministers discussed a disaster in the Soviet Union": a topic's place)."""
        found = set()
        above = {a.i for a in token.ancestors}
        clause = {a.i for a in token.ancestors if a.pos_ in {"VERB", "AUX"}}
        own = {t.i for t in token.subtree}
        for t in sentence_of(token):
            if t.dep_ != "pobj" or t.head.lower_ not in {"in", "inside", "at"}:
                continue
            if _venue(t) or t.head.head.lemma_.lower() in role_words("arrival_verbs"):
                # "agreed at a summit in Panama": where delegates of many countries
                # met; "officials arrived in X": where they went (resolver21)
                continue
            if clause and not _reaches(t.head.head, above | own, clause):
                continue
            ent = self.entity_at(t)
            if ent is not None and ent.type == "location" and ent.country:
                found.add(ent.country)
        return found.pop() if len(found) == 1 else None

    def entity_at(self, token: Token) -> Entity | None:
        """The entity a token names, if any; never the place of a dateline."""
        ent = self.result.entity_at(token.idx, token.idx + len(token.text))
        if (
            ent is not None
            and (ent.type == "location" or token.text.isupper())
            and any(a <= token.idx < b for a, b in self.datelines)
        ):
            return None  # a dateline's place (the small model often types "CARACAS" ORG)
        if ent is not None and any(
            a <= token.idx < b for a, b in ent.attributes.get("statistic_mentions", ())
        ):
            return None  # "Honduras registered 2,916 murders": the place of a figure
        return ent

    def _named_like(self, generic: Entity, token: Token) -> Entity | None:
        """ "This cartel" after "the Cartel de los Soles": the last named group of that kind."""
        code = generic.actor_code or ""
        floor = sentence_of(token).start_char
        if sentence_of(token).start > 0:
            floor = sentence_at(token.doc, sentence_of(token).start - 1).start_char
        best, best_at = None, -1
        for ent in self.result.entities:
            if ent.id.startswith("act:") or not code or not (ent.actor_code or "").endswith(code):
                continue
            for m in ent.mentions:
                if floor <= m.start < token.idx and m.start > best_at:
                    best, best_at = ent, m.start
        return best


def _office(code: str | None) -> bool:
    return bool(code) and len(code) in (3, 6) and code[-3:] in OFFICE_ROLES


def _out_of_office(actors: list[Actor]) -> list[Actor]:
    """Actors of a "former" role word: an office code keeps only its country ("a former
    Colombian police chief": COL), one without a country is dropped; other codes stay."""
    out = []
    for a in actors:
        if not _office(a.code):
            out.append(a)
        elif len(a.code) == 6:
            out.append(Actor(None, a.code[:3], a.token, a.inferred))
    return out


def _former(token: Token) -> bool:
    """Whether a role word is modified by "former", "retired", "ex-" ... (its own modifier
    or one of its compound's: "retired National Guard officers"). Not the actor coder's
    ``actors.codes.FORMER`` on purpose: that one dates a title ("then-President X", "the
    late president" acted in office), this one drops an office the phrase no longer acts
    for (docs/event-coding.md)."""
    words = role_words("former_modifiers")
    mods = [c for c in token.lefts if c.dep_ in {"amod", "compound", "nmod", "advmod"}]
    mods += [g for c in mods if c.dep_ == "compound" for g in c.lefts]
    if any(c.lower_ in SERVING for m in mods for c in (m, *m.conjuncts)):
        return False  # "former and current officers": some still serve
    return any(m.lower_ in words or m.lower_.removesuffix("-") in words for m in mods)


def _venue(place: Token) -> bool:
    """Whether a place after "in"/"at" is where a gathering is held: its phrase hangs on a
    ``venue_named`` noun ("a conference in Panama"), directly or through the verb or "of"
    phrase that modifies it ("a meeting of growers set for next week in Managua", "sessions
    of the working groups set up in Geneva"); not a place of a clause's own verb ("police
    arrested him in Geneva")."""
    if place.dep_ != "pobj" or place.head.lower_ not in {"in", "at"}:
        return False
    nouns = role_words("venue_named")
    node = place.head.head
    for _ in range(5):
        if node.pos_ in {"NOUN", "PROPN"} and (
            node.lower_ in nouns or node.lemma_.lower() in nouns
        ):
            return True
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"acl", "relcl"}:
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def event_period(when: dict | None) -> tuple[date, date] | None:
    """The days an event date stands for ({value, precision} from :func:`event_date`):
    a day, a week, a month or a year; None when unknown."""
    if not when or not when.get("value"):
        return None
    start = date.fromisoformat(when["value"])
    precision = when.get("precision")
    if precision == "day":
        return start, start
    if precision == "week":
        return start, start + timedelta(days=6)
    if precision == "month":
        return start, start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if precision == "year":
        return start, start.replace(month=12, day=31)
    return None


def _reaches(anchor: Token, near: set[int], clause: set[int]) -> bool:
    """Whether a place phrase's head word belongs to a role word's own clause: it is one of
    ``near`` (the words above the role word and its own phrase), an argument of a verb of
    ``clause``, or reaches one through prepositional phrases and coordination ("killed by
    police *in* X", "clashes at a prison *in* X"); not through a noun's modifying clause
    ("a report on goods contaminated by a disaster *in* X")."""
    node = anchor
    for _ in range(5):
        if node.i in near or (
            node.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"} and node.head.i in clause
        ):
            return True
        if node.dep_ == "pobj" and node.head.dep_ in {"prep", "agent"}:
            node = node.head.head
        elif node.dep_ in {"conj", "appos"}:
            node = node.head
        else:
            return False
    return False


def _modifier_at(doc, start: int) -> bool:
    """Whether the name mentioned at character ``start`` only modifies another noun ("U.S.
    exporters", "Brazilian farms"): no country a later "the country" takes up (a possessor,
    "Japan's surplus", is one)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    node = span[0]
    while (
        node.dep_ == "compound"
        and node.head.ent_iob_ in {"I", "B"}
        and node.head.ent_type_ == node.ent_type_
        and node.head.i > node.i
    ):
        node = node.head  # the last word of a multi-word name
    return node.dep_ in {"compound", "amod", "nmod"}


def _definite_bare(token: Token) -> bool:
    """ "the group", "this cartel": a singular noun after a definite determiner with no
    other modifier before it (not "a group", not "criminal groups", not "the Zetas
    group")."""
    if token.tag_ not in {"NN", "NNP"}:
        return False
    dets = [c for c in token_children(token) if c.dep_ == "det" and c.i < token.i]
    if not dets or dets[0].lower_ not in {"the", "this", "that"}:
        return False
    return not any(
        c.i < token.i and c.dep_ in {"compound", "amod", "poss", "nmod", "nummod"}
        for c in token_children(token)
    )


def _demonstrative(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVE for c in token_children(token))


def _keys(actors: list[Actor]) -> set[str | None]:
    return {a.same for a in actors}


def _naming_apposition(noun: Token, appos: Token) -> bool:
    """Whether ``appos`` names ``noun`` right after it, with no comma or bracket between
    ("the organization Global Justice", "criminal group the Guerreros Unidos"), not an
    apposition set off after a clause of its own."""
    first = min(t.i for t in appos.subtree)
    between = noun.doc[noun.i + 1 : first]
    return all(t.lower_ in ENGLISH_ARTICLES for t in between)
