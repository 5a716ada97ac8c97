"""Dictionary names that many states' bodies share: "Congress", "Treasury".

"Congress" in a story set in Peru is Peru's legislature, "the Treasury" in a story led by
Britain is Britain's (generic_aliases.tsv, congresses.tsv); a country written right before
the name decides first.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from spacy.tokens import Doc

from watchfloor.extract.actors.article_country import country_words
from watchfloor.extract.actors.codes import NATIONAL_ROLES, REGION_DEMONYM_PREFIXES, country_word
from watchfloor.extract.actors.name_spans import clean_name
from watchfloor.extract.actors.reading import Reading, role_name
from watchfloor.extract.actors.state import ExtractorState
from watchfloor.extract.actors.stated_bodies import stated_body_country
from watchfloor.extract.actors.word_lists import (
    CONGRESS_SINCE,
    CONGRESS_WORDS,
    CONGRESSES,
    GENERIC_ALIAS_SINCE,
    GENERIC_ALIASES,
    ONE_STATE_NAMES,
    holds_since,
)
from watchfloor.extract.gazetteer import fold


class GenericNames(ExtractorState):
    """Re-code generic body names (a part of :class:`ActorExtractor`)."""

    def _modifier_country(self, doc: Doc, r: Reading) -> str | None:
        """The country written right before a name: "Mexico's Scientific Police Division",
        "the Honduran Congress" (when the demonym is outside the recognised span)."""
        i = r.start - 1
        while i >= 1 and doc[i].is_space:
            i -= 1  # "a U.S.\nDepartment of Agriculture official": a wire line break (roles16)
        if i >= 1 and doc[i].tag_ == "POS":
            return country_word(self.gaz, doc[i - 1].text) or (
                country_word(self.gaz, doc[i - 2 : i].text) if i >= 2 else None
            )
        if i >= 0 and doc[i].pos_ in {"ADJ", "PROPN"}:
            if (
                i >= 2
                and doc[i - 1].text in {"-", "–"}
                and not doc[i - 1].whitespace_
                and fold(doc[i - 2].text) in REGION_DEMONYM_PREFIXES
            ):
                return None  # "Inter-American\nDevelopment Bank": a region's, not the USA's
            return country_word(self.gaz, doc[i].text)
        return None

    def _generic_name(
        self,
        doc: Doc,
        r: Reading,
        article_country,
        leading_country,
        readings: list[Reading] = (),
    ) -> None:
        """A bare role word that the gazetteer reads as one country's body ("Congress" is
        the US Congress in wire copy) is the article's own body when the article is set in
        another country: "Congress" in a story set in Peru is PERLEG (flagged inferred).
        A bare "Congress" (congresses.tsv) is another state's only where that state's
        legislature bears the name, and the story's leading country (a plurality is
        enough) decides: the Honduran Congress in a story mostly about Honduras, the US
        Congress in a Tokyo trade story."""
        text = doc[r.start : r.end].text
        if fold(text) in GENERIC_ALIASES:
            self._generic_alias(doc, r, GENERIC_ALIASES[fold(text)], leading_country)
            return
        found = self.gaz.role_of(text)
        if not found or not found[0] or found[0] not in NATIONAL_ROLES:
            return
        word = fold(text.removeprefix("the ").removeprefix("The "))
        if word in ONE_STATE_NAMES:
            return  # "the Pentagon" is the US one in a Tokyo story too (codes46)
        if word in CONGRESS_WORDS:
            home = article_country() or leading_country()
            if (home, word) not in CONGRESSES or not holds_since(
                CONGRESS_SINCE.get((home, word)), self._period
            ):
                return
        else:
            home = article_country()
        if home is None or home == r.country:
            return
        if (
            r.country
            and stated_body_country(doc, self.gaz, r.start, r.end, found[0], readings) == r.country
        ):
            # "the U.S. Senate ... the Senate voted" in a story about Japan: the body the
            # story named with its state first (stated_bodies.py; sides39: coded JPNLEG)
            return
        said = self._modifier_country(doc, r) or (
            country_word(self.gaz, doc[r.start - 1].text) if r.start > 0 else None
        )
        if said == r.country or country_words(doc, self.gaz)[0] == r.country:
            # "the U.S. Congress" in a story about Japan, or a bare "Congress" in a story
            # filed from Washington: the body the name means (round 9: coded JPNLEG)
            return
        if said is not None:
            home = said  # "the Peruvian Congress": the country written before it
        r.code, r.country, r.inferred, r.code_from = f"{home}{found[0]}", home, True, "name"
        r.name, r.entry, r.origin = role_name(self.gaz, home, found[0]), None, "role"

    def _generic_alias(
        self, doc: Doc, r: Reading, row: tuple[str, frozenset[str]], leading_country
    ) -> None:
        """A dictionary alias many states' bodies share (generic_aliases.tsv: "Treasury",
        "Social Democratic Party", "La Linea") in a story led by another country than the
        entry's, with no word of the entry's country right before it: the leading
        country's body when the table gives a role (flagged inferred), else uncoded
        (round 13: Britain's Treasury coded USAGOV, Britain's SDP coded USAPTY)."""
        role, states = row
        if not holds_since(GENERIC_ALIAS_SINCE.get(fold(doc[r.start : r.end].text)), self._period):
            return  # a story older than the other states' bodies of that name
        own = r.country or (r.code or "")[:3] or None
        home = leading_country()
        if home is None or own is None or home == own:
            return
        said = self._modifier_country(doc, r) or (
            country_word(self.gaz, doc[r.start - 1].text) if r.start > 0 else None
        )
        if said == own:
            return
        if said is not None:
            home = said
        if role and home not in states:
            return  # Japan's finance ministry is not "the Treasury": the dictionary's body
        if not role:
            r.code, r.country, r.entry, r.origin = None, None, None, "ner"
            r.name = clean_name(doc[r.start : r.end])
            return
        r.code, r.country, r.inferred, r.code_from = f"{home}{role}", home, True, "name"
        r.name, r.entry, r.origin = role_name(self.gaz, home, role), None, "role"
