"""Company and market actors: who is not a political actor, so cannot make a CAMEO event.

Place in the flow: inside the event extractor (:mod:`.coder`), after an event's sides are
resolved to actors (:mod:`.resolver`) and before it is emitted. CAMEO, and the GDELT and
ICEWS data built on it, code acts between political actors; an event whose every side is a
firm, a bank or a market participant ("Acme Corp agreed to buy the unit", "shareholders
approved the merger", "analysts met the company") is not emitted. Which sides are
commercial is data (``watchfloor/data/events/commercial.yaml``, with its provenance): the
actor-code roles BUS and MNC, company legal-form words in an uncoded organisation's name
("Inc", "Corp", a "<TICKER>"), and market-role head words ("investors", "analysts"). A
political code (GOV, MIL, COP, CRM ...) always wins over a market-role word.

Commodity-market news (:meth:`CommercialActors.market_sentence`: a sentence naming a traded
commodity and a market word, "the EC sold 60,000 tonnes of sugar at its weekly tender") is
no political news either: there an event is kept only when a side is a coded state actor,
as an act between two distinct coded political actors, or as material conflict by or
against one (:meth:`CommercialActors.market_act`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Span

from watchfloor.extract.events.resolver import Actor
from watchfloor.extract.gazetteer import code_blocks
from watchfloor.model import Entity

TICKER = re.compile(r"(<|&lt;)[A-Z][A-Z.]{0,6}>")
MARKET_CODES = {"ELI", "CVL"}  # codes the actor extractor gives market words ("analysts")


@dataclass(frozen=True, slots=True)
class CommercialLists:
    roles: frozenset[str]
    legal_forms: frozenset[str]
    market_roles: frozenset[str]
    place_kinds: frozenset[str] = frozenset()
    commodities: frozenset[str] = frozenset()
    market_terms: frozenset[str] = frozenset()
    non_state: frozenset[str] = frozenset()

    @classmethod
    def from_yaml(cls, data: dict) -> CommercialLists:
        def words(key: str, upper: bool = False) -> frozenset[str]:
            vals = [str(w).strip() for w in data.get(key) or []]
            return frozenset(v.upper() if upper else v.lower() for v in vals if v)

        return cls(words("roles", upper=True), words("legal_forms"), words("market_roles"),
                   words("place_kinds"), words("commodities"), words("market_terms"),
                   words("non_state", upper=True))


@lru_cache(maxsize=1)
def default_lists() -> CommercialLists:
    """RETURNS the shipped lists (read once per process)."""
    from watchfloor.data import read_yaml

    path = Path(str(resources.files("watchfloor.data.events").joinpath("commercial.yaml")))
    return CommercialLists.from_yaml(read_yaml(path) or {})


class CommercialActors:
    """Decides, for one document, whether an actor is commercial (one instance per
    document: company names found there also mark their short forms, "Acme" after
    "Acme Corp")."""

    def __init__(self, entities: list[Entity], lists: CommercialLists | None = None) -> None:
        self.lists = lists or default_lists()
        self.companies: set[str] = set()  # first words of company names in the document
        for ent in entities:
            if self._named_company(ent):
                self.companies.add(ent.name.split()[0].lower())

    def _named_company(self, ent: Entity) -> bool:
        if ent.actor_code or ent.type != "organization":
            return False
        if TICKER.search(ent.name):
            return True
        words = {w.strip(".,&;").lower() for w in ent.name.split()}
        return bool(words & self.lists.legal_forms)

    def commercial_code(self, code: str) -> bool:
        """Whether an actor code is a company's or a market's (BUS, MNC, USABUS ...)."""
        return bool(set(code_blocks(code)) & self.lists.roles)  # USABUS, MNCUSA

    def is_commercial(self, actor: Actor) -> bool:
        """RETURNS whether ``actor`` is no political actor: a company, a market participant,
        or an uncoded sea or region (``place_kinds``)."""
        code = actor.code or ""
        roles = code_blocks(code) if code else []
        if self.commercial_code(code):
            return True
        if roles and roles[-1] not in MARKET_CODES:
            return False  # a political code: GOV, MIL, COP, CRM, IGO, a country ...
        tok = actor.token
        if tok.pos_ != "PROPN" and tok.lemma_.lower() in self.lists.market_roles:
            return True
        ent = actor.entity
        if ent is None or code:
            return False
        if ent.type == "location":
            # a sea or a region of no country: no one; another place (a mistyped name) is
            # left to the rules
            return (ent.kind or "").lower() in self.lists.place_kinds
        if self._named_company(ent):
            return True
        first = ent.name.split()[0].lower() if ent.name.split() else ""
        return ent.type == "organization" and first in self.companies


    def market_sentence(self, sent: Span) -> bool:
        """Whether a sentence is commodity-market news: it names a traded commodity and a
        market word (``commodities``, ``market_terms`` in commercial.yaml), as nouns."""
        words = {w for t in sent if t.pos_ in {"NOUN", "PROPN", "ADJ"}
                 for w in (t.lemma_.lower(), t.lower_)}
        return bool(words & self.lists.commodities) and bool(words & self.lists.market_terms)

    def market_act(self, source: Actor | None, target: Actor | None, quad_class: int
                   ) -> bool:
        """Whether an event in commodity-market news is still a political act: a side is a
        coded state actor (a country or a part of its state, not an IGO or NGO: ``non_state``),
        the sides are two distinct coded political actors, or it is material conflict
        (quad class 4) by or against a coded political actor."""
        political = [a for a in (source, target)
                     if a is not None and a.code and not self.is_commercial(a)]
        if quad_class == 4 and political:
            return True
        if len(political) == 2 and political[0].code != political[1].code:
            return True
        return any(code_blocks(a.code or "")[0] not in self.lists.non_state for a in political)


__all__ = ["CommercialActors", "CommercialLists", "default_lists"]
