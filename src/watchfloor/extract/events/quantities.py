"""Quantities tied to events: killed, injured, arrested, seized amounts, money.

Used by :mod:`watchfloor.extract.events` for each trigger. A number (spaCy ``like_num``
word or a CARDINAL / MONEY / QUANTITY entity) in the trigger's sentence counts for the
event when the word it counts ("four *people*", "two *tons*") is connected to the
trigger in the parse (the trigger governs it, or it governs the trigger), with no other
clause verb in between unless that verb is an outcome word. The *kind* comes from the
outcome word governing the counted noun ("people *killed*", "*arrested* 12 suspects",
"*seized* 2 tons"), from ``data/events/quantities.yaml``; money needs no outcome word.
Each quantity keeps its value, unit (the counted noun, or a currency), whether it was
approximate, the source text span, ``per`` for a rate ("annually" -> year) and ``scope``:
``event`` when tied to the event through the parse, ``sentence`` when no event of the
sentence is and it went to the nearest trigger (:func:`attach_sentence_quantities`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from watchfloor.extract.doccache import (
    doc_sents,
    doc_tokens,
    has_number,
    number_tokens,
    sentence_of,
    span_text,
    token_children,
)

SCALE = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "dozen": 12,
    "hundred": 100,
    "m": 1e6,
    "bn": 1e9,
    "k": 1e3,
}
WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
WORDS.update(
    {
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
        "a": 1,
        "an": 1,
    }
)
APPROX = {
    "approximately",
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "roughly",
    "over",
    "more",
    "than",
    "up",
    "to",
    "at",
    "least",
    "dozens",
    "hundreds",
    "thousands",
    "estimated",
}
CURRENCY = {
    "$": "USD",
    "us$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "pound": "GBP",
    "pesos": "MXN",
    "bolivar": "VES",
    "bolivars": "VES",
}


def parse_number(words: list[str]) -> float | None:
    """RETURNS the value of "four", "100,000", "1.5 million", "dozens" (12) or None."""
    value: float | None = None
    for w in words:
        w = w.lower().strip("$€£")
        num = re.fullmatch(r"\d[\d,]*(\.\d+)?", w)
        if num:
            value = float(w.replace(",", ""))
        elif w in WORDS and value is None:
            value = float(WORDS[w])
        elif w.rstrip("s") in SCALE:
            value = (value or 1.0) * SCALE[w.rstrip("s")]
    return value


Found = list[tuple[dict, Token, "Token | None"]]


def quantities_for(
    trigger: Token, kinds: dict[str, str], cache: dict[int, Found] | None = None
) -> list[dict]:
    """RETURNS the quantities of the trigger's sentence that belong to this event.
    ``cache`` (sentence start → figures) spares re-reading a sentence for each trigger."""
    return [
        dict(q, scope="event")
        for q, counted, outcome in _figures(sentence_of(trigger), kinds, cache)
        if _tied(trigger, counted, outcome)
    ]


def _figures(sent: Span, kinds: dict[str, str], cache: dict[int, Found] | None) -> Found:
    """:func:`sentence_quantities`, read once per sentence when a ``cache`` is given."""
    if cache is None:
        return sentence_quantities(sent, kinds)
    found = cache.get(sent.start)
    if found is None:
        found = cache[sent.start] = sentence_quantities(sent, kinds)
    return found


def sentence_quantities(sent: Span, kinds: dict[str, str]) -> Found:
    """RETURNS every outcome or money figure of a sentence, with its counted noun and the
    outcome word that gives its kind (None for money): ``(quantity, counted, outcome)``."""
    out: Found = []
    seen: set[int] = set()
    doc = sent.doc
    for tok in number_tokens(sent):  # the number-like words only: the others are skipped
        if tok.i in seen or tok.ent_type_ in {"DATE", "TIME", "PERCENT", "ORDINAL"}:
            continue
        if tok.dep_ not in {
            "nummod",
            "quantmod",
            "compound",
            "dobj",
            "nsubj",
            "pobj",
            "nsubjpass",
            "appos",
        }:
            continue
        counted = tok
        while (
            counted.dep_ in {"nummod", "quantmod", "compound", "nmod"}
            and counted.head != counted
            and counted.head.i > counted.i
        ):
            counted = counted.head
        group = [
            t
            for t in doc_tokens(doc)[counted.left_edge.i : counted.i + 1]
            if t.like_num or t.lower_ in SCALE or t.dep_ == "quantmod" or t.lower_ in CURRENCY
        ]
        if counted.like_num or counted.lower_ in SCALE:
            group.append(counted)
        seen.update(t.i for t in group)
        money = tok.ent_type_ == "MONEY" or any(t.lower_ in CURRENCY for t in (*group, counted))
        kind, outcome = _kind(counted, kinds)
        if kind is None and money:
            kind = "money"
        if kind is None:
            continue
        value = parse_number([t.text for t in sorted(set(group), key=lambda t: t.i)])
        if value is None:
            continue
        first = min([t.i for t in group] + [counted.i])
        while first > sent.start and doc[first - 1].lower_ in APPROX | {"$"}:
            first -= 1
        last = max(t.i for t in group) if kind == "money" and group else counted.i
        span = doc[first : last + 1]
        unit = (
            next((CURRENCY[t.lower_] for t in span if t.lower_ in CURRENCY), None)
            if kind == "money"
            else counted.lemma_.lower()
        )
        q = {
            "kind": kind,
            "value": value,
            "unit": unit,
            "approximate": any(t.lower_ in APPROX for t in span if not t.like_num),
            "text": span.text,
            "start": span.start_char,
            "end": span.end_char,
        }
        period = _period(counted, outcome)
        if period:
            q["per"] = period  # a rate: "100,000 citizens annually" -> per year
        out.append((q, counted, outcome))
    return out


def count_figures_once(
    events: list, doc: Doc, kinds: dict[str, str], cache: dict[int, Found] | None = None
) -> None:
    """A figure the parse ties to events of several triggers stays with one of them, so
    totals over events count it once: the event whose trigger is its outcome word
    ("attacked a station, *killing* four officers": the killing has the four), else the
    trigger closest above its outcome word in the parse ("killing two and *injuring* 14":
    the killing), else the nearest trigger. The events of one trigger (compound actors)
    keep it alike."""
    for evs in _by_sentence([ev for ev in events if ev.extra.get("quantities")]):
        if len({e.trigger.start for e in evs}) < 2:
            continue
        tokens = {e.trigger.start: tok for e in evs if (tok := _trigger_token(doc, e)) is not None}
        if not tokens:
            continue
        sent = sentence_of(next(iter(tokens.values())))
        for q, counted, outcome in _figures(sent, kinds, cache):
            holders = [
                e
                for e in evs
                if e.trigger.start in tokens
                and any(
                    x["start"] == q["start"] and x["scope"] == "event"
                    for x in e.extra.get("quantities") or ()
                )
            ]
            if len({e.trigger.start for e in holders}) < 2:
                continue
            anchor = outcome or counted
            keep = min(
                {e.trigger.start for e in holders},
                key=lambda k: (_steps_up(anchor, tokens[k]), abs(tokens[k].i - anchor.i), k),
            )
            for e in holders:
                if e.trigger.start != keep:
                    e.extra["quantities"] = [
                        x for x in e.extra["quantities"] if x["start"] != q["start"]
                    ]
                    if not e.extra["quantities"]:
                        del e.extra["quantities"]


def _by_sentence(events: list) -> list[list]:
    """The events grouped by their sentence, in order of first appearance."""
    groups: dict[int, list] = {}
    for ev in events:
        groups.setdefault(ev.sentence.start, []).append(ev)
    return list(groups.values())


def _trigger_token(doc: Doc, event) -> Token | None:
    """The first token of an event's trigger span (None when it maps to no token)."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _steps_up(token: Token, ancestor: Token) -> int:
    """Steps from ``token`` up the parse to ``ancestor`` (0: the same token; a large
    number when it is not above it)."""
    for steps, tok in enumerate((token, *token.ancestors)):
        if tok.i == ancestor.i:
            return steps
    return 1_000


def attach_sentence_quantities(
    events: list, doc: Doc, kinds: dict[str, str], cache: dict[int, Found] | None = None
) -> None:
    """A figure of an event's sentence that no event there is tied to through the parse
    ("the U.S. is losing 100,000 citizens a year ..., officials said as they announced
    sanctions") goes to the event whose trigger is nearest, marked ``scope: sentence``;
    figures tied through the parse are ``scope: event``. The figures of sentences without
    an event are the document's (:func:`document_quantities`)."""
    for evs in _by_sentence(events):
        taken = {q["start"] for ev in evs for q in ev.extra.get("quantities") or []}
        first = _trigger_token(doc, evs[0])
        if first is None:
            continue
        for q, counted, _ in _figures(sentence_of(first), kinds, cache):
            if q["start"] in taken:
                continue
            near = min(evs, key=lambda e: abs(e.trigger.start - counted.idx))
            same = [e for e in evs if e.trigger.start == near.trigger.start]
            for e in same:  # the events of one trigger (compound actors) share it
                e.extra.setdefault("quantities", []).append(dict(q, scope="sentence"))
            taken.add(q["start"])


def document_quantities(
    doc: Doc,
    event_sentences: set[int],
    kinds: dict[str, str],
    cache: dict[int, Found] | None = None,
) -> list[dict]:
    """RETURNS the figures of the sentences that hold no event (their character starts
    are not in ``event_sentences``): "the country loses approximately 100,000 citizens
    annually" stated on its own. Each is marked ``scope: document`` with its ``sentence``
    span; only sentences with a number-like token are read."""
    if not len(doc):
        return []
    out: list[dict] = []
    for sent in doc_sents(doc):
        if sent.start_char in event_sentences or not has_number(sent):
            continue
        for q, _counted, _outcome in _figures(sent, kinds, cache):
            out.append(
                dict(
                    q,
                    scope="document",
                    sentence={
                        "start": sent.start_char,
                        "end": sent.end_char,
                        "text": span_text(sent),
                    },
                )
            )
    return out


PERIODS = {
    "annually": "year",
    "yearly": "year",
    "daily": "day",
    "monthly": "month",
    "weekly": "week",
}
PERIOD_NOUNS = {"year", "day", "month", "week"}


def _period(counted: Token, outcome: Token | None) -> str | None:
    """The period of a rate: "annually", "a year", "per day", "each month"."""
    for anchor in filter(None, (counted, counted.head, outcome)):
        for c in token_children(anchor):
            if c.lower_ in PERIODS:
                return PERIODS[c.lower_]
            if c.lemma_.lower() in PERIOD_NOUNS and any(
                d.lower_ in {"a", "an", "each", "every", "per"} for d in token_children(c)
            ):
                return c.lemma_.lower()
            if c.lower_ == "per":
                obj = next((o for o in token_children(c) if o.lemma_.lower() in PERIOD_NOUNS), None)
                if obj is not None:
                    return obj.lemma_.lower()
    return None


def _kind(counted: Token, kinds: dict[str, str]) -> tuple[str | None, Token | None]:
    """The outcome word that governs the counted noun ("people killed", "seized 2 tons")."""
    for cand in (counted.head, *[c for c in token_children(counted) if c.dep_ in {"acl", "amod"}]):
        kind = kinds.get(cand.lemma_.lower()) or kinds.get(cand.lower_)
        if kind:
            return kind, cand
    kind = kinds.get(counted.lemma_.lower())  # "four deaths", "12 arrests"
    return (kind, counted) if kind else (None, None)


def _tied(trigger: Token, counted: Token, outcome: Token | None) -> bool:
    """The counted noun and the trigger sit on one chain of the parse."""
    for anchor in filter(None, (counted, outcome)):
        if anchor.i == trigger.i:
            return True
        if trigger in anchor.ancestors:
            return True
        if anchor in trigger.ancestors and not _own_clause(trigger, anchor):
            return True
        if anchor.head == trigger.head and trigger.dep_ in {"nsubj", "nsubjpass"}:
            return True
    return False


def _own_clause(trigger: Token, ancestor: Token) -> bool:
    """Whether the trigger sits in a coordinated clause with its own subject below
    ``ancestor`` ("Mexico loses 30,000 people ..., and the U.S. imposed sanctions")."""
    tok = trigger
    while tok != ancestor and tok.head != tok:
        if tok.dep_ == "conj" and any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in token_children(tok)
        ):
            return True
        tok = tok.head
    return False
