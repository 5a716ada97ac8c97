"""Codes from the words around a name: title words, appositions, the office's owner.

"Venezuelan President Nicolás Maduro" → VENGOV, "former President X" → ELI, "Confederation
of British Industry (CBI) President X" → the body's code, "Soffex president X" → a firm's
officer (no state code), and so is "X, president of the <association>" or "X, <firm> vice
president" in apposition (:func:`appositive_body_office`). A known state body before its
head's office gives its own code ("Bundesbank President X" → DEUGOV,
:func:`state_body_before_office`); a bare lower-case "president X" in a company story is
the firm's (:func:`bare_office_in_firm_story`); a place after "near" or "with" is no
title's country (:data:`PLACE_PREPS`). Also when a title in the text beats the
dictionary's code for a known person (:meth:`TitleCoding._titled_person`).

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from watchfloor.extract.actors.codes import (
    BODY_OF_MEMBERS,
    FIRM_HOUSE_WORDS,
    FIRM_NAME_FORMS,
    NATIONAL_ROLES,
    NATIONALITY_NOUNS,
    NOW_WORDS,
    RELATIVE_WORDS,
    TITLE_PREPS,
    code_history,
    country_in,
    country_word,
    covers,
    dated_code,
    name_code,
    ordered_titles,
    owner_role,
    title_role,
    title_words,
)
from watchfloor.extract.actors.delegation_heads import delegation_office
from watchfloor.extract.actors.document_facts import open_facts, text_of
from watchfloor.extract.actors.former_words import HELD_FORMER, hyphenated_formers
from watchfloor.extract.actors.left_offices import left_before_story
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.actors.state import ExtractorState
from watchfloor.extract.actors.state_leaders import state_leader_country
from watchfloor.extract.actors.word_lists import (
    GENERIC_ALIASES,
    NON_STATE_OFFICE_ROLES,
    SHARED_RANKS,
    STATE_FINANCE_WORDS,
)
from watchfloor.extract.articles import ENGLISH_ARTICLES
from watchfloor.extract.doccache import doc_tokens, sentence_at, sentence_of, token_children
from watchfloor.extract.gazetteer import Gazetteer, GazetteerEntry, fold
from watchfloor.geo import default_index


def held_government(entry: GazetteerEntry) -> bool:
    """Whether a dictionary person held government office (a GOV code, dated or not)."""
    codes = [entry.code or ""] + [c for c, _, _ in code_history(entry)]
    return any(c.endswith("GOV") for c in codes)


def title_country(gaz: Gazetteer, title: str) -> str | None:
    """The country a title names ("Colombia's defense minister", "Honduran President");
    not a place after a word of :data:`PLACE_PREPS` ("a drug trafficker near the border
    with Guatemala": a place, not his state; actors21), nor in a relative clause ("an
    engineer who studied in the Soviet Union": sides39)."""
    words = [w for w in title.replace("'s", "").split() if w]
    cut = next(
        (
            i
            for i, w in enumerate(words)
            if i > 0 and (_place_prep(w, words[i - 1]) or fold(w) in RELATIVE_WORDS)
        ),
        None,
    )
    return country_in(gaz, words[:cut])


def context_code(gaz: Gazetteer, span: SpacySpan, contiguous: bool = False) -> str | None:
    """Code a person or organisation from its title words and apposition.

    "Venezuelan President Nicolás Maduro" → VENGOV; "Attorney General X" → JUD (the
    longest role phrase wins, then the one nearest the name); "former President X" → ELI.
    """
    doc = span.doc
    if not contiguous:
        owned = owner_before_office(gaz, span)
        if owned is not None:
            return owned or None  # "" : a non-state body's officer, no code
        state_body = state_body_before_office(gaz, span)
        if state_body is not None:
            return state_body  # "Japanese officials and Bundesbank President X": DEUGOV
    window = doc_tokens(doc)[max(sentence_of(span).start, span.start - 5) : span.start]
    if contiguous:
        # an organisation: only the words that modify it ("Colombian trafficking group Los
        # Rastrojos"), not "a Peruvian lawyer at the International Center ..."
        while window and any(
            t.pos_ in {"ADP", "VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"} for t in window
        ):
            cut = max(
                i
                for i, t in enumerate(window)
                if t.pos_ in {"ADP", "VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"}
            )
            window = window[cut + 1 :]
    else:
        # a person: the words before the name up to a verb or clause boundary ("Police in
        # Honduras arrested Carlos Lopez" gives him no police code); a comma right before
        # the name is the title's ("Mexico's Interior Minister, Miguel Osorio Chong")
        def stop(i: int, t) -> bool:
            if t.pos_ in {"VERB", "AUX", "SCONJ"}:
                return True
            if t.pos_ != "PUNCT" or t.tag_ == "HYPH":  # "president-elect"
                return False
            return not (t.text == "," and i == len(window) - 1)

        while window and any(stop(i, t) for i, t in enumerate(window)):
            cut = max(i for i, t in enumerate(window) if stop(i, t))
            window = window[cut + 1 :]
        if len(window) >= 2 and window[-1].text == "," and window[-2].dep_ == "pobj":
            # "In his plea before a judge of U.S. District Court, Slutsky admitted": an
            # opening phrase, not a title (round 8: a defendant coded as the judiciary)
            window = []
    if not contiguous and window and fold(window[-1].text) in TITLE_PREPS:
        # "the presidency of Saca", "the government of X": a term or body the name governs,
        # not a title; the person's own titles decide later (:func:`ordered_titles`)
        window = []
    groups = [window]
    groups += [
        _without_relative_clauses(list(a.subtree))
        for a in token_children(span.root)
        if a.dep_ == "appos" and not name_particle(list(a.subtree), span)
    ]
    country = role = None
    former = late_only = False
    for k, tokens in enumerate(groups):
        words = [t for t in tokens if t.pos_ in {"PROPN", "NOUN", "ADJ"}]
        for t in words:
            if not contiguous and _place_object(t, tokens):
                continue  # "X, a trafficker near the border with Guatemala": not his state
            country = country or country_word(gaz, t.text)
        past = _past_title(tokens)
        late = past and not _past_title([t for t in tokens if t.lower_ != "late"])
        if past and role is None:
            former, late_only = True, late
        if k == 0 and firm_office(gaz, tokens):
            role = ""  # "Soffex president X": an unknown firm's officer, not the state's
            continue
        if k > 0:
            # an apposition that names a non-state owner of the office: "X, the president
            # of Mexico's Association of ...", "X, the bank's chairman" (round 8)
            texts = [t.text for t in tokens if not (t.is_punct or t.is_space)]
            prep = next(
                (
                    i
                    for i, w in enumerate(texts)
                    if i > 0 and fold(w) in {"of", "from", "for", "at", "in", "with", "on"}
                ),
                None,
            )
            body = international_owner(gaz, texts) if role is None else None
            if body is not None:
                # "X, director of the World Bank's Moroccan division"; a state's office
                # before the name wins ("Dutch Finance Minister X, chairman of the EC
                # Council of Ministers" is his state's minister)
                return body
            owner = owner_role(gaz, texts, prep)
            if owner is None and role is None:
                # "X, president of the Japan Federation of Employers' Associations", "X,
                # Woolworth vice president": the named body's officer (actors20)
                owner = appositive_body_office(gaz, " ".join(texts), text_of(doc))
                if owner and len(owner) > 3:
                    return owner
            if owner is not None:
                role = role or owner or ""
                continue
        found = longest_role(gaz, tokens)
        if found and role is None:
            role, former, late_only = found, former or past, late if past else late_only
        elif (
            found
            and former
            and not past
            and found != "CVL"
            and k > 0
            and tokens
            and _said_now(tokens)
        ):
            # "retired general X, now Honduras' security minister": the office held now
            # beats the former one (actors18: coded ELI)
            role, former = found, False
    if (
        role == "MIL"
        and len(groups) > 1
        and {fold(t.text) for t in window} & SHARED_RANKS
        and any(
            title_role(gaz, " ".join(t.text for t in g if not t.is_space)) == "COP"
            for g in groups[1:]
        )
    ):
        # "General X, the director of Peru's Criminal Investigation Office": a rank police
        # forces share with armies, held by the head of a police body (roles16)
        role = "COP"
    if (
        not contiguous
        and role == "CVL"
        and any(t.lower_ in NATIONALITY_NOUNS for g in groups for t in g)
    ):
        return None  # "US citizen X": a passport, no part of society (roles16)
    if former and role and (role in NATIONAL_ROLES or not late_only):
        role = "ELI"  # not "the late drug trafficker X": dead, still a trafficker
    if country and role:
        return country + role
    if contiguous and role in STATELESS_ORG_ROLES:
        # "the human rights organization Global Justice", "Global Justice, a human rights
        # group": a non-state body needs no country for its code (issue 12, targets16:
        # named NGOs left uncoded as event sides); never a person's title ("activist")
        return role
    return None


def _without_relative_clauses(tokens: list) -> list:
    """An apposition's words less its relative clauses: "X, a technocrat who studied in
    the Soviet Union," is no Soviet (sides39: a Chinese vice-premier coded RUSLAB), as
    :func:`title_role` leaves a relative clause out of a title's role."""
    inside = {t.i for c in tokens if c.dep_ == "relcl" for t in c.subtree}
    return [t for t in tokens if t.i not in inside] if inside else tokens


# Prepositions whose object is a place the person is near, never the state he serves or
# belongs to ("near the border with Guatemala"); "of", "from", "in", "to" and "with" may
# give it ("a trafficker from Guatemala", "advisor to Argentina's Security Ministry",
# "official with the Honduran Armed Forces") and are not here; "with" after "border" is
PLACE_PREPS = frozenset({"near", "along", "across", "toward", "towards", "outside", "beyond"})
BORDER_WORDS = frozenset({"border", "borders", "frontier"})


def _place_prep(word: str, before: str) -> bool:
    """Whether a word opens a place phrase: one of :data:`PLACE_PREPS`, or "with" right
    after "border" ("the border with Guatemala")."""
    word = word.lower()
    return word in PLACE_PREPS or (word == "with" and before.lower() in BORDER_WORDS)


def _place_object(token, tokens: list) -> bool:
    """Whether a word of a title or apposition lies in a phrase of :data:`PLACE_PREPS`
    within those words (issue 11 actors21: ", a trafficker, near the border with
    Guatemala" coded GTMCRM in a Honduran story)."""
    inside = {t.i for t in tokens}
    doc = token.doc
    head = token.head
    while head.i in inside:
        if head.pos_ == "ADP" and _place_prep(head.text, doc[head.i - 1].text if head.i else ""):
            return True
        if head.i == head.head.i:
            break
        head = head.head
    return False


def _said_now(tokens: list) -> bool:
    """Whether an apposition opens with "now" or "currently", inside it or right before
    it ("X, now defense minister,": the parser may hang "now" on the verb)."""
    first = min(tokens, key=lambda t: t.i)
    before = first.doc[first.i - 1] if first.i > 0 else None
    return fold(first.text) in NOW_WORDS or (before is not None and fold(before.text) in NOW_WORDS)


# Words before or in a title that put its office in the past ("the late President X" held
# it and died: ELI, as a former one; actors18; "erstwhile", "one-time": former42):
# former_words.tsv, kind "held"
PAST_TITLE_WORDS = HELD_FORMER


def _past_title(tokens: list) -> bool:
    """Whether title tokens hold a word of a past office, a hyphenated one too ("one-time"
    is three tokens)."""
    if any(t.lower_ in PAST_TITLE_WORDS for t in tokens):
        return True
    text = "".join(t.text_with_ws for t in tokens)
    return bool(hyphenated_formers(text))


# Roles an organisation's own kind words give it without a country (CAMEO codebook: NGO
# is a stand-alone code)
STATELESS_ORG_ROLES = {"NGO"}

NAME_JOINERS = {"of", "for", "and", "de", "del", "the"}


def international_owner(gaz: Gazetteer, texts: list[str]) -> str | None:
    """The code of an international body an apposition names as the office's owner ("X,
    director of the World Bank's Moroccan division" → IGOUNOWBK): its staff are the
    body's, and a country word inside the apposition is the desk's subject, not their
    state (round 25 judging: a World Bank official coded Moroccan business)."""
    words = [w[:-2] if w.endswith(("'s", "\u2019s")) else w for w in texts]
    words = [w for w in words if w not in {"'s", "\u2019s"}]
    for size in (4, 3, 2, 1):
        for i in range(len(words) - size + 1):
            gram = words[i : i + size]
            if not gram[0][:1].isupper():
                continue
            entry = gaz.lookup(" ".join(gram))
            if (
                entry is None
                or entry.type != "organization"
                or not (entry.code or "").startswith("IGO")
            ):
                continue
            before = [fold(w) for w in words[:i] if fold(w) not in ENGLISH_ARTICLES]
            if (before and before[-1] in {"to", "at", "in", "with", "on"}) or set(
                before
            ) & STATE_DELEGATES:
                return None  # "Mexico's ambassador to the United Nations": the state's
            return entry.code
    return None


# Offices a state holds at an international body: their holders stay the state's
STATE_DELEGATES = {
    "ambassador",
    "envoy",
    "representative",
    "delegate",
    "delegation",
    "mission",
    "minister",
    "ministers",
    "governor",
    "governors",
}


def owner_before_office(gaz: Gazetteer, span: SpacySpan) -> str | None:
    """:func:`read_owner_before_office`, read once per span and document (asked when a
    person's mention is read, :func:`context_code`, and again when a titled person is
    coded): kept in the document's record while the extractor reads it."""
    facts = open_facts(span.doc)
    if facts is None:
        return read_owner_before_office(gaz, span)
    key = (id(gaz), span.start, span.end)
    if key not in facts.owner_codes:
        facts.owner_codes[key] = read_owner_before_office(gaz, span)
    return facts.owner_codes[key]


def read_owner_before_office(gaz: Gazetteer, span: SpacySpan) -> str | None:
    """The code of a firm's, union's or association's officer whose body is named right
    before the office: "Confederation of British Industry (CBI) President X" → GBRBUS
    (round 13: coded the British government from "President"); "Steel Workers Union vice
    president X" → LAB; "NACF President X", an acronym the document spells out ("the
    National Association of Corn Farmers, NACF,") → the long name's sector (round 22: a
    union's and a growers' association's presidents coded GOV). "" when the body is a
    known or named association with no sector the name tells: its officer, not the
    state's, and no code. A state body or an unknown single name before the office says
    nothing here (None; :func:`firm_office` reads those)."""
    doc = span.doc
    i = span.start - 1
    sent_start = sentence_of(span).start
    if i <= sent_start or fold(doc[i].text) not in FIRM_OFFICES:
        return None
    j = i - 1
    while j > sent_start and fold(doc[j].text) in OFFICE_MODIFIERS:
        j -= 1  # "vice president", "executive vice president"
    if doc[j].text == ")":  # "(CBI)": the body's acronym between its name and the office
        k = j - 1
        while k > sent_start and doc[k].text != "(" and j - k < 4:
            k -= 1
        if doc[k].text != "(":
            return None
        j = k - 1
    words: list[str] = []
    while (
        j >= sent_start
        and len(words) < 8
        and (
            doc[j].text[:1].isupper()
            and doc[j].pos_ in {"PROPN", "NOUN", "ADJ"}
            or words
            and fold(doc[j].text) in NAME_JOINERS
        )
    ):
        words.insert(0, doc[j].text)
        j -= 1
    while words and fold(words[0]) in NAME_JOINERS:
        words.pop(0)
    if len(words) == 1 and ACRONYM.fullmatch(words[0]):
        spelled = spelled_out(text_of(doc), words[0])
        words = spelled.split() if spelled else words
    return body_words_code(gaz, words)


# Offices a state body's head holds under its name ("Bundesbank President X", "Central
# Bank Governor X"): the office word right before the name
BODY_HEAD_OFFICES = {
    "president",
    "chairman",
    "chairwoman",
    "chairperson",
    "vice-president",
    "governor",
    "director",
    "head",
}


def state_body_before_office(gaz: Gazetteer, span: SpacySpan) -> str | None:
    """The code of a known state body whose name stands right before its head's office
    and the person's name ("Bundesbank President X" → DEUGOV): the body's country and
    role, not the article's nor a nearby country word's (issue 11 actors21: coded JPNGOV
    from "Japanese officials and Bundesbank President X"). Only the words right before
    this office count: another body's head in the sentence ("Dutch central bank president
    Y and Bundesbank President X") keeps his own title. None when no known state body
    stands there."""
    doc = span.doc
    i = span.start - 1
    sent_start = sentence_of(span).start
    while i > sent_start and doc[i].is_space:
        i -= 1
    if i <= sent_start or fold(doc[i].text) not in BODY_HEAD_OFFICES:
        return None
    j = i - 1
    while j > sent_start and fold(doc[j].text) in OFFICE_MODIFIERS:
        j -= 1
    words: list[str] = []
    while (
        j >= sent_start
        and len(words) < 6
        and doc[j].text[:1].isupper()
        and doc[j].pos_ in {"PROPN", "NOUN", "ADJ"}
    ):
        words.insert(0, doc[j].text)
        j -= 1
    for k in range(len(words)):
        phrase = " ".join(words[k:])
        if gaz.role_of(phrase) or fold(phrase) in GENERIC_ALIASES:
            return None  # "Senate President X": a generic body, the story's state decides
        entry = gaz.lookup(phrase)
        if entry is None or entry.type != "organization":
            continue
        code = entry.code or ""
        if code[:3] in gaz.countries and code[3:6] in NATIONAL_ROLES:
            return code  # the entry's whole code ("Federal Reserve Chairman X": USAGOVBUS)
        return None
    return None


def body_words_code(gaz: Gazetteer, words: list[str]) -> str | None:
    """The code of an officer of the body these words name (two words or more): a known
    firm's or union's code, the non-state sector its name tells ("Japan Federation of
    Employers' Associations" → JPNBUS), "" for an association whose sector the name does
    not tell; None for a state or international body, or a name that says nothing."""
    if len(words) < 2:
        return None
    entry = gaz.lookup(" ".join(words))
    if entry is not None:
        # "World Bank President X": a known state or international body's entry decides
        # elsewhere; a known union's or firm's officer takes its code
        code = entry.code or ""
        return (
            code
            if entry.type == "organization"
            and code
            and code[3:6] not in NATIONAL_ROLES | {"MIL"}
            and code[:3] not in {"IGO", "NGO", "IMG", "MNC"}
            else None
        )
    country, role = name_code(gaz, " ".join(words))
    if role and role not in NATIONAL_ROLES | {"MIL", "IGO"}:
        return (country or "") + role
    if role is None and any(fold(w) in BODY_OF_MEMBERS | MEMBERS_NAMES for w in words):
        sector = next(
            (
                found[0]
                for w in words
                if (found := gaz.role_of(fold(w)))
                and found[0]
                and found[0] not in NATIONAL_ROLES | {"MIL", "IGO"}
            ),
            None,
        )
        return (country or "") + sector if sector else ""
    return None


# Plural heads of the names of unions and associations ("United Auto Workers")
MEMBERS_NAMES = {"workers", "growers", "farmers", "producers", "employees", "teachers"}
# Words between a body's name and its office ("Auto Workers vice president")
OFFICE_MODIFIERS = {"vice", "executive", "deputy", "senior", "acting", "first", "co"}
ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")


def spelled_out(text: str, acronym: str) -> str | None:
    """The name an acronym stands for where the document spells it out: "the National
    Association of Corn Farmers, NACF," or "... Farmers (NACF)" → that name; the name's
    initials (its capitalised words) must give the acronym. None when not spelled out."""
    for m in re.finditer(
        rf"((?:[A-Z][\w'.&-]*(?:\s+(?:of|for|and|the|de))*\s*)+)"
        rf"[,(]\s*{re.escape(acronym)}\b",
        text,
    ):
        words = m.group(1).split()
        for k in range(len(words)):
            part = [w for w in words[k:] if w[:1].isupper()]
            if "".join(w[0] for w in part) == acronym:
                return " ".join(words[k:])
    return None


def name_particle(tokens: list, span: SpacySpan) -> bool:
    """Whether an "apposition" is an article and one capitalised word right after the
    name, with no comma: the rest of the name ("Robert Holmes a Court"), no role."""
    words = [t for t in tokens if not t.is_space]
    return (
        len(words) == 2
        and words[0].lower_ in ENGLISH_ARTICLES
        and words[1].text[:1].isupper()
        and not any(t.is_punct for t in span.doc[span.end : words[0].i])
    )


# Offices that firms, federations and clubs have and a state body seldom names so in
# English news ("Acme president", "president of Fenacon"): round 9 of rules
FIRM_OFFICES = {"president", "chairman", "chairwoman", "chairperson", "vice-president"}


def firm_office(gaz: Gazetteer, tokens: list) -> bool:
    """Whether the words before a name are a firm's office: an unknown proper name right
    before "president"/"chairman" ("Soffex president Rudolf Mueller", seed 103 judging:
    coded the Swiss government). A country, place, role word or known state body before
    the office keeps it the state's ("Senate President", "Bundesbank President")."""
    for j, t in enumerate(tokens):
        if fold(t.text) not in FIRM_OFFICES or j == 0:
            continue
        prev = tokens[j - 1]
        if prev.pos_ != "PROPN" or not prev.text[:1].isupper() or prev.tag_ == "POS":
            return False
        if fold(prev.text) in FIRM_HOUSE_WORDS:
            return True  # "Golden Gate Futures president X": a trading house's (roles44)
        return unknown_owner(gaz, prev.text) or firm_in_text(gaz, prev)
    return False


def lone_firm_office(gaz: Gazetteer, tokens: list) -> bool:
    """:func:`firm_office` for an owner of one word that no capitalised word precedes
    ("Corpades President X", "Soffex president X"); not a longer name that only ends in
    an unknown word ("the city's Pereira Passos Institute president X")."""
    tokens = [t for t in tokens if not t.is_space]
    if len(tokens) < 2 or not firm_office(gaz, tokens[-2:]):
        return False
    return len(tokens) == 2 or not (
        tokens[-3].text[:1].isupper()
        and tokens[-3].pos_ in {"PROPN", "NOUN", "ADJ"}
        and not tokens[-3].is_sent_start
    )


def named_firm_office(gaz: Gazetteer, tokens: list) -> bool:
    """Whether the words right before a name are "<firm> <office>" for a firm the article
    names in full ("Eastern president X", the story naming "Eastern Airlines")."""
    tokens = [t for t in tokens if not t.is_space]
    if len(tokens) < 2 or fold(tokens[-1].text) not in FIRM_OFFICES | {"vice"}:
        return False
    if (
        fold(tokens[-1].text) == "president"
        and len(tokens) >= 3
        and fold(tokens[-2].text) == "vice"
    ):
        tokens = tokens[:-1]
    owner = tokens[-2]
    if owner.tag_ == "POS" and len(tokens) >= 3:
        owner = tokens[-3]  # "Eastern's president X"
    if not owner.text[:1].isupper():
        return False
    return firm_in_text(gaz, owner) or house_named([t for t in tokens if t.i <= owner.i])


def house_named(tokens: list) -> bool:
    """Whether ``tokens`` end in a trading or investment house's name of two words or
    more ("Silver Bay Futures", "Hill Securities"; firm_house_words.tsv, roles44): an
    office after it is the house's, not the state's. A house word alone ("Capital") or
    after a lower-case word names no house."""
    return (
        len(tokens) >= 2
        and fold(tokens[-1].text) in FIRM_HOUSE_WORDS
        and tokens[-2].text[:1].isupper()
        and tokens[-2].pos_ == "PROPN"
    )


# Words that end a company's name in English news, besides the legal forms ("Eastern
# Airlines", "Acme Motors"); round 24/25 judging: "Eastern president X" coded USAGOV
FIRM_NAME_ENDS = (
    r"Airlines|Airways|Air Lines|Motors|Bank|Bancorp|Petroleum|Oil|Steel|"
    r"Industries|Corp|Corporation|Inc|Co|Ltd|Plc|PLC|SpA|AG|SA|S\.A|NV|Group|Holdings"
)


# What follows a firm's first word in its full name: up to two more capitalised words and
# a firm word or legal form ("Eastern [Air] Lines", "F.W. Woolworth Co")
FIRM_TAIL = re.compile(rf"(?:\s+[A-Z][\w&.'-]*){{0,2}}?\s+(?:{FIRM_NAME_ENDS})\b")
WORD_START = re.compile(r"\b")  # matched at a position of the whole text: its boundary


def firm_in_text(gaz: Gazetteer, owner) -> bool:
    """Whether the word before an office is the short name of a company the article names
    in full ("Eastern president X" where the story names "Eastern Airlines"): a compass or
    place word that starts a firm's name is the firm's, not a state's. A country's own name
    ("Brazil president") never is."""
    return firm_named_in(gaz, owner.text, text_of(owner.doc))


def firm_named_in(gaz: Gazetteer, word: str, text: str) -> bool:
    """:func:`firm_in_text` for a word and a text: ``text`` names a company that begins
    with ``word`` ("Woolworth" in "F.W. Woolworth Co", "Odebrecht" in "Odebrecht S.A.")."""
    if gaz.country_of(fold(word)) or len(word) < 2:
        return False
    # rf"\b{re.escape(word)}{FIRM_TAIL.pattern}" searched, without a pattern compiled per
    # word and a regex pass over the whole text: each place the word stands is tried
    # (str.find), its start checked for a word boundary in the whole text (speed42)
    at = text.find(word)
    while at >= 0:
        if WORD_START.match(text, at) and FIRM_TAIL.match(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


# A company named by its legal form or firm word in a story's first lines ("<SNC Group
# Inc> expects 1987 earnings to rise"): the story is the firm's
LEAD_FIRM = re.compile(rf"\b[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){{0,3}}\s+(?:{FIRM_NAME_ENDS})\b")
LEAD_CHARS = 400


def bare_office_in_firm_story(tokens: list, text: str) -> bool:
    """Whether the words right before a name are a lower-case office word alone (",
    president X said"), in a story whose first lines name a company: the firm's officer,
    not the state's. News English capitalises a head of state's title before the name
    ("President X"); a country or body word before the office ("Brazilian president X",
    "IBC president X") says whose it is, and other rules read those (issue 11 actors21:
    the president of SNC Group coded CANGOV in a Montreal earnings story)."""
    tokens = [t for t in tokens if not t.is_space]
    if not tokens or tokens[-1].text not in FIRM_OFFICES:
        return False  # lower case only: "president", never "President"
    if len(tokens) >= 2 and not (tokens[-2].is_punct or tokens[-2].pos_ in {"VERB", "AUX"}):
        return False  # "Brazilian president X", "the company's president X": not bare
    return LEAD_FIRM.search(text[:LEAD_CHARS]) is not None


# An appositive title that names the body whose office it is: "president of the
# influential Japan Federation of Employers' Associations", "Woolworth vice president"
# (rounds 34-35 and earlier: such officers coded the state's government from "president")
OFFICE_OF_BODY = re.compile(
    r"(?i:(?:(?:former|ex|vice|executive|deputy|acting|senior)[\s-]+)*"
    r"(?:president|chairman|chairwoman|chairperson|vice-president)\s+(?P<prep>of|at)\s+"
    r"(?:the\s+)?)(?:[a-z]+\s+)?(?P<body>[A-Z].*)"
)
BODY_OFFICE = re.compile(
    r"(?P<owner>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\s+"
    r"(?:(?:vice|executive|senior|deputy)[\s-]+)*"
    r"(?:president|chairman|chairwoman|chairperson|vice-president)"
)


def appositive_body_office(gaz: Gazetteer, title: str, text: str) -> str | None:
    """The code an appositive title gives through the body it names, else None.

    "X, president of the Japan Federation of Employers' Associations" → the body's sector
    (:func:`body_words_code`: JPNBUS); "X, Woolworth vice president" in a story naming "F.W.
    Woolworth Co" → "BUS" (a firm's officer; the caller gives the firm a country); ""
    (no code) for an association whose sector its name does not tell. A state or
    international body ("president of the Bundesbank", "World Bank vice president") or
    an owner the text does not show to be a firm says nothing here (None)."""

    def non_state(words: list[str]) -> str | None:
        if any(fold(w) in STATE_FINANCE_WORDS for w in words):
            return None  # "Central Bank of Brazil", "Asian Development Bank": not a firm
        code = body_words_code(gaz, words)
        if code is None and words and fold(words[-1]).strip(".,") in FIRM_NAME_FORMS:
            code = "BUS"  # "president of Acme Steel Corp": a firm by its legal form
        if code is None and len(words) > 1 and fold(words[-1]) in FIRM_HOUSE_WORDS:
            code = "BUS"  # "vice president at Acme Futures": a trading house (roles44)
        return code if code == "" or code and code[-3:] in NON_STATE_OFFICE_ROLES else None

    title = " ".join(title.split())
    m = OFFICE_OF_BODY.fullmatch(title)
    if m:
        words: list[str] = []
        for w in m.group("body").split():
            if not (w[:1].isupper() or words and fold(w) in NAME_JOINERS):
                break
            words.append(w)
        while words and fold(words[-1]) in NAME_JOINERS:
            words.pop()
        return non_state(words)
    m = BODY_OFFICE.fullmatch(title)
    if m:
        words = m.group("owner").split()
        if len(words) == 1:
            return "BUS" if firm_named_in(gaz, words[0], text) else None
        return non_state(words)
    return None


def unknown_owner(gaz: Gazetteer, name: str) -> bool:
    """Whether a proper name says nothing of a state: no country, place, role word or
    known entry ("Soffex", "Fenacon"; not "Senate", "Bundesbank", "Texas")."""
    key = fold(name)
    return (
        len(key) > 1
        and key not in gaz.role_words
        and gaz.agent_role(name) is None
        and country_word(gaz, name) is None
        and not gaz.candidates(name)
        and not any(c.precision != "region" for c in default_index().find(name))
    )


def longest_role(gaz: Gazetteer, tokens: list) -> str | None:
    """The role of the longest role phrase among ``tokens`` (ties: the rightmost)."""
    starts = [
        i
        for i, t in enumerate(tokens)
        if fold(t.text) in gaz.role_starts or fold(t.lemma_) in gaz.role_starts
    ]
    for n in range(min(gaz.max_role_words, len(tokens)), 0, -1):
        for i in reversed(starts):
            gram = tokens[i : i + n]
            if len(gram) < n:
                continue
            for phrase in (" ".join(t.text for t in gram), " ".join(t.lemma_ for t in gram)):
                found = gaz.role_of(phrase)
                if found and found[0]:
                    return found[0]
    return None


class TitleCoding(ExtractorState):
    """A known person's title against the dictionary (a part of :class:`ActorExtractor`)."""

    def _undated_default(self, r: Reading) -> bool:
        """Whether a person's code is a dictionary record's undated default although the
        article has a date no dated code covers ("Treasury Secretary X" in a year the
        record's ranges miss): the text's office may then decide."""
        return r.code_from == "dictionary" and self._dates_missed(r)

    def _record_default(self, r: Reading) -> bool:
        """Whether a person's code is the dictionary record's undated default: the record
        has dated codes and none covers the article's date (or the article has none),
        and no title or apposition of this mention coded it."""
        return r.type == "person" and r.code_from in {None, "dictionary"} and self._dates_missed(r)

    def _dates_missed(self, r: Reading) -> bool:
        """Whether the reading's dictionary record has dated codes and none covers the
        article's date (or the article has none)."""
        return (
            r.entry is not None
            and bool(code_history(r.entry))
            and (self._period is None or not covers(r.entry, self._period))
        )

    def _title_of_a_past_year(self, doc: Doc | None, r: Reading) -> bool:
        """Whether the mention's sentence dates its title to a year that one of the
        record's dated offices covers while no office covers the article's date ("first
        appointed in 1979 by President Carter" in a 1987 story): the title is that year's,
        and the record's code at the article's date stands (issue 11, round 34: Carter
        coded USAGOV in 1987). A sentence without such a year leaves the title to win."""
        if doc is None or self._period is None or r.entry is None:
            return False
        history = [h for h in code_history(r.entry) if not h[0].endswith("ELI")]
        if not history or covers(r.entry, self._period):
            return False
        now = {self._period[0].year, self._period[1].year}
        years = {
            int(t.text) for t in sentence_at(doc, r.start) if t.text.isdigit() and len(t.text) == 4
        } - now
        return any(
            (s is None or s.year <= y) and (e is None or y <= e.year)
            for y in years
            if 1800 <= y <= 2100
            for _, s, e in history
        )

    def _delegation_head(self, r: Reading, doc: Doc | None) -> None:
        """A dictionary person coded as an elite outside every dated office whom the text
        states to lead a state's delegation (:mod:`.delegation_heads`: "the delegation's
        leader, X", "X, head of the Taiwan delegation,") is that state's official at the
        story's time: GOV beats the record's elite code (judged seed 3089: a serving trade
        delegation leader coded ELI). A dated office that covers the date, a sentence
        dating the office to a past year, or a former office keeps the record's code; a
        covering dated ELI range is kept as ``dictionary_code`` to show the conflict."""
        if (
            doc is None
            or not r.code
            or r.code[3:6] != "ELI"
            or not self._dates_missed(r)
            or self._title_of_a_past_year(doc, r)
        ):
            return
        code = delegation_office(self.gaz, doc, r.start, r.end)
        if code is None:
            return
        if self._period is not None and r.entry is not None:
            dated = dated_code(r.entry, self._period)
            if dated == r.code and any(
                (s is None or s <= self._period[0]) and (e is None or self._period[1] <= e)
                for _, s, e in code_history(r.entry)
            ):
                r.dictionary_code = dated
        r.code, r.code_from = code, "title"

    def _leader_who_left(self, r: Reading, title: str) -> bool:
        """Whether ``title`` is a country's leader ("Chinese leader"; :mod:`.state_leaders`)
        and the record has a dated elite range covering the article's date after an office
        that ended before it (Hu Yaobang, party chief to January 1987, in a March 1987
        story): so loose a title may name the office he left, and the record's date
        decides. An undated elite default (Deng Xiaoping, Jaruzelski between his offices)
        names no such end and leaves the title to win."""
        if self._period is None or r.entry is None:
            return False
        words = title_words(title)
        if state_leader_country(words, lambda w: country_word(self.gaz, w)) is None:
            return False
        first, last = self._period
        history = code_history(r.entry)
        return any(
            c.endswith("ELI") and (s is None or s <= first) and (e is None or last <= e)
            for c, s, e in history
        ) and any(not c.endswith("ELI") and e is not None and e < first for c, _, e in history)

    def _titled_person(self, r: Reading, doc: Doc | None = None) -> None:
        """A known person whose title in the text gives a role: the text wins over the
        dictionary (docs/actor-codes.md 3.4), "President Santos" in an undated article is
        COLGOV even though his undated code is COLELI. The country stays the entry's
        unless the title names another one. In a dated article whose date a dated code of
        the entry covers, the date decides: the record of who held which office when is
        firmer than a title ("former President Trump" in a September 2025 story).

        A dated code that names no office (ELI: out of office, PETRARCH2's open elite
        ranges) does not cover: an office the article gives at the mention beats it, and
        the dictionary's code is kept as ``title_over_dictionary`` so that the conflict
        shows ("President Nicolás Maduro" in a story dated after the dictionary's end of
        his presidency is VENGOV, flagged VENELI). The article is the witness of its own
        time; the dictionary may be out of date, or the story fictional."""
        if self._period is not None and r.entry is not None and covers(r.entry, self._period):
            return
        if self._title_of_a_past_year(doc, r):
            return
        if left_before_story(doc, r, self._period):
            return  # "the resignation of Party chief X", out of office by the record
        for title in ordered_titles(r.titles):
            role = title_role(self.gaz, title)
            if role == "MIL" and r.entry is not None and held_government(r.entry):
                return  # "Colonel X" who ruled his country: head of state beats the rank
            if role and self._leader_who_left(r, title):
                return  # "Chinese leader X" whose record has him out of office (codes46)
            if role and role not in {"IGO", "NGO", "MNC", "IMG", "NGM", "INT", "PKO", "UIS"}:
                country = title_country(self.gaz, title) or r.country
                if country and r.code != f"{country}{role}":
                    dated = (
                        dated_code(r.entry, self._period)
                        if self._period is not None
                        and r.entry is not None
                        and code_history(r.entry)
                        else None
                    )
                    if (
                        dated
                        and dated != f"{country}{role}"
                        and any(
                            (s is None or s <= self._period[0])
                            and (e is None or self._period[1] <= e)
                            for _, s, e in code_history(r.entry)
                        )
                    ):
                        r.dictionary_code = dated
                    r.code, r.code_from = f"{country}{role}", "title"
                return
