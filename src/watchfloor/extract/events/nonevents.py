"""Trigger words that report no act: evidence weighed, rates, shares and trends (issue 12,
round 33).

Place in the flow: inside the event extractor (:mod:`.coder`), beside the statistic check
(:func:`.modality.statistic`), before a trigger word is coded: the lexicon's word stands
in the sentence, but the sentence reports no act of it. Four readings of the parse around
the trigger, each with its words in ``watchfloor/data/events/nonevents.tsv`` (with its
provenance):

* **Evidence weighed** (:func:`negated_evidence`): an event noun in the "of" phrase of an
  evidence noun that is negated ("there have been no signs of drug deals between the two
  groups", "without any indication of talks"): the writer weighing what is known, no act
  reported. "Signs of torture were found" (not negated) stays.
* **A rate** (:func:`rate`): a verb with a "for every" / "per each" phrase ("police killed
  one person for every 37,000 arrests") or an event noun that is the object of "average"
  ("the city averaged 200 killings a year"): a ratio or a mean, a statistic.
* **The class a share counts** (:func:`share_class`): the trigger inside a relative clause
  on the "of" phrase of a share word ("30 percent of those who said they had been
  extorted", "half of the migrants who were detained"): it says whom the survey or tally
  counted, no act. A bare number is no share ("one of the groups the United States
  designated" reports the designation).
* **A trend's subject** (:func:`trend_subject`): an event noun that is the subject of a
  ``trend_verbs`` verb (show, see, register ...) whose object is a change ("kidnapping
  showed a slight uptick", "extortion saw a sharp rise"): a statistic about such events.

What is left alone: a tally with its doer named ("the army arrested 3,896 people in six
months" was judged an event as often as not), speculation frames ("it remains to be seen
whether", "may have"), judged events with a hypothetical modality in most samples.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Token

from watchfloor.data import read_tsv
from watchfloor.extract.doccache import token_children

SUBJECT_DEPS = {"nsubj", "nsubjpass"}


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    """RETURNS list name -> its words, from ``nonevents.tsv`` (read once)."""
    path = Path(str(resources.files("watchfloor.data.events").joinpath("nonevents.tsv")))
    out: dict[str, set[str]] = {}
    for row in read_tsv(path):
        out.setdefault(row["list"].strip(), set()).add(row["word"].strip().lower())
    return {k: frozenset(v) for k, v in out.items()}


def _words(name: str) -> frozenset[str]:
    return _lists().get(name, frozenset())


def _lemma(tok: Token) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_}


def negated_evidence(token: Token) -> bool:
    """Whether an event noun is what a negated evidence noun finds none of: "no signs of
    drug deals", "without any indication of talks", "found no evidence of an attack"."""
    noun = token.head if token.dep_ == "compound" else token  # "drug deals": the phrase
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    evidence = noun.head.head
    if not _lemma(evidence) & _words("evidence_nouns"):
        return False
    negators = _words("evidence_negators")
    if any(c.lower_ in negators for c in token_children(evidence)):
        return True  # "no signs of", "little evidence of"
    holder = evidence.head
    return holder.lower_ in negators or any(c.dep_ == "neg" for c in token_children(holder))
    # "without signs of", "did not find evidence of"


def rate(token: Token) -> bool:
    """Whether the trigger is a rate or a mean: "killed one person for every 37,000
    arrests", "averaged 200 killings a year"."""
    preps, determiners = _words("rate_preps"), _words("rate_determiners")
    for prep in token_children(token):
        if (
            prep.dep_ == "prep"
            and prep.lower_ in preps
            and any(
                o.dep_ == "pobj" and any(d.lower_ in determiners for d in token_children(o))
                for o in token_children(prep)
            )
        ):
            return True
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "dobj"
        and bool(_lemma(token.head) & _words("average_verbs"))
    )


def share_class(token: Token) -> bool:
    """Whether the trigger says whom a share counts: it stands in a relative clause on the
    "of" phrase of a share word ("30 percent of those who said they had been extorted")."""
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    if token.dep_ == "relcl":
        clause = token
    if clause is None:
        return False
    counted = clause.head
    if counted.dep_ != "pobj" or counted.head.lower_ != "of":
        return False
    return bool(_lemma(counted.head.head) & _words("share_words"))
    # not a bare number: "one of several groups the United States designated" reports the
    # designation


def trend_subject(token: Token) -> bool:
    """Whether an event noun is the subject of a trend: "kidnapping showed a slight
    uptick", "extortion saw a sharp rise" (the verb's object is a change)."""
    if token.pos_ != "NOUN" or token.dep_ not in SUBJECT_DEPS:
        return False
    if not _lemma(token.head) & _words("trend_verbs"):
        return False  # "the talks produced an increase in aid" reports the talks
    changes = _words("trend_objects")
    return any(c.dep_ == "dobj" and _lemma(c) & changes for c in token_children(token.head))


def no_act(token: Token) -> str | None:
    """RETURNS why a trigger word reports no act ("evidence", "rate", "share", "trend"), or
    None."""
    if negated_evidence(token):
        return "evidence"
    if rate(token):
        return "rate"
    if share_class(token):
        return "share"
    if trend_subject(token):
        return "trend"
    return None


__all__ = ["negated_evidence", "no_act", "rate", "share_class", "trend_subject"]
