"""A named group the text itself calls a criminal group: ``CRM``.

"local gang the Leones", "the criminal group known as 'La Gran Familia'", "the Leones,
a drug trafficking clan,": a recognised organisation no dictionary codes, with a
criminal group noun (``roles.tsv``, role ``CRM``: gang, cartel, criminal group, drug
trafficking organization, ...) right before its name (after "the", quotes, or "known
as" / "called") or as the head of an apposition right after it. The group is ``CRM``
with the country a word of that noun phrase names ("Peruvian gang the X" → ``PERCRM``),
else bare ``CRM`` (a role code without a country, as "the cartels" has; never the
article's country: a gang is named for where it began, not where the story is set).

Not read: a group noun that modifies another head ("anti-gang unit X", "gang
prosecutor X": the head is no group noun), a former or rival group ("a former gang"), a
polemical label ("the rightist mafia known as Alianza Pais", a party),
or a name with a code already. Every other mention of the name in the story takes the
same code. The people the text then places in the group take its
code (:mod:`.group_members`).

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from spacy.tokens import Doc

from watchfloor.extract.actors.codes import FORMER, country_word
from watchfloor.extract.actors.group_members import NOT_MEMBER, WORDS
from watchfloor.extract.actors.reading import ROLE_KINDS, Reading
from watchfloor.extract.articles import ENGLISH_ARTICLES
from watchfloor.extract.doccache import doc_tokens, sentence_at, token_children
from watchfloor.extract.gazetteer import Gazetteer, fold

QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"})
# "the criminal group known as X", "a gang called X"
NAMING = (("known", "as"), ("called",), ("dubbed",), ("named",))
MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN"})
# a group outside, against or only so called: "anti-gang", "a rival gang", "the rightist
# mafia" (group_member_words.tsv, kinds not_member and not_group)
OUTSIDE = NOT_MEMBER | frozenset(fold(row["word"]) for row in WORDS if row["kind"] == "not_group")


def _crm_head(gaz: Gazetteer, token) -> bool:
    """Whether a token is a criminal group noun of ``roles.tsv`` ("gang", "cartel",
    "group" only with "criminal" or a trafficking word before it: see the phrase test)."""
    found = gaz.role_of(token.text) or gaz.role_of(token.lemma_)
    return bool(found) and found[0] == "CRM"


def _phrase_role(gaz: Gazetteer, tokens: list) -> str | None:
    """The role of the longest role phrase that ends at the last token ("criminal group",
    "drug trafficking organization", "gang")."""
    for n in range(min(len(tokens), gaz.max_role_words), 0, -1):
        gram = tokens[len(tokens) - n :]
        for phrase in (" ".join(t.text for t in gram), " ".join(t.lemma_ for t in gram)):
            found = gaz.role_of(phrase)
            if found and found[0]:
                return found[0]
    return None


def _noun_phrase_before(doc: Doc, i: int, first: int) -> list:
    """The modifiers and head noun ending at token ``i`` (at most four words, no verb, no
    punctuation, no article)."""
    j = i
    while (
        j - 1 >= first
        and i - j < 3
        and doc[j - 1].pos_ in MODIFIER_POS
        and doc[j - 1].text not in QUOTES
    ):
        j -= 1
    return list(doc[j : i + 1])


def _said_country(gaz: Gazetteer, tokens: list) -> str | None:
    """The country a word of the phrase names; not a demonym that opens a place's name
    ("British Columbia gang": Canada's province, no British gang; crm27)."""
    return next(
        (
            c
            for c in (
                country_word(gaz, t.text)
                for k, t in enumerate(tokens)
                if t.text[:1].isupper()
                and not (k + 1 < len(tokens) and tokens[k + 1].pos_ == "PROPN")
            )
            if c
        ),
        None,
    )


def _outside(tokens: list) -> bool:
    return any(fold(p) in FORMER | OUTSIDE for t in tokens for p in [t.text, *t.text.split("-")])


def group_noun_before(doc: Doc, gaz: Gazetteer, r: Reading) -> list | None:
    """The criminal group noun phrase right before a name ("local gang the X", "the
    criminal group known as 'X'"), or None."""
    first = sentence_at(doc, r.start).start
    i = r.start - 1
    while i >= first and doc[i].text in QUOTES:
        i -= 1
    if i >= first and doc[i].lower_ == "the":
        i -= 1
    for naming in NAMING:
        n = len(naming)
        if (
            i - n + 1 >= first
            and tuple(t.lower_ for t in doc_tokens(doc)[i - n + 1 : i + 1]) == naming
        ):
            i -= n
            break
    if i < first or doc[i].pos_ != "NOUN" or not _crm_head(gaz, doc[i]):
        return None
    tokens = _noun_phrase_before(doc, i, first)
    if i >= 1 and doc[i - 1].text == "-":
        return None  # "anti-gang": the hyphen joins a modifier the phrase cannot see
    if _outside(tokens) or _phrase_role(gaz, tokens) != "CRM":
        return None
    return tokens


def group_noun_after(doc: Doc, gaz: Gazetteer, r: Reading) -> list | None:
    """The criminal group noun heading an apposition right after a name ("the X, a drug
    trafficking clan,"), or None."""
    if r.end >= len(doc) or doc[r.end].text != ",":
        return None
    root = doc[r.start : r.end].root
    for child in token_children(root):
        if (
            child.dep_ != "appos"
            or child.i <= r.end
            or child.pos_ != "NOUN"
            or not _crm_head(gaz, child)
        ):
            continue
        tokens = [t for t in child.subtree if t.i <= child.i]
        while tokens and tokens[0].lower_ in ENGLISH_ARTICLES:
            tokens = tokens[1:]
        if not tokens or tokens[0].i != r.end + 1 + (doc[r.end + 1].lower_ in ENGLISH_ARTICLES):
            continue  # the noun phrase must open the apposition
        if any(t.pos_ not in MODIFIER_POS for t in tokens) or _outside(tokens):
            continue
        if _phrase_role(gaz, tokens) == "CRM":
            return tokens
    return None


def code_named_groups(doc: Doc, gaz: Gazetteer, readings: list[Reading]) -> None:
    """Code ``CRM`` the recognised organisations the text calls criminal groups (see the
    module docstring)."""
    if not doc.has_annotation("SENT_START"):
        return
    bare = [
        r
        for r in readings
        if r.type == "organization" and not r.code and r.entry is None and r.origin == "ner"
    ]
    named: dict[str, str | None] = {}  # folded name → the country its phrase said
    for r in bare:
        tokens = group_noun_before(doc, gaz, r) or group_noun_after(doc, gaz, r)
        if tokens is not None:
            named.setdefault(fold(r.name), _said_country(gaz, tokens))
    for r in bare:
        # every mention of the name: "local gang the Leones ... the Leones' boss"
        if fold(r.name) in named:
            country = named[fold(r.name)]
            r.code, r.country, r.inferred, r.code_from = (
                f"{country or ''}CRM",
                country,
                False,
                "context",
            )
            r.kind = r.kind or ROLE_KINDS["CRM"]
