"""Word senses from the trigger's own arguments: "charge fees" is no arrest.

Place in the flow: inside the event extractor (:mod:`.coder`), after a trigger word is
matched in the lexicon and before its code is refined by the lexicon's sentence patterns.
The table ``watchfloor/data/events/senses.tsv`` (with its provenance) lists, per lemma and
part of speech, which object, object modifier, noun modifier, particle, clausal complement
or prepositional object puts the word in another sense: ``none`` (not an event: "met its
goal", "agreed to buy a unit", "a tender offer") or a CAMEO code ("retaliation over
microchips" reduces relations, 160). The sense is read from the parse around the trigger
only, never from the rest of the sentence.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from watchfloor.extract.doccache import token_children

NO_EVENT = "none"
RELATIONS = {
    "obj",
    "obj_mod",
    "mod",
    "particle",
    "xcomp",
    "comp_mark",
    "prep_obj",
    "obj_prep_obj",
    "gov",
    "subj_alone",
    "intransitive",
    "acomp",
    "prep_word",
    "quoted",
    "prep_comp_obj",
    "passive_adjunct",
    "opinion_comp",
    "comp_obj",
    "member_of",
    "aim_of",
    "joint_xcomp",
    "joint_comp",
    "of_obj",
    "purpose_of",
    "acl_agent",
    "noun_inf",
    "settled_form",
    "venue_obj",
}
PARTY_ENTS = {"ORG", "GPE", "NORP", "PERSON"}  # a named party acted on
JOINT = {"both", "two", "three", "four", "five", "six", "seven"}  # "the two sides agreed"
ANY = "*"  # the words of an ``intransitive`` row: the relation alone decides
OBJ_DEPS = {"dobj", "attr", "oprd", "nsubjpass", "dative"}
MOD_DEPS = {"compound", "amod", "poss", "nmod"}
VENUE_PREPS = {"at", "during"}  # "agreed at the summit": where an act was done
QUOTE_MARKS = {'"', "''", "”", "'"}
QUANTITY = {"most", "part", "portion", "rest", "number", "dozen", "hundred", "thousand"}


@dataclass(frozen=True, slots=True)
class Sense:
    relation: str
    words: frozenset[str]
    sense: str  # NO_EVENT or a CAMEO code
    provenance: str


class SenseTable:
    """``(lemma, pos) -> [Sense]`` from ``senses.tsv``; the first matching row decides."""

    def __init__(self, rows: dict[tuple[str, str], list[Sense]]) -> None:
        self.rows = rows

    @classmethod
    def from_text(cls, text: str) -> SenseTable:
        lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
        rows: dict[tuple[str, str], list[Sense]] = {}
        for rec in csv.DictReader(lines, delimiter="\t"):
            relation = rec["relation"].strip()
            if relation not in RELATIONS:
                raise ValueError(f"senses.tsv: unknown relation {relation!r} for {rec['lemma']}")
            words = frozenset(w.strip().lower() for w in rec["words"].split(",") if w.strip())
            key = (rec["lemma"].strip().lower(), rec["pos"].strip().upper())
            rows.setdefault(key, []).append(
                Sense(relation, words, rec["sense"].strip(), rec["provenance"].strip())
            )
        return cls(rows)

    def sense(self, token: Token) -> str | None:
        """RETURNS ``"none"`` (not an event), a CAMEO code, or None (the table has no
        opinion: the lexicon's code and patterns decide)."""
        rows = self.rows.get((token.lemma_.lower(), token.pos_))
        if not rows:
            return None
        for row in rows:
            related = _related(token, row.relation)
            if related & row.words or (ANY in row.words and related):
                return row.sense
        return None


def _related(token: Token, relation: str) -> set[str]:
    """The lemmas standing in ``relation`` to ``token``."""
    if relation == "obj":
        return {c.lemma_.lower() for c in _objects(token)}
    if relation == "obj_mod":
        return {
            m.lemma_.lower()
            for o in _objects(token)
            for m in token_children(o)
            if m.dep_ in MOD_DEPS
        }
    if relation == "mod":
        return {m.lemma_.lower() for m in token_children(token) if m.dep_ in MOD_DEPS}
    if relation == "particle":
        return {c.lower_ for c in token_children(token) if c.dep_ == "prt" and c.i > token.i}
    if relation == "xcomp":  # the lemma, and the lemma with its particle ("rule out")
        words: set[str] = set()
        for c in token_children(token):
            if c.dep_ == "xcomp":
                words.add(c.lemma_.lower())
                words.update(
                    f"{c.lemma_.lower()} {p.lower_}"
                    for p in token_children(c)
                    if p.dep_ == "prt" and p.i > c.i
                )
        return words
    if relation == "comp_mark":  # "recognized that the state ...": the complement's marker
        return {
            m.lower_
            for c in token_children(token)
            if c.dep_ == "ccomp" and c.i > token.i
            for m in token_children(c)
            if m.dep_ == "mark" or m.tag_ in {"WDT", "WRB", "WP"}
        }
    if relation == "gov":  # "pose a threat": the verb whose object the trigger noun is
        if token.dep_ in OBJ_DEPS and token.head.i != token.i:
            return {token.head.lemma_.lower()}
        return set()
    if relation == "intransitive":  # "the ferry sank": no object, no agent
        if _objects(token) or any(c.dep_ == "agent" for c in token_children(token)):
            return set()
        return {ANY}
    if relation == "subj_alone":  # "the board will meet": a body's own meeting
        if _objects(token) or any(
            c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in token_children(token)
        ):
            return set()
        subjects = {c.lemma_.lower() for c in token_children(token) if c.dep_ == "nsubj"}
        if token.dep_ == "acl" and token.tag_ == "VBG":  # "the board, meeting here"
            subjects.add(token.head.lemma_.lower())
        return subjects
    if relation == "acomp":  # "pleaded guilty": an adjective complement; "pleaded not
        # guilty" reads "not guilty" (roots35: an admission and a denial are two codes)
        return {
            ("not " if _negated(c, token) else "") + c.lemma_.lower()
            for c in token_children(token)
            if c.dep_ in {"acomp", "oprd"}
        }
    if relation == "venue_obj":  # "agreed at the summit to adopt rules", "the plans
        # agreed at the Lisbon summit": the object of an "at" / "during" phrase of the verb,
        # the meeting where the act was done (not "agreed to a summit": a meeting to hold)
        return {
            o.lemma_.lower()
            for p in token_children(token)
            if p.dep_ == "prep" and p.lower_ in VENUE_PREPS
            for o in token_children(p)
            if o.dep_ == "pobj"
        }
    if relation == "prep_word":  # "talked about the elections": the preposition itself,
        # when no "with" / "between" names a party talked with
        preps = {c.lower_ for c in token_children(token) if c.dep_ == "prep"}
        return set() if preps & {"with", "between"} else preps
    if relation == "quoted":  # '"Exports are weak," agreed a banker': the verb follows the
        # quotation it introduces (a clausal complement before it): a reporting use
        # (or, when a long quotation is parsed apart, a closing quotation mark of the verb
        # followed by its subject: '..., " Beltrame complained')
        return (
            {ANY}
            if any(c.dep_ == "ccomp" and c.i < token.i for c in token_children(token))
            or _after_quote(token)
            else set()
        )
    if relation == "opinion_comp":  # "agreed that the reform was necessary": a clausal
        # complement after the verb whose verb is a copula with no modal (a view, not a
        # commitment: "agreed that troops would withdraw" has its modal)
        return (
            {ANY}
            if any(
                c.dep_ == "ccomp"
                and c.i > token.i
                and c.lemma_.lower() == "be"
                and any(k.dep_ in {"acomp", "attr"} for k in token_children(c))
                and not any(k.dep_ == "aux" and k.tag_ == "MD" for k in token_children(c))
                for c in token_children(token)
            )
            else set()
        )
    if relation == "settled_form":  # "the changes agreed last month", "as agreed by OPEC",
        # "the terms were agreed": a past participle naming the thing settled (a reduced
        # relative on its noun, an "as" clause, a passive with its subject) reports the
        # matter as already settled, not a pledge to act
        return {ANY} if _settled_form(token) else set()
    if relation == "passive_adjunct":  # "Asked whether ..., the minister said": a passive
        # participle adjunct with no subject of its own; its agent goes unnamed
        return (
            {ANY}
            if (
                token.tag_ == "VBN"
                and token.dep_ == "advcl"
                and not any(
                    c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in token_children(token)
                )
            )
            else set()
        )
    if relation == "prep_comp_obj":  # "banned from doing business": the object of a gerund
        return {
            o.lemma_.lower()
            for p in token_children(token)
            if p.dep_ == "prep"
            for g in token_children(p)
            if g.dep_ == "pcomp"
            for o in token_children(g)
            if o.dep_ in OBJ_DEPS
        }
    if relation == "comp_obj":  # "proposing to permit coverage of freight costs",
        # "proposals to freeze farm prices": the objects of the measure proposed (the
        # head of a to-infinitive complement and of its conjoined verbs), and their "of"
        # objects. A proposal with a possessor is one actor's offer to another ("submitted
        # to Congress its proposals to cut payments", "Manila's proposal to pay interest"):
        # no relation, the event stays
        if token.pos_ == "NOUN" and any(c.dep_ == "poss" for c in token_children(token)):
            return set()
        verbs = [
            c
            for c in token_children(token)
            if c.dep_ in {"xcomp", "acl"}
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in token_children(c))
        ]
        verbs += [k for v in verbs for k in token_children(v) if k.dep_ == "conj"]
        objs = [o for v in verbs for o in token_children(v) if o.dep_ in OBJ_DEPS]
        objs += [
            x
            for o in objs
            for p in token_children(o)
            if p.dep_ == "prep" and p.lower_ == "of"
            for x in token_children(p)
            if x.dep_ == "pobj"
        ]
        return {o.lemma_.lower() for o in objs}
    if relation == "member_of":  # "the Japanese delegation to the GATT talks": the noun
        # whose "to" / "at" phrase names the trigger noun (the people sent to a forum)
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in {"to", "at"} and head.head.pos_ == "NOUN":
            return {head.head.lemma_.lower()}
        return set()
    if relation == "joint_xcomp":  # "France and Yugoslavia agreed to set up a commission",
        # "Bolivia agreed with Peru to create a fund": an open complement agreed by two or
        # more named parties together (coordinated subjects, a "with" partner, "both"),
        # when the complement acts on no named third party
        xcomps = [c for c in token_children(token) if c.dep_ == "xcomp"]
        if not xcomps or any(
            o.ent_type_ in PARTY_ENTS
            for x in xcomps
            for o in token_children(x)
            if o.dep_ in OBJ_DEPS | {"dative"}
        ):
            return set()  # "Egypt and Norway agreed to help OPEC": each pledges to a third
        return {ANY} if _joint(token) else set()
    if relation == "joint_comp":  # "the United States, Japan and Canada agreed that their
        # currencies were within ranges": a that-clause agreed by parties together (no
        # to-infinitive, no modal: "agreed that troops would withdraw" is a pledge its
        # verb's patterns code), an accord reached
        return (
            {ANY}
            if (
                not any(c.dep_ == "xcomp" for c in token_children(token))
                and any(
                    c.dep_ == "ccomp"
                    and c.i > token.i
                    and not any(k.dep_ == "aux" and k.tag_ == "MD" for k in token_children(c))
                    for c in token_children(token)
                )
                and _joint(token)
            )
            else set()
        )
    if relation == "aim_of":  # "a reward for information leading to his arrest": the noun
        # a participle modifies when the trigger noun is its "to" object (not "the work led
        # to the capture of their leaders": a finite verb, an arrest made)
        prep = token.head
        part = prep.head
        if (
            token.dep_ == "pobj"
            and prep.lower_ == "to"
            and part.tag_ == "VBG"
            and part.dep_ == "acl"
            and part.head.i != part.i
        ):
            return {part.head.lemma_.lower()}
        return set()
    if relation == "of_obj":  # "a meeting of the ruling party": whose the occasion is
        return {
            o.lemma_.lower()
            for p in token_children(token)
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in token_children(p)
            if o.dep_ == "pobj"
        }
    if relation == "noun_inf":  # "the authority to negotiate a new accord": the noun a
        # to-infinitive trigger modifies (a power or right held, no act done)
        head = token.head
        if (
            token.dep_ == "acl"
            and head.i != token.i
            and head.pos_ == "NOUN"
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in token_children(token))
        ):
            return {head.lemma_.lower()}
        return set()
    if relation == "purpose_of":  # "boycotted the meeting to protest", "strikes began in
        # protest at": the act a protest is the purpose of
        return _purpose_of(token)
    if relation == "acl_agent":  # "the strike called by dockers": the agent of a participle
        # modifying the trigger noun
        return {
            o.lemma_.lower()
            for a in token_children(token)
            if a.dep_ == "acl" and a.tag_ == "VBN"
            for p in token_children(a)
            if p.dep_ == "agent"
            for o in token_children(p)
            if o.dep_ == "pobj"
        }
    if relation == "obj_prep_obj":  # "threatened retaliation over microchips"
        return {x for o in _objects(token) for x in _related(o, "prep_obj")}
    # prep_obj: "retaliation over microchips", "retaliated against steel imports"
    return {
        o.lemma_.lower()
        for p in token_children(token)
        if p.dep_ in {"prep", "agent"}
        for o in token_children(p)
        if o.dep_ in {"pobj", "pcomp"}
    }


def _purpose_of(token: Token) -> set[str]:
    """The act a "to protest" clause or an "in protest" phrase serves: the governing verb,
    its subject or passive agent and their "of" objects, its object or "on" object ("went on
    strike to protest") ("the campaign of strikes began in
    protest", "delayed by boycotts of parliament to protest"); a "hunger" modifier is kept
    as "hunger strike"."""
    to_clause = any(c.dep_ == "aux" and c.lower_ == "to" for c in token_children(token))
    if to_clause and token.dep_ in {"advcl", "xcomp"}:
        act = token.head
    elif to_clause and token.dep_ in {"relcl", "acl"} and token.head.dep_ in OBJ_DEPS:
        act = token.head.head  # "disrupted all proceedings to protest": hung on the object
    elif token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.i != token.head.i:
        act = token.head.head
    else:
        return set()
    doers = [c for c in token_children(act) if c.dep_ in {"nsubj", "nsubjpass"}]
    doers += [
        o
        for c in token_children(act)
        if c.dep_ == "agent"
        for o in token_children(c)
        if o.dep_ == "pobj"
    ]
    doers += [
        o
        for d in list(doers)
        for p in token_children(d)
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in token_children(p)
        if o.dep_ == "pobj"
    ]
    done = [c for c in token_children(act) if c.dep_ in OBJ_DEPS]  # "held a strike to protest"
    done += [  # "went on (hunger) strike to protest"
        o
        for p in token_children(act)
        if p.dep_ == "prep" and p.lower_ == "on"
        for o in token_children(p)
        if o.dep_ == "pobj"
    ]
    acts = [act, *doers, *done]
    lemmas = {a.lemma_.lower() for a in acts}
    if any(m.lower_ == "hunger" for a in acts for m in token_children(a) if m.dep_ in MOD_DEPS):
        lemmas.add("hunger strike")
    return lemmas


def _joint(token: Token) -> bool:
    """Whether parties act together: coordinated subjects, "both" / "the two sides", a
    "with" partner, a plural subject whose coordinated modifiers name several bodies ("Senate
    and House investigators") or a plural noun for the delegates of several parties ("the
    negotiators", "member countries": :func:`joint_subjects`)."""
    subjects = [c for c in token_children(token) if c.dep_ == "nsubj"]
    plural = joint_subjects()
    if any(
        s.tag_ == "NNS"
        and (
            s.lemma_.lower() in plural
            or any(
                m.dep_ in MOD_DEPS and any(k.dep_ == "conj" for k in token_children(m))
                for m in token_children(s)
            )
        )
        for s in subjects
    ):
        return True  # a plural: "the Ways and Means Committee" is one body
    return (
        any(k.dep_ == "conj" for s in subjects for k in token_children(s))
        or any(
            k.lower_ in JOINT and k.dep_ in {"det", "nummod", "predet"}
            for s in subjects
            for k in token_children(s)
        )
        or any(
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(g.dep_ == "pobj" for g in token_children(c))
            for c in token_children(token)
        )
    )


def _after_quote(token: Token) -> bool:
    """Whether the verb's subject directly follows a closing quotation mark that is the
    verb's own ('"...," the chief complained'): the verb reports the quotation."""
    subjects = [c for c in token_children(token) if c.dep_ == "nsubj" and c.i < token.i]
    quotes = [
        c
        for c in token_children(token)
        if c.dep_ == "punct" and c.text in QUOTE_MARKS and c.i < token.i
    ]
    return bool(subjects and quotes) and any(
        q.i < s.left_edge.i <= q.i + 2 for q in quotes for s in subjects
    )


def _objects(token: Token) -> list[Token]:
    out = [c for c in token_children(token) if c.dep_ in OBJ_DEPS]
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.i != token.i:
        out.append(token.head)  # "sources consulted by the paper": the noun is the object
    if (
        token.dep_ == "relcl"
        and not out
        and token.head.i != token.i
        and not any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WDT", "WP"}
            for c in token_children(token)
        )
    ):
        # "the plea deal he struck": a relative clause with a subject of its own and no
        # object says what was done to the noun it modifies ("the deal that he struck"
        # too; not "the gang that struck")
        out.append(token.head)
    # "offered them an indication", coordinated objects: "charged fees and interest"
    out += [c for o in out for c in token_children(o) if c.dep_ == "conj"]
    # a quantity's "of" phrase: "rescuing any of the passengers", "some of the money"
    out += [
        g
        for o in out
        if o.pos_ in {"PRON", "DET", "NUM"} or o.lemma_.lower() in QUANTITY
        for p in token_children(o)
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in token_children(p)
        if g.dep_ == "pobj"
    ]
    return out


@lru_cache(maxsize=1)
def default_senses() -> SenseTable:
    """RETURNS the shipped sense table (read once per process)."""
    text = (
        resources.files("watchfloor.data.events").joinpath("senses.tsv").read_text(encoding="utf-8")
    )
    return SenseTable.from_text(text)


WAITING_VERBS = frozenset({"await"})  # "awaiting extradition", "awaits trial"


@lru_cache(maxsize=1)
def joint_subjects() -> frozenset[str]:
    """RETURNS the nouns whose plural names the delegates of several parties ("finance
    ministers agreed"), from ``argument_roles.yaml`` (``joint_subjects``)."""
    from watchfloor.extract.events.arguments import argument_roles

    return frozenset(str(v).lower() for v in argument_roles().get("joint_subjects") or [])


@lru_cache(maxsize=1)
def expectation_verbs() -> frozenset[str]:
    """RETURNS the lemmas of expectation frames ("expected to resign": no intent derived),
    from ``argument_roles.yaml``."""
    from watchfloor.extract.events.arguments import argument_roles

    roles = argument_roles().get("expectation") or {}
    return frozenset(str(v).lower() for v in roles.get("verbs") or [])


def _negated(adjective: Token, verb: Token) -> bool:
    """Whether an adjective complement is negated on its own ("pleaded *not* guilty"): a
    "not" on the adjective, or one on the verb just before it."""
    return any(c.dep_ == "neg" for c in token_children(adjective)) or any(
        c.dep_ == "neg" and c.i == adjective.i - 1 for c in token_children(verb)
    )


def expected(token: Token, frames: frozenset[str]) -> bool:
    """Whether ``token`` is the complement of an expectation frame ("Regan, *expected* to
    resign", "talks are *due* to begin"), or the object of a waiting verb ("*awaiting*
    extradition": the extradited waits on others' act, no intent of theirs)."""
    if token.dep_ == "dobj" and token.head.lemma_.lower() in WAITING_VERBS:
        return True
    x = token
    for _ in range(2):
        if x.dep_ not in {"xcomp", "ccomp"} or x.head.i == x.i:
            return False
        x = x.head
        if x.lemma_.lower() in frames or x.lower_ in frames:
            return True
    return False


__all__ = ["NO_EVENT", "Sense", "SenseTable", "default_senses", "expectation_verbs", "expected"]


def _settled_form(token: Token) -> bool:
    """Whether the verb ``token`` is a past participle that reports its matter settled: a
    reduced relative on a noun ("the package agreed last September"), an "as" clause ("as
    agreed by OPEC") or a passive with a subject ("the terms were agreed"); never a
    to-infinitive complement ("agreed to extend": an intent). A participle with its "by"
    agent and no subject ("the terms agreed by Peru and the IMF", however the parser hangs
    it) is passive too."""
    if token.tag_ != "VBN" or any(c.dep_ == "xcomp" for c in token_children(token)):
        return False
    if token.dep_ == "acl" and token.head.pos_ in {"NOUN", "PROPN"}:
        return True
    if token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in token_children(token)
    ):
        return True
    if any(c.dep_ == "nsubj" for c in token_children(token)):
        return False  # "the ministers have agreed": an active perfect
    return any(c.dep_ in {"nsubjpass", "agent"} for c in token_children(token))
