"""One type per name and document: the document's places, majority votes, surnames.

The small model types one name differently from sentence to sentence; a name the text
writes as a place ("in Aurora, Colorado") is a location in all its NER readings, other
NER readings follow the majority, and a surname alone after the full name is that person.
A place reading that is a word of a person's full name in the same document ("Byron Lima
... Lima said") is that person unless a place cue stands at that mention ("in Lima").

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from collections import Counter

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from watchfloor.extract.actors.codes import country_word
from watchfloor.extract.actors.places import place_like_person
from watchfloor.extract.actors.reading import TYPE_LABEL, Reading
from watchfloor.extract.actors.state import ExtractorState
from watchfloor.extract.actors.word_lists import PLACE_NOUNS
from watchfloor.extract.doccache import doc_tokens
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
        by_start = {r.start: r for r in readings}
        by_end = {r.end: r for r in readings}
        out: set[str] = set()
        candidates = [
            r
            for r in readings
            if r.origin == "ner"
            and any(c.precision != "region" for c in index.find(r.name))
            and not self.gaz.names_non_place(r.name)
        ]
        for r in candidates:
            key = fold(r.name)
            if key not in out and self._place_cue(doc, r, by_start):
                out.add(key)
        # "the municipality of Marcelino", "the town of X": a place noun and "of" make a
        # person-typed name a place, known to the index or not
        for r in readings:
            if (
                r.origin == "ner"
                and r.type == "person"
                and r.start > 1
                and doc[r.start - 1].lower_ == "of"
                and fold(doc[r.start - 2].text) in PLACE_NOUNS
            ):
                out.add(fold(r.name))
        # A person-typed name that is a known admin area or country, or a known place of two
        # words or more ("Ciudad Juárez", "San Pedro Sula"), is a place: people are not
        # named like that, and the gazetteer lists the exceptions by name.
        for r in candidates:
            if (
                r.type == "person"
                and fold(r.name) not in out
                and place_like_person(index, r.name, doc[r.start : r.end])
            ):
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

    def _place_cue(self, doc: Doc, r: Reading, by_start: dict[int, Reading]) -> bool:
        """Whether this mention stands where only a place fits: after a locative word ("in
        Arauca"), after a direction or place noun and "of" ("west of Arauca", "the mayor of
        Cúcuta"; words in place_cues.tsv), or qualified by an admin area or country that
        holds a place of that name ("Aurora, Colorado")."""
        before, before_of = self.gaz.place_cues["before"], self.gaz.place_cues["before_of"]
        prev = fold(doc[r.start - 1].text) if r.start > 0 else ""
        possessive = r.end < len(doc) and doc[r.end].tag_ == "POS"  # "in Smith's view"
        nxt = by_start.get(r.end + 1)
        return bool(
            (prev in before and not possessive)
            or (prev == "of" and r.start > 1 and fold(doc[r.start - 2].text) in before_of)
            or (nxt is not None and doc[r.end].text == "," and within(r.name, nxt.name))
        )

    def _surname_places(self, doc: Doc, readings: list[Reading]) -> list[Reading]:
        """A place reading that is a word of a person's full name of the document, after its
        first ("Byron Lima" ... "Lima had been jailed", "Jairo Orellana Morales" ...
        "Orellana escaped", "Rivera and Velasco captured him"), is a person, unless this
        mention has a place cue (:meth:`_place_cue`: "in Lima", "Rivera, Uruguay") or a
        place noun right after it ("Rivera department"). Country names stay places ("Carlos
        Vielman Guatemala"), and so do gazetteer readings (issue 12 round 22: surnames
        typed as places gave people Uruguay, the US and Ecuador).

        The reading joins the full name when one given name of the document goes with the
        surname ("Byron Lima" and "Byron Lima Estrada"); with two ("Kamilo Rivera" and
        "Victor Rivera", organisation readings counted) it is a person of its own,
        ``shared_surname``, joined to neither and never coded from the article."""
        full: dict[str, dict[str, Reading]] = {}  # surname word → given name → a full name
        for r in readings:
            # a name of proper nouns only: not "Beyond Zulia" typed as a person
            if (
                r.type == "person"
                and r.end - r.start > 1
                and all(t.pos_ == "PROPN" for t in doc_tokens(doc)[r.start : r.end])
            ):
                for i in range(r.start + 1, r.end):
                    if doc[i].is_title:
                        full.setdefault(fold(doc[i].text), {}).setdefault(
                            fold(doc[r.start].text), r
                        )
        # a person's name the recogniser typed as an organisation ("Kamilo Rivera") makes
        # the surname ambiguous too, never a surname of its own
        for r in readings:
            if (
                r.type == "organization"
                and r.origin == "ner"
                and r.end - r.start in {2, 3}
                and all(t.is_title for t in doc_tokens(doc)[r.start : r.end])
            ):
                for i in range(r.start + 1, r.end):
                    if fold(doc[i].text) in full:
                        full[fold(doc[i].text)].setdefault(fold(doc[r.start].text), r)
        if not full:
            return readings
        by_start = {r.start: r for r in readings}
        out = []
        for r in readings:
            words = [fold(doc[i].text) for i in range(r.start, r.end)]
            if (
                r.origin == "ner"
                and r.type == "location"
                and r.kind != "facility"
                and len(words) == 1
                and words[0] in full
                and country_word(self.gaz, r.name) is None
                and not self._place_cue(doc, r, by_start)
                and not (r.end < len(doc) and fold(doc[r.end].text) in PLACE_NOUNS)
            ):
                people = full[words[0]]
                one = next(iter(people.values()))
                if len(people) == 1 and one.type == "person":
                    r = Reading(
                        r.start,
                        r.end,
                        one.name,
                        "person",
                        one.kind,
                        one.country,
                        one.code,
                        "surname",
                        one.entry,
                    )
                else:
                    r = Reading(
                        r.start, r.end, r.name, "person", None, None, None, "shared_surname"
                    )
            out.append(r)
        return out

    def _vote_types(
        self, doc: Doc, readings: list[Reading], place_names: set[str] = frozenset()
    ) -> list[Reading]:
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
        surnames = {
            doc[r.end - 1].text: r.start
            for r in readings
            if r.type == "person" and r.end - r.start > 1
        }
        out = []
        for r in readings:
            if (
                r.origin == "ner"
                and r.type == "organization"
                and r.end - r.start == 1
                and surnames.get(r.name, r.start) < r.start
                and not self.gaz.names_non_place(r.name)
            ):
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
                out.append(
                    Reading(
                        token.i,
                        token.i + 1,
                        full.name,
                        "person",
                        full.kind,
                        full.country,
                        full.code,
                        "surname",
                        full.entry,
                    )
                )
                taken.add(token.i)
        return out
