"""The articles of English and Spanish in one place (tidy43): ``data/articles.tsv`` read
once by :mod:`watchfloor.extract.articles`, the sets the readers used to spell out."""

from __future__ import annotations

from watchfloor.data import PACKAGE_DATA
from watchfloor.extract import articles
from watchfloor.extract.actors import coding, delegation_heads, outlets
from watchfloor.extract.spanish import actors as es_actors
from watchfloor.extract.spanish import events as es_events
from watchfloor.extract.spanish import references
from watchfloor.extract.spanish.gazetteer import _strip_article


def test_the_article_sets():
    assert {"the", "a", "an"} == articles.ENGLISH_ARTICLES
    assert {"a", "an"} == articles.ENGLISH_INDEFINITE
    assert {"el", "la", "los", "las", "lo"} == articles.SPANISH_DEFINITE
    assert {"el", "la"} == articles.SPANISH_SINGULAR_DEFINITE
    assert {"los", "las"} == articles.SPANISH_PLURAL_DEFINITE
    spanish = {"el", "la", "los", "las", "lo", "un", "una", "unos", "unas"}
    assert spanish == articles.SPANISH_ARTICLES
    assert {"al", "del"} == articles.SPANISH_CONTRACTIONS


def test_the_data_file_names_its_source():
    head = (PACKAGE_DATA / "articles.tsv").read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("# Source:") for line in head if line.startswith("#"))


def test_the_readers_sets_are_built_from_the_shared_ones():
    assert {"los", "las"} == es_actors.GROUP_ARTICLES
    assert es_actors.BRANCH_ARTICLES == references.DEFINITE == {"el", "la", "al", "del"}
    mixed = {"a", "an", "the", "el", "la", "los", "las", "lo", "le", "les", "o", "os"}
    assert mixed == coding.ARTICLES
    assert {"el", "la", "los", "las", "o", "le", "il", "die", "der"} == outlets.MEDIA_ARTICLES
    assert {"the", "a", "an", "of", "their"} <= delegation_heads._FILLER
    assert {"el", "las", "esta", "sus"} <= es_events.DEFINITE_DETS
    assert "lo" not in es_events.DEFINITE_DETS  # the neuter article is no determiner of a noun


def test_a_leading_spanish_article_is_stripped_once():
    assert _strip_article("Los Halcones del Norte") == "Halcones del Norte"
    assert _strip_article("del Valle") == "Valle"
    assert _strip_article("Lasalle") == "Lasalle"  # no article: a word that starts like one
    assert _strip_article("lo nuevo") == "lo nuevo"  # the neuter article is left
