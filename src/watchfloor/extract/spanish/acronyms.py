"""An acronym that stands for a name spelled out earlier in the story (Spanish actors).

Place in the flow: NLP → actors (:mod:`.actors`: readings, sorted by position) → **an
uncoded acronym takes the reading of the name it abbreviates** → grouping into entities →
events. The Latin American press spells a body out once and abbreviates it afterwards
("la Policía Nacional Civil … La PNC capturó", "la Fuerza de Tarea Conjunta (FTC) … la
FTC detuvo"); the acronym alone is in no dictionary, so its acts had no side. Here it is
read as the earlier name whose capitalised words' initials it spells, so both are one
entity with that name's code and country (es41, issue 17).

Not for an acronym a dictionary already codes ("la DEA", "el ELN"), a name that comes
only after it, letters that match two different earlier names (no guess), or a
lower-case word ("de", "la") counted as a letter: "Policía Nacional Civil" is PNC, not
"PNCdG".
"""

from __future__ import annotations

import re

from watchfloor.extract.spanish.reading import Reading

ACRONYM = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,6}")
WORD = re.compile(r"[^\W\d_]+")


def initials(name: str) -> str:
    """The capital initials of a name's capitalised words ("Fuerza de Tarea Conjunta":
    "FTC"); lower-case words ("de", "la") are skipped."""
    return "".join(w[0] for w in WORD.findall(name) if w[0].isupper())


def acronyms_take_their_name(readings: list[Reading], text: str) -> None:
    """Give each uncoded acronym reading (sorted by ``chars``) the name, code and country
    of the one earlier reading of several words whose initials it spells; in place."""
    for i, r in enumerate(readings):
        short = text[r.chars[0] : r.chars[1]]
        if r.code is not None or not ACRONYM.fullmatch(short):
            continue
        earlier = [
            e
            for e in readings[:i]
            if e.chars[1] <= r.chars[0]
            and len(WORD.findall(text[e.chars[0] : e.chars[1]])) >= 2
            and initials(text[e.chars[0] : e.chars[1]]) == short
        ]
        if len({(e.name, e.code) for e in earlier}) != 1:
            continue  # none, or two different names: no guess
        full = earlier[-1]
        r.name, r.type, r.kind = full.name, full.type, full.kind
        r.country, r.code, r.origin = full.country, full.code, full.origin
        r.entry, r.inferred = full.entry, full.inferred
