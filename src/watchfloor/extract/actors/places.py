"""Places in the actor extractor: geocoding the document's place names and reading them.

Geocodes each place reading with the document's other places as context, tells a
person-typed name that is a known place, gives a place's country, stores the geocode on
place entities, and flags places that are only where a figure was counted.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from spacy.attrs import IDX
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from watchfloor.extract.actors.codes import PlaceCountry, country_word
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.actors.word_lists import PLACE_NOUNS
from watchfloor.extract.doccache import doc_tokens, token_children
from watchfloor.extract.gazetteer import Gazetteer, fold
from watchfloor.geo import Place, default_index, geocode
from watchfloor.model import Entity

GEO_KINDS = {"city": "city", "admin": "admin_area", "country": "country", "region": "region"}


# "Honduras registered 2,916 murders", "Mexico recorded a 10 percent rise in kidnappings":
# the country is where a figure was counted, not an actor (issue 11).
STATISTIC_VERBS = {
    "register",
    "record",
    "log",
    "tally",
    "see",
    "post",
    "report",
    "count",
    "document",
    "suffer",
    "experience",
    "have",
    "reach",
    "total",
}
STATISTIC_NOUNS = {
    "murder",
    "homicide",
    "killing",
    "death",
    "kidnapping",
    "case",
    "rate",
    "victim",
    "rise",
    "increase",
    "drop",
    "decrease",
    "decline",
    "fall",
    "incident",
    "crime",
    "robbery",
    "extortion",
    "massacre",
    "disappearance",
    "seizure",
    "figure",
    "number",
    "total",
    "percent",
}


def mark_statistic_places(doc: Doc, entities: list[Entity]) -> None:
    """Flag the mentions of places that are the subject of a counting verb with a figure
    as its object: ``attributes["statistic_mentions"]`` holds their character spans, and
    the event coder does not take them as an event's source."""
    by_start = {}
    for ent in entities:
        if ent.type == "location":
            for m in ent.mentions:
                by_start[m.start] = (ent, m)
    if not by_start:
        return
    # only the tokens a place mention starts at (no ``Token`` made for the other words)
    for i in [i for i, idx in enumerate(doc.to_array(IDX).tolist()) if idx in by_start]:
        token = doc[i]
        ent, m = by_start[token.idx]
        head = doc.char_span(m.start, m.end, alignment_mode="expand")
        root = head.root if head is not None else token
        verb = root.head
        if root.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_.lower() not in STATISTIC_VERBS:
            continue
        objects = [c for c in token_children(verb) if c.dep_ in {"dobj", "attr", "obj"}]
        if any(
            any(t.like_num for t in o.subtree)
            and (
                o.lemma_.lower() in STATISTIC_NOUNS
                or any(t.lemma_.lower() in STATISTIC_NOUNS for t in o.subtree)
            )
            for o in objects
        ):
            spans = ent.attributes.setdefault("statistic_mentions", [])
            if [m.start, m.end] not in spans:
                spans.append([m.start, m.end])


def place_like_person(index, name: str, span: SpacySpan) -> bool:
    """Whether a name typed as a person is a known place (see :meth:`_place_names`)."""
    if any(t.pos_ != "PROPN" for t in span) or span[-1].tag_ == "POS":
        return False
    found = [c for c in index.find(name) if c.precision != "region"]
    if not found:
        return False
    if any(c.precision in {"admin", "country"} for c in found):
        return True
    return len(span) >= 2 and any(c.population >= 50_000 for c in found)


def place_country_finder(places: dict[str, Place]) -> PlaceCountry:
    """A function: a capitalised word run → the country of the place it names, when the
    place is one of the document's (geocoded) or the index has it in one country only
    (admin areas, countries, cities over 100,000 people)."""
    index = default_index()

    def country(words: str, level: str = "city") -> str | None:
        """``level`` "admin": admin areas and countries only; "city": cities too."""
        if not words[:1].isupper():
            return None
        place = places.get(words)
        if (
            place is not None
            and place.precision != "region"
            and (level == "city" or place.precision in {"admin", "country"})
        ):
            return place.country
        found = [c for c in index.find(words) if c.iso3]
        isos = {c.iso3 for c in found if c.precision in {"admin", "country"}}
        cities = {c.iso3 for c in found if c.precision == "city" and c.population >= 100_000}
        if level == "city":
            isos |= cities
        elif cities - isos:
            # an admin area of one country that is a large city of another ("Hanover": a
            # Jamaican parish and the German city) names neither for sure (codes46,
            # round 63: Manufacturers Hanover coded JAMBUS)
            return None
        return isos.pop() if len(isos) == 1 else None

    return country


def place_by_own_name(name: str, iso3: str) -> bool:
    """Whether a run of one to three words of ``name`` is a place of ``iso3`` by that
    place's own name ("San Diego", "Manhattan"), not only by an alternate one ("Casa", an
    alternate name of Chas in India)."""
    index = default_index()
    words = name.split()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            run = " ".join(words[i : i + size])
            if run[:1].isupper() and any(
                c.iso3 == iso3 and fold(c.name) == fold(run) for c in index.find(run)
            ):
                return True
    return False


def listed_with_countries(doc: Doc, r: Reading, gaz: Gazetteer) -> bool:
    """Whether a place name is coordinated with a country ("Russia attacked Ukraine and
    Georgia", "Syria, Jordan and Lebanon"): then an ambiguous country name is the country."""
    tok = doc[r.start : r.end].root
    near = [c for c in token_children(tok) if c.dep_ == "conj"]
    if tok.dep_ == "conj":
        near.append(tok.head)
        near.extend(c for c in token_children(tok.head) if c.dep_ == "conj" and c.i != tok.i)
    return any(country_word(gaz, t.text) for t in near)


def geocode_places(
    doc: Doc, readings: list[Reading], demonyms: dict[str, str] | None = None
) -> dict[str, Place]:
    """Geocode each place name, with the document's other places as context.

    "Aurora, Colorado": a place followed by a comma and another place is qualified by it.
    RETURNS name → :class:`Place` for the names the geocoder knows.
    """
    locations = [r for r in readings if r.type == "location"]
    places = [r for r in locations if r.kind not in {"facility"}]
    if not places:
        return {}
    by_start = {r.start: r for r in locations}
    qualifiers: dict[str, str] = {}
    stated: dict[str, set[str]] = {}  # name → countries the text sets it in explicitly
    for r in locations:
        nxt = by_start.get(r.end + 1)
        if nxt is not None and r.end < len(doc) and doc[r.end].text == ",":
            qualifiers.setdefault(r.name, nxt.name)
            if (
                nxt.kind == "country"
                and nxt.country
                and r.kind != "country"
                and not (nxt.end < len(doc) and doc[nxt.end].lower_ in {",", "and", "or"})
            ):
                # "Cali, Colombia"; not a list ("Brazil, Uruguay and Peru")
                stated.setdefault(r.name, set()).add(nxt.country)
        # "Buenos Aires (Ecuador)": a country in brackets right after the name
        if (
            nxt is not None
            and r.end + 2 < len(doc)
            and doc[r.end].text == "("
            and doc[nxt.end].text == ")"
            and nxt.kind == "country"
            and nxt.country
        ):
            stated.setdefault(r.name, set()).add(nxt.country)
        # "the north Ecuador district of Buenos Aires", "the Ecuadorian town of X"
        if (
            r.start >= 3
            and doc[r.start - 1].lower_ == "of"
            and fold(doc[r.start - 2].text) in PLACE_NOUNS
        ):
            for t in doc_tokens(doc)[max(0, r.start - 5) : r.start - 2]:
                iso = (
                    by_start[t.i].country
                    if t.i in by_start and by_start[t.i].kind == "country"
                    else None
                )
                iso = iso or ((demonyms or {}).get(fold(t.text)) if t.pos_ == "ADJ" else None)
                if iso:
                    stated.setdefault(r.name, set()).add(iso)
    names = sorted({r.name for r in places})
    countries = [r.country for r in places if r.kind == "country" and r.country]
    out = {}
    for name in names:
        query = f"{name}, {qualifiers[name]}" if name in qualifiers else name
        place = geocode(query, names, countries)
        if place is not None and name in stated and place.country not in stated[name]:
            # the index knows no place of that name in the country the text gives: a
            # namesake elsewhere would code its people for the wrong country (round 8)
            continue
        if place is not None:
            out[name] = place
    return out


def location_country(r: Reading, places: dict[str, Place]) -> str | None:
    """The country a location reading lies in (None for regions and unknown places)."""
    if r.type != "location":
        return None
    place = places.get(r.name)
    return place.country if place is not None and place.precision != "region" else None


def attach_geo(entities: list[Entity], places: dict[str, Place]) -> None:
    """Store each place entity's geocode in ``attributes["geo"]``.

    A place the gazetteer did not type gets its kind (city, admin_area, country, region)
    and country from the geocoder.
    """
    for ent in entities:
        if ent.type != "location" or ent.kind in {"facility"}:
            continue
        place = places.get(ent.name)
        if place is None:
            continue
        ent.attributes["geo"] = place.to_dict()
        if ent.attributes.get("recognised_by") != "gazetteer":
            ent.kind = GEO_KINDS.get(place.precision, ent.kind)
            if place.country and place.precision != "region":
                ent.country = ent.country or place.country
                if place.precision == "country":
                    ent.actor_code = ent.actor_code or place.country
