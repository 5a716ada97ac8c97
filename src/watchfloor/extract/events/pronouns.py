"""Event actors: which named person or group a pronoun of an argument stands for.

Place in the flow: extract (events). :class:`.resolver.ActorResolver` maps an argument word
to actors; for a pronoun it asks :class:`Antecedents` (one per document):
:meth:`Antecedents.antecedent` picks the nearest earlier mention of this or the two
sentences before that agrees with the pronoun — of its gender for he/she
(:meth:`Antecedents.genders`: a title or kin word before a name, else the pronouns of the
sentences naming that person alone), never the subject of its own clause nor another
argument of its predicate, never across a quotation's edge for he/she, the main clause's
subject first, a fronted possessive looking ahead ("After her meeting with X, Y ..."), and
none when two coordinated people or an unnamed "wife" fit as well;
:meth:`Antecedents.plural_persons` the coordinated people a "they" stands for. The
module's functions find the speaker of a quote a first-person pronoun belongs to
(:func:`speaker`), the plural subject a complement clause's "they" reports for
(:func:`matrix_subject`; a "he" / "she" one with no named person fitting:
:func:`speaking_subject`), the noun a relative pronoun stands for
(:func:`relative_antecedent`) and the main clause's subject a "they" of a relative clause
on its object stands for ("X fight Y, whom they accuse": :func:`relative_holder`). Word
lists (titles, gendered nouns, speaking verbs): ``data/events/pronouns.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from watchfloor.data import PACKAGE_DATA, read_yaml
from watchfloor.extract.base import Extraction
from watchfloor.extract.doccache import sentence_at, sentence_of, span_tokens, token_children
from watchfloor.extract.events.arguments import SUBJECT_DEPS, patient_nouns
from watchfloor.extract.events.backrefs import (
    ROOT_SUBJECT_DEPS,
    Quotes,
    clause_subject,
    coordinated_persons,
    name_head,
    token_at,
)
from watchfloor.extract.gazetteer import Gazetteer
from watchfloor.model import Entity

# titles, gendered nouns, speaking verbs (``pronouns.yaml``, read once at import)
WORDS: dict = read_yaml(PACKAGE_DATA / "events" / "pronouns.yaml") or {}

MALE_PRONOUNS = {"he", "him", "his"}
FEMALE_PRONOUNS = {"she", "her", "hers"}
PERSONAL = MALE_PRONOUNS | FEMALE_PRONOUNS
COLLECTIVE = {"it", "they"}  # as subjects: the last country or organisation named
COLLECTIVE_POSS = {"its", "their"}  # "their arrest": the group is the patient
PLURAL = {"they", "their", "them"}  # may stand for coordinated people ("X and Y")
# titles and kin words that show a person's gender, nouns for an unnamed man or woman
MALE_TITLES = frozenset(WORDS["male_titles"])
FEMALE_TITLES = frozenset(WORDS["female_titles"])
FEMALE_NOUNS = frozenset(WORDS["female_nouns"])
MALE_NOUNS = frozenset(WORDS["male_nouns"])
# the other arguments of a pronoun's predicate: never the pronoun's own referent
SIDE_DEPS = {
    "nsubj",
    "nsubjpass",
    "dobj",
    "dative",
    "agent",
    "compound",
    "poss",
    "pobj",
    "prep",
    "appos",
}
# First person in quoted speech: the speaker ("I urge ...," X said) or the speaker's side
FIRST_SINGULAR = {"i", "me", "my", "myself", "mine"}
FIRST_PLURAL = {"we", "us", "our", "ours", "ourselves"}
# verbs that introduce what someone said: their subject speaks the quote
SPEAKING = frozenset(WORDS["speaking_verbs"])
# a time or circumstance adjunct ("after his visit"): its possessive may be the subject's
ADJUNCT_PREPS = frozenset(WORDS["adjunct_preps"])
# "a gang that attacked", "the police, who arrested": the relative pronoun stands for the
# noun its clause modifies
RELATIVE = {"that", "which", "who", "whom"}
# the prepositions of a place an "it" / "they" never stands for (:func:`as_place`)
PLACE_MARKERS = {
    "in",
    "into",
    "inside",
    "within",
    "near",
    "at",
    "across",
    "off",
    "outside",
    "from",
    "to",
    "toward",
    "towards",
    "through",
    "throughout",
    "along",
    "around",
}


class Antecedents:
    """The antecedents of the pronouns of one document (one instance per document)."""

    def __init__(
        self,
        result: Extraction,
        persons: list[tuple[int, Entity]],
        groups: list[tuple[int, Entity]],
        entity_at: Callable[[Token], Entity | None],
        gaz: Gazetteer,
    ) -> None:
        self.result = result
        self.persons = persons  # (mention start, entity), in text order
        self.groups = groups
        self.entity_at = entity_at  # the resolver's: never a dateline's place
        self.gaz = gaz
        self._genders: dict[str, str] | None = None
        self.quotes = Quotes(result.text)

    def proper_subject(self, pron: Token) -> Token | None:
        """The proper-noun subject of a possessive pronoun's clause ("the Leones did it
        as retaliation for their boss' murder"), which "their" then most likely stands
        for; None when the subject is a common noun ("Marines killed two of their
        gunmen": the pronoun looks back to a group named before) or there is none."""
        head = pron.head
        for _ in range(6):
            subj = next((c for c in token_children(head) if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None:
                role = self.gaz.role_of(subj.lower_) or self.gaz.role_of(subj.lemma_.lower())
                return subj if subj.tag_ in {"NNPS", "NNP"} and not role else None
            if head.head == head:
                return None
            head = head.head
        return None

    def antecedent(self, pron: Token, mentions: list[tuple[int, Entity]]) -> Entity | None:
        """The entity of ``mentions`` a pronoun stands for, in this or the two sentences
        before: the nearest earlier one that agrees with it (he/his/him: a person not known
        to be a woman; she/her: not known to be a man; it/they: a country or organisation),
        other than the subject of the pronoun's own clause and the other arguments of its
        predicate ("Mena's gunmen attacked him": not Mena). In the pronoun's own sentence
        the subject of the main clause goes first ("X met Y, and his arrest ...": X).
        None when no mention fits: a side left empty rather than guessed."""
        holder = relative_holder(pron)
        if holder is not None:
            # "the vigilantes are fighting state authorities, who they accuse of
            # corruption": the main clause's subject, else no one (not the last group named)
            ids = {e.id for t in (holder, *holder.conjuncts) if (e := self.entity_at(t))}
            return next((e for _, e in mentions if e.id in ids), None)
        sent = sentence_of(pron)
        for _ in range(2):
            if sent.start > 0:
                sent = sentence_at(pron.doc, sent.start - 1)
        floor = sent.start_char
        subject = self._subject_person(pron)
        if subject is not None and self._own_adjunct(pron, mentions):
            subject = None  # "X criticised the US after his visit": X's own visit
        skip = {subject} | self._co_arguments(pron)
        collective = pron.lower_ in COLLECTIVE | COLLECTIVE_POSS
        gender = (
            "m" if pron.lower_ in MALE_PRONOUNS else "f" if pron.lower_ in FEMALE_PRONOUNS else None
        )
        genders = self.genders(pron.doc) if gender else {}
        fits: list[tuple[int, Entity]] = []
        for start, ent in mentions:
            if not floor <= start < pron.idx or ent.id in skip:
                continue
            if collective and ent.type == "location" and as_place(pron.doc, start):
                continue  # "escaped into Venezuela. They murder ...": a place, no agent
            if gender and genders.get(ent.id, gender) != gender:
                continue  # "Mr. Perez ... accused her": not him
            if gender and not self.quotes.same_side(start, pron.idx):
                # never across a quotation's edge for he/she: the "he" of quoted speech is
                # seldom the person named outside it. Not for "they"/"it": '"They murder
                # our police," Petro wrote' of the rebels named before (the sample corpus)
                continue
            fits.append((start, ent))
        if not fits:
            return self._cataphoric(pron, gender, genders)
        main = self._main_subject(pron)
        own = sentence_of(pron).start_char
        if main is not None and any(ent.id == main for _, ent in fits):
            chosen = [(st, ent) for st, ent in fits if ent.id == main][-1]
        elif (
            gender
            and fits[-1][0] < own
            and (subjects := [(st, ent) for st, ent in fits if clause_subject(pron.doc, st)])
        ):
            # he/she with nothing fitting in its own sentence: the nearest earlier
            # clause subject before a nearer object or possessor (not for they/its: the
            # small model's ORG subjects misled "their leaders" in the 150-story diff):
            # "Morales backed Trump's plan. He ...": Morales
            chosen = subjects[-1]
        else:
            chosen = fits[-1]
        if gender and self._coordinated_other(pron, chosen[0], {e.id for _, e in fits}):
            # "Juan Perez and Carlos Mena were seen ... He was arrested": two people fit
            # equally; the side is left empty rather than guessed (issue 12)
            return None
        if gender and self._unnamed_between(pron, chosen[0], gender):
            # "designated X's wife a trafficker and accused her": "her" is the wife, a
            # person the document does not name; X is not the one accused
            return None
        return chosen[1]

    def plural_persons(self, pron: Token) -> list[Entity] | None:
        """The named people a "they"/"their"/"them" stands for when they are coordinated
        ("Juan Perez and Carlos Mena"): the subject of the pronoun's own clause ("Perez and
        Mena confined their talks to ..."), else, for a pronoun with no organisation or
        country named before it in its own sentence, the subject of the previous
        sentence's main clause ("Perez and Mena visited Paris and Rome. They then ...").
        None when no such pair is there (the pronoun goes on to groups as before)."""
        subj = self._own_clause_subject(pron)
        if (
            subj is None
            and sentence_of(pron).start > 0
            and not any(sentence_of(pron).start_char <= st < pron.idx for st, _ in self.groups)
        ):
            prev = sentence_at(pron.doc, sentence_of(pron).start - 1)
            subj = next((c for c in token_children(prev.root) if c.dep_ in ROOT_SUBJECT_DEPS), None)
            if subj is not None and not self.quotes.same_side(subj.idx, pron.idx):
                subj = None
        return coordinated_persons(subj, self.entity_at) if subj is not None else None

    @staticmethod
    def _own_clause_subject(pron: Token) -> Token | None:
        """The subject of the verb a possessive pronoun's phrase hangs from ("Perez and
        Mena confined their talks": Perez); None for a subject pronoun or no subject."""
        if pron.dep_ != "poss":
            return None
        verb = pron.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        return next(
            (c for c in token_children(verb) if c.dep_ in ROOT_SUBJECT_DEPS and c.i < pron.i), None
        )

    def _coordinated_other(self, pron: Token, start: int, fitting: set[str]) -> bool:
        """Whether the mention at ``start`` is coordinated with a mention of another
        entity that fits the pronoun too ("Juan Perez and Carlos Mena")."""
        tok = token_at(pron.doc, start)
        if tok is None:
            return False
        tok = name_head(tok)
        mine = self.entity_at(tok)
        for conj in tok.conjuncts:
            lo, hi = sorted((tok.i, conj.i))
            between = pron.doc[lo + 1 : hi]
            if not any(t.dep_ == "cc" and t.lower_ in {"and", "or"} for t in between) or any(
                t.is_quote or t.lower_ in {"alias", "aka"} for t in between
            ):
                continue  # 'X, alias "Y"': one person under two names, not two people
            other = self.entity_at(conj)
            if other is not None and other.id in fitting and (mine is None or other.id != mine.id):
                return True
        return False

    def _cataphoric(
        self, pron: Token, gender: str | None, genders: dict[str, str]
    ) -> Entity | None:
        """The person a possessive pronoun in a fronted phrase looks ahead to when nobody
        before it fits: "After her meeting with X, Vice President Y returned" — the named
        person subject of the sentence's main clause, after the pronoun, of its gender;
        not for what befalls the possessor ("after his capture": ``patient_nouns``).
        RETURNS that person or None."""
        if (
            pron.lower_ not in {"his", "her"}
            or pron.dep_ != "poss"
            or pron.head.lemma_.lower() in patient_nouns()
            or pron.head.lower_ in patient_nouns()
        ):
            # "After his capture, President X called Y the last of the capos": whoever
            # undergoes an arrest is seldom the one speaking of it after
            return None
        root = sentence_of(pron).root
        if root.lemma_.lower() in SPEAKING:
            return None  # "After his arrest, prosecutor X said": the speaker is another
        subj = next((c for c in token_children(root) if c.dep_ in SUBJECT_DEPS), None)
        if subj is None or subj.i < pron.i:
            return None
        # the pronoun's phrase hangs from the main verb, before its subject
        node = pron
        while node.head.i != root.i and node.head.i != node.i:
            node = node.head
        if node.dep_ not in {"prep", "npadvmod", "advcl"} or node.i > subj.i:
            return None
        ent = self.entity_at(subj)
        if ent is None or ent.type != "person" or genders.get(ent.id, gender) != gender:
            return None
        return ent

    def _unnamed_between(self, pron: Token, start: int, gender: str) -> bool:
        """Whether a noun for an unnamed person of the pronoun's gender ("his wife", "a
        man", "the mother") stands between the chosen mention at ``start`` and the pronoun,
        outside any named entity: then the pronoun likely stands for that person."""
        nouns = FEMALE_NOUNS if gender == "f" else MALE_NOUNS
        span = pron.doc.char_span(start, pron.idx, alignment_mode="expand")
        if span is None:
            return False
        for t in span:
            if (
                t.pos_ == "NOUN"
                and t.tag_ == "NN"
                and t.lemma_.lower() in nouns
                and t.i < pron.i
                and self.result.entity_at(t.idx, t.idx + len(t.text)) is None
                and not any(c.dep_ == "appos" for c in token_children(t))
                and t.dep_ != "appos"
            ):
                return True
        return False

    def _main_subject(self, pron: Token) -> str | None:
        """The entity that is the subject of the root of the pronoun's sentence, when it
        stands before the pronoun."""
        root = sentence_of(pron).root
        subj = next(
            (c for c in token_children(root) if c.dep_ in SUBJECT_DEPS and c.i < pron.i), None
        )
        ent = self.entity_at(subj) if subj is not None else None
        return ent.id if ent is not None else None

    def _own_adjunct(self, pron: Token, mentions: list[tuple[int, Entity]]) -> bool:
        """Whether a possessive pronoun owns a noun in a time or circumstance adjunct of a
        verb with a subject of its own and no object the pronoun could stand for ("X
        criticised the United States after his visit": X's visit; not "X arrested Y after
        his return", nor "X demanded his resignation", an argument of the verb): there the
        clause's subject is the likeliest owner, not one to skip (sources45)."""
        if pron.dep_ != "poss" or pron.head.dep_ != "pobj":
            return False
        prep = pron.head.head
        verb = prep.head
        if (
            prep.dep_ != "prep"
            or prep.lower_ not in ADJUNCT_PREPS
            or verb.pos_ not in {"VERB", "AUX"}
            or not any(c.dep_ in SUBJECT_DEPS for c in token_children(verb))
        ):
            return False
        fitting = {e.id for _, e in mentions}
        for obj in token_children(verb):
            if obj.dep_ not in {"dobj", "dative", "attr"}:
                continue
            for tok in (obj, *obj.conjuncts):
                if tok.pos_ == "PRON":
                    return False  # "arrested him after his return": him, perhaps
                ent = self.entity_at(tok)
                if ent is not None and ent.id in fitting:
                    return False  # "arrested Y after his return": Y's, perhaps
        return True

    def _co_arguments(self, pron: Token) -> set[str]:
        """The entities of the other arguments of the pronoun's predicate (the agent of "he
        was arrested by X", the object of "they attacked X", "X" of "his capture by X")."""
        pred = pron.head
        found: set[str] = set()
        stack = [c for c in token_children(pred) if c.dep_ in SIDE_DEPS and c != pron]
        while stack:
            tok = stack.pop()
            if tok.dep_ in {"prep", "agent"}:
                stack += [c for c in token_children(tok) if c.dep_ == "pobj"]
                continue
            ent = self.entity_at(tok)
            if ent is not None:
                found.add(ent.id)
            stack += [c for c in tok.conjuncts if c.i > tok.i]
            stack += [
                c for c in token_children(tok) if c.dep_ in {"poss", "compound"} and c != pron
            ]
        return found

    def genders(self, doc) -> dict[str, str]:
        """Entity id -> "m" / "f" for the persons whose gender the document shows: a title
        or kin word right before a mention ("Mrs.", "Sr.", "his wife"), else the personal
        pronouns of the sentences where that person is the only one named (more "he/his"
        than "she/her": a man). Persons with no sign are absent (either pronoun fits)."""
        if self._genders is not None:
            return self._genders
        titled: dict[str, str] = {}
        votes: dict[str, list[int]] = {}
        by_sentence: dict[int, set[str]] = {}
        for start, ent in self.persons:
            tok = token_at(doc, start)
            if tok is None:
                continue
            before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
            if tok.lower_ in MALE_TITLES | FEMALE_TITLES:
                before = tok.lower_  # "Mrs. Gomez" read as one name
            if before in MALE_TITLES:
                titled.setdefault(ent.id, "m")
            elif before in FEMALE_TITLES:
                titled.setdefault(ent.id, "f")
            by_sentence.setdefault(sentence_of(tok).start, set()).add(ent.id)
        for sent_start, ids in by_sentence.items():
            if len(ids) != 1:
                continue
            sent = sentence_at(doc, sent_start)
            words = span_tokens(sent)
            male = sum(t.lower_ in MALE_PRONOUNS for t in words)
            female = sum(t.lower_ in FEMALE_PRONOUNS for t in words)
            count = votes.setdefault(next(iter(ids)), [0, 0])
            count[0] += male
            count[1] += female
        genders = {eid: ("m" if m > f else "f") for eid, (m, f) in votes.items() if m != f}
        genders.update(titled)
        self._genders = genders
        return genders

    def _subject_person(self, pron: Token) -> str | None:
        """The subject of the pronoun's own clause ("Trump ... demanding his"): not him."""
        head = pron.head
        for _ in range(6):
            subj = next((c for c in token_children(head) if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None:
                ent = self.entity_at(subj)
                return ent.id if ent else None
            if head.head == head:
                return None
            head = head.head
        return None


def as_place(doc, start: int) -> bool:
    """Whether the mention starting at ``start`` is the object of a place preposition."""
    tok = token_at(doc, start)
    if tok is None:
        return False
    while tok.dep_ in {"compound", "amod", "det"} and tok.head != tok:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in PLACE_MARKERS


def speaker(pron: Token) -> Token | None:
    """The subject of the speaking verb a first-person pronoun's quote belongs to: an
    ancestor speaking verb ("Smith said, 'I urge ...'") or, when the pronoun's sentence
    holds a quotation mark and no speaker, the speaking root of the next or previous
    sentence ('"I will not resign." Smith told reporters'). Never a first-person subject."""

    def subject_of(verb: Token) -> Token | None:
        if verb.lemma_.lower() not in SPEAKING:
            return None
        subj = next((c for c in token_children(verb) if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in FIRST_SINGULAR | FIRST_PLURAL:
            return None
        return subj

    node = pron
    for _ in range(8):
        if node.head.i == node.i:
            break
        came_from, node = node, node.head
        if came_from.dep_ in {"ccomp", "parataxis", "advcl", "conj"} or node.dep_ == "ROOT":
            subj = subject_of(node)
            if subj is not None and not (subj.left_edge.i <= pron.i <= subj.right_edge.i):
                return subj
    sent = sentence_of(pron)
    if not any(t.text in {'"', "\u201c", "\u201d", "''", "``"} for t in sent):
        return None
    doc = pron.doc
    for other in (
        sentence_at(doc, sent.end) if sent.end < len(doc) else None,
        sentence_at(doc, sent.start - 1) if sent.start > 0 else None,
    ):
        if other is not None:
            subj = subject_of(other.root)
            if subj is not None:
                return subj
    return None


def matrix_subject(pron: Token) -> Token | None:
    """The plural noun subject of the verb whose complement clause a "they" subject opens
    ("the Saudis reported they would refuse", "police said they arrested him"): whom the
    pronoun most likely stands for. None for any other pronoun or shape."""
    clause = pron.head
    if pron.lower_ != "they" or pron.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "ccomp":
        return None
    subj = next((c for c in token_children(clause.head) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or subj.tag_ not in {"NNS", "NNPS"}:
        return None
    return subj


def speaking_subject(pron: Token) -> Token | None:
    """The singular noun subject of the verb whose complement clause a "he" / "she"
    subject opens ("the Egyptian president said he would meet ...", "the minister told
    reporters she would resign"): who the pronoun stands for when no named person fits
    (clauses42). None for any other pronoun or shape."""
    clause = pron.head
    if (
        pron.lower_ not in {"he", "she"}
        or pron.dep_ not in {"nsubj", "nsubjpass"}
        or clause.dep_ != "ccomp"
    ):
        return None
    subj = next((c for c in token_children(clause.head) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or subj.tag_ not in {"NN", "NNP"}:
        return None
    return subj


def relative_holder(pron: Token) -> Token | None:
    """The subject of the clause whose object a relative clause modifies, for "they" / "it"
    as that relative clause's subject with the relative pronoun its object ("the
    vigilantes are fighting state authorities, who they accuse of corruption": the
    vigilantes; judged seed 3047: the authorities coded as the accusers). None elsewhere."""
    clause = pron.head
    if pron.lower_ not in COLLECTIVE or pron.dep_ != "nsubj" or clause.dep_ != "relcl":
        return None
    if not any(c.tag_ in {"WP", "WDT"} and c.dep_ == "dobj" for c in token_children(clause)):
        return None
    noun = clause.head
    if noun.dep_ != "dobj":
        return None
    return next((c for c in token_children(noun.head) if c.dep_ in SUBJECT_DEPS), None)


def relative_antecedent(pron: Token) -> Token | None:
    """The noun a relative pronoun stands for: "the gang that attacked" → gang."""
    clause = pron.head
    if pron.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj"}:
        return None
    if pron.dep_ == "pobj":  # "with whom they negotiate"
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head.i >= pron.i:
        return None
    noun = clause.head
    return noun if noun.pos_ in {"NOUN", "PROPN"} else None
