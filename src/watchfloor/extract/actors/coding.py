"""Codes for the people and organisations that have none after recognition.

In order, the first that answers: the PETRARCH2 dictionary on the article's date, the
role words and country inside an organisation's own name, a person's title, a listed
company's ticker or legal form; a national role without a country takes the article's
(flagged inferred). Then group membership and aliases (:mod:`.membership`), a named
group the text calls a criminal group (:mod:`.named_groups`) and a person stated to
lead or belong to a named armed or criminal group (:mod:`.group_members`).

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from watchfloor.extract.actors.article_country import (
    action_countries,
    country_of_article,
    country_words,
    filed_elsewhere,
    headline_home,
    nearby_countries,
    placed_elsewhere,
)
from watchfloor.extract.actors.attached_country import attached_country
from watchfloor.extract.actors.codes import (
    ARMED_ROLES,
    FORMER,
    NATIONAL_ROLES,
    country_in,
    country_word,
    dated_code,
    group_role,
    history_country,
    name_code,
    ordered_titles,
    role_in,
    title_role,
    title_words,
)
from watchfloor.extract.actors.criminal_titles import criminal_title_countries
from watchfloor.extract.actors.dateline_officials import code_body_officers, dateline_state
from watchfloor.extract.actors.document_facts import text_of
from watchfloor.extract.actors.group_members import code_stated_members
from watchfloor.extract.actors.leader_names import surname_record
from watchfloor.extract.actors.membership import aliased, sentence_group
from watchfloor.extract.actors.name_spans import other_expansion
from watchfloor.extract.actors.named_groups import code_named_groups
from watchfloor.extract.actors.outlets import home_may_be, media_names
from watchfloor.extract.actors.past_heads import past_heads
from watchfloor.extract.actors.places import place_by_own_name, place_country_finder
from watchfloor.extract.actors.reading import ROLE_KINDS, Reading
from watchfloor.extract.actors.state import ExtractorState
from watchfloor.extract.actors.stated_bodies import stated_body_country
from watchfloor.extract.actors.title_codes import (
    ACRONYM,
    appositive_body_office,
    bare_office_in_firm_story,
    firm_office,
    held_government,
    lone_firm_office,
    named_firm_office,
    owner_before_office,
    state_body_before_office,
    title_country,
)
from watchfloor.extract.actors.titles import title_head
from watchfloor.extract.actors.word_lists import (
    GOVERNMENT_WORDS,
    GROUP_TITLE_HEADS,
    SECURITY_KIND,
    SHARED_RANKS,
    office_not_used,
    state_body_role,
)
from watchfloor.extract.articles import ENGLISH_ARTICLES, SPANISH_DEFINITE
from watchfloor.extract.doccache import sentence_at
from watchfloor.extract.gazetteer import Gazetteer, GazetteerEntry, fold
from watchfloor.geo import Place

# where a title's relative clause begins ("an engineer who studied in ...")
RELATIVE_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.IGNORECASE)
# A Reuters ticker after a company's name: "&lt;LLOY.L>", "<GM>" (group 2: the exchange)
TICKER = re.compile(r"(?:&lt;|<)([A-Z0-9]{1,8})(?:\.([A-Z]{1,2}))?>")
# the capitalised parts of a joined word of a name: "TransCanada" → Trans, Canada
CAMEL_PARTS = re.compile(r"[A-Z][a-z]+")


def _acronym_after(doc: Doc, r: Reading, gaz: Gazetteer) -> GazetteerEntry | None:
    """The dictionary organisation that a name's own acronym, in brackets right after it,
    names: "the Drugs Enforcement Administration (DEA)", "the Department of Homeland
    Security's Immigration and Customs Enforcement (ICE)". The acronym must be the
    initials of the name's last capitalised words, so a bracketed acronym of something
    else ("Financial Analysis Unit (UIF)") names nothing here (roles16: three such
    spellings of DEA and ICE coded GOV from "Administration" or "Department")."""
    i = r.end
    if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
        return None
    acronym = doc[i + 1].text
    if not ACRONYM.fullmatch(acronym):
        return None
    entry = gaz.lookup(acronym)
    if entry is None or entry.type != "organization" or not entry.code:
        return None
    caps = [w for w in re.split(r"[\s'\u2019]+", r.name) if w[:1].isupper() and w != "s"]
    if not "".join(w[0] for w in caps).endswith(acronym):
        return None
    # the entry is the body named only if one of its long names ends in a word of this
    # name: "Philippine National Bank (PNB)" is no "Policía Nacional Bolivariana"
    words = {fold(w).rstrip("s") for w in caps}
    heads = {
        fold(n.split()[-1]).rstrip("s") for n in [entry.name, *entry.aliases] if len(n.split()) > 1
    }
    return entry if words & heads else None


# A unit of a named organisation: "36th Front of the FARC", "Northern Bloc of the AUC"
UNIT_NAME = re.compile(
    r"^(?:the\s+)?(?:[\w.-]+\s+){0,3}(?:front|bloc|block|unit|faction|cell|wing|branch|"
    r"brigade|battalion|column|structure|commission|command)\s+of\s+(?:the\s+)?(.+)$",
    re.IGNORECASE,
)


ARTICLES = ENGLISH_ARTICLES | SPANISH_DEFINITE | {"le", "les", "o", "os"}


def _bare_role_name(doc: Doc, r: Reading, gaz: Gazetteer) -> bool:
    """Whether a recognised organisation name is only a role word, alone after "a"/"an"
    ("Robert Holmes a Court": a surname) or after an article inside the name ("El Narco":
    a book's title, "the narco"): no particular body to code."""
    words = r.name.split()
    before = next((t for t in reversed(doc[max(0, r.start - 3) : r.start]) if not t.is_space), None)
    if len(words) == 1 and before is not None and before.lower_ in {"a", "an"}:
        # ("a Customs spokesman": the word modifies a noun, the body is named)
        return fold(words[0]) in gaz.role_words and doc[r.end - 1].dep_ != "compound"
    return len(words) == 2 and fold(words[0]) in ARTICLES and fold(words[1]) in gaz.role_words


def _country_anaphor(doc: Doc, r: Reading) -> bool:
    """Whether an organisation's name follows "the country's" or "the nation's"."""
    i = r.start - 1
    return (
        i >= 2
        and doc[i].tag_ == "POS"
        and doc[i - 1].lower_ in {"country", "nation"}
        and doc[i - 2].lower_ in {"the", "that"}
    )


def _possessive_owner(doc: Doc, r: Reading) -> bool:
    """Whether an organisation's name follows a possessive proper name ("Envigado's Transit
    Police", "Bogota's Metropolitan Police")."""
    i = r.start - 1
    return (
        i >= 1
        and doc[i].tag_ == "POS"
        and doc[i - 1].pos_ == "PROPN"
        and doc[i - 1].text[:1].isupper()
    )


# A trade union's name: a labour word besides "union" ("American Civil Liberties Union" is
# no union of workers)
LABOUR_NAME = re.compile(
    r"\b(?:workers|workers'|employees|labou?r|teamsters|trade union|"
    r"miners|teachers|dockers|seamen|steelworkers|autoworkers)\b",
    re.IGNORECASE,
)


ARMED_GROUP_ROLES = {"REB", "INS", "CRM", "UAF"}
# The roles a name's words give that a known armed group's own name inside it overrides
# ("Revolutionary Armed Forces of Colombia-People's Army" is the FARC, no military;
# codes.ARMED_ROLES; actors23: not a party's or a firm's, "FARC party" stays a party)
STATE_FORCE_ROLES = {"MIL", "COP", "GOV", "SPY"}
# Splits a name into words: at spaces, and at a hyphen joining two capitalised words
NAME_PARTS = re.compile(r"\s+|(?<=\w)\s*[-\u2013\u2014]+\s*(?=[A-Z])")

UNIT_WORDS = {
    "front",
    "bloc",
    "block",
    "unit",
    "faction",
    "cell",
    "wing",
    "brigade",
    "battalion",
    "column",
    "structure",
    "command",
    "fronts",
    "blocs",
    "cells",
}


def _unit_owner(doc: Doc, r: Reading, readings: list[Reading]) -> Reading | None:
    """The armed or criminal group whose unit a name is, written with the group's
    possessive before it: "the FARC's 12th Front", "the ELN's Western War Front" → the
    reading of the FARC, the ELN (when coded as a rebel, insurgent or criminal group);
    None otherwise (round 22 listing: a FARC front left uncoded as a side of its attacks)."""
    words = r.name.split()
    if not words or fold(words[-1]) not in UNIT_WORDS:
        return None
    i = r.start - 1
    first = sentence_at(doc, r.start).start
    while i > first and (
        doc[i].like_num
        or doc[i].ent_type_ == "ORDINAL"
        or doc[i].text[:1].isupper()
        and doc[i].tag_ != "POS"
    ):
        i -= 1  # "12th", "Western War" (not part of the recognised name)
    if i <= first or doc[i].tag_ != "POS":
        return None
    for o in readings:
        role = (o.code or "")[3:6] if len(o.code or "") >= 6 else (o.code or "")[:3]
        if o.end == i and o.type == "organization" and role in ARMED_GROUP_ROLES:
            return o
    return None


# Head words of a body of an international organisation ("EC Council of Ministers", "UN
# Human Rights Committee"); a charter, treaty or resolution is no body
INTERNATIONAL_BODY_HEADS = frozenset(
    {
        "council",
        "commission",
        "committee",
        "assembly",
        "parliament",
        "court",
        "tribunal",
        "secretariat",
        "ministers",
        "board",
        "mission",
        "office",
        "agency",
        "force",
        "forces",
        "directorate",
        "presidency",
        "bank",
        "fund",
        "panel",
    }
)


def _police_rank(gaz: Gazetteer, title: str, titles: list[str]) -> bool:
    """Whether a rank that police forces share with armies ("General", "Colonel";
    shared_ranks.tsv) is a police rank: another title of the person is a police one
    ("General X, head of the criminal investigation police"; issue 11, country14: four
    judged police officers coded MIL from the rank)."""
    words = [fold(w) for w in title_words(title)]
    if " ".join(title_head(words)) not in SHARED_RANKS and (
        not words or words[-1] not in SHARED_RANKS
    ):
        return False
    for other in titles:
        said = title_role(gaz, other) if other != title else None
        if said == "ELI":  # "a former head of the anti-drug police": a police career
            said = role_in(gaz, [w for w in re.split(r"[\s,]+", other) if w])
        if said == "COP":
            return True
    return False


def story_countries(doc: Doc, gaz: Gazetteer, places: dict[str, Place]) -> set[str]:
    """The countries the story names: its places' countries, its demonyms' and its
    dateline's."""
    filed, demonyms = country_words(doc, gaz)
    out = {p.country for p in places.values() if p.country}
    out.update(iso for _, iso in demonyms)
    if filed:
        out.add(filed)
    return out


class ReadingCoder(ExtractorState):
    """Code the readings (a part of :class:`ActorExtractor`)."""

    # -- codes from the dictionary, the name, the title, the article ------------------------
    def _code_readings(self, doc: Doc, readings: list[Reading], places: dict[str, Place]) -> None:
        """Give a code to the people and organisations that have none yet.

        In order, the first that answers: the PETRARCH2 dictionary on the article's date
        (:func:`.codes.dated_code`); for an organisation, the role words and the country
        inside its own name ("Honduran National Police"); for a person, a title or
        apposition ("Defense Minister X", "X, Colombia's defense minister") with the
        country from the title, the dictionary or the mention's context. A national role
        with no country in any of these takes the article's country
        (:func:`home_country`), flagged ``inferred`` (lower confidence); international
        bodies never do. Criminal and armed groups without a country keep the bare role.
        """
        home: list[str | None] = []

        def article_country() -> str | None:
            if not home:
                home.append(self._former_state(country_of_article(doc, self.gaz, readings, places)))
            return home[0]

        lead: list = []  # [what the count read of the readings, the answer]

        def leading_country() -> str | None:
            # asked for every generic name and untitled official: the answer changes only
            # when a reading this loop codes changes what country_of_article counts, so it
            # is kept until then (the key: every field of the readings the count reads)
            key = [
                (r.start, r.end, r.type, r.kind, r.name, r.country, r.inferred, r.origin)
                for r in readings
            ]
            if lead and lead[0] == key:
                return lead[1]
            led = country_of_article(doc, self.gaz, readings, places, plurality=True)
            filed = country_words(doc, self.gaz)[0]
            # a wire story filed from another country than the one most named ("TOKYO -
            # ... talks in Washington with President Reagan, Chief Cabinet Secretary X
            # told reporters"): no guess between the two (round 9: Japan's chief cabinet
            # secretary coded USAGOV)
            lead[:] = [key, self._former_state(None if filed and led and filed != led else led)]
            return lead[1]

        place_country = place_country_finder(places)
        # "reported La Jornada", "La Prensa reported", "the San Diego Union Tribune": an
        # outlet; every mention of it (outlets.py; actors28: MEXCRM, USALAB judged)
        outlets, sourced = media_names(doc, readings)
        for r in readings:
            if (
                r.type not in {"person", "organization"}
                or r.kind == SECURITY_KIND
                or r.origin in {"role", "surname", "shared_surname"}
            ):
                continue
            if r.origin == "gazetteer" and r.type == "organization" and r.entry is not None:
                self._generic_name(doc, r, article_country, leading_country, readings)
                continue
            if r.origin == "gazetteer" and r.type == "person" and r.titles:
                self._titled_person(r, doc)
                continue
            if r.code and (r.origin == "gazetteer" or r.code_from):
                continue
            if r.origin == "ner" and r.entry is None and fold(r.name) in outlets:
                # "reported La Jornada", "La Prensa reported", "told O Globo": a newspaper;
                # a place in its own name says whose first ("the El Paso Times" is no
                # Mexican paper in a story about Mexico: round 12 judging); the article's
                # only for an outlet cited as a source; else no code, never the gang or
                # union a misparse or a word of its name gave
                r.type, r.kind = "organization", "media"
                if (r.code or "")[3:6] == "MED":
                    continue  # "Honduran newspaper El Heraldo": its own words said whose
                named = country_in(self.gaz, r.name.split()[:-1], place_country)
                country = named or (article_country() if fold(r.name) in sourced else None)
                country = country if named or home_may_be(r.name, country) else None
                r.code, r.country, r.inferred, r.code_from = None, None, False, None
                if country:
                    r.code, r.country, r.inferred, r.code_from = (
                        f"{country}MED",
                        country,
                        named is None,
                        "name",
                    )
                continue
            entry = None
            if r.entry is None:
                entry = self.gaz.dictionary_entry(r.name, r.type)
                for title in r.titles if entry is None and r.type == "person" else ():
                    # "President Reagan": the dictionary lists the titled surname as an
                    # alias of Ronald Reagan, never the bare surname
                    entry = self.gaz.dictionary_entry(f"{title.split()[-1]} {r.name}", r.type)
                    if entry is not None:
                        break
                if entry is None and r.type == "person" and not r.titles:
                    # a bare "Reagan": the one leader in office that day the dictionary
                    # lists only as "President Reagan" (leader_names.py, people41)
                    entry = surname_record(self.gaz, r.name, self._period)
            if (
                entry is not None
                and r.type == "organization"
                and other_expansion(
                    self._text, r.name, {fold(n) for n in (entry.name, *entry.aliases)}
                )
            ):
                entry = None  # "(Fiscalia Especializada ... -- FEMA)": not the US FEMA
            country = r.country
            if entry is not None:
                code = dated_code(entry, self._period)
                if r.type == "organization" and code and code[3:6] == "ELI":
                    # PETRARCH2 codes Washington think tanks USAELI ("Brookings Institute");
                    # elites are people, and a think tank is a national NGO (CAMEO;
                    # docs/actor-codes.md 2: USANGO Heritage Foundation; roles16)
                    code = f"{code[:3]}NGO{code[6:]}"
                country = country or history_country(entry)
                if code and not r.code:
                    r.code, r.code_from, r.entry = code, "dictionary", entry
                    r.country = r.country or (code[:3] if code[:3] in self.gaz.countries else None)
                    if r.type == "person" and r.titles:
                        # outside every dated range the title in the text beats the
                        # undated default ("Treasury Secretary X" in a year the record
                        # misses)
                        self._titled_person(r, doc)
                    if r.code_from == "dictionary" and r.type == "person":
                        self._delegation_head(r, doc)
                    continue
            if r.code:
                continue
            role = None
            if r.type == "organization":
                full = r.name
                if (
                    r.start > 0
                    and doc[r.start - 1].text[:1].isupper()
                    and not doc[r.start - 1].is_sent_start
                    and doc[r.start - 1].pos_ == "PROPN"
                ):
                    full = f"{doc[r.start - 1].text} {r.name}"  # "Attorney" + "General's Office"
                if r.origin == "ner" and _bare_role_name(doc, r, self.gaz):
                    continue  # "Robert Holmes a Court", the book "El Narco" (round 10)
                unit = self._unit_of(r.name)
                if unit is not None:  # "36th Front of the FARC": the group's own code
                    r.code, r.country, r.code_from = unit.code, unit.country, "name"
                    r.kind = r.kind or unit.kind
                    continue
                owner = _unit_owner(doc, r, readings)
                if owner is not None:  # "the FARC's 12th Front": the group's code
                    r.code, r.country, r.code_from = owner.code, owner.country, "name"
                    r.kind = r.kind or owner.kind
                    continue
                spelled = _acronym_after(doc, r, self.gaz)
                if spelled is not None:
                    # "the United States Drug Enforcement Administration (DEA)": the body
                    # its own bracketed acronym names (roles16: coded GOV from the name)
                    r.code = dated_code(spelled, self._period) or spelled.code
                    r.country, r.code_from = spelled.country, "name"
                    r.kind = r.kind or spelled.kind
                    continue
                body = self._international_prefix(r)
                if body is not None:  # "EC Council of Ministers": the Community's own
                    r.code, r.country, r.code_from = body.code, None, "name"
                    r.kind = r.kind or body.kind
                    continue
                c2, role = name_code(self.gaz, full, place_country)
                group = self._armed_group_in_name(r.name) if role in STATE_FORCE_ROLES else None
                if group is not None:  # "Revolutionary Armed Forces of Colombia-People's Army"
                    r.code = dated_code(group, self._period) or group.code
                    r.country, r.code_from = group.country, "name"
                    r.kind = r.kind or group.kind
                    continue
                if (
                    c2 is not None
                    and c2 not in story_countries(doc, self.gaz, places)
                    and name_code(self.gaz, full)[0] is None
                    and (role == "PTY" or not place_by_own_name(full, c2))
                ):
                    # a place the name holds only by an alternate name, in a country the
                    # story never names: no evidence ("Casa Militar" in a Venezuela story,
                    # "Casa" an alternate name of an Indian town: INDMIL; actors20). A
                    # party's name holds a place as its namesake: "Colorado Party" in a
                    # story of Paraguay is no US party (round 41: USAPTY)
                    c2 = None
                country = c2 or self._modifier_country(doc, r) or country
                if country is None and role == "GOV":
                    # "the Reagan Administration": its leader's country (round 8 judging)
                    country = self._leader_country(r, readings)
                if role in {None, "BUS"} and country is None:
                    listed = self._company_country(doc, r)
                    if listed:  # "Lloyds Bank Plc <LLOY.L>", "Olivetti SpA": a company
                        role, country = "BUS", listed
                how = "name"
            else:
                chosen = None
                for title in ordered_titles(r.titles):
                    role = title_role(self.gaz, title)
                    if role:
                        chosen = title
                        c2 = title_country(self.gaz, title)
                        if c2 is None and role not in NATIONAL_ROLES | {"ELI"}:
                            # "the owner of a cement company in Nuevo Leon": the place a
                            # firm, union or church is "in" gives its country (round 22
                            # listing; not "a corporation of Formosa Plastics Group",
                            # nor a state office's place, which may be a visit's)
                            # (never in a relative clause: "an engineer who studied in
                            # the Soviet Union" is no Soviet; sides39)
                            own = RELATIVE_CLAUSE.split(title)[0]
                            c2 = (
                                country_in(
                                    self.gaz,
                                    [
                                        w.strip(",.")
                                        for w in own.split(" in ")[-1].split()
                                        if w[:1].isupper()
                                    ],
                                    place_country,
                                )
                                if " in " in own
                                else None
                            )
                        if c2 is None and role == "ELI" and fold(title.split()[0]) in FORMER:
                            # "former New York mayor X": the place before the office held
                            # gives its country (actors23: a former mayor of New York
                            # coded with the story's Guatemala)
                            c2 = country_in(
                                self.gaz,
                                [
                                    w
                                    for w in title_words(title)[1:]
                                    if w[:1].isupper() and not self.gaz.role_of(w)
                                ],
                                place_country,
                            )
                        if c2 is None and country is None and r.type == "person":
                            # "Energy Minister X of Ecuador", "Senator X of Ohio": the
                            # place right after the name (attached_country.py, people42)
                            c2 = attached_country(doc, r, self.gaz, place_country)
                        country = c2 or country
                        if role == "MIL" and _police_rank(self.gaz, title, r.titles):
                            role = "COP"  # "General X, head of the ... police"
                        break
                state_body = (
                    state_body_before_office(self.gaz, doc[r.start : r.end])
                    if chosen and role in NATIONAL_ROLES
                    else None
                )
                if state_body is not None:
                    # "Bundesbank President X": the known body's country and role (actors21)
                    r.code, r.country, r.code_from = state_body, state_body[:3], "title"
                    r.kind = r.kind or ROLE_KINDS.get(state_body[3:6])
                    continue
                body = (
                    appositive_body_office(self.gaz, chosen, text_of(doc))
                    if chosen and role in NATIONAL_ROLES
                    else None
                )
                if body == "BUS":
                    # "X, Woolworth vice president", the story naming "F.W. Woolworth Co":
                    # the firm's officer; the firm's stated country is given after the
                    # firms are coded (firm_officers.py), never the story's (firms37)
                    body = f"{r.country or ''}BUS"
                if body is not None:
                    # "X, president of the Japan Federation of Employers' Associations":
                    # the body's sector, not the state's ("" no code; actors20)
                    if body:
                        r.code, r.code_from = body, "title"
                        r.country = body[:3] if body[:3] in self.gaz.countries else None
                        r.kind = r.kind or ROLE_KINDS.get(body[-3:])
                    continue
                owned = (
                    owner_before_office(self.gaz, doc[r.start : r.end])
                    if r.type == "person" and r.titles
                    else None
                )
                if owned is not None:
                    # "Confederation of British Industry (CBI) President X": the body's;
                    # "" an association's officer whose sector its name does not tell
                    if owned:
                        r.code, r.code_from = owned, "title"
                        r.country = owned[:3] if owned[:3] in self.gaz.countries else None
                    continue
                near = doc[max(sentence_at(doc, r.start).start, r.start - 4) : r.start]
                if (
                    r.type == "person"
                    and r.start > 0
                    and doc[r.start - 1].is_space
                    and firm_office(self.gaz, [t for t in near if not t.is_space])
                ):
                    continue  # "SMC president X" (a title across a line break): a firm's
                if r.type == "person" and (
                    named_firm_office(self.gaz, list(near))
                    or bare_office_in_firm_story(list(near), text_of(doc))
                ):
                    # "Eastern president X", the story naming Eastern Airlines: the firm's
                    # officer; its country is the firm's where the story states it, given
                    # after the firms are coded (firm_officers.py), never the dateline's
                    # or the story's (firms37: a German unit's chairman coded USABUS in a
                    # Detroit story, a US firm's chairman JPNBUS in a Tokyo one)
                    r.code, r.code_from = f"{r.country or ''}BUS", "title"
                    r.kind = r.kind or ROLE_KINDS.get("BUS")
                    continue
                if r.type == "person" and lone_firm_office(self.gaz, list(near)):
                    # "Corpades President X": an unknown body's officer, not the article's
                    # state's (actors21: an NGO's president coded COLGOV)
                    continue
                if role == "MIL" and entry is not None and held_government(entry):
                    role = "GOV"  # "Colonel X" who ruled: head of state beats the rank
                how = "title"
            if role is None:
                continue
            if role in {"IGO", "NGO", "MNC", "IMG", "NGM", "INT", "PKO", "UIS"}:
                body = self._body_office(r) if r.type == "organization" else None
                if body is not None:  # "United Nations Special Rapporteur": the UN's
                    r.code, r.country, r.code_from = body.code, body.country, "name"
                continue  # international bodies: their own entries code them, never a guess
            inferred = False
            if country is None and r.type == "organization" and role in NATIONAL_ROLES:
                # "the U.S. Senate ... the Senate Finance Committee": the state the body's
                # own earlier name gave, not the article's (stated_bodies.py, sides39)
                country = stated_body_country(doc, self.gaz, r.start, r.end, role, readings)
            if (
                country is None
                and role == "ELI"
                and placed_elsewhere(doc, self.gaz, r.start, readings, places, article_country())
            ):
                # a former official or an expert whose sentence is set abroad only: not
                # the article's (an office holder travels: "Finance Minister X, in
                # Washington for the IMF talks" stays the article's)
                continue
            if (
                country is None
                and r.type == "organization"
                and role in NATIONAL_ROLES
                and _country_anaphor(doc, r)
            ):
                # "The Bolivian Communist Party criticised the country's Fisheries
                # Ministry": the one country named just before (round 22 listing: a
                # ministry left uncoded as the target of a criticism)
                near = nearby_countries(doc, self.gaz, r.start, readings)
                if len(near) == 1:
                    country = next(iter(near))
            if country is None and r.type == "organization" and _possessive_owner(doc, r):
                # "Bogota's Metropolitan Police": the owner's country; "Envigado's Transit
                # Police", an owner no index places: not the article's country (round 8)
                first = r.start - 2
                while (
                    first > sentence_at(doc, r.start - 2).start
                    and doc[first - 1].pos_ == "PROPN"
                    and doc[first - 1].text[:1].isupper()
                    and r.start - 2 - first < 3
                ):
                    first -= 1  # "Mexico City's Attorney General's Office": the whole name
                owner = doc[first : r.start - 1].text
                country = (
                    place_country(owner)
                    or country_word(self.gaz, owner)
                    or (
                        place_country(doc[r.start - 2].text)
                        or country_word(self.gaz, doc[r.start - 2].text)
                    )
                )
                if country is None:
                    continue
            if country is None and (
                role in NATIONAL_ROLES | {"ELI"} or (how == "title" and role == "REL")
            ):
                # a titled cleric ("Bishop X") is the article's country's, as an official
                # is (issue 11 round 12: bishops left uncoded)
                country = article_country()
                if how == "title" and filed_elsewhere(doc, self.gaz, country, self._former_state):
                    # a named official in a story filed from one country and mostly about
                    # another ("TOKYO - ... talks in Washington with President Reagan,
                    # Chief Cabinet Secretary X told reporters"): no guess between the two
                    # (round 9: Japan's chief cabinet secretary coded USAGOV); a body's
                    # name ("Commerce Department" in a Washington story on Canada) is
                    # mostly the dateline's, and keeps the article's as before. A bare
                    # government title is the filing state's official in wire style
                    # (foreign ones get a nationality): that state's, inferred, unless
                    # the text places the person elsewhere (dateline_officials.py)
                    filed = dateline_state(
                        doc, self.gaz, r, role, readings, places, self._former_state
                    )
                    if filed is not None:
                        r.code, r.country, r.code_from = f"{filed}{role}", filed, how
                        r.kind = r.kind or ROLE_KINDS.get(role)
                        r.inferred = True
                    continue
                here = action_countries(doc, r.start, readings, places, clause=True)
                if country is not None and here and country not in here:
                    # "the army" in a sentence set only in another country ("in
                    # Tegucigalpa, the military ..." in a story about the United States):
                    # that one country's, else none (seed 83 judging)
                    country = next(iter(here)) if len(here) == 1 else None
                    if country is None:
                        continue
                elif country is not None:
                    # "Vice President X" right after sentences about one other country
                    # ("Venezuela's interior minister ...") in a story set in Mexico: that
                    # country's; several other countries and not the article's: no guess
                    nearby = nearby_countries(
                        doc, self.gaz, r.start, readings, headline=r.type != "person"
                    )
                    if nearby and country not in nearby:
                        if len(nearby) > 1:
                            continue
                        country = next(iter(nearby))
                if country is None and how == "title" and role != "ELI":
                    # a named official with a national title ("Admiral X", "Governor X"):
                    # the article's leading country is enough, by half again the next
                    country = leading_country()
                if country is None and how == "title" and role in NATIONAL_ROLES:
                    # no leading country, but the headline names one and the official's
                    # sentence names that one alone ("Brazil Criticises ...": "Brazil is
                    # not happy with ..., Finance Minister X said"; officials33)
                    country = headline_home(doc, self.gaz, r.start, readings)
                inferred = country is not None
                said = r.name if r.type == "organization" else " ".join(r.titles)
                if inferred and office_not_used(country, said):
                    # "Interior Ministry", "Interior Minister X" in a story most about the
                    # US: no US body; another country's, unnamed (round 10); a chamber
                    # ("Lower House") the dateline's state has, in a story filed from
                    # there: that state's (actors28: Japan's coded USALEG from Tokyo)
                    filed = country_words(doc, self.gaz)[0]
                    if role != "LEG" or filed in {None, country} or office_not_used(filed, said):
                        continue
                    country = filed
            if (
                country is None
                and role == "LAB"
                and r.type == "organization"
                and LABOUR_NAME.search(r.name)
            ):
                pass  # "International Union of Electronic Workers": a union, bare LAB
            elif country is None and role not in {"CRM", "REB", "INS", "UAF"}:
                continue
            if how == "name" and country:
                # "Cuba's Council of State": a court elsewhere, Cuba's executive (actors23)
                role = state_body_role(country, r.name, role)
            r.code = f"{country or ''}{role}"
            r.country = country or r.country
            r.kind = r.kind or ROLE_KINDS.get(role)
            r.inferred, r.code_from = inferred, how
        for r in readings:
            if r.type == "person" and (
                r.code is None
                or r.inferred
                or len(r.code) == 3
                or r.code_from == "title"
                or self._undated_default(r)
            ):
                self._member_of_group(doc, r, readings)
            if r.type == "person" and r.code is None and aliased(doc, r):
                # "Ramon Ortega, alias 'El Gato'": crime news names criminals and rebels by
                # their aliases; the weakest reading, only for a person nothing else coded:
                # the nearest armed or criminal group of the sentence, else CRM
                group = sentence_group(doc, r, readings)
                if group is not None:
                    self._take_code(r, group)
                else:
                    r.code, r.code_from = "CRM", "alias"
                r.kind = r.kind or ROLE_KINDS.get(r.code[3:6] or r.code)
        # "local gang the Leones": CRM (named_groups.py); then "X, the leader of the
        # Zetas", "the PCC's alleged leader, X": the group's code (group_members.py; crm27)
        code_named_groups(doc, self.gaz, readings)
        # "White House budget director X": the body's official (dateline_officials.py)
        code_body_officers(doc, readings)
        code_stated_members(doc, self.gaz, readings)
        # "drug lord X" left bare CRM: the article's country where the sentence names no
        # other state (criminal_titles.py)
        criminal_title_countries(doc, self.gaz, readings, places, article_country)
        # "President X ... President Y" in an undated story: the earlier one is former
        past_heads(readings, self._period)

    def _leader_country(self, r: Reading, readings: list[Reading]) -> str | None:
        """The country of the leader an executive is named after: "Reagan Administration",
        "the Bush government" → the country of the person of the document with that
        surname, else of the dictionary's "President <surname>"; None when neither."""
        words = r.name.split()
        if len(words) < 2 or fold(words[-1]) not in GOVERNMENT_WORDS:
            return None
        for w in words[:-1]:
            if not w[:1].isupper() or self.gaz.role_of(w):
                continue
            for p in readings:
                if (
                    p.type == "person"
                    and p.country
                    and not p.inferred
                    and fold(p.name.split()[-1]) == fold(w)
                ):
                    return p.country
            entry = self.gaz.dictionary_entry(f"President {w}", "person")
            if entry is not None and history_country(entry):
                return history_country(entry)
        return None

    def _unit_of(self, name: str) -> GazetteerEntry | None:
        """The known organisation a unit's name belongs to: "36th Front of the
        Revolutionary Armed Forces of Colombia", "the Northern Bloc of the AUC" → that
        organisation (the unit is part of it: a FARC front is a rebel, not the military
        its name's "Armed Forces" would say)."""
        m = UNIT_NAME.match(name)
        if m is None:
            return None
        entry = self.gaz.lookup(m.group(1))
        return entry if entry is not None and entry.type == "organization" and entry.code else None

    def _armed_group_in_name(self, name: str) -> GazetteerEntry | None:
        """The known armed or criminal group a longer name opens with, after at most a
        country word: "Revolutionary Armed Forces of Colombia-People's Army", "Colombia's
        Revolutionary Armed Forces of Colombia" → the FARC (its name's "Armed Forces"
        are no state military; actors23). None unless the group's own name is a proper
        part of ``name`` and its entry codes an armed or criminal group."""
        words = [w for w in NAME_PARTS.split(name) if w]
        for i in range(min(2, len(words))):
            if i and self.gaz.country_of(re.sub(r"'s?$", "", words[0])) is None:
                break
            for j in range(len(words) - (i == 0), i, -1):
                entry = self.gaz.lookup(" ".join(words[i:j]))
                if (
                    entry is not None
                    and entry.type == "organization"
                    and group_role(entry.code) in ARMED_ROLES
                ):
                    return entry
        return None

    def _body_office(self, r: Reading) -> GazetteerEntry | None:
        """The known body an office's name opens with: "United Nations Special
        Rapporteur", "OAS Special Envoy" → the United Nations, the OAS; None unless the
        rest of the name is an office word (GROUP_TITLE_HEADS)."""
        words = r.name.split()
        for k in range(len(words) - 1, 0, -1):
            rest = title_head([fold(w) for w in words[k:]])
            if not any(w in GROUP_TITLE_HEADS for w in rest):
                continue
            entry = self.gaz.lookup(" ".join(words[:k]))
            if entry is not None and entry.type == "organization" and entry.code:
                return entry
        return None

    def _international_prefix(self, r: Reading) -> GazetteerEntry | None:
        """The international body a body's name opens with ("EC Council of Ministers",
        "OAS Permanent Council"): a body of an international organisation is the
        organisation's, never the country of the person who chairs it or of the dateline
        (round 25 judging: the EC Council of Ministers coded BELGOV from its Belgian
        president). None unless the rest of the name is capitalised and ends in a body's
        head word ("United Nations Charter" is a document, no body)."""
        words = r.name.split()
        if fold(words[-1]) not in INTERNATIONAL_BODY_HEADS:
            return None
        for k in range(len(words) - 1, 0, -1):
            if (
                not all(
                    w[:1].isupper() or fold(w) in {"of", "for", "and", "on", "the"}
                    for w in words[k:]
                )
                or not words[k][:1].isupper()
            ):
                continue
            entry = self.gaz.lookup(" ".join(words[:k]))
            if (
                entry is not None
                and entry.type == "organization"
                and (entry.code or "").startswith("IGO")
            ):
                return entry
        return None

    def _company_country(self, doc: Doc, r: Reading) -> str | None:
        """The country of a listed company: the exchange suffix of the ticker written in or
        right after its name ("Lloyds Bank Plc <LLOY.L>" → GBR; a bare ticker "<GM>" is a
        US listing), else a legal form that exists in one country only ("Plc", "SpA";
        company_countries.tsv). None when neither is there."""
        span = doc[r.start : r.end]
        # the name and the words right after it (Doc.text would rebuild the whole text)
        text = doc[r.start : r.end + 12].text[: span.end_char - span.start_char + 24]
        m = TICKER.search(text)
        words = [w for w in re.split(r"\s+", TICKER.sub("", r.name)) if w]
        # a legal form alone is no company's name: "ASA" an association's acronym (round
        # 22: the American Soybean Association read as a Norwegian company)
        form = self.gaz.company_markers.get(
            ("legal_form", fold(words[-1]).rstrip(",") if len(words) > 1 else "")
        )
        if m is not None and m.start() <= span.end_char - span.start_char + 2:
            if form:
                # "Tate and Lyle PLC <TATL>", "Malayan Banking Bhd <MBKM.SI>": the legal
                # form says where the firm is incorporated, the ticker only where it is
                # traded (round 10: a Malaysian bank listed in Singapore)
                return form
            if m.group(2) is None:
                # a bare ticker says a US listing, not a US firm, where the name's own
                # words name another state ("TransCanada PipeLines Ltd <TRP>", "Royal
                # Dutch/Shell Group <RD>"; rounds 45/47: both coded USABUS)
                named = self._country_in_name(words)
                if named is not None:
                    return named
            suffix = (m.group(2) or "n").lower()
            return self.gaz.company_markers.get(("ric", suffix))
        return form

    def _country_in_name(self, words: list[str]) -> str | None:
        """The one country that a word part of a company's name names: the parts of a
        joined word ("TransCanada", "Dutch/Shell", "Anglo-Dutch"); None for none or two.
        A country name of two or three words says it first: "Anglo American Corp of South
        Africa Ltd" is South African, not American (roles41, judged round 54)."""
        for size in (3, 2):
            for i in range(len(words) - size + 1):
                iso = country_word(self.gaz, " ".join(w.strip(",.") for w in words[i : i + size]))
                if iso:
                    return iso
        parts = {
            p
            for w in words
            for piece in re.split(r"[/-]", w)
            for p in (piece, *CAMEL_PARTS.findall(piece))
            if p[:1].isupper()
        }
        found = {c for p in parts if (c := country_word(self.gaz, p.strip(",.&;")))}
        return next(iter(found)) if len(found) == 1 else None
