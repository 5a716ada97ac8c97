"""The Spanish extractors' fast paths of esspeed37 give the plain paths' answers.

Sentences written for these tests. Each fast path (array reads in
:mod:`watchfloor.extract.doccache`, memos, gates) is compared with the plain code it
replaces, token by token, on the same parses; and a few end-to-end answers that pass
through a gate are checked, so a gate that wrongly says "nothing here" fails.
"""

from __future__ import annotations

import re

import pytest
from spacy.attrs import LEMMA, LOWER, ORTH, POS

from tests.extract.spanish.helpers import codes, one, stage
from watchfloor.extract.doccache import (
    case_words,
    doc_sents,
    fold_id,
    folded_words,
    morph_get,
    sentence_bounds,
)
from watchfloor.extract.gazetteer import fold
from watchfloor.extract.spanish.actors import SpanishActorExtractor, _singular
from watchfloor.extract.spanish.claims import SpanishClaimExtractor
from watchfloor.extract.spanish.events import SpanishEventExtractor, _span
from watchfloor.extract.spanish.gazetteer import spanish_gazetteer
from watchfloor.extract.spanish.lexicon import has_case, has_case_plain, spanish_lexicon
from watchfloor.extract.spanish.modality import cue_index, modality

TEXTS = [
    "Los camioneros levantaron el paro nacional tras tres semanas de bloqueos.",
    "El sindicato de maestros puso fin a la huelga después de reunirse con el ministro.",
    "Según la Fiscalía, los presuntos integrantes del grupo armado habrían secuestrado a dos "
    "soldados peruanos en la frontera.",
    "Los colonos israelíes atacaron una aldea; la policía dispersó a los manifestantes, que "
    "no portaban armas.",
    "El Gobierno va a firmar un acuerdo con los transportistas, al parecer el próximo lunes.",
    "LOS PESCADORES ESPAÑOLES PROTESTAN EN MADRID. El alcalde dijo que recibirá a los dirigentes.",
    "Las tropas enviadas por Brasil a Haití no dispararon contra la multitud.",
]
FIELDS = ("Number", "Gender", "VerbForm", "Mood", "Tense", "Person", "PronType", "Polarity")


def parse(text: str):
    nlp = stage().pipeline("es")
    with nlp.select_pipes(disable=["watchfloor_extract"]):
        return nlp(text)


@pytest.mark.parametrize("text", TEXTS)
def test_morph_get_is_token_morph_get(text):
    doc = parse(text)
    other = parse("La ministra venezolana viajará mañana a Quito.")
    for tok in doc:
        for field in FIELDS:
            assert morph_get(tok, field) == tok.morph.get(field), (tok.text, field)
    # switching documents reads the other document's analyses, not the kept ones
    for tok in other:
        assert morph_get(tok, "Tense") == tok.morph.get("Tense"), tok.text
    # a new list each time: a caller changing it changes no later answer
    first = next(t for t in doc if t.morph.get("Number"))
    morph_get(first, "Number").append("Dual")
    assert morph_get(first, "Number") == first.morph.get("Number")


@pytest.mark.parametrize("text", TEXTS)
def test_folded_words_are_the_folded_token_strings(text):
    doc = parse(text)
    assert folded_words(doc, LOWER) == [fold(t.lower_) for t in doc]
    assert folded_words(doc, LEMMA) == [fold(t.lemma_) for t in doc]
    assert folded_words(doc, ORTH) == [fold(t.text) for t in doc]
    strings = doc.vocab.strings
    for tok in doc:
        assert fold_id(strings, tok.lemma) == fold(tok.lemma_)
    with pytest.raises(ValueError):
        folded_words(doc, POS)


@pytest.mark.parametrize("text", TEXTS)
def test_case_words_and_has_case_are_the_children_walk(text):
    doc = parse(text)
    cases = case_words(doc)
    for tok in doc:
        plain = [c.lower_ for c in tok.children if c.dep_ == "case"]
        assert cases.get(tok.i, []) == plain, tok.text
        for words in ({"de", "del"}, {"por"}, {"a", "al"}, {"contra", "según"}):
            assert has_case(tok, words) == has_case_plain(tok, words), (tok.text, words)


def test_has_case_finds_the_preposition():
    # fails if the array read loses a case word: "de" of "integrantes del grupo"
    doc = parse("Los integrantes del grupo armado fueron detenidos por la policía.")
    group = next(t for t in doc if t.text == "grupo")
    police = next(t for t in doc if t.text == "policía")
    assert has_case(group, {"de", "del"}) and not has_case(group, {"por"})
    assert has_case(police, {"por"})


@pytest.mark.parametrize("text", TEXTS)
def test_actor_word_lists_are_the_token_reads(text):
    doc = parse(text)
    lemmas, texts, alpha = SpanishActorExtractor()._doc_words(doc)
    assert texts == [fold(t.text) for t in doc]
    assert alpha == [t.is_alpha for t in doc]
    assert lemmas == [
        _singular(fold(t.text)) if t.pos_ == "PROPN" and t.lemma_ == t.text else fold(t.lemma_)
        for t in doc
    ]


def test_country_word_memo_answers_as_the_lookup():
    gaz = spanish_gazetteer()
    words = ["peruanos", "venezolana", "Colombia", "colombianos", "israelíes", "mesa", "paz", ""]
    for word in words + words:  # the second round is answered from the memo
        assert gaz.country_word(word) == gaz._country_word(word), word
    assert gaz.country_word("peruanos") == "PER"


def test_modality_cue_index_holds_every_cue():
    cues = spanish_lexicon().modality
    index = cue_index(cues)
    assert cue_index(cues) is index  # built once per cue dictionary
    for kind, words in cues.items():
        single, phrases = index[kind]
        rebuilt = set(single) | {cue for listed in phrases.values() for cue, _ in listed}
        assert rebuilt == words, kind
        for first, listed in phrases.items():
            assert all(cue.split()[0] == first and len(cue.split()) == n for cue, n in listed)
    # a new dictionary gets its own index, not the kept one
    other = {"future": {"dentro de poco"}}
    assert cue_index(other)["future"] == (frozenset(), {"dentro": [("dentro de poco", 3)]})


def test_modality_reads_cues_of_several_words():
    doc = parse("El Gobierno va a firmar el acuerdo.")
    sign = next(t for t in doc if t.lemma_ == "firmar")
    assert modality(sign, spanish_lexicon().modality)["future"]  # "va a"
    doc = parse("Al parecer, los guerrilleros atacaron el cuartel.")
    attack = next(t for t in doc if t.lemma_ == "atacar")
    assert modality(attack, spanish_lexicon().modality)["alleged"]  # "al parecer"


@pytest.mark.parametrize("text", TEXTS)
def test_protest_end_gate_agrees_with_the_plain_search(text):
    doc = parse(text)
    events = SpanishEventExtractor(trigger=None)
    for tok in doc:
        if tok.pos_ == "VERB":
            assert events._ends_protest(tok) == events._ends_protest_plain(tok), tok.text


def test_the_gate_lets_a_protest_end_through():
    # fails if the gate misses the noun: "levantaron el paro" ends the strike (082),
    # "puso fin a la huelga" through a noun child ("fin" -> "huelga")
    events = SpanishEventExtractor(trigger=None)
    doc = parse("Los camioneros levantaron el paro.")
    lift = next(t for t in doc if t.lemma_ == "levantar")
    assert events._may_end_protest(lift) and events._ends_protest(lift)
    doc = parse("Los camioneros organizaron una fiesta.")
    party = next(t for t in doc if t.lemma_ == "organizar")
    assert not events._may_end_protest(party) and not events._ends_protest_plain(party)
    assert any(c[0] == "082" for c in codes(one("Los camioneros levantaron el paro.")))


@pytest.mark.parametrize("text", TEXTS)
def test_span_without_the_subtree_list_is_the_plain_span(text):
    doc = parse(text)
    for tok in doc:
        toks = [t for t in tok.subtree if t.dep_ not in {"acl", "relcl"}]
        got = _span(tok)
        assert (got is None) == (not toks), tok.text
        if got is not None:
            assert doc.text[got["start"] : got["end"]] == got["text"]


@pytest.mark.parametrize("text", TEXTS)
def test_one_according_search_agrees_with_the_cue_searches(text):
    claims = SpanishClaimExtractor()
    doc = parse(text)
    for sent in doc_sents(doc):
        low = sent.text.lower()
        each = any(p.search(low) for _, p in claims.according_res)
        assert (claims.any_according.search(low) is not None) == each, sent.text


def test_according_claim_still_found():
    # fails if the one search skips a sentence with a cue
    doc = one("Según la Fiscalía, los detenidos pertenecen a una banda de extorsionadores.")
    assert doc.claims, doc.claims
    assert re.search("detenidos", doc.claims[0].content.text)


@pytest.mark.parametrize(
    "text",
    TEXTS[:3]
    + [
        "Titular sin punto\nEl ministro llegó ayer. Dijo que volverá.",
        "Una sola frase sin punto final",
        "",
    ],
)
def test_sentence_bounds_are_the_sentence_spans(text):
    doc = parse(text)
    assert sentence_bounds(doc) == [(s.start_char, s.end_char) for s in doc.sents]


def test_sentence_bounds_of_an_english_parse_and_a_preset_boundary():
    nlp = stage().nlp
    with nlp.select_pipes(disable=["watchfloor_extract"]):
        doc = nlp("Ministers met in Lima. They agreed on a plan; talks resume Monday.")
    assert sentence_bounds(doc) == [(s.start_char, s.end_char) for s in doc.sents]
    # a boundary set by hand (as the headline component does) splits there too
    doc = stage().pipeline("es").make_doc("El ministro llegó ayer a la capital")
    for tok in doc:
        tok.is_sent_start = tok.i in (0, 3)
    assert sentence_bounds(doc) == [(s.start_char, s.end_char) for s in doc.sents]
    assert len(sentence_bounds(doc)) == 2
