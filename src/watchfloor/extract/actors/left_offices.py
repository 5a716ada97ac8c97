"""A titled person the dictionary puts out of office, in a sentence of his leaving it.

A title in the text beats a dictionary person's elite code (ELI) at the article's date:
the dictionary may be out of date (:meth:`.title_codes.TitleCoding._titled_person`). But a
title in a sentence that tells of the person leaving the office ("after the resignation of
Communist Party chief X", "X, who was ousted as party leader") names the office he held,
and when the dated record agrees that he held an office that ended before the article's
first day and was an elite at its date, the record's code stands (issue 11, actors45:
judged round 62, a party chief who had resigned two months before coded CHNPTY).

The leaving words are ``departure_words.tsv``; both conditions are needed: a leaving word
alone may tell of a resignation announced the day of the story, and a record alone may
be out of date.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors, title coding) →
store → analyse → serve/export.
"""

from __future__ import annotations

from spacy.tokens import Doc

from watchfloor.data import PACKAGE_DATA, read_tsv
from watchfloor.extract.actors.codes import Period, code_history, dated_code
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.doccache import sentence_at
from watchfloor.extract.gazetteer import fold

DEPARTURE_WORDS = frozenset(
    fold(row["word"]) for row in read_tsv(PACKAGE_DATA / "actors" / "departure_words.tsv")
)


def record_out_of_office(r: Reading, period: Period | None) -> bool:
    """Whether the person's dated record codes him an elite at the article's date after an
    office (a non-ELI dated code) that ended before the article's first day."""
    if period is None or r.entry is None or r.entry.type != "person":
        return False
    code = dated_code(r.entry, period)
    if not code or not code.endswith("ELI"):
        return False
    return any(
        not c.endswith("ELI") and end is not None and end < period[0]
        for c, _, end in code_history(r.entry)
    )


def left_office_sentence(doc: Doc, r: Reading) -> bool:
    """Whether the mention's sentence holds a word of leaving an office."""
    return any(
        fold(t.lemma_) in DEPARTURE_WORDS or fold(t.text) in DEPARTURE_WORDS
        for t in sentence_at(doc, r.start)
    )


def left_before_story(doc: Doc | None, r: Reading, period: Period | None) -> bool:
    """Whether the mention's title names an office the person had left (module
    docstring): the record's code should stand."""
    return doc is not None and record_out_of_office(r, period) and left_office_sentence(doc, r)
