"""One type per name and document: the document's places, majority votes, surnames.

The small model types one name differently from sentence to sentence; a name the text
writes as a place ("in Aurora, Colorado") is a location in all its NER readings, other
NER readings follow the majority, and a surname alone after the full name is that person.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from collections import Counter

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from watchfloor.extract.actors.places import place_like_person
from watchfloor.extract.actors.reading import TYPE_LABEL, Reading
from watchfloor.extract.actors.state import ExtractorState
from watchfloor.extract.actors.word_lists import PLACE_NOUNS
from watchfloor.extract.gazetteer import fold
from watchfloor.geo import default_index, within


class TypeVoting(ExtractorState):
    """Vote types and sweep surnames (a part of :class:`ActorExtractor`)."""

    # -- places the model typed as people or organisations ----------------------------------
    def _place_names(self, doc: Doc, readings: list[Reading]) -> set[str]:
        """Folded names the document writes as places, whatever type NER gave them.

        A name counts when the offline place index knows it (a city, admin area or
        country), the gazetteer does not know it as a person or organisation, and one of
        its NER mentions stands where only a place fits: after a locative word ("in
        Arauca", "near Cúcuta"), after a direction or place noun and "of" ("west of
        Arauca", "the mayor of Cúcuta"; words in place_cues.tsv), or qualified by an admin
        area or country that holds a place of that name ("Aurora, Colorado"). Only the
        mentions' neighbours are read, not the whole document.
        """
        index = default_index()
        before, before_of = self.gaz.place_cues["before"], self.gaz.place_cues["before_of"]
        by_start = {r.start: r for r in readings}
        by_end = {r.end: r for r in readings}
        out: set[str] = set()
        candidates = [r for r in readings if r.origin == "ner"
                      and any(c.precision != "region" for c in index.find(r.name))
                      and not self.gaz.names_non_place(r.name)]
        for r in candidates:
            key = fold(r.name)
            if key in out:
                continue
            prev = fold(doc[r.start - 1].text) if r.start > 0 else ""
            possessive = r.end < len(doc) and doc[r.end].tag_ == "POS"  # "in Smith's view"
            nxt = by_start.get(r.end + 1)
            if (
                (prev in before and not possessive)
                or (prev == "of" and r.start > 1 and fold(doc[r.start - 2].text) in before_of)
                or (nxt is not None and doc[r.end].text == "," and within(r.name, nxt.name))
            ):
                out.add(key)
        # "the municipality of Marcelino", "the town of X": a place noun and "of" make a
        # person-typed name a place, known to the index or not
        for r in readings:
            if (r.origin == "ner" and r.type == "person" and r.start > 1
                    and doc[r.start - 1].lower_ == "of"
                    and fold(doc[r.start - 2].text) in PLACE_NOUNS):
                out.add(fold(r.name))
        # A person-typed name that is a known admin area or country, or a known place of two
        # words or more ("Ciudad Juárez", "San Pedro Sula"), is a place: people are not
        # named like that, and the gazetteer lists the exceptions by name.
        for r in candidates:
            if r.type == "person" and fold(r.name) not in out and place_like_person(
                    index, r.name, doc[r.start:r.end]):
                out.add(fold(r.name))
        # A name listed with such a place is one too: "through Arauca and Cúcuta",
        # "in Cali, Tuluá or Buga" (repeated until the list is read to its end).
        grew = True
        while grew:
            grew = False
            for r in candidates:
                key = fold(r.name)
                if key in out or r.start < 2 or doc[r.start - 1].lower_ not in {"and", "or", ","}:
                    continue
                left = by_end.get(r.start - 1)
                if left is not None and (fold(left.name) in out or left.type == "location"):
                    out.add(key)
                    grew = True
        return out

    def _vote_types(self, doc: Doc, readings: list[Reading],
                    place_names: set[str] = frozenset()) -> list[Reading]:
        """One type per name and document: NER readings follow the majority reading.

        The small model types the same name differently from sentence to sentence
        ("Kent" as PERSON here, ORG there); a name written identically keeps one sense
        in a news story, so minority NER readings take the type most readings give it.
        A name the document writes as a place (``place_names``, see :meth:`_place_names`)
        is a location in all its NER readings ("Aurora police", "Aurora became ..." after
        "in Aurora, Colorado"). Gazetteer readings vote but are never changed.
        """
        votes: dict[str, Counter[str]] = {}
        for r in readings:
            if r.origin in {"ner", "gazetteer"}:
                votes.setdefault(fold(r.name), Counter())[r.type] += 1
        # a surname the model types as an organisation after the full name ("Agriculture
        # Secretary Richard Lyng said ... Lyng said"): the person (issue 11 round 12)
        surnames = {doc[r.end - 1].text: r.start for r in readings
                    if r.type == "person" and r.end - r.start > 1}
        out = []
        for r in readings:
            if (r.origin == "ner" and r.type == "organization" and r.end - r.start == 1
                    and surnames.get(r.name, r.start) < r.start
                    and not self.gaz.names_non_place(r.name)):
                r = self._from_ner(SpacySpan(doc, r.start, r.end, label="PERSON"))
            if r.origin == "ner" and fold(r.name) in place_names:
                if r.type != "location":
                    r = self._from_ner(SpacySpan(doc, r.start, r.end, label="GPE"))
                out.append(r)
                continue
            counts = votes.get(fold(r.name))
            if r.origin == "ner" and counts and len(counts) > 1:
                (best, n), (_, m) = counts.most_common(2)
                if n > m and best != r.type and best in TYPE_LABEL:
                    r = self._from_ner(SpacySpan(doc, r.start, r.end, label=TYPE_LABEL[best]))
            out.append(r)
        return out

    def _surname_sweep(self, doc: Doc, taken: set[int], known: list[Reading]) -> list[Reading]:
        """Mentions of a person by surname that NER missed ("Coates emphasizes ...")."""
        surnames = {}
        for r in known:
            if r.type == "person" and r.end - r.start > 1:
                surnames.setdefault(doc[r.end - 1].text, r)
        out = []
        # only the tokens written as one of the surnames (same text, same string id):
        # no ``Token`` is made for the other words
        ids = {get_string_id(s) for s in surnames}
        for i in [i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in ids]:
            token = doc[i]
            full = surnames.get(token.text)
            if full is not None and token.i not in taken and token.is_title:
                out.append(Reading(token.i, token.i + 1, full.name, "person", full.kind,
                                   full.country, full.code, "surname", full.entry))
                taken.add(token.i)
        return out
