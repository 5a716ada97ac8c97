"""A person's code from the organisation the text places them in, or from an alias.

"Sinaloa Cartel leader X", "X, a spokesman for the Interior Ministry," take the
organisation's code; "X, alias 'El Gato'" takes the sentence's armed or criminal group's,
else CRM. A name the small model types as an organisation is a person's when an alias
follows it (:func:`aliased_name`).

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from watchfloor.extract.actors.article_country import country_words
from watchfloor.extract.actors.codes import FORMER, country_word
from watchfloor.extract.actors.former_offices import former_office_code
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.actors.state import ExtractorState
from watchfloor.extract.actors.titles import title_head
from watchfloor.extract.actors.word_lists import (
    ALIAS_MARKERS,
    GROUP_TITLE_HEADS,
    ORG_HEADS,
)
from watchfloor.extract.articles import ENGLISH_ARTICLES
from watchfloor.extract.doccache import doc_tokens, sentence_at
from watchfloor.extract.gazetteer import Gazetteer, fold


def sentence_group(doc: Doc, r: Reading, readings: list[Reading]) -> Reading | None:
    """The coded non-state armed or criminal group named nearest to a person in the
    person's sentence ("... Guillermo Ruiz, alias 'Tito', the FARC's top leader" → the
    FARC), or None."""
    if not doc.has_annotation("SENT_START"):
        return None
    sent = sentence_at(doc, r.start)
    found = [
        o
        for o in readings
        if o.type == "organization"
        and o.code
        and not o.inferred
        and sent.start <= o.start < sent.end
        and (o.code[3:6] or o.code[:3]) in {"CRM", "REB", "INS", "UAF"}
    ]
    return min(found, key=lambda o: abs(o.start - r.start)) if found else None


def aliased(doc: Doc, r: Reading) -> bool:
    """Whether a person's name is followed by an alias: "X, alias 'El Y'", "X (alias
    Y)", "X, a.k.a. Y", "X, known as 'El Y'"."""
    after = _words_after(doc, r.end, 4)
    return bool(after) and (
        after[0] in ALIAS_MARKERS
        or (
            after[:2] == ["known", "as"]
            and r.end + 3 < len(doc)
            and doc[r.end + 3].text in {'"', "'", "\u201c", "\u2018"}
        )
    )


def _words_after(doc: Doc, end: int, n: int) -> list[str]:
    """The lower-cased words of the ``n`` tokens after a name ending at ``end``, less the
    punctuation that opens an alias (", alias", "(alias")."""
    after = [t.lower_ for t in doc_tokens(doc)[end : end + n]]
    while after and after[0] in {",", "(", "-", "--"}:
        after = after[1:]
    return after


# Lower-case words inside Spanish and Portuguese personal names ("Sergio de Arruda")
NAME_PARTICLES = {"de", "del", "la", "da", "das", "do", "dos", "e", "y"}


def aliased_name(span: Span) -> bool:
    """Whether an organisation-typed span is a person's name with an alias after it:
    two to six capitalised words (Spanish and Portuguese particles between), no article
    first, no organisation head, then "alias" or "a.k.a." ("Armando Villareal Heredia,
    alias 'El Gordo'": a man, not a body; issue 12 round 14: such names left uncoded as
    the arrested). Groups are "known as" or nicknamed, not given an alias."""
    words = list(span)
    if not 2 <= len(words) <= 6 or fold(words[0].text) in ENGLISH_ARTICLES | {
        "los",
        "las",
        "el",
        "la",
        "lo",
    }:
        return False
    if not all(
        (t.text[:1].isupper() and t.is_alpha and not t.is_upper)
        or (i > 0 and t.lower_ in NAME_PARTICLES)
        for i, t in enumerate(words)
    ):
        return False
    if any(fold(t.text) in ORG_HEADS for t in words):
        return False
    after = _words_after(span.doc, span.end, 3)
    return bool(after) and after[0] in ALIAS_MARKERS


def _coordinates(token) -> bool:
    """Whether a word between a body and a name joins two parties ("Bond Corp Holdings Ltd
    and Atlas", "Motorola Inc of the U.S. And Oki Electric"): the name is the second
    party, no officer of the first. "and" is a word of role phrases ("Minister of Justice
    and Peace"), so the title-word test alone let it through (round 50: a Philippine
    miner and a Japanese maker coded with their partners' AUSBUS and USABUS). Read only
    after a firm (:func:`_firm_partner`)."""
    return token.pos_ == "CCONJ" or token.lower_ in {"and", "or", "&"}


def _firm(org: Reading) -> bool:
    """Whether a coded body is a firm or an outlet (``BUS``, ``MNC``, ``MED``): the kinds
    whose neighbours across "and" are other parties (firms38). Armed and criminal groups
    and state bodies listed beside a coded one are mostly of its kind and country ("the
    Zetas and the Gulf Cartel", "the SEC under X"), so the base reading stays for them."""
    code = org.code or ""
    return code[3:6] in {"BUS", "MED"} or code[:3] in {"BUS", "MNC", "MED"}


def _firm_partner(doc: Doc, org: Reading, start: int) -> bool:
    """Whether the name at ``start`` is a second party beside the firm ``org``, not its
    officer: an "and" right after the firm ("Bond Corp Holdings Ltd and Atlas") or after
    words that are no office ("Motorola Inc of the U.S. And Oki Electric"), or a gap of
    determiners and prepositions alone ("told Reuters the Atlas statement"). An "and"
    inside the office ("Acme chairman and chief executive X") keeps the officer."""
    gap = list(doc[org.end : start])
    if all(t.pos_ in {"DET", "ADP"} for t in gap):
        return True
    for t in gap:
        if _coordinates(t):
            return True
        if fold(t.text) in GROUP_TITLE_HEADS:
            return False
    return False


# Words of a portfolio between an international body's name and its office word ("farm",
# "External Relations", "Trade and Industry"): parts of speech of the words, and "and"
PORTFOLIO_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def _body_prefix(gaz: Gazetteer, o: Reading) -> tuple[Reading, int] | None:
    """The international body an organisation's name opens with, and how many of its
    words follow the body's name: a coded IGO whole (0 words), or an uncoded name whose
    first words the gazetteer holds as an IGO ("EC Farm": the small model's span for "EC
    Farm Commissioner X"; the rest capitalised portfolio words). None otherwise."""
    if (o.code or "").startswith("IGO") and not o.inferred:
        return o, 0
    if o.code:
        return None
    words = o.name.split()
    for k in range(len(words) - 1, 0, -1):
        if not all(w[:1].isupper() for w in words[k:]):
            return None
        entry = gaz.lookup(" ".join(words[:k]))
        if entry is not None and entry.type == "organization" and (entry.code or "")[:3] == "IGO":
            return replace(o, code=entry.code, country=None, inferred=False), len(words) - k
    return None


def international_office(
    gaz: Gazetteer, doc: Doc, r: Reading, readings: list[Reading]
) -> Reading | None:
    """The international body a person holds an office of when a portfolio stands between
    the body's name and the office word right before the person's name ("European
    Community farm commissioner X", "EC External Relations Commissioner X"; sources45:
    both left uncoded, the title walk stops at the portfolio). The office word is a title
    head (``GROUP_TITLE_HEADS``: commissioner, director, secretary ...); the words between
    are one to three nouns or adjectives (and an inner "and"), none a country word (a
    member state's official: "EC farm ministers, French minister X"). RETURNS the body's
    reading with its code, or None."""
    # a wire line break inside the title ("EC farm commissioner\nX") is no word of it
    words = [t for t in doc_tokens(doc)[max(0, r.start - 8) : r.start] if not t.is_space]
    if r.code or not words or fold(words[-1].text) not in GROUP_TITLE_HEADS:
        return None
    office = words[-1].i
    for o in readings:
        if o.type != "organization" or not o.end <= office or office - o.end > 6:
            continue
        found = _body_prefix(gaz, o)
        if found is None:
            continue
        body, inside = found
        gap = [t for t in doc_tokens(doc)[o.end - inside : office] if not t.is_space]
        if not 1 <= len(gap) <= 3 or gap[0].lower_ == "and":
            continue
        if all(
            (t.pos_ in PORTFOLIO_POS and t.is_alpha or t.lower_ == "and")
            and country_word(gaz, t.text) is None
            for t in gap
        ):
            return body
    return None


class GroupMembership(ExtractorState):
    """Code people by their group (a part of :class:`ActorExtractor`)."""

    def _member_of_group(self, doc: Doc, r: Reading, readings: list[Reading]) -> None:
        """A person the text places in a coded organisation takes its code: the
        organisation right before the name with only title words between ("Federal Police
        Commissioner X", "Sinaloa Cartel leader X", "FARC commander X"), or named in a
        title whose head is an office or membership word ("X, the suspected leader of the
        Texis Cartel,", "X, a spokesman for the Interior Ministry,")."""
        named = [o for o in readings if o.type == "organization" and o.code and o.origin != "role"]
        orgs = [o for o in named if not o.inferred]
        past = any(fold(w) in FORMER for t in r.titles for w in re.split(r"[\s-]+", t))
        for o in orgs if past or r.code else [o for o in named if o.code[3:6] != "PTY"]:
            # (an inferred body's code only for a person with none, and no former or
            # retired member: "former Supreme Court judge X" is no sitting judge)
            if o.inferred and o.start > 0 and fold(doc[o.start - 1].text) in FORMER:
                continue  # "then Intelligence Commissioner X"
            if o.inferred and country_words(doc, self.gaz)[0] not in {None, o.country}:
                continue  # filed from elsewhere: "TOKYO - ... Chief Cabinet Secretary X"
            # (the span between is made only for an organisation one to four words before)
            # ("Drug Enforcement Administration (DEA) agent X": the acronym's closing
            # bracket may stand between, actors25; a title word must still follow it)
            if (
                o.end <= r.start
                and 1 + (doc[o.end].text == ")") <= r.start - o.end <= 4
                # "the Council of Economic Advisers under Jimmy Carter": a president the
                # dictionary codes is no member of the body he heads (uncoded47; an
                # unknown "the SEC under Pryor" is the commission's man, firms37)
                and not (doc[r.start - 1].text == "under" and r.entry is not None and r.entry.code)
                and all(
                    self._is_title_word(t)
                    or fold(t.text) in GROUP_TITLE_HEADS
                    or (t.text == ")" and t.i == o.end)
                    for t in doc_tokens(doc)[o.end : r.start]
                )
                and not (_firm(o) and _firm_partner(doc, o, r.start))
            ):
                # an organisation whose country was inferred gives it inferred: "Senate
                # Agriculture Committee Chairman X" is that committee's (round 12)
                self._take_member_code(r, o)
                r.inferred = o.inferred
                return
        body = international_office(self.gaz, doc, r, readings)
        if body is not None:
            # "European Community farm commissioner X", "EC External Relations
            # Commissioner X": the body's officer, with its portfolio between (sources45)
            self._take_member_code(r, body)
            return
        for title in r.titles:
            # "the UN special rapporteur on torture, X", "DEA agent X": the title opens
            # with a coded body's mention and its head is an office or membership word
            words = [fold(w) for w in re.split(r"[\s,]+", title) if w]
            for o in orgs:
                said = [fold(w) for w in doc[o.start : o.end].text.split()]
                if (
                    said
                    and words[: len(said)] == said
                    and any(
                        w in GROUP_TITLE_HEADS or w.rstrip("s") in GROUP_TITLE_HEADS
                        for w in title_head(words)[1:]
                    )
                ):
                    self._take_member_code(r, o)
                    return
            cut = next((k for k, w in enumerate(words) if w in {"of", "for", "at", "in"}), None)
            if cut is None or not set(words[:cut]) & GROUP_TITLE_HEADS:
                continue
            rest = " ".join(words[cut + 1 :])
            found = [o for o in orgs if fold(o.name) and fold(o.name) in rest]
            if found:
                self._take_member_code(r, max(found, key=lambda o: len(o.name)))
                return

    def _take_member_code(self, r: Reading, org: Reading) -> None:
        """The body's code for its member; a former office holder of a state body is an
        elite of its country ("Former Treasury Secretary X": USAELI, not the Treasury's
        USAGOV; former_offices.py)."""
        self._take_code(r, org)
        former = former_office_code(self.gaz, r.titles, org.code)
        if former is not None:
            r.code = former

    @staticmethod
    def _take_code(r: Reading, org: Reading) -> None:
        r.code, r.country, r.inferred, r.code_from = org.code, org.country, False, "group"
