"""Event arguments and dictionary gates: regressions for the bugs listed in issue 4."""

from __future__ import annotations

from tests.extract.events_helpers import event, parse


def test_coordinated_sources_give_one_event_each():
    doc = parse("Mexico and Colombia condemned the United States.")[0]
    pairs = {(e.source_code, e.target_code) for e in doc.events if e.trigger.text == "condemned"}
    assert pairs == {("MEX", "USA"), ("COL", "USA")}
    assert all(e.extra.get("compound") for e in doc.events)


def test_coordinated_targets():
    doc = parse("Russia attacked Ukraine and Georgia.")[0]
    assert {e.target_code for e in doc.events} == {"UKR", "GEO"}


def test_possessive_country_target_is_kept():
    ev = event("Israel attacked Iran's nuclear facilities.", "attacked")
    assert (ev.source_code, ev.target_code) == ("ISR", "IRN")


def test_target_behind_a_non_actor_object():
    ev = event("U.S. forces struck cartel boats near Venezuela.", "struck")
    assert ev.target_code == "CRM"
    nominal = event("The Pentagon confirmed new U.S. strikes on drug boats.", "strikes")
    assert nominal.target_code == "CRM" and nominal.source_code.startswith("USA")


def test_phrasal_entry_honours_its_gate():
    assert not [e for e in parse("Ecuador took over the company.")[0].events
                if e.trigger.text == "took"]
    ev = event("Tren de Aragua took over an apartment building in Aurora, Colorado.", "took")
    assert ev.code == "171" and ev.source == "org:tren-de-aragua"
    assert ev.extra["place"]["name"] == "Aurora"


def test_object_patterns_see_clauses_and_gerunds():
    ev = event("Brazil proposed holding talks with Venezuela.", "proposed")
    assert ev.code == "036"  # the object "talks" sits under the gerund "holding"


def test_pronoun_target_resolves_to_the_person_named_before():
    ev = event("Trump issued an ultimatum to Maduro, demanding his resignation.", "demanding")
    assert ev.source == "per:donald-trump" and ev.target == "per:nicolas-maduro"


def test_argument_spans_point_into_the_text():
    doc = parse("Iraqi troops launched an assault on Mosul; Turkey condemned Iraq.")[0]
    for ev in doc.events:
        for key in ("source_span", "target_span"):
            span = ev.extra.get(key)
            if span:
                assert doc.text[span["start"]:span["end"]] == span["text"]
