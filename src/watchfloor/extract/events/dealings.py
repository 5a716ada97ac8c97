"""Private commercial dealings: proposed events whose parties are all private and whose act is
commerce (issue 12, helper business46; ``data/events/dealings.yaml``).

Place in the flow: read by :meth:`watchfloor.extract.events.nonacts.NonActs.reason` at the
event extractor's emission point (:mod:`.coder`), once the sides are resolved. The
judges' ruling of the nineteenth session (``docs/judging-criteria.md``) makes every
commercial dealing whose parties are all private no event — offers, bids, purchases and
sales of firms or stakes, mergers, contracts, supply and joint-venture deals, price talks,
lawsuits between firms and the courts' steps in them, a firm declining comment on its own
share issue, state firms' trading and commodity tenders. It is an event when a government,
a state body acting for the state, an international organisation, a union or an armed or
criminal group is a party.

:func:`private_dealing` decides it from these readings, each transparent:

* **the trigger's sense** (``commerce_words``, ``litigation``): a lemma of the trigger or of
  its own phrase (objects, prepositional objects, modifiers, four words down; never its
  subject or another clause) names a commercial matter ("merger talks", "appealed the
  patent ruling", "declined comment on the share issue"); a court among the sides is not
  enough by itself;
* **every resolved side is private** (:func:`private_side`): uncoded, unless it names a
  state body or states (``state_words``: "the Ministry of Posts" left uncoded); a company's code
  (``private_roles``, a country before it allowed); a bare country or civilian code on a
  company noun (``company_nouns``: "Japanese steel mills" coded JPN, "the state oil company"
  coded VEN — trading); or a court (``court_roles`` and ``court_words``: "the judge denied
  the firm's request"; a prosecutor coded JUD is the state acting, no court); never a
  union (``labour_words`` of nonacts.yaml);
* **a company is a party**: a side is a company by the above or an uncoded name the
  document marks as a company (a sea or region is none), or the trigger's doer is a
  company the document names (the resolver left it no side);
* **no party hides in an empty side**: with no source the trigger's doer must be a named
  company (a designation or an unnamed ministry may be acting); with no target the
  trigger's phrase may name no states ("contracts with several other countries").

Threats, protests, force, coercion and violence (``skip_roots``) are never read: a firm's
guards firing or a gang extorting a firm stay events.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from spacy.tokens import Token

from watchfloor.extract.doccache import token_children
from watchfloor.extract.gazetteer import code_blocks, default_gazetteer

if TYPE_CHECKING:
    from watchfloor.extract.events.commercial import CommercialActors
    from watchfloor.extract.events.resolver import Actor
    from watchfloor.extract.lexicon import CodeInfo

PHRASE_DEPS = frozenset(
    {"dobj", "pobj", "prep", "compound", "amod", "nmod", "attr", "dative", "xcomp", "acomp"}
)  # the trigger's own phrase: never its subject (nsubj) or another clause (ccomp, advcl)
PHRASE_DEPTH = 4  # "agreed [to rescind [terms for [repayments [debt]]]]"
CIVILIAN_ROLES = frozenset({"CVL"})  # investors or a company noun coded as civilians


class PartyReader(Protocol):
    """What the dealing check asks of :class:`~.nonacts.NonActs` (its union and doer
    readings, shared with the round-35 ``business_dealing``)."""

    def labour_side(self, actor: Actor) -> bool: ...

    def company_doer(self, token: Token, commerce: CommercialActors) -> bool: ...


@dataclass(frozen=True, slots=True)
class DealingLists:
    """The word lists of ``dealings.yaml``."""

    commerce_words: frozenset[str]
    litigation: frozenset[str]
    company_nouns: frozenset[str]
    private_roles: frozenset[str]
    court_roles: frozenset[str]
    court_words: frozenset[str]
    state_words: frozenset[str]
    skip_roots: tuple[str, ...]

    @classmethod
    def from_yaml(cls, data: dict) -> DealingLists:
        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).strip().lower() for w in data.get(key) or [] if str(w).strip())

        return cls(
            commerce_words=words("commerce_words"),
            litigation=words("litigation"),
            company_nouns=words("company_nouns"),
            private_roles=frozenset(w.upper() for w in words("private_roles")),
            court_roles=frozenset(w.upper() for w in words("court_roles")),
            court_words=words("court_words"),
            state_words=words("state_words"),
            skip_roots=tuple(sorted(words("skip_roots"))),
        )


@lru_cache(maxsize=1)
def default_lists() -> DealingLists:
    """RETURNS the shipped lists (read once per process)."""
    from watchfloor.data import read_yaml

    path = Path(str(resources.files("watchfloor.data.events").joinpath("dealings.yaml")))
    return DealingLists.from_yaml(read_yaml(path) or {})


def _phrase(token: Token, depth: int = PHRASE_DEPTH) -> Iterator[Token]:
    """The trigger and the words of its own phrase, ``depth`` words down (a preposition is
    no step: "agree [to] terms [for] the deal")."""
    yield token
    if depth == 0:
        return
    for child in token_children(token):
        if child.dep_ in PHRASE_DEPS:
            yield from _phrase(child, depth if child.dep_ == "prep" else depth - 1)


def commerce_sense(token: Token, lists: DealingLists) -> tuple[bool, bool]:
    """RETURNS (commerce, litigation): whether the trigger or its own phrase names a
    commercial matter, and whether it names a lawsuit."""
    lemmas = {w for t in _phrase(token) for w in (t.lemma_.lower(), t.lower_)}
    litigation = bool(lemmas & lists.litigation)
    return litigation or bool(lemmas & lists.commerce_words), litigation


def _names_states(token: Token, lists: DealingLists) -> bool:
    """Whether the trigger's own phrase names a state body or states (``state_words``)."""
    return any(
        t.lemma_.lower() in lists.state_words or t.lower_ in lists.state_words
        for t in _phrase(token)
    )


def _roles(code: str) -> list[str]:
    """A code's role blocks after its country ("USABUS" → BUS; "BUS" → BUS; "JPN" → [])."""
    blocks = code_blocks(code)
    return blocks[1:] if blocks[0] in default_gazetteer().countries else blocks


def _marked_company(actor: Actor, commerce: CommercialActors) -> bool:
    """Whether an uncoded side's name is one the document marks as a company ("Halcyon"
    after "Halcyon Petroleum Corp", "Halcyon shares"). Persons never are; a coded side
    keeps its code ("Saudi Arabia" is no company for "Saudi Arabian Oil Co")."""
    if actor.code or actor.token.pos_ != "PROPN":
        return False
    if actor.entity is not None and actor.entity.type == "person":
        return False
    name = " ".join((actor.entity.name if actor.entity else actor.token.text).split()).lower()
    return name in commerce.marked or (bool(name) and name.split()[0] in commerce.companies)


def _company_noun(actor: Actor, lists: DealingLists, commerce: CommercialActors) -> bool:
    tok = actor.token
    lemma = tok.lemma_.lower()
    return tok.pos_ != "PROPN" and (
        lemma in lists.company_nouns or lemma in commerce.lists.market_roles
    )


def private_side(
    actor: Actor, lists: DealingLists, commerce: CommercialActors
) -> tuple[bool, bool]:
    """RETURNS (private, company) for one resolved side: whether it is a private party of a
    dealing, and whether it is a company (evidence that the dealing is commercial)."""
    if _marked_company(actor, commerce):
        return True, True
    company = _company_noun(actor, lists, commerce) or (
        commerce.is_commercial(actor)
        and (
            actor.entity is None
            or actor.entity.type != "location"
            or _marked_company(actor, commerce)
        )
    )  # a sea or region is no political actor for commercial.py, but no company either
    if not actor.code:
        return not _state_named(actor, lists), company
    roles = _roles(actor.code)
    if roles and all(r in lists.private_roles for r in roles):
        return True, True
    if all(r in CIVILIAN_ROLES for r in roles) and company:
        return True, True  # "Japanese steel mills" (JPN), "investors" (CVL)
    if _court(actor, lists):
        return True, False  # the court of a lawsuit between firms (its steps in it too)
    return False, False


def _state_named(actor: Actor, lists: DealingLists) -> bool:
    """Whether an uncoded side's name or head word is a state body's or states' ("the
    Ministry of Posts", "several other countries")."""
    words = {actor.token.lemma_.lower(), actor.token.lower_}
    if actor.entity is not None:
        words |= {w.strip(".,'").lower() for w in actor.entity.name.split()}
    return bool(words & lists.state_words)


def _court(actor: Actor, lists: DealingLists) -> bool:
    """Whether a side is a court or a judge (a ``court_roles`` code and a ``court_words``
    word in its name or phrase): the matter is then a lawsuit. A prosecutor or a justice
    ministry coded alike is the state acting ("the Justice Department sued the firm")."""
    roles = _roles(actor.code) if actor.code else []
    if not roles or not all(r in lists.court_roles for r in roles):
        return False
    tok = actor.token
    words = {t.lemma_.lower() for t in (tok, *token_children(tok))}
    if actor.entity is not None:
        words |= {w.strip(".,'").lower() for w in actor.entity.name.split()}
    return bool(words & lists.court_words)


def private_dealing(
    token: Token,
    info: CodeInfo,
    sources: list[Actor | None],
    targets: list[Actor | None],
    commerce: CommercialActors,
    nonacts: PartyReader,
    lists: DealingLists | None = None,
) -> bool:
    """Whether a proposed event is a commercial dealing between private parties (see the
    module docstring): the trigger's phrase names a commercial matter, every resolved side
    is private and none a union, and a side or the trigger's doer is a company."""
    lists = lists or default_lists()
    if info.code.startswith(lists.skip_roots):
        return False
    if not commerce_sense(token, lists)[0]:
        return False
    if None in sources and not nonacts.company_doer(token, commerce):
        return False  # an unnamed doer may be anyone: a designation, a ministry
    if None in targets and _names_states(token, lists):
        return False  # "negotiating contracts with several other countries": a party unresolved
    known = [a for a in sources + targets if a is not None]
    if not known:
        return False
    readings = [private_side(a, lists, commerce) for a in known]
    if not all(private for private, _ in readings):
        return False
    if any(nonacts.labour_side(a) for a in known):
        return False
    return any(company for _, company in readings) or nonacts.company_doer(token, commerce)


__all__ = [
    "DealingLists",
    "PartyReader",
    "commerce_sense",
    "default_lists",
    "private_dealing",
    "private_side",
]
