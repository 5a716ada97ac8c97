"""Event places: where an event happened, geocoded, with how the place was found.

Used by :mod:`watchfloor.extract.events`. Tried in order, first hit wins; ``basis`` says
which rule gave the place and ``confidence`` how far it can be trusted:

========== ==== ===================================================================
basis      conf rule
========== ==== ===================================================================
trigger    0.9  a location after in / near / off ... on the trigger, on its objects
                or prepositional objects, or on the verb governing a nominal or
                controlled trigger ("strikes on drug boats *in the Caribbean*",
                "ordered strikes *in Venezuela*")
argument   0.8  a location after in / near ... on the source or target phrase
                ("attacked a police station *in Cauca*"), or, for a material act,
                a target that is itself a place ("bombed *Goma*")
sentence   0.6  a location after a place preposition anywhere else in the sentence
dateline   0.4  the place of the story's dateline ("CARACAS, Venezuela (Wire) —")
document   0.2  the document's most-mentioned place: a low-precision guess
========== ==== ===================================================================

Coordinates, country and ``precision`` (city / admin / country / region) come from the
actor extractor's geocoding of the place entity, or :func:`watchfloor.geo.geocode` for a
place name that is no entity.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from watchfloor.extract.doccache import sentence_of, span_tokens, token_children
from watchfloor.extract.events.arguments import OBJECT_DEPS
from watchfloor.extract.events.backrefs import token_at
from watchfloor.extract.events.pronouns import as_place
from watchfloor.extract.events.resolver import ActorResolver
from watchfloor.geo import geocode
from watchfloor.model import Entity, Event

PLACE_PREPS = {
    "in",
    "within",
    "inside",
    "near",
    "at",
    "across",
    "off",
    "outside",
    "into",
    "throughout",
    "along",
    "around",
}
CONFIDENCE = {"trigger": 0.9, "argument": 0.8, "sentence": 0.6, "dateline": 0.4, "document": 0.2}
PLACE_ENTS = {"GPE", "LOC", "FAC"}
# "the town of Bakhmut", "the port of Maracaibo": the "of" object is the place
PLACE_NOUNS = {
    "town",
    "city",
    "village",
    "port",
    "province",
    "region",
    "district",
    "state",
    "municipality",
    "neighborhood",
    "neighbourhood",
    "island",
    "capital",
    "area",
}
# a nominal or controlled trigger shares the place of the word governing it
UP_DEPS = {"dobj", "pobj", "xcomp", "ccomp", "conj", "advcl", "nsubjpass", "attr"}


def event_place(
    token: Token,
    resolver: ActorResolver,
    source: Token | None = None,
    target: Token | None = None,
    material: bool = False,
) -> dict | None:
    """RETURNS the place read from the trigger's own phrase or its arguments, or None."""
    heads = [token, *[c for c in token_children(token) if c.dep_ in OBJECT_DEPS]]
    heads += [
        o
        for p in token_children(token)
        if p.dep_ == "prep"
        for o in token_children(p)
        if o.dep_ == "pobj"
    ]
    up = token
    for _ in range(2):  # "ordered strikes in X", "vowed to strike in X"
        if up.dep_ not in UP_DEPS or up.head == up:
            break
        up = up.head.head if up.dep_ == "pobj" else up.head
        if up.pos_ in {"VERB", "AUX"}:
            heads.append(up)
            break
    for h in heads:
        found = _pp_place(h, resolver)
        if found:
            return _with_basis(found, "trigger")
    for arg in (target, source):
        if arg is None:
            continue
        found = _pp_place(arg, resolver)
        if found:
            return _with_basis(found, "argument")
    if material and target is not None:
        ent = resolver.entity_at(target)
        if ent is not None and ent.type == "location":
            return _with_basis(_describe(target, ent, resolver), "argument")
    return None


def fill_places(events: list[Event], doc: Doc, resolver: ActorResolver) -> None:
    """Give the events without a place the sentence's, the dateline's or the document's."""
    if not any(e.extra.get("place") is None for e in events):
        return
    by_sentence: dict[int, dict | None] = {}
    fallback: list[dict | None] = []
    for ev in events:
        if ev.extra.get("place") is not None:
            continue
        tok = token_at(doc, ev.trigger.start)
        if tok is None:
            continue
        key = sentence_of(tok).start
        if key not in by_sentence:
            by_sentence[key] = _sentence_place(tok, resolver)
        place = by_sentence[key]
        if place is None:
            if not fallback:
                fallback.append(_dateline_place(resolver) or _document_place(doc, resolver))
            place = fallback[0]
        if place is not None:
            ev.extra["place"] = dict(place)


def _pp_place(head: Token, resolver: ActorResolver) -> dict | None:
    preps = PLACE_PREPS | {"of"} if head.lemma_.lower() in PLACE_NOUNS else PLACE_PREPS
    for p in token_children(head):
        if p.dep_ != "prep" or p.lower_ not in preps:
            continue
        for obj in (o for o in token_children(p) if o.dep_ == "pobj"):
            ent = resolver.entity_at(obj)
            if ent is not None and ent.type != "location":
                continue
            if (
                ent is None
                and obj.ent_type_ not in PLACE_ENTS
                and not (obj.pos_ == "PROPN" and p.lower_ in {"in", "near"})
            ):
                continue  # "in Aurora": the small model often calls a town a PERSON
            return _describe(obj, ent, resolver)
    return None


def _sentence_place(trigger: Token, resolver: ActorResolver) -> dict | None:
    """The place-preposition location nearest the trigger anywhere in its sentence."""
    best, best_dist = None, None
    for tok in span_tokens(sentence_of(trigger)):
        if tok.dep_ != "pobj" or tok.head.lower_ not in PLACE_PREPS:
            continue
        ent = resolver.entity_at(tok)
        is_place = ent.type == "location" if ent is not None else tok.ent_type_ in {"GPE", "LOC"}
        if not is_place:
            continue
        dist = abs(tok.i - trigger.i)
        if best_dist is None or dist < best_dist:
            best, best_dist = (tok, ent), dist
    if best is None:
        return None
    return _with_basis(_describe(best[0], best[1], resolver), "sentence")


def _dateline_place(resolver: ActorResolver) -> dict | None:
    """The place a story was filed from: its first dateline, near the top of the text."""
    text = resolver.result.text
    for start, end in resolver.datelines[:1]:
        if start > 400:
            return None
        head = text[start:end].split(",")[0].split("(")[0]
        name = " ".join(w for w in head.split() if w.isupper() and w.isalpha())
        if not name:
            return None
        at = text.find(name, start, end)
        at = at if at >= 0 else start
        ent = resolver.result.entity_at(at, at + len(name))
        if ent is not None and (ent.type != "location" or ent.name.lower() != name.lower()):
            ent = None  # "CARACAS, Venezuela": the city, not the country after it
        geo: dict = dict(ent.attributes.get("geo") or {}) if ent is not None else {}
        if not geo:
            found = geocode(name.title(), resolver.place_names())
            geo = found.to_dict() if found else {}
        if not geo:
            return None
        return _with_basis(
            {
                "name": geo.get("name", name.title()),
                "entity": ent.id if ent is not None else None,
                "country": geo.get("country"),
                "lat": geo.get("lat"),
                "lon": geo.get("lon"),
                "precision": geo.get("precision"),
                "start": at,
                "end": at + len(name),
                "text": text[at : at + len(name)],
            },
            "dateline",
        )
    return None


def _document_place(doc: Doc, resolver: ActorResolver) -> dict | None:
    """The location the document most often names as a place ("in X", "into X", "from X";
    not "accused Washington", not a dateline), first-mentioned on ties."""
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, Entity]] = {}
    dated = resolver.datelines
    for ent in resolver.result.entities:
        if ent.type != "location" or not (ent.attributes.get("geo") or ent.country):
            continue
        for m in ent.mentions:
            if any(a <= m.start < b for a, b in dated) or not as_place(doc, m.start):
                continue
            counts[ent.id] += 1
            if ent.id not in first or m.start < first[ent.id][0]:
                first[ent.id] = (m.start, ent)
    if not counts:
        return None
    best = min(counts, key=lambda k: (-counts[k], first[k][0]))
    start, ent = first[best]
    tok = token_at(doc, start)
    if tok is None:
        return None
    return _with_basis(_describe(tok, ent, resolver), "document")


def _describe(obj: Token, ent: Entity | None, resolver: ActorResolver) -> dict:
    start, end = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
    text = obj.doc[obj.left_edge.i : obj.right_edge.i + 1].text
    geo = dict(ent.attributes.get("geo") or {}) if ent else {}
    if not geo:
        found = geocode(text, resolver.place_names())
        geo = found.to_dict() if found else {}
    return {
        "name": ent.name if ent else geo.get("name", text),
        "entity": ent.id if ent else None,
        "country": geo.get("country") or (ent.country if ent else None),
        "lat": geo.get("lat"),
        "lon": geo.get("lon"),
        "precision": geo.get("precision"),
        "start": start,
        "end": end,
        "text": text,
    }


def _with_basis(place: dict, basis: str) -> dict:
    place["basis"] = basis
    place["confidence"] = CONFIDENCE[basis]
    return place
