"""One meeting or accord, the rows CAMEO coders give it: the dyads of a multi-party
consultation, agreement or joint pledge.

Coordinated parties that meet each other ("Peru, Bolivia and Ecuador met", "talks between
X, Y and Z", "a meeting attended by X, Y and Z") used to give one event per ordered pair of
participants, N·(N-1) rows for one meeting (judged seeds 3025 / 3027: one domestic
forecast meeting gave six rows). For a consultation code (``RECIPROCAL_CODES``) whose
coordinated sources are also its targets, with three or more participants:

* a meeting of one body — every two participants that are no firm or market
  (``commercial``) bear one and the same actor code and are not two named organisations
  ("the chancellor, the finance minister and the interior minister met", with an
  economist or a firm beside them), or are one state's government bodies ("the National
  Security Council, the Treasury and the State Department held a meeting", USAGOV each)
  — is the body's own session: no event (as ``nonacts.internal_meeting`` for "cabinet
  meeting");
* otherwise each unordered pair of participants that are not one body's gives one row,
  the one named first as source: "Peru, Bolivia and Ecuador met" is PER→BOL, PER→ECU,
  BOL→ECU (three rows, not six); "the Zetas, the BLO and the Juarez Cartel met" (MEXCRM
  each, three named groups) three MEXCRM→MEXCRM rows. Two persons of one code are one
  body's delegation and no dyad; where the participants are only two coded bodies (one
  with its delegation, or an uncoded envoy beside them) each pair keeps both directions,
  as two parties do, and the uncoded envoy no row of his own (his body's row names the
  party).

The same holds for the other symmetric codes (``SYMMETRIC_CODES``, issue 12 agree18): an
agreement signed or reached (057), a truce (0871), cooperation (050, 06x) and a joint pledge
(03x) by coordinated parties that are each other's targets ("Peru, Chile and Bolivia signed
a security accord" three rows, not six; judged seed 3037: a six-state currency accord gave
thirty ordered rows). An accord of more than ``MAX_PAIRED`` parties is a multilateral one:
each party after the first named gives one row to the first (N-1 rows, not N·(N-1)/2).

Two parties keep both directions (X→Y and Y→X, judged right in seeds 3011 / 3012; the
reciprocal pair PETRARCH codes for a compound actor); one party meeting several ("X met
with Y and Z") is already one row per partner.

Coordinated parties of a symmetric code (not a joint pledge) that are the subject of the
trigger, or of the verb it is the object of, with no target named ("finance ministers of
X, Y and Z reached the accord") are each other's targets (:func:`mutual_parties`, issue 12
sides30), and then paired as above.

The other party of talks named only around them (issue 12 meet34, judged seeds 3065-3069):
talks held during a visit face the visitor, or the visited country when the talks' party is
the visitor (:func:`visit_partner`); talks with a named partner and no party of their own,
in the account of a named speaker, are the speaker's (:func:`speaking_party`).

The host of a visit named only as the one met during it (issue 12 targets46, judged seeds
3083-3095: "host named, left empty"): "During his visit, X met Chinese leaders", "X met
President Alfonsin on the first day of his visit", "X held talks with Y during his visit"
— the visit's host is whom its visitor meets there (:func:`visit_host`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import combinations

from spacy.tokens import Token

from watchfloor.extract.doccache import token_children
from watchfloor.extract.events.arguments import (
    DIRECT_PARTNER_VERBS,
    joint_meeting,
    role_words,
    symmetric_verbs,
    visiting,
)
from watchfloor.extract.events.modality import claim_speaker
from watchfloor.extract.events.nonacts import default_lists
from watchfloor.extract.events.resolver import Actor
from watchfloor.extract.gazetteer import code_blocks

# the consultation codes whose two sides do the same thing to each other (a meeting, a
# phone call, talks): a dyad and its reverse are one act
RECIPROCAL_CODES = frozenset({"040", "041", "044", "045", "046"})
# the codes coordinated parties do to each other alike when each is the others' target
# (CAMEO codebook v1.1b3: 036 intent to meet or negotiate, 050 diplomatic cooperation, 057
# sign formal agreement, 060-062 / 064 material, economic, military cooperation and sharing
# intelligence, 0871 declare truce), and any 03x intent pledged jointly ("Peru, Chile and
# Bolivia agreed to share intelligence"). Directed codes (visits 042 / 043, aid 07x,
# extradition 063, yielding 08x but the truce) stay one row per ordered pair.
SYMMETRIC_CODES = RECIPROCAL_CODES | frozenset({"050", "057", "060", "061", "062", "064", "0871"})
SYMMETRIC_ROOTS = ("03",)
# parties beyond which an accord is multilateral: one row per party to the first named
MAX_PAIRED = 6
# the codes of talks and meetings whose other party a visit or a speaker names: the
# consultations and the intent to meet or negotiate (036, "expects talks")
MEETING_CODES = RECIPROCAL_CODES | frozenset({"036"})
# the prepositions that set talks in a visit ("talks during his visit", "on a visit to")
VISIT_PREPS = frozenset({"during", "on", "in", "at"})

Dyad = tuple[Actor | None, Actor | None]


def meeting_dyads(
    code: str,
    sources: list[Actor | None],
    targets: list[Actor | None],
    commercial: Callable[[Actor], bool],
) -> list[Dyad] | None:
    """RETURNS the dyads to emit for a multi-party meeting or accord of coordinated
    parties, [] for a meeting of one body (no event), None when the rule does not apply
    (emit every source-target pair as before)."""
    if not symmetric(code):
        return None
    src = {a.key: a for a in sources if a is not None}
    tgt = {a.key for a in targets if a is not None}
    if len(src) < 2 or not tgt or not tgt <= set(src):
        return None  # not the coordinated parties meeting each other
    parties = sorted(src.values(), key=lambda a: a.token.i)
    if len(parties) < 3:
        return None
    political = [a for a in parties if not commercial(a)]
    if len(political) > 1 and all(_one_body(a, b) for a, b in combinations(political, 2)):
        return []  # one body's own session (its advisers and firms beside it)
    # the coded bodies among them: an uncoded person beside two bodies is most often one's
    # envoy ("signed by the minister and X, World Bank vice-president": two parties)
    coded = [a for a in parties if a.code]
    bodies = [a for i, a in enumerate(coded) if not any(_one_body(a, b) for b in coded[:i])]
    if len(bodies) > MAX_PAIRED:
        return [(a, parties[0]) for a in parties[1:] if not _one_body(a, parties[0])]
    pairs = [(a, b) for a, b in combinations(parties, 2) if not _one_body(a, b)]
    if len(bodies) == 2:
        # two coded parties, one with its delegation or envoy: the reciprocal pair of two
        # parties stays (judged seed 3038: a loan signed by a minister and a World Bank
        # vice-president, IGOUNOWBK→PHLGOV right). The uncoded envoy gives no row of his
        # own: his body's row says who signed (judged seed 3038: PHLGOV→∅ and IGOUNOWBK→∅
        # beside the two coded rows, the other party left empty; issue 12 meet21)
        pairs = [(a, b) for a, b in pairs if a.code and b.code]
        return pairs + [(b, a) for a, b in pairs]
    return pairs


def mutual_parties(
    code: str, sources: list[Actor | None], trigger: Token, subject: Token | None
) -> list[Actor] | None:
    """The parties of an accord, talks or cooperation that names no partner beside its
    coordinated sources ("finance ministers of X, Y and Z reached the accord", "X and Y
    reached an agreement"): each is the others' target (docs/judging-criteria.md:
    reciprocal acts; judged seed 3061: a six-nation accord gave six rows, each with an
    empty target). Only where the sources are the subject (``subject``, the rules' source
    word) of the trigger or of the verb the trigger is the object of: not the parties of
    another act ("after the meeting, X, Y and Z released a document": they did not meet
    each other). RETURNS the sources as the targets, None where fewer than two parties are
    named or the code is a joint pledge (03x: "X and Y vowed to fight crime" is no act on
    each other). Also (sides42) coordinated "by" objects of the trigger noun ("last
    month's currency agreement by the U.S., Japan and France"). Not the subject of a
    clause the meeting only frames ("after the meeting, X, Y and Z released ...").

    Also (partners44) the subject of a verb the meeting's verb is the open complement of
    ("X and Y plan to meet", "X and Y are expected to hold talks", "X and Y plan to
    discuss it in talks"): the planned or expected meeting is theirs, with each other; an
    intent to meet (036) is as mutual as the meeting. Only through ``xcomp`` links, and
    talks "in" which the subjects discuss something; never through "during" / "after"
    (a frame) nor a ``ccomp`` (another party's clause)."""
    if (code not in SYMMETRIC_CODES and code not in MEETING_CODES) or subject is None:
        return None
    if subject.dep_ == "pobj" and subject.head.lower_ == "by":
        if subject.head.head.i != trigger.i or trigger.pos_ not in {"NOUN", "PROPN"}:
            return None
    elif _direct_subject(trigger, subject):
        if code not in SYMMETRIC_CODES:
            return None  # "Peru and Bolivia agreed that talks would be hard": no 036 pair
    elif not _complement_subject(trigger, subject):
        return None
    parties = [a for a in sources if a is not None]
    return parties if len({a.key for a in parties}) > 1 else None


def _direct_subject(trigger: Token, subject: Token) -> bool:
    """Whether ``subject`` is the subject of the trigger or of the verb the trigger is the
    object of ("X and Y reached an accord"; the reading of sides30)."""
    return subject.dep_ == "nsubj" and (
        subject.head.i == trigger.i or (trigger.dep_ == "dobj" and trigger.head.i == subject.head.i)
    )


def _complement_subject(trigger: Token, subject: Token) -> bool:
    """Whether ``subject`` is the subject of a verb that the trigger's verb (the trigger,
    the verb it is the object of, or a talk verb discussing something "in" the talks) is
    the open complement (``xcomp``) of ("plan to hold talks", "are expected to meet"):
    the parties who hold the meeting."""
    verb: Token | None = None
    if trigger.pos_ == "VERB":
        verb = trigger
    elif trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        verb = trigger.head
    elif (
        trigger.dep_ == "pobj"
        and trigger.head.lower_ == "in"
        and trigger.head.head.pos_ == "VERB"
        and trigger.head.head.lemma_.lower() in symmetric_verbs() | role_words("joint_acts")
    ):
        verb = trigger.head.head  # "plan to discuss the dispute in talks"
    if verb is None or subject.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    chain = [verb]
    while chain[-1].dep_ == "xcomp" and len(chain) < 4:
        chain.append(chain[-1].head)
    return len(chain) > 1 and any(subject.head.i == v.i for v in chain[1:])


def visit_partner(
    code: str,
    trigger: Token,
    sources: Sequence[Actor | None],
    resolve: Callable[[Token], Sequence[Actor]],
) -> list[Actor] | None:
    """The other party of talks held during a visit ("the US expects talks during Chirac's
    visit": FRA; "the Kenyan president held talks during a visit to Uganda": UGA; judged
    seed 3066, the visitor left empty). The visitor (the visit's possessor or "of" object)
    when it is not a party of the talks already, else the place visited ("to" object); never
    a party of the talks' own state. RETURNS None where the talks name a party of their own
    on neither side, no visit holds them, or the visit names nobody else."""
    if code not in MEETING_CODES or trigger.pos_ not in {"NOUN", "PROPN"}:
        return None
    own = [a for a in sources if a is not None]
    if not own:
        return None
    visit = _holding_visit(trigger)
    if visit is None:
        return None
    keys = {a.key for a in own}
    codes = {a.code for a in own if a.code}
    visitor = next((c for c in token_children(visit) if c.dep_ == "poss"), None) or next(
        (
            g
            for p in token_children(visit)
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in token_children(p)
            if g.dep_ == "pobj"
        ),
        None,
    )
    visitors = list(resolve(visitor)) if visitor is not None else []
    if visitors and not any(a.key in keys for a in visitors):
        found = [a for a in visitors if a.code and a.code not in codes]
        return found or None
    place = next(
        (
            g
            for p in token_children(visit)
            if p.dep_ == "prep" and p.lower_ == "to"
            for g in token_children(p)
            if g.dep_ == "pobj"
        ),
        None,
    )
    if place is None:
        return None
    found = [
        a
        for a in resolve(place)
        if a.key not in keys
        and a.code
        and not any(code_blocks(a.code)[0] == code_blocks(c)[0] for c in codes)
    ]
    return found or None


# how many prepositions up a visit noun may hang below the verb of its clause: "for talks
# on the first day *of* the German leader's visit" (visit → of → day → on → talks → for →
# met)
VISIT_DEPTH = 4


def visit_host(
    code: str,
    trigger: Token,
    sources: Sequence[Actor | None],
    resolve: Callable[[Token], Sequence[Actor]],
) -> list[Actor] | None:
    """The host of a visit that names none, as the one its visitor meets during it
    ("During his visit, De Clercq met top Chinese leaders": CHN; "X met President Y on the
    first day of his visit", "X held talks with Y during his visit"): the object of
    "meet" / "consult" or the "with" object of a meeting verb or of the talks it holds,
    in the clause the visit's "during" / "on" / "in" / "at" phrase hangs on. Never one of
    the visitor's side nor the visitor's own state. RETURNS None where the rule does not
    apply or names no coded actor."""
    if code not in {"042", "043", "036"} or not visiting(trigger):
        return None
    verb = _visit_clause(trigger)
    if verb is None or not (
        verb.lemma_.lower() in symmetric_verbs()
        or any(c.dep_ == "dobj" and joint_meeting(c) for c in token_children(verb))
    ):
        return None  # "during his visit he criticised X": no meeting, no host
    partner = _met(verb)
    if partner is None:
        return None
    own = [a for a in sources if a is not None]
    keys = {a.key for a in own}
    states = {code_blocks(a.code)[0] for a in own if a.code}
    found = [
        a
        for a in resolve(partner)
        if a.key not in keys and a.code and code_blocks(a.code)[0] not in states
    ]
    return found or None


def _visit_clause(visit: Token) -> Token | None:
    """The verb whose "during" / "on" / "in" / "at" phrase holds ``visit``, directly or
    through the nouns it is "of" or "for" ("on the first day of his visit", "met X for
    talks on the first day of his visit"): prepositional links only; None otherwise."""
    node, timed = visit, False
    for _ in range(VISIT_DEPTH):
        prep = node.head
        if node.dep_ != "pobj" or prep.dep_ != "prep":
            return None
        if prep.lower_ not in VISIT_PREPS | {"of", "for"}:
            return None
        timed = timed or prep.lower_ in VISIT_PREPS
        if prep.head.pos_ == "VERB":
            return prep.head if timed else None
        if prep.head.pos_ != "NOUN":
            return None
        node = prep.head
    return None


def _met(verb: Token) -> Token | None:
    """Whom a meeting verb's subject meets: the object of "meet" / "consult", else the
    "with" object of the verb or of the talks it holds ("held talks with Y")."""
    if verb.lemma_.lower() in DIRECT_PARTNER_VERBS:
        obj = next((c for c in token_children(verb) if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj
    for holder in (verb, *(c for c in token_children(verb) if c.dep_ == "dobj")):
        for prep in token_children(holder):
            if prep.dep_ == "prep" and prep.lower_ == "with":
                obj = next((g for g in token_children(prep) if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    return None


def _holding_visit(trigger: Token) -> Token | None:
    """The visit noun that a "during" / "on" phrase of the talks, or of the verb they are
    the object of ("held talks during a visit"), names."""
    holders = [trigger]
    if trigger.dep_ in {"dobj", "nsubjpass"} and trigger.head.pos_ == "VERB":
        holders.append(trigger.head)
    for holder in holders:
        for prep in token_children(holder):
            if prep.dep_ != "prep" or prep.lower_ not in VISIT_PREPS:
                continue
            for noun in token_children(prep):
                if noun.dep_ == "pobj" and visiting(noun):
                    return noun
    return None


def speaking_party(
    code: str,
    trigger: Token,
    targets: Sequence[Actor | None],
    resolve: Callable[[Token], Sequence[Actor]],
) -> list[Actor] | None:
    """The party of talks with a named partner that name no party of their own, in a named
    speaker's account ("Mulroney said progress was made in trade talks with the United
    States": CANGOV→USA; judged seed 3066, the speaker's side left empty): one who reports
    how his talks go is a party to them. Only a named speaker of a party speech verb
    (``modality.claim_speaker``: not "officials said", not an outlet), coded, and none of
    the partners; not talks with a possessor ("Iran's talks with the EC": its own party),
    nor talks that are a verb's object (attended or held by the verb's subject).
    RETURNS None where the rule does not apply."""
    if code not in MEETING_CODES or trigger.pos_ not in {"NOUN", "PROPN"}:
        return None
    partners = [a for a in targets if a is not None]
    if not partners or any(c.dep_ == "poss" for c in token_children(trigger)):
        return None
    if trigger.dep_ == "dobj":
        return None  # "said his son was forced to attend the meeting with X": whoever
        # attends or holds the talks is their party, named or not (InSight Crime read)
    speaker = claim_speaker(trigger)
    if speaker is None:
        return None
    keys = {a.key for a in partners}
    codes = {a.code for a in partners if a.code}
    found = [a for a in resolve(speaker) if a.code and a.key not in keys and a.code not in codes]
    return found or None


def symmetric(code: str) -> bool:
    """Whether coordinated parties doing ``code`` to each other do one act (see
    ``SYMMETRIC_CODES``)."""
    return code in SYMMETRIC_CODES or code.startswith(SYMMETRIC_ROOTS)


def _organisation(actor: Actor) -> bool:
    ent = actor.entity
    return ent is not None and ent.type == "organization" and not ent.id.startswith("act:")


def _one_state(code: str) -> bool:
    """Whether a code is one named state's government, legislature or court (``USAGOV``:
    a country block, then a ``policy_roles`` role of ``nonacts.yaml``)."""
    blocks = code_blocks(code)
    roles = default_lists().policy_roles
    return len(blocks) > 1 and blocks[0] not in roles and bool(set(blocks[1:]) & roles)


def _one_body(a: Actor, b: Actor) -> bool:
    """Whether two parties are one body's members: the same actor code, not two named
    organisations ("the Zetas, the BLO and the Juarez Cartel met" are MEXCRM each, and
    three groups) unless both are one state's government bodies ("the National Security
    Council, the Treasury and the State Department met", USAGOV each: one government's
    own session; judged seed 3047, issue 12 round 24)."""
    if a.code is None or a.code != b.code:
        return False
    return not (_organisation(a) and _organisation(b)) or _one_state(a.code)
