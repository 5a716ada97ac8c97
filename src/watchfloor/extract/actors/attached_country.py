"""The country stated right after a person's name: "Minister X of Venezuela".

Wire copy lists delegates and officials as "Energy Minister Javier Ruiz of Ecuador",
"Senator John Doe of Ohio": the country (or a place of one country, read at admin-area
level: a US state, a province) in the "of" phrase right after the name is the person's.
It gives only a country, for a title that states a role but no country; it never gives a
role, and the title's own country ("Peruvian Interior Minister X of ...") comes first.
Not read when the "of" phrase goes on into a body ("X of Venezuela's oil ministry" still
names Venezuela first; "X of the Interior Ministry" is no place) or names no place.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from spacy.tokens import Doc

from watchfloor.extract.actors.codes import PlaceCountry, country_word
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.doccache import doc_tokens
from watchfloor.extract.gazetteer import Gazetteer

MAX_PLACE_WORDS = 3


def attached_country(
    doc: Doc, r: Reading, gaz: Gazetteer, place_country: PlaceCountry
) -> str | None:
    """The country of the "of <place>" phrase right after a person's name (see the
    module docstring), or None."""
    k = r.end
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return None
    words: list[str] = []
    for tok in doc_tokens(doc)[k + 1 : k + 1 + MAX_PLACE_WORDS]:
        if tok.is_space:
            continue
        if not tok.text[:1].isupper() or tok.tag_ == "POS":
            break
        words.append(tok.text)
    # the longest run that names a country or a place of one country
    for n in range(len(words), 0, -1):
        text = " ".join(words[:n])
        iso = country_word(gaz, text) or place_country(text, "admin")
        if iso:
            return iso
    return None
