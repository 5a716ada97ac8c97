"""Definite descriptions that refer back to an actor named earlier: "el país", "la comisión".

Place in the flow: a last step of the Spanish actor reader (:mod:`.actors`), after role
phrases and capitals, on each parse it reads (the whole story in story context). A noun
the other readers left alone, singular, definite ("la", "el", "al", "del") and an argument
(subject, object, or the object of a, ante, contra, con, hacia) is read as the actor it
refers back to:

* a country word of ``references.tsv`` ("el país", "la nación"): the country named most
  recently before it ("descertificó a Colombia y recortó la ayuda destinada al país");
  with "vecino" the most recent country that is not the country of an actor earlier in
  its own sentence ("Ecuador impuso aranceles … Bogotá suspendió la venta al país
  vecino" → Ecuador); with a demonym, the demonym's country;
* the first word of exactly one earlier coded organisation's name ("la Comisión
  Interamericana de Derechos Humanos … acusó a la comisión");
* a general organisation word of ``references.tsv`` ("la organización", "la entidad"):
  the one coded organisation named before it, with a demonym beside it the one of that
  country ("el Tren de Aragua … la organización venezolana").

Nothing is read when the noun has its own "de" phrase ("la comisión de la verdad" is
another body; but the parser hangs the charge of "acusó a la organización de extorsión"
on the noun: a verb of ``references.tsv``, use=content, keeps it), another qualifier,
is plural or indefinite, or when two earlier actors fit.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from watchfloor.data import read_tsv
from watchfloor.extract.articles import SPANISH_CONTRACTIONS, SPANISH_SINGULAR_DEFINITE
from watchfloor.extract.doccache import morph_get, pos_tokens
from watchfloor.extract.gazetteer import fold
from watchfloor.extract.spanish.lexicon import has_case

if TYPE_CHECKING:
    from collections.abc import Callable

    from watchfloor.extract.spanish.reading import Reading

ARG_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj"}
ARG_CASES = {"a", "al", "ante", "contra", "con", "hacia"}
DEFINITE = SPANISH_SINGULAR_DEFINITE | SPANISH_CONTRACTIONS  # "el", "la", "al", "del"
NAMED = {"gazetteer", "petrarch", "ner"}  # readers of names (not role phrases, demonyms)
NOUN = frozenset({"NOUN"})


@lru_cache(maxsize=1)
def reference_words() -> dict[str, str]:
    """Folded word → use (country, other, organization), from ``references.tsv``."""
    path = Path(str(resources.files("watchfloor.data.actors"))) / "es" / "references.tsv"
    return {fold(r["word"]): r["use"].strip() for r in read_tsv(path)}


def references(
    doc: Doc, readings: list[Reading], taken: set[int], country_word: Callable[[str], str | None]
) -> list[Reading]:
    """The readings of the definite descriptions of ``doc`` that refer back to an actor
    in ``readings`` (token offsets; sorted or not). ``country_word``: demonym → ISO3.
    RETURNS new readings (copies of their antecedents on the description's tokens)."""
    words = reference_words()
    found: list[Reading] = []
    named = sorted(readings, key=lambda r: r.start)
    firsts = {
        fold(doc[r.start].text)
        for r in named
        if r.origin in NAMED and r.type == "organization" and r.code and r.end - r.start > 1
    }
    for tok in pos_tokens(doc, NOUN):  # only nouns become Tokens (doccache.py)
        if tok.i in taken or not tok.text[:1].islower():
            continue
        word = fold(tok.lemma_)
        use = words.get(word) or words.get(fold(tok.text))
        if use not in {"country", "organization"} and fold(tok.text) not in firsts:
            continue  # the cheap test first: this runs on every noun
        if not _definite_argument(tok):
            continue
        other, iso, plain = _qualifiers(tok, words, country_word)
        if not plain:
            continue
        earlier = [r for r in named if r.end <= tok.i]
        if use == "country":
            ante = iso_reading(earlier, iso) if iso else _last_country(tok, earlier, other)
        elif other:
            continue
        else:
            ante = _organization(tok, earlier, iso, general=use == "organization")
        if ante is not None:
            found.append(_copy(ante, tok))
            taken.add(tok.i)
    return found


def _definite_argument(tok: Token) -> bool:
    """Singular, definite, and an argument of its verb or noun."""
    if "Plur" in morph_get(tok, "Number"):
        return False
    kids = list(tok.children)
    if not any(c.lower_ in DEFINITE and c.dep_ in {"det", "case"} for c in kids):
        return False
    if tok.dep_ in ARG_DEPS:
        return True
    return tok.dep_ in {"obl", "nmod"} and has_case(tok, ARG_CASES)


def _qualifiers(
    tok: Token, words: dict[str, str], country_word: Callable[[str], str | None]
) -> tuple[bool, str | None, bool]:
    """(has "vecino", the country of a demonym beside it, no other qualifier)."""
    other, iso = False, None
    for c in tok.children:
        if c.dep_ in {"det", "case", "punct", "acl", "relcl"}:
            continue  # a clause says what it did, not which body it is
        if (
            c.dep_ == "nmod"
            and c.i > tok.i
            and (words.get(fold(tok.head.lemma_)) == "content")
            and has_case(c, {"de"})
        ):
            continue  # "acusó a la organización de extorsión": the charge, hung on it
        if c.dep_ == "amod" and c.text[:1].islower():
            if words.get(fold(c.lemma_)) == "other" or words.get(fold(c.text)) == "other":
                other = True
                continue
            demonym = country_word(c.text)
            if demonym:
                iso = demonym
                continue
        return other, iso, False  # "la comisión de la verdad", "el país entero"
    return other, iso, True


def iso_reading(earlier: list[Reading], iso: str) -> Reading | None:
    """The latest earlier reading of the country ``iso`` itself."""
    return next((r for r in reversed(earlier) if _is_country(r) and r.country == iso), None)


def _last_country(tok: Token, earlier: list[Reading], other: bool) -> Reading | None:
    """The country named most recently before ``tok``; with ``other``, not the country of
    an actor earlier in its own sentence (the clause's own side)."""
    own = {r.country for r in earlier if r.start >= tok.sent.start and r.country}
    return next(
        (r for r in reversed(earlier) if _is_country(r) and not (other and r.country in own)), None
    )


def _organization(
    tok: Token, earlier: list[Reading], iso: str | None, general: bool
) -> Reading | None:
    """The one earlier coded organisation the noun names (by its name's first word, or
    any for a general word), of the demonym's country if there is one."""
    key = fold(tok.text)
    fits = {
        (r.name, r.code): r
        for r in earlier
        if r.origin in NAMED
        and r.type == "organization"
        and r.code
        and (general or r.end - r.start > 1 and fold(tok.doc[r.start].text) == key)
        and (iso is None or r.country == iso)
    }
    return next(iter(fits.values())) if len(fits) == 1 else None


def _is_country(r: Reading) -> bool:
    return r.type == "location" and bool(r.code) and r.code == r.country


def _copy(ante: Reading, tok: Token) -> Reading:
    return type(ante)(
        tok.i,
        tok.i + 1,
        ante.name,
        ante.type,
        ante.kind,
        ante.country,
        ante.code,
        ante.origin,
        ante.entry,
    )
