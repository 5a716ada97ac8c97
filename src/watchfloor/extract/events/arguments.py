"""Event arguments: which words of a parse are an event's source and target.

Used by :mod:`watchfloor.extract.events` after a trigger is found. :func:`verb_arguments`
and :func:`noun_arguments` read the dependency parse (subject, passive agent, object,
prepositional object, possessor, the governing verb's subject for nominal and controlled
events, the "by" agent of a participle series or of a performing participle, who is
convicted of a nominal event, the clause subject of a passive gerund, the agent of the
verb an event noun is the course of, who is helped "with the assistance of" X, the partner
or helped party inside a complement, whom a lodged complaint's content names, the other
party of a pact whose participle's agent is named, the object a deployment shares with the
verb coordinated after it, whom an inquiry's "whether" question is about; never the
victims inside the harm a stance verb is about: :func:`victim_frame`) and return argument
tokens. Which *actors* those tokens name is the next step,
:class:`watchfloor.extract.events.resolver.ActorResolver`.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Protocol

from spacy.tokens import Token

from watchfloor.extract.doccache import token_children
from watchfloor.extract.gazetteer import code_blocks

SUBJECT_DEPS = {"nsubj", "csubj"}
OBJECT_DEPS = {"dobj", "dative", "attr", "oprd"}
TARGET_PREPS = {"against", "on", "at", "to", "toward", "towards", "into", "upon", "with", "of"}
RECIPIENT_PREPS = {"to", "against", "on"}
# words whose content is an allegation: "accusations that X was behind the attack"
ACCUSING = {
    "accusation",
    "accuse",
    "allegation",
    "allege",
    "claim",
    "charge",
    "suspect",
    "suspicion",
    "blame",
    "rumor",
    "rumour",
    "theory",
    "deny",
    "denial",
    "reject",
    "speculation",
    "speculate",
    "hypothesis",
    "believe",
    "suggest",
}
# what befell someone in a fight: "the death of X in a shootout with police" (X fought)
FATE_NOUNS = {
    "death",
    "killing",
    "murder",
    "arrest",
    "capture",
    "wounding",
    "injury",
    "detention",
    "surrender",
}
MODIFIER_DEPS = {"compound", "poss", "nmod", "amod"}
CONTROL_DEPS = {"conj", "xcomp", "advcl", "acl", "relcl", "pcomp", "ccomp"}


class Resolves(Protocol):
    """What argument picking needs of the actor resolver: whether a word names actors."""

    def resolve(self, token: Token | None, depth: int = 0) -> list: ...


def first_conjunct(token: Token) -> Token:
    """RETURNS the first item of the coordinated list ``token`` stands in ("Baker, Greenspan
    and *Sprinkel*": Baker; "to appeal ..., or *to retaliate*": to appeal), ``token`` itself
    when it is in none."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def verb_arguments(verb: Token) -> tuple[Token | None, Token | None]:
    """RETURNS the (source, target) argument tokens of a verbal trigger."""
    source = target = None
    children = list(token_children(verb))
    for c in children:
        if c.dep_ in SUBJECT_DEPS:
            source = c
        elif c.dep_ == "nsubjpass":
            target = c
        elif c.dep_ == "agent":
            source = next((o for o in token_children(c) if o.dep_ == "pobj"), source)
    if target is None:
        target = next((c for c in children if c.dep_ in OBJECT_DEPS), None)
        if target is not None and target.dep_ == "dative" and target.pos_ == "ADP":
            target = next((o for o in token_children(target) if o.dep_ == "pobj"), None)
    if target is None and source is not None:
        # "U.S. warships attacked and destroyed an Iranian oil platform": the object the
        # parser gives to the second verb is the first one's too
        target = shared_object(verb)
    if source is not None:
        target = symmetric_partner(verb, source, target)
    if target is None or (target.pos_ == "NOUN" and not target.ent_type_):
        # "X met with Y to discuss border security", "X met with Y and signed a pact":
        # the joint act's partner is the meeting's
        target = meeting_partner(verb) or target
    if (
        target is not None
        and target.dep_ == "dobj"
        and target.pos_ == "NOUN"
        and not target.ent_type_
        and pact_verb(verb)
        and (partner := _prep_object(target, {"with"}) or topic_partner(target)) is not None
    ):
        # "signed a loan agreement with the World Bank", "struck deals with corrupt
        # officers": the pact's partner is the target, not the pact
        target = partner
    if target is None and verb.lemma_.lower() in symmetric_verbs():
        # "the union has been negotiating for a new contract with the airline": the
        # parser hangs the partner on the topic of a symmetric verb (sides42)
        target = verb_topic_partner(verb)
    if target is None:
        target = _prep_object(verb, TARGET_PREPS)
        if target is not None and target.head.lower_ == "with" and assisting(target):
            target = None  # "attacked with the support of militias": a helper
    if target is None and verb.lemma_.lower() in role_words("inquiry", "verbs"):
        # "police are investigating whether the gang ordered the killing": whom the open
        # question is about (targets33)
        target = questioned_party(verb)
    if target is None:
        # "farmers marched in protest against EC policies", "struck in retaliation against
        # the gangs": the "against" of the verb's "in protest" phrase is whom the act
        # opposes (not "cooperate in the fight against drug trafficking")
        target = next(
            (
                o
                for p in children
                if p.dep_ == "prep" and p.lower_ == "in"
                for n in token_children(p)
                if n.dep_ == "pobj" and n.lemma_.lower() in PROTEST_FRAMES
                for o in prep_objects(n, {"against"})
            ),
            None,
        )
    if (
        target is None or target.ent_type_ in {"DATE", "TIME"}
    ) and verb.lemma_.lower() in role_words("protest_purposes", "acts"):
        # "farmers marched to protest against the government's tax plans", "workers struck
        # on Monday to press the ministry to ...": whom the purpose clause opposes is whom
        # the protest is directed at (clauses42; a date is no target)
        target = protest_purpose_target(verb) or target
    if target is not None and target.dep_ in OBJECT_DEPS and not victim_frame(verb, target):
        # "issued an ultimatum to Maduro": the recipient is the prepositional object
        target = _prep_object(target, RECIPIENT_PREPS) or target
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in children)
    if (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and verb.head.dep_ == "acl"
        and verb.head.tag_ == "VBN"
        and not any(c.dep_ in SUBJECT_DEPS for c in children)
    ):
        # "a young man wrongfully sentenced and imprisoned": the second participle's
        # patient is the first one's noun, not its subject
        passive = True
        source = None if source is not None and source.i == verb.head.head.i else source
        target = target or verb.head.head
    own_agent = source is not None and source.head.dep_ == "agent" and source.head.head == verb
    if (source is None or own_agent) and passive_conjunct(verb):
        # "the suspect was arrested in May and extradited to the United States": the
        # second verb shares the first one's passive; its patient is the first one's
        # subject (not the destination), its agent only a "by" of its own ("was arrested
        # and later imprisoned by the government": the same patient, args40)
        passive = True
        head = verb.head
        while head.dep_ == "conj" and not any(c.dep_ == "nsubjpass" for c in token_children(head)):
            head = head.head
        patient = next((c for c in token_children(head) if c.dep_ == "nsubjpass"), None)
        if patient is not None:
            target = patient
        source = source if own_agent else _prep_object(verb, {"by"})
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "a civilian killed in the crossfire": the modified noun is the patient
        passive = True
        target = target or verb.head
        if source is None:
            # "the FARC released two soldiers captured last month": the FARC captured them
            source = releasing_holder(verb)
    patient = adverbial_patient(verb)
    if patient is not None:
        # "If convicted, he faces life", "with Varon and Orlando both captured": the
        # participle's patient, not its agent (only a "by" of its own acts)
        passive = True
        source = _prep_object(verb, {"by"})
        target = patient
    patient = gerund_patient(verb)
    if patient is not None and (target is None or target.dep_ == "pobj"):
        # "Reverol, who was appointed the day after being indicted by the United States":
        # the passive gerund's patient is its clause's subject (a destination or other
        # prepositional object is no patient)
        passive = True
        target = patient
    if reduced_passive(verb):
        # a headline's passive without "was": "Fugitive Drug Lord Captured in Colombia" —
        # the word before the participle is who was captured, not who captured
        passive = True
        patient = next((c for c in children if c.dep_ in SUBJECT_DEPS), None) or misparsed_subject(
            verb
        )
        if patient is not None and (source is None or source.i == patient.i):
            source, target = None, patient
            agent = _prep_object(verb, {"by"})
            source = agent
    lemma = verb.lemma_.lower()
    addressed = addressee_preps().get(lemma)
    document = (
        verb.head
        if verb.dep_ == "acl"
        else next((c for c in token_children(verb.head) if c.dep_ == "dobj"), None)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG"
        else None
    )
    if (
        addressed
        and (target is None or target.pos_ == "NOUN")
        and document is not None
        and (recipient := document_recipient(document)) is not None
    ):
        # "sent the president a letter requesting his resignation", "a note to Venezuela
        # demanding the release of X": the document's recipient is the one asked
        target = recipient
    if addressed and (target is None or target.pos_ == "NOUN"):
        # "demanded wage increases from the government": the one asked is the target
        target = (
            _prep_object(verb, addressed)
            or (_prep_object(target, addressed) if target is not None else None)
            or target
        )
    if addressed and target is None:
        # "asked for a loan from the World Bank", "asked for more US aid": the giver of the
        # thing asked for is the one asked
        target = requested_giver(verb, addressed)
    if target is None and lemma in role_words("complaint"):
        # "complained about Japanese chipmakers", "complained that Japan dumps chips"
        target = _prep_object(verb, {"about"}) or next(
            (
                s
                for c in children
                if c.dep_ == "ccomp"
                for s in token_children(c)
                if s.dep_ in SUBJECT_DEPS and s.pos_ in {"NOUN", "PROPN"}
            ),
            None,
        )
    if lemma in role_words("blamed_on", "verbs"):
        # "blamed the collapse of the talks on the United States": the one blamed, not
        # the thing blamed
        target = blamed_party(verb, target) or target
    if lemma in theme_words()[0]:
        # "deployed 12,000 soldiers to the border": the soldiers are moved, not acted on;
        # the target is only whom they are sent against
        target = _prep_object(verb, {"against"})
        obj = next((c for c in children if c.dep_ in OBJECT_DEPS | {"nsubjpass"}), None)
        # "deployed and sent troops against the gangs": the object of the verb coordinated
        # right after, with its "against", is this one's too (argnone28)
        obj = obj or shared_object(verb)
        if target is None and obj is not None:
            # "troops against the gangs", or the "against" on the second verb
            target = _prep_object(obj, {"against"}) or (
                _prep_object(obj.head, {"against"}) if obj.head.i != verb.i else None
            )
    elif (
        target is not None
        and target.pos_ == "NOUN"
        and (
            lemma in investigating_verbs()
            and (target.lemma_.lower() in patient_nouns() or target.lower_ in patient_nouns())
        )
    ):
        # "investigating the abduction of bus passengers": the abductors are investigated,
        # not the passengers; "police killings" (an agent's modifier) stay the police's
        agents = role_words("investigated_agents")
        target = _prep_object(target, {"by"}) or next(
            (
                c
                for c in token_children(target)
                if c.dep_ in {"compound", "amod"} and c.i < target.i and c.lemma_.lower() in agents
            ),
            None,
        )
    elif target is not None and target.pos_ == "NOUN":
        # "seized two tons of cocaine belonging to the Sinaloa Cartel": the owner of a
        # seized or attacked thing is the actor the act is done to
        target = owner_of(target) or target
    if source is None and passive:
        # "a trafficker was killed in a shootout with police": the other side of the
        # confrontation the patient died in is the agent
        source = confrontation_agent(verb)
    if source is None and passive:
        # "the journalist was murdered at the hands of the Zetas": an agent phrase
        source = hands_agent(verb)
    if source is None and passive:
        # "he was arrested and imprisoned by the government": the agent of the passive
        # participle coordinated right after this one did both
        source = shared_agent(verb)
    if source is None and passive:
        # "rifles were supplied to the rebels by Venezuela": the parser hangs the agent's
        # "by" on the verb's last object; it is still the verb's agent
        source = next(
            (
                _prep_object(o, {"by"})
                for p in children
                if p.dep_ == "prep"
                for o in token_children(p)
                if o.dep_ == "pobj"
                and _prep_object(o, {"by"}) is not None
                and o.pos_ in {"NOUN", "PROPN"}
            ),
            None,
        )
    if source is None and not passive:
        # a passive verb's missing agent is unknown, not the subject of the clause above
        source = misparsed_subject(verb) or inherited_subject(verb)
        if source is not None:
            # "Egypt and the Soviet Union are expected to sign an agreement": the raised
            # coordinated subject are each other's partners as a verb's own subject is
            target = symmetric_partner(verb, source, target)
    if source is not None:
        # "the IACHR wrote a report criticizing the government": the report's author acts
        source = author_of(source) or source
    return source, target


def requested_giver(verb: Token, preps: Collection[str]) -> Token | None:
    """Who is asked, named on the thing a requesting verb asks *for*: its own "from"
    (``preps``, the verb's ``addressee`` prepositions: "asked for a loan from the World
    Bank") or, for what only a state or body gives (``national_act``: aid, loans,
    sanctions ...), the country or body named before it ("asked for more US aid",
    "sought Japanese credits"). None otherwise ("asked for more time", "asked for
    Mexican workers' wages": no giver named)."""
    thing = _prep_object(verb, {"for"})
    if thing is None:
        return None
    giver = _prep_object(thing, preps)
    if giver is not None or not national_act(thing):
        return giver
    # (a headline's title case hides the entity: "Asks for More US Anti-Drug Aid")
    return next(
        (
            c
            for c in token_children(thing)
            if c.dep_ in MODIFIER_DEPS
            and c.i < thing.i
            and (
                c.ent_type_ in {"GPE", "NORP", "ORG"}
                or c.pos_ == "PROPN"
                and c.dep_ == "compound"
                and c.is_upper
            )
        ),
        None,
    )


def releasing_holder(participle: Token) -> Token | None:
    """Who took the people a releasing verb's object names, by a taking participle on that
    object: "the FARC has released two soldiers captured earlier this month" (the FARC),
    "police released the suspects arrested at the march" (the police) — the one who lets
    them go held them (``argument_roles.yaml`` ``release_frame``). Not "freed" or
    "rescued" (a rescuer frees someone else's captives), nor a participle that takes no
    one ("released soldiers wounded in the attack"). RETURNS the releasing verb's subject
    or None."""
    noun = participle.head
    if (
        participle.lemma_.lower() not in role_words("release_frame", "taken")
        or noun.dep_ != "dobj"
        or noun.head.lemma_.lower() not in role_words("release_frame", "verbs")
    ):
        return None
    verb = noun.head
    holder = next((c for c in token_children(verb) if c.dep_ in SUBJECT_DEPS), None)
    return holder or inherited_subject(verb)


def author_of(noun: Token) -> Token | None:
    """The author of a document word (``argument_roles.yaml`` ``documents``): its
    possessor, the object of its "by", else the subject of the verb that produced it
    ("X wrote a report", "a statement issued by X"). RETURNS the author's word or None
    (also for a word that is no document)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in role_words("documents", "nouns"):
        return None
    owner = next((c for c in token_children(noun) if c.dep_ == "poss"), None)
    owner = owner or _prep_object(noun, {"by"})
    if owner is not None:
        return owner
    verbs = role_words("documents", "verbs")
    for acl in (c for c in token_children(noun) if c.dep_ == "acl" and c.tag_ == "VBN"):
        if acl.lemma_.lower() in verbs and (by := _prep_object(acl, {"by"})) is not None:
            return by  # "a statement issued by the ministry"
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in verbs:
        subj = next((c for c in token_children(verb) if c.dep_ in SUBJECT_DEPS), None)
        return subj or misparsed_subject(verb) or inherited_subject(verb)
    if noun.dep_ == "nsubjpass" and verb.lemma_.lower() in verbs:
        return _prep_object(verb, {"by"})
    return None


def document_recipient(noun: Token) -> Token | None:
    """Whom a document was sent or addressed to: the indirect object or the object of
    "to" of the verb that produced it ("sent the president a letter", "delivered a note
    to Venezuela"; ``argument_roles.yaml`` ``documents``), else the object of the
    document's own "to" ("a letter to the president"). RETURNS that word or None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in role_words("documents", "nouns"):
        return None
    own = _prep_object(noun, {"to"})
    if own is not None:
        return own
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in role_words("documents", "verbs"):
        return None
    dative = next((c for c in token_children(verb) if c.dep_ == "dative"), None)
    if dative is not None and dative.pos_ == "ADP":
        dative = next((o for o in token_children(dative) if o.dep_ == "pobj"), None)
    return dative or _prep_object(verb, {"to"})


def noun_arguments(
    noun: Token,
    resolver: Resolves,
    receiving: frozenset[str] = frozenset(),
    giver_preps: frozenset[str] = frozenset({"from", "by"}),
    participation: tuple[frozenset[str], frozenset[str]] | None = None,
) -> tuple[Token | None, Token | None]:
    """RETURNS the (source, target) argument tokens of a nominal trigger. As the object
    of a ``receiving`` verb ("faced accusations from prosecutors") the verb's subject is
    the target and the object of ``giver_preps`` under the noun or the verb the source.
    ``participation`` (prepositions, verb lemmas): "locked *in* a battle with X" — the
    verb's subject is the source when the noun names none."""
    if noun.dep_ in {"dobj", "attr"} and noun.head.lemma_.lower() in receiving:
        verb = noun.head
        subject = next((c for c in token_children(verb) if c.dep_ in SUBJECT_DEPS), None)
        subject = subject or misparsed_subject(verb) or inherited_subject(verb)
        giver = next(
            (
                o
                for t in [*noun.subtree, *token_children(verb)]
                if t.dep_ in {"prep", "agent"}
                and t.lower_ in giver_preps
                and (
                    t.head.i == verb.i or t.head.i in range(noun.left_edge.i, noun.right_edge.i + 1)
                )
                for o in token_children(t)
                if o.dep_ == "pobj"
            ),
            None,
        )
        return giver, subject
    source = target = named_by = None
    theme = noun.lemma_.lower() in theme_words()[1] or noun.lower_ in theme_words()[1]
    patient = possessed_patient(noun)
    attendees = attended_by(noun)
    if attendees is not None:
        # "a meeting attended by the minister and opposition politicians"
        return attendees
    pair = hyphen_pair(noun, resolver)
    if pair is not None and patient is None:
        # "US-Mexico cooperation", "the Colombia-Venezuela talks": one side each
        source, target = pair
    told = noun.dep_ == "dobj" and noun.head.lemma_.lower() in telling_verbs()
    for c in token_children(noun):
        if c.i == getattr(patient, "i", -1) or (pair and c.i in {p.i for p in pair}):
            continue
        if told and c.dep_ == "compound" and c.tag_ == "NNS":
            continue  # "told reporters talks ended": the reporters were told
        if c.dep_ in {"compound", "nmod"} and venue_city(c, noun, resolver):
            continue  # "the Havana meeting", "the Paris accord": where, not who
        if c.dep_ in MODIFIER_DEPS and source is None and c.i < noun.i and resolver.resolve(c):
            source = c  # "U.S. strikes", "Venezuela's rejection"
            named_by = c if c.dep_ in {"compound", "nmod"} else None
        elif c.dep_ == "prep":
            obj = next((o for o in token_children(c) if o.dep_ == "pobj"), None)
            if obj is None:
                continue
            if c.lower_ == "by" or (
                c.lower_ == "from" and source is None and national_act(noun) and not _moved(noun)
            ):
                # "aid from Japan to the Philippines": a state's act comes from its giver
                source = obj
            elif (
                c.lower_ == "between"
                and target is None
                and (
                    source is None
                    or source is named_by
                    and (obj.conjuncts or len({a.same for a in resolver.resolve(obj)}) > 1)
                )
            ):
                # "talks between Colombia and the ELN": one side each; the parties so
                # listed outrank a name compounded on the noun ("the New York Plaza pact
                # between the U.S., Japan and France", "U.S.-brokered talks between X and
                # Y": a venue or a broker, issue 12 meet21)
                partner = next((x for x in obj.conjuncts if x.i > obj.i), None)
                if partner is not None:
                    source, target = obj, partner
                elif len({a.same for a in resolver.resolve(obj)}) > 1:
                    # "the truce between the MS13 and Barrio 18 gangs": the coordinated
                    # owners face each other (the coder pairs a source met as its own
                    # target with the other source)
                    source = target = obj
            elif (
                c.lower_ == "of"
                and source is None
                and target is None
                and joint_meeting(noun)
                and len({a.same for a in resolver.resolve(obj)}) > 1
            ):
                # "the summit of X and Y": the coordinated participants meet each other,
                # as with "between" (the coder pairs a source met as its own target with
                # the other source)
                source = target = obj
            elif (
                c.lower_ == "of"
                and source is None
                and obj.ent_type_ not in {"DATE", "TIME"}
                and (agentive(noun) or visiting(noun) and obj.ent_type_ not in {"GPE", "LOC"})
            ):
                # "the visit of the Mexican president to Guatemala": the visitor acts,
                # the host ("to Guatemala") is the target; "the resignation of the
                # minister": the minister acts. "the demobilization of Colombia's largest
                # guerrilla force, the FARC,": the name in apposition (which the parser
                # may hang on the event noun), not the description's possessor
                named = next(
                    (
                        a
                        for a in [*token_children(obj), *token_children(noun)]
                        if a.dep_ == "appos" and a.pos_ == "PROPN"
                    ),
                    None,
                )
                source = named if obj.pos_ == "NOUN" and named is not None else obj
            elif c.lower_ == "with" and assisting(obj):
                continue  # "arrests with the help of the army": a helper, no target
            elif (
                c.lower_ == "of"
                and source is None
                and assisting(noun)
                and noun.dep_ == "pobj"
                and noun.head.lower_ == "with"
            ):
                # "Venezuela will open a factory with the assistance of Russia": the help
                # is the "of" object's, given to who does the clause's act
                source = obj
                target = target or helped_party(noun)
            elif (
                c.lower_ == "about"
                and target is None
                and (
                    noun.lemma_.lower() in role_words("complaint")
                    or noun.lower_ in role_words("complaint")
                )
            ):
                target = obj  # "complaints about the Canadian law": what is complained of
            elif (
                c.lower_ in TARGET_PREPS
                and target is None
                and (not theme or c.lower_ == "against")
                and obj.ent_type_ not in {"DATE", "TIME"}
            ):  # "his arrest on Tuesday": no target
                # "the deployment of an elite unit against the gangs": the unit is moved,
                # the gangs are the target
                target = obj
    if source is None and (agent := performed_by(noun)) is not None:
        # "the attack carried out by the Zetas", "the agreement reached by Colombia and
        # the FARC": the participle's agent did the act; the coordinated parties of a pact
        # or meeting act on each other (the coder pairs a source met as its own target
        # with the other source, as for "between"); one party alone of a pact or meeting
        # may be its host or broker ("talks called by Norway between X and Y"); plural
        # pacts are each party's own ("agreements reached by Indonesia and Brazil": with
        # others, not with each other)
        joint = joint_meeting(noun) or mutual_noun(noun)
        several = len({a.same for a in resolver.resolve(agent)}) > 1
        if not joint or several and noun.tag_ == "NNS":
            source = agent
        elif target is None and several:
            source = target = agent
        elif (
            target is None
            and noun.tag_ != "NNS"
            and resolver.resolve(agent)
            and (partner := _performing_partner(agent, resolver)) is not None
        ):
            # "the accord reached by Baker and the finance ministers of Japan and France",
            # "the pact signed by Peru with Chile": one side each, as for "between"; both
            # must name actors (argnone28)
            source, target = agent, partner
    if (
        source is not None
        and (target is None or not resolver.resolve(target))
        and (pair := mutual_owners(noun, source, resolver)) is not None
    ):
        # "Kenya and Tanzania deepened their cooperation", "the presidents of Peru and
        # Bolivia renewed their promise": each the other's partner (the coder pairs a
        # source met as its own target with the other source, as for "between")
        source = target = pair
    if source is None and national_act(noun):
        # "West German aid to Turkey", "Japanese sanctions": a state's act, the nationality
        # adjective names the state (the resolver codes it as the country alone)
        source = next(
            (
                c
                for c in token_children(noun)
                if c.dep_ == "amod"
                and c.i < noun.i
                and c.ent_type_ == "NORP"
                and resolver.resolve(c)
            ),
            None,
        )
    if target is None and patient is not None:
        # "Ortega's murder", "his arrest": the possessor underwent the act ("Guzman's
        # extradition to the United States" keeps the receiving country)
        target = patient
    if source is None and target is not None and target.head.lower_ == "of":
        # "the takeover of a building in Aurora by X": the parser hangs "by" lower down
        source = _prep_object(target, {"by"})
    if source is None:
        # "the murder of a journalist at the hands of the Zetas": an agent phrase
        source = hands_agent(noun) or (hands_agent(target) if target is not None else None)
    governor = noun.head
    if (
        source is None
        and participation
        and noun.dep_ == "pobj"
        and governor.lower_ in participation[0]
        and governor.head.lemma_.lower() in participation[1]
    ):
        # "the Rastrojos are locked in a battle with the Urabenos": who takes part acts
        verb = governor.head
        source = next(
            (c for c in token_children(verb) if c.dep_ in SUBJECT_DEPS | {"nsubjpass"}), None
        )
        if source is None and verb.dep_ == "acl":
            source = verb.head  # "gangs engaged in a war with ..."
        source = source or inherited_subject(verb)
    if (
        source is None
        and target is not None
        and noun.dep_ == "pobj"
        and governor.lower_ == "in"
        and mutual_noun(noun)
        and target.head.lower_ == "with"
    ):
        # "the US -- in collaboration with Belize -- indicted six men": the clause's
        # subject acts together with the partner (the parser hangs the phrase on the verb
        # or on the subject; issue 12 meet21)
        verb = governor.head
        if verb.dep_ in SUBJECT_DEPS and verb.head.pos_ in {"VERB", "AUX"}:
            source = verb
        elif verb.pos_ == "VERB":
            source = next((c for c in token_children(verb) if c.dep_ in SUBJECT_DEPS), None)
    if source is None and (
        noun.lemma_.lower() in patient_nouns() or noun.lower_ in patient_nouns()
    ):
        # "the arrest of a cartel leader in a clash with marines": the other side of the
        # confrontation is who arrested (as for a passive verb, ``confrontation_agent``)
        frame = confrontation_frame()
        for holder in (noun, target):
            fight = (
                next(
                    (
                        f
                        for f in prep_objects(holder, frame["prepositions"])
                        if f.lemma_.lower() in frame["nouns"]
                    ),
                    None,
                )
                if holder is not None
                else None
            )
            if fight is not None:
                agent = _prep_object(fight, frame["agents"])
                if agent is not None and (target is None or agent.i != target.i):
                    source = agent
                break
    if source is None:
        # "X was convicted of the surveillance of journalists": the convicted did it
        source = convicted_party(noun)
    if source is None:
        # "the Zetas were responsible for attacks", "the gang was behind the kidnapping",
        # "the FARC claimed responsibility for the bombing": the predicate's subject did it
        source = responsible_party(noun)
    if (
        source is None
        and noun.dep_ == "pobj"
        and (
            noun.lemma_.lower() in confrontation_parties() or noun.lower_ in confrontation_parties()
        )
        and governor.lower_ in confrontation_frame()["prepositions"]
    ):
        # "two soldiers died in clashes with FARC rebels": the clause's subject fought
        party, other = fight_parties(noun, target)
        if party is not None and other is not None:
            source, target = party, other
    answer = answering_verb(noun)
    if answer is not None:
        # "the government accepted the unions' demands": made to the one who answers
        verb, passive = answer
        if passive:
            answerer = _prep_object(verb, {"by"})
        else:
            answerer = next((c for c in token_children(verb) if c.dep_ in SUBJECT_DEPS), None)
            answerer = answerer or misparsed_subject(verb) or inherited_subject(verb)
        if answerer is not None and (source is None or answerer.i != source.i):
            return source, target or answerer
    if noun.dep_ == "dobj" and governor.lemma_.lower() in attribution_frame()[1]:
        # "linked the bombing to the ELN": the ELN bombed, the linker is no side
        culprit = _prep_object(governor, attribution_frame()[0])
        if culprit is None and target is not None and target.head.lower_ == "of":
            # "pinned the murder of the mayor on X": the parser hangs "on X" on the victim
            culprit = _prep_object(target, attribution_frame()[0] - {"with"})
        if (
            culprit is not None
            and culprit.pos_ == "NOUN"
            and prep_objects(culprit, {"of"})
            and culprit.lower_.endswith(("ing", "ment", "tion", "sion"))
        ):
            culprit = None  # "linked their disarmament to the disbanding of militias": a
            # condition on another act, no culprit
        if culprit is not None:
            return culprit, target if target is None or target.i != culprit.i else None
    if (
        source is None
        and (verb := framing_clause(noun)) is not None
        and verb.lemma_.lower() in role_words("framing_meetings", "invited")
        and prep_objects(noun, {"with"})
    ):
        # "the Canadian minister was invited to Lima for talks with Peruvian officials":
        # the one invited or summoned for talks with a named partner takes part (sides42)
        source = next((c for c in token_children(verb) if c.dep_ == "nsubjpass"), None)
    if (
        source is None
        and (verb := framing_clause(noun)) is not None
        and not any(
            c.dep_ in OBJECT_DEPS | {"nsubjpass"}
            and (found := resolver.resolve(c))
            and not all(a.code and "MED" in code_blocks(a.code)[1:] for a in found)
            for c in token_children(verb)
        )
    ):
        # "Channon spoke after two days of talks with US officials": Channon took part
        # (not "police arrested the mayor after a meeting with X": the mayor may have met;
        # an outlet told is no such party: "X, during a visit to London, told Reuters")
        source = next((c for c in token_children(verb) if c.dep_ in SUBJECT_DEPS), None)
        source = source or misparsed_subject(verb) or inherited_subject(verb)
        if source is not None and target is not None and source.i == target.i:
            source = None
    # "held several hours of talks with X", "began a series of meetings with Y": the
    # measure the noun is "of" stands in the noun's place for its governing verb (sides43)
    slot = measured_slot(noun)
    if slot.dep_ == "dobj" and slot.head.lemma_.lower() in attitude_verbs():
        # "Maduro condemned the arrest of the mayor": who condemns did not arrest
        return source, target
    if slot.dep_ in {"dobj", "attr"} or (
        slot.dep_ == "pobj" and slot.head.lower_ == "with" and slot.head.head.pos_ == "VERB"
    ):
        # "issued an ultimatum to Maduro", "responded with defiance": the governing verb's
        # subject acts and its prepositional object receives
        verb = slot.head if slot.dep_ != "pobj" else slot.head.head
        inherited = None
        if source is None:
            source = next((c for c in token_children(verb) if c.dep_ in SUBJECT_DEPS), None)
            if source is None:
                source = misparsed_subject(verb) or inherited_subject(verb)
                inherited = source
        if target is None:
            target = _prep_object(
                verb, RECIPIENT_PREPS - {"on"} if slot.dep_ == "pobj" else RECIPIENT_PREPS
            )
            if target is not None and target.ent_type_ in {"DATE", "TIME"}:
                target = None  # "resumed talks on Friday": a date, no recipient
        if (
            target is None
            and slot.dep_ == "dobj"
            and (
                noun.lemma_.lower() in role_words("complaint")
                or noun.lower_ in role_words("complaint")
            )
        ):
            # "filed a complaint with the UN alleging that Chilean troops crossed": whom
            # the complaint is about comes first, the body it is lodged with ("filed a
            # complaint with the Attorney General's Office") is its addressee only when
            # it names no one (an "against" of its own comes first too)
            about = complained_of(verb)
            target = (
                about
                if about is not None and resolver.resolve(about)
                else _prep_object(verb, {"with"})
            )
        if (
            target is None
            and source is not None
            and (joint_meeting(noun) or joint_undertaking(noun, verb))
            and (source.head.i == verb.i or source is inherited)
        ):
            # "the EC and Comecon ended talks", "Bolivia and Paraguay seek to deepen
            # security cooperation": the coordinated subjects talked or cooperate with each
            # other, as with a symmetric verb (the resolver reads every conjunct)
            target = next((c for c in source.conjuncts if c.i > source.i), None)
        if target is None and joint_meeting(noun):
            # "rebels met with government envoys to begin peace talks", "will hold talks on
            # energy and exchange views with Algerian officials": the partner of the
            # meeting the talks are held at; only a coded partner that is no outlet ("met
            # with reporters to begin talks": the talks are not the press's)
            partner = meeting_partner(verb, any_act=True) or sequel_partner(verb)
            if (
                partner is not None
                and (found := resolver.resolve(partner))
                and all(a.code and "MED" not in code_blocks(a.code)[1:] for a in found)
            ):
                target = partner
        if target is None and slot.dep_ == "dobj":
            # "held discussions here on Friday with Volcker", "reached an agreement on
            # landing rights with the Japanese government": the partner's "with" hangs on
            # the verb past the noun or on the noun's topic (empty37)
            partner = displaced_partner(noun, verb)
            if (
                partner is not None
                and (source is None or partner.i != source.i)
                and (found := resolver.resolve(partner))
                and all(a.code and "MED" not in code_blocks(a.code)[1:] for a in found)
            ):
                target = partner
    if target is None and (
        noun.lemma_.lower() in role_words("inquiry", "nouns")
        or noun.lower_ in role_words("inquiry", "nouns")
    ):
        # "opened an investigation into whether the senator broke the law" (targets33)
        target = questioned_party(noun)
    if target is None and (
        noun.lemma_.lower() in role_words("asking_nouns")
        or noun.lower_ in role_words("asking_nouns")
    ):
        # "made no appeal for loans from the BIS", "a request for more US aid": the giver
        # of what is asked for is the one asked, as for a requesting verb
        target = requested_giver(noun, {"from"})
    return source, target


def blamed_party(verb: Token, thing: Token | None) -> Token | None:
    """ "Moscow blamed the end of the freeze on the United States", "the attack was blamed
    on the FARC": whom a blaming verb (``argument_roles.yaml`` ``blamed_on``) blames is the
    object of its "on" — on the verb, or the last "on" of the phrase of the thing blamed
    (where the parser hangs it: "the collapse of the talks *on* X"). Only for a thing
    blamed, a common noun the parser names no entity in ("blamed the FARC for the attack"
    keeps its object). RETURNS the object, or None."""
    if thing is not None and (thing.pos_ != "NOUN" or thing.ent_type_):
        return None
    preps = role_words("blamed_on", "prepositions")
    own = _prep_object(verb, set(preps))
    if own is not None and own.ent_type_ in {"DATE", "TIME"}:
        return None  # "blamed the rebels on Monday": a day, no one blamed
    if own is not None or thing is None:
        return own
    ons = [
        p
        for p in thing.subtree
        if p.dep_ == "prep"
        and p.lower_ in preps
        and p.i > thing.i
        and any(o.dep_ == "pobj" for o in token_children(p))
    ]
    if not ons:
        return None
    blamed = next(o for o in token_children(ons[-1]) if o.dep_ == "pobj")
    return None if blamed.ent_type_ in {"DATE", "TIME"} else blamed


def questioned_party(word: Token) -> Token | None:
    """Whom an inquiry's open question is about: the subject (active or passive) of the
    "whether" / "if" clause that is the inquiry verb's complement or the object of its
    preposition ("investigating *whether the Zetas* carried out the massacre", "an
    investigation into *whether she* ordered the attack", "looking into whether ...";
    ``argument_roles.yaml`` ``inquiry``). A subject that is a clause or an event noun is no party
    ("whether the killing was planned"). RETURNS the word or None."""
    marks = role_words("inquiry", "marks")
    clauses = [c for c in token_children(word) if c.dep_ in {"ccomp", "advcl"}]
    clauses += [
        c
        for p in token_children(word)
        if p.dep_ == "prep" and p.lower_ in {"into", "of", "on", "about"}
        for c in token_children(p)
        if c.dep_ == "pcomp"
    ]
    for clause in clauses:
        if not any(m.dep_ == "mark" and m.lower_ in marks for m in token_children(clause)):
            continue
        subject = next(
            (c for c in token_children(clause) if c.dep_ in {"nsubj", "nsubjpass"}), None
        )
        if subject is None or subject.pos_ not in {"NOUN", "PROPN", "PRON"}:
            return None
        if subject.pos_ == "NOUN" and (
            subject.lemma_.lower() in patient_nouns() or subject.lower_ in patient_nouns()
        ):
            return None
        return subject
    return None


def complained_of(verb: Token) -> Token | None:
    """The subject of the clause a complaint lodged by ``verb`` states, its content: the
    "that" clause of the verb itself ("filed a complaint with the UN that Chilean troops
    crossed") or of its claiming participle ("... alleging that Chilean troops crossed";
    ``argument_roles.yaml`` ``complaint_content``). Only a name or a noun with a
    nationality ("Chilean troops"). RETURNS the word or None."""
    claims = role_words("complaint_content")
    clauses = [c for c in token_children(verb) if c.dep_ == "ccomp"] + [
        cc
        for c in token_children(verb)
        if c.dep_ in {"advcl", "xcomp", "acl"} and c.lemma_.lower() in claims
        for cc in token_children(c)
        if cc.dep_ == "ccomp"
    ]
    for clause in clauses:
        subject = next(
            (s for s in token_children(clause) if s.dep_ in SUBJECT_DEPS | {"nsubjpass"}), None
        )
        if subject is not None and (
            subject.pos_ == "PROPN"
            or any(
                m.dep_ in {"amod", "compound"} and m.ent_type_ in {"NORP", "GPE"}
                for m in subject.lefts
            )
        ):
            return subject
    return None


def mutual_owners(noun: Token, owner: Token, resolver: Resolves) -> Token | None:
    """The coordinated parties a possessive "their" on a mutual act stands for ("Kenya
    and Tanzania agreed to deepen *their* cooperation": Kenya; "the presidents of Peru and
    Bolivia renewed *their* promise": Peru; ``argument_roles.yaml`` ``mutual_nouns``, and
    ``mutual_pledges`` for states only): the first conjunct of the governing verb's
    subject, or of that plural subject's "of" object, when they name two or more actors.
    None when the noun names its own partner ("their cooperation with Uganda"), when
    "their" is no possessor of the noun, or when the subject is not coordinated."""
    if (
        owner.lower_ != "their"
        or owner.dep_ != "poss"
        or owner.head.i != noun.i
        or noun.dep_ != "dobj"
        or noun.head.pos_ not in {"VERB", "AUX"}
    ):
        return None
    lemma, low = noun.lemma_.lower(), noun.lower_
    pledge = lemma in role_words("mutual_pledges") or low in role_words("mutual_pledges")
    if not (pledge or lemma in role_words("mutual_nouns") or low in role_words("mutual_nouns")):
        return None
    if prep_objects(noun, RECIPROCAL_WITH | {"to", "toward", "towards"}):
        return None  # "their cooperation with Uganda": the noun names its partner
    verb = noun.head
    subject = next((c for c in token_children(verb) if c.dep_ in SUBJECT_DEPS), None)
    subject = subject or inherited_subject(verb)
    if subject is None:
        return None
    group = (
        subject
        if subject.conjuncts
        else next((o for o in prep_objects(subject, {"of"}) if o.conjuncts), None)
        if subject.tag_ == "NNS"
        else None
    )
    if group is None:
        return None
    parts = [group, *group.conjuncts]
    if pledge and not all(p.ent_type_ in {"GPE", "NORP"} for p in parts):
        return None  # "the police and the army renewed their pledge": not to each other
    return group if len({a.same for a in resolver.resolve(group)}) > 1 else None


def symmetric_partner(verb: Token, source: Token, target: Token | None) -> Token | None:
    """The target of a symmetric verb ("sign", "meet" ...) with a coordinated subject:
    "Peru and Bolivia signed an agreement": each is the other's partner (the resolver
    reads every conjunct of the subject as a source). "Japan, France and Canada agreed
    that ...": three or more coordinated states agreeing on a clause reach an accord
    (persons, or two states, agreeing on a clause more often share an opinion, no act).
    Not when the agreed act names its own party ("Norway, Egypt and Russia agreed to help
    OPEC": OPEC is each one's target, the coordinated agreers are no partners of one
    another). RETURNS the partner, else ``target`` unchanged."""
    children = list(token_children(verb))
    if (
        (target is None or target.pos_ == "NOUN")
        and verb.lemma_.lower() in symmetric_verbs()
        and not prep_objects(verb, {"with", "between"})
        and (not any(c.dep_ == "ccomp" for c in children) or _states(source))
        and not (target is not None and prep_objects(target, {"with", "between"}))
        and ((aimed := complement_target(verb)) is None or reciprocal(aimed))
    ):
        partner = next((c for c in source.conjuncts if c.i > source.i), None)
        return partner or target
    return target


RECIPROCAL_WITH = {"with", "among", "amongst", "between"}


def reciprocal(token: Token | None) -> bool:
    """Whether an argument word is a reciprocal: "each other", "one another", or
    "themselves" after "with" / "among" ("battling with the police and themselves"): the
    sources act on one another."""
    if token is None:
        return False
    low = token.lower_
    if low == "other":
        return (
            any(c.lower_ == "each" for c in token_children(token))
            or (token.i > 0 and token.doc[token.i - 1].lower_ == "each")
            or _each_the_other(token)
        )
    if low == "another":
        return token.i > 0 and token.doc[token.i - 1].lower_ == "one"
    if low == "one":  # the parser's "one/dobj another/det"
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "another"
    return low == "themselves" and token.dep_ == "pobj" and token.head.lower_ in RECIPROCAL_WITH


def _each_the_other(token: Token) -> bool:
    """ "X and Y have each blamed the other", "each laid the blame on the other": "the
    other" as the object (or prepositional object) of a clause whose verb carries a
    floating "each" and a coordinated subject."""
    if not any(c.lower_ == "the" and c.dep_ == "det" for c in token_children(token)):
        return False
    verb = token.head
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"}:
            break
        verb = verb.head
    else:
        return False
    subj = next((c for c in token_children(verb) if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or not subj.conjuncts:
        return False
    return any(
        c.lower_ == "each" and c.i < token.i for c in [*token_children(verb), *token_children(subj)]
    )


def attended_by(noun: Token) -> tuple[Token, Token | None] | None:
    """The attendees a meeting noun's participle phrase names ("a meeting *attended by*
    the minister and opposition politicians"; ``argument_roles.yaml`` ``attending``):
    the first as source, its next conjunct (if any) as target. Only for the framing meeting
    nouns. RETURNS (source, target) or None."""
    if noun.lemma_.lower() not in role_words("framing_meetings", "nouns"):
        return None
    verbs = role_words("attending")
    for acl in token_children(noun):
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in verbs:
            first = _prep_object(acl, {"by"})
            if first is not None:
                return first, next((c for c in first.conjuncts if c.i > first.i), None)
    return None


HYPHENS = {"-", "\u2013", "\u2014", "/"}


def hyphen_pair(noun: Token, resolver: Resolves) -> tuple[Token, Token] | None:
    """Two actors joined by a hyphen or slash before an event noun: "US-Mexico
    cooperation", "the Colombia-Venezuela talks", "Israeli-Palestinian talks" (both
    modifiers of the noun, both naming actors), or one token naming two states right
    before it ("U.S.-Japan talks": that token twice). RETURNS (first, second) or None."""
    doc = noun.doc
    for b in noun.lefts:
        if b.dep_ not in MODIFIER_DEPS or b.i < 2 or doc[b.i - 1].text not in HYPHENS:
            continue
        a = doc[b.i - 2]
        if a.head.i not in {b.i, noun.i} or a.dep_ not in MODIFIER_DEPS:
            continue
        if resolver.resolve(a) and resolver.resolve(b):
            return a, b
    joined = _joined_states_word(noun)
    if joined is not None and len({a.code for a in resolver.resolve(joined) if a.code}) > 1:
        # "U.S.-Japan talks" as one token (the parser may hang it on the noun's head): the
        # resolver gives both states; the coder pairs a source met as its own target
        # with the other one (nounargs46)
        return joined, joined
    return None


def _joined_states_word(noun: Token) -> Token | None:
    """The one token with an inner hyphen or slash before a joint-act noun
    (``mutual_nouns``, ``venue_named``: talks, summit, pact, cooperation ...), right before
    it or before its topic words ("the U.S./USSR grains agreement"), hung on the noun, a
    topic word or the noun's head (a misparse). Not on other nouns ("U.S.-British
    proposals" are made together, not to each other). RETURNS the token or None."""
    joint = role_words("mutual_nouns") | role_words("venue_named")
    if noun.lemma_.lower() not in joint and noun.lower_ not in joint:
        return None
    doc = noun.doc
    i = noun.i - 1
    topic = set()
    while i >= 0 and doc[i].dep_ in {"compound", "nmod"} and doc[i].pos_ == "NOUN":
        topic.add(i)
        i -= 1
    if i < 0 or not any(h in doc[i].text[1:-1] for h in HYPHENS):
        return None
    return doc[i] if doc[i].head.i in {noun.i, noun.head.i} | topic else None


def answering_verb(noun: Token) -> tuple[Token, bool] | None:
    """The verb answering a request noun (``argument_roles.yaml`` ``requests``): the noun
    (or a part of it: "a portion of the demands") as its object or passive subject.
    RETURNS (verb, passive) or None."""
    nouns, verbs, parts = request_frame()
    if noun.lemma_.lower() not in nouns and noun.lower_ not in nouns:
        return None
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in parts:
        node = node.head.head
    verb = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.dep_ == "prep":
        verb = node.head.head  # "replied to Peru's proposal" (targets33)
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in verbs:
        return None
    if node.dep_ == "dobj" or (node.dep_ == "pobj" and verb.lemma_.lower() in {"agree"}):
        return verb, False
    if node.dep_ == "nsubjpass":
        return verb, True
    if (
        node.dep_ == "pobj"
        and node.head.head.i == verb.i
        and node.head.lower_ in {"to"}
        and verb.lemma_.lower() in {"agree", "turn", "respond", "reply", "react"}
    ):
        # "agreed to the demands", "Bolivia replied to Peru's proposal" (targets33)
        return verb, False
    return None


def venue_city(modifier: Token, noun: Token, resolver: Resolves) -> bool:
    """Whether a compound before a meeting or pact noun names the city it was held in
    ("the Havana meeting", "the Paris accord", "the Lisbon fisheries accord";
    ``argument_roles.yaml`` ``venue_named``):
    a venue, no party. Countries are not venues here ("the Iran talks")."""
    nouns = role_words("venue_named")
    if noun.lemma_.lower() not in nouns and noun.lower_ not in nouns:
        return False
    entity_at = getattr(resolver, "entity_at", None)  # the actor resolver's, not a stub's
    if entity_at is None:
        return False
    # "the Lisbon fisheries accord": the city may name the topic word before the noun
    words = [modifier] + (
        [c for c in token_children(modifier) if c.dep_ in {"compound", "nmod"}]
        if modifier.pos_ == "NOUN"
        else []
    )
    return any(
        (ent := entity_at(w)) is not None and ent.type == "location" and ent.kind == "city"
        for w in words
    )


def joint_meeting(noun: Token) -> bool:
    """Whether an event noun is a meeting whose "of" object names its coordinated
    participants ("the summit of X and Y"; ``argument_roles.yaml`` ``joint_meetings``),
    not a venue or an organiser ("a meeting of the coffee council")."""
    nouns = role_words("joint_meetings")
    return noun.lemma_.lower() in nouns or noun.lower_ in nouns


def _states(subject: Token) -> bool:
    """Whether a subject is three or more coordinated countries or organisations ("the
    United States, Japan and Canada"; named entities GPE / ORG / NORP), whose agreeing on
    a clause is a joint statement, an accord among them. Two ("Both Peru and Bolivia
    agreed that the talks would be difficult") more often share an opinion."""
    parts = [subject, *subject.conjuncts]
    return len(parts) > 2 and all(p.ent_type_ in {"GPE", "ORG", "NORP"} for p in parts)


def _moved(noun: Token) -> bool:
    """Whether a noun is what a moving verb moves ("redirected aid from Mexico to Peru":
    "from" is the former recipient, not the giver; ``argument_roles.yaml``
    ``moving_verbs``): the nearest verb above it."""
    head = noun.head
    while head.pos_ != "VERB" and head.head.i != head.i:
        head = head.head
    return head.pos_ == "VERB" and head.lemma_.lower() in role_words("moving_verbs")


def national_act(noun: Token) -> bool:
    """Whether a nominal trigger is an act only states do, so that a nationality
    adjective on it names the acting state ("West German aid", "Japanese sanctions";
    ``argument_roles.yaml`` ``national_acts``). Not "Mexican violence": anyone's."""
    words = role_words("national_acts")
    return noun.lemma_.lower() in words or noun.lower_ in words


def _performing_partner(agent: Token, resolver: Resolves) -> Token | None:
    """The other party of a pact or meeting whose performing participle's agent is
    ``agent`` (:func:`performed_by`): a conjunct after the agent ("reached by Peru and
    Chile") or the participle's "with" object ("signed by Peru with Chile"); for a
    conjunct naming no actor, its "of" object when that does ("the finance ministers of
    Japan and France"). RETURNS that word or None."""
    partner = next((x for x in agent.conjuncts if x.i > agent.i), None)
    if partner is None and agent.head.dep_ == "agent":
        partner = _prep_object(agent.head.head, {"with"})
    if partner is not None and not resolver.resolve(partner):
        partner = _prep_object(partner, {"of"})
    return partner if partner is not None and resolver.resolve(partner) else None


def visiting(noun: Token) -> bool:
    """Whether an event noun is a visit whose "of" object is the visitor ("the visit of X
    to Y"; ``argument_roles.yaml`` ``visiting_nouns``)."""
    nouns = role_words("visiting_nouns")
    return noun.lemma_.lower() in nouns or noun.lower_ in nouns


def agentive(noun: Token) -> bool:
    """Whether an event noun is an act one does oneself whose "of" object is who acts
    ("the resignation of X", "the demobilization of the FARC"; ``argument_roles.yaml``
    ``agentive_of_nouns``)."""
    nouns = role_words("agentive_of_nouns")
    return noun.lemma_.lower() in nouns or noun.lower_ in nouns


def measured_slot(noun: Token) -> Token:
    """The measure or partitive noun ``noun`` is the "of" object of ("several hours of
    talks", "a round of talks", "a series of meetings", "a wave of attacks";
    ``argument_roles.yaml`` ``measured_events``): it takes the event noun's place in the
    clause, so its governing verb's subject is the event's. RETURNS that noun, else
    ``noun`` itself."""
    head = noun.head
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.pos_ == "NOUN"
        and head.head.lemma_.lower() in role_words("measured_events")
        and not any(c.dep_ == "poss" for c in token_children(head.head))
    ):
        return head.head
    return noun


def framing_clause(noun: Token) -> Token | None:
    """The verb of the clause a meeting noun frames ("after two days of talks with X",
    "during a meeting with Y"; ``argument_roles.yaml`` ``framing_meetings``): the noun,
    or the measure it is "of", as the object of a time or place preposition on a verb.
    RETURNS that verb or None."""
    nouns = role_words("framing_meetings", "nouns")
    if noun.lemma_.lower() not in nouns and noun.lower_ not in nouns:
        return None
    node = noun
    point = False  # a point in the meeting's time: "at the end of a visit"
    if node.dep_ == "pobj" and node.head.lower_ == "of":
        measure = node.head.head.lemma_.lower()
        point = measure in role_words("framing_meetings", "time_points")
        if point or measure in role_words("framing_meetings", "measures"):
            node = node.head.head
    before = _compound_before(node)
    if before is not None:
        # "was in Indiana prior to talks with US officials": "prior to" as "before", with
        # a partner named ("the council, meeting ahead of the summit": the council's own
        # session, not the summit's party)
        verb = before.head
        partner = bool(prep_objects(noun, {"with"}))
        return verb if partner and verb.pos_ in {"VERB", "AUX"} else None
    preps = role_words("framing_meetings", "prepositions") | ({"on"} if point else set())
    if node.dep_ != "pobj" or node.head.lower_ not in preps:
        return None
    if node.head.lower_ in {"at", "in", "for"} and not point and not prep_objects(noun, {"with"}):
        return None  # "proposed quotas at the meeting of the coffee council": a venue
    verb = node.head.head
    if (
        verb.lower_ in role_words("framing_meetings", "place_adverbs")
        and verb.dep_ == "advmod"
        and node.head.i == verb.i + 1
    ):
        # "X, here for talks with Y, said", "arrived there for talks with Y": the phrase
        # hangs on the place adverb, which hangs on the clause's verb or subject (sides42)
        verb = verb.head
    if (
        verb.dep_ in SUBJECT_DEPS
        and verb.pos_ in {"PROPN", "NOUN"}
        and verb.i + 1 < len(verb.doc)
        and verb.doc[verb.i + 1].lower_ == ","
        and node.head.i > verb.i
    ):
        # "Tindemans, in Washington for talks with US officials, said": the phrase set off
        # after the named subject (the parser hangs it on the name) frames its clause
        verb = verb.head
    return verb if verb.pos_ in {"VERB", "AUX"} and node.head.dep_ == "prep" else None


def _compound_before(node: Token) -> Token | None:
    """The first word of a compound preposition meaning "before" that ``node`` is the
    object of ("prior to talks", "ahead of the summit"; ``framing_meetings``
    ``compound_before``): the parser hangs "to" / "of" on "prior" / "ahead", an adverb or
    a preposition on the clause's verb. RETURNS that word or None."""
    if node.dep_ != "pobj" or node.head.lower_ not in role_words(
        "framing_meetings", "compound_before_preps"
    ):
        return None
    first = node.head.head
    if first.lower_ in role_words("framing_meetings", "compound_before") and first.dep_ in {
        "advmod",
        "prep",
    }:
        return first
    return None


def shared_object(verb: Token) -> Token | None:
    """The direct object of the verb coordinated right after ``verb`` ("shot and killed a
    journalist", "attacked and destroyed a platform"): only when nothing but the
    conjunction and adverbs stands between them and the second verb has no subject of its
    own. RETURNS the object's word or None."""
    doc = verb.doc
    for conj in (c for c in token_children(verb) if c.dep_ == "conj" and c.pos_ == "VERB"):
        between = doc[verb.i + 1 : conj.i]
        if not between or any(t.dep_ not in {"cc", "advmod", "punct"} for t in between):
            continue
        if any(c.dep_ in SUBJECT_DEPS | {"nsubjpass", "auxpass"} for c in token_children(conj)):
            continue
        return next((c for c in token_children(conj) if c.dep_ == "dobj"), None)
    return None


def confrontation_agent(verb: Token) -> Token | None:
    """The other side of a confrontation a passive verb's patient met: "was killed *in a
    shootout with police*", "were wounded during a clash with the army", "was arrested in
    a raid by federal agents" (``argument_roles.yaml`` ``confrontation``). RETURNS the
    agent's word or None."""
    frame = confrontation_frame()
    for noun in prep_objects(verb, frame["prepositions"]):
        if noun.lemma_.lower() in frame["nouns"]:
            agent = _prep_object(noun, frame["agents"])
            if agent is None:
                # the parser often hangs "with police" on the verb: the phrase right
                # after the confrontation noun's is still its other side
                agent = next(
                    (
                        o
                        for p in token_children(verb)
                        if p.dep_ in {"prep", "agent"}
                        and p.lower_ in frame["agents"]
                        and p.i == noun.right_edge.i + 1
                        for o in token_children(p)
                        if o.dep_ == "pobj"
                    ),
                    None,
                )
            if agent is not None:
                return agent
    return None


def responsible_party(noun: Token) -> Token | None:
    """Who an event noun is laid to by a responsibility predicate (``argument_roles.yaml``
    ``responsibility``): the subject of "was responsible for", "was behind", "claimed
    responsibility for"; the noun "responsible for" or "behind" modifies ("the gang
    responsible for the massacre", "the men behind the attack"). RETURNS the word or
    None."""
    if noun.dep_ != "pobj":
        return None
    frame = responsibility_frame()
    prep = noun.head
    pred = prep.head
    clause = None
    if prep.lower_ == "for" and pred.lemma_.lower() in frame["adjectives"]:
        if pred.dep_ == "amod" and pred.head.pos_ in {"NOUN", "PROPN"}:
            return pred.head  # "the gang responsible for the massacre"
        if pred.dep_ in {"acomp", "oprd", "attr"}:
            clause = pred.head  # "the Zetas were responsible for", "held X responsible"
            if pred.dep_ == "oprd":
                # "held the gang responsible", "the gang, which was held responsible"
                return _held_party(clause)
    elif (
        prep.lower_ == "for"
        and pred.lemma_.lower() in frame["nouns"]
        and pred.dep_ == "dobj"
        and pred.head.lemma_.lower() in frame["verbs"]
    ):
        # "claimed responsibility for the bombing of a police station": the claim (015,
        # its own event) names the bomber of an act whose target the sentence names; a
        # claim alone ("claimed responsibility for the attack") is not coded as the act
        if not any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in token_children(noun)):
            return None
        clause = pred.head
    elif prep.lower_ == "behind" and prep.dep_ == "prep":
        if pred.pos_ in {"NOUN", "PROPN"} and prep.i > pred.i:
            return pred  # "the men behind the attack"
        if pred.lemma_.lower() == "be":
            clause = pred  # "the gang was behind the kidnapping"
    if clause is None or _cleft(clause) or _accused(clause):
        return None
    subject = next((c for c in token_children(clause) if c.dep_ in SUBJECT_DEPS), None)
    if (
        subject is not None
        and subject.lower_ in {"it", "this", "that", "what"}
        and subject.tag_ not in {"WDT", "WP"}
    ):
        return None  # "this is behind the release": no one named
    return subject or misparsed_subject(clause) or inherited_subject(clause)


def convicted_party(noun: Token) -> Token | None:
    """Who is convicted, sentenced or found guilty of or for an event noun
    (``argument_roles.yaml`` ``convicting``): the passive verb's subject ("Fujimori was
    convicted of illegal surveillance", "who was jailed for the murder"), the active one's
    object ("a court sentenced X for the killing"). Not a suspect ("arrested for the
    murder"). RETURNS the word or None."""
    prep = noun.head
    if (
        noun.dep_ != "pobj"
        or prep.dep_ != "prep"
        or prep.lower_ not in {"of", "for"}
        or prep.i < prep.head.i
    ):
        return None  # "Of 5,000 complaints, 500 men were convicted": a fronted partitive
    verb = prep.head
    if verb.lower_ == "guilty" and verb.dep_ in {"oprd", "acomp"}:
        verb = verb.head  # "was found guilty of", "found X guilty of"
    elif verb.lemma_.lower() not in role_words("convicting") or verb.pos_ != "VERB":
        return None
    return _held_party(verb)


def _held_party(verb: Token) -> Token | None:
    """The party a holding, convicting or sentencing verb puts the act on: its object in
    the active ("held *the gang* responsible", "sentenced *X* for"), else its passive
    subject ("*X* was convicted of", "the gang, which was held responsible")."""
    return next((c for c in token_children(verb) if c.dep_ == "dobj"), None) or next(
        (c for c in token_children(verb) if c.dep_ == "nsubjpass"), None
    )


def _accused(clause: Token) -> bool:
    """Whether a responsibility clause is the content of an accusation or denial
    ("rejected accusations that Tehran was behind the attack"): then who did it is
    alleged, not coded as the doer (attribution verbs handle "blamed X for")."""
    return any(anc.lemma_.lower() in ACCUSING for anc in list(clause.ancestors)[:3])


def _cleft(clause: Token) -> bool:
    """Whether a clause sits in a cleft ("it is this, not X, that is behind ..."): an
    ancestor "be" whose subject is "it". The predicate then names a cause, no actor."""
    for anc in clause.ancestors:
        if anc.lemma_.lower() == "be" and any(
            c.dep_ in SUBJECT_DEPS and c.lower_ == "it" for c in token_children(anc)
        ):
            return True
    return False


def fight_parties(noun: Token, target: Token | None) -> tuple[Token | None, Token | None]:
    """The two sides of a fight noun that a clause's subject took part in: "two soldiers
    died in clashes *with* FARC rebels", "a gang leader was killed in a shootout with
    police" (``confrontation_parties``): the clause's subject (active or passive) and the
    noun's *with* object, or the *with* phrase the parser hung on the verb right after the
    noun. RETURNS (party, other side), either None when missing."""
    verb = noun.head.head
    other = target if target is not None and target.head.lower_ == "with" else None
    if other is None:
        other = next(
            (
                o
                for p in token_children(verb)
                if p.dep_ == "prep" and p.lower_ == "with" and p.i == noun.right_edge.i + 1
                for o in token_children(p)
                if o.dep_ == "pobj"
            ),
            None,
        )
    if verb.pos_ in {"NOUN", "PROPN"}:
        # "the death of Arturo Beltran in a shootout with marines": who died fought
        if verb.lemma_.lower() in FATE_NOUNS:
            party = _prep_object(verb, {"of"})
        elif (
            verb.dep_ == "pobj"
            and verb.head.lower_ == "of"
            and verb.head.head.lemma_.lower() in FATE_NOUNS
        ):
            party = verb
        else:
            party = None
        return (
            (party, other)
            if party is None or other is None or party.i != other.i
            else (None, other)
        )
    if verb.pos_ not in {"VERB", "AUX"}:
        return None, other
    party = next((c for c in token_children(verb) if c.dep_ in SUBJECT_DEPS | {"nsubjpass"}), None)
    if party is None and verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        party = verb.head  # "a soldier killed in a clash with the ELN"
    party = party or inherited_subject(verb)
    if party is not None and other is not None and party.i == other.i:
        return None, other
    return party, other


def possessed_patient(noun: Token) -> Token | None:
    """The possessor of an event noun that names what was done *to* it ("Lima's murder",
    "his arrest", "Guzman's extradition", a person's name as modifier: "the Caceres
    killing"; ``argument_roles.yaml`` ``patient_nouns``) when
    the noun has no "of" object ("the army's killing of civilians": the army acts).
    RETURNS the possessor's word or None."""
    if noun.lemma_.lower() not in patient_nouns() and noun.lower_ not in patient_nouns():
        return None
    if prep_objects(noun, {"of"}):
        return None
    # "the Caceres killing": a person's name as the modifier is the victim too (not "police
    # killings", "cartel murders": groups as modifiers act)
    return next(
        (
            c
            for c in token_children(noun)
            if c.i < noun.i
            and (c.dep_ == "poss" or c.dep_ == "compound" and c.ent_type_ == "PERSON")
        ),
        None,
    )


def owner_of(noun: Token) -> Token | None:
    """The owner a thing's phrase names: "a truck *belonging to* the Zetas", "a speedboat
    *owned by* the Gulf Clan", "tons of cocaine *controlled by* X", "sanctions *imposed on*
    Eritrea" (``argument_roles.yaml`` ``ownership``), on the noun or its "of" object; the
    author of an answered word ("rejected accusations *by* Maduro"; ``authored``).
    RETURNS the owner's word or None."""
    verbs = ownership_verbs()
    heads = [
        noun,
        *(
            o
            for p in token_children(noun)
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in token_children(p)
            if o.dep_ == "pobj"
        ),
    ]
    for h in heads:
        for acl in token_children(h):
            if (
                acl.dep_ != "acl"
                or acl.tag_ not in {"VBG", "VBN"}
                or any(
                    c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass"}
                    for c in token_children(acl)
                )
            ):
                continue  # a participle phrase, not a clause ("concern that X is run by")
            preps = verbs.get(acl.lemma_.lower())
            if preps and (owner := _prep_object(acl, preps)) is not None:
                return owner
    if not noun.ent_type_ and (
        noun.lemma_.lower() in role_words("authored") or noun.lower_ in role_words("authored")
    ):
        # "rejected accusations by Maduro": the author of what is answered
        return _prep_object(noun, {"by"})
    return None


def protest_purpose_target(verb: Token) -> Token | None:
    """The target of a protest act's purpose clause ("marched *to protest against* the
    government's plans", "struck *to press* the ministry to raise wages"): a to-infinitive
    of ``argument_roles.yaml`` ``protest_purposes`` ``purposes`` hung on the act. RETURNS
    that verb's own target (its object or "against" phrase) or None; the side is coded from
    it as from any object, so a protested thing that names no party ("to protest the cuts")
    leaves the side empty."""
    purposes = role_words("protest_purposes", "purposes")
    for clause in token_children(verb):
        if (
            clause.dep_ in {"advcl", "xcomp"}
            and clause.lemma_.lower() in purposes
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token_children(clause))
        ):
            target = verb_arguments(clause)[1]
            if target is not None and target.dep_ in OBJECT_DEPS and victim_frame(clause, target):
                # "struck to protest violence against migrants": the victims are no target
                return None
            return target
    return None


def assisting(noun: Token) -> bool:
    """Whether a "with" object is help given to the actor ("with the help of the army",
    "with US support"; ``argument_roles.yaml`` ``assistance``): its owner helps, it is
    not acted on."""
    nouns = role_words("assistance")
    return noun.lemma_.lower() in nouns or noun.lower_ in nouns


def helped_party(noun: Token) -> Token | None:
    """Who is helped by the help a "with" phrase names ("opened a factory *with the
    assistance of* Russia"): the subject of the nearest verb above the phrase (or the
    subject it shares), not a passive verb's patient ("the plant was built with the help
    of X": a thing). RETURNS the word or None."""
    head = noun.head
    for _ in range(3):
        head = head.head
        if head.pos_ in {"VERB", "AUX"}:
            break
    else:
        return None
    if head.pos_ not in {"VERB", "AUX"} or any(
        c.dep_ in {"nsubjpass", "auxpass"} for c in token_children(head)
    ):
        return None
    subject = next((c for c in token_children(head) if c.dep_ in SUBJECT_DEPS), None)
    return subject or inherited_subject(head)


def pact_verb(verb: Token) -> bool:
    """Whether a verb makes a pact with someone through its object ("signed an agreement
    with X", "struck a deal with X"): ``symmetric`` verbs and ``argument_roles.yaml``
    ``pact_verbs`` (not "discussed his dealings with police": the dealings are with X)."""
    lemma = verb.lemma_.lower()
    return lemma in symmetric_verbs() or lemma in role_words("pact_verbs")


# symmetric verbs whose direct object is the partner ("met the minister"), not a topic or
# a document ("signed an accord", "negotiated a loan")
DIRECT_PARTNER_VERBS = {"meet", "consult"}


def meeting_partner(verb: Token, any_act: bool = False) -> Token | None:
    """The partner of the meeting a joint act belongs to (``argument_roles.yaml``
    ``joint_acts``): "met with Y to discuss", "talked with Y and agreed" — the "with"
    object of a symmetric verb (``symmetric``) the act is the purpose infinitive or the
    coordinated verb of, sharing its subject. ``any_act``: any verb of a meeting noun
    ("met with Y to begin talks": the talks' verb need not be a joint act). RETURNS the
    partner's word or None."""
    acts = role_words("joint_acts")
    if (not any_act and verb.lemma_.lower() not in acts) or any(
        c.dep_ in SUBJECT_DEPS for c in token_children(verb)
    ):
        return None
    head = verb.head
    purpose = verb.dep_ in {"xcomp", "advcl"} and any(
        c.lower_ == "to" and c.dep_ == "aux" for c in token_children(verb)
    )
    if verb.dep_ != "conj" and not purpose:
        return None
    if head.pos_ != "VERB" or head.lemma_.lower() not in symmetric_verbs():
        return None
    partner = _prep_object(head, {"with"})
    if partner is None and head.lemma_.lower() in DIRECT_PARTNER_VERBS:
        # "Mexican officials met their Guatemalan counterparts to discuss migration": the
        # one met is the partner
        partner = next((c for c in token_children(head) if c.dep_ == "dobj"), None)
    return partner


def sequel_partner(verb: Token) -> Token | None:
    """The "with" object of a symmetric verb coordinated right after ``verb``, sharing
    its subject ("will hold talks on energy and exchange views with Algerian officials":
    the officials are the talks' partner). A verb of its own subject, or one that is no
    ``symmetric`` / ``joint_acts`` verb ("held talks and flew to Paris with aides"), gives
    None."""
    words = symmetric_verbs() | role_words("joint_acts")
    for c in token_children(verb):
        if (
            c.dep_ == "conj"
            and c.pos_ == "VERB"
            and c.lemma_.lower() in words
            and not any(s.dep_ in SUBJECT_DEPS for s in token_children(c))
        ):
            # "exchanged views with X": the parser may hang "with" on the object
            return _prep_object(c, {"with"}) or next(
                (
                    p
                    for o in token_children(c)
                    if o.dep_ == "dobj"
                    for p in [_prep_object(o, {"with"})]
                    if p is not None
                ),
                None,
            )
    return None


def displaced_partner(noun: Token, verb: Token) -> Token | None:
    """The partner of a meeting or pact noun (``argument_roles.yaml``
    ``displaced_partner_nouns``) that is ``verb``'s direct object, where the parser hangs
    the "with" phrase away from the noun: on the verb, after the noun ("held discussions
    here on Friday *with Volcker*"), or on the noun's topic ("an agreement on landing
    rights *with the Japanese government*"). Not a helper ("with the help of X"), not a
    date, not a topic that names a party itself. RETURNS the partner's word or None."""
    nouns = role_words("displaced_partner_nouns")
    if noun.lemma_.lower() not in nouns and noun.lower_ not in nouns:
        return None
    if prep_objects(noun, {"with", "between"}):
        return None  # the noun names its partner: the rules read it
    found = [o for o in prep_objects(verb, {"with"}) if o.i > noun.i]
    partner = next((o for o in found if _partner_word(o)), None)
    return partner or topic_partner(noun)


def topic_partner(noun: Token) -> Token | None:
    """The "with" object the parser hangs on a meeting or pact noun's topic ("an agreement
    on landing rights *with Japan*", ``displaced_partner_topics``): the noun's partner
    when the topic is a common noun naming no one. RETURNS the partner's word or None."""
    nouns = role_words("displaced_partner_nouns")
    if noun.lemma_.lower() not in nouns and noun.lower_ not in nouns:
        return None
    for topic in prep_objects(noun, set(role_words("displaced_partner_topics"))):
        if topic.pos_ == "NOUN" and not topic.ent_type_:
            partner = next((o for o in prep_objects(topic, {"with"}) if _partner_word(o)), None)
            if partner is not None:
                return partner
    return None


def verb_topic_partner(verb: Token) -> Token | None:
    """The "with" object the parser hangs on the topic of a symmetric verb ("negotiating
    *for a new contract with the airline*", ``displaced_partner_topics``): the verb's
    partner when the topic is a common noun naming no one and the verb has no "with" of
    its own. Only a topic of "for" / "on" / "over" (``verb_partner_topics``) that no
    possessive owns: "talk about his experience with the gang" names no partner of the
    talk. RETURNS the partner's word or None."""
    if prep_objects(verb, {"with", "between"}):
        return None
    for topic in prep_objects(verb, set(role_words("verb_partner_topics"))):
        owned = any(c.dep_ == "poss" for c in token_children(topic))
        if topic.pos_ == "NOUN" and not topic.ent_type_ and not owned:
            partner = next((o for o in prep_objects(topic, {"with"}) if _partner_word(o)), None)
            if partner is not None:
                return partner
    return None


def arrival_host(verb: Token, resolver: Resolves) -> Token | None:
    """The country an arrival verb's visitor arrives in (``argument_roles.yaml``
    ``arrival_hosts``: "the Chinese premier arrived in Japan"): the host of the visit
    (042). Only a country named as such, never a city ("arrived in Geneva" for a UN
    meeting names no host; a city's country is a guess). RETURNS its word or None."""
    if verb.lemma_.lower() not in role_words("arrival_hosts"):
        return None
    entity_at = getattr(resolver, "entity_at", None)  # the actor resolver's, not a stub's
    if entity_at is None:
        return None
    for place in prep_objects(verb, {"in", "at"}):
        ent = entity_at(place)
        if ent is not None and ent.type == "location" and ent.kind == "country":
            return place
    return None


def _partner_word(token: Token) -> bool:
    """Whether a "with" object may be a partner: not a date, not a helper ("with the help
    of X")."""
    return token.ent_type_ not in {"DATE", "TIME"} and not assisting(token)


def mutual_noun(noun: Token) -> bool:
    """Whether a noun is an act two parties do with each other (``argument_roles.yaml``
    ``mutual_nouns``: cooperation, collaboration, a pact)."""
    words = role_words("mutual_nouns")
    return noun.lemma_.lower() in words or noun.lower_ in words


def joint_undertaking(noun: Token, verb: Token) -> bool:
    """Whether a mutual noun (``argument_roles.yaml`` ``mutual_nouns``: cooperation,
    ties, a pact) is the object of a verb its coordinated subjects undertake together
    (``joint_undertakings``: "Bolivia and Paraguay deepened security cooperation"), not
    of a verb of attitude or report ("Peru and Chile criticised the pact": a pact with
    anyone) and not one that names its own partner ("cooperation with Brazil")."""
    if not mutual_noun(noun):
        return False
    if prep_objects(noun, RECIPROCAL_WITH | {"to", "toward", "towards"}):
        return False
    return verb.lemma_.lower() in role_words("joint_undertakings")


# prepositions that name the party a complement's act is done to or with: "agreed to
# cooperate *with* Colombia", "offered to send aid *to* Ecuador", "vowed to act *against*
# the gangs" (not "on", "into", "at": topics and places: "promised to crack down on
# contraband", "plans to invest in Peru")
COMPLEMENT_PREPS = {"with", "to", "against", "toward", "towards"}
PARTY_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
# "in protest against X": the nouns of an "in" phrase whose "against" is the act's target
PROTEST_FRAMES = {"protest", "retaliation", "reprisal", "revenge", "defiance", "opposition"}


def complement_target(
    verb: Token,
    protective: Collection[str] = frozenset(),
    protective_preps: Collection[str] = frozenset({"against"}),
) -> Token | None:
    """The target of the act a verb's to-infinitive complement names, for a verb that has
    none of its own: "Peru agreed to cooperate with Colombia" (Colombia), "Greece
    threatened to sink the Turkish ship" (the ship), "offered to send troops to Haiti"
    (Haiti): intent, agreement, offer and threat are directed at whom the intended act
    is. The complement must share the verb's subject (no subject of its own) and not be
    passive ("asked to be extradited"); a gerund complement of a verb that takes one as
    its object (``gerund_governors``) counts as one ("Japan denied breaking a pact with the
    US": the partner of the pact denied, targets27; not "agreed to resign leaving the
    cabinet", an adjunct). A
    ``protective`` complement's object is defended, not targeted ("vowed to defend
    Venezuela against aggression": only the object of ``protective_preps``). RETURNS the
    word or None."""
    gerund = verb.lemma_.lower() in role_words("gerund_governors")
    comp = next(
        (
            c
            for c in token_children(verb)
            if c.dep_ == "xcomp"
            and c.pos_ == "VERB"
            and (
                (gerund and c.tag_ == "VBG")
                or any(a.dep_ == "aux" and a.lower_ == "to" for a in token_children(c))
            )
        ),
        None,
    )
    if comp is None or any(
        c.dep_ in SUBJECT_DEPS | {"nsubjpass", "auxpass"} for c in token_children(comp)
    ):
        return None
    if comp.lemma_.lower() in protective:
        return _prep_object(comp, set(protective_preps))
    obj = next((c for c in token_children(comp) if c.dep_ in OBJECT_DEPS), None)
    if obj is None and (
        comp.lemma_.lower() in role_words("helping_verbs")
        or comp.lemma_.lower() in role_words("permitting_verbs")
    ):
        # "pledged its support to help Indonesia adjust": the helped party, which the
        # parser makes the subject of the helped act (targets27); "refused to allow
        # American planes to overfly": the party let act (sides35)
        obj = next(
            (
                s
                for c in token_children(comp)
                if c.dep_ in {"ccomp", "xcomp"}
                for s in token_children(c)
                if s.dep_ in SUBJECT_DEPS
            ),
            None,
        )
    if comp.lemma_.lower() in theme_words()[0] and not (obj is not None and assisting(obj)):
        # "agreed to send troops to the border": a moved theme, only "against" is a target
        # (aid sent goes to its recipient: "offered to send aid to Haiti")
        return _prep_object(comp, {"against"})
    if obj is not None and (
        obj.pos_ == "PROPN"
        or obj.ent_type_ in PARTY_ENTS
        or any(m.dep_ in {"amod", "compound"} and m.ent_type_ == "NORP" for m in obj.lefts)
    ):
        # a named party or a nationality's ("to block *Japanese* firms"); not a common
        # noun alone ("promised to add police officers", "to certify its own police": the
        # state's own forces, a domestic measure; "to join the Paris pact": a document)
        return obj
    # "offered to deepen cooperation *with Washington* against trafficking", "promised to
    # halt all trade *with South Africa*": the partner of a joint act's or a mutual noun's
    # (``mutual_nouns``: ties, pact, trade) comes first, then the complement's own (not
    # "connect rebel leaders with brokers": no joint act)
    if obj is not None and not (assisting(obj) or joint_meeting(obj) or mutual_noun(obj)):
        # another thing acted on: no party ("promised to return peace to this
        # municipality", "to connect rebel leaders with brokers"; the complement, when it
        # is a trigger itself, has its own event and target)
        return None
    partner = (_prep_object(obj, {"with"}) if obj is not None else None) or _prep_object(
        comp, COMPLEMENT_PREPS
    )
    if partner is not None and partner.ent_type_ not in {
        "DATE",
        "TIME",
        "MONEY",
        "PERCENT",
        "QUANTITY",
    }:
        return partner
    return None


def giving_party(verb: Token, taking: Collection[str], preps: Collection[str]) -> Token | None:
    """The named party a thing is taken from, for a taking verb with no party of its own:
    "accepted $6 million in contributions *from the Cali Cartel*", "refused to accept
    guarantees *from the Bank of Brazil*" (the verb or its to-infinitive complement of the
    same subject). The "from" phrase hangs on the verb or inside its object's phrase (no
    other clause between). Only a proper noun or party entity ("from local banks": none).
    RETURNS the word or None."""
    verbs = [
        verb,
        *(
            c
            for c in token_children(verb)
            if c.dep_ == "xcomp"
            and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in token_children(c))
            and not any(a.dep_ in SUBJECT_DEPS | {"nsubjpass"} for a in token_children(c))
        ),
    ]
    for v in verbs:
        if v.lemma_.lower() not in taking:
            continue
        objs = [c for c in token_children(v) if c.dep_ in {"dobj", "nsubjpass"}]
        if any(o.pos_ == "PROPN" or o.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} for o in objs):
            return None  # "accepted Brazil's offer": a party of its own
        heads = [
            v,
            *(
                t
                for o in objs
                for t in o.subtree
                if t.pos_ in {"NOUN", "NUM", "SYM"}
                and not any(a.pos_ in {"VERB", "AUX"} for a in _path(t, o))
            ),
        ]
        for h in heads:
            for party in prep_objects(h, set(preps)):
                if party.pos_ == "PROPN" or party.ent_type_ in {"PERSON", "ORG", "NORP"}:
                    return party
    return None


def _path(token: Token, top: Token) -> list[Token]:
    """The words from ``token`` up to (not including) ``top``, ``token`` itself first."""
    out = []
    while token.i != top.i and token.head.i != token.i:
        out.append(token)
        token = token.head
    return out


def shared_agent(verb: Token) -> Token | None:
    """The "by" agent of a passive participle coordinated right after a passive verb that
    has none of its own: "X was arrested and (later) imprisoned by Y", "was abducted,
    tortured and killed by Z" (the agent did every act of the series), when every
    participle is of one group of ``argument_roles.yaml`` ``agent_series`` ("was kidnapped
    and later freed by soldiers": the soldiers did not kidnap). Only across "and"
    with nothing but adverbs and commas between the participles, and only a conjunct with
    no subject or auxiliary of its own: "was arrested in May and extradited by the US",
    "was arrested and was later questioned by prosecutors" leave the arrest's agent
    unknown. RETURNS the agent's word or None."""
    lemma = verb.lemma_.lower()
    groups = [role_words("agent_series", g) for g in ("detention", "violence")]
    groups = [g for g in groups if lemma in g]
    if not groups or any(c.dep_ == "agent" for c in token_children(verb)):
        return None
    # the series: the participles after this one, each the conjunct of this one or of
    # another of the series ("abducted, tortured and killed": the parser hangs the last
    # on the first or on the second, and may read the second as an adverbial clause)
    series = [verb]
    for node in series:
        series += [
            c
            for c in token_children(node)
            if c.i > verb.i
            and (
                c.dep_ == "conj"
                or c.dep_ == "advcl"
                and c.i == node.i + 2
                and c.nbor(-1).lower_ == ","
            )
        ]
        if len(series) > 6:
            return None
    series.sort(key=lambda t: t.i)
    for prev, conj in zip(series, series[1:], strict=False):
        if (
            conj.tag_ != "VBN"
            or conj.pos_ != "VERB"
            or not any(conj.lemma_.lower() in g for g in groups)
            or any(
                c.dep_ in SUBJECT_DEPS | {"nsubjpass", "aux", "auxpass"}
                for c in token_children(conj)
            )
        ):
            return None
        between = [t for t in verb.doc[prev.i + 1 : conj.i] if t.head.i in {prev.i, conj.i}]
        if len(between) != conj.i - prev.i - 1 or any(
            t.dep_ not in {"cc", "advmod", "punct"} or t.dep_ == "cc" and t.lower_ != "and"
            for t in between
        ):
            return None  # a phrase of the earlier participle's own between them
        agent = _prep_object(conj, {"by"})
        if agent is not None:
            return agent
    return None


def performed_by(noun: Token) -> Token | None:
    """The "by" agent of a participle on an event noun that names who performed the act
    (``argument_roles.yaml`` ``performing_participles``): "the attack *carried out by* the
    Zetas", "the agreement *reached by* X and Y". Not a participle of others' say ("the
    raid ordered by a judge"). RETURNS the agent's word or None."""
    words = role_words("performing_participles")
    for c in token_children(noun):
        if c.dep_ != "acl" or c.tag_ != "VBN":
            continue
        lemma = c.lemma_.lower()
        particles = [p.lower_ for p in token_children(c) if p.dep_ == "prt"]
        if lemma not in words and not any(f"{lemma} {p}" in words for p in particles):
            continue
        agent = _prep_object(c, {"by"})
        if agent is not None:
            return agent
    uttering = role_words("uttering_participles")
    for obj in prep_objects(noun, {"of", "about", "over", "on", "against"}):
        # "criticism of West German policies voiced by Baker": the parser hangs the
        # participle on the noun's object, which no one voices (sides43)
        for c in token_children(obj):
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in uttering:
                agent = _prep_object(c, {"by"})
                if agent is not None:
                    return agent
    return None


def passive_conjunct(verb: Token) -> bool:
    """A verb coordinated with a passive one, with no subject, auxiliary or object of its
    own: passive too ("was arrested and extradited to the US"), for the verbs that always
    take an object (``argument_roles.yaml`` ``transitive_patients``): the tagger reads such
    a past form as VBD or VBN alike, and "was arrested and confessed" is no passive."""
    if verb.dep_ != "conj" or verb.tag_ not in {"VBN", "VBD"} or verb.pos_ != "VERB":
        return False
    head = verb.head
    if head.tag_ != "VBN" or not any(
        c.dep_ in {"auxpass", "nsubjpass"} for c in token_children(head)
    ):
        return False
    if any(
        c.dep_ in SUBJECT_DEPS | OBJECT_DEPS | {"nsubjpass", "aux", "auxpass", "ccomp", "xcomp"}
        for c in token_children(verb)
    ):
        return False
    verbs = role_words("transitive_patients")
    return verb.lemma_.lower() in verbs


def adverbial_patient(verb: Token) -> Token | None:
    """The patient of a bare participle clause of a verb that always takes an object
    (``argument_roles.yaml`` ``transitive_patients``): "*If convicted*, he could serve a
    life sentence" (the main clause's subject), "*with* Varon and Orlando both *captured*"
    (the absolute construction's subject; the tagger may read the participle as VBD). No
    auxiliary and no object of its own. RETURNS the patient's word or None."""
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBN", "VBD"} or verb.dep_ != "advcl":
        return None
    if verb.lemma_.lower() not in role_words("transitive_patients"):
        return None
    children = list(token_children(verb))
    if any(
        c.dep_ in OBJECT_DEPS | {"aux", "auxpass", "nsubjpass", "ccomp", "xcomp"} for c in children
    ):
        return None
    subject = next((c for c in children if c.dep_ in SUBJECT_DEPS), None)
    if any(c.dep_ == "mark" and c.lower_ == "with" for c in children):
        return subject  # "with X captured"
    if subject is not None or verb.tag_ != "VBN":
        return None
    # "If convicted, he ...", "Once arrested, the suspect ...": the main clause's subject,
    # after the fronted participle (not "the outlet reported it days after X had been
    # re-arrested": a clause the parser split)
    main = next(
        (c for c in token_children(verb.head) if c.dep_ in SUBJECT_DEPS | {"nsubjpass"}), None
    )
    return main if main is not None and main.i > verb.i else None


def gerund_patient(verb: Token) -> Token | None:
    """The patient of a passive gerund after a time or circumstance preposition
    (``argument_roles.yaml`` ``passive_gerund_preps``): the subject of the clause the
    phrase belongs to, "X was released *after being held* for a week", "the day after being
    indicted" (through a measure noun: "the day", "two weeks"); a relative pronoun stands
    for its noun (the resolver reads it). The gerund has no subject of its own. RETURNS the
    patient's word or None."""
    if (
        verb.dep_ != "pcomp"
        or verb.tag_ != "VBN"
        or not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in token_children(verb))
    ):
        return None
    prep = verb.head
    if prep.dep_ != "prep" or prep.lower_ not in role_words("passive_gerund_preps"):
        return None
    host = prep.head
    if host.dep_ == "npadvmod" and host.pos_ == "NOUN":
        host = host.head  # "the day after being indicted": the measure's verb
    if host.pos_ not in {"VERB", "AUX"}:
        return None
    return next((c for c in token_children(host) if c.dep_ in SUBJECT_DEPS | {"nsubjpass"}), None)


def course_host(noun: Token) -> Token | None:
    """The verb an event noun is the course of (``argument_roles.yaml`` ``course_of_act``):
    the noun (or the noun it is compounded on: "in *bombing* raids") as the object of "in"
    on a verb, or on the verb's direct object, where the parser often hangs the phrase
    ("killed 150 people in bombing raids"). Not a noun naming its own participants ("in
    the killing of X", "in an attack by Y"). Whether the verb's act is of the same kind is
    the coder's check (:func:`kindred_codes`). RETURNS the verb or None."""
    node = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun
    if node.dep_ != "pobj" or node.head.lower_ not in role_words("course_of_act", "prepositions"):
        return None
    if prep_objects(noun, {"of", "by"}) or (node is not noun and prep_objects(node, {"of", "by"})):
        return None
    host = node.head.head
    if host.pos_ == "NOUN" and host.dep_ == "dobj":
        host = host.head
    return host if host.pos_ == "VERB" else None


def course_agent(verb: Token) -> Token | None:
    """Who does ``verb``'s act: its subject (or the subject it shares: "farmers took their
    tractors to the roads and blocked ..."), a passive verb's "by" agent only (a participle
    with no "have" too: "a dozen people killed in a massacre" — the people were killed,
    whatever the parser made of them)."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in token_children(verb)) or (
        verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in token_children(verb))
    ):
        return _prep_object(verb, {"by"})
    subject = next((c for c in token_children(verb) if c.dep_ in SUBJECT_DEPS), None)
    return subject or misparsed_subject(verb) or inherited_subject(verb)


def kindred_codes(code: str, other: str) -> bool:
    """Whether two CAMEO codes are acts of the same kind: the same root, or both uses of
    force (``argument_roles.yaml`` ``course_of_act`` ``kindred_roots``)."""
    force = role_words("course_of_act", "kindred_roots")
    return code[:2] == other[:2] or (code[:2] in force and other[:2] in force)


def reduced_passive(verb: Token) -> bool:
    """A participle heading its clause with no auxiliary and no object, after a subject
    (or a name the parser hung on it): the passive of headlines ("Gang Leader Arrested in
    Honduras"). Not "Police Arrested Gang Leader" (an object) nor "have arrested"."""
    if verb.tag_ != "VBN" or verb.dep_ != "ROOT":
        return False
    if any(
        c.dep_ in {"aux", "auxpass", "nsubjpass", "agent"}
        or c.dep_ in OBJECT_DEPS
        or c.dep_ == "ccomp"
        for c in token_children(verb)
    ):
        return False
    return any(
        c.dep_ in SUBJECT_DEPS or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in verb.lefts
    )


def misparsed_subject(verb: Token) -> Token | None:
    """A proper noun hung on the verb as ``compound`` ("President Trump contemplates")."""
    return next((c for c in verb.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), None)


def inherited_subject(verb: Token) -> Token | None:
    """Subject of a coordinated, controlled or embedded verb.

    "X vowed to defend", "X struck and sank", "members who terrorized" (the modified
    noun), "X is accused of providing" (the accused), "agencies are on alert, monitoring"
    and "cartels, cornered, may attempt to strike" (a subject the parser gave to the
    preceding sibling clause).
    """
    head = verb
    coordinated = False
    for _ in range(5):
        if head.head == head:
            return None
        dep = head.dep_
        if dep == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in token_children(head)
        ):
            # "a plan to boost demand as pledged at the accord": a clause of reference
            # has no controller in the clause it refers from
            return None
        if dep == "prep":
            pass
        elif (
            dep == "advmod"
            and head.lower_ in role_words("framing_meetings", "compound_before")
            and any(
                c.dep_ == "prep"
                and c.lower_ in role_words("framing_meetings", "compound_before_preps")
                for c in token_children(head)
            )
        ):
            # "Prior to negotiating a loan with X, Chrysler sold ...", "ahead of meeting Y":
            # a compound preposition meaning "before" heads the gerund clause as "before"
            # does; its subject is the clause's (sides42)
            pass
        elif dep not in CONTROL_DEPS:
            return None
        if dep in {"acl", "relcl"} and (agent := undertaker(head)) is not None:
            # "marines mounted an operation to capture X", "the army's plan to attack":
            # who undertakes the operation or plan acts in its infinitive
            return agent
        if dep in {"acl", "relcl"}:
            return head.head
        parent = head.head
        if (
            dep == "xcomp"
            and parent.dep_ == "acomp"
            and any(c.lower_ == "to" and c.dep_ == "aux" for c in token_children(head))
        ):
            # "Reagan was ready to impose", "the EU is keen to negotiate", "Canada is
            # prepared to make concessions": the subject of the copula the adjective
            # complements acts in its infinitive (control and raising adjectives alike);
            # not an expletive ("it is likely to take months")
            subj = adjective_subject(parent)
            if subj is not None:
                return subj
            head = parent
            continue
        if dep == "pcomp":
            # "accused X of providing" / "X is accused of providing": the accused
            governor = parent.head
            accused = next(
                (c for c in token_children(governor) if c.dep_ in {"nsubjpass", "dobj"}), None
            )
            if accused is not None and parent.lower_ in {"of", "for", "with"}:
                return accused
        if dep == "ccomp":
            sibling = next(
                (
                    s
                    for c in token_children(parent)
                    if c.dep_ == "ccomp" and c.i < head.i
                    for s in token_children(c)
                    if s.dep_ in SUBJECT_DEPS
                ),
                None,
            )
            own = next((c for c in token_children(head) if c.dep_ in SUBJECT_DEPS), None)
            return own or sibling
        node, head = head, parent
        coordinated = coordinated or dep == "conj"
        if (
            dep in {"xcomp", "advcl"}
            and not coordinated
            and head.lemma_.lower() in object_control_verbs()
            and any(c.lower_ == "to" and c.dep_ == "aux" for c in token_children(node))
        ):
            # (not through a conjunct: "ordered the army to prepare ... and accused X" is
            # often the parser's attachment of the second clause to the infinitive)
            # "urged the mayor to resign", "gave Maduro until Oct. 15 to step down": the
            # object of an object-control verb is who acts in its infinitive
            obj = next((c for c in token_children(head) if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
        if (
            dep in {"xcomp", "advcl"}
            and not coordinated
            and any(c.lower_ == "to" and c.dep_ == "aux" for c in token_children(node))
        ):
            # "called on Reagan to retaliate", "appealed to the rebels to release": the
            # addressee of a prepositional object-control verb acts in its infinitive
            preps = object_control_preps().get(head.lemma_.lower()) or set()
            # the preposition right after the verb ("called on X"), not "On Nov. 18, X
            # called Y to ..." nor "called Y on Wednesday to ..."
            addressee = next(
                (
                    o
                    for p in token_children(head)
                    if p.dep_ == "prep" and p.lower_ in preps and p.i == head.i + 1
                    for o in token_children(p)
                    if o.dep_ == "pobj" and o.ent_type_ not in {"DATE", "TIME"}
                ),
                None,
            )
            if addressee is not None:
                return addressee
        subj = next((c for c in token_children(head) if c.dep_ in SUBJECT_DEPS), None)
        if (
            subj is None
            and dep == "xcomp"
            and any(c.lower_ == "to" and c.dep_ == "aux" for c in token_children(node))
        ):
            # "officials have been known to attack", "X was forced to release": a passive
            # verb's subject controls its infinitive (raising, object control); not a
            # participle ("was reported killed": the subject is the victim)
            subj = next((c for c in token_children(head) if c.dep_ == "nsubjpass"), None)
        if subj is not None:
            return subj
    return None


EXPLETIVES = {"it", "this", "that", "there", "what", "which"}


def hands_agent(token: Token) -> Token | None:
    """The agent of an "at the hands of X" phrase on the word ("was killed at the hands
    of the Zetas", "the murder of X at the hands of police"). RETURNS X's word or None."""
    for p in token_children(token):
        if p.dep_ != "prep" or p.lower_ not in {"at", "by"}:
            continue
        hands = next(
            (o for o in token_children(p) if o.dep_ == "pobj" and o.lower_ == "hands"), None
        )
        if hands is not None and (agent := _prep_object(hands, {"of"})) is not None:
            return agent
    return None


def undertaker(verb: Token) -> Token | None:
    """Who acts in the infinitive of an undertaking noun (``argument_roles.yaml``
    ``undertaking_nouns``: "an operation to capture X", "a plan to attack", "efforts to
    dismantle"): the noun's possessor, else the subject of the verb it is the object of
    ("marines mounted an operation to ..."), else that verb's "by" agent ("an offensive
    to retake the town was launched by the army"). The parser may read the infinitive as
    a relative clause ("After meeting X, marines mounted an operation to capture Y").
    RETURNS the agent's word or None."""
    if verb.dep_ not in {"acl", "relcl"} or not any(
        c.lower_ == "to" and c.dep_ == "aux" for c in token_children(verb)
    ):
        return None
    noun = verb.head
    nouns = role_words("undertaking_nouns")
    if noun.pos_ != "NOUN" or (noun.lemma_.lower() not in nouns and noun.lower_ not in nouns):
        return None
    poss = next((c for c in token_children(noun) if c.dep_ == "poss"), None)
    governor = noun.head
    if poss is not None and not (
        poss.pos_ == "PRON"
        and noun.dep_ == "dobj"
        and any(c.dep_ in SUBJECT_DEPS for c in token_children(governor))
    ):
        return poss
    if noun.dep_ == "dobj":
        # "the military stepped up its efforts to destroy airstrips": a possessive
        # pronoun on the object is the subject's own

        return (
            next((c for c in token_children(governor) if c.dep_ in SUBJECT_DEPS), None)
            or misparsed_subject(governor)
            or inherited_subject(governor)
        )
    if noun.dep_ == "nsubjpass":
        return _prep_object(governor, {"by"})
    return None


def adjective_subject(adjective: Token) -> Token | None:
    """The subject of the copula an adjective complements ("*Reagan* was ready"), None for
    an expletive or a relative word ("it is likely", "which is keen")."""
    copula = adjective.head
    subj = next((c for c in token_children(copula) if c.dep_ in SUBJECT_DEPS | {"nsubjpass"}), None)
    if subj is None or subj.lower_ in EXPLETIVES:
        return None
    if subj.pos_ == "NOUN" and (
        subj.lemma_.lower() in patient_nouns() or subj.lower_ in patient_nouns()
    ):
        return None  # "his capture is unlikely to disrupt": an act, not who acts
    return subj


def prep_objects(token: Token, preps: set[str]) -> list[Token]:
    """RETURNS the objects of the token's prepositions in ``preps``, in order."""
    return [
        o
        for p in token_children(token)
        if p.dep_ in {"prep", "agent", "dative"} and p.lower_ in preps
        for o in token_children(p)
        if o.dep_ == "pobj"
    ]


# the links inside a target phrase down to the goods or people it is about: "300 mln
# dlrs *in* sanctions *on* Japanese goods", "a range *of* Japanese goods" (targets46)
PHRASE_LINKS = frozenset({"of", "in", "on", "against", "from"})


def phrase_nouns(noun: Token, depth: int = 3) -> list[Token]:
    """RETURNS the common nouns a target phrase leads to through its prepositions
    (:data:`PHRASE_LINKS`; "in" only from an amount) and their conjuncts, nearest first,
    ``depth`` links at most: "300 mln dlrs in sanctions on Japanese goods" → sanctions,
    goods. Never the head itself, never a clause (a relative or participle clause is
    another act's)."""
    out: list[Token] = []
    frontier = [noun]
    for _ in range(depth):
        found = [
            n
            for head in frontier
            for obj in prep_objects(
                head, set(PHRASE_LINKS if _counted(head) else PHRASE_LINKS - {"in"})
            )
            if obj.pos_ == "NOUN"
            for n in (obj, *(c for c in obj.conjuncts if c.i > obj.i and c.pos_ == "NOUN"))
        ]
        out.extend(found)
        frontier = found
    return out


def _counted(noun: Token) -> bool:
    """Whether a noun is an amount ("84 mln *dlrs* in sanctions"): only an amount's "in"
    names what it is of ("progress *in* the fight against X" is no amount of a fight)."""
    return noun.ent_type_ in {"MONEY", "QUANTITY", "CARDINAL"} or any(
        c.dep_ == "nummod" for c in token_children(noun)
    )


def nationality_owner(noun: Token) -> Token | None:
    """RETURNS the nationality adjective on a common noun ("*Japanese* goods", "*Iraqi*
    lines"): the country the thing belongs to; None when it carries none."""
    return next(
        (
            c
            for c in token_children(noun)
            if c.dep_ in {"amod", "compound", "nmod"} and c.i < noun.i and c.ent_type_ == "NORP"
        ),
        None,
    )


def victim_frame(verb: Token, obj: Token) -> bool:
    """A stance on harm done to others ("marched to protest violence against migrants",
    "condemned attacks on journalists"): the harm's "against" / "on" names its victims, not
    whom the protest or condemnation is directed at (``argument_roles.yaml``
    ``victim_frames``)."""
    return obj.lemma_.lower() in role_words(
        "victim_frames", "nouns"
    ) and verb.lemma_.lower() in role_words("victim_frames", "verbs")


def stance_victim(verb: Token, word: Token) -> bool:
    """Whether ``word`` (or the first conjunct it is coordinated with) is the victim named
    in the harm noun a stance verb takes as its object (:func:`victim_frame`): "protest
    violence against *migrants*"."""
    word = first_conjunct(word)
    if word.dep_ != "pobj" or word.head.dep_ != "prep":
        return False
    harm = word.head.head
    return harm.head.i == verb.i and harm.dep_ in OBJECT_DEPS and victim_frame(verb, harm)


def _prep_object(token: Token, preps: set[str]) -> Token | None:
    for p in token_children(token):
        if p.dep_ in {"prep", "agent", "dative"} and p.lower_ in preps:
            obj = next((o for o in token_children(p) if o.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


PHRASE_STOP = {"relcl", "acl", "advcl", "conj", "cc", "punct", "appos"}


def _phrase_end(token: Token, depth: int = 0) -> Token:
    """The last word of the token's phrase, stopping at clauses, conjuncts and appositions
    at any depth ("a camp in Venezuela, which ..." ends at "Venezuela")."""
    right = token
    for c in token.rights:
        if c.dep_ in PHRASE_STOP or depth > 6:
            break
        right = _phrase_end(c, depth + 1)
    return right


def arg_span(token: Token | None) -> dict | None:
    """The argument's noun phrase as a span: the head word with its modifiers and
    prepositional phrases ("a military base in northeast Nigeria"), without relative or
    participial clauses and without the other conjuncts."""
    if token is None:
        return None
    right = _phrase_end(token)
    left = token
    for c in token.lefts:
        if c.dep_ not in {"punct", "cc", "conj"}:
            left = c.left_edge
            break
    doc = token.doc
    while right.i > token.i and right.is_punct:
        right = doc[right.i - 1]
    start, end = left.idx, right.idx + len(right.text)
    # Doc.text rebuilds the whole text on every access: slice the span instead
    return {"start": start, "end": end, "text": doc[left.i : right.i + 1].text}


@lru_cache(maxsize=1)
def argument_roles() -> dict:
    """The shipped ``argument_roles.yaml``, read once per process (the frames below and
    :func:`watchfloor.extract.events.senses.expectation_verbs` read their lists from it)."""
    from watchfloor.data import read_yaml

    path = Path(str(resources.files("watchfloor.data.events").joinpath("argument_roles.yaml")))
    return read_yaml(path) or {}


@lru_cache(maxsize=1)
def _general_determiners() -> frozenset[str]:
    """``nonacts.yaml``'s ``general_determiners`` ("any", "every", "all"), read once per
    process here: importing :mod:`.nonacts` from this module would close an import cycle
    (nonacts → commercial → resolver → actors → article_country → arguments)."""
    from watchfloor.data import read_yaml

    path = Path(str(resources.files("watchfloor.data.events").joinpath("nonacts.yaml")))
    data = read_yaml(path) or {}
    return frozenset(str(w).lower() for w in data.get("general_determiners") or [])


@cache
def role_words(key: str, part: str | None = None) -> frozenset[str]:
    """RETURNS the shipped word list ``key`` of ``argument_roles.yaml`` (or the list
    ``part`` of the frame ``key``), lower-cased, built once per process: the frames' tests
    run for every candidate word of every event."""
    data = argument_roles().get(key) or ({} if part else [])
    if part is not None:
        data = data.get(part) or []
    return frozenset(str(w).lower() for w in data)


@lru_cache(maxsize=1)
def participation_frames() -> tuple[frozenset[str], frozenset[str]]:
    """RETURNS the shipped participation prepositions and verbs (``argument_roles.yaml``)."""
    data = argument_roles().get("participation") or {}
    return (
        frozenset(str(p).lower() for p in data.get("prepositions") or []),
        frozenset(str(v).lower() for v in data.get("verbs") or []),
    )


@lru_cache(maxsize=1)
def agent_nouns() -> dict[str, str]:
    """RETURNS the shipped role nouns the actor dictionaries lack, lemma → role code
    (``argument_roles.yaml`` ``agent_nouns``: "killed by a lone assassin" → CRM)."""
    data = argument_roles().get("agent_nouns") or {}
    return {str(k).lower(): str(v) for k, v in data.items()}


@lru_cache(maxsize=1)
def theme_words() -> tuple[frozenset[str], frozenset[str]]:
    """RETURNS the shipped verbs and nouns whose object is moved, not acted on
    (``argument_roles.yaml`` ``theme``)."""
    data = argument_roles().get("theme") or {}
    return (
        frozenset(str(v).lower() for v in data.get("verbs") or []),
        frozenset(str(v).lower() for v in data.get("nouns") or []),
    )


@lru_cache(maxsize=1)
def confrontation_frame() -> dict[str, set[str]]:
    """RETURNS the shipped confrontation nouns, their prepositions and the prepositions of
    the other side (``argument_roles.yaml`` ``confrontation``)."""
    data = argument_roles().get("confrontation") or {}
    return {
        k: {str(w).lower() for w in data.get(k) or []} for k in ("prepositions", "nouns", "agents")
    }


@lru_cache(maxsize=1)
def confrontation_parties() -> frozenset[str]:
    """RETURNS the shipped two-sided fight nouns (``argument_roles.yaml``
    ``confrontation_parties``)."""
    return frozenset(str(v).lower() for v in argument_roles().get("confrontation_parties") or [])


@lru_cache(maxsize=1)
def responsibility_frame() -> dict[str, frozenset[str]]:
    """RETURNS the shipped responsibility adjectives, nouns and verbs
    (``argument_roles.yaml`` ``responsibility``)."""
    data = argument_roles().get("responsibility") or {}
    return {
        k: frozenset(str(w).lower() for w in data.get(k) or [])
        for k in ("adjectives", "nouns", "verbs")
    }


@lru_cache(maxsize=1)
def patient_nouns() -> frozenset[str]:
    """RETURNS the shipped event nouns whose possessor undergoes the act
    (``argument_roles.yaml`` ``patient_nouns``)."""
    return role_words("patient_nouns")


@lru_cache(maxsize=1)
def attribution_frame() -> tuple[frozenset[str], frozenset[str]]:
    """RETURNS the shipped attribution prepositions and verbs (``argument_roles.yaml``
    ``attribution``)."""
    data = argument_roles().get("attribution") or {}
    return (
        frozenset(str(p).lower() for p in data.get("prepositions") or []),
        frozenset(str(v).lower() for v in data.get("verbs") or []),
    )


@lru_cache(maxsize=1)
def request_frame() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """RETURNS the shipped request nouns, the verbs answering them and the part words
    (``argument_roles.yaml`` ``requests``)."""
    data = argument_roles().get("requests") or {}
    return tuple(
        frozenset(str(w).lower() for w in data.get(k) or [])  # type: ignore
        for k in ("nouns", "verbs", "parts")
    )


@lru_cache(maxsize=1)
def addressee_preps() -> dict[str, set[str]]:
    """RETURNS the shipped requesting verbs and the prepositions of their addressee
    (``argument_roles.yaml`` ``addressee``)."""
    return {
        str(v).lower(): {str(p).lower() for p in preps}
        for v, preps in (argument_roles().get("addressee") or {}).items()
    }


@lru_cache(maxsize=1)
def telling_verbs() -> frozenset[str]:
    """RETURNS the shipped verbs whose person told the parser may read as a compound
    (``argument_roles.yaml`` ``telling_verbs``)."""
    return role_words("telling_verbs")


@lru_cache(maxsize=1)
def investigating_verbs() -> frozenset[str]:
    """RETURNS the shipped verbs whose event-noun object's victims are not their target
    (``argument_roles.yaml`` ``investigating``)."""
    return role_words("investigating")


@lru_cache(maxsize=1)
def symmetric_verbs() -> frozenset[str]:
    """RETURNS the shipped verbs whose coordinated subjects act on each other
    (``argument_roles.yaml`` ``symmetric``)."""
    return role_words("symmetric")


@lru_cache(maxsize=1)
def attitude_verbs() -> frozenset[str]:
    """RETURNS the shipped verbs whose object event is someone else's act
    (``argument_roles.yaml`` ``attitude``)."""
    return role_words("attitude")


@lru_cache(maxsize=1)
def ownership_verbs() -> dict[str, set[str]]:
    """RETURNS the shipped ownership participles and their prepositions
    (``argument_roles.yaml`` ``ownership``)."""
    return {
        str(v).lower(): {str(p).lower() for p in preps}
        for v, preps in (argument_roles().get("ownership") or {}).items()
    }


@lru_cache(maxsize=1)
def object_control_preps() -> dict[str, set[str]]:
    """RETURNS the shipped prepositional object-control verbs and the prepositions of
    their addressee (``argument_roles.yaml`` ``object_control_preps``)."""
    return {
        str(v).lower(): {str(p).lower() for p in preps}
        for v, preps in (argument_roles().get("object_control_preps") or {}).items()
    }


@lru_cache(maxsize=1)
def object_control_verbs() -> frozenset[str]:
    """RETURNS the shipped object-control verbs (``argument_roles.yaml``)."""
    return role_words("object_control")


def acting_for(token: Token | None) -> bool:
    """Whether ``token`` names whom an act is done FOR ("signed the accord on *Malaysia's*
    behalf", "on behalf of *Thailand*", ``argument_roles.yaml`` ``principal_nouns``): the
    principal, never the party the act is directed at (objects44)."""
    if token is None:
        return False
    token = first_conjunct(token)
    principal = role_words("principal_nouns")
    if token.dep_ == "poss":
        return token.head.lemma_.lower() in principal
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lemma_.lower() in principal
    )


def vetoed_chamber(token: Token, code: str) -> tuple[Token | None, Token | None]:
    """The legislature a veto (``argument_roles.yaml`` ``vetoed_chambers``) is cast against,
    with whether it is the subject of the overriding verb: RETURNS (chamber, overrider).

    "The Senate voted to override the president's *veto*": the Senate (the overrider, who
    is never the veto's source); "*vetoed* the farm bill passed by Congress": Congress, the
    agent of the participle that passed the vetoed bill. (None, None) where no such word
    is in the sentence (objects44)."""
    if code not in role_words("vetoed_chambers", "codes"):
        return None, None
    overriding = role_words("vetoed_chambers", "overriding")
    if token.pos_ != "VERB" and token.dep_ in OBJECT_DEPS:
        verb = token.head
        if verb.lemma_.lower() in overriding:
            while verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"}:
                verb = verb.head  # "the House voted to override the veto"
            subject = next((c for c in token_children(verb) if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                return subject, subject
    if token.pos_ != "VERB":
        for word in token.subtree:
            if word.i < token.i and word.dep_ == "compound" and word.lower_ in overriding:
                # "the Senate overrode Reagan's veto", parsed as one noun phrase: the
                # chamber the parser hung on the verb it read as a noun
                chamber = next((c for c in word.lefts if c.dep_ == "compound"), None)
                if chamber is not None:
                    return chamber, chamber
    bills = (
        [c for c in token_children(token) if c.dep_ in OBJECT_DEPS]
        if token.pos_ == "VERB"
        else prep_objects(token, {"of"})
    )
    passing = role_words("vetoed_chambers", "passing")
    general = _general_determiners()
    for bill in bills:
        if any(d.dep_ == "det" and d.lower_ in general for d in token_children(bill)):
            continue  # "would veto any tax rise passed by Congress": a stance (nonacts.yaml)
        for participle in token_children(bill):
            if participle.dep_ == "acl" and participle.lemma_.lower() in passing:
                agent = _prep_object(participle, {"by"})
                if agent is not None:
                    return agent, None
    return None, None
