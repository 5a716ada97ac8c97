"""``RolePhraseReader._subject_role`` (review36): the role of a verb's subject that the
armed-group checks read, from its reading's code or its own words. The two ways of
reading a code stay apart (``group_code``). Sentences written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from watchfloor.extract.actors.extractor import ActorExtractor
from watchfloor.nlp.pipeline import DEFAULT_MODEL, load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(DEFAULT_MODEL, ())


@pytest.fixture(scope="module")
def reader():
    return ActorExtractor()


def _subject(doc):
    return next(t for t in doc if t.dep_ in {"nsubj", "nsubjpass"})


def _named(code=None, entry_code=None):
    entry = SimpleNamespace(code=entry_code) if entry_code is not None else None
    return SimpleNamespace(code=code, entry=entry)


def test_a_coded_subject_gives_its_role_block_both_ways(nlp, reader):
    doc = nlp("The Frente moved its men across the valley.")
    subject = _subject(doc)
    by_token = {subject.i: _named("COLREB")}
    for group_code in (False, True):
        assert reader._subject_role(doc, subject, by_token, group_code=group_code) == "REB"


def test_a_bare_country_code_gives_no_role_to_the_predicate_reading(nlp, reader):
    doc = nlp("The rebels moved their men across the valley.")
    subject = _subject(doc)
    by_token = {subject.i: _named("COL")}
    # the predicate reading falls back on the words ("rebels"), the group reading keeps
    # the three letters it was given
    assert reader._subject_role(doc, subject, by_token, group_code=False) == "REB"
    assert reader._subject_role(doc, subject, by_token, group_code=True) == "COL"


def test_only_the_group_reading_takes_the_entry_code(nlp, reader):
    doc = nlp("The Frente moved its men across the valley.")
    subject = _subject(doc)
    by_token = {subject.i: _named(None, "CRM")}
    assert reader._subject_role(doc, subject, by_token, group_code=True) == "CRM"
    assert reader._subject_role(doc, subject, by_token, group_code=False) != "CRM"


def test_an_img_code_reads_its_first_block_only_in_the_group_reading(nlp, reader):
    doc = nlp("The Frente moved its men across the valley.")
    subject = _subject(doc)
    by_token = {subject.i: _named("IMGMOSALQ")}
    assert reader._subject_role(doc, subject, by_token, group_code=True) == "IMG"
    assert reader._subject_role(doc, subject, by_token, group_code=False) == "MOS"


def test_guard_an_unread_subject_takes_its_own_words(nlp, reader):
    doc = nlp("The rebels moved their men across the valley.")
    subject = _subject(doc)
    for group_code in (False, True):
        assert reader._subject_role(doc, subject, {}, group_code=group_code) == "REB"


def test_guard_a_subject_with_no_role_word_has_none(nlp, reader):
    doc = nlp("The clouds drifted slowly across the valley.")
    subject = _subject(doc)
    assert reader._subject_role(doc, subject, {}, group_code=False) is None
