"""A person the text states to lead or belong to a named armed or criminal group.

Three phrasings, each naming the group in the person's own phrase:

* an apposition: "X, the leader of the Zetas,", "X, one of the top bosses of the Sinaloa
  Cartel,", "X, a member of the Urabenos";
* the group's possessive before the name: "the PCC's alleged leader, X";
* the group's name before the head noun: "the Urabenos co-leader X".

The head noun must be a membership or leadership word (``group_member_words.tsv``); the
group a coded, not inferred, criminal, rebel, insurgent or unaligned armed group
(``CRM``, ``REB``, ``INS``, ``UAF``). The person takes the group's code (the group's home
country, docs/actor-codes.md 1), never the arresting or indicting state's. No code for a
former member ("X, a former leader of the FARC": rank and file out of a group have no
role, docs/actor-codes.md 3.4), for a head noun of another relation ("a lawyer of the
Urabenos", "a victim of the Zetas"), nor for a group that owns the head's object ("the
leader of the Zetas' rivals").

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from watchfloor.data import read_tsv
from watchfloor.extract.actors.codes import FORMER, country_word, title_role
from watchfloor.extract.actors.reading import ROLE_KINDS, Reading
from watchfloor.extract.articles import ENGLISH_ARTICLES
from watchfloor.extract.doccache import doc_tokens, sentence_at
from watchfloor.extract.gazetteer import Gazetteer, fold

_DATA = Path(__file__).resolve().parents[2] / "data" / "actors"
WORDS = read_tsv(_DATA / "group_member_words.tsv")
MEMBER_HEADS = frozenset(fold(row["word"]) for row in WORDS if row["kind"] == "head")
# modifiers that put the person outside the group or against it ("rival boss")
NOT_MEMBER = frozenset(fold(row["word"]) for row in WORDS if row["kind"] == "not_member")
ARMED_ROLES = frozenset({"CRM", "REB", "INS", "UAF"})
# what links the head noun to the group after it: "leader of", "a member in", "operative for"
LINKS = frozenset({"of", "in", "within", "for"})
# parts of speech a modifier between the article and the head may have ("top", "alleged",
# "financial", "Zetas"): no verb, no pronoun, no clause
MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "ADV", "NUM"})
MAX_MODIFIERS = 4


def _role(code: str) -> str:
    return code[3:6] if len(code) >= 6 else code[:3]


def _words(doc: Doc, start: int, end: int) -> list[tuple[str, str]]:
    """The words of ``doc[start:end]`` as (lower-case text, part of speech), a hyphenated
    compound joined ("co-leader", "second-in-command": one word, the last part's tag); a
    participle ("alleged", "suspected", "remaining") counts as an adjective."""
    out: list[tuple[str, str]] = []
    glue = False
    for t in doc_tokens(doc)[start:end]:
        if t.is_space:
            continue
        if out and (glue or t.text == "-") and not t.is_sent_start:
            text, _ = out[-1]
            out[-1] = (text + t.lower_, t.pos_ if t.text != "-" else out[-1][1])
        else:
            out.append((t.lower_, "ADJ" if t.tag_ in {"VBN", "VBG"} else t.pos_))
        glue = t.text == "-" and not t.whitespace_
        if t.text == "-" and t.i > start and doc[t.i - 1].whitespace_:
            return []  # a dash between words ("X - the leader"): no compound, no phrase
    return out


def _member_phrase(words: list[tuple[str, str]]) -> bool:
    """Whether words are "[one of] [article] [modifiers] head": a membership head noun
    after at most four modifiers, none of them a former one or a rival."""
    if [w for w, _ in words[:2]] == ["one", "of"]:
        words = words[2:]
    if words and words[0][0] in ENGLISH_ARTICLES:
        words = words[1:]
    if not words or words[-1][0] not in MEMBER_HEADS:
        return False
    mods = words[:-1]
    return len(mods) <= MAX_MODIFIERS and all(
        pos in MODIFIER_POS
        and w.replace("-", "").isalpha()
        and not {fold(p) for p in w.split("-")} & (FORMER | NOT_MEMBER)
        for w, pos in mods
    )


def _after_group(doc: Doc, o: Reading) -> bool:
    """Whether the group's name is the possessor of what follows ("the Zetas' rivals")."""
    return o.end < len(doc) and doc[o.end].tag_ == "POS"


def stated_group(doc: Doc, r: Reading, groups: list[Reading]) -> tuple[Reading, list[str]] | None:
    """The group a person's own phrase places them in (see the module docstring) and the
    words of that phrase, or None."""
    if not groups or not doc.has_annotation("SENT_START"):
        return None
    sent = sentence_at(doc, r.start)
    for o in groups:
        if not sent.start <= o.start < sent.end:
            continue
        if o.start > r.end and doc[r.end].text == "," and not _after_group(doc, o):
            # "X, the leader of the Zetas": "," [one of] [the] [mods] head link [the] group
            words = _words(doc, r.end + 1, o.start)
            if words and words[-1][0] in ENGLISH_ARTICLES:
                words = words[:-1]
            if len(words) >= 2 and words[-1][0] in LINKS and _member_phrase(words[:-1]):
                return o, [t.text for t in doc_tokens(doc)[r.end + 1 : o.start]]
        if o.end < r.start:
            words = _words(doc, o.end, r.start)
            if words and words[-1][0] == ",":
                words = words[:-1]  # "the PCC's alleged leader, X"
            if words and words[0][1] == "PART" and words[0][0] in {"'s", "'", "’s", "’"}:
                words = words[1:]  # the possessive
            elif doc[o.end - 1].tag_ == "POS" or any(w == "," for w, _ in words):
                continue
            if words and _member_phrase(words):
                return o, [t.text for t in doc_tokens(doc)[o.end : r.start]]
    return None


def _group_title(doc: Doc, title: str, group: Reading) -> bool:
    """Whether a person's title is a membership head of the stated group ("commander of
    the Zetas gang", "Zetas commander"): its head a membership word, the group named in it."""
    named = fold(doc[group.start : group.end].text) in fold(title)
    return named and any(fold(w) in MEMBER_HEADS for w in title.split())


def code_stated_members(doc: Doc, gaz: Gazetteer, readings: list[Reading]) -> None:
    """Give the people with no code, or only a bare role, the code of the armed or
    criminal group their own phrase places them in (see the module docstring). A
    nationality in that phrase is the person's own and beats the group's home: "X, a
    Venezuelan member of the Urabenos" is ``VENCRM``, not the Colombian group's ``COLCRM``
    (the actors18 error: a foreigner given another state's country)."""
    groups = [
        o
        for o in readings
        if o.type == "organization" and o.code and not o.inferred and _role(o.code) in ARMED_ROLES
    ]
    if not groups:
        return
    for r in readings:
        if r.type != "person":
            continue
        found = stated_group(doc, r, groups)
        if found is None or found[0].code is None:
            continue
        group, said = found
        # "X, a commander of the Zetas gang": the title read alone gave the army's role
        # ("commander" MIL); the group it names says whose commander (people42)
        own_titles = [t for t in r.titles if not _group_title(doc, t, group)]
        by_group_title = r.code_from == "title" and len(own_titles) < len(r.titles)
        if r.code and len(r.code) > 3 and not by_group_title:
            continue
        if r.code and _role(r.code) not in ARMED_ROLES and not by_group_title:
            continue  # a bare "GOV" from a title is the person's office, not a group's
        if any((title_role(gaz, t) or "CRM") not in ARMED_ROLES for t in own_titles):
            continue  # "Prosecutor X, ...": an office of the person's own
        if r.code and len(group.code) <= 3 and not by_group_title:
            continue  # a bare group adds nothing to a bare title ("drug lord X" keeps
            # its way to the article's country, criminal_titles.py)
        role = _role(group.code)
        own = next((c for c in (country_word(gaz, w) for w in said if w[:1].isupper()) if c), None)
        code = f"{own}{role}" if own else group.code
        r.code, r.country, r.inferred, r.code_from = (code, own or group.country, False, "group")
        r.kind = ROLE_KINDS.get(role) if by_group_title else r.kind or ROLE_KINDS.get(role)
