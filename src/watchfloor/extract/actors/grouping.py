"""Grouping mentions into entities: short forms, acronyms and surnames join the full name.

"Maduro" joins "Nicolás Maduro", "FBI" joins "Federal Bureau of Investigation"; each
entity gets its id, attributes (how it was coded) and its mentions with confidences.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from spacy.tokens import Doc

from watchfloor.extract.actors.alias_names import alias_links, alias_of
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.actors.state import ExtractorState
from watchfloor.extract.doccache import doc_sents, span_text
from watchfloor.extract.gazetteer import fold, slug
from watchfloor.model import Entity, Mention

_TYPE_PREFIX = {"person": "per", "organization": "org", "location": "loc", "other": "oth"}


def _entity_id(r: Reading) -> str:
    if r.origin == "role" and r.code:
        return f"act:{r.code.lower()}"
    return f"{_TYPE_PREFIX.get(r.type, 'oth')}:{slug(r.name)}"


def _code_attributes(r: Reading) -> dict:
    out: dict = {}
    if r.code and r.code_from:
        out["code_from"] = r.code_from
    if r.code and r.inferred:
        out["country_inferred"] = True
    if r.code and r.dictionary_code and r.code_from == "title":
        out["title_over_dictionary"] = r.dictionary_code
    return out


def _attributes(r: Reading) -> dict:
    attrs: dict = {"recognised_by": r.origin, **_code_attributes(r)}
    if r.entry is not None:
        if r.entry.source:
            attrs["source"] = r.entry.source
        for key in ("designations", "role"):
            if r.entry.attributes.get(key):
                attrs[key] = r.entry.attributes[key]
    return attrs


def _sentence_index(doc: Doc) -> dict[int, int]:
    out = {}
    if not doc.has_annotation("SENT_START"):
        return out
    for n, sent in enumerate(doc_sents(doc)):
        for i in range(sent.start, sent.end):
            out[i] = n
    return out


def _acronym_links(doc: Doc, readings: list[Reading]) -> dict[str, Reading]:
    """Link "Long Name (LN)" pairs: the acronym resolves to the long name."""
    links: dict[str, Reading] = {}
    for r in readings:
        if r.end + 2 < len(doc) and doc[r.end].text == "(" and doc[r.end + 2].text == ")":
            acro = doc[r.end + 1].text
            initials = "".join(w[0] for w in r.name.split() if w[0].isupper())
            if acro.isupper() and acro == initials:
                links[fold(acro)] = r
    return links


class MentionGrouper(ExtractorState):
    """Group readings into entities (a part of :class:`ActorExtractor`)."""

    # -- grouping ------------------------------------------------------------------------
    def _group(self, doc: Doc, readings: list[Reading]) -> list[Entity]:
        sent_index = _sentence_index(doc)
        # Canonical full person names, to resolve short forms ("Maduro" → "Nicolás Maduro").
        full_people = [r for r in readings if r.type == "person" and len(r.name.split()) > 1]
        # coded dictionary organisations of several words: "the Commission" for one of
        # them (not a name the recogniser typed as a body: "Berta Caceres")
        full_orgs = named_bodies(readings)
        acronyms = _acronym_links(doc, readings)
        aliases = alias_links(doc, readings)  # "X, alias 'El Y'": "El Y" is X (people42)
        entities: dict[str, Entity] = {}
        undated: set[str] = set()  # entities coded by a record's default, no dated range
        for r in readings:
            full = alias_of(r, aliases)
            if full is not None:
                r = _joined(r, self._resolve_short(full, full_people, acronyms, doc), "person")
            r = self._resolve_short(r, full_people, acronyms, doc)
            if r.type == "organization" and r.code is None:
                r = _short_organization(r, full_orgs)
            eid = _entity_id(r)
            ent = entities.get(eid)
            if ent is None:
                ent = entities[eid] = Entity(
                    id=eid,
                    name=r.name,
                    type=r.type,
                    kind=r.kind,
                    actor_code=r.code,
                    country=r.country,
                    attributes=_attributes(r),
                )
                if r.code and self._record_default(r):
                    undated.add(eid)
            elif r.code and r.code_from == "title" and eid in undated and r.type == "person":
                # "Peña Nieto" in a headline (the record's undated default, ELI) and then
                # "President Enrique Peña Nieto": the title the text gives beats the
                # default for the whole entity, as it does for its own mention (round 22:
                # sitting presidents of undated articles coded ELI)
                ent.actor_code, ent.country = r.code, r.country or ent.country
                ent.attributes.pop("country_inferred", None)
                ent.attributes.update(_code_attributes(r))
                undated.discard(eid)
            elif ent.actor_code is None and r.code:
                ent.actor_code, ent.country = r.code, r.country or ent.country
                ent.attributes.update(_code_attributes(r))
            elif r.code and ent.attributes.get("country_inferred") and not r.inferred:
                # a mention with its own country beats the article's country
                ent.actor_code, ent.country = r.code, r.country or ent.country
                ent.attributes.pop("country_inferred", None)
            for title in r.titles:
                titles = ent.attributes.setdefault("titles", [])
                if title not in titles:
                    titles.append(title)
            span = doc[r.start : r.end]
            ent.mentions.append(
                Mention(
                    span.start_char,
                    span.end_char,
                    span_text(span),  # from the document's text: no Token per word
                    sent_index.get(r.start, -1),
                    0.5 if r.inferred else 0.9 if r.origin == "gazetteer" else 0.7,
                )
            )
        return list(entities.values())

    def _resolve_short(
        self,
        r: Reading,
        full_people: list[Reading],
        acronyms: dict[str, Reading],
        doc: Doc | None = None,
    ) -> Reading:
        if r.origin != "gazetteer" and fold(r.name) in acronyms:
            long = acronyms[fold(r.name)]
            if (long.start, long.end) != (r.start, r.end):
                return _joined(r, long, long.type)
        said = (  # the words the text says, read only where an acronym may match them
            fold(span_text(doc[r.start : r.end]))
            if doc is not None and acronyms and r.origin == "gazetteer"
            else ""
        )
        if r.origin == "gazetteer" and said in acronyms:
            long = acronyms[said]
            if (
                (long.start, long.end) != (r.start, r.end)
                and fold(long.name) != fold(r.name)
                and long.code != r.code
            ):
                # "the Philippine National Bank (PNB)": the acronym the text defines is
                # that body, not a namesake entry's (Venezuela's police; roles41)
                joined = _joined(r, long, long.type)
                joined.code, joined.code_from = long.code, long.code_from
                joined.inferred = long.inferred
                return joined
        if (
            r.origin == "gazetteer"
            and r.type == "person"
            and r.end - r.start == 1
            and doc is not None
        ):
            # "Vance" after "Paul Vance, 52, ..." is Paul Vance, not the curated JD Vance
            # whose alias the surname also is (round 8)
            said = fold(doc[r.start].text)
            other = next(
                (
                    f
                    for f in full_people
                    if f.origin == "ner" and fold(f.name.split()[-1]) == said and f.name != r.name
                ),
                None,
            )
            if other is not None and not any(
                f.origin == "gazetteer" and f.name == r.name and f.end - f.start > 1
                for f in full_people
            ):
                return Reading(
                    r.start,
                    r.end,
                    other.name,
                    "person",
                    other.kind,
                    other.country,
                    other.code,
                    "surname",
                    other.entry,
                    r.titles,
                )
        if r.origin in {"gazetteer", "shared_surname"} or r.type not in {"person", "organization"}:
            return r  # (shared_surname: a surname two people of the document bear)
        if len(r.name.split()) > 1:
            return _compound_surname(r, full_people)
        key = fold(r.name)
        match = next((f for f in full_people if fold(f.name.split()[-1]) == key), None)
        if match is None:
            # Spanish and Portuguese names: the first surname stands for the person
            # ("Guzmán" for Joaquín Guzmán Loera) when one person of the document has it
            paternal = {
                f.name: f
                for f in full_people
                if len(f.name.split()) >= 3 and fold(f.name.split()[-2]) == key
            }
            match = next(iter(paternal.values())) if len(paternal) == 1 else None
        if match is None:
            match = _family_name_first(key, full_people)
        if match is None:
            return r
        return _joined(r, match, "person")


def _joined(r: Reading, other: Reading, type_: str) -> Reading:
    """Mention ``r`` read as ``other``'s actor: its span, origin and titles with the other
    reading's name, kind, country, dictionary entry and code (``r``'s own code where the
    other has none)."""
    return Reading(
        r.start,
        r.end,
        other.name,
        type_,
        other.kind,
        other.country,
        other.code or r.code,
        r.origin,
        other.entry,
        r.titles,
    )


def _family_name_first(key: str, full_people: list[Reading]) -> Reading | None:
    """The one full person name of the document that BEGINS with the short name ``key``,
    when no name ends with it: names written family name first ("Hu" for Hu Yaobang, "Lho"
    for Lho Shin-yong) and Gulf rulers and ministers called by title and first name ("Sheikh
    Ali" for Ali al-Khalifa al-Sabah). Two people beginning so: no guess (issue 12, empty41:
    the short mention, uncoded, left the event's side empty)."""
    first = {f.name: f for f in full_people if fold(f.name.split()[0]) == key}
    return next(iter(first.values())) if len(first) == 1 else None


def _compound_surname(r: Reading, full_people: list[Reading]) -> Reading:
    """A short name of two or more words ("Perez Molina", "del Castillo") standing for
    the one longer person name of the document that ends with it ("Otto Perez Molina"):
    the reading joins that person, with its code (issue 12: the surname-only mention of a
    coded person was left uncoded as an event side). Never a guess between two people
    ("Ana Perez Molina" and "Otto Perez Molina": the short name stays its own), and never
    a full name of its own that merely shares the surname."""
    words = [fold(w) for w in r.name.split()]
    longer = {
        f.name: f
        for f in full_people
        if len(f.name.split()) > len(words)
        and [fold(w) for w in f.name.split()[-len(words) :]] == words
    }
    if len(longer) != 1:
        return r
    match = next(iter(longer.values()))
    return _joined(r, match, "person")


def named_bodies(readings: list[Reading]) -> list[Reading]:
    """The coded organisations of several words whose code their name gave (a dictionary
    entry or the body's own name: "European Community Commission"), the only ones a
    one-word short name may join; not a name the recogniser typed as a body and coded from
    the words around it ("Berta Caceres, a Honduran indigenous activist")."""
    return [
        r
        for r in readings
        if r.type == "organization"
        and r.code
        and len(r.name.split()) > 1
        and (r.origin == "gazetteer" or r.code_from in {"name", "dictionary"})
    ]


def _short_organization(r: Reading, full_orgs: list[Reading]) -> Reading:
    """An uncoded one-word organisation name ("the Commission", "the Fund") standing for
    the one coded dictionary organisation of the document whose longer name ends with that
    word
    ("European Community Commission", "International Monetary Fund"): the reading joins
    it (issue 12: "the Commission" left uncoded as an event side). Never when two coded
    organisations of the document end with the word ("the Bank" after the World Bank and
    the Bank of Japan stays its own)."""
    words = r.name.split()
    if len(words) != 1 or not words[0][:1].isupper():
        return r
    key = fold(words[0])
    longer = {f.name: f for f in full_orgs if fold(f.name.split()[-1]) == key}
    if len(longer) != 1:
        return r
    match = next(iter(longer.values()))
    return Reading(
        r.start,
        r.end,
        match.name,
        match.type,
        match.kind,
        match.country,
        match.code,
        r.origin,
        match.entry,
        r.titles,
        match.inferred,
        match.code_from,
    )
