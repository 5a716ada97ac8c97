"""Event extraction: who did what to whom, coded with CAMEO, Goldstein and PLOVER.

For every verb and event noun the lexicon (:mod:`watchfloor.extract.lexicon`) knows, the
extractor reads the source and target from the dependency parse — the trained picker
(:mod:`.argmodel`) first for verbal triggers, the rules (:mod:`.arguments`) otherwise —
and maps them to the document's actors, marks modality (:mod:`.modality`), resolves the
event's date against the publication date (:mod:`.dates`) and attaches the quantities the
sentence reports for it (:mod:`.quantities`). The trained sentence classifier
(:mod:`.classify`) then keeps, recodes or down-weights the proposals of each sentence,
and proposes an event in a sentence left without one where it is sure of a class that a
lexicon word of the sentence has (:mod:`.fallback`), and, last, the trained event filter
(:mod:`.eventfilter`) scores each event P(real event) and drops those below its
threshold (``WATCHFLOOR_EVENT_FILTER=off``: not run).
Coordinated actors give one event per source-target pair, as in PETRARCH, except the
parties of one multi-party meeting (:mod:`.meetings`: one row per pair). A nominal event
with no source in its sentence ("already marked by strikes on drug boats") takes the
source of the event just before it against the same target, flagged ``source_inferred``.
Last, rows with the same trigger, code, actor codes and modality are one event
(:mod:`.repeats`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import product

import numpy as np
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from watchfloor.extract.actors.reading import ROLE_KINDS
from watchfloor.extract.base import Extraction
from watchfloor.extract.doccache import (
    doc_sents,
    doc_tokens,
    listed_tokens,
    sentence_of,
    sentences_before,
    span_text,
    span_tokens,
    token_children,
    word_ids,
)
from watchfloor.extract.events.accounts import pronoun_speaker, voice_code, voiced_account
from watchfloor.extract.events.argmodel import (
    ANTECEDENT_SPANS,
    DETACHED,
    FILL_P,
    GOVERNOR_SPANS,
    OWN_UNCODED_P,
    TARGET_FILL_P,
    UNCODED_P,
    ArgModel,
    Candidate,
    candidates,
    choose,
    governor,
    phrase_of,
)
from watchfloor.extract.events.argmodel import shipped_model as shipped_args
from watchfloor.extract.events.arguments import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    TARGET_PREPS,
    acting_for,
    arg_span,
    arrival_host,
    assisting,
    complement_target,
    course_agent,
    course_host,
    first_conjunct,
    giving_party,
    kindred_codes,
    nationality_owner,
    noun_arguments,
    participation_frames,
    phrase_nouns,
    prep_objects,
    reciprocal,
    role_words,
    stance_victim,
    symmetric_verbs,
    theme_words,
    verb_arguments,
    vetoed_chamber,
    victim_frame,
)
from watchfloor.extract.events.bounds import OWNED_SPANS, owned, tidy
from watchfloor.extract.events.classify import (
    CLASSES,
    QuadModel,
    barred_roots,
    decide,
    proposal_features,
    shipped_model,
)
from watchfloor.extract.events.commercial import CommercialActors
from watchfloor.extract.events.context_words import without_false_friends
from watchfloor.extract.events.dates import event_date
from watchfloor.extract.events.directives import (
    Directives,
    default_directives,
    for_clause_subject,
    lend_sides,
    name_threats,
    near,
    that_clause_subject,
)
from watchfloor.extract.events.documents import DocumentLists, default_documents
from watchfloor.extract.events.eventfilter import EventFilter, token_index
from watchfloor.extract.events.eventfilter import apply as apply_filter
from watchfloor.extract.events.eventfilter import enabled as filter_enabled
from watchfloor.extract.events.eventfilter import shipped_model as shipped_filter
from watchfloor.extract.events.fallback import (
    FALLBACK_P,
    acts_on,
    coded_spans,
    known_words,
    names_coded,
    word_code,
)
from watchfloor.extract.events.linker import SideLinker, shipped_linker
from watchfloor.extract.events.linker import enabled as linker_enabled
from watchfloor.extract.events.meetings import (
    RECIPROCAL_CODES,
    meeting_dyads,
    mutual_parties,
    speaking_party,
    visit_host,
    visit_partner,
)
from watchfloor.extract.events.modality import (
    agreement_term,
    attributing_verb,
    capability,
    ceased,
    claim_speaker,
    habitual,
    joint_roots,
    modality,
    not_refused,
    party_account,
    reported_by,
    scheduled,
    statistic,
    temporal_future,
)
from watchfloor.extract.events.nonacts import nonact
from watchfloor.extract.events.nonevents import no_act
from watchfloor.extract.events.place import event_place, fill_places
from watchfloor.extract.events.quantities import (
    attach_sentence_quantities,
    count_figures_once,
    document_quantities,
    quantities_for,
)
from watchfloor.extract.events.relevance import RelevanceModel, gate
from watchfloor.extract.events.relevance import shipped_model as shipped_relevance
from watchfloor.extract.events.repeats import one_per_dyad
from watchfloor.extract.events.resolver import Actor, ActorResolver
from watchfloor.extract.events.senses import (
    NO_EVENT,
    SenseTable,
    default_senses,
    expectation_verbs,
    expected,
)
from watchfloor.extract.events.statefight import (
    acted_on,
    by_state_means,
    country_only,
    labour_code,
)
from watchfloor.extract.gazetteer import code_blocks
from watchfloor.extract.lexicon import CodeInfo, EventLexicon, VerbEntry, default_lexicon
from watchfloor.model import Event, Span

_TRIGGER_POS = frozenset({"VERB", "NOUN"})  # the parts of speech a trigger word may have
OBJECT_LINKS = {"dobj", "pobj", "attr", "nsubjpass", "conj"}


SHIPPED = "shipped"


class EventExtractor:
    """The dictionary coder, with the trained ``event_class`` model deciding relevance and
    class where the two disagree (``classifier=None``: the rules alone, as proposed)."""

    name = "events"

    def __init__(
        self,
        lexicon: EventLexicon | None = None,
        classifier: QuadModel | str | None = SHIPPED,
        args: ArgModel | str | None = SHIPPED,
        senses: SenseTable | None = None,
        relevance: RelevanceModel | str | None = SHIPPED,
        documents: DocumentLists | None = None,
        event_filter: EventFilter | str | None = SHIPPED,
        linker: SideLinker | str | None = SHIPPED,
    ) -> None:
        self.lex = lexicon or default_lexicon()
        self.senses = senses or default_senses()
        self.documents = documents or default_documents()
        self.classifier = shipped_model() if classifier == SHIPPED else classifier
        self.args = shipped_args() if args == SHIPPED else args
        self.relevance = shipped_relevance() if relevance == SHIPPED else relevance
        # the trained filter of non-events (eventfilter.py): the last step; off with
        # event_filter=None or WATCHFLOOR_EVENT_FILTER=off
        self.event_filter = (
            (shipped_filter() if filter_enabled() else None)
            if event_filter == SHIPPED
            else event_filter
        )
        # the trained side linker (linker.py): fills an empty side with a coded actor of
        # the sentence or the two before; off by default, on with WATCHFLOOR_SIDE_LINKER=on
        self.linker = (
            (shipped_linker() if linker_enabled() else None) if linker == SHIPPED else linker
        )
        self.directives = default_directives()
        self._cands: dict[int, list[Candidate]] = {}  # sentence start -> candidate phrases
        # the words _match can find entries for (a lemma; a noun's lower-case form too), as
        # ids: no Token is made for the document's other verbs and nouns (speed35)
        self._trigger_lemmas: dict[str, frozenset[int] | None] = {
            pos: word_ids(head for head, p in self.lex.verbs if p == pos) for pos in _TRIGGER_POS
        }
        self._trigger_forms = {"NOUN": self._trigger_lemmas["NOUN"]}
        # verbs whose object event is only intended, threatened or promised: both count
        self.framing = {
            c
            for k in ("hypothetical", "future", "negation")
            for c in self.lex.modality[k]
            if " " not in c
        }

    def __call__(self, doc: Doc, result: Extraction) -> None:
        matched: dict[int, tuple[Token, VerbEntry]] = {}
        for token in listed_tokens(doc, self._trigger_lemmas, self._trigger_forms):
            entry = self._match(token)
            if entry is not None:
                matched[token.i] = (token, entry)
        resolver = ActorResolver(result, self.lex.implied_actors)
        self._commerce = CommercialActors(result.entities, text=result.text)
        published = result.meta.get("published")
        refined = {i: self._refine(e, t) for i, (t, e) in matched.items()}
        # a court's order binds: coercion, not a demand (directives.by_court)
        codes: dict[int, str | None] = {
            i: self.directives.ruled(matched[i][0], code) for i, (code, _) in refined.items()
        }
        # how each word's code was found (classify.MATCHES): the model may recode only some
        how = {matched[i][0].idx: kind for i, (_, kind) in refined.items()}
        first = len(result.events)
        ordered: set[int] = set()  # order verbs coded in place of the acts they order
        directed: list[tuple[Token, list[Event]]] = []  # appeals / demands / threats and
        # the acts they ask for or threaten
        threatened: list[tuple[Token, str]] = []  # each directing word, its act's code
        self._cands = {}
        self._figures: dict = {}  # sentence start -> its figures (quantities.Found)
        for token, _entry in matched.values():
            head = token.head
            if (
                token.pos_ == "NOUN"
                and head.i in matched
                and head.i != token.i
                and token.dep_ in OBJECT_LINKS
                and head.lemma_.lower() not in self.framing
            ):
                continue  # "demanding his resignation": the noun is what is demanded
            if _counted(token, self.lex.statistic_verbs):
                continue  # "Mexico registered 2,916 murders": a statistic, not an event
            if habitual(token) or capability(token):
                continue  # "China traditionally opposes": a standing policy, not an act;
                # "missiles could sink a tanker": what a weapon can do
            if statistic(token):
                continue  # "the number of migrants detained increased": a count
            if no_act(token):
                continue  # "no signs of deals", "one person for every 37,000 arrests"

            code = codes[token.i]
            info = self.lex.describe(code) if code else None
            if info is None:
                continue
            governed = (
                head.i in matched
                and head.i != token.i
                and token.dep_ in {"xcomp", "ccomp", "pcomp", "dobj"}
            )
            if (
                governed
                and codes.get(head.i) == code
                and token.pos_ == "VERB"
                and head.lemma_.lower() in self.framing
            ):
                continue  # "vowed to defend ... against aggression": the vow is that threat
            gov = self.directives.governor(token, codes)
            if gov is not None and self.directives.covers(gov, codes):
                # "urged Russia to withdraw": the appeal is the event, not the act; the act
                # is coded only to lend the appeal a side it lacks, then dropped
                before = len(result.events)
                self._emit(doc, token, info, resolver, result, published, governed)
                directed.append((gov, result.events[before:]))
                if near(gov, token):  # the act named picks a threat's sub-code
                    threatened.append((gov, str(code)))
                del result.events[before:]
                continue
            if gov is not None and self.directives.orders(gov, token, codes):
                # "ordered the informant to kill a rival": the order (a demand) is the
                # event, by the orderer to the ordered; one per order verb ("asked the
                # prosecutors to investigate": the request, an appeal)
                demand = self.lex.describe(self.directives.code_of(gov))
                if demand is not None and gov.i not in ordered:
                    ordered.add(gov.i)
                    self._emit(doc, gov, demand, resolver, result, published)
                continue
            before = len(result.events)
            self._emit(doc, token, info, resolver, result, published, governed)
            if self.directives.willed(token):  # "keen to negotiate": the intent (03x)
                result.events[before:] = _intended(result.events[before:], self.lex)
            elif self.directives.wanted(token):  # "wanted a discussion with": 036
                result.events[before:] = _intended(result.events[before:], self.lex, wished=True)
            elif self.directives.conditioned(token):  # "will impose taxes if ...": a threat
                result.events[before:] = _threatened(
                    result.events[before:], self.lex, self.directives
                )
        lend_sides(result.events[first:], directed, self.directives.own_roots)
        name_threats(threatened, result.events[first:], self.lex.describe, self.directives)
        _infer_sources(result.events)
        if isinstance(self.classifier, QuadModel):
            alternatives = self._alternatives(matched)
            # the sentences without a proposal the model may code (:meth:`_model_events`)
            # are scored in the same model call as decide's: one call per document
            coded = {ev.sentence.start for ev in result.events[first:]}
            found = self._fallback_words(doc, result, coded)
            model = SharedCall(self.classifier, [text for _, _, text in found])
            result.events[first:] = decide(
                result.events[first:],
                model,  # type: ignore[arg-type] # probs() alone
                lambda ev: alternatives.get(ev.trigger.start, []),
                lambda ev: how.get(ev.trigger.start, "word"),
            )
            self._model_events(doc, resolver, result, published, first, coded, found, model)
        if isinstance(self.relevance, RelevanceModel):
            result.events[first:] = gate(
                result.events[first:], self.relevance, self._political_side
            )
        result.events[first:] = drop_subsumed(result.events[first:])
        new = result.events[first:]
        if isinstance(self.linker, SideLinker):
            self.linker.link(new, doc, result.entities)
        count_figures_once(new, doc, self.lex.quantity_units, self._figures)
        attach_sentence_quantities(new, doc, self.lex.quantity_units, self._figures)
        result.quantities.extend(
            document_quantities(
                doc,
                {ev.sentence.start for ev in result.events},
                self.lex.quantity_units,
                self._figures,
            )
        )
        fill_places(new, doc, resolver)
        if isinstance(self.event_filter, EventFilter):
            result.events[first:] = apply_filter(
                new, self.event_filter, token_index(doc), doc, text=result.text
            )
        # one row per trigger and dyad: the same codes twice say one thing (repeats.py)
        result.events[first:] = one_per_dyad(result.events[first:])

    def _fallback_words(
        self, doc: Doc, result: Extraction, coded: set[int], only: set[int] | None = None
    ) -> list[tuple[int, list[Token], str]]:
        """RETURNS (start, words, text) of each sentence (of those starting at ``only``,
        default all) not starting at ``coded`` that names a coded actor and has words the
        model's class may code (:mod:`.fallback`: the lexicon's words, nearest the root
        first), in order."""
        actors = coded_spans(result.entities)
        found: list[tuple[int, list[Token], str]] = []
        for sent in doc_sents(doc):  # the same spans on both calls per document
            if (
                sent.start_char in coded
                or (only is not None and sent.start_char not in only)
                or not names_coded(sent, actors)
            ):
                continue  # an event there already, or no coded actor for a side
            words = [
                w
                for w in known_words(sent, self.lex)  # the cheap test first
                if not (
                    not acts_on(w)
                    or self.documents.no_event(w)
                    or self.senses.sense(w) == NO_EVENT
                    or habitual(w)
                    or capability(w)
                    or statistic(w)
                    or no_act(w)
                    or _counted(w, self.lex.statistic_verbs)
                )
            ]
            if words:
                found.append((sent.start_char, words, span_text(sent)))
        return found

    def _model_events(
        self,
        doc: Doc,
        resolver: ActorResolver,
        result: Extraction,
        published: str | None,
        first: int,
        proposed: set[int],
        found: list[tuple[int, list[Token], str]],
        model: SharedCall,
    ) -> None:
        """Code the word nearest the root of each sentence left without an event that has
        a lexicon code of the class 1-4 the sentence model is sure of (:mod:`.fallback`);
        the events are marked ``proposed_by: model``. ``found``: :meth:`_fallback_words`
        of the sentences without a proposal (``proposed``: those with one), scored by
        ``model`` along with decide's; a sentence whose proposals decide dropped is
        read and scored here."""
        assert isinstance(self.classifier, QuadModel)
        coded = {ev.sentence.start for ev in result.events[first:]}
        scores = dict(zip([start for start, _, _ in found], model.rest(), strict=True))
        dropped = self._fallback_words(doc, result, coded, only=proposed - coded)
        if dropped:
            scores.update(
                zip(
                    [start for start, _, _ in dropped],
                    self.classifier.probs(
                        [text for _, _, text in dropped], [proposal_features([])] * len(dropped)
                    ),
                    strict=True,
                )
            )
            found = sorted([*found, *dropped], key=lambda item: item[0])
        if not found:
            return
        before = len(result.events)
        for at, words, _ in found:
            p = scores[at]
            quad = int(p.argmax())
            if quad == 0 or p[quad] < FALLBACK_P:
                continue
            start = len(result.events)
            for word in words:
                if (info := self._model_code(word, quad)) is None:
                    continue
                self._emit(doc, word, info, resolver, result, published)
                if len(result.events) > start:
                    break  # the nearest word that names an actor for a side
            for ev in result.events[start:]:
                ev.extra["evidence"].update(
                    decided_by="model",
                    proposed_by="model",
                    model_class=quad,
                    model_p=round(float(p[quad]), 3),
                )
        if len(result.events) > before:
            result.events[first:] = sorted(result.events[first:], key=lambda ev: ev.sentence.start)

    def _model_code(self, word: Token, quad: int) -> CodeInfo | None:
        """The code of PentaClass ``quad`` the model's event takes on ``word``
        (:func:`~.fallback.word_code`), unless a pattern or sense of the word's own entry
        fits its use and says otherwise ("a report released by": a statement, 010; a
        ``no_event`` sense): then None, or that code when it is of the class."""
        info = word_code(self.lex, word, quad)
        entry = next((e for e in self.lex.entries(word.lemma_, word.pos_) if not e.particles), None)
        if info is None or entry is None:
            return info
        refined, _how = self._refine(entry, word)
        if refined is None:
            return None
        if refined != entry.code:
            found = self.lex.describe(refined)
            return found if found is not None and found.penta_class == quad else None
        return info

    def _political_side(self, ev: Event) -> bool:
        """Whether a side of ``ev`` has a political actor code (not a company's)."""
        return any(
            code and not self._commerce.commercial_code(code)
            for code in (ev.source_code, ev.target_code)
        )

    def _alternatives(
        self, matched: dict[int, tuple[Token, VerbEntry]]
    ) -> dict[int, list[CodeInfo]]:
        """RETURNS, per trigger offset, every code the lexicon gives its word (all its
        entries and their patterns): the codes the model may recode an event to."""
        out: dict[int, list[CodeInfo]] = {}
        for token, _entry in matched.values():
            codes: list[str] = []
            for entry in self.lex.entries(token.lemma_, token.pos_) or self.lex.entries(
                token.lower_, token.pos_
            ):
                codes += entry.model_pattern_codes
                codes += [entry.code] if entry.code else []
            bar = barred_roots(token)  # "accepted aid": never a yielding 08x
            infos = [
                info
                for c in dict.fromkeys(codes)
                if not c.startswith(bar) and (info := self.lex.describe(c))
            ]
            out[token.idx] = infos
        return out

    def _force_by_source(
        self,
        info: CodeInfo,
        source: Actor | None,
        target: Actor | None = None,
        token: Token | None = None,
    ) -> CodeInfo:
        """A killing coded 19x (military force) by who kills: police 175 (but their
        killings of armed criminals or rebels, or in a shootout, keep the verb's code),
        criminals 180; armed forces, rebels and insurgents keep the verb's code; unknown
        killers keep it when the victims are armed or the sentence names armed forces,
        else 180."""
        code = source.code if source else None
        if not code:
            victims = target.code if target and target.code else ""
            armed = set(code_blocks(victims)) & self.lex.force_keep
            text = f" {span_text(sentence_of(token)).lower()} " if token is not None else ""
            military = any(
                f" {w} " in text or f" {w}," in text or f" {w}." in text
                for w in self.lex.force_military
            )
            if (
                info.code == "190"
                and token is not None
                and not armed
                and not military
                and (found := self.lex.describe(self.lex.force_unknown))
            ):
                return found
            return info
        roles = set(code_blocks(code))
        if roles & self.lex.force_keep:
            return info
        if (
            "COP" in roles
            and token is not None
            and (token.lemma_.lower() in self.lex.force_attacks)
        ):
            return info  # a police ambush or offensive: an operation, not repression
        victims = set(code_blocks(target.code if target and target.code else ""))
        if (
            "COP" in roles
            and token is not None
            and (
                victims & self.lex.police_foes
                or (
                    "CVL" not in victims
                    and any(
                        w in span_text(sentence_of(token)).lower() for w in self.lex.fight_words
                    )
                )
            )
        ):
            return info  # police killing gunmen or rebels, in a shootout: fighting (19x)
        for role, new in self.lex.force_roles.items():
            if role in roles and (found := self.lex.describe(new)):
                return found
        return info

    def _fight_by_source(
        self, info: CodeInfo, source: Actor | None, token: Token | None = None
    ) -> CodeInfo:
        """An attack, clash or protest coded by who acts (``argument_roles.yaml``
        ``fight_by_source``, ``complaint_by_source``): 19x by a crowd, workers, farmers or a
        criminal group is a riot (145) or irregular violence (180); an unspecified assault
        (180) by a state's armed forces or a country is military force (190); a
        demonstration (141) by a government, a country or an IGO is an official complaint
        (114). An unknown source keeps the code (``statefight``: a state's weapon or the
        country's modifier of the event noun is the state too; a destruction needs a
        military or infrastructure target)."""
        if source is None or not source.code:
            return info
        roles = set(code_blocks(source.code))
        if info.root == "19" and not roles & self.lex.force_keep:
            for role, new in self.lex.fight_roles.items():
                if role in roles and (found := self.lex.describe(new)):
                    return found
        if self._state_force(info, source, roles, token):
            return self.lex.describe(self.lex.fight_state) or info
        if info.code in self.lex.complaint_codes and (
            roles & self.lex.complaint_roles
            or _country_itself(source)
            or source.code.startswith("IGO")
        ):
            return self.lex.describe(self.lex.complaint) or info
        return info

    def _state_force(
        self, info: CodeInfo, source: Actor, roles: set[str], token: Token | None
    ) -> bool:
        """The act (a ``fight_by_source.state`` code) is a state's use of force."""
        if info.code not in self.lex.fight_state_codes:
            return False
        needed = self.lex.fight_state_objects.get(info.code)
        if needed is not None and (token is None or not acted_on(token) & needed):
            return False
        return bool(
            roles & self.lex.fight_state_roles
            or _country_itself(source)
            or (token is not None and by_state_means(source, token, self.lex.fight_state_means))
        )

    def _pick_arguments(
        self,
        token: Token,
        src: Token | None,
        tgt: Token | None,
        picked: dict[str, Candidate],
        resolver: ActorResolver,
        spans: dict | None = None,
    ) -> tuple[Token | None, Token | None, str]:
        """The trained picker's source and target where it agrees with the rules or finds
        an actor for a side the rules left without one, the rules' otherwise (``picked``
        receives the chosen phrases). ``spans`` receives the scored phrases (``"scored"``,
        for the sides' boundaries: :func:`_side_span`) and, for a side the rules left empty,
        the model's phrase that names no actor when P >= ``FILL_P`` ("*Gunmen* killed two
        police officers": a span without a code). RETURNS source, target and who decided:
        ``model``, ``rules+model`` (same words) or ``rules``."""
        spans = {} if spans is None else spans
        if self.args is None:
            return src, tgt, "rules"
        sent = sentence_of(token)
        cands = self._cands.get(sent.start)
        if cands is None and token.pos_ == "NOUN":
            # an event noun's phrases lie in its own subtree or, as an object, in its
            # verb's: only that part of the sentence is read
            top = token.head if token.dep_ in {"dobj", "attr"} else token
            cands = candidates(token.doc[top.left_edge.i : top.right_edge.i + 1])
        elif cands is None:
            cands = self._cands[sent.start] = candidates(sent)
        scored = spans["scored"] = self.args.scored(token, cands)
        model, sent_cands, by_verb = self.args, cands, {}

        def rescore(verb: Token) -> list:
            # a side's word another verb governs ("Taliban attackers stormed ..., killing
            # five": the source of "killing") is bounded by that verb's phrases
            if verb.i not in by_verb:
                by_verb[verb.i] = model.scored(verb, sent_cands)
            return by_verb[verb.i]

        spans["rescore"] = rescore
        s_c, t_c = choose(scored)
        if s_c is not None and _linker(token, s_c.head):
            s_c = None  # "authorities tied the massacre to a feud": the linker did not act
        if (
            s_c is not None
            and token.pos_ == "VERB"
            and _passive(token)
            and s_c.head.head.lower_ != "by"
        ):
            s_c = None  # "he was extradited to the United States": only a by-agent acts
        who = {"S": "rules", "T": "rules"}
        rules = {"S": src, "T": tgt}
        for role, c in (("S", s_c), ("T", t_c)):
            if c is None:
                continue
            mine = rules[role]
            other = rules["T" if role == "S" else "S"]
            if mine is not None and mine.i == c.head.i:
                who[role], picked[role] = "rules+model", c
            elif other is not None and (
                other.i == c.head.i and resolver.resolve(other) or c.head in other.conjuncts
            ):
                # "backed by X, Y and Z": a conjunct of the rules' other side acts with it,
                # it is not acted on (seeds 3004/3005 judging: co-funders read as target)
                # "members of X were killed in a shootout with police": the rules' source
                # (the confrontation's other side) does not become the target because the
                # rules' own target names no coded actor
                continue
            elif (
                (mine is None or not resolver.resolve(mine))
                and not _placed(c.head, resolver)
                and not stance_victim(token, c.head)
                and resolver.resolve(c.head)
            ):
                # the model fills a side the rules left without an actor; where both name
                # one the rules stay (the model also likes places: "near Cucuta")
                who[role], picked[role] = "model", c
            elif mine is None and _fills(c, other, scored, role, resolver):
                spans[role] = c
        if "S" in picked:
            src = picked["S"].head
            if tgt is not None and tgt.i == src.i and "T" not in picked:
                tgt = None  # the rules' target is the model's source ("was attacked by")
        if "T" in picked:
            tgt = picked["T"].head
            if src is not None and src.i == tgt.i:
                src = None
                picked.pop("S", None)
        decided = set(who.values())
        return (
            src,
            tgt,
            (
                "model"
                if "model" in decided
                else "rules+model"
                if "rules+model" in decided
                else "rules"
            ),
        )

    # -- lexicon matching ----------------------------------------------------------------
    def _match(self, token: Token) -> VerbEntry | None:
        candidates = self.lex.entries(token.lemma_, token.pos_)
        if not candidates and token.pos_ == "NOUN":
            candidates = self.lex.entries(token.lower_, "NOUN")
        best = None
        context: frozenset[str] | None = None
        for entry in candidates:
            if entry.particles:
                following = [c.lower_ for c in token_children(token) if c.i > token.i]
                following += [c.lemma_.lower() for c in token_children(token) if c.i > token.i]
                if not all(p in following for p in entry.particles):
                    continue
                if any(
                    c.dep_ == "prt" and c.lower_ not in entry.particles
                    for c in token_children(token)
                ):
                    continue  # "called off the strike on Sunday" is not "call on": the
                    # verb's own particle makes another phrasal verb
            elif best is not None:
                continue
            if entry.skip_without_context:
                if context is None:
                    context = sentence_lemmas(sentence_of(token))
                if not context.intersection(entry.context_any):
                    continue  # phrasal entries honour their gate too
            if entry.particles:
                return entry  # a phrasal match beats the bare lemma
            best = entry
        return best

    def _code_of(self, token: Token) -> str | None:
        """RETURNS the code the lexicon gives a word (None: no event word)."""
        entry = self._match(token)
        return self._refine(entry, token)[0] if entry is not None else None

    def _refine(self, entry: VerbEntry, token: Token) -> tuple[str | None, str]:
        """RETURNS the word's code (None: no event) and how it was found: ``sense`` (a
        senses.tsv row), ``pattern`` (an entry pattern's object / preposition / context),
        ``phrase`` (a phrasal entry's particles) or ``word`` (the bare entry)."""
        if self.documents.no_event(token):
            return None, "word"  # "the accord calls for", "under the 1984 agreement": a document
        sense = self.senses.sense(token)
        if sense is not None:
            # the word's sense from its own object, particle or complement (senses.tsv)
            return (None if sense == NO_EVENT else sense), "sense"
        # objects, clausal complements and gerunds: "vowed to retaliate", "accused of killing"
        objects = [
            c
            for c in token_children(token)
            if c.dep_ in OBJECT_DEPS | {"nsubjpass", "xcomp", "ccomp"}
        ]
        if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in {"NOUN", "PROPN"}:
            # "the sanctions imposed by the US": a passive participle's noun is its object
            # (as in senses.tsv)
            objects.append(token.head)
            outside = token  # the noun's own words, not the participle's clause
        elif _object_relative(token):
            # "the intelligence they provided": the noun an object relative clause
            # modifies is its verb's object (roots35)
            objects = [o for o in objects if o.tag_ not in RELATIVE_TAGS] + [token.head]
            outside = token
        else:
            outside = None
        pobjs = [
            o
            for p in token_children(token)
            if p.dep_ in {"prep", "agent"}
            for o in token_children(p)
            if o.dep_ in {"pobj", "pcomp"}
        ]
        sentence: str | None = None  # the sentence's text, read only for a pattern that asks for it
        for pattern in entry.patterns:
            if not isinstance(pattern, dict) or not (
                pattern.get("code") or pattern.get("no_event")
            ):
                continue
            if "obj_head_any" in pattern and not {o.lemma_.lower() for o in objects} & {
                str(w).lower() for w in pattern["obj_head_any"]
            }:
                continue
            if "obj_any" in pattern and not _phrase_in(objects, pattern["obj_any"], outside):
                continue
            if "prep_obj_any" in pattern and not _phrase_in(pobjs, pattern["prep_obj_any"]):
                continue
            if "context_any" in pattern:
                sentence = (
                    sentence
                    if sentence is not None
                    else without_false_friends(span_text(sentence_of(token)).lower())
                )
                if not any(str(c).lower() in sentence for c in pattern["context_any"]):
                    continue
            if "context_before_any" in pattern:
                before = _sentences_before(token, BEFORE_SENTENCES)
                if not any(str(c).lower() in before for c in pattern["context_before_any"]):
                    continue
            if pattern.get("no_event"):
                return None, "pattern"  # "charge extortion fees": the verb in another sense
            return str(pattern["code"]), "pattern"
        return entry.code, ("phrase" if entry.particles else "word")

    # -- one trigger → events ---------------------------------------------------------------
    def _emit(
        self,
        doc: Doc,
        token: Token,
        info: CodeInfo,
        resolver: ActorResolver,
        result: Extraction,
        published: str | None,
        governed: bool = False,
    ) -> None:
        picked: dict[str, Candidate] = {}
        spans: dict = {}
        if token.pos_ == "VERB":
            src_tok, tgt_tok = verb_arguments(token)
            src_tok, tgt_tok, arguments = self._pick_arguments(
                token, src_tok, tgt_tok, picked, resolver, spans
            )
        else:
            src_tok, tgt_tok = noun_arguments(
                token,
                resolver,
                self.lex.receiving_verbs,
                self.lex.receiving_preps,
                participation_frames(),
            )
            if src_tok is not None and _linker(token, src_tok):
                src_tok = None  # "authorities tied the massacre to a feud": no side
            if (
                src_tok is None
                and (host := course_host(token)) is not None
                and kindred_codes(self._code_of(host) or "", info.code)
            ):
                # "warplanes killed 150 people in bombing raids": the verb's agent does
                # the act of the same kind it is carried out in (argument_roles.yaml)
                src_tok = course_agent(host)
            if (
                _receiving(token, self.lex.receiving_verbs)
                or token.dep_ in {"compound", "amod", "nmod"}
                or (resolver.resolve(src_tok) and resolver.resolve(tgt_tok))
            ):
                # "faced accusations from X": roles the model cannot see; "extortion fees":
                # a modifier's event is not the governing verb's; both sides named: the
                # picker could only fill an empty side
                arguments = "rules"
            else:
                src_tok, tgt_tok, arguments = self._pick_arguments(
                    token, src_tok, tgt_tok, picked, resolver, spans
                )
        chamber, overrider = vetoed_chamber(token, info.code)
        if overrider is not None and src_tok is not None and src_tok.i == overrider.i:
            # "the Senate voted to override the president's veto": the overrider is the
            # one vetoed, never the veto's source (argument_roles.yaml vetoed_chambers)
            src_tok = None
            picked.pop("S", None)
            spans.pop("S", None)
        if (
            chamber is not None
            and resolver.resolve(chamber)
            and all("LEG" in (a.code or "") for a in resolver.resolve(chamber))
            and not resolver.resolve(tgt_tok)
        ):
            # "vetoed the farm bill passed by Congress": Congress; only a party coded as a
            # legislature ("the House" read as the White House is no chamber)
            tgt_tok = chamber
            picked.pop("T", None)
            spans.pop("T", None)
        protective = (
            info.quad_class >= 3
            and token.pos_ == "VERB"
            and token.lemma_.lower() in self.lex.protective_verbs
        )
        if protective:
            # "defend Venezuela against aggression": the defended is no target, the threat is
            tgt_tok = next(iter(prep_objects(token, self.lex.protective_preps)), None)
            spans.pop("T", None)
        sources: list[Actor | None] = list(resolver.resolve(src_tok)) or [None]
        found = resolver.resolve(tgt_tok) or _behind(tgt_tok, resolver)
        if (
            not found
            and tgt_tok is not None
            and tgt_tok.pos_ == "NOUN"
            and not victim_frame(token, tgt_tok)
        ):
            # "imposed tariffs on microchips from Japan": the goods' origin is the target
            # (not the victims of "protested violence against migrants")
            for obj in prep_objects(tgt_tok, {"on", "against"}):
                found = resolver.resolve(obj) or _behind(obj, resolver)
                if found:
                    break
        if (
            not found
            and tgt_tok is not None
            and tgt_tok.pos_ == "NOUN"
            and not victim_frame(token, tgt_tok)
        ):
            # "imposed 300 mln dlrs in sanctions on Japanese goods", "tariffs on a range of
            # Japanese goods": the country whose goods the phrase ends in (targets46)
            found = _phrase_country(tgt_tok, sources, resolver)
        moved = token.lemma_.lower() in theme_words()[0] and info.root != "07"
        if not found and token.pos_ == "VERB" and not protective and not moved:
            # "providing support to groups like X": the object is no actor, the recipient is;
            # not the destination of troops or jets sent ("sent jets to Puerto Rico": a
            # place, argument_roles.yaml theme), though aid sent goes to its recipient (07)
            for obj in prep_objects(token, TARGET_PREPS):
                if src_tok is not None and obj.i == src_tok.i:
                    continue  # "killed in a shootout with police": the police killed
                if obj.head.lower_ in DESTINATION_PREPS and _person_patient(token):
                    continue  # "he was extradited to the United States": a destination
                found = resolver.resolve(obj) or _behind(obj, resolver)
                if found:
                    break
        if (
            not found
            and token.pos_ == "VERB"
            and not protective
            and not moved
            and (
                comp := complement_target(
                    token, self.lex.protective_verbs, self.lex.protective_preps
                )
            )
            is not None
            and (src_tok is None or comp.i != src_tok.i)
        ):
            # "Peru agreed to cooperate with Colombia", "threatened to seize the Turkish
            # ship": an intent, agreement or threat is directed at whom the act it names is;
            # not the actor's own state ("promised to add officers to the police",
            # "pledged to create a Venezuela without crime": a domestic measure)
            found = [
                a
                for a in resolver.resolve(comp) or _behind(comp, resolver)
                if not _own_state(a, sources)
            ]
        if (
            not found
            and token.pos_ == "VERB"
            and info.code == "042"
            and (host := arrival_host(token, resolver)) is not None
            and (src_tok is None or host.i != src_tok.i)
        ):
            # "the Chinese premier arrived in Japan": the country arrived in hosts the
            # visit; not the visitor's own state (sides42)
            found = [a for a in resolver.resolve(host) if not _own_state(a, sources)]
        if (
            not found
            and token.pos_ == "VERB"
            and info.root in {"02", "10"}
            and (asked := for_clause_subject(token) or that_clause_subject(token)) is not None
            and (src_tok is None or asked.i != src_tok.i)
        ):
            # "appealed for Japan to open its markets": the one asked (directives.py)
            found = [a for a in resolver.resolve(asked) if not _own_state(a, sources)]
        if (
            not found
            and token.pos_ == "VERB"
            and not protective
            and not moved
            and (giver := giving_party(token, self.lex.taking_verbs, self.lex.taking_preps))
            is not None
            and (src_tok is None or giver.i != src_tok.i)
        ):
            # "accepted contributions from the Cali Cartel", "refused to accept guarantees
            # from the Bank of Brazil": whom a thing is taken from (argument_roles.yaml
            # taking); never the actor's own state
            found = [a for a in resolver.resolve(giver) if not _own_state(a, sources)]
        if (
            not found
            and token.pos_ == "VERB"
            and info.code.startswith(OTHERS_THINGS)
            and sources != [None]
            and tgt_tok is not None
            and tgt_tok.pos_ == "NOUN"
            and tgt_tok.dep_ == "dobj"
            and tgt_tok.head.i == token.i
        ):
            # "soldiers began hacking their drones": seizing, hacking or attacking a
            # group's thing targets the group the possessive stands for (never the acting
            # side; not burning or patrolling, done to one's own trucks and borders too)
            found = _possessive_owner(tgt_tok, sources, resolver)
        if (
            not found
            and token.pos_ == "VERB"
            and sources != [None]
            and tgt_tok is not None
            and tgt_tok.pos_ == "NOUN"
            and tgt_tok.dep_ in {"dobj", "pobj"}
            and (tgt_tok.head.i == token.i or tgt_tok.head.head.i == token.i)
            and not victim_frame(token, tgt_tok)
        ):
            # "the union rejected its offer", "agreed to consider their demands", "imposed
            # tariffs on its exports": an act on a group's offer, demand or goods
            # (argument_roles.yaml owned_objects) is directed at the group the possessive
            # stands for, as for a material act above (never the acting side; targets46)
            found = next(
                (
                    owner
                    for noun in (
                        tgt_tok,
                        *phrase_nouns(tgt_tok, 1),
                        *prep_objects(token, {"on", "against"}),
                    )
                    if _owned_object(noun) and (owner := _possessive_owner(noun, sources, resolver))
                ),
                [],
            )
        if (
            not found
            and token.lemma_.lower() in symmetric_verbs()
            and len({a.key for a in sources if a is not None}) > 1
            and len({a.token.i for a in sources if a is not None}) == 1
        ):
            # "Colombian and Venezuelan officials met": the coordinated countries' officials
            # met each other (one word, two actors; "X and Y met" has its own rule)
            found = [a for a in sources if a is not None]
        if reciprocal(tgt_tok) and sources != [None]:
            # "the Zetas and the Gulf Cartel battled each other": every source acts on the
            # others; a single group ("rival gangs fought each other") on its own kind
            found = [a for a in sources if a is not None]
            if len(found) == 1:
                found = [Actor(None, found[0].code, tgt_tok)] if found[0].code else []
        if (
            found
            and sources != [None]
            and info.code.startswith(tuple(role_words("suspect_patients", "codes")))
        ):
            # "police arrested seven people", "authorities arrested 13 people accused of
            # trafficking": suspects, no civilians; merely described, the side stays empty
            # (targets24). Only where a source keeps the event: the judges accepted CVL for
            # people arrested by no named arrester as often as not
            found = [a for a in found if not _suspect_civilian(a)]
        if not found and not protective and not moved:
            # "gunmen killed a teenager", "the murder of his son": the victims of violence
            # named by age, sex, kin or doing alone are civilians (objects47)
            found = resolver.victims(tgt_tok, info.root)
        if principals := [a for a in found if acting_for(a.token)]:
            # "signed the accord on Malaysia's behalf": whom the signer acts for is no
            # target; with no source named it is the one acting (argument_roles.yaml)
            found = [a for a in found if not acting_for(a.token)]
            if sources == [None]:
                sources = list(principals)
        targets: list[Actor | None] = list(found) or [None]
        if targets == [None] and (mutual := mutual_parties(info.code, sources, token, src_tok)):
            targets = mutual  # "ministers of X, Y and Z reached the accord": each other's
        if (
            sources == [None]
            and targets != [None]
            and (spoke := speaking_party(info.code, token, targets, resolver.resolve))
        ):
            sources = spoke  # "Mulroney said talks with the US made progress" (meet34)
        if targets == [None] and (
            host := visit_partner(info.code, token, sources, resolver.resolve)
        ):
            targets = host  # "talks during Chirac's visit": the visitor (meet34)
        if targets == [None] and (host := visit_host(info.code, token, sources, resolver.resolve)):
            targets = host  # "during his visit, X met Chinese leaders": CHN (targets46)
        fill_p = None
        if all(a is None or not a.code for a in targets) and (
            filled := _fill_target(token, info.code, spans, sources, src_tok, resolver, tgt_tok)
        ):
            # no rule found a coded target: the trigger's own phrase that names a coded
            # actor, as the picker scores it ("Iraq said it attacked *Iran's* Sirri Island")
            tgt_tok, targets, fill_p = filled[0].head, list(filled[1]), filled[2]
            picked["T"] = filled[0]
            spans.pop("T", None)
        if sources == [None] and targets == [None]:
            return  # like GDELT and PETRARCH, an event needs at least one actor
        if all(a is None or self._commerce.is_commercial(a) for a in sources + targets) and not (
            sources == [None] and info.quad_class == 4
        ):
            # firms and markets only: not a political act (commercial.yaml). A material
            # conflict act done to a firm by someone unnamed ("employees of the airline
            # were arrested") stays: its source is unknown, not a market.
            return
        if nonact(token, info, sources, targets, self._commerce):
            return  # a hazard, a central bank's market operation, a domestic measure
        flags = modality(token, self.lex.modality, self.lex.double_negative)
        speaker = reported_by(token, resolver, self.lex.reporting)
        if not any(flags.values()):
            said = claim_speaker(token)
            if said is None and (pron := pronoun_speaker(token)) is not None:
                # "He added that Iranian gunboats fired": the named speaker the pronoun
                # stands for, never a pronoun left without one (accounts42)
                said = pron if any(a.entity for a in resolver.resolve(pron)) else None
            spoke = resolver.resolve(said) if said is not None else []
            source_codes = [a.code if a else None for a in sources]
            target_codes = [a.code if a else None for a in targets]
            joint = info.code[:2] in joint_roots()
            if spoke and spoke[0].code:
                # "Iraq said Iranian jets bombed": alleged
                flags["alleged"] = party_account(
                    spoke[0].code, source_codes, target_codes, joint=joint
                )
            elif (voice := voice_code(token, resolver)) is not None:
                # "official Radio Pakistan said Afghan jets bombed", "the miners statement
                # said police evicted them": a state's medium or a party's paper (modality41)
                flags["alleged"] = voiced_account(voice, source_codes, target_codes, joint)
        sent = sentence_of(token)
        when = event_date(token, published)
        amounts = quantities_for(token, self.lex.quantity_units, self._figures)
        place = event_place(token, resolver, src_tok, tgt_tok, material=info.quad_class in (2, 4))
        compound = len(sources) > 1 or len(targets) > 1
        base_info = info
        market = self._commerce.market_sentence(sent)
        pairs: set[tuple] = set()
        dyads = meeting_dyads(info.code, sources, targets, self._commerce.is_commercial)
        if dyads == []:
            return  # one body meeting among its own members (meetings.py)
        for source, target in dyads or product(sources, targets):
            if source is not None and target is not None and source.key == target.key:
                # "talks between X and Y", "X and Y signed": the partner read as a conjunct
                # of the source is, for its own side, acting on the other source
                target = _partner(source, sources)
            pair = (source.key if source else None, target.key if target else None)
            if pair in pairs:
                continue  # "X and Y fought each other": each dyad once
            pairs.add(pair)
            if source is None and target is None:
                continue
            if market and not self._commerce.market_act(source, target, base_info.quad_class):
                continue  # a quota round, tender or export sale: no political act
            info = base_info
            if info.root == "19" and token.lemma_.lower() in self.lex.force_verbs:
                info = self._force_by_source(info, source, target, token)
            if token.lemma_.lower() in self.lex.by_source_verbs:
                info = self._fight_by_source(info, source, token)
            if token.lemma_.lower() not in self.lex.force_verbs and (
                labour := labour_code(
                    source, info.code, self.lex.labour_roles, self.lex.labour_codes
                )
            ):
                # "unions imposed bans": 143; killings by strikers are no strike
                info = self.lex.describe(labour) or info
            confidence = 0.4 + 0.2 * (source is not None) + 0.2 * (target is not None)
            # a side whose country is the article's, not the sentence's: less sure
            inferred = [
                side
                for side, a in (("source", source), ("target", target))
                if a is not None and a.inferred
            ]
            confidence -= 0.1 * len(inferred)
            s_word = source.token if source else src_tok
            t_word = target.token if target else tgt_tok
            s_span, s_by = _side_span("S", s_word, t_word, picked, spans, token, source is not None)
            # the acted-on phrase even when it names no actor ("seized a tanker")
            t_span, t_by = _side_span("T", t_word, s_word, picked, spans, token, target is not None)
            if OWNED_SPANS:
                # "rejected *Peru's request*": a possessor side spans what it owns (not
                # a pronoun's antecedent, below: "they" is the EPL, not its interest)
                s_span, t_span = (
                    owned(s_span, doc, token, t_span),
                    owned(t_span, doc, token, s_span),
                )
            # a side read from a pronoun shows the phrase naming its actor, when the
            # sentence names it ("*Ethiopia* said it would ..."; ANTECEDENT_SPANS)
            for side, actor, other in (("source", source, t_word), ("target", target, s_word)):
                named = _antecedent_span(actor, other, token)
                if named is not None and side == "source":
                    s_span, s_by = named, "rules"
                elif named is not None:
                    t_span, t_by = named, "rules"
            s_span, t_span = tidy(s_span, doc), tidy(t_span, doc)
            evidence: dict = {"decided_by": "rules", "arguments": arguments}
            if "model" in (s_by, t_by):
                evidence["spans"] = {"source": s_by, "target": t_by}
            if fill_p is not None and target is not None:
                evidence["target_fill_p"] = fill_p  # the picker filled it (_fill_target)
            extra = {
                "event_name": info.name,
                "plover_event": info.plover_event,
                "plover_mode": info.plover_mode,
                "penta_class": info.penta_class,
                "nominal": token.pos_ == "NOUN",
                "source_span": s_span,
                "target_span": t_span,
                "place": place,
                "date": when,
                "quantities": list(amounts),
                "evidence": evidence,
            }
            if compound:
                extra["compound"] = True
            for side in inferred:
                extra[f"{side}_country_inferred"] = True
            for side, actor in (("source", source), ("target", target)):
                if actor is not None and actor.via and actor.entity is not None:
                    # the side came from a back-reference ("he", "the minister"): which
                    # word, how, and the entity it was linked to (issue 12)
                    extra[f"{side}_back_reference"] = {
                        "word": actor.token.text,
                        "via": actor.via,
                        "entity": actor.entity.id,
                        "name": actor.entity.name,
                    }
            event = Event(
                code=info.code,
                root=info.root,
                quad_class=info.quad_class,
                goldstein=info.goldstein,
                trigger=Span(token.idx, token.idx + len(token.text), token.text),
                sentence=Span(sent.start_char, sent.end_char, span_text(sent)),
                source=source.entity.id if source and source.entity else None,
                target=target.entity.id if target and target.entity else None,
                source_code=source.code if source else None,
                target_code=target.code if target else None,
                negated=flags["negation"],
                hypothetical=flags["hypothetical"],
                alleged=flags["alleged"],
                future=flags["future"],
                attributed_to=speaker,
                confidence=min(confidence, 1.0) * (0.8 if flags["hypothetical"] else 1.0),
                extra=extra,
            )
            result.events.append(event)
            if governed or event.hypothetical:
                continue
            if (
                event.negated
                and not not_refused(token)
                and (refusal := self.lex.refusal_for(info.code, ceased(token)))
            ):
                result.events.append(_derived(event, refusal, "refusal_of"))
            elif (
                event.future
                and not event.negated
                and (intent := self.lex.intent_for(info.code))
                and not expected(token, expectation_verbs())
                and not (
                    token.pos_ == "NOUN"
                    and token.dep_ == "dobj"
                    and (
                        expected(token.head, expectation_verbs())
                        or token.head.lemma_.lower() in expectation_verbs()
                    )
                )
                and not temporal_future(token)
                and not agreement_term(token)
                and not scheduled(token, info.root)
            ):
                # "expected to resign" is others' expectation, not the actor's intent (nor
                # "expects cordial talks": the talks are to come, no one's pledge); nor
                # is "once they sign" or the term of a pact an intent, nor a meeting only
                # scheduled ("will discuss the dispute next week"); nor is a denied act
                # ("made no commitment to support")
                result.events.append(_derived(event, intent, "intent_of"))


class SharedCall:
    """The ``event_class`` model for :func:`~.classify.decide`, whose one ``probs`` call
    also scores ``extra`` sentences (with no proposal: :meth:`_model_events`): one model
    call per document instead of two. The model scores each row on its own (TF-IDF rows,
    a sparse row times the weights, a softmax per row: a test compares), so the numbers
    are those of two calls."""

    def __init__(self, model: QuadModel, extra: list[str]) -> None:
        self.model, self.extra = model, extra
        self._rest: np.ndarray | None = None

    def probs(self, texts: Sequence[str], proposals: Sequence[dict[str, float]]) -> np.ndarray:
        """RETURNS the model's rows for ``texts`` (keeping those of ``extra``)."""
        n = len(texts)
        rows = self.model.probs(
            [*texts, *self.extra], [*proposals, *[proposal_features([])] * len(self.extra)]
        )
        self._rest = rows[n:]
        return rows[:n]

    def rest(self) -> np.ndarray:
        """RETURNS the rows of ``extra`` (scored now where :meth:`probs` was not called)."""
        if self._rest is None:
            self._rest = (
                self.model.probs(self.extra, [proposal_features([])] * len(self.extra))
                if self.extra
                else np.zeros((0, len(CLASSES)))
            )
        return self._rest


def _covers(wide: tuple[str | None, str | None], narrow: tuple[str | None, str | None]) -> bool:
    """Whether one side of an event (entity id, actor code) says all the other says: the
    other names no one, or the same entity (or none) with no code block this one lacks
    ("Japanese banks" JPNBUS covers "securities companies" BUS)."""
    entity, code = narrow
    if entity is None and code is None:
        return True
    w_entity, w_code = wide
    if w_code is None or (entity is not None and entity != w_entity):
        return False
    return code is None or set(code_blocks(code)) <= set(code_blocks(w_code))


def drop_subsumed(events: list[Event]) -> list[Event]:
    """``events`` without the ones another event of the same trigger and code already says:
    a dyad with one side empty or less specific than another's ("the meetings between X and
    Y" gives X→Y, not also X→nobody; "sanction Japanese banks and companies" gives
    GOV→JPNBUS, not also GOV→BUS), and an exact repeat. Coordinated parties with their own
    codes stay one event each (PETRARCH's compound events); for a consultation a one-sided
    dyad is also covered by the full dyad the other way round ("X→nobody" by "Y→X"), and
    the two directions of a meeting stay the reciprocal pair (judged seeds 3011 / 3012,
    tuned-on)."""
    groups: dict[tuple[int, str], list[int]] = {}
    for i, ev in enumerate(events):
        groups.setdefault((ev.trigger.start, ev.code), []).append(i)
    gone: set[int] = set()
    for (_start, code), members in groups.items():
        if len(members) < 2:
            continue
        sides = {
            i: (
                (events[i].source, events[i].source_code),
                (events[i].target, events[i].target_code),
            )
            for i in members
        }
        for i in members:
            src, tgt = sides[i]
            for j in members:
                if j == i or j in gone:
                    continue
                w_src, w_tgt = sides[j]
                covered = _covers(w_src, src) and _covers(w_tgt, tgt)
                if not covered and code in RECIPROCAL_CODES:
                    covered = _covers(w_tgt, src) and _covers(w_src, tgt)
                if not covered:
                    continue
                back = _covers(src, w_src) and _covers(tgt, w_tgt)
                if code in RECIPROCAL_CODES:
                    back = back or (_covers(tgt, w_src) and _covers(src, w_tgt))
                if back and (code not in RECIPROCAL_CODES or (src, tgt) != (w_tgt, w_src)):
                    # the same dyad twice: keep the first; a meeting's two directions
                    # (X→Y, Y→X) are kept as the reciprocal pair
                    if (src, tgt) == (w_src, w_tgt) and j < i:
                        gone.add(i)
                        break
                    continue
                if back:
                    continue
                gone.add(i)
                break
    return [ev for i, ev in enumerate(events) if i not in gone]


DESTINATION_PREPS = {"to", "into", "toward", "towards"}
# the CAMEO codes of acts done to someone else's things (confiscate, cyber attack,
# assault, fight, mass violence): their possessive names the target
OTHERS_THINGS = ("1711", "176", "18", "19", "20")


def _person_patient(verb: Token) -> bool:
    """Whether a passive verb's subject is a person or named actor word ("he was
    extradited to the United States", "Perez was sent to a prison in Lima"): the
    patient is that subject, so a *to* / *into* object is where it went, never the
    target, even when the subject itself resolves to no actor."""
    return _passive(verb) and any(
        c.dep_ == "nsubjpass"
        and (
            c.ent_type_ == "PERSON"
            or (c.pos_ == "PRON" and c.lower_ in {"he", "she", "they", "who", "whom"})
        )
        for c in token_children(verb)
    )


def _passive(verb: Token) -> bool:
    """Whether a verb is passive ("was extradited", "were arrested")."""
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in token_children(verb))


def _possessive_owner(
    noun: Token, sources: list[Actor | None], resolver: ActorResolver
) -> list[Actor]:
    """The group a possessive "their" / "its" on a material act's object stands for
    ("seized their weapons", "hacking their drones"): the nearest organisation or
    country named before that is not one of the act's sources. [] when none fits."""
    poss = next(
        (c for c in token_children(noun) if c.dep_ == "poss" and c.lower_ in {"their", "its"}), None
    )
    if poss is None:
        return []
    group = resolver.possessive_group(poss)
    if group is None:
        return []
    acting = {a.entity.id for a in sources if a is not None and a.entity is not None}
    codes = {a.code for a in sources if a is not None and a.code}
    if group.id in acting or (group.actor_code and group.actor_code in codes):
        return []  # "police cleaned their weapons": their own
    return [Actor(group, group.actor_code, poss)]


def _owned_object(noun: Token) -> bool:
    """Whether ``noun`` is another party's offer, demand or goods (``owned_objects`` of
    argument_roles.yaml) and not "their *own*" ("offered their own hypotheses")."""
    return (
        noun.pos_ == "NOUN"
        and (
            noun.lemma_.lower() in role_words("owned_objects")
            or noun.lower_ in role_words("owned_objects")
        )
        and not any(c.lower_ == "own" for c in token_children(noun))
    )


def _partner(source: Actor, sources: list[Actor | None]) -> Actor | None:
    """The other side of a symmetric pair when a source meets itself as target: the
    first other source ("the truce between the Zetas and the Gulf Cartel" gives the Gulf
    Cartel's side against the Zetas); None when there is no other source."""
    return next((a for a in sources if a is not None and a.key != source.key), None)


PLACE_PREPS = {
    "in",
    "near",
    "at",
    "across",
    "within",
    "inside",
    "outside",
    "throughout",
    "around",
    "along",
    "into",
    "off",
}


def _suspect_civilian(actor: Actor) -> bool:
    """A generic people noun coded as civilians ("seven people", "13 people accused of
    ..."), the patient of an arrest, charge or conviction (``suspect_patients`` of
    argument_roles.yaml): suspects, not civilians. Never a named or role-coded actor, nor
    one whose nationality the phrase names ("a Peruvian woman")."""
    code = actor.code or ""
    if len(code) not in (3, 6) or not code.endswith("CVL"):
        return False
    if actor.entity is not None and not actor.entity.id.startswith("act:"):
        return False
    word = actor.token
    nouns = role_words("suspect_patients", "nouns")
    if any(c.dep_ in {"amod", "compound"} and c.text[:1].isupper() for c in word.lefts):
        return False  # "a Peruvian woman": her nationality is named, the code kept
    return word.lower_ in nouns or word.lemma_.lower() in nouns


def _placed(head: Token, resolver: ActorResolver | None = None) -> bool:
    """A phrase that is the object of a place preposition ("raids *in Guatemala*") or of a
    place noun's ("at the border *with Ecuador*"): where the event happened, not who took
    part (the picker likes places). A later conjunct shares its first one's preposition
    ("raided brothels in Yonkers, Queens and *Newburgh*": a town is no actor), unless it
    names a country (``resolver``): "sought support in the U.K., France and *Italy*" asks
    the states listed (judged seeds 3025 / 3026 / 3042 / 3049: those targets right)."""
    first = first_conjunct(head)
    if (
        first is not head
        and resolver is not None
        and any(a.entity is not None and a.entity.kind == "country" for a in resolver.resolve(head))
    ):
        return False
    head = first
    if head.dep_ != "pobj":
        return False
    # "at the border with Ecuador": the object of a place noun's preposition (targets24)
    return head.head.lower_ in PLACE_PREPS or (
        head.head.head.pos_ == "NOUN" and head.head.head.lower_ in role_words("place_nouns")
    )


def _receiving(noun: Token, receiving: frozenset[str]) -> bool:
    return noun.dep_ in {"dobj", "attr"} and noun.head.lemma_.lower() in receiving


ORIGIN_PREPS = {"from", "of", "in"}


def _phrase_country(
    noun: Token, sources: list[Actor | None], resolver: ActorResolver
) -> list[Actor]:
    """The party a target phrase leads to through its amounts and goods: the object of
    "on" / "against" on a noun further down ("lift 84 mln dlrs in trade sanctions
    *against Japan*") or the country a nationality adjective names on the goods, markets
    or people ("300 mln dlrs in sanctions on *Japanese* goods"): the nearest one; never a
    source's own state ("tariffs to protect *American* farmers"). [] when none fits."""
    for noun_ in phrase_nouns(noun):
        for obj in prep_objects(noun_, {"on", "against"}):
            found = [
                a
                for a in resolver.resolve(obj) or _behind(obj, resolver)
                if not _own_state(a, sources)
            ]
            if found:
                return found
        adjective = nationality_owner(noun_)
        if adjective is None:
            continue
        found = [
            a
            for a in resolver.resolve(adjective)
            if a.code and len(a.code) == 3 and not _own_state(a, sources)
        ]
        if found:
            return found
    return []


def _behind(noun: Token | None, resolver: ActorResolver) -> list[Actor]:
    """The actor behind an object that names none: the origin of goods ("microchips *from
    Japan*", "chips *made in* Japan", "exports *of* Iran"). Common nouns only."""
    if noun is None or noun.pos_ != "NOUN":
        return []
    # "the hometown of X": a place, no goods; only the place's own name ("the city of
    # Rosario": its country) stands for someone (targets24)
    place = noun.lower_ in role_words("place_nouns")
    heads = [noun] + [c for c in token_children(noun) if c.dep_ == "acl" and c.tag_ == "VBN"]
    for h in heads:
        preps = {"from", "of"} if h is noun else ORIGIN_PREPS
        for obj in prep_objects(h, preps):
            if obj.pos_ == "PROPN" and (found := resolver.resolve(obj)):
                if place:
                    found = [
                        a for a in found if a.entity is not None and a.entity.type == "location"
                    ]
                return found
    return []


_lemmas_of: tuple[Doc, dict[int, frozenset[str]]] | None = None


def sentence_lemmas(sent: SpacySpan) -> frozenset[str]:
    """RETURNS ``{t.lemma_.lower() for t in sent}``, read once per sentence of the last
    document (the triggers of a sentence share it; speed33)."""
    global _lemmas_of
    kept = _lemmas_of  # one read: another thread replacing it cannot mix two documents
    if kept is None or kept[0] is not sent.doc:
        kept = _lemmas_of = (sent.doc, {})
    lemmas = kept[1].get(sent.start)
    if lemmas is None:
        lemmas = kept[1][sent.start] = frozenset(t.lemma_.lower() for t in span_tokens(sent))
    return lemmas


def _counted(noun: Token, statistic_verbs: frozenset[str]) -> bool:
    """A counted event noun as the object or passive subject of a statistics verb."""
    if noun.pos_ != "NOUN" or noun.dep_ not in {"dobj", "nsubjpass", "attr"}:
        return False
    if noun.head.lemma_.lower() not in statistic_verbs:
        return False
    return any(c.dep_ == "nummod" or c.like_num for c in token_children(noun))


def _phrase(c: Candidate) -> dict:
    start, end = c.chars
    return {"start": start, "end": end, "text": c.head.doc[c.first : c.last + 1].text}


def _side_span(
    role: str,
    word: Token | None,
    other: Token | None,
    picked: dict[str, Candidate],
    spans: dict,
    trigger: Token,
    coded: bool = True,
) -> tuple[dict | None, str]:
    """One side's phrase and who bounded it (``model`` / ``rules``): the picker's phrase
    when it is this word's; else the model's best phrase holding the word
    (:func:`~watchfloor.extract.events.argmodel.phrase_of`: "*A Venezuelan police
    helicopter*", not "Venezuelan"); else the rules' noun phrase (:func:`arg_span`). A side
    without a word takes the model's uncoded phrase when :meth:`_pick_arguments` found
    one ("*Gunmen* killed ..."), else none."""
    if word is None:
        fill = spans.get(role)
        return (_phrase(fill), "model") if fill is not None else (None, "rules")
    c = picked.get(role)
    if c is not None and c.head.i == word.i and not _holds_conjunct(c, word):
        # the picker's phrase, unless it is the coordination ("*Mexico and Canada*
        # agreed": each conjunct's own phrase below)
        return _phrase(c), "model"
    scored = spans.get("scored") or []
    if word.conjuncts:
        # "support to Tren de Aragua and the Sinaloa Cartel": each coordinated actor keeps
        # its own phrase, not the coordination
        scored = [x for x in scored if not _holds_conjunct(x[0], word)]
    found = phrase_of(word, role, scored, exclude=other)
    if found is not None:
        return _phrase(found[1]), "model"
    least = _uncoded_least(word, trigger)
    if (
        not coded
        and "scored" in spans
        and trigger.pos_ == "VERB"
        and least is not None
        and phrase_of(word, role, scored, other, least) is None
    ):
        # an uncoded word the rules reached through a preposition or another noun, which
        # the model reads as no argument of the verb at all ("lifted a ban on aid
        # operations"), or an uncoded object the model reads as a theme, not a party
        # ("rejected the accusation", "extended the curfew"): no phrase rather than a
        # wrong one. The verb's own subject ("two members were killed": the model doubts
        # those too) and an event noun's arguments ("a strike on a boat") stay
        return None, "model"
    if (found := _governor_phrase(word, role, other, spans, trigger)) is not None:
        return _phrase(found), "model"
    return arg_span(word), "rules"


def _holds_conjunct(c: Candidate, word: Token) -> bool:
    """Whether phrase ``c`` holds a conjunct of ``word``: the coordination ("*Mexico and
    Canada*"), not the word's own phrase."""
    return any(c.first <= k.i <= c.last for k in word.conjuncts)


def _uncoded_least(word: Token, trigger: Token) -> float | None:
    """The P(role) a verb's uncoded side needs to keep a phrase: ``UNCODED_P`` for a word
    the rules reached through a preposition or another noun, ``OWN_UNCODED_P`` for the
    verb's own object, None (no gate) for its subject."""
    if word.head.i != trigger.i:
        return UNCODED_P
    return OWN_UNCODED_P if word.dep_ in OBJECT_DEPS else None


def _governor_phrase(
    word: Token, role: str, other: Token | None, spans: dict, trigger: Token
) -> Candidate | None:
    """The phrase of a side's word that the trigger does not govern, bounded by the verb
    that does (``GOVERNOR_SPANS``): the most probable phrase holding the word as an
    argument of either role of that verb (P(source) + P(target) >= ``SPAN_P``). "*Taliban
    attackers* stormed a police post, killing five": the source of "killing" is
    "Taliban attackers", not "Taliban"; never a phrase holding the trigger ("*Mendoza's*
    arrest comes ...": not "Mendoza's arrest") or a conjunct of the word. RETURNS None
    when the switch is off, the word has no other governing verb, or no phrase
    qualifies."""
    rescore = spans.get("rescore")
    if not GOVERNOR_SPANS or rescore is None:
        return None
    verb = governor(word)
    if verb is None or verb.i == trigger.i:
        return None
    either = [
        (c, p_s + p_t, 0.0) if role == "S" else (c, 0.0, p_s + p_t)
        for c, p_s, p_t in rescore(verb)
        if not c.first <= trigger.i <= c.last  # never the event noun's own phrase
        and not _holds_conjunct(c, word)
    ]
    found = phrase_of(word, role, either, exclude=other)
    return None if found is None else found[1]


def _antecedent_span(actor: Actor | None, other: Token | None, trigger: Token) -> dict | None:
    """The phrase that names the actor a pronoun side stands for, when the sentence names
    it (``ANTECEDENT_SPANS``): "*Ethiopia* said it would allow ...", "*Caro Quintero*'s rise
    ... his release". The actor's mention nearest before the pronoun in its sentence (else
    nearest after): the core of the noun phrase its root heads (its modifiers, without
    prepositional, relative or appositive attachments, a possessive "'s" or a trailing
    comma: "*The infamous prisoner Byron Lima* -- who was killed ... --"); never a phrase
    holding the trigger, the pronoun or the other side's word. RETURNS None for a side not
    read from a pronoun ("the minister" and named sides keep their own phrase)."""
    if not ANTECEDENT_SPANS or actor is None or actor.via != "pronoun" or actor.entity is None:
        return None
    pron, sent = actor.token, sentence_of(actor.token)
    inside = [
        m
        for m in actor.entity.mentions
        if sent.start_char <= m.start and m.end <= sent.end_char and not m.start <= pron.idx < m.end
    ]
    before = [m for m in inside if m.end <= pron.idx]
    mention = (
        max(before, key=lambda m: m.start)
        if before
        else min(inside, key=lambda m: m.start)
        if inside
        else None
    )
    span = (
        None
        if mention is None
        else pron.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    )
    if span is None:
        return None
    word = span.root
    last = word.i
    for c in word.rights:
        if c.dep_ in DETACHED:
            break
        last = c.right_edge.i
    doc, first = word.doc, min(word.left_edge.i, span.start)
    while last > word.i and (doc[last].dep_ in {"case", "punct"} or doc[last].is_punct):
        last -= 1
    if any(first <= t.i <= last for t in (trigger, pron, other) if t is not None):
        return None
    return {
        "start": doc[first].idx,
        "end": doc[last].idx + len(doc[last]),
        "text": doc[first : last + 1].text,
    }


# entity types whose unresolved phrase is a place, a time or a figure: never a side
NOT_SIDES = {
    "GPE",
    "LOC",
    "FAC",
    "DATE",
    "TIME",
    "CARDINAL",
    "ORDINAL",
    "PERCENT",
    "MONEY",
    "QUANTITY",
}


def _fills(
    c: Candidate, other: Token | None, scored: list, role: str, resolver: ActorResolver
) -> bool:
    """Whether the model's phrase ``c`` may stand, uncoded, for a side the rules left
    empty: P(role) >= ``FILL_P``, it names no actor (an actor would have been taken), is
    not a place ("near Cucuta", "in the jungle"), a date or a figure, and does not hold
    the other side's word."""
    p = next((ps if role == "S" else pt for x, ps, pt in scored if x is c), 0.0)
    if p < FILL_P or _placed(c.head) or c.head.ent_type_ in NOT_SIDES:
        return False
    if other is not None and c.first <= other.i <= c.last:
        return False
    return not resolver.resolve(c.head)


def _fill_target(
    trigger: Token,
    code: str,
    spans: dict,
    sources: list[Actor | None],
    src_tok: Token | None,
    resolver: ActorResolver,
    patient: Token | None = None,
) -> tuple[Candidate, list[Actor], float] | None:
    """The target for an event every rule left without one (issue 12, fill45): among the
    phrases the trigger governs as the picker scored them (``spans["scored"]``: another
    verb's clause is never read), the one with the highest P(target), at least
    ``TARGET_FILL_P`` and not below its P(source), whose head (else a named word inside
    it: :func:`_named_within`) names a coded actor. Guards: not the source's word, no
    place where the event happened ("in Basra"), not whom the source acts for, no helper
    ("with the help of the UN"), not a victim the speaker stands with, nothing the rules'
    uncoded ``patient`` word holds through a preposition (:func:`_beside`; its owner may
    be read), and the actor :func:`_fillable`.
    RETURNS (phrase, its actors, its P(target) rounded) or None."""
    scored = spans.get("scored")
    if TARGET_FILL_P is None or not scored:
        return None
    suspects = code.startswith(tuple(role_words("suspect_patients", "codes")))
    best: tuple[float, Candidate, list[Actor]] | None = None
    for c, p_s, p_t in scored:
        if p_t < TARGET_FILL_P or p_t < p_s or (best is not None and p_t <= best[0]):
            continue
        if src_tok is not None and c.first <= src_tok.i <= c.last:
            continue
        if _placed(c.head, resolver) or stance_victim(trigger, c.head) or acting_for(c.head):
            continue
        if c.head.dep_ == "pobj" and c.head.head.lower_ == "with" and assisting(c.head):
            continue  # "talks with the help of the UN": the helper is no party
        if _described(c.head, trigger):
            continue  # "arrested X, a former official of *the bank*": who X is or was
        if patient is not None and _beside(c.head, patient):
            continue  # "discussing his dealings with *police*": what the patient is with
        words = [w for w in _named_within(c) if patient is None or not _beside(w, patient)]
        for word in (c.head, *words):
            actors = [a for a in resolver.resolve(word) if _fillable(a, sources, suspects)]
            if actors:
                best = (p_t, c, actors)
                break
    return (best[1], best[2], round(best[0], 3)) if best is not None else None


OWNER_ENTS = {"GPE", "NORP", "ORG", "PERSON"}


TOPIC_PREPS = {"about", "concerning", "regarding"}


def _beside(word: Token, patient: Token) -> bool:
    """Whether ``word`` hangs below the rules' uncoded patient word through a preposition
    ("discussing his dealings with *police*", "sanctions against *Japan*"): what the patient
    is with or about, not its owner ("*Iran's* Sirri Island")."""
    x, through = word, False
    for _ in range(8):
        if x.i == patient.i:
            return through
        if x.head.i == x.i:
            return False
        through = through or x.dep_ == "pobj"
        x = x.head
    return False


def _aside(x: Token) -> bool:
    """Whether ``x`` is an apposition ("X, *a former official*") or what is talked about
    ("talk *about* his experience"): a step off the parties' path (:func:`_described`,
    :func:`_named_within`)."""
    return x.dep_ == "appos" or (x.dep_ == "pobj" and x.head.lower_ in TOPIC_PREPS)


def _described(word: Token, trigger: Token) -> bool:
    """Whether ``word`` lies, on its way up to the trigger, in an apposition ("arrested
    Samuel Yonnone, a former official of *the bank*": who a party is, which the actor
    coder reads) or in what is talked about ("began to talk about his experience with *the
    Sinaloa Cartel*": a topic, as ``verb_partner_topics`` leaves "about" out): no party."""
    x = word
    for _ in range(8):
        if x.i == trigger.i or x.head.i == x.i:
            return False
        if _aside(x):
            return True
        x = x.head
    return False


def _named_within(c: Candidate) -> list[Token]:
    """The named words inside a phrase whose head names no actor, nearest the head first:
    whose the head is or what it is aimed at ("*Iran's* Sirri Island", "the *Iranian*
    platform", "sanctions against *Japan*", "an oil camp in northern *Kuwait*"). Never a
    word inside a clause of the phrase ("the platform, which *Iran* used": another verb's
    argument), nor one a topic noun is named after ("the *Iran* arms affair", "the *Iraq*
    war": ``topic_nouns``, as the resolver's owner reading has it), nor one in an
    apposition ("Samuel Yonnone, a former official of the *bank*": who he is or was, read
    by the actor coder)."""
    topics = role_words("topic_nouns")
    found: list[tuple[int, int, Token]] = []
    for w in doc_tokens(c.head.doc)[c.first : c.last + 1]:
        if w.i == c.head.i or w.ent_type_ not in OWNER_ENTS:
            continue
        depth, x, skip = 0, w, False
        while x.i != c.head.i and x.pos_ not in {"VERB", "AUX"} and depth < 8:
            skip = skip or _aside(x)
            x, depth = x.head, depth + 1
            skip = skip or x.lower_ in topics
        if x.i == c.head.i and not skip:
            found.append((depth, w.i, w))
    return [w for _, _, w in sorted(found)]


def _fillable(actor: Actor, sources: list[Actor | None], suspects: bool = False) -> bool:
    """Whether a filled target may be ``actor``: coded, none of the sources' codes or
    entities nor a source state's own country or organ ("Iraqi forces shelled *Iraq's*
    Halabja district": a domestic act, :func:`_own_state`), no news outlet, no place that
    is no country, no civilian arrested (``suspects``: an arrest's code)."""
    code = actor.code or ""
    named = [a for a in sources if a is not None]
    if not code or any(code == a.code or actor.key == a.key for a in named):
        return False
    if _own_state(actor, sources):
        return False
    if "MED" in code_blocks(code)[1:]:
        return False  # "told Reuters": the outlet is no party
    if actor.token.ent_type_ in {"GPE", "LOC", "FAC"} and not (
        actor.entity is not None and actor.entity.kind == "country"
    ):
        return False  # a town or region alone is where, not whom
    return not (suspects and _suspect_civilian(actor))


STATE_ORGANS = {"", "GOV", "MIL", "COP", "JUD", "LEG", "SPY"}  # after a country code


def _own_state(actor: Actor, sources: list[Actor | None]) -> bool:
    """Whether ``actor`` is the country, or an organ of the state, of one of the sources
    ("Perez (GTMGOV) promised to add officers to the police (GTMCOP)"), or a state organ
    named without a country ("the police" COP: the speaker's own, as a rule) — only when
    every coded source is itself a state actor (a rebel group's government is its
    counterpart, not its own)."""
    code = actor.code or ""
    coded = [s.code for s in sources if s is not None and s.code]
    if not all(_state_code(c) for c in coded):
        return False  # "the ELN agreed to negotiate with the government": not domestic
    if not code:
        return False  # a named party without a code stays (its entity is recorded)
    if code in STATE_ORGANS:
        return True
    return _state_code(code) and any(c[:3] == code[:3] for c in coded)


def _country_itself(actor: Actor) -> bool:
    """The state itself as an actor: a country named as one ("Iran attacked"), coded with
    no role — not people a country code was given for their nationality or place
    ("students", "gunmen in Tegucigalpa")."""
    return (
        country_only(actor.code or "")
        and not actor.inferred
        and actor.entity is not None
        and actor.entity.kind == "country"
    )


def _state_code(code: str) -> bool:
    """A state's code: a country alone ("VEN"), a country's organ ("VENGOV") or an organ
    alone ("COP"); not a group ("REB", "COLREB", "IGOUNO")."""
    if code[:3] in ROLE_KINDS:
        return code[:3] in STATE_ORGANS and len(code) == 3
    return len(code) >= 3 and code[3:6] in STATE_ORGANS


def _derived(event: Event, info: CodeInfo, link: str) -> Event:
    """The verbal event a refused or promised act also is ("will not lift" → REJECT,
    "will release" → INTENT): asserted, same actors and trigger, ``link`` → the act's code."""
    extra = dict(
        event.extra,
        event_name=info.name,
        plover_event=info.plover_event,
        plover_mode=info.plover_mode,
        penta_class=info.penta_class,
    )
    extra[link] = event.code
    extra["quantities"] = list(event.extra.get("quantities") or [])
    return Event(
        code=info.code,
        root=info.root,
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        trigger=event.trigger,
        sentence=event.sentence,
        source=event.source,
        target=event.target,
        source_code=event.source_code,
        target_code=event.target_code,
        negated=False,
        hypothetical=False,
        alleged=event.alleged,
        future=False,
        attributed_to=event.attributed_to,
        confidence=event.confidence,
        extra=extra,
    )


RELATIVE_TAGS = {"WDT", "WP"}  # "which", "that", "who", "whom" as relative pronouns


def _object_relative(token: Token) -> bool:
    """Whether ``token`` heads a relative clause whose own subject is named and whose
    object is the noun it modifies ("the intelligence [that] they provided", "the aid
    which Japan sent"): no direct object but a relative pronoun. Not a subject relative
    ("the agency that provided aid", "the men who sent troops")."""
    if token.dep_ != "relcl" or token.head.i == token.i or token.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    kids = list(token_children(token))
    subject = any(c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS for c in kids)
    return subject and all(c.tag_ in RELATIVE_TAGS for c in kids if c.dep_ == "dobj")


def _intended(events: list[Event], lex: EventLexicon, wished: bool = False) -> list[Event]:
    """The events of one trigger whose act is only declared wanted (directives
    ``willed``): each act with an intent code (intents.tsv) as that intent, asserted; the
    intent already derived from a future act dropped as its double. Negated or
    hypothetical acts ("not willing to negotiate", "if it is keen to talk") unchanged;
    ``wished`` (directives ``wanted``: "wanted a discussion"): the hypothetical reading is
    the wish verb's own and does not count."""
    if any(ev.negated or (ev.hypothetical and not wished) for ev in events):
        return events
    out = []
    for ev in events:
        if ev.extra.get("intent_of"):
            continue
        intent = lex.intent_for(ev.code)
        out.append(_derived(ev, intent, "intent_of") if intent is not None else ev)
    return out


def _threatened(events: list[Event], lex: EventLexicon, directives: Directives) -> list[Event]:
    """The events of one trigger whose coercive act is stated under a condition (directives
    ``conditioned``: "we will impose taxes if the bill passes"): each act ``threat_codes``
    maps (sanctions 163 -> 1312, force 19x -> 138 ...) as that threat, made (asserted),
    with the act's sides; the intent derived from a future act dropped as its double.
    Negated acts ("will not impose taxes if") and acts no threat code lists unchanged."""
    if any(ev.negated for ev in events):
        return events
    mapped = {ev.code: directives.threat_code("130", str(ev.code)) for ev in events}
    if not any(code != "130" for code in mapped.values()):
        return events
    out = []
    for ev in events:
        if ev.extra.get("intent_of"):
            continue
        info = lex.describe(mapped[ev.code]) if mapped[ev.code] != "130" else None
        out.append(_derived(ev, info, "threat_of") if info is not None else ev)
    return out


BEFORE_SENTENCES = 2  # how far back a pattern's ``context_before_any`` reads


def _sentences_before(token: Token, n: int) -> str:
    """RETURNS the lower-cased text (false friends blanked) of the ``n`` sentences before
    ``token``'s: a word whose sense its own sentence leaves open takes it from the story
    just told ("It earlier reported strikes at dawn." after a military spokesman's account
    of planes hitting targets)."""
    before = reversed(sentences_before(token, n))
    return without_false_friends(" ".join(span_text(s) for s in before).lower())


def _phrase_in(tokens: list[Token], phrases: list, outside: Token | None = None) -> bool:
    """Whether a phrase is in the tokens' subtrees (never in ``outside``'s subtree: the
    participle of "the moves proposed by the meeting" is no part of its noun's object),
    as whole words of their text or lemmas: "list" is no part of "journalist" (span27)."""

    def words(t: Token) -> list[Token]:
        if outside is None or t.i != outside.head.i:
            return list(t.subtree)
        return [x for x in t.subtree if not outside.left_edge.i <= x.i <= outside.right_edge.i]

    texts = " " + " ".join(" ".join(x.lower_ for x in words(t)) for t in tokens) + " "
    lemmas = " " + " ".join(" ".join(x.lemma_.lower() for x in words(t)) for t in tokens) + " "
    return any(f" {p} ".lower() in texts or f" {p} ".lower() in lemmas for p in phrases)


def _infer_sources(events: list[Event]) -> None:
    """A nominal event with a target and no source borrows the source of the closest
    earlier event of the same quad class, in the same or the previous sentence, against the
    same target ("troops attacked the camp ... the attack on the camp"; who met a man is not
    who arrested him)."""
    for i, ev in enumerate(events):
        if ev.source_code or not ev.target_code or not ev.extra.get("nominal"):
            continue
        for prev in reversed(events[:i]):
            same = prev.sentence.start == ev.sentence.start
            adjacent = 0 <= ev.sentence.start - prev.sentence.end <= 3
            if not (same or adjacent):
                break
            if (
                prev.source_code
                and prev.target_code == ev.target_code
                and (prev.target == ev.target)
                and prev.quad_class == ev.quad_class
            ):
                ev.source, ev.source_code = prev.source, prev.source_code
                ev.extra["source_inferred"] = True
                ev.confidence = round(ev.confidence * 0.8, 3)
                break


def _linker(token: Token, side: Token) -> bool:
    """Whether ``side`` is the subject of the attribution verb whose object the event noun
    is ("authorities tied the massacre to a feud"): the one who links an act to a culprit is
    no side of the act, even when the culprit named is no actor."""
    verb = attributing_verb(token)
    return verb is not None and any(
        c.dep_ in SUBJECT_DEPS and c.i == side.i for c in token_children(verb)
    )
