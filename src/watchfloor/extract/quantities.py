"""Quantities tied to events: killed, injured, arrested, seized amounts, money.

Used by :mod:`watchfloor.extract.events` for each trigger. A number (spaCy ``like_num``
word or a CARDINAL / MONEY / QUANTITY entity) in the trigger's sentence counts for the
event when the word it counts ("four *people*", "two *tons*") is connected to the
trigger in the parse (the trigger governs it, or it governs the trigger), with no other
clause verb in between unless that verb is an outcome word. The *kind* comes from the
outcome word governing the counted noun ("people *killed*", "*arrested* 12 suspects",
"*seized* 2 tons"), from ``data/events/quantities.yaml``; money needs no outcome word.
Each quantity keeps its value, unit (the counted noun, or a currency), whether it was
approximate, and the source text span.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12,
         "hundred": 100, "m": 1e6, "bn": 1e9, "k": 1e3}
WORDS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
     "eighteen", "nineteen", "twenty"])}
WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
              "eighty": 80, "ninety": 90, "a": 1, "an": 1})
APPROX = {"approximately", "about", "around", "nearly", "almost", "some", "roughly",
          "over", "more", "than", "up", "to", "at", "least", "dozens", "hundreds",
          "thousands", "estimated"}
CURRENCY = {"$": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR",
            "euro": "EUR", "euros": "EUR", "£": "GBP", "pound": "GBP", "pesos": "MXN",
            "bolivar": "VES", "bolivars": "VES"}


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


def quantities_for(trigger: Token, kinds: dict[str, str]) -> list[dict]:
    """RETURNS the quantities of the trigger's sentence that belong to this event."""
    out: list[dict] = []
    seen: set[int] = set()
    for tok in trigger.sent:
        if not tok.like_num or tok.i in seen or tok.ent_type_ in {"DATE", "TIME", "PERCENT",
                                                                 "ORDINAL"}:
            continue
        if tok.dep_ not in {"nummod", "quantmod", "compound", "dobj", "nsubj", "pobj",
                            "nsubjpass", "appos"}:
            continue
        counted = tok
        while counted.dep_ in {"nummod", "quantmod", "compound", "nmod"} \
                and counted.head != counted and counted.head.i > counted.i:
            counted = counted.head
        group = [t for t in trigger.doc[counted.left_edge.i: counted.i + 1]
                 if t.like_num or t.lower_ in SCALE or t.dep_ == "quantmod"
                 or t.lower_ in CURRENCY]
        if counted.like_num or counted.lower_ in SCALE:
            group.append(counted)
        seen.update(t.i for t in group)
        money = tok.ent_type_ == "MONEY" or any(
            t.lower_ in CURRENCY for t in (*group, counted))
        kind, outcome = _kind(counted, kinds)
        if kind is None and money:
            kind = "money"
        if kind is None or not _tied(trigger, counted, outcome):
            continue
        value = parse_number([t.text for t in sorted(set(group), key=lambda t: t.i)])
        if value is None:
            continue
        first = min([t.i for t in group] + [counted.i])
        while first > trigger.sent.start and trigger.doc[first - 1].lower_ in APPROX | {"$"}:
            first -= 1
        last = max(t.i for t in group) if kind == "money" and group else counted.i
        span = trigger.doc[first: last + 1]
        unit = next((CURRENCY[t.lower_] for t in span if t.lower_ in CURRENCY), None) \
            if kind == "money" else counted.lemma_.lower()
        out.append({
            "kind": kind,
            "value": value,
            "unit": unit,
            "approximate": any(t.lower_ in APPROX for t in span if not t.like_num),
            "text": span.text,
            "start": span.start_char,
            "end": span.end_char,
        })
    return out


def _kind(counted: Token, kinds: dict[str, str]) -> tuple[str | None, Token | None]:
    """The outcome word that governs the counted noun ("people killed", "seized 2 tons")."""
    for cand in (counted.head, *[c for c in counted.children if c.dep_ in {"acl", "amod"}]):
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
        if trigger in anchor.ancestors or anchor in trigger.ancestors:
            return True
        if anchor.head == trigger.head and trigger.dep_ in {"nsubj", "nsubjpass"}:
            return True
    return False
