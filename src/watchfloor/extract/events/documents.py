"""Agreements and laws as documents: a mention of an accord is no agreement, its content no act.

Place in the flow: inside the event extractor (:mod:`.coder`), when a trigger's code is
refined, before the sense table (:mod:`.senses`). Two readings of a parse, from the lists in
``watchfloor/data/events/documents.yaml`` (with their provenance):

* an agreement noun ("accord", "deal", "treaty" ...) is a reported agreement only when a
  making verb governs it ("reached an accord", "entered into an agreement", "the accord was
  signed") or modifies it ("the deal struck on Monday"), or a time names it ("Monday's
  agreement"); otherwise ("under the 1984 agreement", "the spirit of the Paris accord") it
  names an existing document: no event;
* a verb whose subject is a document ("the accord calls for currency stability", "the law
  bans rifles") reports the document's content: no event.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Token

from watchfloor.extract.doccache import token_children

HEAD_DEPS = {"dobj", "nsubjpass", "attr", "oprd", "pobj", "prep", "conj", "appos"}
MADE_BY_DEPS = {"acl", "relcl"}


@dataclass(frozen=True, slots=True)
class DocumentLists:
    agreements: frozenset[str]
    making: frozenset[str]
    time_labels: frozenset[str]
    documents: frozenset[str]
    laws: frozenset[str] = frozenset()

    @classmethod
    def from_yaml(cls, data: dict) -> DocumentLists:
        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).strip().lower() for w in data.get(key) or [] if str(w).strip())

        missing = [k for k in ("agreements", "making", "documents") if not data.get(k)]
        if missing:
            raise ValueError(f"documents.yaml: missing or empty {', '.join(missing)}")
        return cls(
            words("agreements"),
            words("making"),
            frozenset(str(w).strip().upper() for w in data.get("time_labels") or []),
            words("documents"),
            words("laws"),
        )

    def no_event(self, token: Token) -> bool:
        """Whether ``token`` (a trigger) is a mention of a document or its content."""
        if token.pos_ == "VERB":
            return self._content(token) or self._provision(token)
        if token.pos_ == "NOUN" and token.lemma_.lower() in self.agreements:
            return not self._made(token)
        if token.pos_ == "NOUN":
            verb = _verb_of(token)  # "the accord calls for a ceasefire": its content too
            return verb is not None and self._content(verb)
        return False

    def _content(self, verb: Token) -> bool:
        return any(
            c.dep_ == "nsubj" and c.lemma_.lower() in self.documents for c in token_children(verb)
        )

    def _provision(self, verb: Token) -> bool:
        """A participle or relative clause describing a law ("legislation *imposing* a
        moratorium", "a decree that *bans* rallies"): what the law does, not an act."""
        return (
            verb.dep_ in MADE_BY_DEPS
            and verb.head.lemma_.lower() in self.laws
            and verb.lemma_.lower() not in self.making
            and not any(
                c.dep_ in {"nsubj", "nsubjpass", "agent"}
                and c.lemma_.lower() not in {"that", "which", "who"}
                for c in token_children(verb)
            )
        )

    def _made(self, noun: Token) -> bool:
        """Whether an agreement noun is reported as made (reached, signed, dated)."""
        if any(
            c.dep_ in MADE_BY_DEPS and c.lemma_.lower() in self.making for c in token_children(noun)
        ):
            return True  # "the deal struck last week", "the accord they signed"
        if any(
            t.ent_type_ in self.time_labels and not t.like_num and t.i != noun.i
            for t in noun.subtree
        ):
            return True  # "Monday's agreement", "its agreement with creditors today" (not
            # "the 1984 agreement": a year names an existing one)
        x = noun
        for _ in range(4):  # "entered into an agreement", "the signing of a treaty"
            if x.dep_ not in HEAD_DEPS or x.head.i == x.i:
                return False
            x = x.head
            if x.lemma_.lower() in self.making:
                return True
            if x.pos_ in {"VERB", "AUX"}:
                return False
        return False


def _verb_of(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly or through a preposition ("calls *for* a
    ceasefire"), or None."""
    x = noun
    for _ in range(3):
        if x.dep_ not in {"dobj", "pobj", "prep"} or x.head.i == x.i:
            return None
        x = x.head
        if x.pos_ in {"VERB", "AUX"}:
            return x
    return None


@lru_cache(maxsize=1)
def default_documents() -> DocumentLists:
    """RETURNS the shipped lists (read once per process)."""
    from watchfloor.data import read_yaml

    path = Path(str(resources.files("watchfloor.data.events").joinpath("documents.yaml")))
    return DocumentLists.from_yaml(read_yaml(path) or {})


__all__ = ["DocumentLists", "default_documents"]
