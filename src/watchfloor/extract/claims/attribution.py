"""Claim extraction: who said what, how sure, and what the article asserts on its own.

The last extractor in the flow (after actors and events; it reads their entities).
Attributed claims come from:
* reporting verbs (speech, belief, emphasis, commitment) with their subject as speaker and
  their clause, infinitive, object or adjacent quotation as content — before the content
  ("X warns that ...", "X vowed to ...") or after it ("..., officials said"), also where
  the parser misses a post-posed or inverted clause ("..., reported El Diario", "..., a
  commission estimated");
* a reporting clause inside the content ("Y, he said, is Z");
* "according to X" and the other prepositional phrases;
* claim nouns with a "that" clause ("Trump's claim that ...");
* punctuation: "NAME: content" and "“quote” ― NAME" (:mod:`watchfloor.extract.claims.punctuation`).
A content that overlaps a direct quotation grows to the whole quotation, so a quote split
over sentences stays one claim (:mod:`watchfloor.extract.claims.quotes`). Speakers resolve
to entities or typed anonymous sources (:mod:`watchfloor.extract.claims.speakers`); hedges
are found with their scope (:mod:`watchfloor.extract.claims.hedges`). Every sentence is
scored for check-worthiness (:mod:`watchfloor.extract.claims.checkworthiness`); sentences with no
attribution that score as check-worthy are kept as unattributed assertions in the
article's own voice. Cues live in ``watchfloor/data/claims/cues.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from spacy.attrs import IS_ALPHA, LEMMA, ORTH, POS, TAG
from spacy.strings import get_string_id
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from watchfloor.data import read_yaml
from watchfloor.extract.base import Extraction
from watchfloor.extract.claims.boundaries import clamp, sentence_bounds, without_gloss
from watchfloor.extract.claims.checkworthiness import CheckWorthiness, DocFeatures, load_scorer
from watchfloor.extract.claims.cue_model import CueModel, load_cue_model, verb_features
from watchfloor.extract.claims.hedges import Hedge, HedgeFinder
from watchfloor.extract.claims.layout import Furniture, inside, outside
from watchfloor.extract.claims.punctuation import colon_attributions, dash_attributions
from watchfloor.extract.claims.quotes import find_quotes, quote_at
from watchfloor.extract.claims.speakers import SpeakerResolver
from watchfloor.extract.doccache import doc_sents as sentences_of
from watchfloor.extract.doccache import (
    listed_tokens,
    sentence_of,
    span_tokens,
    token_children,
    word_ids,
)
from watchfloor.model import Claim, Span

MIN_CONTENT_TOKENS = 2
FIRST_SECOND_PERSON = {"i", "you", "we"}


@lru_cache(maxsize=1)
def load_cues(path: Path | None = None) -> dict[str, Any]:
    path = path or Path(str(resources.files("watchfloor.data.claims"))) / "cues.yaml"
    data = read_yaml(path)
    groups = data["reporting_verbs"]
    return {
        "raw": data,
        "verbs": {v for group in groups.values() for v in group}
        | set(data["prepositional_content"]["verbs"]),
        "strict_verbs": set(groups["belief"]) | set(groups["commitment"]),
        "object_verbs": set(data["object_content_verbs"]),
        "infinitive_verbs": set(data["infinitive_content_verbs"]),
        "prep_verbs": {k: set(v) for k, v in data["prepositional_content"]["verbs"].items()},
        "prep_nouns": {k: set(v) for k, v in data["prepositional_content"]["nouns"].items()},
        "prep_adjectives": {
            k: set(v) for k, v in data["prepositional_content"]["adjectives"].items()
        },
        "non_speakers": set(data["non_speakers"]),
        "claim_nouns": set(data["claim_nouns"]),
        "light_verbs": set(data.get("light_verbs") or []),
        "clause_adjectives": set(data.get("clause_adjectives") or []),
        "cue_media": set(data.get("cue_media") or []),
        "unowned_nouns": set(data.get("unowned_nouns") or []),
        "phrases": [p.lower() for p in data["attribution_phrases"]],
        "anonymous": data["anonymous_speakers"],
        "hedges": data["hedges"],
        "not_hedges": data.get("not_hedges") or [],
        "speaker_hedges": {w.lower() for w in data.get("speaker_hedges") or []},
        "boilerplate": _any_of(data.get("boilerplate")),
        "boilerplate_words": tuple(data.get("boilerplate_words") or []),
        "sign_offs": _any_of(data.get("sign_offs")),
    }


def boilerplate_in(cues: dict[str, Any], text: str) -> bool:
    """Whether ``text`` holds publication boilerplate (``boilerplate`` in cues.yaml). An
    ASCII text holding none of ``boilerplate_words`` (lower-cased: the patterns ignore
    case) cannot match, so it is not searched; any other text is, and every text when no
    words are listed (speed42)."""
    words = cues.get("boilerplate_words")
    if words and text.isascii():
        low = text.lower()
        if not any(word in low for word in words):
            return False
    return cues["boilerplate"].search(text) is not None


def _any_of(patterns: list[str] | None) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``patterns`` (none: matches nothing)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns or []) or r"(?!x)x", re.IGNORECASE)


@dataclass(slots=True)
class PendingClaims:
    """One document between :meth:`ClaimExtractor.begin` and
    :meth:`ClaimExtractor.finish_batch`."""

    doc: Doc
    result: Extraction
    claims: list[Claim]
    doc_sents: list[SpacySpan]
    pieces: list[list[SpacySpan]]
    furniture: list[tuple[int, int]]
    done: bool = False


class ClaimExtractor:
    """The claims extractor; a batch extractor (:class:`watchfloor.extract.base.BatchExtractor`):
    the pipeline calls :meth:`begin` per document and :meth:`finish_batch` per spaCy batch."""

    name = "claims"

    def __init__(self) -> None:
        self.cues = load_cues()
        self.hedges = HedgeFinder(self.cues)
        self.speakers = SpeakerResolver(self.cues)
        self.furniture = Furniture(self.cues)
        self.scorer: CheckWorthiness = load_scorer()
        self.cue_model: CueModel = load_cue_model()
        self._heads: dict[int, Token] = {}
        # the last document's commas and possible post-posed reporting verbs (_may_post_pose)
        self._post_gate: tuple[Doc, list[int], list[int]] | None = None
        self._hedge_words = {
            w.lower() for words in self.cues["hedges"].values() for w in words if " " not in w
        }
        # the adjective cues ("critical of", "frustrated that"), joined once, not per sentence
        self._adjectives = frozenset(
            self.cues["prep_adjectives"].keys() | self.cues["clause_adjectives"]
        )
        # the words _attributed reads (doccache.listed_tokens): every verb; a noun whose
        # lemma is a claim noun or a noun taking a content preposition; an adjective cue
        adjectives = word_ids(self._adjectives)
        self._cue_lemmas: dict[str, frozenset[int] | None] = {
            "VERB": None,
            "NOUN": word_ids(self.cues["claim_nouns"] | self.cues["prep_nouns"].keys()),
            "ADJ": frozenset(),
        }
        self._cue_forms = {"ADJ": adjectives}

    def __call__(self, doc: Doc, result: Extraction) -> None:
        """Extract the claims of one document (scored on its own)."""
        self.finish_batch([self.begin(doc, result)])

    def begin(self, doc: Doc, result: Extraction) -> PendingClaims:
        """The per-document work: attributed claims, speakers, hedges. RETURNS what is left
        for :meth:`finish_batch`: check-worthiness scoring and the unattributed claims,
        which depend on the scores."""
        text = result.text
        quotes = find_quotes(text)
        furniture = self.furniture.spans(text)
        self._heads = {}
        found: list[Claim] = []
        doc_sents = list(sentences_of(doc))  # ``Doc.sents`` builds new spans on every walk
        for sent in doc_sents:
            found.extend(self._attributed(sent, result, quotes))
        for speaker, cue, content, head in [
            *colon_attributions(doc, result),
            *dash_attributions(doc, result, quotes),
        ]:
            kind = "direct_quote" if quote_at(quotes, content.start, content.end) else "reported"
            found.append(self._claim(doc, speaker, cue, content, head, result, kind))
        found = [c for c in found if not inside(furniture, c.content.start, c.content.end)]
        claims = _dedupe(found)
        self.speakers.carry_over(
            [(c, self._heads[id(c)]) for c in claims if id(c) in self._heads], result
        )
        for claim in claims:
            self._author_hedges(doc, claim, text)
        self._heads = {}
        pieces = [_paragraph_pieces(sent, text) for sent in doc_sents]
        return PendingClaims(doc, result, claims, doc_sents, pieces, furniture)

    def finish_batch(self, pending: Sequence[PendingClaims]) -> None:
        """Score every sentence piece and every claim's content of all ``pending``
        documents in one model call, then finish each document: its sentence scores, its
        claims' scores and its unattributed claims. A document already finished (a retry
        after a failure elsewhere in the batch) is skipped."""
        todo = [p for p in pending if not p.done]
        requests = []
        for p in todo:
            sents = [piece for ps in p.pieces for piece in ps]
            spans = [(s.start_char, s.end_char) for s in sents]
            spans += [(c.content.start, c.content.end) for c in p.claims]
            requests.append((p.doc, spans, DocFeatures(p.doc, p.result.text)))
        for p, scores in zip(todo, self.scorer.score_many(requests), strict=True):
            self._finish(p, scores)

    def _finish(self, p: PendingClaims, scores: list[float]) -> None:
        """Apply one document's scores; changes ``p.result`` only at the end, so a failure
        leaves it as it was."""
        result, text, furniture = p.result, p.result.text, p.furniture
        sents = [piece for ps in p.pieces for piece in ps]
        sent_scores, content_scores = scores[: len(sents)], scores[len(sents) :]
        claims = list(p.claims)
        for claim, score in zip(claims, content_scores, strict=True):
            claim.check_worthiness = score
            claim.extra["check_worthy"] = score >= self.scorer.threshold
        covered = [(c.content.start, c.content.end) for c in claims]
        covered += [(c.cue.start, c.cue.end) for c in claims if c.cue is not None]
        counts = None
        for sent, score in zip(sents, sent_scores, strict=True):
            if score < self.scorer.threshold or len(sent) < 5:
                continue
            if counts is None:
                counts = _token_counts(p.doc)
            if not self._asserts(sent, text, counts):
                continue
            if any(a < sent.end_char and sent.start_char < b for a, b in covered):
                continue
            if inside(furniture, sent.start_char, sent.end_char):
                continue  # a caption, credit, byline or "Read more" line
            claim = self._unattributed(sent, text, score, furniture)
            if claim is not None:
                claims.append(claim)
        claims.sort(key=lambda c: c.content.start)
        self._sentence_scores(p.doc_sents, p.pieces, sent_scores, result)
        result.claims.extend(claims)
        p.done = True

    @staticmethod
    def _sentence_scores(
        doc_sents: list[SpacySpan],
        pieces: list[list[SpacySpan]],
        scores: list[float],
        result: Extraction,
    ) -> None:
        """Every sentence's check-worthiness, parallel to ``result.sentences``: the score of
        its paragraph pieces (the highest when a headline is glued to it; 0 for blank)."""
        per_sent, at = [], 0
        for ps in pieces:
            per_sent.append(max(scores[at : at + len(ps)], default=0.0))
            at += len(ps)
        if not result.sentences:
            result.sentences = [Span(s.start_char, s.end_char, s.text) for s in doc_sents]
        by_start = {s.start_char: score for s, score in zip(doc_sents, per_sent, strict=True)}
        result.sentence_scores = [float(by_start.get(s.start, 0.0)) for s in result.sentences]

    # -- attributed ----------------------------------------------------------------------
    def _attributed(
        self, sent: SpacySpan, result: Extraction, quotes: list[tuple[int, int]]
    ) -> list[Claim]:
        out = []
        adjectives = self._adjectives
        # only adjective cues (ADJ, VERB) and verb or noun cues: the other words unread, and
        # of the nouns and adjectives only the listed ones made Tokens (speed35)
        for token in listed_tokens(
            sent.doc, self._cue_lemmas, self._cue_forms, sent.start, sent.end
        ):
            pos = token.pos_
            if token.lower_ in adjectives and (
                token.dep_ == "acomp"
                and pos in {"ADJ", "VERB"}
                or pos == "VERB"
                and any(c.dep_ == "auxpass" for c in token_children(token))
            ):
                # "X is critical of Y", "X were frustrated that Y" (parsed as a passive)
                claim = self._from_adjective(token, result, quotes)
                if claim is not None:
                    out.append(claim)
                continue
            lemma = token.lemma_.lower()
            if pos == "VERB":
                listed = lemma in self.cues["verbs"]
                p = self.cue_model.probability(verb_features(token, self.cues["verbs"]))
                if p < (self.cue_model.keep if listed else self.cue_model.add):
                    continue  # the trained gate (cue_model): not a cue in this context
                claim = self._from_verb(token, result, quotes, listed=listed)
            elif pos == "NOUN" and (
                lemma in self.cues["claim_nouns"] or lemma in self.cues["prep_nouns"]
            ):
                claim = self._from_noun(token, result, quotes)
            else:
                continue
            if claim is not None:
                out.append(claim)
        out.extend(self._from_phrase(sent, result))
        tail = self._post_posed(sent, result, quotes)
        if tail is not None:
            out.append(tail)
        return out

    def _post_posed(
        self, sent: SpacySpan, result: Extraction, quotes: list[tuple[int, int]]
    ) -> Claim | None:
        """A reporting clause after the last comma that the parser did not attach as one:
        "..., reported El Diario." (inverted) or "..., a congressional commission
        estimated in its report." (post-posed); the speaker must be a known kind of
        speaker or a person or organisation, and nothing but a prepositional phrase may
        follow the verb. The content is the sentence before the comma."""
        if not self._may_post_pose(sent):
            return None  # no reporting verb after a comma: no Token read
        toks = [t for t in span_tokens(sent) if not t.is_space]
        while toks and toks[-1].is_punct:
            toks.pop()
        commas = [n for n, t in enumerate(toks) if t.text == ","]
        if not commas or commas[-1] < 3:
            return None
        c = commas[-1]
        tail = toks[c + 1 :]
        if not 2 <= len(tail) <= 14 or quote_at(quotes, toks[c].idx, toks[c].idx + 1):
            return None
        # a past participle too: the parser tags "a commission estimated" as a modifier
        at = next(
            (
                n
                for n, t in enumerate(tail)
                if t.tag_ in {"VBD", "VBZ", "VBP", "VBN"} and t.lemma_.lower() in self.cues["verbs"]
            ),
            None,
        )
        if at is None:
            return None
        verb = tail[at]
        if at == 0:  # ", reported El Diario"
            phrase = []
            for t in tail[1:]:
                if t.pos_ in {"ADP", "PUNCT", "VERB", "AUX", "SCONJ"}:
                    break
                phrase.append(t)
            rest = tail[1 + len(phrase) :]
        else:  # ", a congressional commission estimated"
            phrase, rest = tail[:at], tail[at + 1 :]
        if not phrase or any(t.pos_ in {"VERB", "AUX"} for t in phrase):
            return None
        if rest and (rest[0].pos_ != "ADP" or any(t.pos_ in {"VERB", "AUX"} for t in rest)):
            return None
        head = next((t for t in reversed(phrase) if t.pos_ in {"NOUN", "PROPN"}), None)
        if head is None or not self.speakers.can_speak(head, result, strict=True):
            return None
        text = result.text
        lo, _ = sentence_bounds(text, sent.start_char, sent.end_char, verb.idx)
        first = next((t for t in toks[:c] if t.idx >= lo and not t.is_punct), None)
        if first is None or c - toks.index(first) < MIN_CONTENT_TOKENS:
            return None
        content = _tokens_span(sent.doc, first.i, toks[c - 1].i, text)
        content = _grow_to_quote(content, quotes, verb, text)
        speaker = _tokens_span(sent.doc, phrase[0].i, phrase[-1].i, text)
        cue = Span(verb.idx, verb.idx + len(verb.text), verb.text)
        q = quote_at(quotes, content.start, content.end)
        kind = "direct_quote" if q is not None and q[0] <= content.start else "reported"
        return self._claim(sent.doc, speaker, cue, content, head, result, kind)

    def _may_post_pose(self, sent: SpacySpan) -> bool:
        """A necessary condition of :meth:`_post_posed`, read from the document's arrays:
        a comma in ``sent`` and, after its first comma, a word :meth:`_post_posed` may take
        for the reporting verb (a past or present tag, a listed verb's lemma). The
        positions are found once per document (kept for the last one, by identity)."""
        doc = sent.doc
        kept = self._post_gate
        if kept is None or kept[0] is not doc:
            kept = self._post_gate = (doc, *_comma_and_report_verbs(doc, self.cues["verbs"]))
        commas, verbs = kept[1], kept[2]
        k = bisect_left(commas, sent.start)
        if k == len(commas) or commas[k] >= sent.end:
            return False
        v = bisect_right(verbs, commas[k])
        return v < len(verbs) and verbs[v] < sent.end

    def _subject(self, verb: Token) -> Token | None:
        subj = next((c for c in token_children(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        prev = verb.doc[verb.i - 1] if verb.i > sentence_of(verb).start else None
        if (
            subj is None
            and prev is not None
            and prev.ent_type_ in {"PERSON", "ORG"}
            and verb.dep_ == "ROOT"
            and any(c.dep_ == "ccomp" for c in token_children(verb))
        ):
            return prev  # "In a meeting with the board Trump said that ...": a misparse
        hop = verb
        # "..., arguing that", "and warned that": the subject of the governing verb
        for _ in range(2):
            if subj is not None or hop.dep_ not in {"conj", "advcl", "xcomp", "dep", "pcomp"}:
                break
            if hop.dep_ in {"advcl", "pcomp"} and hop.tag_ != "VBG":
                break
            hop = hop.head.head if hop.dep_ == "pcomp" else hop.head  # "responded by saying"
            subj = next((c for c in token_children(hop) if c.dep_ == "nsubj"), None)
        return subj

    def _from_verb(
        self,
        verb: Token,
        result: Extraction,
        quotes: list[tuple[int, int]],
        listed: bool = True,
    ) -> Claim | None:
        """A claim of a reporting verb; ``listed``: the verb is in the cue lexicon (else the
        trained gate proposed it: a person-like speaker, and any complement, may be its
        content)."""
        lemma = verb.lemma_.lower()
        if any(c.dep_ == "auxpass" for c in token_children(verb)):
            return None  # "X was told", "is expected to": not a speaker's act
        subj = self._subject(verb)
        if subj is None:
            return None
        subj_last: Token | None = None  # where the speaker phrase ends, when not its subtree
        placed = _place_subject(subj)
        if placed is not None:  # "Police in Aurora, Colorado said": the police speak
            subj, subj_last = placed, subj
        strict = lemma in self.cues["strict_verbs"] and lemma not in {"say", "tell"} or not listed
        if subj.lower_ in self.cues["non_speakers"] and (strict or subj.lower_ != "it"):
            return None  # "it says" (a letter, a report) speaks; "it seems", "this shows" not
        if strict and subj.lower_ in FIRST_SECOND_PERSON:
            return None  # "I think", "you know": a speaker's hedging, not a new attribution
        who = _quantified(subj)  # "Many of the farmers believe": the farmers
        if who is not None and not self.speakers.can_speak(who, result, strict):
            return None
        text = result.text
        sent = sentence_of(verb)
        cue_end_tok = verb
        content: Span | None = None
        parts: list[Span] = []  # a content in two pieces (around the cue, or two quotes)
        comps = [c for c in token_children(verb) if c.dep_ == "ccomp"]
        # two complements, one each side ("It comes as ..., a campaign officials say is
        # aimed at ..."): the one after the cue is what is said
        comp = next((c for c in comps if c.i > verb.i), comps[0] if comps else None)
        if comp is not None:
            if comp.i > verb.i:
                end = self._before_next_report(comp, _clause_end(comp, verb), quotes)
                content = _tokens_span(verb.doc, comp.left_edge.i, end, text)
            else:
                content = _subtree_span(comp, text)
                whole = self._sentence_before(comp, verb, subj, text)
                if whole is not None:
                    content = whole
        if content is None:
            xcomp = next(
                (c for c in token_children(verb) if c.dep_ == "xcomp" and c.i > verb.i), None
            )
            # "urged voters to check the lists", "warned the banks to raise reserves": the
            # addressee and what they are told to do (any speech verb with an object)
            obj = next(
                (
                    c
                    for c in token_children(verb)
                    if c.dep_ == "dobj" and xcomp is not None and verb.i < c.i < xcomp.i
                ),
                None,
            )
            if xcomp is not None and (
                obj is not None or not listed or lemma in self.cues["infinitive_verbs"]
            ):
                first = obj.left_edge.i if obj is not None else xcomp.left_edge.i
                content = _tokens_span(verb.doc, first, xcomp.right_edge.i, text)
        if content is None:
            content = self._quote_next_to(verb, subj, quotes, text)
        if content is None and verb.dep_ == "parataxis" and verb.head.i != verb.i:
            # "Y, he said, is Z" / "Y, Graham said, since Z": the sentence without the
            # reporting clause, in two parts around it
            clause = {t.i for t in verb.subtree}
            rest = [t for t in span_tokens(sent) if t.i not in clause and not t.is_punct]
            if len(rest) >= MIN_CONTENT_TOKENS:
                content = _tokens_span(verb.doc, rest[0].i, rest[-1].i, text)
                before = [t for t in rest if t.i < verb.i]
                after = [t for t in rest if t.i > verb.i]
                parts = [
                    _tokens_span(verb.doc, p[0].i, p[-1].i, text) for p in (before, after) if p
                ]
        person_like = who is None or self.speakers.can_speak(who, result, strict=True)
        if content is None and (lemma in self.cues["object_verbs"] or not listed) and person_like:
            obj = next((c for c in token_children(verb) if c.dep_ in {"dobj", "attr"}), None)
            prep = next(
                (c for c in token_children(verb) if c.dep_ == "prep" and c.lower_ in {"for", "on"}),
                None,
            )
            # what the verb says of the object belongs to it: "called the charges
            # unsubstantiated", "called it a blunder", "cited the remarks as examples of
            # X", "blasted the media for being dishonest" (not a time or place: "in the
            # days since")
            more = [
                c
                for c in token_children(verb)
                if obj is not None
                and c.i > obj.i
                and (
                    c.dep_ in {"oprd", "ccomp", "xcomp"}
                    or c.dep_ == "prep"
                    and c.lower_ in _OBJECT_PREPS
                )
            ]
            end = max([o.right_edge.i for o in more], default=obj.right_edge.i if obj else 0)
            if obj is not None and end - obj.left_edge.i + 1 >= MIN_CONTENT_TOKENS:
                content = _tokens_span(verb.doc, obj.left_edge.i, end, text)
            elif prep is not None and prep.i == verb.i + 1:
                # "called for a ceasefire", "called for raising the tax"
                pobj = next((c for c in token_children(prep) if c.dep_ in {"pobj", "pcomp"}), None)
                if pobj is not None:
                    cue_end_tok = prep
                    content = _tokens_span(verb.doc, pobj.left_edge.i, pobj.right_edge.i, text)
        if content is None and person_like and (lemma in self.cues["prep_verbs"] or not listed):
            # "complained about X", "accused her of X", "warned against X"
            found = _prep_object(verb, self.cues["prep_verbs"].get(lemma, _ATTITUDE_PREPS))
            if found is not None:
                cue_end_tok, obj = found
                content = _tokens_span(verb.doc, obj.left_edge.i, obj.right_edge.i, text)
        if content is None:
            return None
        content = _grow_to_quote(content, quotes, verb, text)
        # the speaker's words stop at the end of the reporting sentence or quotation
        bounds = sentence_bounds(text, sent.start_char, sent.end_char, verb.idx)
        clamped = clamp(content, bounds, quotes, text)
        if clamped is None:
            return None
        content = without_gloss(verb.doc, clamped, verb.idx + len(verb.text), quotes, text)
        if parts:
            parts = [p for p in (clamp(p, bounds, quotes, text) for p in parts) if p]
        if not parts and content.end <= verb.idx and quote_at(quotes, content.start, content.end):
            # "“A,” he said. “B.”": the quote that goes on right after the sentence, or
            # "“A,” he said, “but B.”": right after the reporting clause
            clause_end = max(verb.idx + len(verb.text), subj.idx + len(subj.text))
            nxt = next((q for q in quotes if q[0] >= clause_end), None)
            if nxt is not None and (
                (
                    nxt[0] >= bounds[1]
                    and not text[bounds[1] : nxt[0]].strip()
                    and text.count("\n", bounds[1], nxt[0]) < 2
                )  # not in a new paragraph
                or _CONTINUES.fullmatch(text, clause_end, nxt[0])
            ):
                parts = [content, Span(nxt[0], nxt[1], text[nxt[0] : nxt[1]])]
                content = Span(content.start, nxt[1], text[content.start : nxt[1]])
        if content.start <= verb.idx < content.end and len(parts) < 2:
            return None  # the cue cannot sit inside its own content
        speaker = _speaker_span(subj, text, last=subj_last)
        first_tok, cue_end_tok = self._cue_extent(verb, cue_end_tok, content)
        cue = Span(first_tok.idx, cue_end_tok.idx + len(cue_end_tok.text), "")
        cue.text = text[cue.start : cue.end]
        q = quote_at(quotes, content.start, content.end)
        quoted = q is not None and min(q[1], content.end) - max(q[0], content.start) >= 0.8 * (
            content.end - content.start
        )
        kind = "direct_quote" if quoted else "reported"
        claim = self._claim(
            verb.doc, speaker, cue, content, who if who is not None else subj, result, kind
        )
        place = _speaker_place(subj, text, last=subj_last)
        if place is not None:
            claim.extra["speaker_place"] = place.to_dict()
        if len(parts) == 2:
            claim.extra["content_parts"] = [p.to_dict() for p in parts]
        return claim

    def _cue_extent(self, verb: Token, last: Token, content: Span) -> tuple[Token, Token]:
        """The first and last token of a verb cue, as PolNeAR marks it: with the
        auxiliaries, negation and adverbs right before it ("has *not* said", "*also*
        points out"; not a hedge: "*reportedly* said" is the author's), its particle
        ("pointed *out*") and the medium it was said in ("said *in an interview*",
        "wrote in a statement": ``cue_media`` in cues.yaml), never into the content."""
        doc = verb.doc
        first = verb
        while first.i > sentence_of(verb).start:
            prev = doc[first.i - 1]
            if prev.head.i != verb.i or prev.dep_ not in {"aux", "neg", "advmod"}:
                break
            if prev.lower_ in self._hedge_words:
                break  # "The mayor *reportedly* said": the author's hedge, not the cue
            first = prev
        if last.i == verb.i:
            prt = next(
                (c for c in token_children(verb) if c.dep_ == "prt" and c.i == verb.i + 1), None
            )
            if prt is not None:
                last = prt
            media = self.cues["cue_media"]
            for prep in token_children(verb):
                if prep.dep_ != "prep" or prep.i != last.i + 1 or prep.lower_ not in {"in", "on"}:
                    continue
                pobj = next((c for c in token_children(prep) if c.dep_ == "pobj"), None)
                if pobj is None or pobj.lemma_.lower() not in media:
                    continue
                end = max(
                    (
                        t
                        for t in doc[pobj.i : pobj.right_edge.i + 1]
                        if t.i == pobj.i or t.head.i == pobj.i and t.dep_ == "compound"
                    ),
                    key=lambda t: t.i,
                )
                if not content.start <= end.idx < content.end:
                    last = end
        if content.start <= first.idx < content.end:
            first = verb
        return first, last

    def _before_next_report(self, comp: Token, end: int, quotes: list[tuple[int, int]]) -> int:
        """The last token of a complement clause that stops before a second, contrasting
        attribution inside it ("The army said 12 died *while local officials said* 30"):
        a reporting verb with a noun subject of its own, after "while", "but", "whereas",
        "although", outside any quotation. A pronoun subject ("..., though she noted") or
        a causal clause ("because he doubted") is still the first speaker's content."""
        doc = comp.doc
        for tok in doc[comp.i + 1 : end + 1]:
            if (
                tok.dep_ not in {"advcl", "conj", "parataxis"}
                or tok.pos_ != "VERB"
                or tok.lemma_.lower() not in self.cues["verbs"]
                or tok.left_edge.i <= comp.i
            ):
                continue
            subj = next((c for c in token_children(tok) if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ == "PRON" or quote_at(quotes, tok.idx, tok.idx + 1):
                continue
            first = tok.left_edge
            before = doc[first.i - 1] if first.i > 0 else first
            if before.is_punct and first.i > 1:
                before = doc[first.i - 2]
            if first.lower_ in _CONTRAST or before.lower_ in _CONTRAST:
                return first.i - 1 if first.lower_ in _CONTRAST else before.i - 1
        return end

    @staticmethod
    def _sentence_before(comp: Token, verb: Token, subj: Token, text: str) -> Span | None:
        """A post-posed reporting clause at the end of its sentence ("A, but B, another
        source said."): the speaker's content is all of the sentence before it, not only
        the clause the parser made the complement (B), to the reporting clause. None
        when the reporting clause does not end the sentence."""
        doc = verb.doc
        sent = sentence_of(verb)
        clause_start = min(verb.i, subj.left_edge.i)
        if clause_start <= comp.right_edge.i:
            return None
        last = clause_start - 1  # to the reporting clause (the parser may hang "but B" on it)
        while last > comp.i and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        tail = [t for t in doc[verb.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
        if any(t.head.i != verb.i and not any(a.i == verb.i for a in t.ancestors) for t in tail):
            return None
        lo, _ = sentence_bounds(text, sent.start_char, sent.end_char, verb.idx)
        first = next(
            (
                t
                for t in doc[sent.start : comp.left_edge.i + 1]
                if t.idx >= lo and not (t.is_space or t.is_punct and t.text not in {"“", '"', "''"})
            ),
            None,
        )
        if first is None or (first.i >= comp.left_edge.i and last == comp.right_edge.i):
            return None
        return _tokens_span(doc, first.i, last, text)

    def _quote_next_to(
        self, verb: Token, subj: Token, quotes: list[tuple[int, int]], text: str
    ) -> Span | None:
        """A quotation right after the cue ("said: “...”") or right before the reporting
        clause ("“...,” he said")."""
        clause_start = min(verb.idx, subj.left_edge.idx)
        clause_end = verb.idx + len(verb.text)
        for a, b in quotes:
            if a >= clause_end and not text[clause_end:a].strip(" ,:\n"):
                return Span(a, b, text[a:b])
            if b <= clause_start and not text[b:clause_start].strip(" ,\n"):
                return Span(a, b, text[a:b])
            if a > clause_end + 3:
                break
        return None

    def _from_noun(
        self, noun: Token, result: Extraction, quotes: list[tuple[int, int]]
    ) -> Claim | None:
        """ "Trump's claim that X", "the warning by officials that X", and an attitude noun
        with its object ("the governor's criticism of the plan": cue "criticism of").
        The speaker is the noun's owner ("Trump's", "by officials"), else the subject of a
        light verb that takes the noun ("The senator *raised questions about* X": cue from
        the verb, ``light_verbs`` in cues.yaml), else nobody: "Claims of fraud spread",
        "growing concerns that X" are attributions without a source (as in PolNeAR)."""
        clause = next(
            (
                c
                for c in token_children(noun)
                if c.dep_ in {"acl", "ccomp"}
                and c.i > noun.i
                and any(g.lower_ == "that" and g.dep_ == "mark" for g in token_children(c))
            ),
            None,
        )
        lemma = noun.lemma_.lower()
        found = None
        if clause is None:
            # "the governor's criticism of the plan": the owner's attitude to the object
            found = _prep_object(noun, self.cues["prep_nouns"].get(lemma, set()))
            if found is None:
                return None
        owner = next((c for c in token_children(noun) if c.dep_ == "poss"), None)
        if owner is None:
            agent = next(
                (c for c in token_children(noun) if c.dep_ == "prep" and c.lower_ == "by"), None
            )
            owner = (
                next((c for c in token_children(agent) if c.dep_ == "pobj"), None)
                if agent
                else None
            )
        first = noun
        if (
            owner is None
            and noun.dep_ == "dobj"
            and noun.head.pos_ == "VERB"
            and noun.head.lemma_.lower() in self.cues["light_verbs"]
        ):
            light = noun.head
            subj = self._subject(light)
            if subj is not None and subj.lower_ not in self.cues["non_speakers"]:
                owner, first = subj, light
        if owner is not None and not self.speakers.can_speak(owner, result, strict=True):
            return None
        if owner is None and clause is None and lemma not in self.cues["unowned_nouns"]:
            return None  # "Support for the bill rose": a figure, not anybody's stance
        text = result.text
        arg = clause if found is None else found[1]
        content = _tokens_span(noun.doc, arg.left_edge.i, arg.right_edge.i, text)
        content = _grow_to_quote(content, quotes, noun, text)
        sent = sentence_of(noun)
        bounds = sentence_bounds(text, sent.start_char, sent.end_char, noun.idx)
        clamped = clamp(content, bounds, quotes, text)
        if clamped is None or clamped.start <= noun.idx:
            return None
        content = clamped
        if len(text[content.start : content.end].split()) < MIN_CONTENT_TOKENS:
            return None
        last = noun if found is None else found[0]
        stop = last.idx + len(last.text)
        cue = Span(first.idx, stop, text[first.idx : stop])
        if owner is None:
            return self._claim(noun.doc, None, cue, content, noun, result, "reported")
        speaker = _speaker_span(owner, text)
        if speaker.text.endswith("'s") or speaker.text.endswith("’s"):
            speaker = Span(speaker.start, speaker.end - 2, speaker.text[:-2])
        return self._claim(noun.doc, speaker, cue, content, owner, result, "reported")

    def _from_adjective(
        self, adj: Token, result: Extraction, quotes: list[tuple[int, int]]
    ) -> Claim | None:
        """An attitude after a copula: "X is critical of Y", "X weren't concerned about Y"
        (``prepositional_content.adjectives``), "X are confident that Y", "X were
        frustrated that Y" (the parser makes it a passive; ``clause_adjectives`` take only
        the clause): the speaker is the copula's subject (person-like only), the cue runs
        from the copula to the preposition (or the adjective), the content is the
        preposition's object or the "that" clause."""
        if adj.dep_ == "acomp":
            cop = adj.head
            subj = next((c for c in token_children(cop) if c.dep_ == "nsubj"), None)
        else:  # "were frustrated": a passive participle
            cop = next((c for c in token_children(adj) if c.dep_ == "auxpass"), adj)
            subj = next((c for c in token_children(adj) if c.dep_ == "nsubjpass"), None)
        if cop.i == adj.i or cop.lemma_.lower() not in _COPULAS:
            return None
        if subj is None or subj.lower_ in self.cues["non_speakers"]:
            return None
        if subj.lower_ in FIRST_SECOND_PERSON:
            return None
        if not self.speakers.can_speak(subj, result, strict=True):
            return None
        found = _prep_object(adj, self.cues["prep_adjectives"].get(adj.lower_, set()))
        clause = next(
            (
                c
                for c in token_children(adj)
                if c.dep_ == "ccomp"
                and c.i > adj.i
                and any(g.lower_ == "that" and g.dep_ == "mark" for g in token_children(c))
            ),
            None,
        )
        if found is not None:
            last, obj = found
        elif clause is not None:
            last, obj = adj, clause
        else:
            return None
        text = result.text
        content = _tokens_span(adj.doc, obj.left_edge.i, obj.right_edge.i, text)
        content = _grow_to_quote(content, quotes, adj, text)
        sent = sentence_of(adj)
        clamped = clamp(
            content, sentence_bounds(text, sent.start_char, sent.end_char, adj.idx), quotes, text
        )
        if clamped is None or clamped.start <= adj.idx:
            return None
        first = cop if cop.i < adj.i else adj
        cue = Span(
            first.idx, last.idx + len(last.text), text[first.idx : last.idx + len(last.text)]
        )
        speaker = _speaker_span(subj, text)
        return self._claim(adj.doc, speaker, cue, clamped, subj, result, "reported")

    def _from_phrase(self, sent: SpacySpan, result: Extraction) -> list[Claim]:
        out = []
        low = result.text[sent.start_char : sent.end_char].lower()  # = sent.text, no rebuild
        for phrase in self.cues["phrases"]:
            at = low.find(phrase)
            if at == -1:
                continue
            start = sent.start_char + at
            cue_end = start + len(phrase)
            cue_tokens = [t for t in span_tokens(sent) if start <= t.idx < cue_end]
            if not cue_tokens:
                continue
            last = cue_tokens[-1]
            obj = next((c for c in token_children(last) if c.dep_ == "pobj"), None)
            if obj is None:
                # misparsed ("according to show insiders"): the noun phrase after the cue
                words = []
                for t in sent.doc[last.i + 1 : sent.end]:
                    if t.is_punct or t.pos_ in {"VERB", "AUX", "ADP", "SCONJ", "CCONJ"}:
                        break
                    words.append(t)
                noun = next((t for t in reversed(words) if t.pos_ in {"NOUN", "PROPN"}), None)
                if noun is None or not self.speakers.can_speak(noun, result, strict=True):
                    continue
                obj = noun
                speaker = _tokens_span(sent.doc, words[0].i, words[-1].i, result.text)
                pp = (min(t.i for t in cue_tokens), words[-1].i)
            else:
                speaker = _speaker_span(obj, result.text)
                # to the speaker phrase's end, not over a misattached apposition ("According
                # to X, the move reeks of ...": the parser hangs the clause on X)
                end = max(t.i for t in span_tokens(sent) if t.idx < speaker.end)
                pp = (min(t.i for t in cue_tokens), max(end, last.i))
            content_tokens = [
                t for t in span_tokens(sent) if not (pp[0] <= t.i <= pp[1]) and not t.is_punct
            ]
            if len(content_tokens) < MIN_CONTENT_TOKENS:
                continue
            # the content is on one side of the phrase: the longer side
            before = [t for t in content_tokens if t.i < pp[0]]
            after = [t for t in content_tokens if t.i > pp[1]]
            side = before if len(before) >= len(after) else after
            content = _tokens_span(sent.doc, side[0].i, side[-1].i, result.text)
            bounds = sentence_bounds(result.text, sent.start_char, sent.end_char, start)
            clamped = clamp(content, bounds, [], result.text)
            if clamped is None:
                continue
            content = clamped
            cue = Span(start, cue_end, result.text[start:cue_end])
            out.append(self._claim(sent.doc, speaker, cue, content, obj, result, "according_to"))
        return out

    def _claim(
        self,
        doc: Doc,
        speaker: Span | None,
        cue: Span,
        content: Span,
        head: Token,
        result: Extraction,
        kind: str,
    ) -> Claim:
        if speaker is None:  # a source-less attribution ("growing concerns that X")
            entity, speaker_kind = None, "unspecified"
        else:
            entity, speaker_kind = self.speakers.resolve(head, result)
        start = self.furniture.dateline_end(result.text, content.start)
        if content.start < start < content.end:  # "CARACAS (AP) — Ten died, police said"
            content = Span(start, content.end, result.text[start : content.end])
        hedges = self._speaker_hedges(doc, speaker, content, result.text) if speaker else []
        hedges += self._hedges(doc, content, result.text)
        claim = Claim(
            content=content,
            speaker=speaker,
            speaker_entity=entity.id if entity else None,
            speaker_kind=speaker_kind,
            cue=cue,
            hedges=[h.cue for h in hedges],
            attributed=True,
            confidence=0.7 if entity is not None else 0.5,
        )
        claim.extra.update(_hedge_extra(hedges))
        claim.extra["attribution"] = kind
        if speaker is not None:
            self._heads[id(claim)] = head
            phrase = _speaker_phrase(head, speaker, cue, content, result.text)
            if phrase is not None:
                claim.extra["speaker_phrase"] = phrase.to_dict()
        return claim

    def _author_hedges(self, doc: Doc, claim: Claim, text: str) -> None:
        """Hedges of the reporting sentence outside the speaker's words and the speaker
        phrase ("The mayor *reportedly* said ...", "..., which *may* ease shortages") are
        the author's: listed as ``extra["author_hedges"]``, never as the speaker's."""
        cue = claim.cue
        if cue is None:
            return
        sent = doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if sent is None:
            return
        lo, hi = sentence_bounds(
            text, sentence_of(sent).start_char, sentence_of(sent).end_char, cue.start
        )
        taken = [(claim.content.start, claim.content.end), (cue.start, cue.end)]
        for part in claim.extra.get("content_parts") or []:
            taken.append((part["start"], part["end"]))
        if claim.speaker is not None:
            taken.append((claim.speaker.start, claim.speaker.end))
        author = [
            h
            for h in self.hedges.find(doc, lo, hi, text)
            if not any(a <= h.cue.start < b for a, b in taken)
        ]
        if author:
            claim.extra["author_hedges"] = [h.to_dict() for h in author]

    # -- unattributed --------------------------------------------------------------------
    def _asserts(self, sent: SpacySpan, text: str, counts: tuple[np.ndarray, np.ndarray]) -> bool:
        """Whether a sentence can be the article's own assertion: four words or more, a
        verb, and no publication boilerplate ("Reuter &#3;", "with additional reporting by
        ...", copyright lines; ``boilerplate`` in cues.yaml). ``text`` and ``counts``
        (:func:`_token_counts`) are the document's: no walk over the sentence's tokens."""
        alpha, verbs = counts
        if alpha[sent.end] - alpha[sent.start] < 4 or verbs[sent.end] == verbs[sent.start]:
            return False
        return not boilerplate_in(self.cues, text[sent.start_char : sent.end_char])

    def _unattributed(
        self, sent: SpacySpan, text: str, score: float, furniture: list[tuple[int, int]]
    ) -> Claim | None:
        start, end = outside(furniture, sent.start_char, sent.end_char, text)
        start = self.furniture.dateline_end(text, start)
        toks = [t for t in span_tokens(sent) if not t.is_space and start <= t.idx < end]
        if sum(1 for t in toks if t.is_alpha) < 4:
            return None
        toks = _without_sign_off(toks, text, self.cues["sign_offs"])
        while len(toks) > 1 and toks[-1].is_punct:
            toks.pop()
        content = Span(toks[0].idx, toks[-1].idx + len(toks[-1].text), "")
        content.text = text[content.start : content.end]
        hedges = self._hedges(sent.doc, content, text)
        claim = Claim(
            content=content,
            hedges=[h.cue for h in hedges],
            check_worthiness=score,
            attributed=False,
            speaker_kind="unattributed",
            confidence=0.5,
        )
        claim.extra.update(_hedge_extra(hedges))
        claim.extra["attribution"] = "article_voice"
        claim.extra["check_worthy"] = True
        return claim

    def _hedges(self, doc: Doc, content: Span, text: str) -> list[Hedge]:
        return self.hedges.find(doc, content.start, content.end, text)

    def _speaker_hedges(self, doc: Doc, speaker: Span, content: Span, text: str) -> list[Hedge]:
        """Hedges in the speaker phrase ("*Unconfirmed* reports said ..."): they weaken the
        whole claim, so their scope is the content."""
        span = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None:
            return []
        words = self.cues["speaker_hedges"]
        return [
            Hedge(
                Span(t.idx, t.idx + len(t.text), t.text),
                "evidential",
                Span(content.start, content.end, content.text),
            )
            for t in span_tokens(span)
            if t.lower_ in words or t.lemma_.lower() in words
        ]


def _paragraph_pieces(sent: SpacySpan, text: str | None = None) -> list[SpacySpan]:
    """A "sentence" that runs over a blank line (a headline or byline glued to the first
    sentence by the parser) is scored as its separate paragraphs. ``text``: the document's
    text, when at hand (a sentence with fewer than two line breaks is one piece)."""
    if text is not None and text.count("\n", sent.start_char, sent.end_char) < 2:
        # no token can hold a blank line: the whole sentence, unless it is all space
        whole = sent.doc[sent.start : sent.end]
        return [whole] if any(not t.is_space for t in span_tokens(sent)) else []
    # the shared token table: iterating a Span makes a new Token per word (speed45)
    out, start = [], sent.start
    for tok in span_tokens(sent):
        if tok.is_space and "\n\n" in tok.text or tok.text.count("\n") >= 2:
            if tok.i > start:
                out.append(sent.doc[start : tok.i])
            start = tok.i + 1
    if start < sent.end:
        out.append(sent.doc[start : sent.end])
    return [p for p in out if any(not t.is_space for t in span_tokens(p))]


_POST_TAGS = ("VBD", "VBZ", "VBP", "VBN")  # the tags :meth:`_post_posed` takes a verb with
_POST_TAG_IDS = tuple(np.uint64(get_string_id(t)) for t in _POST_TAGS)  # as TAG holds them


def _comma_and_report_verbs(doc: Doc, verbs: Any) -> tuple[list[int], list[int]]:
    """RETURNS the positions in ``doc`` of the commas (the text ",") and of the words
    :meth:`ClaimExtractor._post_posed` may read as its verb (a tag of ``_POST_TAGS``, a
    lemma whose lower case is in ``verbs``), each in order."""
    arr = doc.to_array([ORTH, TAG, LEMMA]).astype(np.uint64)
    strings = doc.vocab.strings
    commas = np.flatnonzero(arr[:, 0] == get_string_id(",")).tolist()
    tag = arr[:, 1]
    hit = tag == _POST_TAG_IDS[0]
    for value in _POST_TAG_IDS[1:]:  # a few ids: one comparison each, not np.isin's sort
        hit |= tag == value
    tagged = np.flatnonzero(hit).tolist()
    lemmas = arr[:, 2].tolist()
    listed: dict[int, bool] = {}
    out = []
    for i in tagged:
        ok = listed.get(lemmas[i])
        if ok is None:
            ok = listed[lemmas[i]] = strings[lemmas[i]].lower() in verbs
        if ok:
            out.append(i)
    return commas, out


def _token_counts(doc: Doc) -> tuple[np.ndarray, np.ndarray]:
    """Running counts over ``doc``'s tokens of alphabetic words and of verbs (VERB, AUX):
    a span's count is ``c[span.end] - c[span.start]``."""
    arr = doc.to_array([IS_ALPHA, POS]).reshape(-1, 2).astype(np.int64)
    alpha = np.concatenate(([0], np.cumsum(arr[:, 0] != 0)))
    verbs = np.concatenate(([0], np.cumsum(np.isin(arr[:, 1], (VERB, AUX)))))
    return alpha, verbs


def _hedge_extra(hedges: list[Hedge]) -> dict[str, Any]:
    return {"hedged": bool(hedges), "hedge_scopes": [h.to_dict() for h in hedges]}


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per (cue, content); two cues on the same quotation keep the first."""
    seen: set[tuple[int, int]] = set()
    cues: set[tuple[int, int]] = set()
    out = []
    for c in claims:
        key = (c.content.start, c.content.end)
        cue = (c.cue.start, c.cue.end) if c.cue else (-1, -1)
        if key in seen or cue in cues:
            continue
        seen.add(key)
        cues.add(cue)
        out.append(c)
    return out


def _grow_to_quote(content: Span, quotes: list[tuple[int, int]], cue: Token, text: str) -> Span:
    """A content that overlaps a quotation (not containing the cue) covers all of it."""
    q = quote_at(quotes, content.start, content.end)
    if q is None or q[0] <= cue.idx < q[1]:
        return content
    start, end = min(content.start, q[0]), max(content.end, q[1])
    return Span(start, end, text[start:end])


_OBJECT_PREPS = {"as", "for", "to", "about", "of", "with"}
_ATTITUDE_PREPS = {"about", "of", "for", "on", "against", "over"}
_COPULAS = {"be", "seem", "appear", "remain", "become", "sound", "grow", "get", "feel"}


_QUANTIFIERS = {
    "many",
    "some",
    "most",
    "several",
    "few",
    "others",
    "all",
    "both",
    "half",
    "majority",
    "one",
    "none",
    "each",
    "either",
    "neither",
    "plenty",
}
_GENERIC = {"many", "some", "most", "others"}  # "Some believe ...": people in general


def _quantified(subj: Token) -> Token | None:
    """The noun that a quantifier subject counts ("*Many* of the farmers": farmers), the
    subject itself when it is no quantifier, None for a bare generic one ("Some believe
    ..."), which speaks for unnamed people."""
    if subj.lower_ not in _QUANTIFIERS:
        return subj
    of = next((c for c in token_children(subj) if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in token_children(of) if c.dep_ == "pobj"), None) if of else None
    if pobj is not None:
        return pobj
    return None if subj.lower_ in _GENERIC and subj.pos_ in {"PRON", "ADJ", "NOUN"} else subj


def _prep_object(head: Token, preps: set[str]) -> tuple[Token, Token] | None:
    """The first preposition after ``head`` among ``preps`` with an object (a noun
    phrase or a clause: "of lying"); RETURNS (preposition, object) or None."""
    # the small parser often hangs it on the verb's object: "accused [the mayor of] lying"
    objects = [c for c in token_children(head) if c.dep_ == "dobj"] if head.pos_ == "VERB" else []
    for owner in (head, *objects):
        for prep in token_children(owner):
            if prep.dep_ != "prep" or prep.i < head.i or prep.lower_ not in preps:
                continue
            obj = next((c for c in token_children(prep) if c.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None:
                return prep, obj
    return None


def _subtree_span(token: Token, text: str, stop_at_appos: bool = False) -> Span:
    """The character span of a token's subtree (optionally without its apposition)."""
    left, right = token.left_edge, token.right_edge
    if stop_at_appos:
        cut = [
            c
            for c in token_children(token)
            if c.dep_ in {"appos", "punct", "relcl", "acl"} and c.i > token.i
        ]
        if cut:
            right = token.doc[min(c.left_edge.i for c in cut) - 1]
    doc = token.doc
    while right.i > left.i and right.is_punct:
        right = doc[right.i - 1]
    start, end = left.idx, right.idx + len(right.text)
    return Span(start, end, text[start:end])


_CONTINUES = re.compile(r"\s*,\s*(?:(?:but|and)\s+)?")
_CONTRAST = {"while", "whereas", "but", "although", "though", "yet"}
_SINGULAR_DETS = {"a", "an", "another", "each", "every", "this", "that"}
_QUANTITY_WORDS = {
    "few",
    "lot",
    "dozen",
    "couple",
    "handful",
    "number",
    "hundred",
    "thousand",
    "million",
    "host",
    "group",
    "series",
    "pair",
    "trio",
}
_PLACE_PREPS = {"in", "from", "of", "at"}
_PLACE_ENTS = {"GPE", "LOC", "FAC"}


def _speaker_span(head: Token, text: str, last: Token | None = None) -> Span:
    """The speaker phrase: the head's subtree without apposition or relative clause (to
    ``last`` when given), and without a singular determiner that cannot be the plural
    head's own ("a campaign officials say is aimed at": the speakers are "officials")."""
    span = _subtree_span(head, text, stop_at_appos=True)
    if last is not None:
        span = Span(
            span.start, last.idx + len(last.text), text[span.start : last.idx + len(last.text)]
        )
    left = head.left_edge
    if (
        head.tag_ in {"NNS", "NNPS"}
        and left.dep_ == "det"
        and left.head.i == head.i
        and left.lower_ in _SINGULAR_DETS
    ):
        between = head.doc[left.i + 1 : head.i]
        if not any(t.lower_ in _QUANTITY_WORDS or t.like_num for t in between):
            noun = next((t for t in between if t.tag_ in {"NN", "NNP"}), None)
            first = head.doc[noun.i + 1 if noun is not None else left.i + 1]
            span = Span(first.idx, span.end, text[first.idx : span.end])
    return span


def _speaker_phrase(head: Token, speaker: Span, cue: Span, content: Span, text: str) -> Span | None:
    """The whole noun phrase of the speaker when it says more than :attr:`Claim.speaker`
    (its apposition or relative clause: "Ana Ruiz, *a hydrologist at the institute*,";
    "Tom Hale, *who runs the port*,"), as PolNeAR marks sources; None when it is the
    same or would run into the cue or the content."""
    full = _subtree_span(head, text)
    if full.start > speaker.start or full.end <= speaker.end:
        return None
    for a, b in ((cue.start, cue.end), (content.start, content.end)):
        if a < full.end and speaker.end < b:
            return None
    return Span(speaker.start, full.end, text[speaker.start : full.end])


def _place_subject(subj: Token) -> Token | None:
    """ "Police in Aurora, Colorado said": the parser makes the state the subject; RETURNS
    the noun the place qualifies (the police), or None when the subject is no such place."""
    doc = subj.doc
    left = subj.left_edge.i
    if subj.ent_type_ not in _PLACE_ENTS or left < 3 or doc[left - 1].text != ",":
        return None
    tok = doc[left - 2]
    if tok.ent_type_ not in _PLACE_ENTS:
        return None
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in _PLACE_PREPS:
            noun = tok.head.head
            if noun.pos_ in {"NOUN", "PROPN"} and noun.ent_type_ not in _PLACE_ENTS:
                return noun if sentence_of(noun).start == sentence_of(subj).start else None
            tok = noun  # "police in a suburb of Denver, Colorado"
        elif tok.dep_ in {"compound", "appos", "conj"} and tok.head.i < subj.i:
            tok = tok.head
        else:
            return None
    return None


def _speaker_place(head: Token, text: str, last: Token | None = None) -> Span | None:
    """The place that qualifies a speaker ("police *in Aurora, Colorado*"), when there is
    one: the object of its "in/from/of/at" (to ``last`` when given)."""
    for prep in token_children(head):
        if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS or prep.i < head.i:
            continue
        pobj = next((c for c in token_children(prep) if c.dep_ == "pobj"), None)
        if pobj is None or pobj.ent_type_ not in _PLACE_ENTS:
            continue
        end = last if last is not None else pobj.right_edge
        while end.i > pobj.i and end.is_punct:
            end = end.doc[end.i - 1]
        start = pobj.left_edge.idx
        stop = end.idx + len(end.text)
        return Span(start, stop, text[start:stop])
    return None


def _clause_end(comp: Token, verb: Token) -> int:
    """Last token of a complement clause: its subtree, stretched over a parse that stops
    early ("warns that X, Y, may Z." — the small model often attaches Z to the verb), but
    not over a trailing participle, relative or coordinated clause of the reporting verb
    (", arguing that ...", "and says ...")."""
    end = comp.right_edge.i
    sent_end = sentence_of(verb).end - 1
    for tok in verb.doc[end + 1 : sent_end + 1]:
        if tok.head.i == verb.i and tok.dep_ in {"advcl", "conj", "cc", "parataxis", "npadvmod"}:
            break
        if tok.dep_ in {"relcl", "advcl", "conj"} and tok.head.i <= end and tok.head.i != verb.i:
            break
        if not tok.is_punct and tok.head.i == verb.i and tok.dep_ not in {"dep", "ccomp"}:
            break
        end = tok.i if not tok.is_punct else end
    return end


def _tokens_span(doc: Doc, first: int, last: int, text: str) -> Span:
    """Characters from token ``first`` to token ``last``, edge punctuation dropped
    (a closing quotation mark is kept when its opening mark is inside)."""
    while last > first and (
        doc[last].is_space or doc[last].is_punct and doc[last].text not in {"”", '"', "''"}
    ):
        last -= 1
    while first < last and (
        doc[first].is_space or doc[first].is_punct and doc[first].text not in {"“", '"', "''"}
    ):
        first += 1
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    return Span(start, end, text[start:end])


SENTENCE_END = (".", "!", "?", '"', "\u201d")


def _without_sign_off(toks: list[Token], text: str, sign_offs: re.Pattern[str]) -> list[Token]:
    """The tokens without a sign-off glued to the sentence ("... Brothers Inc.\n Reuter\n
    &#3;"): trailing lines of fewer than three words in all, after a line that ends a
    sentence or when they start with an agency sign-off (``sign_offs`` in cues.yaml). A
    wrapped sentence's short last line ("... earlier\nthis month.") stays."""
    cut = len(toks)
    words = 0
    end = toks[-1].idx + len(toks[-1].text)
    for i in range(len(toks) - 1, 0, -1):
        words += toks[i].is_alpha
        if words >= 3:
            break
        between = text[toks[i - 1].idx + len(toks[i - 1].text) : toks[i].idx]
        if "\n" in between and (
            toks[i - 1].text.endswith(SENTENCE_END) or sign_offs.match(text[toks[i].idx : end])
        ):
            cut = i
    return toks[:cut]
