"""Fixtures of the extractor tests: the spaCy model, loaded once for the session, and a
module's parsed texts.

``nlp`` is the bare model (``spacy.load``: no headline pass, no extract component), as the
speed tests compare a cached read with spaCy's own; the rule tests in ``events/`` get the
watchfloor pipeline without extractors instead (``events/conftest.py``). No test changes
the pipeline it is given."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from watchfloor.nlp.pipeline import DEFAULT_MODEL


@pytest.fixture(scope="session")
def nlp() -> Language:
    return spacy.load(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def docs(nlp: Language, request: pytest.FixtureRequest) -> list[Doc]:
    """The module's ``TEXTS``, parsed."""
    return [nlp(t) for t in request.module.TEXTS]
