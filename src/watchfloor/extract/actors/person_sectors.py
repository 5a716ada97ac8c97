"""A sector and country for a named person nothing else coded (named30, issues #11/#12).

Runs last among the coders, after the readings are cleaned (:meth:`ActorExtractor._extract`),
on the people of the document whose every mention is still uncoded (or bears only the bare
country of a nationality stated for them, names28). The mentions of one person are those the
grouper joins (:meth:`MentionGrouper._resolve_short`: "Perez" with "Juan Perez"); what one
mention says of the person holds for all of them.

* a sector noun next to any mention (``person_sectors.tsv``): a premodifier ("activist Juan
  Perez", "the journalist X"), an apposition ("X, a 34-year-old farmer"), a predicate ("X
  was a teacher") gives that role (CVL, MED, BUS, AGR, CRM ...), with the country stated for
  the person (names28) or else the article's (flagged inferred), or with none;
* no sector noun: the article's country alone, flagged inferred ("a country code for its
  nationals", docs/judging-criteria.md), ONLY where the article is set in one country
  (:func:`.article_country.country_of_article`, and most of its places lie there:
  :func:`.article_country.home_country`), the story is not filed from another
  (:func:`.article_country.filed_elsewhere`), no mention's sentence sets its action
  elsewhere (:func:`.article_country.placed_elsewhere`) and no country-bearing name stands
  in the person's premodifiers or apposition ("DEA agent X", "X, an analyst at a US bank"),
  nor a body of no known country ("X, an analyst at the Brookings Institution"), and the
  person is no observer (role "?": "an analyst", "a senior fellow", "an expert", often a
  foreign institution's).

Never for a person named as a suspect, the accused or a detainee (role "-" in the table: the
criteria leave them empty), never for people the dictionaries know (their entry decides),
never across a stated nationality, never for a surname two people of the story share (nor
for a name ending the longer names of two people the grouper left apart, "Zambada
Garcia" beside Ismael and Jesus Zambada Garcia), and
without a sector noun never for a name that may be an alias or a place: one word, a first
word of role "!" ("El Piolin", "San Carlos del Apa"), the object of "in"/"near", a
conjunct of a place, "the town of X" (role "@"), a name right after "the" or on a noun
("the Oliver Sinisterra front"), a name holding a firm's, club's or currency's word
(``non_person_name_words.tsv``: "Compagnie Belge ...", "N.Z. Dlrs"; precision33) or a span
tagged with a verb, adverb or preposition ("Following Mendoza"). A verb ends the
premodifiers ("cartel hitmen killed X").

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc, Token

from watchfloor.data import read_tsv
from watchfloor.extract.actors.article_country import home_country, placed_elsewhere
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.doccache import doc_tokens, sentence_at, token_children
from watchfloor.extract.gazetteer import Gazetteer, fold
from watchfloor.geo import Place

# sector noun (lemma, one or two words) → role; "-": named as a suspect, never coded
SECTOR_NOUNS: dict[str, str] = {
    fold(r["word"]): r["role"]
    for r in read_tsv(
        Path(__file__).resolve().parents[2] / "data" / "actors" / "person_sectors.tsv"
    )
}
# words of a firm's, a club's or a sum's name ("Compagnie", "Bank", "Dlrs"): no person's
NON_PERSON_WORDS = frozenset(
    fold(r["word"])
    for r in read_tsv(
        Path(__file__).resolve().parents[2] / "data" / "actors" / "non_person_name_words.tsv"
    )
)
EXCLUDED = "-"
OBSERVER = "?"  # an analyst, expert, fellow: no sector, and not the story's country
PLACE = "@"  # "the town of X": X is a place
NOT_A_NAME = "!"  # a first word of aliases and places ("El Piolin", "San Carlos")
_AFFILIATION_PREPS = frozenset({"of", "at", "from", "with", "for"})
_LOCATIVE_PREPS = frozenset(
    {
        "in",
        "near",
        "inside",
        "outside",
        "around",
        "across",
        "throughout",
        "through",
        "toward",
        "towards",
    }
)
# lowercase words inside a person's name ("Maria de la Cruz", "Ludwig van Beethoven")
_NAME_PARTICLES = frozenset(
    {
        "de",
        "del",
        "la",
        "las",
        "los",
        "da",
        "das",
        "do",
        "dos",
        "di",
        "van",
        "von",
        "der",
        "den",
        "y",
        "e",
        "bin",
        "al",
        "el",
        "le",
    }
)
_NAME_TAGS = frozenset({"PROPN", "NOUN", "ADJ"})  # the tags of a name's words
_PREMODIFIER_TAGS = frozenset({"NOUN", "ADJ", "VERB"})  # "activist"; "alleged" (a VERB)


def _noun_role(tok: Token) -> str | None:
    """The role of the sector noun ``tok`` ("farmer"), or of it with the word before
    ("gang member", "union leader"); None for another word."""
    if tok.i > 0:
        prev = tok.doc[tok.i - 1]
        role = SECTOR_NOUNS.get(f"{fold(prev.text)} {fold(tok.lemma_)}")
        if role is not None:
            return role
    role = SECTOR_NOUNS.get(fold(tok.lemma_)) or SECTOR_NOUNS.get(fold(tok.text))
    return None if role in {PLACE, NOT_A_NAME} else role


def _premodifiers(doc: Doc, r: Reading) -> list[Token]:
    """The lowercase nouns and adjectives right before the name, in its sentence ("the
    Honduran environmental activist" → activist, environmental)."""
    first = sentence_at(doc, r.start).start
    out: list[Token] = []
    i = r.start - 1
    while i >= first and r.start - i <= 4:
        t = doc[i]
        if not t.is_alpha or not (
            t.pos_ in _PREMODIFIER_TAGS and t.is_lower or i == first and t.is_title
        ):  # "Journalist X said"
            break
        if t.pos_ == "VERB" and SECTOR_NOUNS.get(fold(t.text)) != EXCLUDED:
            break  # "cartel hitmen killed X": the hitmen are not X ("alleged X" reads on)
        out.append(t)
        i -= 1
    return out


def _described_by(doc: Doc, r: Reading) -> tuple[list[Token], list[Token]]:
    """The words that say who the person of mention ``r`` is: (sector-noun candidates,
    the subtrees they stand in, for the names they hold)."""
    nouns = _premodifiers(doc, r)
    scope = list(nouns)
    before = r.start - len(nouns) - 1
    if before >= sentence_at(doc, r.start).start and doc[before].pos_ == "PROPN":
        scope.append(doc[before])  # "SouthCom public affairs director X", "DEA agent X"
    root = doc[r.start : r.end].root
    for child in token_children(root):
        if child.dep_ == "appos" and child.i >= r.end:
            nouns.append(child)  # "X, a 34-year-old farmer, ..."
            scope.extend(child.subtree)
            nouns.extend(c for c in token_children(child) if c.dep_ in {"amod", "compound"})
        elif child.dep_ == "prep" and child.lower_ in _AFFILIATION_PREPS:
            scope.extend(child.subtree)  # "X of Harvard University", "X at the bank"
    if root.dep_ == "appos" and root.head.i < r.start:
        # "the secretary general of the Organization of American States, X"
        scope.extend(t for t in root.head.subtree if t.i < r.start)
        nouns.append(root.head)
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ == "be":
        for attr in token_children(root.head):
            if attr.dep_ == "attr" and attr.pos_ == "NOUN":
                nouns.append(attr)  # "X was a teacher"
                nouns.extend(c for c in token_children(attr) if c.dep_ == "amod")
    return nouns, scope


def _a_place(doc: Doc, r: Reading, places_at: set[int]) -> bool:
    """Whether mention ``r`` reads as a place or thing the recogniser took for a person: the
    object of "in"/"near" ("in Bajo Cauca"), a conjunct of a place ("Nuevo Laredo, Miguel
    Aleman, Reynosa"), after "the town of", a name on a noun or right after "the" ("the
    Oliver Sinisterra front")."""
    root = doc[r.start : r.end].root
    if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPS:
        return True
    if (
        root.dep_ == "compound"
        and root.head.pos_ == "NOUN"
        and root.head.is_lower
        or r.start > 0
        and doc[r.start - 1].lower_ == "the"
    ):
        return True  # "the Oliver Sinisterra front": a name of a thing, no person
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and SECTOR_NOUNS.get(fold(root.head.head.lemma_)) == PLACE
    ):
        return True
    return any(c.i in places_at for c in root.conjuncts)


def _looks_named(name: str) -> bool:
    """Whether ``name`` reads as a person's full name: two words or more, each capitalised
    or a particle ("Juan Perez", "Maria de la Cruz"); not a recogniser's slip ("fentanyl
    powder") nor a lone word that may be a place ("Ysleta")."""
    words = name.split()
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and SECTOR_NOUNS.get(fold(words[0])) != NOT_A_NAME
        and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words)
        and not any(
            fold(p) in NON_PERSON_WORDS for w in words for p in re.split(r"[-'’]", w.strip(".,"))
        )
    )


def _tagged_as_name(doc: Doc, r: Reading) -> bool:
    """Whether the words of mention ``r`` are tagged as a name's: proper nouns, nouns,
    adjectives or particles; a verb, adverb, auxiliary or preposition in the span is a
    sentence's capitalised first words the recogniser joined to a name ("Likewise Ortiz",
    "Following Mendoza said", "Argentina Might")."""
    return all(
        t.pos_ in _NAME_TAGS or t.lower_ in _NAME_PARTICLES or not t.is_alpha
        for t in doc_tokens(doc)[r.start : r.end]
    )


def _ends_another(
    m: Reading, people: dict[str, list[Reading]], person_of: Callable[[Reading], str]
) -> bool:
    """Whether the mention's name is the last words of longer names of two people of the
    story that the grouper left apart, told apart by their first names ("Zambada Garcia"
    beside "Ismael Zambada Garcia" and "Jesus Zambada Garcia"; round 47: the Mexican capo
    given the US court story's country). One man's two spellings ("Jose Salazar Umana",
    "Jose Adan Salazar Umana") tell no two people apart."""
    words = fold(m.name).split()
    me = person_of(m)
    firsts = {
        other[0]
        for key, group in people.items()
        if key != me
        for x in group
        if len(other := fold(x.name).split()) > len(words) and other[-len(words) :] == words
    }
    return len(words) > 1 and len(firsts) > 1


def code_person_sectors(
    doc: Doc,
    gaz: Gazetteer,
    readings: list[Reading],
    places: dict[str, Place],
    article: str | None,
    person_of: Callable[[Reading], str],
    filed_elsewhere: bool = False,
) -> None:
    """Code the uncoded named people of ``readings`` by a sector noun and the article's
    country (see the module). ``article``: the article's country (None: none leads);
    ``person_of``: the grouper's name for a mention (short names join the full one);
    ``filed_elsewhere``: the story is filed from another country than ``article``."""
    if not doc.has_annotation("SENT_START") or not doc.has_annotation("DEP"):
        return
    people: dict[str, list[Reading]] = {}
    for r in readings:
        if r.type == "person":
            people.setdefault(person_of(r), []).append(r)
    named_at: dict[int, str] | None = None
    home = home_country(readings, places)  # where most places lie: for the bare country
    places_at = {i for x in readings if x.type == "location" for i in range(x.start, x.end)}
    for mentions in people.values():
        if any(
            m.entry is not None
            or m.origin == "shared_surname"
            or m.code is not None
            and m.code_from != "nationality"
            for m in mentions
        ):
            continue  # the dictionary's, a shared surname, or coded by another coder
        if any(_ends_another(m, people, person_of) for m in mentions):
            continue  # "Zambada Garcia" beside Ismael and Jesus Zambada Garcia: whose?
        stated = next((m.country for m in mentions if m.code_from == "nationality"), None)
        roles: set[str] = set()
        scope: list[Token] = []
        for m in mentions:
            nouns, words = _described_by(doc, m)
            roles.update(role for t in nouns if (role := _noun_role(t)) is not None)
            scope.extend(words)
        if EXCLUDED in roles:
            continue  # a suspect, the accused, a detainee
        observer = OBSERVER in roles  # "an analyst", "a senior fellow": often a foreigner's
        roles.discard(OBSERVER)
        if len(roles) > 1:
            continue  # two sectors: no guess
        role = next(iter(roles), None)
        if named_at is None:
            # the countries of the bodies and places named; "" for a body of no known
            # country ("X, an analyst at the Brookings Institution": whose, unknown)
            named_at = {
                i: x.country or ""
                for x in readings
                if x.type != "person" and (x.country or x.type == "organization")
                for i in range(x.start, x.end)
            }
        # a name of no reading in the apposition ("a senior fellow at the Caribbean Basin
        # Policy Forum"): an institution of unknown country
        other = {
            named_at.get(t.i, "")
            for t in scope
            if t.i in named_at or t.pos_ == "PROPN" and _noun_role(t) is None
        } - {stated or article}
        country, inferred = stated, False
        if (
            country is None
            and article is not None
            and not other
            and not filed_elsewhere
            and not observer
            and (role is not None or home == article)
            and not any(
                placed_elsewhere(doc, gaz, m.start, readings, places, article) for m in mentions
            )
        ):
            country, inferred = article, True
        if role is None and (
            not any(_looks_named(m.name) and _tagged_as_name(doc, m) for m in mentions)
            or any(_a_place(doc, m, places_at) for m in mentions)
        ):
            continue  # no full name, no noun saying he is a person: maybe no person
        if role is None and (stated is not None or country is None):
            continue  # nothing to add to a stated nationality; no country to give
        code = (country or "") + (role or "")
        for m in mentions:
            m.code, m.country, m.inferred = code, country, inferred
            m.code_from = "sector" if role else "story"
