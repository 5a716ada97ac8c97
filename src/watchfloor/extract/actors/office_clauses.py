"""Offices stated around a name in ways the title walk does not read (officials32).

"X, who heads the national police," → the title "head of the national police" (the
relative clause's verb from office_verbs.tsv, its object holding a role word; a past
tense "who headed" → "former head of ..."); "X, who served as Honduras' police chief"
→ "former Honduras' police chief" (the "as" phrase of "serve" is the office, people42);
"the Interior Ministry's X" → the title "Interior Ministry" (a body's possessive before
the name: any capitalised name holding a role word, so also a party's or an armed
group's: "the Sinaloa Cartel's X"). Each gives
only a title: the title coder (coding.py) then gives the role and the country as for any title, so a
foreign body ("who heads Colombia's police") keeps its own country and a firm's office
("who heads sales at Acme") gives no title at all.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc, Token

from watchfloor.data import read_tsv
from watchfloor.extract.actors.codes import country_word
from watchfloor.extract.actors.title_codes import longest_role
from watchfloor.extract.articles import ENGLISH_ARTICLES
from watchfloor.extract.doccache import sentence_at, token_children
from watchfloor.extract.gazetteer import Gazetteer, fold

_OFFICE_VERB_ROWS = read_tsv(
    Path(__file__).resolve().parents[2] / "data" / "actors" / "office_verbs.tsv"
)
# verb lemma → the office it states of its object's body (office_verbs.tsv, kind "object")
OFFICE_VERBS = {fold(r["verb"]): r["office"] for r in _OFFICE_VERB_ROWS if r["kind"] == "object"}
# verbs whose "as" phrase is the office itself: "who serves as interior minister"
# (office_verbs.tsv, kind "as")
SERVE_VERBS = frozenset(fold(r["verb"]) for r in _OFFICE_VERB_ROWS if r["kind"] == "as")
_RELATIVE_SUBJECTS = {"who", "that"}


def relative_office(gaz: Gazetteer, doc: Doc, start: int, end: int) -> str | None:
    """The title a relative clause right after the name ``doc[start:end]`` states: ", who
    heads the national police" → "head of the national police"; None when the clause has
    no office verb, no direct object, or an object with no role word."""
    if (
        end + 2 >= len(doc)
        or doc[end].text != ","
        or fold(doc[end + 1].text) not in _RELATIVE_SUBJECTS
    ):
        return None
    verb = doc[end + 1].head
    if verb.dep_ != "relcl" or not start <= verb.head.i < end or verb.i > end + 3:
        return None
    former = "former " if verb.tag_ in {"VBD", "VBN"} else ""
    if fold(verb.lemma_) in SERVE_VERBS:
        # "X, who served as Honduras' top police commander,": the office itself (people42)
        prep = next(
            (c for c in token_children(verb) if c.dep_ == "prep" and c.lower_ == "as"), None
        )
        obj = next((c for c in token_children(prep) if c.dep_ == "pobj"), None) if prep else None
        text = _role_phrase(gaz, obj, skip_articles=True) if obj is not None else None
        return f"{former}{text}" if text is not None else None
    office = OFFICE_VERBS.get(fold(verb.lemma_))
    obj = next((c for c in token_children(verb) if c.dep_ == "dobj"), None)
    if office is None or obj is None:
        return None
    text = _role_phrase(gaz, obj)
    return f"{former}{office} of {text}" if text is not None else None


def _role_phrase(gaz: Gazetteer, obj: Token, skip_articles: bool = False) -> str | None:
    """The words of ``obj``'s phrase (no punctuation; with ``skip_articles`` none of its
    leading articles) as one line of text, when at most eight words hold a role word
    ("the national police", "Honduras' top police commander"); else None."""
    words = [t for t in obj.subtree if not t.is_punct]
    while skip_articles and words and fold(words[0].text) in ENGLISH_ARTICLES:
        words = words[1:]
    if not words or len(words) > 8 or not longest_role(gaz, words):
        return None
    return " ".join(obj.doc[words[0].i : words[-1].i + 1].text.split())


def possessive_body(gaz: Gazetteer, doc: Doc, start: int) -> str | None:
    """The body whose possessive stands right before the name at ``start``: "the Interior
    Ministry's X" → "Interior Ministry". Only capitalised words holding a role word; a
    country's possessive ("Colombia's X") is no office."""
    if start < 2 or doc[start - 1].tag_ != "POS":
        return None
    k = start - 2
    while (
        k - 1 >= sentence_at(doc, start).start
        and start - 2 - k < 4
        and doc[k - 1].text[:1].isupper()
        and fold(doc[k - 1].text) not in ENGLISH_ARTICLES
    ):
        k -= 1
    words = list(doc[k : start - 1])
    if not all(t.text[:1].isupper() for t in words):
        return None
    text = " ".join(t.text for t in words)
    if country_word(gaz, text) or not longest_role(gaz, words):
        return None
    return text
