"""Meetings, visits and talks still to come (issue 12, future46).

:mod:`watchfloor.extract.events.modality` reads an event noun of ``meeting_nouns``
(``data/events/ahead.yaml``) as future when its own grammar or date puts it ahead and no cue
made it future, hypothetical or negated already (docs/judging-criteria.md: "talks still to
come are future"; Planned talks: 04x coded asserted before they happen is wrong):

* :func:`calendar_ahead` — the news reports a date on the calendar: a modifier
  ("his *scheduled* visit", "the *next* meeting"), a date of its own ahead ("a visit *later
  this week*"), a predicate still to come ("the meeting *will take place* in London",
  "talks are *due to begin*", "officials said the meeting *would provide* ..."), a
  booking verb ("it *set* tentative talks"), an invitation ("invited him to *visit*"), a
  way paved for it, "in time for" it, or a prospect word with a date of this day or week
  ("ahead of the meeting *this week*");
* :func:`still_to_come` — those, and the actor's own act ahead: the object of a verb
  coordinated with a "will" ("will make a visit and *hold talks*"), and the talks a trip
  under way is for ("was heading for Washington for *talks*").

None of them when a past verb tells what happened to the noun ("the scheduled meeting took
place", "the meeting, which took place in October": :func:`_told_done`). The opposite
direction: an official's word that the meeting is unlikely is hypothetical
(:func:`doubted`), one that none is planned is negated (:func:`unplanned`). The caller
guards: a noun dated before the story (``modality.dated_before``) is never ahead. The
coder's intent (036) beside a future meeting is derived as before (``modality.scheduled``
unchanged): the criteria accept planned talks as 036 asserted or 04x future.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Token

from watchfloor.extract.doccache import token_children
from watchfloor.extract.events.dates import event_date, parse_published

META_KEY = "wf_meta"  # the document metadata key of watchfloor.nlp.component (no import)
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
PAST_AUX = frozenset({"was", "were", "have", "has", "had"})  # a past or perfect verb


# the word lists of data/events/ahead.yaml this module reads (one tuple for the reader and
# for the data test that checks the file)
LIST_KEYS: tuple[str, ...] = (
    "meeting_nouns",
    "ahead_modifiers",
    "ahead_date_words",
    "behind_date_words",
    "future_auxiliaries",
    "reporting_verbs",
    "continuing_verbs",
    "outcome_verbs",
    "frame_words",
    "occasion_verbs",
    "booking_verbs",
    "inviting_verbs",
    "inviting_nouns",
    "invited_acts",
    "way_verbs",
    "prospect_words",
    "current_date_words",
    "trip_verbs",
    "trip_preps",
    "doubt_words",
    "plan_nouns",
)


@lru_cache(maxsize=1)
def lists() -> dict[str, frozenset[str]]:
    """The word lists of ``data/events/ahead.yaml`` named in :data:`LIST_KEYS`,
    lower-cased, read once."""
    from watchfloor.data import read_word_lists

    path = Path(str(resources.files("watchfloor.data.events").joinpath("ahead.yaml")))
    return read_word_lists(path, LIST_KEYS)


def meeting_noun(token: Token) -> bool:
    """Whether the trigger is an event noun of ``meeting_nouns`` (a meeting, visit, talks)."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in lists()["meeting_nouns"]


def _negated(word: Token) -> bool:
    """Whether a "not" / "never" hangs on the word."""
    return any(c.dep_ == "neg" for c in token_children(word))


def _has_aux(verb: Token, words: frozenset[str]) -> bool:
    """Whether one of ``words`` is an auxiliary of the verb."""
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in words for c in token_children(verb))


def calendar_ahead(token: Token) -> bool:
    """Whether a meeting noun is on the calendar ahead (see the module docstring): the
    schedule the news reports."""
    if invited(token):
        return True
    if not meeting_noun(token) or _negated(token) or _told_done(token):
        return False
    return (
        modified_ahead(token)
        or dated_later(token)
        or predicate_ahead(token)
        or booked(token)
        or way_paved(token)
        or in_time_for(token)
        or ahead_this_period(token)
    )


def still_to_come(token: Token) -> bool:
    """Whether a meeting noun is still to come: :func:`calendar_ahead`, the object of a
    verb that shares a conjunct's "will" (:func:`coordinated_future`), or the talks a trip
    under way is for (:func:`trip_under_way`). An invited act ("invited him to *visit*")
    is one too, a verb."""
    if calendar_ahead(token):
        return True
    if not meeting_noun(token) or _negated(token) or _told_done(token):
        return False
    return coordinated_future(token) or trip_under_way(token)


def _told_done(token: Token) -> bool:
    """Whether the noun is the subject of a past or perfect verb ("the scheduled meeting
    took place", "the next meeting was held in 1985", "had been held"), or has a past
    relative clause ("the meeting, which took place in October"): what happened to it is
    told. Not a ``booking_verbs`` one ("the next meeting was scheduled for June")."""
    if any(_own_past_clause(c) for c in token_children(token)):
        return True  # "the meeting, which took place in early October"
    if token.dep_ not in SUBJECTS:
        return False
    verb = token.head
    if verb.lemma_.lower() in lists()["booking_verbs"]:
        return False
    return verb.tag_ == "VBD" and verb.lemma_.lower() != "be" or _has_aux(verb, PAST_AUX)


def _own_past_clause(clause: Token) -> bool:
    """Whether ``clause`` is a past relative clause whose subject is the noun itself ("the
    meeting, *which took place* in October"), not someone's view of it ("the summit,
    which he *expected* would not produce initiatives")."""
    if clause.dep_ not in {"relcl", "acl"} or clause.tag_ != "VBD":
        return False
    subjects = [c for c in token_children(clause) if c.dep_ in SUBJECTS]
    return all(c.tag_ in {"WDT", "WP"} or c.lower_ == "that" for c in subjects)


def modified_ahead(token: Token) -> bool:
    """Whether an ``ahead_modifiers`` word describes the noun ("Nakasone's *scheduled*
    visit", "the *next* OPEC meeting", "the *upcoming* talks"), or a possessive date with
    an ``ahead_date_words`` word ("*next week's* talks")."""
    words = lists()
    for child in token_children(token):
        if child.i > token.i:
            continue
        if child.dep_ in {"amod", "det"} and child.lower_ in words["ahead_modifiers"]:
            return True
        if child.dep_ == "poss" and any(
            c.lower_ in words["ahead_date_words"] for c in token_children(child)
        ):
            return True
    return False


def _published(token: Token) -> date | None:
    """The publication date of the trigger's document (the pipeline's metadata)."""
    meta = token.doc.user_data.get(META_KEY) or {}
    return parse_published(meta.get("published"))


def dated_later(token: Token) -> bool:
    """Whether the noun's own date expression (:func:`dates.event_date`) has an
    ``ahead_date_words`` word and no ``behind_date_words`` one ("his visit to Washington
    *later this week*", "talks *next month*", "the meeting *tomorrow*"): ahead whatever
    day it resolves to (``modality.dated_ahead`` needs a day after the story's; "later
    this week" resolves to this week)."""
    pub = _published(token)
    when = event_date(token, pub.isoformat() if pub else None)
    if not when or not when.get("text"):
        return False
    span = token.doc.char_span(int(when["start"]), int(when["end"]), alignment_mode="expand")
    if span is None or not (span.root.head.i == token.i or span.root.i in _own_words(token)):
        return False  # a date of the noun itself, not of its verb ("held talks next week")
    words = {w.lower() for w in str(when["text"]).split()}
    return bool(words & lists()["ahead_date_words"]) and not words & lists()["behind_date_words"]


def _own_words(token: Token) -> set[int]:
    """The indices of the noun's subtree: a date inside the noun phrase is the noun's."""
    return {w.i for w in token.subtree}


def _predicates(token: Token) -> list[Token]:
    """The verbs that say something of the noun: the verb it is the subject of, and a
    relative clause or participle on it or on its "of" object ("a meeting of trade
    ministers *which will review* progress": the parser hangs the clause on the
    ministers)."""
    out = [token.head] if token.dep_ in SUBJECTS else []
    described = [token] + [
        o
        for p in token_children(token)
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in token_children(p)
        if o.dep_ == "pobj"
    ]
    out += [c for x in described for c in token_children(x) if c.dep_ in {"relcl", "acl"}]
    return [v for v in out if v.pos_ in {"VERB", "AUX"}]


def predicate_ahead(token: Token) -> bool:
    """Whether a predicate of the noun (:func:`_predicates`) is still to come: a "will" /
    "shall" ("the meeting *will take place* in London", "a visit *which will focus* on
    trade"), a "would" under a reporting verb with no condition ("officials said the
    meeting *would provide* a first chance"), or a frame with an infinitive of
    ``occasion_verbs`` ("talks are *due to begin*", "the meeting is *expected to take
    place*"). Not one of ``continuing_verbs`` ("talks will continue": under way) or
    ``outcome_verbs`` ("the talks will have positive results") nor a negated one."""
    words = lists()
    for verb in _predicates(token):
        lemma = verb.lemma_.lower()
        if lemma in words["continuing_verbs"] | words["outcome_verbs"] or _negated(verb):
            continue
        if _has_aux(verb, words["future_auxiliaries"]):
            return True
        if _has_aux(verb, frozenset({"would"})) and _reported(verb):
            return True
        if token.dep_ in SUBJECTS and verb.i == token.head.i and _due_frame(verb):
            return True
    return False


def _reported(verb: Token) -> bool:
    """Whether a "would" verb is the reported clause of a ``reporting_verbs`` verb and no
    condition ("if", "unless") hangs on it: a future in the past."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lists()["reporting_verbs"]:
        return False
    return not any(c.dep_ == "advcl" for c in token_children(verb))


def _due_frame(verb: Token) -> bool:
    """Whether ``verb`` (or its adjective complement) is a ``frame_words`` word with an
    infinitive of ``occasion_verbs``: "are *due to begin*", "is *expected to take*
    place", "is *set to open*"."""
    words = lists()
    frames = [verb, *(c for c in token_children(verb) if c.dep_ == "acomp")]
    return any(
        f.lemma_.lower() in words["frame_words"]
        and not _negated(f)
        and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in words["occasion_verbs"]
            for c in token_children(f)
        )
        for f in frames
    )


def booked(token: Token) -> bool:
    """Whether the noun is the object of a ``booking_verbs`` verb, not negated ("it *set*
    tentative talks with the union", "*previewing* the summit", "*awaiting* the talks")."""
    if token.dep_ != "dobj":
        return False
    verb = token.head
    if any(c.dep_ == "prt" for c in token_children(verb)):
        return False  # "helped set up the meeting, which took place in October"
    return verb.lemma_.lower() in lists()["booking_verbs"] and not _negated(verb)


def invited(token: Token) -> bool:
    """Whether the trigger is an act an invitation asks for: the infinitive of
    ``invited_acts`` under an ``inviting_verbs`` verb or ``inviting_nouns`` noun
    ("invited Gorbachev *to visit*", "his invitation to Gorbachev *to visit*"), or a
    meeting noun in the "to" phrase of one ("invited them *to talks*"). Not a negated
    invitation."""
    words = lists()
    head = token.head
    if token.dep_ in {"xcomp", "acl", "advcl"} and token.lemma_.lower() in words["invited_acts"]:
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token_children(token)):
            return False
    elif meeting_noun(token) and token.dep_ == "pobj" and head.lower_ == "to":
        head = head.head
    else:
        return False
    lemma = head.lemma_.lower()
    return (
        lemma in words["inviting_verbs"] and head.pos_ == "VERB" or lemma in words["inviting_nouns"]
    ) and not _negated(head)


def way_paved(token: Token) -> bool:
    """Whether the noun is what a way is paved or cleared for ("paving the way for the
    *visit*", "cleared the way for *talks*"): the "for" phrase on "way", or on a
    ``way_verbs`` verb whose object is "way"."""
    if token.dep_ != "pobj" or token.head.lower_ != "for":
        return False
    head = token.head.head
    if head.lower_ == "way":
        head = head.head
    if head.lemma_.lower() not in lists()["way_verbs"] or _negated(head):
        return False
    return any(c.dep_ == "dobj" and c.lower_ == "way" for c in token_children(head))


def in_time_for(token: Token) -> bool:
    """Whether the noun is the object of "for" right after "in time" that the parser hung
    apart ("to prepare a package *in time for* his visit": "in time" and "for" both on
    the verb; ``modality.ahead_of`` reads "for" on "time")."""
    if token.dep_ != "pobj" or token.head.lower_ != "for":
        return False
    prep = token.head
    before = token.doc[max(prep.i - 2, 0) : prep.i]
    return [w.lower_ for w in before] == ["in", "time"]


def ahead_this_period(token: Token) -> bool:
    """Whether the noun is the object of "of" on a ``prospect_words`` word and its own date
    is of this day or week ("ahead of the G-7 *meeting this week*", "ahead of the
    ministers' *meeting today*"): ``modality.ahead_of`` reads such a date as on or before
    the story's, past; before it, the meeting is still to come."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    if token.head.head.lower_ not in lists()["prospect_words"]:
        return False
    pub = _published(token)
    when = event_date(token, pub.isoformat() if pub else None)
    words = {w.lower() for w in str((when or {}).get("text") or "").split()}
    return bool(words & lists()["current_date_words"]) and not (
        words & lists()["behind_date_words"]
    )


def coordinated_future(token: Token) -> bool:
    """Whether the noun is the object of a bare verb coordinated with a "will" verb ("will
    make a visit to the US and *hold talks* with Reagan"): the conjunct shares the "will"
    (``modality`` shares it only with a verb trigger)."""
    if token.dep_ != "dobj":
        return False
    verb = token.head
    if verb.dep_ != "conj" or verb.tag_ != "VB" or _negated(verb):
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in token_children(verb)):
        return False
    first = verb.head
    return _has_aux(first, lists()["future_auxiliaries"]) and not _negated(first)


def trip_under_way(token: Token) -> bool:
    """Whether the noun is what a trip under way is for: the ``trip_preps`` ("for") phrase
    of a progressive ``trip_verbs`` verb ("was *heading* for Washington for *talks*", "is
    flying to Rome for talks"): the talks at the trip's end are still to come
    (``modality.trip_to_come`` reads a trip ahead, not one under way)."""
    words = lists()
    if token.dep_ != "pobj" or token.head.lower_ not in words["trip_preps"]:
        return False
    verb = token.head.head
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in words["trip_verbs"] or _negated(verb):
        return False
    return any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in token_children(verb))


def doubted(token: Token) -> bool:
    """Whether a meeting noun is the subject of a ``doubt_words`` predicate ("a meeting
    between the two ministers *was unlikely*", "talks are *unlikely* to take place"):
    an official's word that it may not happen, hypothetical (judged seed 3088). Not one
    whose infinitive is another act ("the meeting is unlikely to produce a deal": the
    meeting is held, its outcome doubted)."""
    if not meeting_noun(token) or token.dep_ not in SUBJECTS:
        return False
    verb, words = token.head, lists()
    doubts = [
        w
        for w in [verb, *(c for c in token_children(verb) if c.dep_ == "acomp")]
        if w.lower_ in words["doubt_words"]
    ]
    return any(
        all(
            c.lemma_.lower() in words["occasion_verbs"]
            for c in token_children(w)
            if c.dep_ == "xcomp"
        )
        for w in doubts
    )


def unplanned(token: Token) -> bool:
    """Whether a meeting noun is said not to be planned: the subject of a negated passive
    of ``booking_verbs`` ("the meeting *is not scheduled*") or the "for" object of a
    ``plan_nouns`` noun with "no" ("there are *no plans* for talks"): negated."""
    if not meeting_noun(token):
        return False
    words = lists()
    if token.dep_ == "nsubjpass":
        verb = token.head
        return verb.lemma_.lower() in words["booking_verbs"] and _negated(verb)
    if token.dep_ != "pobj" or token.head.lower_ != "for":
        return False
    noun = token.head.head
    return noun.lemma_.lower() in words["plan_nouns"] and any(
        c.dep_ == "det" and c.lower_ == "no" for c in token_children(noun)
    )
