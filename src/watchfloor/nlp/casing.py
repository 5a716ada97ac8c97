"""Wire copy's capital after a country abbreviation: parse the common word in lower case.

Place in the flow: NLP, around the models. Reuters-21578 capitalises the word after
"U.S." (and "U.K.") as if a sentence began there: "the U.S. And Japan", "U.S. Officials
said", "the U.S. Has asked". The small model then splits the sentence after the
abbreviation or reads "U.S. Officials" as one name, so events lose a side and actors get
false names. Two components repair the parse without touching the text:

* ``watchfloor_casing`` (first, before ``tok2vec``) finds such words and, when there is
  one, hands the models a copy of the ``Doc`` with those words in lower case (same
  tokens, same whitespace, same length) and each marked as no sentence start (the
  parser keeps preset boundaries);
* ``watchfloor_casing_restore`` (after the models, before the extractors) rebuilds the
  ``Doc`` over the original words and copies every annotation back (tags, morphology,
  lemmas, the dependency tree and so the sentences, entities, the tensor), so the text and
  every character offset are the original's.

A word is repaired when it follows a dotted abbreviation that names a country
(``data/actors/countries.tsv``: "U.S.", "U.K.", "U.S.S.R.") and one space on the same line
(a line break may end a sentence in other text), is in title case, and is in
``data/nlp/lowercase_words.tsv`` (words news text writes in lower case mid-sentence and
seldom opens a sentence with, counted by ``scripts/build_lowercase_words.py``), and either
is one of spaCy's English stop words ("And", "Has", "To") or is not followed by another
title-case word (a name goes on: "U.S. Bankruptcy Court" is left alone, and so is one that
goes on with "of", "for" or "and" and a title-case word: "U.S. Agency for International
Development"). The wire's artefact is consistent within a story (of the 1,053 Reuters
stories with such a word, 33 also write a lower-case word right after "U.S."): a document
that writes one ("U.S. officials") is not repaired at all, so a name such as "U.S. Open" in
a text with ordinary casing is kept. Nothing in a title line is touched
(:func:`watchfloor.nlp.headline.headline_end`): a headline is title case throughout. A
document without such a word goes through unchanged (the same ``Doc`` object).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from watchfloor.data import PACKAGE_DATA, read_tsv
from watchfloor.nlp.headline import headline_end

REPAIR_KEY = "wf_casing"  # user_data: token index -> the original spelling (copy only)
WORDS_FILE = PACKAGE_DATA / "nlp" / "lowercase_words.tsv"
COUNTRIES_FILE = PACKAGE_DATA / "actors" / "countries.tsv"
DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
NAME_LINKS = frozenset({"of", "for", "and"})  # the small words inside multiword names
COPIED = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, ENT_KB_ID]


@lru_cache(maxsize=1)
def lowercase_words() -> frozenset[str]:
    """The common lower-case words of ``data/nlp/lowercase_words.tsv``."""
    return frozenset(row["word"] for row in read_tsv(WORDS_FILE))


@lru_cache(maxsize=1)
def country_abbreviations() -> frozenset[str]:
    """The dotted abbreviations ("U.S.", "U.K.") that ``countries.tsv`` gives a country."""
    out: set[str] = set()
    for row in read_tsv(COUNTRIES_FILE):
        names = [row["name"], *(row.get("aliases") or "").split("|")]
        out.update(n for n in names if DOTTED.fullmatch(n))
    return frozenset(out)


def _title_word(text: str) -> bool:
    return len(text) > 1 and text[0].isupper() and text[1:].islower() and text.isalpha()


def _repairable(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]``, right after a country abbreviation, is a common word in title
    case (see the module docstring)."""
    word = doc[i]
    if not _title_word(word.text) or word.lower_ not in lowercase_words():
        return False
    if word.lower_ in STOP_WORDS:
        return True
    if i + 1 >= len(doc):
        return True
    if doc[i + 1].lower_ in NAME_LINKS and i + 2 < len(doc) and _title_word(doc[i + 2].text):
        return False  # "U.S. Agency for International Development", "U.S. News and World"
    return not _title_word(doc[i + 1].text)


def artefacts(doc: Doc) -> list[int]:
    """RETURNS the indices of the words to parse in lower case (none: an empty list)."""
    if len(doc) < 2:
        return []
    hashes = [doc.vocab.strings[a] for a in country_abbreviations() if a in doc.vocab.strings]
    if not hashes:
        return []
    hits = np.nonzero(np.isin(doc.to_array(ORTH), np.array(hashes, dtype="uint64")))[0]
    if not len(hits):
        return []
    start = headline_end(doc) or 0
    after = [
        int(i) + 1 for i in hits if i >= start and i + 1 < len(doc) and doc[int(i)].whitespace_
    ]
    if any(doc[i].is_lower and doc[i].is_alpha for i in after):
        return []  # the text writes "U.S. officials": its capitals after "U.S." are its own
    return [i for i in after if _repairable(doc, i)]


def _rebuild(doc: Doc, words: list[str]) -> Doc:
    spaces = [bool(t.whitespace_) for t in doc]
    return Doc(doc.vocab, words=words, spaces=spaces, user_data=doc.user_data)


@Language.component("watchfloor_casing")
def repair_casing(doc: Doc) -> Doc:
    """Hand the models a lower-cased copy when the document has such a word (first)."""
    found = artefacts(doc)
    if not found:
        return doc
    words = [t.text for t in doc]
    original = {i: words[i] for i in found}
    for i in found:
        words[i] = words[i].lower()
    copy = _rebuild(doc, words)
    for i in found:
        copy[i].is_sent_start = False
    copy.user_data[REPAIR_KEY] = original
    return copy


@Language.component("watchfloor_casing_restore")
def restore_casing(doc: Doc) -> Doc:
    """Put the original words back under the models' annotations (after the models)."""
    original = doc.user_data.pop(REPAIR_KEY, None)
    if not original:
        return doc
    out = _rebuild(doc, [original.get(t.i, t.text) for t in doc])
    out.from_array(COPIED, doc.to_array(COPIED))
    out.tensor = doc.tensor
    return out
