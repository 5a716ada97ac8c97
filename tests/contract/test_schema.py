"""The JSON Schema is the public contract: real extractor output must validate."""

from __future__ import annotations

import copy

import jsonschema
import pytest

from watchfloor.contract import document_to_dict, schema, validate


def test_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(schema())


def test_seed_output_validates(seed_document):
    obj = document_to_dict(seed_document)
    validate(obj)
    assert obj["entities"] and obj["claims"]


def test_a_span_that_does_not_match_the_text_is_rejected(seed_document):
    obj = copy.deepcopy(document_to_dict(seed_document))
    obj["entities"][0]["mentions"][0]["start"] += 1
    with pytest.raises(jsonschema.ValidationError):
        validate(obj)


def test_missing_required_field_is_rejected(seed_document):
    obj = copy.deepcopy(document_to_dict(seed_document))
    del obj["entities"][0]["actor_code"]
    with pytest.raises(jsonschema.ValidationError):
        validate(obj)


def test_sentences_carry_their_check_worthiness(seed_document):
    obj = document_to_dict(seed_document)
    validate(obj)
    sents = obj["sentences"]
    assert len(sents) == len(seed_document.sentences) > 10
    assert all(0 <= s["check_worthiness"] <= 1 for s in sents)
    assert all(obj["text"][s["start"] : s["end"]] == s["text"] for s in sents)
    # unattributed claims are the sentences at or above the threshold
    assert max(s["check_worthiness"] for s in sents) > min(s["check_worthiness"] for s in sents)
