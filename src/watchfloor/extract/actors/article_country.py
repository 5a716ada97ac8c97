"""The country an article is about, and the countries a sentence names or is set in.

Roles that name no country ("the army", "the government") take the article's country;
these functions count the countries the document names (places, demonyms, the dateline,
coded people and bodies) and read which countries a sentence sets its action in.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.attrs import ORTH
from spacy.tokens import Doc

from watchfloor.extract.actors.codes import (
    NATIONAL_ROLES,
    REGION_DEMONYM_PREFIXES,
    country_word,
)
from watchfloor.extract.actors.document_facts import (
    document_facts,
    filing_dateline,
    headline_end,
    tagged,
)
from watchfloor.extract.actors.places import location_country
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.actors.story_head import dateline_place_country, filed_from_body_seat
from watchfloor.extract.actors.word_lists import OUTLET_WORDS, POLITY_WORDS
from watchfloor.extract.doccache import doc_tokens, folded_words, sentence_at
from watchfloor.extract.gazetteer import Gazetteer, fold
from watchfloor.geo import Place

DEMONYM_TAGS = frozenset({"ADJ", "PROPN", "NOUN"})  # "Honduran", "Colombians"


def nearby_countries(
    doc: Doc,
    gaz: Gazetteer,
    i: int,
    readings: list[Reading],
    strict: bool = False,
    headline: bool = True,
) -> set[str]:
    """The countries named in the sentence of token ``i`` before it, else in the sentence
    before that: a country as possessor or subject ("Ecuador's foreign minister"),
    demonyms ("British MPs"), coded state bodies ("the Finance Ministry of Japan"); not people
    ("demands that Maduro resign" says nothing of whose administration acts next). Empty
    when neither names one.

    ``strict`` (for roles other than "the government"): only a country as possessor or
    subject and demonyms on a national role word ("Honduran officials"), never a demonym
    on anything else ("the Colombian Amazon", "Colombian guerrillas") nor a state body
    ("the US Treasury froze assets of officers in the armed forces": the officers are
    not the Treasury's; round 14 spot checks)."""
    if not doc.has_annotation("SENT_START"):
        return set()
    sent = sentence_at(doc, i)
    # ``headline`` False: a title-case headline is no sentence before, also where the
    # parser runs it into the first line ("Baldrige Concerned About Korean/Taiwan
    # Deficits.\nWASHINGTON - Secretary of Commerce Malcolm Baldrige ...": the US secretary
    # is not South Korea's; officials33). For a body the headline still counts ("Taiwan
    # Announces ... the Finance Ministry's Customs Department" is Taiwan's).
    head = 0 if headline else headline_end(doc)
    spans = [(head if sent.start < head <= i else sent.start, i)]
    if sent.start > 0:
        prev = sentence_at(doc, sent.start - 1)
        if prev.start >= head:
            spans.append((prev.start, prev.end))
    _, demonyms = country_words(doc, gaz)
    for lo, hi in spans:
        found = {
            iso
            for j, iso in demonyms
            if lo <= j < hi
            and (_on_a_national_role(doc, gaz, j) if strict else _on_an_actor(doc, gaz, j))
        }
        for r in readings:
            if not lo <= r.start < hi:
                continue
            if r.type == "location" and r.kind == "country" and r.country:
                # as an actor ("Britain's", "Ecuador said"), not a place ("from Colombia")
                # an object too: "The US criticized Bolivia ..., something the government
                # rejected" names two states, no guess (round 9: coded USAGOV)
                root = doc[r.start : r.end].root
                if strict:
                    # a subject ("Honduras said"), or the owner of a national role
                    # ("Venezuela's defense minister"), not of a place ("Puerto Rico's
                    # east coast") or a thing
                    if root.dep_ in {"nsubj", "nsubjpass"} or (
                        root.dep_ == "poss" and _on_a_national_role(doc, gaz, root.i)
                    ):
                        found.add(r.country)
                elif root.dep_ in {"poss", "nsubj", "nsubjpass", "dobj"} or (
                    r.end < len(doc) and doc[r.end].tag_ == "POS"
                ):
                    found.add(r.country)
            elif (
                not strict
                and r.type == "organization"
                and r.country
                and not r.inferred
                and r.origin != "role"
                and (r.code or "")[3:6] in NATIONAL_ROLES
                and not _on_a_thing(doc, gaz, r)
            ):
                # a state body; not people ("demands that X resign" says nothing of whose
                # administration acts next), firms or NGOs (a US NGO in a Venezuelan story)
                found.add(r.country)
        if found:
            return found
    return set()


def headline_home(doc: Doc, gaz: Gazetteer, i: int, readings: list[Reading]) -> str | None:
    """The one country a title-case headline names (a country or its demonym) when the
    words of the sentence of token ``i`` before it name that country and no other, and the
    story is filed from no other country: "Peru Says ..." and "Peru wants higher prices,
    Mining Minister X said" in a story naming four other countries besides (officials33).
    None otherwise: a headline naming two countries or none, a sentence naming another
    or none, a wire dateline from another country ("Japan Urged To ..." filed in
    Washington: the speaker may be the host's official)."""
    head = headline_end(doc)
    if not head or i < head:
        return None
    named = sentence_countries(doc, gaz, 0, head, readings)
    if len(named) != 1:
        return None
    filed = country_words(doc, gaz)[0]
    if filed is not None and filed not in named:
        return None
    sent = sentence_at(doc, i) if doc.has_annotation("SENT_START") else doc[:]
    facts = document_facts(doc)
    lo = max(sent.start, head)
    if facts.dateline is not None:
        # the dateline's place and date are no part of the sentence
        lo = max(lo, next((t.i for t in doc_tokens(doc)[lo:i] if t.idx >= facts.dateline.end()), i))
    return next(iter(named)) if sentence_countries(doc, gaz, lo, i, readings) == named else None


def sentence_countries(
    doc: Doc, gaz: Gazetteer, lo: int, hi: int, readings: list[Reading]
) -> set[str]:
    """The countries the words of tokens ``lo``..``hi`` name: a country reading, a
    capitalised country name or demonym (also one the recogniser ran into a date after a
    dateline: "March 2 - Brazil is not happy")."""
    found = {
        r.country
        for r in readings
        if lo <= r.start
        and r.end <= hi
        and r.type == "location"
        and r.kind == "country"
        and r.country
    }
    for t in doc_tokens(doc)[lo:hi]:
        if t.i > 0 and fold(doc[t.i - 1].text) in REGION_DEMONYM_PREFIXES:
            continue  # "Latin American": a region
        if t.text[:1].isupper() and t.is_alpha:
            iso = country_word(gaz, t.text) or gaz.demonyms.get(fold(t.text))
            if iso:
                found.add(iso)
    return found


def _on_a_thing(doc: Doc, gaz: Gazetteer, r: Reading) -> bool:
    """Whether a state body's name only modifies a thing ("the latest Bundesbank discount
    rate cut"): no actor in the passage, so no country for a nearby official (actors21:
    the Dutch central bank's president coded DEUGOV). "Finance Ministry officials" (a role
    word) and "Treasury Secretary James Baker" (a name) still count."""
    root = doc[r.start : r.end].root
    return (
        root.dep_ == "compound"
        and root.head.pos_ == "NOUN"
        and not _on_a_national_role(doc, gaz, root.i)
    )


def _on_an_actor(doc: Doc, gaz: Gazetteer, j: int) -> bool:
    """Whether the demonym at ``j`` names people or a body: a noun ("the British said"),
    or an adjective on a role word ("Australian unions") or a name ("Swiss National
    Bank"); not on a thing ("Swiss francs", "an Australian port": no state acts there;
    issue 11, country14: a Tokyo story's Conservatives coded Swiss from the francs), nor
    on a news outlet ("the West German magazine Der Spiegel": its home, not an actor)."""
    tok = doc[j]
    if tok.pos_ != "ADJ":
        return True
    head = tok.head
    if head.i > j and any(
        fold(t.text) in OUTLET_WORDS for t in doc_tokens(doc)[j + 1 : head.i + 1]
    ):
        return False  # "the West German magazine Der Spiegel": the outlet's home
    if head.i <= j or head.pos_ == "PROPN":
        return True
    # the head or a word between ("Ecuadorean army chief", "Swiss parliamentary elections")
    return any(
        gaz.role_of(t.lemma_) or gaz.role_of(t.text) or fold(t.text) in POLITY_WORDS
        for t in doc_tokens(doc)[j + 1 : head.i + 1]
    )


def _on_a_national_role(doc: Doc, gaz: Gazetteer, j: int) -> bool:
    """Whether the demonym at ``j`` modifies a national role word ("Honduran officials",
    "Venezuelan troops") or is itself the people of the state ("Hondurans" is not)."""
    head = doc[j].head
    role = gaz.role_of(head.lemma_) or gaz.role_of(head.text)
    return head.i != j and role is not None and role[0] in NATIONAL_ROLES


def placed_elsewhere(
    doc: Doc,
    gaz: Gazetteer,
    i: int,
    readings: list[Reading],
    places: dict[str, Place],
    article: str | None,
) -> bool:
    """Whether the sentence of token ``i`` sets its action in places ("in Miami", "in
    Texas": objects of "in"/"inside") and none of them lies in the article's country: a
    former official "who now teaches in Texas", in a story set in Mexico, is not Mexican
    by default. Countries merely named ("Europe and Japan") do not count."""
    if article is None:
        return False
    found = action_countries(doc, i, readings, places)
    return bool(found) and article not in found


def action_countries(
    doc: Doc, i: int, readings: list[Reading], places: dict[str, Place], clause: bool = False
) -> set[str]:
    """The countries of the places the sentence of token ``i`` sets its action in ("in
    Tegucigalpa", "inside Honduras": objects of "in"/"inside"). ``clause``: only places
    that set the clause of token ``i`` itself (the "in" phrase hangs on the verb token
    ``i`` belongs to, or on the mention): "President X denied that arms went to rebels in
    Nicaragua" does not set the denial in Nicaragua; nor does a place the clause's verb
    arrives in ("authorities arrived in X": ``arrival_verbs``)."""
    if not doc.has_annotation("SENT_START"):
        return set()
    sent = sentence_at(doc, i)
    anchors: set[int] = set()
    if clause:
        tok = doc[i]
        while tok.dep_ in {"compound", "amod", "nmod", "appos", "poss"} and tok.head.i != tok.i:
            tok = tok.head
        anchors.add(tok.i)
        verb = tok
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        anchors.add(verb.i)
    found: set[str] = set()
    for r in readings:
        if not (sent.start <= r.start < sent.end and r.type == "location"):
            continue
        head = doc[r.start : r.end].root
        if head.dep_ != "pobj" or head.head.lower_ not in {"in", "inside"}:
            continue
        if clause and head.head.head.i not in anchors:
            continue
        if clause and head.head.head.lemma_.lower() in _arrival_verbs():
            continue  # "authorities arrived in X": where they went, not home (resolver21)
        iso = (r.country if r.kind == "country" else None) or location_country(r, places)
        if iso:
            found.add(iso)
    return found


REGION_PREPS = frozenset({"in", "inside", "across", "throughout"})


def set_in_region(doc: Doc, i: int, readings: list[Reading], places: dict[str, Place]) -> bool:
    """Whether the mention at token ``i`` (or its clause) is set in a region of several
    countries ("some soldiers and police in Central America supply arms"): region-wide
    actors, no single country to infer (round 42: coded USAMIL from a story most about the
    US). A region named elsewhere in the sentence ("the police said drug use is rising in
    Latin America") does not count."""
    if not doc.has_annotation("SENT_START"):
        return False
    tok = doc[i]
    while tok.dep_ in {"compound", "amod", "nmod", "appos", "poss"} and tok.head.i != tok.i:
        tok = tok.head
    anchors = {tok.i} | {c.i for c in tok.conjuncts}
    verb = tok
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    anchors.add(verb.i)
    sent = sentence_at(doc, i)
    for r in readings:
        if not (sent.start <= r.start < sent.end and r.type == "location"):
            continue
        head = doc[r.start : r.end].root
        if (
            head.dep_ != "pobj"
            or head.head.lower_ not in REGION_PREPS
            or head.head.head.i not in anchors
        ):
            continue
        place = places.get(r.name)
        if place is not None and place.precision == "region" and len(place.countries) > 1:
            return True
    return False


def _arrival_verbs() -> frozenset[str]:
    """The events' shipped ``arrival_verbs`` (imported here: the events package imports
    this module)."""
    from watchfloor.extract.events.arguments import role_words

    return role_words("arrival_verbs")


def home_country(readings: list[Reading], places: dict[str, Place]) -> str | None:
    """The country the document is set in: the country of most of its place mentions.

    Counts every mention of a country or of a place in one; the leader needs at least two
    mentions and more than half of them. RETURNS None when no country leads so.
    """
    counts: Counter[str] = Counter()
    for r in readings:
        iso = (r.country if r.kind == "country" else None) or location_country(r, places)
        if r.type == "location" and iso:
            counts[iso] += 1
    if not counts:
        return None
    iso, n = counts.most_common(1)[0]
    return iso if n >= 2 and 2 * n > sum(counts.values()) else None


def reading_country(r: Reading, places: dict[str, Place]) -> str | None:
    """RETURNS the country a reading gives the article's count: a country or a place's
    country for a location; a person's or body's own country, never an inferred one nor
    a bare role's; None otherwise."""
    if r.type == "location":
        return (r.country if r.kind == "country" else None) or location_country(r, places)
    if r.inferred or r.origin == "role" and r.country is None:
        return None
    return r.country


def country_of_article(
    doc: Doc,
    gaz: Gazetteer,
    readings: list[Reading],
    places: dict[str, Place],
    plurality: bool = False,
) -> str | None:
    """The country an article is about, for roles that name none ("the army").

    The country most often named: every mention of a country or of a place in one, every
    demonym ("Honduran"), every person or organisation whose country the text or the
    dictionary gives. The leader needs at least two and more than half of all of them
    (``plurality``: at least two and half again as many as the next country). Where the
    story's places lead one country (:func:`home_country`) and the count another, the
    people and bodies named do not decide: counted again without them (country16).
    RETURNS None when no country leads so.
    """
    counts: Counter[str] = Counter()
    dateline = country_words(doc, gaz)[0]
    if dateline and dateline in gaz.countries:
        counts[dateline] += 2  # where the story was filed ("TOKYO, March 3 -"): ICEWS-style
    named = _text_votes(doc, gaz, readings, places, counts)
    iso = _leader(counts, plurality)
    if iso is not None and named:
        placed = home_country(readings, places)
        if placed is not None and placed != iso:
            # the story's places lie mostly in one country, and the people and bodies it
            # names tip the count to another: a cartel is named for where it began, a US
            # agency for its home, not where the story is set (country16: the Zetas'
            # Mexico in a story on Guatemala's Peten, US agencies' USA for Honduras'
            # president); counted again without them (no leader: no country)
            iso = _leader(counts - named, plurality)
    return iso


def beside_dateline(
    doc: Doc,
    gaz: Gazetteer,
    readings: list[Reading],
    places: dict[str, Place],
    country: str | None,
) -> str | None:
    """The country a bare role ("the government", "ministers") takes when ``country``, the
    article's (:func:`country_of_article`), is the dateline's: the dateline's state only
    where the text gives no other state. Counted again without the dateline (its two votes
    and its place's own reading): a leader there is the text's country ("WASHINGTON - World
    Bank loans Portugal ... a government financed project": Portugal's); no leader but
    other states named and the dateline's not: no guess ("LONDON - ... until EC farm
    ministers agree", Poland and Korea named: the EC states', not Britain's); the text
    naming the dateline's state too ("ZURICH - Swiss elections ... in London") or no state:
    the dateline's ("TOKYO - The government said": Japan's). RETURNS ``country`` unchanged
    where it is not the dateline's (phantoms43, issue 11 round 61)."""
    filed = country_words(doc, gaz)[0]
    if country is None or filed != country:
        return country
    facts = document_facts(doc)
    span = (facts.dateline.start(), facts.dateline.end()) if facts.dateline is not None else None
    counts: Counter[str] = Counter()
    _text_votes(doc, gaz, readings, places, counts, skip=span)  # the dateline's place left out
    leader = _leader(counts, False)
    if leader is not None:
        return leader
    return country if counts[country] or not set(counts) - {country} else None


def _text_votes(
    doc: Doc,
    gaz: Gazetteer,
    readings: list[Reading],
    places: dict[str, Place],
    counts: Counter[str],
    skip: tuple[int, int] | None = None,
) -> Counter[str]:
    """Add to ``counts`` the text's country votes: one per reading whose country the text
    or the dictionary gives (not those starting inside the character span ``skip``), one
    per capitalised demonym outside every reading. RETURNS the votes of the coded people
    and bodies among them (the readings that are not locations)."""
    named: Counter[str] = Counter()
    for r in readings:
        if skip is not None and skip[0] <= doc[r.start].idx < skip[1]:
            continue
        iso = reading_country(r, places)
        if iso and iso in gaz.countries:
            counts[iso] += 1
            if r.type != "location":
                named[iso] += 1
    taken = {i for r in readings for i in range(r.start, r.end)}
    for i, iso in country_words(doc, gaz)[1]:
        if i not in taken:
            counts[iso] += 1
    return named


def _leader(counts: Counter[str], plurality: bool) -> str | None:
    """The country that leads ``counts``: at least two and more than half of all
    (``plurality``: at least two and half again as many as the next); else None."""
    if not counts:
        return None
    ranked = counts.most_common(2)
    iso, n = ranked[0]
    if plurality:
        second = ranked[1][1] if len(ranked) > 1 else 0
        return iso if n >= 2 and 2 * n >= 3 * second else None
    return iso if n >= 2 and 2 * n > sum(counts.values()) else None


def filed_elsewhere(
    doc: Doc,
    gaz: Gazetteer,
    country: str | None,
    state_then: Callable[[str | None], str | None] = lambda iso: iso,
) -> bool:
    """Whether a wire story is filed from another country than ``country`` (the one the
    article is taken to be about): the dateline names a place in a state, and not that
    one ("TOKYO - ... Conable, here to meet government leaders" in a story most about
    Brazil's debt). A bare role's inferred country is no better than a guess between the
    two there (issue 11, country14: of the judged bare
    roles so, 2 wrong codes and 1 right). ``state_then`` maps the dateline's country to the
    state of the article's date (Belgrade in 1987: Yugoslavia, as the article's country)."""
    filed = state_then(country_words(doc, gaz)[0])
    return bool(country and filed and filed in gaz.countries and filed != country)


def country_words(doc: Doc, gaz: Gazetteer) -> tuple[str | None, list[tuple[int, str]]]:
    """The dateline's country and the document's capitalised demonyms (token index, ISO),
    read once per document (``country_of_article`` asks several times; a walk over every
    token is what costs): kept in the document's record (:mod:`.document_facts`)."""
    facts = document_facts(doc)
    if facts.country_words is None:
        words, folded = doc_tokens(doc), folded_words(doc, ORTH)
        # the demonym looked up first, in the folded words read once per document (no
        # fold per tagged word; speed47), the capital checked only on a demonym
        demonyms = [
            (i, iso)
            for i in tagged(doc, DEMONYM_TAGS)
            if (iso := gaz.demonyms.get(folded[i])) and words[i].text[:1].isupper()
        ]
        filed = filing_dateline(facts)
        if filed_from_body_seat(filed, facts.text):
            filed = None  # EC ministers in Luxembourg: the body's meeting, not the host's
        facts.country_words = (dateline_place_country(filed), demonyms)
    return facts.country_words
