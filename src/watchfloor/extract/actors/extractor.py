"""Actor extraction: recognise, type, code and resolve actors within one document.

Reads spaCy's named entities and the gazetteer (:mod:`.gazetteer`), and adds the actor
phrases NER does not mark ("U.S. forces", "Colombian police", "the cartels"). Each
mention gets a type, a kind and a CAMEO-style actor code (country + role, see
docs/actor-codes.md); mentions of one actor are grouped into one :class:`Entity`
("Maduro" joins "Nicolás Maduro", "FBI" joins "Federal Bureau of Investigation").
Cross-document resolution happens later, in the store. Which code a mention gets (the
article's date, the organisation's own name, a title or apposition, the article's
country) is decided in :mod:`.codes`.

This module holds the component itself (:class:`ActorExtractor`: matching the gazetteer,
reading NER and gazetteer spans, the order of the steps); each step is a module of its own:

* :mod:`.word_lists` — word lists and data tables; :mod:`.reading` — the ``Reading`` record;
* :mod:`.name_spans` — a match trimmed to the name; :mod:`.story_head` — dateline, headline;
* :mod:`.type_votes` — one type per name (places, majority, surnames);
* :mod:`.titles` — people's titles; :mod:`.title_codes` — codes from titles and appositions;
* :mod:`.role_phrases` — "U.S. forces", "the police"; :mod:`.dissidents` — an armed
  group's dissidents keep its code;
* :mod:`.coding` — codes for the readings still without one; :mod:`.named_groups` — a
  named group the text calls a gang or cartel; :mod:`.group_members` — a person stated to
  lead or belong to an armed or criminal group; :mod:`.court_seats` —
  international courts named by their seat ("the Luxembourg court"); :mod:`.membership` — a
  person's group or alias; :mod:`.generic_names` — "Congress", "Treasury";
  :mod:`.former_states` — the state of the article's date, and which of two states a
  shared name ("Congo") means; :mod:`.past_heads` — an undated story's earlier head of
  state; :mod:`.outlets` — news outlets by their own names;
* :mod:`.article_country` — the article's country and the countries a sentence names;
  :mod:`.inferred_gate` — a trained gate on the article's country given to a role (no
  model ships: every inferred country is kept);
  :mod:`.stated_nationality` — a nationality stated for a person; :mod:`.person_sectors`
  — a sector noun and the story's country for a named person still uncoded;
  :mod:`.party_kinds` — a firm, union or news outlet by its legal form, kind noun or
  short form, for an organisation still uncoded; :mod:`.body_officers` — a person's
  office tied to a named coded body ("X, chairman of the FERC");
* :mod:`.places` — geocoding and place readings; :mod:`.junk` — readings that are no actors;
  :mod:`.work_titles` — titles of books, films and reports;
* :mod:`.grouping` — mentions into entities.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from watchfloor.extract.actors.article_country import country_of_article, filed_elsewhere
from watchfloor.extract.actors.body_anaphora import code_body_anaphora
from watchfloor.extract.actors.body_officers import code_body_officers
from watchfloor.extract.actors.codes import (
    NATIONAL_ROLES,
    Period,
    article_period,
    country_word,
    dated_code,
    document_text,
)
from watchfloor.extract.actors.coding import ReadingCoder
from watchfloor.extract.actors.court_seats import international_courts
from watchfloor.extract.actors.document_facts import close_facts, document_facts
from watchfloor.extract.actors.firm_namesakes import (
    FIRM_KINDS,
    firm_initials,
    names_body_in_full,
    person_in_firm_name,
)
from watchfloor.extract.actors.firm_officers import code_firm_officers
from watchfloor.extract.actors.former_states import FormerStates
from watchfloor.extract.actors.generic_names import GenericNames
from watchfloor.extract.actors.grouping import MentionGrouper
from watchfloor.extract.actors.inferred_gate import gate_inferred_countries
from watchfloor.extract.actors.junk import JunkFilter
from watchfloor.extract.actors.leader_names import code_monarchs
from watchfloor.extract.actors.legislatures import code_legislatures
from watchfloor.extract.actors.membership import GroupMembership, aliased_name
from watchfloor.extract.actors.name_spans import (
    broken_body_spans,
    broken_country_spans,
    broken_demonym_first_word,
    clean_name,
    is_case_sensitive,
    join_broken_names,
    other_expansion,
    person_name,
    trim_span,
)
from watchfloor.extract.actors.party_kinds import code_party_kinds
from watchfloor.extract.actors.person_sectors import code_person_sectors
from watchfloor.extract.actors.places import (
    attach_geo,
    geocode_places,
    listed_with_countries,
    mark_statistic_places,
)
from watchfloor.extract.actors.reading import LABEL_TYPES, ROLE_KINDS, Reading, role_name
from watchfloor.extract.actors.role_phrases import RolePhraseReader
from watchfloor.extract.actors.shared_outlets import recode_shared_outlets
from watchfloor.extract.actors.state_firms import code_state_firms
from watchfloor.extract.actors.stated_nationality import code_stated_nationalities
from watchfloor.extract.actors.title_codes import TitleCoding, context_code
from watchfloor.extract.actors.titles import TitleReader, titled_name
from watchfloor.extract.actors.type_votes import TypeVoting
from watchfloor.extract.actors.word_lists import (
    ARTICLE_COUNTRY,
    INSTRUMENTS,
    ORG_HEADS,
    PARTY_FAMILY,
    SECURITY_KIND,
)
from watchfloor.extract.base import Extraction
from watchfloor.extract.doccache import doc_ents, doc_tokens, sentence_at
from watchfloor.extract.gazetteer import Gazetteer, default_gazetteer, fold
from watchfloor.geo import Place


class ActorExtractor(
    TypeVoting,
    TitleReader,
    RolePhraseReader,
    ReadingCoder,
    TitleCoding,
    GroupMembership,
    GenericNames,
    FormerStates,
    JunkFilter,
    MentionGrouper,
):
    """The actor extractor component (``name = "actors"``): reads, codes and groups
    a document's actors into ``Extraction.entities``; its parts are the mixins
    named in the module docstring."""

    name = "actors"

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or default_gazetteer()
        self._matchers: dict[int, tuple[PhraseMatcher, PhraseMatcher]] = {}
        self._period: Period | None = None  # the document being read: its date
        self._text = ""  # ... and its text (``Doc.text`` rebuilds the string on every read)

    # -- matching ------------------------------------------------------------------------
    def _matchers_for(self, doc: Doc) -> tuple[PhraseMatcher, PhraseMatcher]:
        key = id(doc.vocab)
        if key not in self._matchers:
            tokenizer = English(vocab=doc.vocab).tokenizer
            exact = PhraseMatcher(doc.vocab, attr="ORTH")
            folded = PhraseMatcher(doc.vocab, attr="LOWER")
            exact_patterns, folded_patterns = [], []
            for alias in self.gaz.aliases():
                if is_case_sensitive(alias):
                    exact_patterns.append(tokenizer(alias))
                else:
                    folded_patterns.append(tokenizer(alias))
                    plain = fold(alias)
                    if plain != alias.lower():
                        folded_patterns.append(tokenizer(plain))
            exact.add("GAZ", exact_patterns)
            folded.add("GAZ", folded_patterns)
            self._matchers[key] = (exact, folded)
        return self._matchers[key]

    def _gazetteer_spans(self, doc: Doc) -> list[SpacySpan]:
        exact, folded = self._matchers_for(doc)
        spans = [doc[s:e] for _, s, e in exact(doc)]
        # A case-folded match must still look like a name: "amnesty", "congress" in lower
        # case are common nouns, not Amnesty International or the US Congress.
        spans += [
            doc[s:e]
            for _, s, e in folded(doc)
            if any(t.text[:1].isupper() for t in doc_tokens(doc)[s:e])
        ]
        spans += broken_country_spans(doc, self.gaz)  # "South\nKorea" (wrap37)
        spans += broken_body_spans(doc, self.gaz)  # "Savings and\nLoan Insurance Corp"
        out = []
        for span in spans:
            span = trim_span(span)
            if span is not None and self.gaz.candidates(span.text):
                out.append(span)
        return out

    # -- reading mentions -------------------------------------------------------------------
    def __call__(self, doc: Doc, result: Extraction) -> None:
        self._period = article_period(result.meta)
        self._text = result.text or doc.text  # the component read it once already
        with document_text(self._text):
            self._extract(doc, result)

    def _extract(self, doc: Doc, result: Extraction) -> None:
        try:
            document_facts(doc, self._text)  # read once per document: see the module
            readings, places = self._read(doc)
            readings = self._drop_junk(doc, readings, result.meta)
            self._former_states(readings)
            # the article's country, for the event coder's role words that name no country
            # ("the army chief"): kept in the in-process metadata only, never stored
            article = country_of_article(doc, self.gaz, readings, places)
            result.meta[ARTICLE_COUNTRY] = article
            # named people still uncoded: a sector noun, the story's country (named30)
            full = [r for r in readings if r.type == "person" and len(r.name.split()) > 1]
            code_person_sectors(
                doc,
                self.gaz,
                readings,
                places,
                article,
                lambda r: self._resolve_short(r, full, {}, doc).name,
                filed_elsewhere(doc, self.gaz, article),
            )
            # an article's country the trained gate doubts is not given (inferred37)
            readings = gate_inferred_countries(
                doc, self.gaz, readings, places, self._former_state, result.meta.get("id")
            )
        finally:
            # a per-call cache: not carried back from a worker process with the Doc
            close_facts(doc)
        entities = self._group(doc, readings)
        mark_statistic_places(doc, entities)
        attach_geo(entities, places)
        result.entities.extend(entities)

    def _read(self, doc: Doc) -> tuple[list[Reading], dict[str, Place]]:
        """RETURNS the document's readings and its places geocoded (name → Place)."""
        gaz_spans = self._gazetteer_spans(doc)
        ner_spans = join_broken_names(
            [
                t
                for t in (trim_span(e) for e in doc_ents(doc)[0] if e.label_ in LABEL_TYPES)
                # "South" of "the South\nAfrican army": a demonym's first word (wrap37)
                if t is not None and not broken_demonym_first_word(t, self.gaz)
            ]
        )
        # Prefer the longest span; on equal length the gazetteer wins (listed first).
        chosen = filter_spans(gaz_spans + ner_spans)
        gaz_keys = {(s.start, s.end) for s in gaz_spans}
        readings: list[Reading] = []
        taken: set[int] = set()
        for span in chosen:
            reading = None
            if (span.start, span.end) in gaz_keys or _broken_country_name(span, self.gaz):
                reading = self._from_gazetteer(span)
            if reading is None and span.label_ in LABEL_TYPES:
                reading = self._from_ner(span)
            if reading is not None:
                readings.append(reading)
                taken.update(range(span.start, span.end))
        readings = self._vote_types(doc, readings, self._place_names(doc, readings))
        readings = self._surname_places(doc, readings)
        readings.extend(self._surname_sweep(doc, taken, readings))
        places = geocode_places(doc, readings, self.gaz.demonyms)
        for r in readings:
            if (
                r.type == "location"
                and country_word(self.gaz, r.name) is None
                and self.gaz.country_of(r.name)
                and not listed_with_countries(doc, r, self.gaz)
            ):
                # "Georgia" in a story that never confirms the country (no Tbilisi, no
                # Georgians): the US state as likely; the name places nothing (round 9)
                if r.code == r.country:
                    r.code = None
                r.country = None
                places.pop(r.name, None)
        for r in readings:
            if r.type == "person" and r.start > 0:
                # "Chancellor of the Exchequer X": the title's office word is no role
                # phrase of its own (issue 11 round 12)
                first = sentence_at(doc, r.start).start if doc.has_annotation("SENT_START") else 0
                taken.update(range(self._portfolio_start(doc, r.start, r.start, first), r.start))
        readings.extend(self._role_phrases(doc, taken, readings, places))
        for r in readings:
            if r.type == "person":
                self._attach_titles(doc, r)
        self._code_readings(doc, readings, places)
        # a nationality stated for a person; a name-only dictionary code unsupported (names28)
        code_stated_nationalities(doc, self.gaz, readings, places, self._period)
        code_monarchs(doc, self.gaz, readings, self._period)  # "King Fahd" (people41)
        code_legislatures(doc, self.gaz, readings, places)  # "the Storting" (actors30)
        recode_shared_outlets(doc, self.gaz, readings, places)  # "El Nacional" (precision34)
        code_party_kinds(doc, self.gaz, readings, places, self._period)  # parties35
        code_state_firms(doc, readings)  # "the state-owned Philippine National Bank"
        code_firm_officers(doc, self.gaz, readings)  # "Opel chairman X": Opel's (firms37)
        code_body_officers(doc, readings)  # "X, chairman of the FERC" (uncoded47)
        international_courts(doc, readings, self.gaz)
        readings = self._office_anaphora(doc, readings)
        readings = code_body_anaphora(doc, readings)  # "the commission" (uncoded46)
        readings.sort(key=lambda r: r.start)
        return readings, places

    def _from_gazetteer(self, span: SpacySpan) -> Reading | None:
        entry = self.gaz.lookup(span.text)
        if entry is None:
            return None
        if entry.type == "organization" and other_expansion(
            self._text, span.text, {fold(n) for n in (entry.name, *entry.aliases)}
        ):
            # "(Fiscalia Especializada en Materia Ambiental -- FEMA)": the text's own body
            # of that acronym, not the dictionary's (left to the recogniser)
            return None
        if entry.type == "person" and person_in_firm_name(self.gaz, span):
            return None  # "Petro-Canada" is no Gustavo Petro (actors45)
        if (
            entry.type == "organization"
            and entry.kind not in FIRM_KINDS
            and firm_initials(self._text, span.text)
            and not names_body_in_full(self._text, entry, span.text)
        ):
            # "CPC" of "CPC International Inc" is no party (actors45): an uncoded name,
            # which the grouper joins to the firm it opens (roles41)
            return Reading(
                span.start, span.end, clean_name(span), "organization", None, None, None, "ner"
            )
        after = span.end
        while after < len(span.doc) - 1 and span.doc[after].text in {"(", "-", "\u2013"}:
            after += 1  # "Treasury-bond futures", "the U.S. Treasury (bond) market" (roles16)
        if (
            entry.type == "organization"
            and after < len(span.doc)
            and fold(span.doc[after].text) in INSTRUMENTS
        ):
            # "Treasury bills", "Italian Treasury Bill Offer": the issuer's name on a
            # security, not the body acting: kept as a name (NER), never coded
            return Reading(
                span.start,
                span.end,
                clean_name(span),
                "organization",
                SECURITY_KIND,
                None,
                None,
                "ner",
            )
        code = dated_code(entry, self._period)
        if (
            entry.type == "organization"
            and (code or "")[3:6] == "PTY"
            and span.start > 0
            and span.doc[span.start - 1].text[:1].isupper()
            and fold(span.doc[span.start - 1].text) in PARTY_FAMILY
        ):
            # "Christian Democrats", "Social Democrats": another party than the one of the
            # alias (round 10: Italy's Christian Democrats coded USAPTY)
            return None
        if entry.type == "person":
            code = context_code(self.gaz, span) or code
        other = self._other_countrys_body(span, entry, code)
        if other is not None:
            return other
        return Reading(
            span.start,
            span.end,
            entry.name,
            entry.type,
            entry.kind,
            entry.country,
            code,
            "gazetteer",
            entry,
        )

    def _other_countrys_body(self, span: SpacySpan, entry, code: str | None) -> Reading | None:
        """A one-country body's alias with another country's word right before it is that
        country's body: "French Treasury officials" are France's, not the US Treasury
        (alias "Treasury"); RETURNS the reading for the other country's role, or None."""
        if (
            entry.type != "organization"
            or not code
            or not entry.country
            or code[:3] != entry.country
            or span.start == 0
        ):
            return None
        before = span.doc[span.start - 1]
        other = country_word(self.gaz, before.text) if before.text[:1].isupper() else None
        if other is None or other == entry.country:
            return None
        role = code[3:6]
        if role not in NATIONAL_ROLES:
            return None
        return Reading(
            span.start - 1,
            span.end,
            role_name(self.gaz, other, role),
            "organization",
            ROLE_KINDS.get(role),
            other,
            f"{other}{role}",
            "role",
            None,
        )

    def _from_ner(self, span: SpacySpan) -> Reading:
        span = _with_office_word(span)
        etype, kind = LABEL_TYPES[span.label_]
        name = clean_name(span)
        if etype == "person" and len(span) > 1 and fold(span[-1].text) in ORG_HEADS:
            etype = "organization"  # "Zacatecas Cartel", "Olancho Gang": not a person
        elif etype == "location" and len(span) > 1 and fold(span[-1].text) in GROUP_HEADS:
            # "the Guadalajara Cartel" read as a place (crm27: left uncoded as the side
            # of a crackdown and a killing): a group named after its city
            etype, kind = "organization", None
        elif etype == "organization" and titled_name(span):
            # "Bishop Gonzalo Colindres": a title and a name, not a body; the title is
            # read as any person's (_attach_titles)
            return self._from_ner(SpacySpan(span.doc, span.start + 1, span.end, label="PERSON"))
        elif etype == "organization" and aliased_name(span):
            # "Armando Villareal Heredia, alias 'El Gordo'": a person (issue 12 round 14)
            etype, kind = "person", None
        if etype == "person":
            name = person_name(span)  # "(Minister Dilson) Funaro": no bracket (officials33)
        country = code = None
        if etype == "location":
            country = country_word(self.gaz, name)
            if country:
                kind, code = "country", country
        elif etype in {"person", "organization"}:
            code = context_code(self.gaz, span, contiguous=etype == "organization")
            country = code[:3] if code and len(code) >= 6 else None
        return Reading(span.start, span.end, name, etype, kind, country, code, "ner")


# Head words of a criminal group's name that no place name ends in ("Guadalajara Cartel";
# not "department", "front" or "office", which end place and facility names)
GROUP_HEADS = frozenset({"cartel", "cartels", "gang", "mafia", "syndicate"})


# Words that open an office's name the small model cuts off before "General": "Attorney
# General's Office" is read as "General's Office" (actors25: left uncoded as the side of
# its investigations in four eval documents)
OFFICE_OPENERS = {
    "attorney",
    "prosecutor",
    "solicitor",
    "comptroller",
    "procurator",
    "inspector",
    "advocate",
    "auditor",
    "accountant",
}


def _with_office_word(span: SpacySpan) -> SpacySpan:
    """A recognised organisation "General's Office" right after "Attorney" (OFFICE_OPENERS)
    takes the word in: "Attorney General's Office". Any other span is returned as is."""
    if (
        span.label_ != "ORG"
        or span.start == 0
        or span[0].text != "General"
        or fold(span.doc[span.start - 1].text) not in OFFICE_OPENERS
    ):
        return span
    return SpacySpan(span.doc, span.start - 1, span.end, label=span.label_)


# Names other modules import from here (kept where they were)
from watchfloor.extract.actors.word_lists import (  # noqa: E402
    FOREIGN_CIVILIANS,
    INFERABLE_ROLES,
    MASS_ROLE_NOUNS,
    NOT_HOME,
)

__all__ = [
    "ARTICLE_COUNTRY",
    "FOREIGN_CIVILIANS",
    "INFERABLE_ROLES",
    "MASS_ROLE_NOUNS",
    "NOT_HOME",
    "ROLE_KINDS",
    "ActorExtractor",
    "Reading",
]


def _broken_country_name(span: SpacySpan, gaz: Gazetteer) -> bool:
    """Whether a recognised name is a country's own name broken by a line end ("the
    Soviet\nUnion" in a wire story: the gazetteer's token match misses it and the
    parser may call it an organisation): read as the country (wrongcodes35: coded RUSLAB
    from "Union")."""
    if not any(t.is_space for t in span):
        return False
    entry = gaz.lookup(span.text)
    return entry is not None and entry.kind == "country"
