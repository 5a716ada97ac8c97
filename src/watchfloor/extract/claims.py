"""Claim extraction: who said what, how sure, and what the article asserts on its own.

Attributed claims come from reporting verbs (speech, belief, commitment) with their
subject as speaker and their complement clause as content, and from "according to X".
Hedges and evidential markers are found inside the content. Sentences that carry no
attribution but state figures or facts are kept as unattributed assertions. Cues live in
``watchfloor/data/claims/cues.yaml``.

First version: ``check_worthiness`` is a transparent heuristic (figures, named actors,
hedges); the trained scorer replaces it (see issue "Claims").
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from watchfloor.data import read_yaml
from watchfloor.extract.base import Extraction
from watchfloor.model import Claim, Span

FIGURE_LABELS = {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}


@lru_cache(maxsize=1)
def load_cues(path: Path | None = None) -> dict[str, Any]:
    path = path or Path(str(resources.files("watchfloor.data.claims"))) / "cues.yaml"
    data = read_yaml(path)
    verbs = {v for group in data["reporting_verbs"].values() for v in group}
    hedge_words = {w for k, ws in data["hedges"].items() if k != "phrase" for w in ws}
    return {
        "verbs": verbs,
        "phrases": [p.lower() for p in data["attribution_phrases"]],
        "anonymous": data["anonymous_speakers"],
        "hedge_words": hedge_words,
        "hedge_phrases": [p.lower() for p in data["hedges"]["phrase"]],
    }


class ClaimExtractor:
    name = "claims"

    def __init__(self) -> None:
        self.cues = load_cues()

    def __call__(self, doc: Doc, result: Extraction) -> None:
        attributed_sents: set[int] = set()
        for sent in doc.sents:
            claims = self._attributed(sent, result)
            if claims:
                attributed_sents.add(sent.start)
                result.claims.extend(claims)
        figures: dict[int, int] = {}
        for ent in doc.ents:
            if ent.label_ in FIGURE_LABELS:
                figures[ent.sent.start] = figures.get(ent.sent.start, 0) + 1
        for sent in doc.sents:
            if sent.start not in attributed_sents and figures.get(sent.start):
                claim = self._unattributed(sent, result.text)
                if claim is not None:
                    result.claims.append(claim)

    # -- attributed ----------------------------------------------------------------------
    def _attributed(self, sent: SpacySpan, result: Extraction) -> list[Claim]:
        out = []
        for token in sent:
            if token.pos_ == "VERB" and token.lemma_.lower() in self.cues["verbs"]:
                claim = self._from_verb(token, result)
                if claim is not None:
                    out.append(claim)
        out.extend(self._from_phrase(sent, result))
        return out

    def _from_verb(self, verb: Token, result: Extraction) -> Claim | None:
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        comp = next((c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}), None)
        if comp is None:
            return None
        if subj is None and verb.dep_ == "conj":
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is None or not self._can_speak(subj, result):
            return None
        text = result.text
        content = _subtree_span(comp, text)
        if comp.i > verb.i:
            # the complement runs to the end of the sentence ("warns that X, Y, may Z.")
            content = _until_sentence_end(verb.doc, comp.left_edge.i, verb.sent, text)
        speaker = _subtree_span(subj, text, stop_at_appos=True)
        return self._claim(verb.doc, speaker, _token_span(verb), content, subj, result)

    def _can_speak(self, head: Token, result: Extraction) -> bool:
        """A speaker is an actor, a person pronoun or a known kind of source."""
        if head.lower_ in {"he", "she", "they", "we", "i", "you"}:
            return True
        if head.lemma_.lower() in self.cues["anonymous"] or head.ent_type_ in {"PERSON", "ORG",
                                                                             "NORP", "GPE"}:
            return True
        entity = result.entity_at(head.idx, head.idx + len(head.text))
        return entity is not None and entity.type in {"person", "organization", "location"}

    def _from_phrase(self, sent: SpacySpan, result: Extraction) -> list[Claim]:
        out = []
        low = sent.text.lower()
        for phrase in self.cues["phrases"]:
            at = low.find(phrase)
            if at == -1:
                continue
            start = sent.start_char + at
            cue_end = start + len(phrase)
            cue_tokens = [t for t in sent if start <= t.idx < cue_end]
            if not cue_tokens:
                continue
            last = cue_tokens[-1]
            obj = next((c for c in last.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            speaker = _subtree_span(obj, result.text, stop_at_appos=True)
            pp = (min(t.i for t in cue_tokens), max(obj.right_edge.i, last.i))
            content_tokens = [t for t in sent if not (pp[0] <= t.i <= pp[1]) and not t.is_punct]
            if not content_tokens:
                continue
            doc = sent.doc
            content = Span(
                content_tokens[0].idx, content_tokens[-1].idx + len(content_tokens[-1]), ""
            )
            content.text = result.text[content.start : content.end]
            cue = Span(start, cue_end, result.text[start:cue_end])
            out.append(self._claim(doc, speaker, cue, content, obj, result))
        return out

    def _claim(
        self, doc: Doc, speaker: Span, cue: Span, content: Span, head: Token, result: Extraction
    ) -> Claim:
        entity = result.entity_at(head.idx, head.idx + len(head.text))
        kind = (
            "named"
            if entity is not None and entity.type in {"person", "organization"}
            else self.cues["anonymous"].get(head.lemma_.lower(), "other")
        )
        hedges = self._hedges(doc, content, result.text)
        return Claim(
            content=content,
            speaker=speaker,
            speaker_entity=entity.id if entity else None,
            speaker_kind=kind,
            cue=cue,
            hedges=hedges,
            check_worthiness=_check_worthiness(
                doc.char_span(content.start, content.end, alignment_mode="expand"), hedges
            ),
            attributed=True,
            confidence=0.7 if entity is not None else 0.5,
        )

    # -- unattributed --------------------------------------------------------------------
    def _unattributed(self, sent: SpacySpan, text: str) -> Claim | None:
        if len(sent) < 6:
            return None
        content = Span(sent.start_char, sent.end_char, text[sent.start_char : sent.end_char])
        hedges = self._hedges(sent.doc, content, text)
        return Claim(
            content=content,
            hedges=hedges,
            check_worthiness=_check_worthiness(sent, hedges),
            attributed=False,
            speaker_kind="unattributed",
            confidence=0.5,
        )

    def _hedges(self, doc: Doc, content: Span, text: str) -> list[Span]:
        out = []
        low = text[content.start : content.end].lower()
        for phrase in self.cues["hedge_phrases"]:
            at = low.find(phrase)
            if at != -1:
                s = content.start + at
                out.append(Span(s, s + len(phrase), text[s : s + len(phrase)]))
        covered = {(h.start, h.end) for h in out}
        span = doc.char_span(content.start, content.end, alignment_mode="expand")
        for t in span or ():
            if t.lower_ in self.cues["hedge_words"]:
                s = (t.idx, t.idx + len(t.text))
                if not any(a <= s[0] < b for a, b in covered):
                    out.append(Span(s[0], s[1], t.text))
        return sorted(out, key=lambda h: h.start)


def _token_span(token: Token) -> Span:
    return Span(token.idx, token.idx + len(token.text), token.text)


def _subtree_span(token: Token, text: str, stop_at_appos: bool = False) -> Span:
    """The character span of a token's subtree (optionally without its apposition)."""
    left, right = token.left_edge, token.right_edge
    if stop_at_appos:
        appos = [c for c in token.children if c.dep_ in {"appos", "punct"} and c.i > token.i]
        if appos:
            right = token.doc[min(c.i for c in appos) - 1]
    doc = token.doc
    while right.i > left.i and right.is_punct:
        right = doc[right.i - 1]
    start, end = left.idx, right.idx + len(right.text)
    return Span(start, end, text[start:end])


def _until_sentence_end(doc: Doc, start_i: int, sent: SpacySpan, text: str) -> Span:
    end_tok = doc[sent.end - 1]
    while end_tok.i > start_i and end_tok.is_punct:
        end_tok = doc[end_tok.i - 1]
    start, end = doc[start_i].idx, end_tok.idx + len(end_tok.text)
    return Span(start, end, text[start:end])


def _check_worthiness(span: SpacySpan | None, hedges: list[Span]) -> float:
    """Heuristic first version: figures and named actors make a statement checkable."""
    if span is None:
        return 0.0
    score = 0.2
    labels = {e.label_ for e in span.ents}
    if labels & FIGURE_LABELS:
        score += 0.35
    if labels & {"PERSON", "ORG", "GPE", "NORP"}:
        score += 0.15
    if any(t.lemma_ in {"be", "have"} for t in span) and labels:
        score += 0.05
    if hedges:
        score += 0.1
    if any(t.tag_ in {"JJS", "RBS"} for t in span):
        score += 0.1
    return round(min(score, 1.0), 3)
