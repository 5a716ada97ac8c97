"""People arrested, charged, convicted or extradited: criminals of a country (CRM).

A named person with no role in the article ("police arrested Juan Perez", "Perez was
extradited to the United States", "the arrest of Perez") is coded as an ICEWS analyst
codes "Criminal (Mexico)": ``{country}CRM``, the country of the arresting body when the
clause names one ("Mexican police arrested X" → MEX), else the article's country, always
flagged inferred (the text never states the person's nationality). The cue words are
``crime_patient_words.tsv``. Never a person with an office, a title, a dictionary record or
any other code: a mayor arrested for corruption stays the mayor, and a person the article
gives no country is left uncoded (docs/actor-codes.md, "Actors18").

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from watchfloor.data import read_tsv
from watchfloor.extract.actors.codes import FORMER, country_word
from watchfloor.extract.actors.reading import ROLE_KINDS, Reading
from watchfloor.extract.actors.state import ExtractorState
from watchfloor.extract.gazetteer import fold

_ROWS = read_tsv(Path(__file__).resolve().parents[2] / "data" / "actors"
                 / "crime_patient_words.tsv")
PATIENT_VERBS = frozenset(fold(r["word"]) for r in _ROWS if r["kind"] == "verb")
PATIENT_NOUNS = frozenset(fold(r["word"]) for r in _ROWS if r["kind"] == "noun")
_PASSIVE_SUBJECTS = {"nsubjpass", "nsubj:pass"}
_OBJECTS = {"dobj", "obj"}


def patient_act(token):
    """The verb or noun of an arrest, charge, conviction or extradition whose patient
    ``token`` (a name's head) is, else None: the object of an active verb ("arrested X"),
    the subject of a passive one ("X was charged"), the "of" object of a noun ("the
    extradition of X"); a conjunct shares its first conjunct's place ("arrested X and Y")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    head = token.head
    if token.dep_ in _OBJECTS and head.pos_ == "VERB" and fold(head.lemma_) in PATIENT_VERBS:
        return head
    if token.dep_ in _PASSIVE_SUBJECTS and fold(head.lemma_) in PATIENT_VERBS:
        return head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and \
            fold(head.head.lemma_) in PATIENT_NOUNS:
        return head.head
    return None


def _actors_of(act) -> list:
    """The tokens that name who acts: the active subject ("police arrested X"), the
    passive agent ("was arrested by police"), a noun's owner ("Mexico's arrest of X")."""
    out = [c for c in act.children if c.dep_ in {"nsubj", "poss"}]
    for c in act.children:
        if c.dep_ == "agent":
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


class CrimePatients(ExtractorState):
    """Code people arrested or charged with no role as criminals (a part of
    :class:`ActorExtractor`)."""

    def _crime_patients(self, doc: Doc, readings: list[Reading],
                        article_country: str | None) -> None:
        by_token = {i: r for r in readings for i in range(r.start, r.end)}
        people = [r for r in readings if r.type == "person"]
        # the names and surnames of anyone the article gives a role, a title or a record
        known = {w for r in people if r.code or r.titles or r.entry is not None
                 for w in (fold(r.name), fold(r.name.split()[-1]))}
        for r in people:
            if r.code or r.titles or r.entry is not None or \
                    {fold(r.name), fold(r.name.split()[-1])} & known:
                continue
            act = patient_act(doc[r.start:r.end].root)
            if act is None or self._titled_here(doc, r):
                continue
            country = None
            for tok in _actors_of(act):
                actor = by_token.get(tok.i)
                code = actor.code if actor is not None else None
                if code and len(code) >= 6 and code[:3] in self.gaz.countries and \
                        actor.type == "organization":
                    country = code[:3]  # "Mexican police arrested X": Mexico's criminal
                    break
            country = country or article_country
            if country is None or self._other_country_in_sentence(doc, r, readings, country):
                continue
            r.code, r.country, r.inferred, r.code_from = f"{country}CRM", country, True, \
                "crime"
            r.kind = r.kind or ROLE_KINDS.get("CRM")

    def _titled_here(self, doc: Doc, r: Reading) -> bool:
        """Whether the words right before the name (up to a verb) or an apposition right
        after it hold a role or former-word the title reader did not attach ("arrested
        anti-drug chief X", "the arrest of X, the former mayor of Tijuana"): an official,
        never a criminal by this rule."""
        words = []
        i = r.start - 1
        while i >= 0 and r.start - i <= 4 and doc[i].pos_ in {"NOUN", "PROPN", "ADJ", "PUNCT"} \
                and doc[i].text not in {",", ";", ":", "(", '"'}:
            words.append(doc[i])
            i -= 1
        if r.end + 1 < len(doc) and doc[r.end].text == "," and (
                doc[r.end + 1].lower_ in {"the", "a", "an"}
                or fold(doc[r.end + 1].text) in FORMER | self.gaz.role_words):
            # an apposition ("X, the former mayor of Tijuana,"), not the next clause
            # ("X, Colombian officials said")
            j = r.end + 1
            while j < len(doc) and j - r.end <= 10 and not doc[j].is_punct and \
                    doc[j].pos_ not in {"VERB", "AUX"}:
                words.append(doc[j])
                j += 1
        return any(fold(t.text) in self.gaz.role_words or fold(t.lemma_) in self.gaz.role_words
                   or fold(t.text) in FORMER for t in words)

    def _other_country_in_sentence(self, doc: Doc, r: Reading, readings: list[Reading],
                                   country: str) -> bool:
        """Whether the person's sentence names another country, a place in one or a
        demonym of one ("was arrested in Venezuela" in a story most about the United
        States; "Venezuelans X and Y have been charged"): whose criminal is then a
        guess, so none."""
        sent = doc[r.start].sent
        if any(o.country and o.country != country and o is not r
               and sent.start <= o.start < sent.end for o in readings):
            return True
        return any(other not in {None, country} for other in (
            country_word(self.gaz, t.text) for t in sent if t.text[:1].isupper()))
