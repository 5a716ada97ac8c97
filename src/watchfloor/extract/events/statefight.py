"""Who does the violence decides its CAMEO root (issue 12, roots46).

Two readings of an act's doer that the dictionary's verb codes cannot see:

* **a state's force** (``argument_roles.yaml`` ``fight_by_source.state``): an assault,
  raid or destruction (180, 170, 1712) done by a state's armed forces, by a country
  itself, by a country's warship, gunboat, jet or missile ("attacked by an Iranian
  gunboat"), or named by the country's own modifier of the event noun ("the Iranian
  attack on the tanker", "U.S. raids") is military force (190). A destruction (1712)
  counts only when what is destroyed is a military or infrastructure target
  (``objects``): "Colombia destroyed 40 cocaine labs" stays 1712.
* **workers' action** (``labour_by_source``): a ban, an occupation or a use of force coded
  172 / 163 / 190 / 192 whose doer is a union or workers (a LAB role) is industrial action,
  a strike or boycott (143) or a sit-in (144), not an administrative sanction, an embargo
  or military force.
"""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.extract.actors.reading import ROLE_KINDS
from watchfloor.extract.events.resolver import Actor
from watchfloor.extract.gazetteer import code_blocks

# the dependency relations of a noun's own modifiers: "the *Iranian* attack", "*U.S.*
# raids", "*Iran's* attack"
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def country_only(code: str) -> bool:
    """A country's code with no role ("IRN"): the state itself as an actor."""
    return len(code) == 3 and code not in ROLE_KINDS and code.isalpha()


def by_state_means(source: Actor, trigger: Token, means: frozenset[str]) -> bool:
    """A country-coded side that is a state's weapon or vessel ("an Iranian gunboat",
    "Iraqi jets") or the country's own modifier of the event noun ("the Iranian attack")."""
    if not source.code or not country_only(source.code) or source.inferred:
        return False
    word = source.token
    if word.head.i == trigger.i and word.dep_ in MODIFIER_DEPS:
        return True
    heads = (word, word.head) if word.dep_ in MODIFIER_DEPS else (word,)
    return any(w.lemma_.lower() in means for w in heads)


def acted_on(trigger: Token) -> set[str]:
    """Lemmas of what the trigger acts on: a verb's direct object or passive subject, an
    event noun's "of" object ("the destruction of a platform"); their conjuncts too."""
    words: list[Token] = []
    for child in trigger.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            words.append(child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            words.extend(c for c in child.children if c.dep_ == "pobj")
    words += [c for w in words for c in w.conjuncts]
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        words.append(trigger.head)  # "the platform destroyed by U.S. warships"
    return {w.lemma_.lower() for w in words}


def labour_code(source: Actor | None, code: str, roles: frozenset[str], codes: dict) -> str:
    """The industrial-action code for ``code`` when the source is workers or a union
    (a role of ``roles`` in its code), else ""."""
    if source is None or not source.code or code not in codes:
        return ""
    return codes[code] if set(code_blocks(source.code)) & roles else ""
