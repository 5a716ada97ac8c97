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

An uncoded organisation (or a company the NER typed as a place) named without such a mark
in the sentence is still a company when the document itself marks it one, anywhere in its
text (:meth:`CommercialActors.marked_names`): the same name followed by a legal form or a
ticker ("Jefferies and Co", "KLM Royal Dutch Airlines <KLM.AS>"), or a market phrase about
it ("shares of Vendex", "Acme's chief executive"), from ``company_marks`` in
commercial.yaml. A person is never made a company this way ("Boyd Jefferies resigned").

Commodity-market news (:meth:`CommercialActors.market_sentence`: a sentence naming a traded
commodity and a market word, "the EC sold 60,000 tonnes of sugar at its weekly tender") is
no political news either: there an event is kept only when a side is a coded state actor,
as an act between two distinct coded political actors, or as material conflict by or
against one (:meth:`CommercialActors.market_act`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc, Span

from watchfloor.extract.doccache import span_tokens
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
    mark_after: tuple[str, ...] = ()
    mark_before: tuple[str, ...] = ()

    @classmethod
    def from_yaml(cls, data: dict) -> CommercialLists:
        def words(key: str, upper: bool = False) -> frozenset[str]:
            vals = [str(w).strip() for w in data.get(key) or []]
            return frozenset(v.upper() if upper else v.lower() for v in vals if v)

        return cls(
            words("roles", upper=True),
            words("legal_forms"),
            words("market_roles"),
            words("place_kinds"),
            words("commodities"),
            words("market_terms"),
            words("non_state", upper=True),
            tuple(words("company_marks_after")),
            tuple(words("company_marks_before")),
        )


@lru_cache(maxsize=1)
def default_lists() -> CommercialLists:
    """RETURNS the shipped lists (read once per process)."""
    from watchfloor.data import read_yaml

    path = Path(str(resources.files("watchfloor.data.events").joinpath("commercial.yaml")))
    return CommercialLists.from_yaml(read_yaml(path) or {})


@lru_cache(maxsize=4)
def _mark_alternations(lists: CommercialLists) -> tuple[str, str, str]:
    """The regular-expression alternations of the company marks, built once per word lists
    (not per document): legal forms as written in names ("Corp", "CORP"; longest first),
    market phrases after a name, market phrases before it."""
    forms = "|".join(
        sorted(
            {re.escape(v) for f in lists.legal_forms for v in (f.capitalize(), f.upper())},
            key=len,
            reverse=True,
        )
    )
    after = "|".join(re.escape(w) for w in lists.mark_after)
    before = "|".join(re.escape(w) for w in lists.mark_before)
    return forms, after, before


def _first_chars(words: Iterable[str]) -> str:
    """A lookahead for the first characters of ``words``: a necessary condition put before
    their alternation, so a search skips the other positions after one test instead of
    trying every word there (the same matches; "" when a word is empty)."""
    firsts = {w[:1] for w in words}
    return "" if "" in firsts else "(?=[" + "".join(sorted(map(re.escape, firsts))) + "])"


@lru_cache(maxsize=4)
def _mark_presence(
    lists: CommercialLists,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """Whether a text holds a legal form, a market phrase after a name, one before a name
    anywhere (what :meth:`CommercialActors.marked_names` checks once per document),
    compiled once per word lists; None where the list is empty. A legal form and a phrase
    after a name are sought after a white space, as the name's patterns need them
    (:func:`_mark_patterns`: ``\\s+`` before either); a search that starts with a white
    space skips the other characters fast (speed30: 2-4x faster on news text)."""
    forms, after, before = _mark_alternations(lists)
    variants = [v for f in lists.legal_forms for v in (f.capitalize(), f.upper())]
    return (
        re.compile(rf"\s{_first_chars(variants)}(?:{forms})\b") if forms else None,
        re.compile(rf"\s(?i:{_first_chars(lists.mark_after)}(?:{after}))\b") if after else None,
        re.compile(rf"(?i:\b{_first_chars(lists.mark_before)}(?:{before}))\s") if before else None,
    )


_BOUNDARY = re.compile(r"\b")
_NAME_WORDS = r"(?:\s+(?:and\s+|&amp;\s+|&\s+)?[A-Z][\w.&'-]*){0,3}"  # "Acme Oil Gas"


@lru_cache(maxsize=4)
def _mark_patterns(
    lists: CommercialLists,
) -> tuple[
    re.Pattern[str] | None, re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None, int
]:
    """What may follow a name (a legal form, a ticker, a market phrase) and precede it (a
    market phrase, then the space before the name), compiled once per word lists: a name's
    patterns are these tried where the name occurs, not compiled per name (the per-name
    compiles were the events extractor's largest cost on business news). The last item is
    the longest phrase that may precede a name."""
    forms, after, before = _mark_alternations(lists)
    form = (
        re.compile(rf"{_NAME_WORDS}\s+(?:and\s+|&amp;\s+|&\s+)?(?:{forms})\b(?![-'])")
        if forms
        else None
    )
    ticker = re.compile(rf"{_NAME_WORDS}\s*{TICKER.pattern}")
    tail = re.compile(rf"(?:'s)?\s+(?i:{after})\b") if after else None
    lead = re.compile(rf"(?i:\b(?:{before}))\s+\Z") if before else None
    return form, ticker, tail, lead, max((len(w) for w in lists.mark_before), default=0)


class CommercialActors:
    """Decides, for one document, whether an actor is commercial (one instance per
    document: company names found there also mark their short forms, "Acme" after
    "Acme Corp")."""

    def __init__(
        self, entities: list[Entity], lists: CommercialLists | None = None, text: str | None = None
    ) -> None:
        self.lists = lists or default_lists()
        self.companies: set[str] = set()  # first words of company names in the document
        for ent in entities:
            if self._named_company(ent) or (
                ent.type == "organization" and self.commercial_code(ent.actor_code or "")
            ):
                self.companies.add(ent.name.split()[0].lower())
        # whole names the document marks as companies (per document, not per sentence)
        self.marked: set[str] = self.marked_names(entities, text) if text else set()
        # (document id, first and end token) -> (that document, market_sentence's answer):
        # the events of one sentence ask once (speed33)
        self._markets: dict[tuple[int, int, int], tuple[Doc, bool]] = {}

    def marked_names(self, entities: list[Entity], text: str) -> set[str]:
        """RETURNS the lower-cased names of uncoded organisations and places that ``text``
        marks as companies: the name followed by up to three capitalised words and a legal
        form or a ticker, or by a market phrase (``company_marks_after``: "'s shares"), or
        preceded by one (``company_marks_before``: "shares of")."""
        flat = " ".join(text.split())
        # What each pattern below needs somewhere in the text, checked once per document:
        # a name's patterns are compiled only when the text can match them (compiling
        # them for every name of every document cost more than the rest of the events
        # extractor; the result is the same)
        any_form, any_after, any_before = _mark_presence(self.lists)
        has_form = any_form is not None and any_form.search(flat) is not None
        has_ticker = TICKER.search(flat) is not None
        has_after = any_after is not None and any_after.search(flat) is not None
        has_before = any_before is not None and any_before.search(flat) is not None
        form, ticker, tail, lead, longest = _mark_patterns(self.lists)
        tails = [
            p
            for p, has in ((form, has_form), (ticker, has_ticker), (tail, has_after))
            if has and p is not None
        ]
        lead = lead if has_before else None
        out: set[str] = set()
        for ent in entities:
            name = " ".join(ent.name.split())
            if (
                ent.actor_code
                or ent.type not in {"organization", "location"}
                or len(name) < 3
                or name.lower() in out
                or name not in flat
            ):
                continue
            if _marked(flat, name, tails, lead, longest):
                out.add(name.lower())
        return out

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
        if " ".join(ent.name.split()).lower() in self.marked:
            return True  # "Jefferies" in a story that names "Jefferies and Co"
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
        market word (``commodities``, ``market_terms`` in commercial.yaml), as nouns.
        Answered once per sentence (the document held while its answer is kept)."""
        key = (id(sent.doc), sent.start, sent.end)
        found = self._markets.get(key)
        if found is None or found[0] is not sent.doc:
            words = {
                w
                for t in span_tokens(sent)
                if t.pos_ in {"NOUN", "PROPN", "ADJ"}
                for w in (t.lemma_.lower(), t.lower_)
            }
            found = self._markets[key] = (
                sent.doc,
                bool(words & self.lists.commodities) and bool(words & self.lists.market_terms),
            )
        return found[1]

    def market_act(self, source: Actor | None, target: Actor | None, quad_class: int) -> bool:
        """Whether an event in commodity-market news is still a political act: a side is a
        coded state actor (a country or a part of its state, not an IGO or NGO: ``non_state``),
        the sides are two distinct coded political actors, or it is material conflict
        (quad class 4) by or against a coded political actor."""
        political = [
            a for a in (source, target) if a is not None and a.code and not self.is_commercial(a)
        ]
        if quad_class == 4 and political:
            return True
        if len(political) == 2 and political[0].code != political[1].code:
            return True
        return any(code_blocks(a.code or "")[0] not in self.lists.non_state for a in political)


__all__ = ["CommercialActors", "CommercialLists", "default_lists"]


def _marked(
    flat: str, name: str, tails: list[re.Pattern[str]], lead: re.Pattern[str] | None, longest: int
) -> bool:
    """Whether ``name`` occurs in ``flat`` (single-spaced text) as a whole word, with one of
    ``tails`` right after it or ``lead`` (a market phrase and one space) right before it:
    the same as searching ``\\b<name><tail>`` and ``<lead><name>\\b`` for the escaped
    name, at every occurrence of the name."""
    at = flat.find(name)
    while at != -1:
        end = at + len(name)
        if _BOUNDARY.match(flat, at) and any(p.match(flat, end) for p in tails):
            return True
        if (
            lead is not None
            and _BOUNDARY.match(flat, end)
            and lead.search(flat, max(0, at - longest - 16), at)
        ):
            return True
        at = flat.find(name, at + 1)
    return False
