"""Capitals and seats of power that act: "Washington acusó", "Bogotá respondió".

Place in the flow: a last step of the Spanish actor reader (:mod:`.actors`). CAMEO codes a
capital used as an actor as its state's government (``docs/actor-codes.md`` §3.5, the
English coder's convention); ``data/actors/es/capitals.tsv`` lists the names and codes. A
capital acts when it is the subject of a verb, its direct or indirect object ("acusó a
Washington") or the object of "contra" ("medidas contra Caracas"); anywhere else ("en
Caracas", "llegó a Bogotá", "el alcalde de Lima", and since spanish29 the object of a verb
of ``place_verbs.tsv``: "paralizaron Lima") it stays a place, and so does a name in
capitals (a wire dateline: "WASHINGTON, Oct 26 (AFP) -"). Only a name the reader
took as a place, as a one-word person (the small model's guess for "Washington"), or did
not read at all is recoded; a name with a code of its own keeps it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from watchfloor.data import read_tsv
from watchfloor.extract.actors.extractor import ROLE_KINDS
from watchfloor.extract.doccache import pos_tokens
from watchfloor.extract.gazetteer import fold
from watchfloor.extract.spanish.lexicon import PERSONAL, has_case

if TYPE_CHECKING:
    from watchfloor.extract.spanish.reading import Reading

ACTING_DEPS = {"nsubj", "obj", "iobj"}
PROPN = frozenset({"PROPN"})
AGAINST = {"contra"}  # a capital after "contra" is the side acted against


TITLE_ARTICLES = frozenset({"La", "El"})  # a capital's article, capitalised ("La Paz")


@lru_cache(maxsize=1)
def capital_codes() -> dict[tuple[str, ...], str]:
    """Folded word tuple of a capital or seat of power → its actor code."""
    path = Path(str(resources.files("watchfloor.data.actors"))) / "es" / "capitals.tsv"
    return {tuple(fold(r["name"]).split()): r["code"].strip() for r in read_tsv(path)}


@lru_cache(maxsize=1)
def place_verbs() -> frozenset[str]:
    """Folded lemmas of verbs whose object city is a place (``place_verbs.tsv``)."""
    path = Path(str(resources.files("watchfloor.data.actors"))) / "es" / "place_verbs.tsv"
    return frozenset(fold(r["lemma"]) for r in read_tsv(path))


def acts(span: SpacySpan) -> bool:
    """Whether a place name is an argument of a verb (subject, object, "contra" object);
    not the object of a verb of ``place_verbs.tsv`` ("paralizaron Lima")."""
    if span.text.isupper():
        return False  # a wire dateline ("WASHINGTON, Oct 26 (AFP) -"), not an actor
    root = span.root
    if root.dep_ == "obj" and fold(root.head.lemma_) in place_verbs():
        return False
    if root.dep_ in ACTING_DEPS:
        return root.head.pos_ in {"VERB", "AUX"} and not any(
            c.dep_ == "case" and c.lower_ not in PERSONAL for c in root.children
        )
    return root.dep_ in {"obl", "nmod"} and has_case(root, AGAINST)


def capital_actors(
    doc: Doc,
    readings: list[Reading],
    taken: set[int],
    make: type[Reading],
    name_of: Callable[[str, str], str],
) -> None:
    """Recode, in place, the capitals in ``readings`` that act, and add a reading for an
    acting capital the reader missed. ``name_of``: (country, role) → the display name."""
    table = capital_codes()
    for r in readings:
        if r.code or not (r.type == "location" or (r.type == "person" and r.end - r.start == 1)):
            continue
        words = tuple(fold(t.text) for t in doc[r.start : r.end])
        code = table.get(words)
        if code is None and r.start > 0 and doc[r.start - 1].text in TITLE_ARTICLES:
            # "exigió a La Habana …": the model leaves the capital's article out of the
            # name ("Habana"), the table writes it in ("La Habana", "La Paz"; es42)
            code = table.get((fold(doc[r.start - 1].text), *words))
        if code and acts(doc[r.start : r.end]):
            _recode(r, code, name_of)
    sizes = sorted({len(k) for k in table}, reverse=True)
    for tok in pos_tokens(doc, PROPN):  # only proper nouns become Tokens (doccache.py)
        if tok.i in taken or not tok.text[:1].isupper():
            continue
        for n in sizes:
            span = doc[tok.i : tok.i + n]
            if len(span) != n or any(t.i in taken for t in span):
                continue
            code = table.get(tuple(fold(t.text) for t in span))
            if code and acts(span):
                r = make(span.start, span.end, span.text, "location", None, None, None, "ner")
                _recode(r, code, name_of)
                readings.append(r)
                taken.update(range(span.start, span.end))
                break


def _recode(r: Reading, code: str, name_of: Callable[[str, str], str]) -> None:
    role = code[3:]
    r.type, r.kind, r.country, r.code = "organization", ROLE_KINDS.get(role), code[:3], code
    r.name, r.origin = name_of(code[:3], role), "role"
