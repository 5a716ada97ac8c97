"""Who is speaking: a claim's speaker resolved to an entity, or typed as an anonymous source.

Part of the claims extractor (:mod:`watchfloor.extract.claims`). A named speaker resolves
to the canonical entity the actor extractor found at that position ("Coates" → Victoria
Coates); a personal pronoun to the nearest person entity mentioned before it in the
previous sentences; anything else is typed by its head noun from the
``anonymous_speakers`` table in ``watchfloor/data/claims/cues.yaml`` ("national security
experts" → ``expert``, "officials" → ``official``, "residents" → ``witness``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from watchfloor.extract.base import Extraction
from watchfloor.model import Claim, Entity, Span

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
GROUP_PRONOUNS = {"they", "we", "i", "you", "them", "us", "me", "who"}
SPEAKING_ENTITY_TYPES = {"person", "organization"}
PRONOUN_WINDOW_CHARS = 600  # how far back a pronoun may look for its person
SPEAKER_WINDOW_CHARS = 1500  # how far back a pronoun speaker may look for a speaker
PRONOUNS = {
    "he": ("sg", "m"),
    "him": ("sg", "m"),
    "she": ("sg", "f"),
    "her": ("sg", "f"),
    "they": ("pl", None),
    "them": ("pl", None),
}
GROUP_KINDS = {"organization", "official", "expert", "witness", "advocate", "anonymous_source"}
GENDERED_NOUNS = {
    "spokesman": "m",
    "spokeswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
    "congressman": "m",
    "congresswoman": "f",
    "businessman": "m",
    "businesswoman": "f",
    "man": "m",
    "woman": "f",
    "father": "m",
    "mother": "f",
    "husband": "m",
    "wife": "f",
    "son": "m",
    "daughter": "f",
    "brother": "m",
    "sister": "f",
    "king": "m",
    "queen": "f",
}
_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s*$")
_TITLE_GENDER = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
}


@dataclass(slots=True)
class _Speaker:
    """A speaker seen so far in the document, as a pronoun may refer back to it."""

    at: int
    span: Span
    entity: str | None
    kind: str
    number: str  # sg | pl
    person: bool  # a single person ("he"/"she"), or a group or body ("they")
    gender: str | None


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
            return head.pos_ != "PRON" or low in {
                "it",
                "which",
                "someone",
                "everyone",
                "many",
                "some",
            }
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
                (
                    self.anonymous[c.lemma_.lower()]
                    for c in head.children
                    if c.dep_ == "compound" and c.lemma_.lower() in self.anonymous
                ),
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

    # -- pronoun speakers ----------------------------------------------------------------
    def carry_over(self, items: list[tuple[Claim, Token]], result: Extraction) -> None:
        """Resolve pronoun speakers of ``items`` (claim, speaker head) to the most recent
        earlier compatible speaker; a pronoun with none keeps :meth:`resolve`'s answer."""
        seen: list[_Speaker] = []
        learned: dict[str, str] = {}  # entity id or speaker text -> gender
        for claim, head in sorted(
            items, key=lambda it: it[0].cue.start if it[0].cue else it[0].content.start
        ):
            if claim.speaker is None or claim.cue is None:
                continue
            at = claim.cue.start
            pron = PRONOUNS.get(head.lower_) if head.pos_ == "PRON" else None
            if pron is None:
                seen.append(self._describe(claim, head, result, learned))
                continue
            number, gender = pron
            match = next(
                (
                    s
                    for s in reversed(seen)
                    if at - s.at <= SPEAKER_WINDOW_CHARS
                    and s.number == number
                    and (number == "pl" or s.person)
                    and not (
                        gender
                        and (learned.get(s.entity or s.span.text) or s.gender) not in {None, gender}
                    )
                ),
                None,
            )
            if match is None:
                seen.append(self._describe(claim, head, result, learned))
                continue
            claim.speaker_entity = match.entity
            claim.speaker_kind = "named" if match.entity else match.kind
            claim.confidence = 0.7 if match.entity else 0.5
            claim.extra["speaker_antecedent"] = match.span.to_dict()
            if gender:
                learned[match.entity or match.span.text] = gender
            seen.append(
                _Speaker(
                    at,
                    match.span,
                    match.entity,
                    match.kind,
                    match.number,
                    match.person,
                    gender or match.gender,
                )
            )

    def _describe(
        self, claim: Claim, head: Token, result: Extraction, learned: dict[str, str]
    ) -> _Speaker:
        assert claim.speaker is not None and claim.cue is not None
        entity = next((e for e in result.entities if e.id == claim.speaker_entity), None)
        kind = claim.speaker_kind or "other"
        plural = head.tag_ in {"NNS", "NNPS"} or head.lower_ in {"they", "them", "we"}
        if head.pos_ == "PRON" and head.lower_ in PRONOUNS:
            person = PRONOUNS[head.lower_][0] == "sg"
        elif entity is not None:
            person = entity.type == "person"
        else:
            person = head.ent_type_ == "PERSON" or (
                not plural
                and kind in GROUP_KINDS - {"organization"}
                and head.lemma_.lower()
                not in {
                    "government",
                    "administration",
                    "ministry",
                    "department",
                    "agency",
                    "police",
                    "office",
                    "commission",
                    "committee",
                    "council",
                    "court",
                    "army",
                    "military",
                    "navy",
                }
            )
        number = "pl" if plural or (not person and kind != "pronoun") else "sg"
        gender = GENDERED_NOUNS.get(head.lemma_.lower())
        if gender is None and entity is not None:
            gender = self._title_gender(entity, result.text)
        if gender is None and person:
            m = _TITLE.search(result.text, max(0, claim.speaker.start - 8), claim.speaker.start)
            gender = _TITLE_GENDER.get(m.group(1).lower()) if m else None
        if head.lower_ in PRONOUNS and head.pos_ == "PRON":
            gender = PRONOUNS[head.lower_][1]
        return _Speaker(
            claim.cue.start, claim.speaker, claim.speaker_entity, kind, number, person, gender
        )

    @staticmethod
    def _title_gender(entity: Entity, text: str) -> str | None:
        for m in entity.mentions:
            t = _TITLE.search(text, max(0, m.start - 8), m.start)
            if t is not None:
                return _TITLE_GENDER.get(t.group(1).lower())
        return None
