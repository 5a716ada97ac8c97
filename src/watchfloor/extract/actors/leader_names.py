"""Leaders the PETRARCH2 dictionary lists only under a title, and monarchs (people41).

Three readings, for issues #11/#12 (named leaders and monarchs left uncoded):

* :func:`surname_record` — a bare surname ("Reagan said ...") the dictionary writes only
  after a title ("President Reagan"): the one record whose titled aliases end in it and
  whose dated codes hold the article's date. Called by
  :meth:`.coding.ReadingCoder._code_readings` when the name as written has no record.
  Never a surname two records in office that day share, nor a word the gazetteer holds
  (a place);
* :func:`titled_in_dictionary` — a record whose aliases carry a titled surname is a
  leader the dictionary itself marks as such: his name-only code, when it is a
  government one that day, stays in a story that never names his country ("Mikhail
  Gorbachev criticised the United States"), as the known leaders' names do
  (:mod:`.stated_nationality`);
* :func:`code_monarchs` — "King X", "Queen X", "Emir X", "Sultan X", "Crown Prince X": the
  dictionary record of the name, or of its regnal form ("Queen Elizabeth" →
  "Elizabeth II"), coded on the article's date; run after the nationality check so that a
  monarch's code needs no country named in the story. Only a title word directly before
  the name: "Larry King", "John King, the bank's chairman" are no monarchs, and a monarch
  title before a name the dictionary does not hold gives no code.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors: coding, the
nationality check and after it) → store → analyse → serve/export.
"""

from __future__ import annotations

from spacy.tokens import Doc

from watchfloor.extract.actors.codes import Period, dated_code
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.doccache import doc_tokens
from watchfloor.extract.gazetteer import Gazetteer, GazetteerEntry, fold

MONARCH_TITLES = frozenset({"king", "queen", "emir", "amir", "sultan"})
CROWN_WORDS = ("crown", "prince")  # "Crown Prince X"
REGNAL_NUMBERS = ("I", "II", "III", "IV", "V", "VI")


def _in_office(entry: GazetteerEntry, period: Period | None) -> bool:
    if period is None:
        return False
    first, last = period
    return any(d.covers(first) and d.covers(last) for d in entry.attributes["dated_codes"])


def surname_record(gaz: Gazetteer, name: str, period: Period | None) -> GazetteerEntry | None:
    """The one dictionary leader holding a government code on the article's date whose
    titled aliases end in the one-word ``name``; None when two records of the surname
    hold a dated code that day, or for a word that names a place."""
    if " " in name.strip() or gaz.lookup(name) is not None or gaz.country_of(name):
        return None
    active = [e for e in gaz.titled_surname_records(name) if _in_office(e, period)]
    if len({fold(e.name) for e in active}) != 1:
        return None
    code = dated_code(active[0], period) or ""
    # in office that day, not an elite between offices ("Brown" in 1987 is not the
    # former defense secretary)
    return active[0] if code[3:6] == "GOV" else None


def titled_in_dictionary(gaz: Gazetteer, entry: GazetteerEntry | None, code: str | None) -> bool:
    """A PETRARCH2 record that lists its own surname under a title ("President Reagan"),
    the dictionary's mark of a leader known by name, coded ``code`` in government that
    day: an elite code is no office ("James Baker" out of office names a firm's chairman
    as often)."""
    if entry is None or "dictionary" not in entry.attributes or (code or "")[3:6] != "GOV":
        return False
    words = fold(entry.name).split()
    return len(words) >= 2 and any(
        fold(e.name) == fold(entry.name) for e in gaz.titled_surname_records(words[-1])
    )


def _monarch_name(doc: Doc, r: Reading) -> tuple[str, bool] | None:
    """The name after a monarch title that opens the mention or stands just before it,
    and whether the title is a reigning one (not "Crown Prince")."""
    words = doc[r.start : r.end]
    if len(words) >= 2 and fold(words[0].text) in MONARCH_TITLES:
        return words[1:].text, True
    if len(words) >= 3 and tuple(fold(t.text) for t in words[:2]) == CROWN_WORDS:
        return words[2:].text, False
    before = doc[r.start - 1] if r.start > 0 else None
    if before is not None and before.text[:1].isupper() and fold(before.text) in MONARCH_TITLES:
        return words.text, True
    if (
        r.start > 1
        and tuple(fold(t.text) for t in doc_tokens(doc)[r.start - 2 : r.start]) == CROWN_WORDS
        and doc[r.start - 2].text[:1].isupper()
    ):
        return words.text, False
    return None


def monarch_code(
    gaz: Gazetteer, name: str, reigning: bool, period: Period | None
) -> tuple[str, GazetteerEntry] | None:
    """The code and record of a monarch's name as written, else of its regnal form. A
    reigning title needs a government code that day: "King Hassan" in 1987 is not the
    record "Hassan" (Jordan's crown prince, an elite) but "Hassan II" (Morocco)."""
    for form in (name, *(f"{name} {number}" for number in REGNAL_NUMBERS)):
        entry = gaz.dictionary_entry(form, "person")
        code = dated_code(entry, period) if entry is not None else None
        if not code or code[:3] not in gaz.countries:
            continue
        if not reigning or code[3:6] == "GOV":
            return code, entry
    return None


def code_monarchs(doc: Doc, gaz: Gazetteer, readings: list[Reading], period: Period | None) -> None:
    """Code a person named after a monarch title by the dictionary record of the name."""
    for r in readings:
        if r.type != "person" or r.code is not None:
            continue
        titled = _monarch_name(doc, r)
        found = monarch_code(gaz, *titled, period) if titled else None
        if found is None:
            continue
        code, entry = found
        r.code, r.country, r.code_from, r.entry = code, code[:3], "dictionary", entry
        r.inferred = False
