"""The tokens of a Spanish parse with some parts of speech, without a ``Token`` per word.

Place in the flow: a helper of the Spanish extractors (actors, events). ``for tok in doc``
makes a spaCy ``Token`` object for every word, and the readers that only look at nouns,
proper nouns or verbs (role phrases, definite descriptions, capitals, the event rules)
did that once each per document. :func:`pos_tokens` reads the document's ``POS`` array
once (kept for the last document seen, by identity: a strong reference, so a new
document never aliases the kept one; one read of the kept pair, so another thread
replacing it cannot mix two documents) and makes ``Token`` objects only for the words
asked for. The answer is ``[t for t in doc[start:end] if t.pos_ in tags]``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token

_last: tuple = (None, None)  # (document, its POS ids as a list)


@lru_cache(maxsize=16)
def _ids(tags: frozenset[str]) -> frozenset[int]:
    return frozenset(POS_IDS[t] for t in tags)


def pos_ids(doc: Doc) -> list[int]:
    """RETURNS the ``POS`` id of each token of ``doc`` (built once for the last document)."""
    global _last
    last = _last  # one read: another thread may replace it
    if last[0] is doc:
        return last[1]
    ids = [int(x) for x in doc.to_array(POS)] if len(doc) else []
    _last = (doc, ids)
    return ids


def pos_tokens(doc: Doc, tags: frozenset[str], start: int = 0,
               end: int | None = None) -> list[Token]:
    """RETURNS the tokens of ``doc[start:end]`` (token offsets, ``end`` None: to the end)
    whose ``pos_`` is in ``tags``, in order."""
    wanted, ids = _ids(tags), pos_ids(doc)
    stop = len(ids) if end is None else min(end, len(ids))
    return [doc[i] for i in range(max(start, 0), stop) if ids[i] in wanted]
