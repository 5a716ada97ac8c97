"""Who is speaking: a claim's speaker resolved to an entity, or typed as an anonymous source.

Part of the claims extractor (:mod:`watchfloor.extract.claims`). A named speaker resolves
to the canonical entity the actor extractor found at that position ("Coates" → Victoria
Coates); a personal pronoun to the nearest person entity mentioned before it in the
previous sentences; anything else is typed by its head noun from the
``anonymous_speakers`` table in ``watchfloor/data/claims/cues.yaml`` ("national security
experts" → ``expert``, "officials" → ``official``, "residents" → ``witness``).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from watchfloor.extract.base import Extraction
from watchfloor.model import Entity

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
GROUP_PRONOUNS = {"they", "we", "i", "you", "them", "us", "me", "who"}
SPEAKING_ENTITY_TYPES = {"person", "organization"}
PRONOUN_WINDOW_CHARS = 600  # how far back a pronoun may look for its person


class SpeakerResolver:
    def __init__(self, cues: dict[str, Any]) -> None:
        self.anonymous: dict[str, str] = cues["anonymous"]

    def can_speak(self, head: Token, result: Extraction, strict: bool) -> bool:
        """A speaker is an actor, a person pronoun or a known kind of source; ``strict``
        (belief and commitment verbs) rules out other nouns."""
        low = head.lower_
        if low in PERSON_PRONOUNS or low in GROUP_PRONOUNS:
            return True
        if head.pos_ == "NUM" and not strict:
            return any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)  # "one of"
        if head.pos_ not in {"PROPN", "NOUN", "PRON"}:
            return False
        if not strict:
            return head.pos_ != "PRON" or low in {"it", "which", "someone", "everyone", "many",
                                                  "some"}
        if head.lemma_.lower() in self.anonymous or head.ent_type_ in {"PERSON", "ORG", "NORP"}:
            return True
        entity = result.entity_at(head.idx, head.idx + len(head.text))
        return entity is not None and entity.type in SPEAKING_ENTITY_TYPES

    def resolve(self, head: Token, result: Extraction) -> tuple[Entity | None, str]:
        """RETURNS (entity or None, speaker kind)."""
        if head.lower_ == "who" and head.head.dep_ == "relcl":
            head = head.head.head  # "officials who said": the noun the clause modifies
        entity = result.entity_at(head.idx, head.idx + len(head.text))
        if entity is not None and entity.type in SPEAKING_ENTITY_TYPES:
            return entity, "named"
        for appos in (c for c in head.children if c.dep_ == "appos"):
            # "one of the family's attorneys, Justin Bamberg,": the name in apposition
            named = result.entity_at(appos.idx, appos.idx + len(appos.text))
            if named is not None and named.type in SPEAKING_ENTITY_TYPES:
                return named, "named"
        if head.lower_ in PERSON_PRONOUNS:
            entity = self._antecedent(head.idx, result)
            if entity is not None:
                return entity, "named"
            return None, "pronoun"
        kind = self.anonymous.get(head.lemma_.lower())
        if kind is None:
            # "national security experts": the head noun decides, modifiers do not
            kind = next(
                (self.anonymous[c.lemma_.lower()] for c in head.children
                 if c.dep_ == "compound" and c.lemma_.lower() in self.anonymous),
                None,
            )
        if kind is not None:
            return None, kind
        if entity is not None:
            return entity, entity.type
        if head.ent_type_ in {"PERSON", "ORG", "NORP"}:
            return None, "named_unresolved"
        return None, "pronoun" if head.pos_ == "PRON" else "other"

    @staticmethod
    def _antecedent(at: int, result: Extraction) -> Entity | None:
        best, best_pos = None, -1
        for ent in result.entities:
            if ent.type != "person":
                continue
            for m in ent.mentions:
                if best_pos < m.start < at and at - m.start <= PRONOUN_WINDOW_CHARS:
                    best, best_pos = ent, m.start
        return best
