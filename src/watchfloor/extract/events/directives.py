"""Directed acts: what a call, demand, threat or order asks for is no act of its own.

Place in the flow: inside the event extractor (:mod:`.coder`), after the trigger words of a
sentence are matched and coded and before each is emitted. "Peru called on Chile to open an
investigation" is one event, Peru's appeal (CAMEO 02), not also Chile's investigation; "the
boss ordered his lieutenant to kill a rival" is the boss's order (a demand, CAMEO 10), not a
killing; "Bolivia asked the prosecutors to investigate" is Bolivia's request (an appeal,
CAMEO 020), not the investigation; "the US pledged to provide aid" is the pledge (033), not
the aid: a pledge or offer verb coded 03 governs its act like an appeal (issue 12 roots26).
The roots of the governing speech acts, the order and
request verbs and the arcs followed are in ``watchfloor/data/events/argument_roles.yaml``
(``directives``, with provenance).
:func:`for_clause_subject` gives an appeal or demand the one asked in a "for X to V" clause,
:func:`that_clause_subject` in a "that X (should) V" clause.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from watchfloor.extract.doccache import token_children
from watchfloor.extract.events.classify import recode
from watchfloor.model import Event

FINITE = {"VBD", "VBZ", "VBP"}  # a finite verb heads a clause of its own


@dataclass(frozen=True, slots=True)
class Directives:
    roots: frozenset[str]
    order_verbs: frozenset[str]
    order_code: str
    links: frozenset[str]
    steps: int
    request_verbs: frozenset[str] = frozenset()  # "asked Chile to investigate": an appeal
    request_code: str = "020"
    own_roots: frozenset[str] = frozenset({"13"})  # lend the act's target, not its source
    intent_verbs: frozenset[str] = frozenset()  # "pledged to provide aid": the pledge
    court_words: frozenset[str] = frozenset()  # "a judge ordered": a court order, no demand
    court_code: str = "170"
    prep_links: frozenset[str] = frozenset()  # "asked for aid": the aid is asked for
    prep_through: frozenset[str] = frozenset()  # "for the resumption of aid": passed through
    willing_words: frozenset[str] = frozenset()  # "keen to negotiate": the intent (03x)
    willing_carriers: frozenset[str] = frozenset()  # "willing to continue talks"
    wanting_verbs: frozenset[str] = frozenset()  # "wanted a discussion with": an intent
    wanted_nouns: frozenset[str] = frozenset()  # the meeting nouns so wanted (036)
    wanted_verbs: frozenset[str] = frozenset()  # "wants to meet", "hopes to visit": 036
    threat_links: frozenset[str] = frozenset()  # "threatened Paraguay with sanctions"
    threat_codes: tuple[tuple[str, str], ...] = ()  # act code prefix -> threat sub-code
    condition_marks: frozenset[str] = frozenset()  # "will impose taxes if ...": a threat
    condition_modals: frozenset[str] = frozenset()
    # "agreed to impose tariffs unless ...": a commitment verb the act completes (roots46)
    condition_commitments: frozenset[str] = frozenset()

    def directing(self, token: Token) -> bool:
        """Whether ``token`` is an order or request verb ("ordered", "asked")."""
        return token.pos_ == "VERB" and token.lemma_.lower() in (
            self.order_verbs | self.request_verbs
        )

    def code_of(self, gov: Token) -> str:
        """The code of an uncoded order or request verb in its act's place: a request
        ("asked the prosecutors to investigate") is an appeal, an order a demand."""
        if gov.lemma_.lower() in self.request_verbs:
            return self.request_code
        return self.court_code if self.by_court(gov) else self.order_code

    def by_court(self, verb: Token) -> bool:
        """Whether an order verb is a court's: its subject or "by" agent is a court word
        ("a judge ordered", "ordered by a tribunal") or it qualifies a court's instrument
        ("an injunction ordering the workers to leave", "a judgment ordering China to
        pay"). A court order binds: CAMEO codes it as coercion (17), not a demand (10)."""
        if verb.lemma_.lower() not in self.order_verbs or not self.court_words:
            return False
        words = [c for c in token_children(verb) if c.dep_ in {"nsubj", "nsubjpass"}]
        words += [
            o
            for c in token_children(verb)
            if c.dep_ == "agent"
            for o in token_children(c)
            if o.dep_ == "pobj"
        ]
        if verb.dep_ in {"acl", "relcl"} and verb.head.i != verb.i:
            words.append(verb.head)
        return any(w.lemma_.lower() in self.court_words for w in words)

    def willed(self, token: Token) -> bool:
        """Whether the act of ``token`` is only declared wanted: its word is the
        to-infinitive complement of a willingness word (``willing_words``: "the EC is keen
        to negotiate", "a willingness to reach an agreement"), or the object of a
        ``willing_carriers`` verb that is ("willing to continue talks"). CAMEO codes the
        declared intent (03x), not the act; an act under an inverting verb ("intention to
        end kidnappings") is no carrier's object and is left alone."""
        x = token
        if x.dep_ == "dobj" and x.head.lemma_.lower() in self.willing_carriers:
            x = x.head
        if (
            x.dep_ not in {"xcomp", "acl"}
            or x.head.i == x.i
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token_children(x))
        ):
            return False
        return x.head.lemma_.lower() in self.willing_words

    def wanted(self, token: Token) -> bool:
        """Whether ``token`` is a meeting noun (``wanted_nouns``) that is the direct object
        of a ``wanting_verbs`` verb ("said he wanted a political discussion with the
        creditors"), or a meeting verb (``wanted_verbs``) that is the to-infinitive of one
        ("Venezuela wants to meet Guyana", "hopes to visit Mexico"; talks37): the declared
        wish to meet, CAMEO 036, not the talks (040), which "want" would leave hypothetical
        and "hope" asserted. Other wanted acts ("wants Japanese cooperation": an appeal
        more than an intent) are left alone."""
        if token.pos_ == "VERB":  # "wants to meet Guyana", "hopes to visit Mexico"
            return (
                token.dep_ == "xcomp"
                and token.lemma_.lower() in self.wanted_verbs
                and bool({token.head.lemma_.lower(), token.head.lower_} & self.wanting_verbs)
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in token_children(token))
            )
        return (
            token.pos_ == "NOUN"
            and token.dep_ == "dobj"
            and token.lemma_.lower() in self.wanted_nouns
            and token.head.lemma_.lower() in self.wanting_verbs
        )

    def ruled(self, token: Token, code: str | None) -> str | None:
        """The code of a coded word, a court's order as :attr:`court_code` in place of the
        demand (:meth:`by_court`); any other code unchanged."""
        if code == self.order_code and self.by_court(token):
            return self.court_code
        return code

    def governor(self, token: Token, codes: dict[int, str | None]) -> Token | None:
        """RETURNS the nearest word that directs the act of ``token``: going up through at
        most ``steps`` arcs of ``links`` (a complement, an object) or of a preposition of
        ``prep_links`` with its object ("asked for aid"; through ``prep_through`` ones on
        the way: "for the resumption of aid"; only such steps after the first of them),
        the first word that is coded itself
        (``codes``: trigger index -> code) or is an order verb; else None."""
        x = token
        if x.dep_ == "conj" and x.head.i != x.i:
            if x.tag_ in FINITE:
                return None  # "urged Chile to talk and attacked Bolivia": its own clause
            x = x.head  # "threatened to attack the base and kill its general": as its
            # first conjunct; a main verb conjoined to the directive itself ("urged Y to
            # talk and attacked Z") is no complement of it and goes no further
        hopped = False  # a prepositional step was taken: only such steps may follow
        for _ in range(self.steps):
            if (
                x.dep_ == "pobj"
                and x.head.dep_ == "prep"
                and x.head.lower_ in self.threat_links
                and x.head.head.i != x.head.i
            ):  # "threatened Paraguay with sanctions": only a threat's "with" names its act
                head = x.head.head
                code = codes.get(head.i)
                return head if code and str(code).startswith("13") else None
            if (
                x.dep_ == "pobj"
                and x.head.dep_ == "prep"
                and x.head.head.i != x.head.i
                and x.head.lower_ in self.prep_links | self.prep_through
            ):
                through = x.head.lower_ not in self.prep_links
                first = not hopped
                x, hopped = x.head.head, True  # "called for aid", "for the resumption of aid"
                if through:  # "the resumption of aid": on to a "for" phrase, never landing
                    code = codes.get(x.i)
                    if code and first and str(code).startswith("13"):
                        return x  # "the threat of arrest": the threat names its act
                    if code:  # "a call for talks on the threat of strikes": no appeal's
                        return None
                    continue
            elif hopped or x.dep_ not in self.links or x.head.i == x.i:
                return None  # "asked his lawyer to speed up his case for extradition": the
                # case, not the extradition, is what the lawyer is asked about
            elif x.dep_ == "ccomp" and not _unrealised(x):
                return None  # "warned that residents were threatened": a fact reported
            else:
                x = x.head
            if codes.get(x.i) or self.directing(x):
                return x
        return None

    def covers(self, gov: Token, codes: dict[int, str | None]) -> bool:
        """Whether ``gov`` (the :meth:`governor` of an act) is an appeal, demand or threat
        coded itself (``codes``: trigger index -> code) that asks for or threatens it, or a
        pledge or offer (``intent_verbs``, coded 03) that promises it."""
        code = codes.get(gov.i)
        if not code:
            return False
        root = str(code)[:2]
        return root in self.roots or (
            root in self.own_roots and gov.lemma_.lower() in self.intent_verbs
        )

    def orders(self, gov: Token, token: Token, codes: dict[int, str | None]) -> bool:
        """Whether ``gov`` (the :meth:`governor` of the act of ``token``) is an order or
        request verb not coded itself that directs it ("ordered the informant to kill",
        "asked the prosecutors to investigate")."""
        if not self.directing(gov) or codes.get(gov.i):
            return False
        # an order has an addressee object and the act in its open complement ("ordered
        # the police to arrest him"); "ordered that ..." alone names no one ordered
        xcomps = [c for c in token_children(gov) if c.dep_ == "xcomp"]
        return any(c.dep_ == "dobj" for c in token_children(gov)) and any(
            x.i == token.i or x.is_ancestor(token) for x in xcomps
        )

    def conditioned(self, token: Token) -> bool:
        """Whether the act verb ``token`` (or the first verb it is conjoined to: "could
        revoke or deny licences if ...") has a modal (``condition_modals``) and an adverbial
        clause of its own marked "if" / "unless" (``condition_marks``): "we will impose
        taxes on US goods if the bill passes" states a threat, not the act. Also when the
        act completes a commitment verb (``condition_commitments``) or a verb with such a
        modal, and either bears the condition: "the EC agreed to impose tariffs unless Tokyo
        opened its markets" (roots46)."""
        verb = token
        if verb.pos_ != "VERB":
            return False
        if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and verb.head.i != verb.i:
            verb = verb.head
        if self._modal(verb) and self._condition(verb):
            return True
        head = verb.head
        return (
            verb.dep_ == "xcomp"
            and head.pos_ == "VERB"
            and head.i != verb.i
            and (self._modal(head) or head.lemma_.lower() in self.condition_commitments)
            and (self._condition(head) or self._condition(verb))
        )

    def _modal(self, verb: Token) -> bool:
        return any(
            c.dep_ == "aux" and c.lower_ in self.condition_modals for c in token_children(verb)
        )

    def _condition(self, verb: Token) -> bool:
        """``verb`` has an adverbial clause marked "if" / "unless" (``condition_marks``)."""
        return any(
            c.dep_ == "advcl"
            and any(
                m.dep_ == "mark" and m.lower_ in self.condition_marks for m in token_children(c)
            )
            for c in token_children(verb)
        )

    def threat_code(self, code: str, act_code: str) -> str:
        """The sub-code of a threat coded ``code`` (root 13) from the code of the act it
        threatens: "threatened strikes" by workers (a strike 143) is a threat of protest
        133, "the threat of arrest" (173) one of repression 137, "threatened to impose
        sanctions" (163) 1312. The governing speech act keeps the root; the act named only
        picks the sub-code (``threat_codes``: the longest act code prefix listed). A threat
        already coded under that sub-code ("nuclear" context: 1385 under 138) or an act not
        listed keeps its code."""
        found = max(
            (p for p in self.threat_codes if act_code.startswith(p[0])),
            key=lambda p: len(p[0]),
            default=None,
        )
        if found is None or code.startswith(found[1]):
            return code
        return found[1]


def near(gov: Token, token: Token, arcs: int = 2) -> bool:
    """Whether the act word ``token`` hangs on ``gov`` within ``arcs`` arcs (a first
    conjunct's conjunction not counted): "threatened strikes", "threatened to impose
    sanctions", "the threat of arrest" are the act threatened; "warned it would fight
    efforts to impose price rises" names another's act three arcs down, not the threat's."""
    x = token
    if x.dep_ == "conj" and x.head.i != x.i:
        x = x.head
    for _ in range(arcs):
        if x.head.i == x.i:
            return False
        x = x.head
        if x.i == gov.i:
            return True
    return False


def name_threats(
    threatened: list[tuple[Token, str]],
    events: list[Event],
    describe: Callable[[str], Any],
    table: Directives,
) -> None:
    """Recode each threat in ``events`` (root 13) by the act it threatens
    (``threatened``: each directing word with the code of the act it governs):
    :meth:`Directives.threat_code` of ``table`` (the extractor's own directives).
    ``describe``: code -> its ``CodeInfo`` (name, Goldstein weight, PLOVER and
    PentaClass of the new code)."""
    for gov, act_code in threatened:
        for ev in events:
            if ev.trigger.start != gov.idx or ev.root != "13":
                continue
            code = table.threat_code(ev.code, act_code)
            info = describe(code) if code != ev.code else None
            if info is None:
                continue
            ev.extra["threatened_code"] = act_code
            recode(ev, info)  # a sub-code of 13: root and quad class stay


def _unrealised(verb: Token) -> bool:
    """Whether a clausal complement states an act not (yet) done: a bare subjunctive
    ("demanded that Caracas free them") or a modal ("warned that the army would attack")."""
    return verb.tag_ == "VB" or any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in token_children(verb)
    )


def lend_sides(
    events: list[Event],
    directed: list[tuple[Token, list[Event]]],
    own_roots: frozenset[str] = frozenset({"13"}),
) -> None:
    """Give an appeal, demand, threat or pledge in ``events`` that names no target the side
    its act names: a threat's or pledge's (``own_roots``) target is whom
    the act would reach ("Israel threatened to strike Iran": ISR -> IRN; "Japan pledged to
    give Haiti aid": JPN -> HTI); an appeal's or demand's is who is asked to act ("the US
    demanded that Venezuela release the prisoners": USA -> VEN). ``directed``: each
    directing word with the events its act would have given (not emitted)."""
    for gov, acts in directed:
        act = next(
            (a for a in acts if a.source or a.source_code or a.target or a.target_code), None
        )
        if act is None:
            continue
        for ev in events:
            if ev.trigger.start != gov.idx or ev.target or ev.target_code:
                continue
            if ev.root in own_roots:
                entity, code, span = act.target, act.target_code, act.extra.get("target_span")
            else:
                entity, code, span = act.source, act.source_code, act.extra.get("source_span")
            if (
                (entity, code) == (None, None)
                or (entity and entity == ev.source)
                or (code and code == ev.source_code)
            ):
                continue  # nothing to lend, or the actor itself ("vowed to attack")
            ev.target, ev.target_code = entity, code
            ev.extra["target_span"] = span
            ev.extra["target_from_act"] = True


def for_clause_subject(verb: Token) -> Token | None:
    """The one asked, in a "for X to V" clause of an appeal or demand verb: "EC ministers
    appealed for Japan to open its markets" (Japan), "Washington is pushing for Taipei to
    liberalise" (issue 12, targets16: the addressee named only there was left empty). Only
    a clause with the mark "for", its own subject and the infinitive "to" ("called for a
    strike to protest the reform": "for" governs a noun, no one is asked).
    RETURNS the clause's subject word or None."""
    for clause in token_children(verb):
        if clause.dep_ != "advcl" or clause.pos_ not in {"VERB", "AUX"}:
            continue
        kids = list(token_children(clause))
        if any(c.dep_ == "mark" and c.lower_ == "for" for c in kids) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in kids
        ):
            return next((c for c in kids if c.dep_ == "nsubj"), None)
    return None


def that_clause_subject(verb: Token) -> Token | None:
    """The one asked, in a "that X V" clause of an appeal or demand verb: "Britain and
    France urge that the European Community take action against Japan" (the EC; issue 12
    parties20, judged seed 3041: the addressee named only there was left empty). Only a
    clause complement marked "that" whose verb is a base form (the mandative "take", "be")
    or has "should" / "must", with a named or noun subject of its own ("urged that talks
    resume": a noun that names no actor, the resolver finds none; "said that Japan had
    agreed": no appeal verb, and "had agreed" is no mandative form).
    RETURNS the clause's subject word or None."""
    for clause in token_children(verb):
        if clause.dep_ != "ccomp" or clause.pos_ not in {"VERB", "AUX"}:
            continue
        kids = list(token_children(clause))
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in kids):
            continue
        if (
            clause.tag_ == "VB"
            and not any(c.dep_ == "aux" and c.tag_ != "MD" for c in kids)
            or any(c.dep_ == "aux" and c.lower_ in {"should", "must"} for c in kids)
        ):
            return next(
                (c for c in kids if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), None
            )
    return None


@lru_cache(maxsize=1)
def default_directives() -> Directives:
    """RETURNS the shipped directives table (read once per process)."""
    from watchfloor.extract.events.arguments import argument_roles

    d = argument_roles().get("directives") or {}
    return Directives(
        roots=frozenset(str(r) for r in d.get("roots") or []),
        order_verbs=frozenset(str(v).lower() for v in d.get("order_verbs") or []),
        order_code=str(d.get("order_code") or "100"),
        links=frozenset(str(x) for x in d.get("links") or []),
        steps=int(d.get("steps") or 3),
        request_verbs=frozenset(str(v).lower() for v in d.get("request_verbs") or []),
        request_code=str(d.get("request_code") or "020"),
        own_roots=frozenset(str(r) for r in d.get("own_roots") or ["13"]),
        intent_verbs=frozenset(str(v).lower() for v in d.get("intent_verbs") or []),
        court_words=frozenset(str(v).lower() for v in d.get("court_words") or []),
        court_code=str(d.get("court_code") or "170"),
        prep_links=frozenset(str(v).lower() for v in d.get("prep_links") or []),
        prep_through=frozenset(str(v).lower() for v in d.get("prep_through") or []),
        willing_words=frozenset(str(v).lower() for v in d.get("willing_words") or []),
        willing_carriers=frozenset(str(v).lower() for v in d.get("willing_carriers") or []),
        wanting_verbs=frozenset(str(v).lower() for v in d.get("wanting_verbs") or []),
        wanted_nouns=frozenset(str(v).lower() for v in d.get("wanted_nouns") or []),
        wanted_verbs=frozenset(str(v).lower() for v in d.get("wanted_verbs") or []),
        threat_links=frozenset(str(v).lower() for v in d.get("threat_links") or []),
        threat_codes=tuple((str(k), str(v)) for k, v in (d.get("threat_codes") or {}).items()),
        condition_marks=frozenset(str(v).lower() for v in d.get("condition_marks") or []),
        condition_modals=frozenset(str(v).lower() for v in d.get("condition_modals") or []),
        condition_commitments=frozenset(
            str(v).lower() for v in d.get("condition_commitments") or []
        ),
    )


__all__ = ["Directives", "default_directives", "lend_sides", "name_threats", "near"]
