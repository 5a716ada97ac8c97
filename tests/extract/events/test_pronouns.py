"""Unit tests of :mod:`watchfloor.extract.events.pronouns` on hand-parsed sentences written
for these tests (no model: the parse is fixed, so each rule is checked on its own). The
end-to-end pronoun cases through the real pipeline are in test_pronouns13.py,
test_pronouns26.py and test_pronoun_sides.py."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Token

from watchfloor.extract.base import Extraction
from watchfloor.extract.events.pronouns import (
    Antecedents,
    as_place,
    matrix_subject,
    relative_antecedent,
    speaker,
)
from watchfloor.extract.gazetteer import default_gazetteer
from watchfloor.model import Entity, Mention

VOCAB = spacy.blank("en").vocab


def _doc(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """A Doc from (word, head index, dep, lemma, pos, tag) rows."""
    words, heads, deps, lemmas, pos, tags = (list(col) for col in zip(*rows, strict=True))
    return Doc(VOCAB, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos, tags=tags)


def _find(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


# '"I urge calm," Smith said.'
QUOTE = _doc(
    [
        ('"', 2, "punct", '"', "PUNCT", "``"),
        ("I", 2, "nsubj", "I", "PRON", "PRP"),
        ("urge", 7, "ccomp", "urge", "VERB", "VBP"),
        ("calm", 2, "dobj", "calm", "NOUN", "NN"),
        (",", 7, "punct", ",", "PUNCT", ","),
        ('"', 7, "punct", '"', "PUNCT", "''"),
        ("Smith", 7, "nsubj", "Smith", "PROPN", "NNP"),
        ("said", 7, "ROOT", "say", "VERB", "VBD"),
        (".", 7, "punct", ".", "PUNCT", "."),
    ]
)


def test_first_person_of_a_quote_is_spoken_by_the_speaking_verbs_subject():
    assert speaker(QUOTE[1]).text == "Smith"


def test_first_person_under_a_verb_that_is_not_speaking_has_no_speaker():
    # guard: the same shape with "ran" (not a speaking verb) names no speaker
    doc = _doc(
        [
            ("I", 1, "nsubj", "I", "PRON", "PRP"),
            ("urge", 4, "ccomp", "urge", "VERB", "VBP"),
            ("calm", 1, "dobj", "calm", "NOUN", "NN"),
            ("Smith", 4, "nsubj", "Smith", "PROPN", "NNP"),
            ("ran", 4, "ROOT", "run", "VERB", "VBD"),
        ]
    )
    assert speaker(doc[0]) is None


def _reported(subject: tuple[str, str, str]) -> Doc:
    word, pos, tag = subject
    return _doc(
        [
            (word, 1, "nsubj", word.lower(), pos, tag),
            ("said", 1, "ROOT", "say", "VERB", "VBD"),
            ("they", 3, "nsubj", "they", "PRON", "PRP"),
            ("arrested", 1, "ccomp", "arrest", "VERB", "VBD"),
            ("him", 3, "dobj", "he", "PRON", "PRP"),
        ]
    )


def test_they_of_a_reported_clause_stands_for_the_plural_subject_reporting_it():
    doc = _reported(("police", "NOUN", "NNS"))
    assert matrix_subject(doc[2]).text == "police"


def test_they_reported_by_a_singular_name_has_no_matrix_subject():
    # guard: "Juan said they arrested him": one person is no "they"
    assert matrix_subject(_reported(("Juan", "PROPN", "NNP"))[2]) is None


def test_relative_pronoun_stands_for_the_noun_its_clause_modifies():
    doc = _doc(
        [
            ("the", 1, "det", "the", "DET", "DT"),
            ("gang", 4, "nsubj", "gang", "NOUN", "NN"),
            ("that", 3, "nsubj", "that", "PRON", "WDT"),
            ("attacked", 1, "relcl", "attack", "VERB", "VBD"),
            ("fled", 4, "ROOT", "flee", "VERB", "VBD"),
        ]
    )
    assert relative_antecedent(doc[2]).text == "gang"
    # guard: a "that" that is no argument of its clause stands for nothing
    doc = _doc(
        [
            ("that", 1, "det", "that", "DET", "DT"),
            ("gang", 2, "nsubj", "gang", "NOUN", "NN"),
            ("fled", 2, "ROOT", "flee", "VERB", "VBD"),
        ]
    )
    assert relative_antecedent(doc[0]) is None


def test_a_country_after_a_place_preposition_is_a_place():
    doc = _doc(
        [
            ("Rebels", 1, "nsubj", "rebel", "NOUN", "NNS"),
            ("escaped", 1, "ROOT", "escape", "VERB", "VBD"),
            ("into", 1, "prep", "into", "ADP", "IN"),
            ("Venezuela", 2, "pobj", "Venezuela", "PROPN", "NNP"),
        ]
    )
    assert as_place(doc, _find(doc, "Venezuela").idx)
    # guard: the same country as the subject is no place
    doc = _doc(
        [
            ("Venezuela", 1, "nsubj", "Venezuela", "PROPN", "NNP"),
            ("protested", 1, "ROOT", "protest", "VERB", "VBD"),
        ]
    )
    assert not as_place(doc, 0)


# "Mrs. Gomez met Perez. Perez said he left. She left."
STORY = _doc(
    [
        ("Mrs.", 1, "compound", "Mrs.", "PROPN", "NNP"),
        ("Gomez", 2, "nsubj", "Gomez", "PROPN", "NNP"),
        ("met", 2, "ROOT", "meet", "VERB", "VBD"),
        ("Perez", 2, "dobj", "Perez", "PROPN", "NNP"),
        (".", 2, "punct", ".", "PUNCT", "."),
        ("Perez", 6, "nsubj", "Perez", "PROPN", "NNP"),
        ("said", 6, "ROOT", "say", "VERB", "VBD"),
        ("he", 8, "nsubj", "he", "PRON", "PRP"),
        ("left", 6, "ccomp", "leave", "VERB", "VBD"),
        (".", 6, "punct", ".", "PUNCT", "."),
        ("She", 11, "nsubj", "she", "PRON", "PRP"),
        ("left", 11, "ROOT", "leave", "VERB", "VBD"),
        (".", 11, "punct", ".", "PUNCT", "."),
    ]
)


def _antecedents(doc: Doc) -> Antecedents:
    names: dict[str, Entity] = {}
    for tok in doc:
        if tok.pos_ == "PROPN" and tok.text != "Mrs.":
            ent = names.setdefault(
                tok.text, Entity(id=f"per:{tok.text.lower()}", name=tok.text, type="person")
            )
            ent.mentions.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text))
    result = Extraction(text=doc.text, entities=list(names.values()))
    persons = sorted(
        ((m.start, e) for e in result.entities for m in e.mentions), key=lambda pair: pair[0]
    )

    def entity_at(tok: Token) -> Entity | None:
        return result.entity_at(tok.idx, tok.idx + len(tok.text))

    return Antecedents(result, persons, [], entity_at, default_gazetteer())


def test_gender_comes_from_a_title_or_the_pronouns_of_a_persons_own_sentence():
    genders = _antecedents(STORY).genders(STORY)
    assert genders == {"per:gomez": "f", "per:perez": "m"}


def test_she_skips_the_nearer_man_for_the_woman_named_before():
    found = _antecedents(STORY)
    assert found.antecedent(_find(STORY, "She"), found.persons).id == "per:gomez"
    # guard: "Perez said he left": the "he" is the man, never the woman named first
    assert found.antecedent(STORY[7], found.persons).id == "per:perez"


# sources45: a possessive in a time adjunct of its own clause ("Smith criticised Peru after
# his visit"): the clause's subject owns the noun, unless the verb has an object that fits
def _adjunct(obj: tuple[str, str, str], prep: str = "after", dep: str = "prep") -> Doc:
    word, pos, tag = obj
    return _doc(
        [
            ("Smith", 1, "nsubj", "Smith", "PROPN", "NNP"),
            ("criticised", 1, "ROOT", "criticise", "VERB", "VBD"),
            (word, 1, "dobj", word.lower(), pos, tag),
            (prep, 1, dep, prep, "ADP", "IN"),
            ("his", 5, "poss", "his", "PRON", "PRP$"),
            ("visit", 3, "pobj", "visit", "NOUN", "NN"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ]
    )


def test_a_possessive_in_a_time_adjunct_stands_for_its_clauses_subject():
    doc = _adjunct(("policy", "NOUN", "NN"))
    found = _antecedents(doc)
    assert found.antecedent(_find(doc, "his"), found.persons).id == "per:smith"
    doc = _adjunct(("policy", "NOUN", "NN"), prep="during")
    assert found.antecedent(_find(doc, "his"), _antecedents(doc).persons).id == "per:smith"


def test_a_possessive_in_an_adjunct_with_a_fitting_object_skips_the_subject():
    # guard: "Smith criticised Jones after his visit": Jones may own the visit; the
    # subject stays skipped and the nearer fitting person is taken, as before
    doc = _adjunct(("Jones", "PROPN", "NNP"))
    found = _antecedents(doc)
    assert found.antecedent(_find(doc, "his"), found.persons).id == "per:jones"
    # "Smith criticised him after his visit": the object pronoun may be the owner
    doc = _adjunct(("him", "PRON", "PRP"))
    found = _antecedents(doc)
    assert found.antecedent(_find(doc, "his"), found.persons) is None


def test_a_possessive_under_another_preposition_still_skips_the_subject():
    # guard: "Smith criticised the policy for his visit" and an argument ("demanded his
    # resignation"): only the time or circumstance adjuncts of adjunct_preps lift the skip
    doc = _adjunct(("policy", "NOUN", "NN"), prep="for")
    found = _antecedents(doc)
    assert found.antecedent(_find(doc, "his"), found.persons) is None
    doc = _doc(
        [
            ("Smith", 1, "nsubj", "Smith", "PROPN", "NNP"),
            ("demanded", 1, "ROOT", "demand", "VERB", "VBD"),
            ("his", 3, "poss", "his", "PRON", "PRP$"),
            ("resignation", 1, "dobj", "resignation", "NOUN", "NN"),
        ]
    )
    found = _antecedents(doc)
    assert found.antecedent(_find(doc, "his"), found.persons) is None
