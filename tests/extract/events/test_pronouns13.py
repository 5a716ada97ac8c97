"""Event sides given by a pronoun or a definite role noun (issue 12, extract/events/backrefs,
pronouns.Antecedents.antecedent and ActorResolver._generic_referent): multi-sentence texts
written for these tests, with the cases where the side must stay empty."""

from __future__ import annotations

from tests.extract.events.helpers import event, parse
from watchfloor.extract.events.backrefs import Quotes, coded_full_name
from watchfloor.model import Entity


def test_pronoun_goes_to_the_previous_sentences_subject_not_the_nearer_object():
    ev = event(
        "Juan Perez later met Carlos Mena in a hotel. He accused the army of abuses.", "accused"
    )
    assert ev.source == "per:juan-perez"
    link = ev.extra["source_back_reference"]
    assert link["via"] == "pronoun" and link["word"] == "He"
    assert link["entity"] == "per:juan-perez"


def test_possessor_of_the_previous_subject_is_its_topic():
    ev = event(
        "Juan Perez's strategy was simple: flatter Carlos Mena. He accused the army of abuses.",
        "accused",
    )
    assert ev.source == "per:juan-perez"


def test_pronoun_inside_a_quote_never_reaches_a_name_outside_it():
    ev = event(
        'Juan Perez ran a cocaine network in Cali. "Police arrested him on Tuesday," '
        "a lawyer said.",
        "arrested",
    )
    assert ev.target != "per:juan-perez"
    assert "target_back_reference" not in ev.extra


def test_same_pronoun_outside_the_quote_still_resolves():
    ev = event(
        "Juan Perez ran a cocaine network in Cali. Police arrested him on Tuesday.", "arrested"
    )
    assert ev.target == "per:juan-perez"
    assert ev.extra["target_back_reference"]["via"] == "pronoun"


def test_two_coordinated_people_leave_he_empty():
    ev = event(
        "Juan Perez and Carlos Mena ran a cocaine network in Cali. Police arrested him on Tuesday.",
        "arrested",
    )
    assert ev.target not in {"per:juan-perez", "per:carlos-mena"}


def test_they_never_takes_a_single_person():
    ev = event(
        "Juan Perez ran a cocaine network in Cali. They accused the army of abuses.", "accused"
    )
    assert ev.source != "per:juan-perez"
    assert "source_back_reference" not in ev.extra


def test_the_minister_with_two_ministers_named_stays_empty():
    doc = parse(
        "Colombian Interior Minister Ana Ruiz and Colombian Defence Minister Pedro "
        "Gomez visited Cali. The minister accused the FARC of attacks."
    )[0]
    accused = [e for e in doc.events if e.trigger.text == "accused"]
    assert accused, [e.trigger.text for e in doc.events]
    assert all(e.source not in {"per:ana-ruiz", "per:pedro-gomez"} for e in accused)


def test_the_minister_with_one_minister_named_is_that_minister():
    ev = event(
        "Colombian Defence Minister Pedro Gomez visited Cali on Monday. The minister "
        "accused the FARC of attacks.",
        "accused",
    )
    assert ev.source == "per:pedro-gomez"
    assert ev.source_code == "COLMIL"
    assert ev.extra["source_back_reference"]["via"] == "role noun"


def test_an_unrelated_event_keeps_no_back_reference():
    ev = event("The Colombian army attacked a FARC camp on Monday.", "attacked")
    assert "source_back_reference" not in ev.extra
    assert "target_back_reference" not in ev.extra


def test_quotes_tell_inside_from_outside():
    text = 'He left. "They hit him," she said. "Go," he said.'
    quotes = Quotes(text)
    inside = text.index("They")
    assert not quotes.same_side(0, inside)
    assert quotes.same_side(0, text.index("she"))  # a whole quotation between: no edge
    assert not quotes.same_side(inside, text.index("she"))


def test_doubled_quote_marks_count_once():
    text = 'Juan Perez, alias ""El Gordo,"" ran the network. He was arrested.'
    quotes = Quotes(text)
    assert quotes.same_side(0, text.index("He was"))
    assert not quotes.same_side(0, text.index("El Gordo"))


def _person(name: str, code: str | None) -> Entity:
    return Entity(
        id="per:" + name.lower().replace(" ", "-"), name=name, type="person", actor_code=code
    )


def test_coded_full_name_of_an_uncoded_short_name():
    short = _person("Perez Molina", None)
    full = _person("Otto Perez Molina", "GTMELI")
    assert coded_full_name(short, [short, full]) is full


def test_coded_full_name_refuses_two_candidates_and_coded_names():
    short = _person("Perez", None)
    ents = [short, _person("Juan Perez", "COLCRM"), _person("Ana Perez", "COLGOV")]
    assert coded_full_name(short, ents) is None
    coded = _person("Perez Molina", "GTMGOV")
    assert coded_full_name(coded, [coded, _person("Otto Perez Molina", "GTMELI")]) is None
