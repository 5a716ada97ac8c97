"""Event extraction: who did what to whom, coded with CAMEO, Goldstein and PLOVER.

For every verb and event noun the lexicon (:mod:`.lexicon`) knows, the extractor reads
the dependency parse for the source (subject, passive agent, possessor) and the target
(object, passive subject, prepositional object), maps them to the document's entities,
and marks modality from the cue lists: negated, hypothetical, future, alleged, and
``attributed_to`` when the event sits inside someone's reported speech.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from watchfloor.extract.base import Extraction
from watchfloor.extract.lexicon import EventLexicon, VerbEntry, default_lexicon
from watchfloor.model import Entity, Event, Span

SUBJECT_DEPS = {"nsubj", "csubj"}
OBJECT_DEPS = {"dobj", "dative", "attr", "oprd"}
TARGET_PREPS = {"against", "on", "at", "to", "toward", "towards", "into", "upon", "with", "of"}
REPORTING_LEMMAS = {
    "say",
    "tell",
    "warn",
    "claim",
    "believe",
    "argue",
    "add",
    "state",
    "report",
    "allege",
    "emphasize",
    "insist",
    "note",
    "accuse",
    "announce",
    "suggest",
    "fear",
    "think",
}


class EventExtractor:
    name = "events"

    def __init__(self, lexicon: EventLexicon | None = None) -> None:
        self.lex = lexicon or default_lexicon()

    def __call__(self, doc: Doc, result: Extraction) -> None:
        matched: dict[int, tuple[Token, VerbEntry]] = {}
        for token in doc:
            if token.pos_ in {"VERB", "NOUN"}:
                entry = self._match(token)
                if entry is not None:
                    matched[token.i] = (token, entry)
        for token, entry in matched.values():
            if (token.pos_ == "NOUN" and token.head.i in matched and token.head.i != token.i
                    and token.dep_ in {"dobj", "pobj", "attr", "nsubjpass", "conj"}):
                continue  # "demanding his resignation": the noun is what is demanded
            code = self._refine(entry, token)
            info = self.lex.describe(code) if code else None
            if info is None:
                continue
            event = self._build(doc, token, entry, info, result)
            if event is not None and (event.source or event.target):
                # like GDELT and PETRARCH, an event needs at least one actor
                result.events.append(event)

    # -- lexicon matching ----------------------------------------------------------------
    def _match(self, token: Token) -> VerbEntry | None:
        candidates = self.lex.entries(token.lemma_, token.pos_)
        if not candidates and token.pos_ == "NOUN":
            candidates = self.lex.entries(token.lower_, "NOUN")
        best = None
        for entry in candidates:
            if entry.particles:
                following = [c.lower_ for c in token.children if c.i > token.i]
                if not all(p in following for p in entry.particles):
                    continue
                return entry  # a phrasal match beats the bare lemma
            if best is None:
                best = entry
        if best is not None and best.skip_without_context:
            context = {t.lemma_.lower() for t in token.sent}
            if not context.intersection(best.context_any):
                return None
        return best

    def _refine(self, entry: VerbEntry, token: Token) -> str | None:
        objects = [c for c in token.children if c.dep_ in OBJECT_DEPS | {"nsubjpass"}]
        pobjs = [
            (p.lower_, o)
            for p in token.children
            if p.dep_ in {"prep", "agent"}
            for o in p.children
            if o.dep_ == "pobj"
        ]
        sentence = token.sent.text.lower()
        for pattern in entry.patterns:
            if not isinstance(pattern, dict) or not pattern.get("code"):
                continue
            if "obj_any" in pattern and not _phrase_in(objects, pattern["obj_any"]):
                continue
            if "prep_obj_any" in pattern and not _phrase_in(
                [o for _, o in pobjs], pattern["prep_obj_any"]
            ):
                continue
            if "context_any" in pattern and not any(
                str(c).lower() in sentence for c in pattern["context_any"]
            ):
                continue
            return str(pattern["code"])
        return entry.code

    # -- arguments ----------------------------------------------------------------------
    def _build(self, doc: Doc, token: Token, entry: VerbEntry, info, result: Extraction):
        if token.pos_ == "VERB":
            src_tok, tgt_tok = _verb_arguments(token)
        else:
            src_tok, tgt_tok = _noun_arguments(token, result)
        source = _entity_for(result, src_tok)
        target = _entity_for(result, tgt_tok)
        if source is not None and target is not None and source.id == target.id:
            target = None
        sent = token.sent
        modality = self._modality(token)
        speaker = _reported_by(token, result)
        confidence = 0.4 + 0.2 * (source is not None) + 0.2 * (target is not None)
        return Event(
            code=info.code,
            root=info.root,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            trigger=Span(token.idx, token.idx + len(token.text), token.text),
            sentence=Span(sent.start_char, sent.end_char, sent.text),
            source=source.id if source else None,
            target=target.id if target else None,
            source_code=source.actor_code if source else None,
            target_code=target.actor_code if target else None,
            negated=modality["negation"],
            hypothetical=modality["hypothetical"],
            alleged=modality["alleged"],
            future=modality["future"],
            attributed_to=speaker,
            confidence=min(confidence, 1.0) * (0.8 if modality["hypothetical"] else 1.0),
            extra={
                "event_name": info.name,
                "plover_event": info.plover_event,
                "plover_mode": info.plover_mode,
                "nominal": token.pos_ == "NOUN",
                "source_span": _arg_span(src_tok) if source else None,
                "target_span": _arg_span(tgt_tok) if target else None,
            },
        )

    def _modality(self, token: Token) -> dict[str, bool]:
        """Look for cues on the trigger, its modifiers and the verbs that govern it."""
        cues = self.lex.modality
        found = dict.fromkeys(cues, False)
        scope = [token, *token.children]
        head = token
        for _ in range(3):  # "threatens to strike", "contemplates direct military action"
            if (
                head.dep_ in {"xcomp", "dobj", "ccomp", "pobj", "prep", "advcl"}
                and head.head != head
            ):
                head = head.head
                scope.extend(
                    [head, *[c for c in head.children if c.dep_ in {"aux", "neg", "advmod"}]]
                )
            else:
                break
        words = {t.lower_ for t in scope} | {t.lemma_.lower() for t in scope if t is not token}
        for kind, cue_words in cues.items():
            if words & {c for c in cue_words if " " not in c}:
                found[kind] = True
        sentence = token.sent.text.lower()
        for kind, cue_words in cues.items():
            for cue in cue_words:
                if " " in cue and cue in sentence:
                    # multi-word cues ("accused of", "according to") count when the cue
                    # comes before the trigger in the same sentence
                    at = sentence.find(cue)
                    if at != -1 and at <= token.idx - token.sent.start_char:
                        found[kind] = True
        if any(c.dep_ == "neg" for c in token.children):
            found["negation"] = True
        return found


def _phrase_in(tokens: list[Token], phrases: list) -> bool:
    texts = " ".join(" ".join(x.lower_ for x in t.subtree) for t in tokens)
    lemmas = " ".join(" ".join(x.lemma_.lower() for x in t.subtree) for t in tokens)
    return any(str(p).lower() in texts or str(p).lower() in lemmas for p in phrases)


def _verb_arguments(verb: Token) -> tuple[Token | None, Token | None]:
    source = target = None
    children = list(verb.children)
    for c in children:
        if c.dep_ in SUBJECT_DEPS:
            source = c
        elif c.dep_ == "nsubjpass":
            target = c
        elif c.dep_ == "agent":
            source = next((o for o in c.children if o.dep_ == "pobj"), source)
    if target is None:
        target = next((c for c in children if c.dep_ in OBJECT_DEPS), None)
    if target is None:
        for p in children:
            if p.dep_ == "prep" and p.lower_ in TARGET_PREPS:
                target = next((o for o in p.children if o.dep_ == "pobj"), None)
                if target is not None:
                    break
    if target is not None and target.dep_ in OBJECT_DEPS:
        # "issued an ultimatum to Maduro": the recipient is the prepositional object
        for p in target.children:
            if p.dep_ == "prep" and p.lower_ in {"to", "against", "on"}:
                target = next((o for o in p.children if o.dep_ == "pobj"), target)
    if source is None:
        source = _inherited_subject(verb)
    return source, target


def _inherited_subject(verb: Token) -> Token | None:
    """Subject of a coordinated or controlled verb: "X vowed to defend", "X struck and sank"."""
    head = verb
    for _ in range(4):
        if head.dep_ not in {"conj", "xcomp", "advcl", "acl", "relcl"} or head.head == head:
            return None
        if head.dep_ in {"acl", "relcl"}:
            return head.head  # "members who terrorized": the modified noun
        head = head.head
        subj = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None:
            return subj
    return None


def _noun_arguments(noun: Token, result: Extraction) -> tuple[Token | None, Token | None]:
    source = target = None
    for c in noun.children:
        if (c.dep_ in {"poss", "compound", "nmod", "amod"} and source is None
                and _entity_for(result, c) is not None):
            source = c  # "U.S. strikes", "Venezuela's rejection"
        elif c.dep_ == "prep":
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is None:
                continue
            if c.lower_ == "by":
                source = obj
            elif c.lower_ in TARGET_PREPS and target is None:
                target = obj
    if noun.dep_ in {"dobj", "attr"}:
        # "Trump issued an ultimatum to Maduro": the governing verb's subject acts and
        # its prepositional object receives
        governor = noun.head
        if source is None:
            source = next((c for c in governor.children if c.dep_ in SUBJECT_DEPS), None)
            source = source or _inherited_subject(governor)
        if target is None:
            for p in governor.children:
                if p.dep_ == "prep" and p.lower_ in {"to", "against", "on"}:
                    target = next((o for o in p.children if o.dep_ == "pobj"), None)
    return source, target


def _entity_for(result: Extraction, token: Token | None) -> Entity | None:
    """The entity named by an argument: its head token first, then the whole phrase."""
    if token is None:
        return None
    ent = result.entity_at(token.idx, token.idx + len(token.text))
    if ent is not None:
        return ent
    left, right = token.left_edge, token.right_edge
    if right.i - left.i > 12:
        return None
    ent = result.entity_at(left.idx, right.idx + len(right.text))
    # a place inside the phrase ("boats in the Caribbean") is where, not who
    return None if ent is not None and ent.type == "location" else ent


def _arg_span(token: Token | None) -> dict | None:
    """The argument phrase up to its head word ("the Croatian government"), as a span."""
    if token is None:
        return None
    left = token.left_edge
    start, end = left.idx, token.idx + len(token.text)
    return {"start": start, "end": end, "text": token.doc.text[start:end]}


def _reported_by(token: Token, result: Extraction) -> str | None:
    """If the trigger sits in a clause governed by a reporting verb, that verb's speaker."""
    head = token
    for _ in range(6):
        if head.head == head:
            return None
        child, head = head, head.head
        if (
            head.pos_ == "VERB"
            and head.lemma_.lower() in REPORTING_LEMMAS
            and child.dep_ in {"ccomp", "xcomp", "dobj", "advcl", "conj"}
        ):
            subj = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
            ent = _entity_for(result, subj)
            return ent.id if ent else None
    return None
