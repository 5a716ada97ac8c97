"""The article's country words (``extract.actors.article_country.country_words``): the
capitalised demonyms of a document, read from its folded words (speed47). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from watchfloor.extract.actors.article_country import DEMONYM_TAGS, country_words
from watchfloor.extract.actors.document_facts import document_facts, tagged
from watchfloor.extract.gazetteer import default_gazetteer, fold

TEXTS = [
    "Colombian police arrested two Venezuelan smugglers near the border on Monday.",
    "The colombian coffee harvest fell, Brazilian and Mexican traders said.",
    "BOGOTA, March 3 - A Peruvian judge freed the Ecuadorean pilot; nothing was seized.",
]


def _token_walk(doc, gaz) -> list[tuple[int, str]]:
    """The demonyms as the walk before speed47 found them (a fold per tagged word)."""
    return [
        (i, iso)
        for i in tagged(doc, DEMONYM_TAGS)
        if (t := doc[i]).text[:1].isupper() and (iso := gaz.demonyms.get(fold(t.text)))
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_country_words_equal_a_fold_of_every_tagged_word(nlp: Language, text: str) -> None:
    gaz = default_gazetteer()
    doc = nlp(text)
    document_facts(doc, text)
    assert country_words(doc, gaz)[1] == _token_walk(doc, gaz)


def test_a_lower_case_demonym_is_no_country_word(nlp: Language) -> None:
    gaz = default_gazetteer()
    doc = nlp(TEXTS[1])
    document_facts(doc, TEXTS[1])
    words = [doc[i].text for i, _ in country_words(doc, gaz)[1]]
    assert "colombian" not in words
    assert {"Brazilian", "Mexican"} <= set(words)
