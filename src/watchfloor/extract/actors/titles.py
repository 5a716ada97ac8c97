"""People's titles: which words before or after a name are a title, and what they say.

"former President Trump" → mention "Trump", title "former President"; appositions
("X, a former senior national security advisor,") and a role stated first ("the head of
Mexico's police division, X, said") are titles too. Words right after the name may end or
begin the office ("who left office", "was sworn in as president"); "the presidency of X"
as the subject of a present verb is X's running term. A bare "the minister"
later in the story is the one person titled so before (office anaphora).

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from watchfloor.extract.actors.codes import (
    FORMER,
    PAST_TERMS,
    country_word,
    title_role,
)
from watchfloor.extract.actors.former_words import is_hyphenated_former
from watchfloor.extract.actors.office_clauses import possessive_body, relative_office
from watchfloor.extract.actors.reading import Reading, anaphor
from watchfloor.extract.actors.state import ExtractorState
from watchfloor.extract.actors.state_leaders import state_leader_country
from watchfloor.extract.actors.title_codes import longest_role, name_particle
from watchfloor.extract.actors.word_lists import ORG_HEADS
from watchfloor.extract.articles import ENGLISH_ARTICLES
from watchfloor.extract.doccache import doc_tokens, sentence_at, token_children
from watchfloor.extract.gazetteer import fold

# Right after a person's mention: the office is past ("President X, who left office five
# months ago") or begins ("X assumes Guatemala's presidency", "X was sworn in as president")
LEFT_OFFICE = re.compile(
    r"\s*,\s*who\s+(?:left|has left|had left|stepped down from|was ousted from|quit|"
    r"resigned from|was removed from)\s+(?:office|power|the presidency|his post|her post)\b"
    r"|\s*,\s*whose\s+(?:term|mandate|presidency)\s+ended\b",
    re.I,
)
# A closed term in brackets right after a titled name: "President X (2002-2010)" held the
# office then, and no more: nobody writes the end of a term not yet ended (round 12: Uribe
# coded COLGOV in a story on 2011 figures)
PAST_TERM = re.compile(r"\s*\((?:in office\s+)?(?:19|20)\d\d\s*(?:-|–|—|to)\s*(?:19|20)?\d\d\)")
# A closed span of years inside the apposition after a name: "X, Assistant Secretary for
# Economics for the years 1981 to 1985," held the office then; with an end before the
# article's year he holds it no more (issue 11, actors45: judged round 62, a former
# assistant secretary coded USAGOV in a 1987 story)
APPOSITIVE_YEARS = re.compile(
    r"\s*,[^,;().]{0,90}?\b(?:for the years|from|between|in the years)\s+"
    r"(?:19|20)\d\d\s*(?:-|–|—|to|and|until|through)\s*(?P<end>(?:19|20)\d\d|\d\d)\b"
)
TOOK_OFFICE = re.compile(
    r"\s+(?:assumes|assumed|takes|took|has taken|has assumed)\s+"
    r"(?:(?P<owner>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)['’]s\s+)?(?:the\s+)?"
    r"(?P<office>presidency|office)\b"
    r"|\s+(?:was|is|has been|will be)\s+sworn\s+in\s+as\s+(?:(?P<owner2>[A-Z]\w*)['’]s\s+)?"
    r"(?:the\s+)?(?:new\s+)?(?P<office2>president|prime minister)\b"
)
# Right after a person's mention: an office held now ("retired general X, who began serving
# as Honduras' new minister of security", "X, now defense minister,"); a title that beats
# a former or retired one (ordered_titles; actors18: a retired general serving as security
# minister coded ELI). Only the present: "who was appointed ..." may have ended since.
NOW_OFFICE = re.compile(
    r"\s*,\s*(?:who\s+(?:is\s+now|is\s+currently|now\s+serves\s+as|currently\s+serves\s+as|"
    r"serves\s+as|began\s+serving\s+as|has\s+since\s+become|now\s+heads)|now|currently)\s+"
    r"(?P<office>[^,.;:()\n]{3,70})",
    re.I,
)


# Penn Treebank tags of finite verbs: a lower-case word so tagged, with a subject of its
# own, before a name is a clause's verb, never a title word ("he suspects Penn's team")
FINITE_VERB_TAGS = frozenset({"VBZ", "VBD", "VBP"})


# Personal titles that open a name the model may read as an organisation ("Bishop
# Gonzalo Colindres", "Senator X"); no word that also opens company names ("General
# Motors", "Cardinal Health"): issue 11 round 12
PERSON_TITLES = frozenset(
    {
        "bishop",
        "archbishop",
        "monsignor",
        "reverend",
        "rev.",
        "senator",
        "sen.",
        "congressman",
        "congresswoman",
        "governor",
        "gov.",
        "mayor",
        "judge",
        "premier",
        "minister",
    }
)


def titled_name(span: SpacySpan) -> bool:
    """Whether an organisation-typed span is a personal title and a name: the title, then
    one to three capitalised words with no organisation head among them."""
    rest = list(span[1:])
    return (
        fold(span[0].text) in PERSON_TITLES
        and span[0].text[:1].isupper()
        and 1 <= len(rest) <= 3
        and all(t.text[:1].isupper() and t.is_alpha for t in rest)
        and not any(fold(t.text) in ORG_HEADS or fold(t.text) in PERSON_TITLES for t in rest)
    )


# Office words that, bare and definite ("the minister"), name the one holder the document
# titled so before
OFFICE_WORDS = {
    "president",
    "minister",
    "governor",
    "mayor",
    "prosecutor",
    "secretary",
    "premier",
    "chancellor",
    "senator",
    "ambassador",
    "envoy",
    "rapporteur",
    "attorney",
    "commissioner",
    "director",
}


def _holds(title: str, office: str) -> bool:
    """Whether a title says its bearer holds ``office`` now: the office word ends the
    title's head ("Colombia's defense minister"), not "vice president", "deputy
    minister" or "former president"."""
    words = [fold(w) for w in re.split(r"[\s,']+", title) if w]
    head = title_head(words)
    return (
        bool(head)
        and head[-1] == office
        and not set(head) & FORMER
        and not (len(head) > 1 and head[-2] in {"vice", "deputy", "assistant", "under", "sub"})
    )


def title_head(words: list[str]) -> list[str]:
    """The words of a title before its first preposition ("special rapporteur on
    torture" → special rapporteur)."""
    cut = next(
        (
            k
            for k, w in enumerate(words)
            if k > 0 and w in {"of", "for", "at", "in", "on", "to", "with"}
        ),
        len(words),
    )
    return words[:cut]


def _running_term(term) -> bool:
    """Whether ``term`` (the word before "of X") is "presidency" as the subject of a verb
    in the present or present perfect: "the presidency of X has coincided with a decline"
    tells of X's term at the article's time (country16: Peña Nieto coded MEXELI in an
    undated story); "during the presidency of X", "the presidency of X saw" say nothing of
    now (roles16: a former president on trial)."""
    if fold(term.text) != "presidency" or term.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = term.head
    return verb.tag_ in {"VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in token_children(verb)
    )


# An office's complement before a name: its links ("Secretary of State for Economic
# Affairs") and how many tokens back from the name the office word may stand (officials33)
COMPLEMENT_LINKS = frozenset({"of", "for"})
COMPLEMENT_WORDS = 10

NAME_PARTICLES = {
    "de",
    "del",
    "la",
    "las",
    "los",
    "da",
    "do",
    "dos",
    "das",
    "van",
    "von",
    "di",
    "le",
    "du",
    "al",
    "el",
    "bin",
    "ibn",
}


class TitleReader(ExtractorState):
    """Attach titles to person readings (a part of :class:`ActorExtractor`)."""

    def _office_anaphora(self, doc: Doc, readings: list[Reading]) -> list[Reading]:
        """ "The minister", "the president": a bare definite office word (no modifier but
        "the", singular) is a later mention of the one person the document titled so
        before it ("Colombia's defense minister, Pedro Ruiz, ... The minister said"),
        not the article country's government. Two different people titled with the word
        before it leave the phrase as it is (no guess)."""
        people = [r for r in readings if r.type == "person" and r.titles and r.code]
        if not people:
            return readings
        out = []
        for r in readings:
            token = doc[r.end - 1]
            key = fold(token.lemma_)
            if (
                r.origin != "role"
                or r.end - r.start != 1
                or key not in OFFICE_WORDS
                or token.tag_ not in {"NN", "NNP"}
                or [c.lower_ for c in token_children(token) if c.i < token.i] != ["the"]
            ):
                out.append(r)
                continue
            holders = {
                p.name: p
                for p in people
                if p.start < r.start and any(_holds(t, key) for t in p.titles)
            }
            if len(holders) != 1:
                out.append(r)
                continue
            p = next(iter(holders.values()))
            out.append(anaphor(p, r.start, r.end, "person"))
        return out

    # -- titles and roles of people --------------------------------------------------------
    def _state_leader(self, tokens: list) -> bool:
        """Whether ``tokens`` are a country word and a leader word alone ("Polish leader",
        "the Chinese leader"; :mod:`.state_leaders`)."""
        words = [t.text for t in tokens if not t.is_space and t.lower_ not in ENGLISH_ARTICLES]
        return state_leader_country(words, lambda w: country_word(self.gaz, w)) is not None

    def _is_title_word(self, token) -> bool:
        key = fold(token.text)
        if key in NAME_PARTICLES:
            return False  # "Congressman De Grazia": "De" belongs to the name
        if (
            token.tag_ in FINITE_VERB_TAGS
            and token.text.islower()
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in token_children(token))
        ):
            # "he suspects Penn's legal team": a finite verb with its own subject before
            # a name is no title (rounds 34-35: the actor Sean Penn coded CRM from the
            # verb "suspects"); a plural title the tagger calls a verb ("Coast Guard
            # officers X") has no subject of its own and stays a title
            return False
        return (
            key in self.gaz.role_words
            or fold(token.lemma_) in self.gaz.role_words
            or key in self.gaz.title_modifiers
            or (token.pos_ in {"ADJ", "PROPN"} and country_word(self.gaz, token.text) is not None)
        )

    def _start_before_hyphenated_former(self, doc: Doc, left: int, sent_start: int) -> int:
        """Where a title starts when a hyphenated former word stands before it: the
        tokenizer parts "one-time" into "one", "-", "time", none a title word, so the title
        walk stops after it ("Brazil's one-time finance minister X": the office held no
        more read as held now; former42). The walk goes on over title words before it
        ("Brazilian one-time ..."); otherwise ``left`` unchanged."""
        if not (
            left - 3 >= sent_start
            and doc[left - 2].text == "-"
            and is_hyphenated_former(fold(f"{doc[left - 3].text}-{doc[left - 1].text}"))
        ):
            return left
        left -= 3
        while left > sent_start and self._is_title_word(doc[left - 1]):
            left -= 1
        return left

    @staticmethod
    def _former_before_place(doc: Doc, left: int, name_start: int, sent_start: int) -> int:
        """Where a title starts when "former" stands before a place that stands before it:
        "former New York mayor X" (the title walk stops at the place, and the office held
        no more became the state's government: actors23, round 37 judging). At most three
        words of a place (a GPE or LOC entity); otherwise ``left`` unchanged."""
        k = left - 1
        while (
            k >= sent_start
            and left - k <= 3
            and doc[k].ent_type_ in {"GPE", "LOC"}
            and doc[k].text[:1].isupper()
        ):
            k -= 1
        if left >= name_start or k == left - 1 or k < sent_start:
            return left
        if doc[k].text in {"-", "–"} and k - 1 >= sent_start:
            k -= 1  # "ex-New York mayor"
        return k if fold(doc[k].text) in FORMER else left

    def _attach_titles(self, doc: Doc, r: Reading) -> None:
        """Move a title out of a person mention and attach it, with appositive roles.

        "former President Trump" → mention "Trump", title "former President";
        "Victoria Coates, a former senior national security advisor," → title
        "former senior national security advisor". A phrase counts as a title only if it
        contains a role word or phrase from roles.tsv.
        """
        sent_start = sentence_at(doc, r.start).start if doc.has_annotation("SENT_START") else 0
        name_start = r.start
        while name_start < r.end - 1 and self._is_title_word(doc[name_start]):
            name_start += 1
        if not doc[name_start].text[:1].isupper():
            name_start = r.start
        left = name_start
        while left > sent_start and (
            self._is_title_word(doc[left - 1])
            or (
                (doc[left - 1].text == "-" or doc[left - 1].is_space)
                and left - 2 >= sent_start
                and self._is_title_word(doc[left - 2])
            )
        ):
            # "ex-President", "then-President": the hyphen joins the modifier; a line
            # break inside the title ("U.S.\nCommerce Secretary") does not cut it
            # (round 13: the US Commerce Secretary given South Korea's government)
            left -= 1
        if (
            left < name_start
            and left - 2 >= sent_start
            and country_word(self.gaz, doc[left - 2 : left].text)
        ):
            left -= 2  # "El Salvador President X", "Costa Rica Security Minister X"
        left = self._former_before_place(doc, left, name_start, sent_start)
        wide = self._portfolio_start(doc, left, name_start, sent_start)
        widened = wide < left
        if widened:
            left = wide
            while left > sent_start and (
                not doc[left - 1].is_punct
                and (self._is_title_word(doc[left - 1]))
                or (doc[left - 1].is_space or doc[left - 1].text == "-")
                and left - 2 >= sent_start
                and self._is_title_word(doc[left - 2])
            ):
                # "former Agriculture Secretary", "U.S.\nCommerce Secretary", "U.S.
                # Under-Secretary of State" (officials33: the hyphen joins the rank)
                left -= 1
        left = self._start_before_hyphenated_former(doc, left, sent_start)
        while left < name_start and doc[left].lower_ in {"of", "and"}:
            left += 1  # "the policy of President X": "of" opens no title (round 12)
        if left < name_start:
            # a line break inside the title is no word of it ("U.S. Treasury\nSecretary
            # X" in hard-wrapped wire copy: the role is "treasury secretary")
            prefix = [t for t in doc_tokens(doc)[left:name_start] if not t.is_space]
            if (
                longest_role(self.gaz, prefix)
                or self._state_leader(prefix)
                or (widened and title_role(self.gaz, doc[left:name_start].text))
            ):
                title = " ".join(doc[left:name_start].text.split())
                if fold(doc[name_start - 1].text) == "of" and any(
                    fold(t.text) in PAST_TERMS
                    for t in doc_tokens(doc)[max(sent_start, left - 2) : left]
                ):
                    title = f"previous {title}"  # "the previous government of X" (roles16)
                elif _running_term(doc[name_start - 2]):
                    title = "President"  # "the presidency of X has coincided with ..."
                r.titles.append(title)
                r.start = name_start
        root = doc[r.start : r.end].root
        for child in token_children(root):
            if (
                child.dep_ != "appos"
                or child.i < r.end
                or name_particle(list(child.subtree), doc[r.start : r.end])
            ):
                continue  # (round 10: "Robert Holmes a Court": the name's own end)
            tokens = [t for t in child.subtree if not t.is_punct]
            while tokens and tokens[0].lower_ in ENGLISH_ARTICLES:
                tokens = tokens[1:]
            if (
                tokens
                and len(tokens) <= 12
                and (longest_role(self.gaz, tokens) or self._state_leader(tokens))
            ):
                r.titles.append(doc[tokens[0].i : tokens[-1].i + 1].text)
        # the role stated first: "the head of Mexico's police division, Ciro Ortiz, said"
        if (
            r.start > 1
            and doc[r.start - 1].text == ","
            and r.end < len(doc)
            and doc[r.end].text == ","
        ):
            left = r.start - 2
            while left >= sent_start and doc[left].text not in {",", ";", ":", "(", '"'}:
                left -= 1
            tokens = list(doc[left + 1 : r.start - 1])
            # "the head of ...", or a country's possessive: "Colombia's defense minister,"
            skip = (
                1
                if tokens and tokens[0].lower_ in ENGLISH_ARTICLES
                else 0
                if (
                    len(tokens) > 2
                    and tokens[1].tag_ == "POS"
                    and country_word(self.gaz, tokens[0].text)
                )
                else None
            )
            if (
                skip is not None
                and len(tokens) <= 12
                and not any(t.pos_ in {"VERB", "AUX"} for t in tokens)
                and (longest_role(self.gaz, tokens[skip:]) or self._state_leader(tokens[skip:]))
            ):
                r.titles.append(doc[tokens[skip].i : tokens[-1].i + 1].text)
            elif (
                root.dep_ == "appos"
                and root.head.i < r.start - 1
                and root.head.pos_ in {"NOUN", "PROPN"}
            ):
                # mid-sentence: "met Colombia's defense minister, Pedro Ruiz, in Cali"
                tokens = [t for t in root.head.subtree if t.i <= root.head.i]
                while tokens and tokens[0].lower_ in ENGLISH_ARTICLES:
                    tokens = tokens[1:]
                if (
                    tokens
                    and len(tokens) <= 8
                    and not any(t.pos_ in {"VERB", "AUX"} or t.is_punct for t in tokens)
                    and (longest_role(self.gaz, tokens) or self._state_leader(tokens))
                ):
                    r.titles.append(doc[tokens[0].i : tokens[-1].i + 1].text)
        if not r.titles:
            # "X, who heads the national police", "the Interior Ministry's X"
            # (office_clauses.py; officials32)
            said = relative_office(self.gaz, doc, r.start, r.end) or possessive_body(
                self.gaz, doc, r.start
            )
            if said is not None:
                r.titles.append(said)
        self._office_change(doc, r)

    def _portfolio_start(self, doc: Doc, left: int, name_start: int, sent_start: int) -> int:
        """Where a title that the title words alone miss begins, else ``left``.

        A portfolio word before an office word that the PETRARCH2 agent dictionary or
        roles.tsv holds as one phrase ("Agriculture Secretary X", "Commerce Secretary X"),
        and an office word with an "of (the) ..." complement of capitalised words
        ("Chancellor of the Exchequer X", "Minister of the Interior X"): issue 11 round 12,
        people with such titles were left uncoded."""
        start, steps = left, 0
        while left < name_start and start - 1 >= sent_start and steps < 2:
            before = start - 1
            while before > sent_start and doc[before].is_space:
                before -= 1  # a wire line break inside the title ("Treasury\nSecretary X")
            word = doc[before]
            if not word.text[:1].isupper() or country_word(self.gaz, word.text):
                break
            pair = f"{word.text} {doc[start].text}"
            if not (self.gaz.role_of(pair) or self.gaz.agent_role(pair)):
                break
            start, steps = before, steps + 1
        if start < left:
            return start
        return self._office_complement_start(doc, left, name_start, sent_start)

    def _office_complement_start(
        self, doc: Doc, left: int, name_start: int, sent_start: int
    ) -> int:
        """Where an office word with a complement of capitalised words begins, else
        ``left``: "Chancellor of the Exchequer X", "Minister of the Interior X", and
        (officials33) the long ones the walk stopped inside, "Secretary of Commerce X",
        "Under-Secretary of State for Economic Affairs X" (the complement's "for ..."
        words, up to COMPLEMENT_WORDS tokens), and a wire line break before the name
        ("Secretary of the Treasury\nX"). The office word is the head before the first
        "of"/"for" of the run whose words, or whose phrase with the complement, the role
        tables hold; "Secretary" alone is clerical, "Secretary of Commerce" an office."""
        end = name_start
        while end > sent_start and doc[end - 1].is_space:
            end -= 1
        if end == sent_start or not doc[end - 1].text[:1].isupper():
            return left
        links: list[int] = []
        k = end - 1
        while k > sent_start and end - k < COMPLEMENT_WORDS:
            word = doc[k - 1]
            if word.ent_type_ == "PERSON":
                break  # another person's name ("Secretary of State X and Senator Y")
            if word.lower_ in COMPLEMENT_LINKS:
                links.append(k - 1)
            elif not (
                word.is_space
                or word.lower_ in {"the", "and"}
                or word.text == "-"
                or word.text[:1].isupper()
                and not word.is_sent_start
                or word.text[:1].isupper()
                and k - 2 < sent_start
            ):
                break
            k -= 1
        for link in reversed(links):  # the leftmost first: the longest title
            head = link - 1
            if (
                head < sent_start
                or not doc[head].text[:1].isupper()
                or doc[head].lower_ in COMPLEMENT_LINKS
            ):
                continue
            if (
                self.gaz.role_of(doc[head].text)
                or self.gaz.role_of(doc[head].lemma_)
                or any(
                    self.gaz.agent_role(" ".join(doc[head:j].text.split()))
                    for j in range(link + 2, end + 1)
                )
            ):
                return left if self._office_of_a_body(doc, head, sent_start) else head
        return left

    def _office_of_a_body(self, doc: Doc, head: int, sent_start: int) -> bool:
        """Whether the office word at ``head``, with the ranks joined to it ("Under-
        Secretary-General"), follows a recognised organisation's name: "United Nations
        Under-Secretary-General for Humanitarian Affairs X" is the body's officer, whom
        its entry codes, never the article's state (officials33). A listed body the
        recogniser missed counts too."""
        k = head
        while k - 1 >= sent_start and (
            doc[k - 1].text == "-" or doc[k - 1].is_space or self._is_title_word(doc[k - 1])
        ):
            k -= 1
        if k - 1 < sent_start:
            return False
        if doc[k - 1].ent_type_ == "ORG":
            return True
        for n in range(1, 5):  # a listed body the recogniser missed ("United Nations")
            if k - n < sent_start:
                break
            entry = self.gaz.lookup(doc[k - n : k].text)
            if entry is not None and entry.type == "organization":
                return True
        return False

    def _appositive_past_years(self, after: str) -> bool:
        """Whether the apposition after a name closes a span of years before the article's
        year (:data:`APPOSITIVE_YEARS`); an undated article has no year to compare."""
        m = APPOSITIVE_YEARS.match(after)
        if m is None or self._period is None:
            return False
        end = m.group("end")
        year = int(end) if len(end) == 4 else 1900 + int(end)
        if len(end) == 2 and year < 1950:
            year += 100  # "2001-05"
        return year < self._period[0].year

    def _office_change(self, doc: Doc, r: Reading) -> None:
        """What the words right after a person say of the office: "President X, who left
        office five months ago" held it no more (the titles become former ones: ELI);
        "X assumes Guatemala's presidency", "X was sworn in as president" holds it now
        (a title "President", with the country named). The article is the witness of its
        own time, also when it has no date (round 9: a president five months out of office
        coded GOV, one taking office coded ELI)."""
        last = doc[r.end - 1]
        at = last.idx + len(last.text)
        after = self._text[at : at + 80]
        if r.titles and (
            LEFT_OFFICE.match(after)
            or PAST_TERM.match(after)
            or self._appositive_past_years(self._text[at : at + 160])
        ):
            r.titles[:] = [
                t if any(fold(w) in FORMER for w in re.split(r"[\s-]+", t)) else f"former {t}"
                for t in r.titles
            ]
            return
        m = TOOK_OFFICE.match(after)
        if m is not None:
            office = (m.group("office") or m.group("office2") or "president").strip()
            office = "president" if fold(office) in {"presidency", "office"} else office
            owner = m.group("owner") or m.group("owner2")
            iso = country_word(self.gaz, owner) if owner else None
            r.titles.append(f"{owner} {office.title()}" if iso else office.title())
            return
        m = NOW_OFFICE.match(after)
        if m is not None:
            office = m.group("office").strip()
            role = title_role(self.gaz, office)
            if role not in {None, "ELI"} and f"now {office}" not in r.titles:
                r.titles.append(f"now {office}")
