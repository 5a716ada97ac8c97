"""News outlets by their own names: "the San Diego Union Tribune", "Diario de Hoy".

A recognised name whose first or last word is a newspaper, radio or TV name word
(``outlet_names.tsv``) is a medium: the coder gives it ``MED`` with the country a place in
its own name holds, or, for the local press ("Diario", "Noticias", a Romance article; not
"Times", "Herald": ``home`` in the table), the article's where a mention stands as a
source ("reported X", "according to X") where a paper of that name may be the article
country's (``outlet_homes.tsv``: "La Prensa" is Honduran, Nicaraguan, Panamanian or
Bolivian, never Guatemalan; actors30), else leaves it uncoded; never the criminal group
or union its other words ("Union") or a misparsed apposition suggest (issue 11,
actors28). A name that opens with a Romance or German article ("La Jornada") is one only
where a mention of it stands as a source; every mention of a name one mention shows as an
outlet is the outlet; a medium's code its own words gave ("Honduran newspaper El
Heraldo") stays. A dictionary outlet named by a name several states' papers carry ("El
Nacional": Caracas and Santo Domingo) is, in a story led by another of those states, that
state's paper (``shared_outlets.py``, precision34).

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from watchfloor.data import read_tsv
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.articles import SPANISH_PLURAL_DEFINITE, SPANISH_SINGULAR_DEFINITE
from watchfloor.extract.doccache import doc_tokens
from watchfloor.extract.gazetteer import fold

_ROWS = read_tsv(Path(__file__).resolve().parents[2] / "data" / "actors" / "outlet_names.tsv")
OUTLET_FIRST = frozenset(fold(r["word"]) for r in _ROWS if r["position"].strip() == "first")
OUTLET_LAST = frozenset(fold(r["word"]) for r in _ROWS if r["position"].strip() == "last")
# (position, word) of the outlets only a place in their own name gives a country
NAME_HOME = frozenset(
    (r["position"].strip(), fold(r["word"])) for r in _ROWS if r["home"].strip() == "name"
)
# local-press names several states' papers carry: fold(name) -> their states
# (outlet_homes.tsv; actors30)
SHARED_HOMES = {
    fold(r["name"]): frozenset(r["iso3s"].split("|"))
    for r in read_tsv(Path(__file__).resolve().parents[2] / "data" / "actors" / "outlet_homes.tsv")
}
# Articles that open outlets' names in Spanish, Portuguese, French, Italian and German
MEDIA_ARTICLES = (
    SPANISH_SINGULAR_DEFINITE | SPANISH_PLURAL_DEFINITE | {"o", "le", "il", "die", "der"}
)
# Words right before or after a name that make it a source: "reported X", "X reports"
REPORTING = frozenset(
    {
        "reported",
        "reports",
        "report",
        "told",
        "tells",
        "published",
        "publishes",
        "quoted",
        "cited",
        "cites",
        "quotes",
    }
)


def _words(name: str) -> list[str]:
    words = [fold(w) for w in name.split()]
    return words[1:] if words and (words[0] == "the" or words[0] in MEDIA_ARTICLES) else words


def outlet_name(name: str) -> bool:
    """Whether a name opens or ends with an outlet name word and holds another word
    ("San Diego Union Tribune", "Radio Caracas", "El Diario de Hoy"; an article aside)."""
    words = _words(name)
    return len(words) >= 2 and (words[0] in OUTLET_FIRST or words[-1] in OUTLET_LAST)


def home_by_name_only(name: str) -> bool:
    """Whether only a place in an outlet's own name may give its country: an English
    outlet word ("Times", "Herald") and no local-press word ("Diario", "Noticias") or
    Romance article."""
    words = [fold(w) for w in name.split()]
    if not words or words[0] in MEDIA_ARTICLES:
        return False
    words = _words(name)
    first = words[0] in OUTLET_FIRST and ("first", words[0]) not in NAME_HOME
    last = words[-1] in OUTLET_LAST and ("last", words[-1]) not in NAME_HOME
    return not (first or last)


def home_may_be(name: str, country: str | None) -> bool:
    """Whether an outlet of this name may be the article's country's: any country, but for
    a name of outlet_homes.tsv only a state with a paper so named ("La Prensa" is no
    Guatemalan paper; actors30)."""
    homes = SHARED_HOMES.get(fold(name))
    return homes is None or country in homes


def as_source(doc: Doc, r: Reading) -> bool:
    """Whether a mention stands where an outlet stands: after "reported", "told",
    "according to", "reported by", "via", or before "reported"."""
    prev = [fold(t.text) for t in doc_tokens(doc)[max(0, r.start - 2) : r.start]]
    if prev and prev[-1] == "the":
        prev = [fold(t.text) for t in doc_tokens(doc)[max(0, r.start - 3) : r.start - 1]]
    nxt = fold(doc[r.end].text) if r.end < len(doc) else ""
    nxt = fold(doc[r.end + 1].text) if nxt == "," and r.end + 1 < len(doc) else nxt
    return bool(
        (prev and prev[-1] in REPORTING | {"via"})
        or prev[-2:] in (["according", "to"], ["reported", "by"])
        or nxt in REPORTING
    )


def media_names(doc: Doc, readings: list[Reading]) -> tuple[set[str], set[str]]:
    """The folded names of the document's outlets (no dictionary entry), and of those
    among them that may take the article's country: local press with a mention standing
    as a source."""
    outlets: set[str] = set()
    sourced: set[str] = set()
    for r in readings:
        if r.origin != "ner" or r.entry is not None or r.type not in {"person", "organization"}:
            continue
        words = r.name.split()
        romance = len(words) >= 2 and fold(words[0]) in MEDIA_ARTICLES
        if not (romance or outlet_name(r.name)):
            continue
        if as_source(doc, r):
            outlets.add(fold(r.name))
            if not home_by_name_only(r.name):
                sourced.add(fold(r.name))
        elif not romance:
            outlets.add(fold(r.name))
    return outlets, sourced
