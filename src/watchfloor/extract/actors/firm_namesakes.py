"""Dictionary aliases the story writes inside a firm's name: no person, no party.

A person's alias is often a common surname or word ("Petro", Gustavo Petro's), and a
body's initials are often a firm's too ("CPC", the Chinese Communist Party's and CPC
International's). The phrase matcher finds the alias inside the firm's name and the coder
gave the firm's mention the person's or the party's code (issue 11, actors45: "Petro-Canada"
coded as Gustavo Petro, COLGOV; round 61: "CPC" of CPC International Inc coded CHNPTY).

* :func:`person_in_firm_name`: a person's alias is part of a longer name when a hyphen
  joins it, with no space either side, to a capitalised word that names no person
  ("Petro-Canada"; not "Trump-Putin", two people, nor "anti-Trump", a lower-case prefix),
  or when the capitalised words right after it end in a firm's legal form or house word
  ("Trump Shuttle Inc", "Hill Securities": ``FIRM_NAME_FORMS``, ``firm_house_words.tsv``);
* :func:`firm_initials`: initials the story itself gives a firm: the initials opening a
  name that ends in a firm's legal form ("CPC International Inc") or a Reuters ticker
  ("<CPC.N>", "&lt;CPC>"); words in capitals and house words do not count (a headline's
  "EC CAPITAL"). Every mention of those initials in the story is then the
  firm's, not the dictionary body's ("the CPC plants"), unless the story also names the
  body in full (:func:`names_body_in_full`: "the Communist Party of China ... CPC leaders").

The mention is left to the recogniser (an uncoded name, or the firm the recogniser finds).

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors, matching the
dictionary) → store → analyse → serve/export.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from watchfloor.extract.actors.codes import FIRM_HOUSE_WORDS, FIRM_NAME_FORMS
from watchfloor.extract.gazetteer import Gazetteer, GazetteerEntry, fold

# Words that end a firm's name: legal forms ("Corp", "Inc", "Ltd") and the house words of
# trading and investment firms ("Securities", "Futures")
FIRM_END_WORDS = frozenset(FIRM_NAME_FORMS | FIRM_HOUSE_WORDS)
# Capitalised words a firm's name runs through before its legal form, at most
_RUN_WORDS = 4
# Kinds of dictionary bodies that are firms themselves: their initials on a ticker are theirs
FIRM_KINDS = frozenset({"company", "media"})
# Joiners inside a firm's name ("Procter & Gamble Co", "Petro-Canada Inc")
_JOINERS = frozenset({"&", "-", "and", "of"})


def _glued_hyphen(left: Token, hyphen: Token) -> bool:
    """Whether ``hyphen`` is a hyphen written with no space either side after ``left``."""
    return (
        hyphen.text in {"-", "\u2010", "\u2011"} and not left.whitespace_ and not hyphen.whitespace_
    )


def _names_a_person(gaz: Gazetteer, token: Token) -> bool:
    """Whether a word is a person's name: the recogniser's PERSON or a dictionary person."""
    if token.ent_type_ == "PERSON":
        return True
    return any(e.type == "person" for e in gaz.candidates(token.text))


def _hyphen_joined_name(gaz: Gazetteer, span: SpacySpan) -> bool:
    """Whether a hyphen joins the span to a capitalised word that names no person."""
    doc = span.doc
    end, start = span.end, span.start
    if end + 1 < len(doc) and _glued_hyphen(doc[end - 1], doc[end]):
        other = doc[end + 1]
        if other.text[:1].isupper() and not _names_a_person(gaz, other):
            return True  # "Petro-Canada"
    if start >= 2 and _glued_hyphen(doc[start - 2], doc[start - 1]):
        other = doc[start - 2]
        if other.text[:1].isupper() and other.is_alpha and not _names_a_person(gaz, other):
            # "Anglo-Petro"; not "Pro-Trump" (a prefix, lower case once folded)
            return fold(other.text) not in _PREFIXES
    return False


# Prefixes a hyphen joins to a name at the start of a sentence ("Pro-Trump protesters")
_PREFIXES = frozenset({"pro", "anti", "post", "pre", "ex", "non", "neo", "mid"})


def _run_ends_in_firm_word(span: SpacySpan) -> bool:
    """Whether the capitalised words right after the span end in a firm's word."""
    doc = span.doc
    j = span.end
    while j < len(doc) and j - span.end < _RUN_WORDS:
        word = fold(doc[j].text).rstrip(".")
        if word in FIRM_END_WORDS and doc[j].text[:1].isupper():
            return True
        if not ((doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN") or word in _JOINERS):
            return False  # a headline's "Says", a lower-case word: the name has ended
        j += 1
    return False


def person_in_firm_name(gaz: Gazetteer, span: SpacySpan) -> bool:
    """Whether a person's alias matched at ``span`` is part of a firm's or a hyphenated
    name (module docstring): "Petro-Canada", "Trump Shuttle Inc"."""
    return _hyphen_joined_name(gaz, span) or _run_ends_in_firm_word(span)


_INITIALS = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")


def firm_initials(text: str, initials: str) -> bool:
    """Whether the story gives ``initials`` to a firm (module docstring): "CPC
    International Inc", "<CPC.N>", "&lt;CPC>". Words that are not all capitals are never
    initials."""
    if not _INITIALS.fullmatch(initials):
        return False
    word = re.escape(initials)
    if re.search(rf"(?:<|&lt;){word}(?:\.[A-Z]{{1,2}})?>", text):
        return True  # a Reuters ticker
    name = rf"(?:\s+(?:[A-Z][a-z0-9][\w'.-]*|&|and|of)){{0,{_RUN_WORDS - 1}}}?"
    return bool(re.search(rf"(?<![\w-]){word}{name}\s+(?:{_FORMS})\b", text))


# The legal forms as a name in running text writes them: "Inc", "Corp" (not "co", a
# lower-case word, nor a headline's capitals "CAPITAL"; not the house words: "EC Capital
# Markets" in a title-case headline is no firm of the EC's initials)
_FORMS = "|".join(sorted(re.escape(w.capitalize()) for w in FIRM_NAME_FORMS))


def names_body_in_full(text: str, entry: GazetteerEntry, initials: str) -> bool:
    """Whether the story names the dictionary body by a name of its entry other than the
    initials (its name or a longer alias, as written, case ignored)."""
    low = text.lower()
    return any(
        len(n) > len(initials) and n.lower() in low
        for n in (entry.name, *entry.aliases)
        if fold(n) != fold(initials)
    )
