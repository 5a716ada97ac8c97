"""Last touches to an event side's phrase bounds (span27, issue 12).

Whichever part of the coder bounded a side's phrase (the argument picker's candidate, the
rules' noun phrase, a pronoun's antecedent), two slips of the parse are mended here:

* a bracket the phrase opens is closed: "the Central African Republic ( CAR )", not
  "... ( CAR" (the rules drop a phrase's trailing punctuation, the closing bracket too);
* a date the parse hung on the phrase's noun is not part of it: "*France's ambassador*
  Monday", "*the opposition leader* on Friday" (the date is the event's, read by
  :mod:`.dates`).

Only the span changes; the side's actor and code do not.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from watchfloor.extract.doccache import doc_tokens, token_children

_DATE_TYPES = frozenset({"DATE", "TIME"})
_NOUNS = frozenset({"NOUN", "PROPN"})
# a possessor side spans the noun phrase it owns (:func:`owned`; span27: chosen on in
# every outer fold of the span CV, as argmodel.ANTECEDENT_SPANS)
OWNED_SPANS = True


def tidy(span: dict | None, doc: Doc) -> dict | None:
    """RETURNS ``span`` ({"start", "end", "text"} character offsets into ``doc``) with an
    opened bracket closed and a trailing date left out; the same dict when nothing changes."""
    if not span:
        return span
    words = doc.char_span(span["start"], span["end"], alignment_mode="expand")
    if words is None or len(words) == 0:
        return span
    first, last = words.start, words.end  # token bounds, end exclusive
    opened = sum(t.text == "(" for t in words) - sum(t.text == ")" for t in words)
    if opened > 0 and last < len(doc) and doc[last].text == ")":
        last += 1
    end = last
    while end > first and doc[end - 1].ent_type_ in _DATE_TYPES:
        end -= 1
    if end < last:
        if doc[end - 1].dep_ == "prep":
            end -= 1  # "on Friday", "for two years": the date's preposition too
        while end > first and doc[end - 1].is_punct and doc[end - 1].text != ")":
            end -= 1
        if end == first or not first <= words.root.i < end:
            end = last  # the phrase is its date ("last year"), or the date heads it
    if (first, end) == (words.start, words.end) and (span["start"], span["end"]) == (
        words.start_char,
        words.end_char,
    ):
        return span
    out = doc[first:end]
    return {"start": out.start_char, "end": out.end_char, "text": out.text}


def owned(span: dict | None, doc: Doc, trigger: Token, other: dict | None) -> dict | None:
    """RETURNS the phrase a possessor's side spans: the noun phrase it owns ("*Mexico's
    handling of the epidemic*", "*Japan's right* to ...": the noun with its left words and
    an "of" phrase, not its other modifiers), when the side's phrase is just the
    possessor ("Mexico"); ``span`` itself when the noun phrase would hold the trigger or
    the other side's phrase, or the side is no possessor. The actor stays the possessor."""
    if not span:
        return span
    words = doc.char_span(span["start"], span["end"], alignment_mode="expand")
    if words is None or len(words) == 0:
        return span
    root = words.root
    if root.dep_ != "poss" or not any(c.dep_ == "case" for c in token_children(root)):
        return span
    noun = root.head
    while (
        noun.dep_ == "poss"
        and noun.head.i > noun.i
        and any(c.dep_ == "case" for c in token_children(noun))
    ):
        noun = noun.head  # "Brazil's oilworkers' confederation"
    if (
        noun.pos_ not in _NOUNS
        or noun.i < words.end
        or any(t.is_punct and t.dep_ != "case" for t in doc_tokens(doc)[words.end : noun.i])
    ):
        return span  # "Sebastian's, alias ...": no noun phrase it owns
    first, last = min(words.start, noun.left_edge.i), noun.i
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            last = child.right_edge.i
            break
        break
    if first <= trigger.i <= last:
        return span
    if other and not (
        other["end"] <= doc[first].idx or other["start"] >= doc[last].idx + len(doc[last])
    ):
        return span
    out = doc[first : last + 1]
    return {"start": out.start_char, "end": out.end_char, "text": out.text}
