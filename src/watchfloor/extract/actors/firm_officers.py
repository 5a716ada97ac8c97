"""A firm's officer takes the firm's country where the story states it, never the story's.

Issue 11 (firms37): the coders read "Opel chairman X", "X, Woolworth vice president" and
", president X said" in a company's story as a firm's officer (``BUS``, :mod:`.coding`).
They used to give the officer the country the story is filed from, flagged inferred: a
German unit's chairman in a Detroit story became ``USABUS``, a US firm's chairman in a
Tokyo story ``JPNBUS``. A firm's nationality is its own, not its dateline's. The coder now
leaves such an officer a bare ``BUS`` (accepted by the judging criteria), and this step,
run once the firms are coded (legal forms, tickers, names: :mod:`.party_kinds`,
:mod:`.state_firms`), gives the officer the country of the firm the officer's own words
name:

* a country the officer's own words name ("X, chairman of Singapore's Acme group",
  "Acme Canada chairman X"): that country;
* "<Firm> president/chairman X", "X, <Firm> vice president": the firms of the story whose
  name holds the owner's word ("Opel" for "Adam Opel AG", "Norvex" for "Norvex Canada
  Ltd") or whose mention is that word; one country among them, every one stated
  (``CANBUS``, not inferred) → that country; a firm of no country among them, or two
  countries ("Norvex Corp" and "Norvex Canada Ltd"), → the bare role stays;
* ", president X said" in a story whose first lines name a company: the first firm the
  story names, when its country is stated;
* "<Firm> <Country> president X" ("Acme Canada president X"): the national unit's officer
  (``CANBUS``), not the country's head of state (was ``CANGOV``), where the word before the
  country opens a company's name in the story ("Acme Canada Ltd");
* "<Firm> said its president, X," (an office word after "its", a firm the body named last
  before it in the sentence): the firm's officer with the firm's stated country, not the
  story's government (was ``USAGOV``, inferred), nor, for a person nothing coded, the
  story's country alone (:mod:`.person_sectors`: "USA" for a Canadian holding company's
  chairman, round 51).

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors, after the
coders) → store → analyse → serve/export.
"""

from __future__ import annotations

from spacy.tokens import Doc

from watchfloor.extract.actors.codes import SECTOR_OWNERS, country_word
from watchfloor.extract.actors.document_facts import text_of
from watchfloor.extract.actors.party_kinds import LEGAL_FORMS, national_unit
from watchfloor.extract.actors.reading import ROLE_KINDS, Reading
from watchfloor.extract.actors.title_codes import FIRM_NAME_ENDS, FIRM_OFFICES, firm_named_in
from watchfloor.extract.doccache import doc_tokens
from watchfloor.extract.gazetteer import Gazetteer, fold

# words before a name that belong to the office, not to the firm that owns it
_OFFICE_WORDS = FIRM_OFFICES | {"vice", "executive", "senior", "deputy", "'s", "’s"}
# words many firms' names hold ("Corp", "Bank", "Group"): no owner's name of their own
_FIRM_WORDS = (
    {fold(w) for w in LEGAL_FORMS}
    | {fold(w.replace("\\", "")) for w in FIRM_NAME_ENDS.split("|")}
    | set(SECTOR_OWNERS)
)
# how many words before a name the owner and the office may take ("Acme Canada vice
# president X")
_NEAR = 5


def code_firm_officers(doc: Doc, gaz: Gazetteer, readings: list[Reading]) -> None:
    """Give the firms' officers the coders left a bare ``BUS`` their firm's stated country,
    and a national unit's officer read as the state's or left uncoded (module docstring)."""
    firms = [
        o
        for o in readings
        if o.type == "organization" and o.code and o.code.endswith("BUS") and o.origin != "role"
    ]
    for r in readings:
        if r.type != "person" or r.entry is not None:
            continue
        if r.code is None or len(r.code) == 6 and r.code[3:] == "GOV":
            unit = _unit_office(doc, gaz, r)
            if unit is not None:
                r.code, r.country, r.inferred = f"{unit}BUS", unit, False
                r.kind, r.code_from = ROLE_KINDS.get("BUS"), "title"
                continue
        if r.code is None and not r.titles and (firm := _its_firm(doc, r, readings, firms)):
            _take_firms(r, firm)  # "Acme, a holding company controlled by its chairman, X"
            continue
        if not r.code:
            continue
        if r.code == "BUS" and r.code_from == "title":
            country = _firm_country(doc, gaz, r, firms)
            if country is not None:
                r.code, r.country, r.inferred = f"{country}BUS", country, False
        elif r.code[3:] == "GOV" and r.inferred and (firm := _its_firm(doc, r, readings, firms)):
            _take_firms(r, firm)


def _take_firms(r: Reading, firm: Reading) -> None:
    """The officer ``r`` of ``firm``: ``BUS`` with the firm's country where it is stated."""
    country = firm.country if len(firm.code or "") == 6 and not firm.inferred else None
    r.code, r.country, r.inferred = f"{country or ''}BUS", country, False
    r.kind, r.code_from = ROLE_KINDS.get("BUS"), "title"


def _near(doc: Doc, r: Reading) -> list:
    first = doc[r.start].sent.start if doc.has_annotation("SENT_START") else 0
    return [t for t in doc_tokens(doc)[max(first, r.start - _NEAR) : r.start] if not t.is_space]


def _owner_words(doc: Doc, r: Reading) -> set[str]:
    """The capitalised words of the officer's own phrase: before the office word right
    before the name, and in the titles attached to the person ("Woolworth vice
    president")."""
    near = _near(doc, r)
    while near and fold(near[-1].text) in _OFFICE_WORDS:
        near.pop()
    words = []
    for t in reversed(near):
        if not t.text[:1].isupper():
            break
        words.append(t.text)
    for title in r.titles:
        words.extend(w for w in title.split() if w[:1].isupper())
    return {fold(w.strip(",.")) for w in words} - {fold(w) for w in _OFFICE_WORDS} - _FIRM_WORDS


def _parent_named(gaz: Gazetteer, owners: set[str], firm: Reading) -> bool:
    """Whether the owner's words name a national unit's parent, not the unit: "Acme
    chairman X" beside "Acme Canada Ltd" (the unit's country word not among them)."""
    unit = national_unit(gaz, firm.name)
    return unit is not None and fold(unit[1]) not in {fold(gaz.country_of(w) or "") for w in owners}


def _firm_country(doc: Doc, gaz: Gazetteer, r: Reading, firms: list[Reading]) -> str | None:
    """The stated country of the one firm the officer's words name, else None."""
    owners = _owner_words(doc, r)
    stated = {c for w in owners if (c := country_word(gaz, w.removesuffix("'s")))}
    if len(stated) == 1:
        return next(iter(stated))  # "chairman of Singapore's Keppel group": stated here
    if owners:
        named = [
            o
            for o in firms
            if owners & {fold(w) for w in o.name.split()}
            or owners & {fold(t.text) for t in doc_tokens(doc)[o.start : o.end]}
        ]
    else:
        # ", president X said" in a company's story: the story's first firm
        named = [min(firms, key=lambda o: o.start)] if firms else []
    countries = {
        (
            o.country
            if len(o.code or "") == 6 and not o.inferred and not _parent_named(gaz, owners, o)
            else None
        )
        for o in named
    }
    return next(iter(countries)) if len(countries) == 1 else None


def _unit_office(doc: Doc, gaz: Gazetteer, r: Reading) -> str | None:
    """The country of "<Firm> <Country> <office> X" ("Acme Canada president X"), the firm
    opening a company's name of the story ("Acme Canada Ltd"): a national unit's officer,
    not the state's; else None."""
    near = _near(doc, r)
    while near and fold(near[-1].text) in _OFFICE_WORDS - FIRM_OFFICES:
        near.pop()
    if len(near) < 3 or fold(near[-1].text) not in FIRM_OFFICES:
        return None
    place, owner = near[-2], near[-3]
    country = country_word(gaz, place.text)
    if (
        country is None
        or not owner.text[:1].isupper()
        or country_word(gaz, owner.text) is not None
        or not firm_named_in(gaz, owner.text, text_of(doc))
    ):
        return None
    return country


def _its_firm(
    doc: Doc, r: Reading, readings: list[Reading], firms: list[Reading]
) -> Reading | None:
    """The firm a person is "its president" of: "Acme Ltd said its president, X,": the
    possessive office right before the name (a comma between) and a firm the nearest body
    named before it in the sentence. None otherwise ("the ministry said its chairman")."""
    near = _near(doc, r)
    while near and near[-1].text in {",", "--", "-"}:
        near.pop()
    if len(near) < 2 or near[-1].text not in FIRM_OFFICES:
        return None
    k = len(near) - 2
    while k >= 0 and fold(near[k].text) in _OFFICE_WORDS:
        k -= 1
    if k < 0 or near[k].lower_ != "its":
        return None
    first = doc[r.start].sent.start if doc.has_annotation("SENT_START") else 0
    before = [
        o for o in readings if o.type == "organization" and first <= o.start and o.end <= near[k].i
    ]
    last = max(before, key=lambda o: o.start) if before else None
    return last if last is not None and any(last is f for f in firms) else None
