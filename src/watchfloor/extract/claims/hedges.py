"""Hedges and evidential markers with their scope, for the claims extractor.

A hedge cue ("may", "allegedly", "accused of", "according to") weakens or sources part of
a sentence; its *scope* is the phrase it governs: a modal or adverb scopes over its head
verb's clause from the cue rightwards (the subject is left out: "cartels | may attempt to
strike back"), an adjective ("alleged", "potential") over its noun phrase, a verb phrase
("believed to", "accused of") over its own clause. Cues and their kinds are data in
``watchfloor/data/claims/cues.yaml``; :func:`find_hedges` is called by
:mod:`watchfloor.extract.claims` on each claim's content.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from watchfloor.extract.doccache import lower_ids, sentence_of, word_ids
from watchfloor.model import Span


@dataclass(slots=True)
class Hedge:
    cue: Span
    kind: str  # modal | evidential | phrase
    scope: Span

    def to_dict(self) -> dict[str, Any]:
        return {"cue": self.cue.to_dict(), "kind": self.kind, "scope": self.scope.to_dict()}


class HedgeFinder:
    def __init__(self, cues: dict[str, Any]) -> None:
        self.words: dict[str, str] = {}
        for kind, words in cues["hedges"].items():
            if kind != "phrase":
                for w in words:
                    self.words[w.lower()] = kind
        # phrases as token tuples, longest first, so "suspected of" beats "suspected"
        self.phrases = sorted(
            (tuple(p.lower().split()) for p in cues["hedges"]["phrase"]), key=len, reverse=True
        )
        self.by_first: dict[str, list[tuple[str, ...]]] = {}  # the phrases, by first word
        for phrase in self.phrases:
            self.by_first.setdefault(phrase[0], []).append(phrase)
        self.not_hedges = {w.lower() for w in cues.get("not_hedges", [])}
        # the ids of every cue's first word: a word not among them is skipped unread
        self._first_ids = word_ids((*self.words, *self.by_first))
        self._starts_of: tuple[Doc, list[int]] | None = None  # see _cue_starts

    def find(self, doc: Doc, start: int, end: int, text: str) -> list[Hedge]:
        """RETURNS the hedges whose cue lies inside characters ``[start, end)``."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return []
        out: list[Hedge] = []
        used: set[int] = set()
        starts = self._cue_starts(doc)
        for i in starts[bisect_left(starts, span.start) : bisect_left(starts, span.end)]:
            if i in used:  # only the words a cue starts with (no Token made for the others)
                continue
            tok = doc[i]
            low = tok.lower_
            for phrase in self.by_first.get(low, ()):
                stop = i + len(phrase)
                if stop > span.end:
                    continue
                if tuple(doc[j].lower_ for j in range(i, stop)) != phrase:
                    continue
                last = doc[stop - 1]
                used.update(range(i, stop))
                cue = _span(text, tok.idx, last.idx + len(last.text))
                out.append(Hedge(cue, "phrase", self._scope(tok, text, phrase=True)))
                break
            else:
                kind = self.words.get(low)
                if kind is None or not _is_hedge_use(tok, self.not_hedges):
                    continue
                used.add(tok.i)
                cue = _span(text, tok.idx, tok.idx + len(tok.text))
                out.append(Hedge(cue, kind, self._scope(tok, text, phrase=False)))
        return out

    def _cue_starts(self, doc: Doc) -> list[int]:
        """The positions of ``doc``'s words a cue starts with (by their ``LOWER`` ids), in
        order, listed once for the last document (speed30: not a walk over every word of
        every span)."""
        kept = self._starts_of
        if kept is None or kept[0] is not doc:
            first = self._first_ids
            kept = self._starts_of = (doc, [i for i, w in enumerate(lower_ids(doc)) if w in first])
        return kept[1]

    @staticmethod
    def _scope(tok: Token, text: str, phrase: bool) -> Span:
        """The phrase a cue governs (see module docstring)."""
        if phrase:
            # "believed to X", "accused of X": the cue verb's subtree to the right
            anchor = tok if tok.pos_ in {"VERB", "AUX"} else tok.head
            if tok.lower_ == "according":  # "according to X": the clause it attaches to
                anchor = tok.head
            toks = [t for t in anchor.subtree if t.i >= tok.i] or [tok]
            if tok.lower_ == "according":
                toks = list(anchor.subtree)
        elif tok.pos_ in {"AUX", "ADV", "PART"} or tok.dep_ in {
            "aux",
            "advmod",
            "amod",
            "compound",
        }:
            # a modal or adverb: its verb's clause; an adjective: its noun phrase
            toks = [t for t in tok.head.subtree if t.i >= tok.i]
        else:
            toks = list(tok.subtree)
        sent = sentence_of(tok)
        toks = [t for t in toks if sent.start <= t.i < sent.end]
        while len(toks) > 1 and toks[-1].is_punct:
            toks.pop()
        while len(toks) > 1 and toks[0].is_punct:
            toks.pop(0)
        return _span(text, toks[0].idx, toks[-1].idx + len(toks[-1].text))


def _is_hedge_use(tok: Token, not_hedges: set[str]) -> bool:
    """ "may" as a modal, not the month; "could" as a modal; "reported" as an adjective or
    passive evidential, not a finite reporting verb with its own subject."""
    if tok.lower_ in {"may", "might", "could", "would"}:
        return tok.tag_ == "MD"
    if tok.lower_ in {"reported", "claimed", "alleged", "suspected"}:
        # "the reported attack", "X was reported killed": a hedge; "police reported that": a cue
        return tok.dep_ in {"amod", "acl"} or any(c.dep_ == "auxpass" for c in tok.children)
    return tok.lower_ not in not_hedges


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])
