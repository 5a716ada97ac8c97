"""The main events of the seed article, as listed in issue 4, coded end to end."""

from __future__ import annotations

import pytest

from tests.conftest import SEED
from tests.event_filter_switch import event_filter_off


@pytest.fixture(scope="module")
def seed_document(seed_text):
    """The seed article coded with the event filter off, like the other rule tests of this
    folder (conftest.py): the session's ``seed_document`` is built before this folder's
    module fixture turns the filter off, and event-filter-v3's threshold (0.479) drops the
    one-sided alleged "takeover" below (P 0.31) that the rules code."""
    from watchfloor.model import RawDocument
    from watchfloor.nlp import NlpStage
    from watchfloor.normalise import to_document

    with event_filter_off():
        doc = to_document(
            RawDocument(
                id="seed-article.txt",
                text=seed_text,
                origin=str(SEED),
                fmt="text",
                published="2025-09-15",
                published_precision="day",
            )
        )
        return next(NlpStage().process([doc]))


def find(doc, trigger, source=None, target=None):
    """Events whose trigger starts with ``trigger`` and whose codes start as given."""
    out = []
    for ev in doc.events:
        if not ev.trigger.text.lower().startswith(trigger):
            continue
        if source is not None and not (ev.source_code or "").startswith(source):
            continue
        if target is not None and not (ev.target_code or "").startswith(target):
            continue
        out.append(ev)
    assert out, f"no {trigger} {source}->{target}; got " + ", ".join(
        f"{e.trigger.text}:{e.code}:{e.source_code}->{e.target_code}" for e in doc.events
    )
    return out[0]


def test_strikes_on_drug_boats_usa_against_criminal_groups(seed_document):
    ev = find(seed_document, "strikes", "USA", "CRM")
    assert ev.quad_class == 4 and ev.root == "19"
    assert not (ev.negated or ev.hypothetical)
    assert ev.extra["place"]["name"] == "Caribbean"
    assert ev.extra["source_inferred"] is True


def test_trump_contemplating_military_action_is_hypothetical(seed_document):
    ev = find(seed_document, "action", "USAGOV", "CRM")
    assert ev.source == "per:donald-trump"
    assert ev.quad_class == 4 and ev.hypothetical and not ev.negated


def test_us_designates_cartel_de_los_soles(seed_document):
    ev = find(seed_document, "designated", "USA", "VENCRM")
    assert ev.target == "org:cartel-de-los-soles"
    assert ev.code == "163" and not ev.hypothetical


@pytest.mark.parametrize("target", ["org:tren-de-aragua", "org:sinaloa-cartel"])
def test_alleged_support_to_tren_de_aragua_and_sinaloa(seed_document, target):
    events = [
        e
        for e in seed_document.events
        if e.trigger.text == "providing"
        and e.source == "org:cartel-de-los-soles"
        and e.target == target
    ]
    assert events, "the accusation's content is an alleged support event"
    assert events[0].alleged and events[0].extra.get("compound")
    accuse = find(seed_document, "accused", None, "VENCRM")
    assert accuse.target == "org:cartel-de-los-soles" and not accuse.alleged


def test_trump_demands_maduro_resign(seed_document):
    ev = find(seed_document, "demanding", "USA", "VEN")
    assert ev.code == "1041" and ev.root == "10"
    ultimatum = find(seed_document, "ultimatum", "USA", "VEN")
    assert ultimatum.code == "139"


def test_maduro_defiance(seed_document):
    ev = find(seed_document, "defiance", "VENGOV")
    assert ev.root == "12" and ev.quad_class == 3


def test_tren_de_aragua_alleged_takeover_in_aurora(seed_document):
    ev = find(seed_document, "takeover", "VENCRM")
    assert ev.source == "org:tren-de-aragua"
    assert ev.alleged and ev.quad_class == 4
    place = ev.extra["place"]
    assert place["name"] == "Aurora" and place["text"] == "Aurora, Colorado"
    assert place["country"] == "USA" and place["precision"] == "city"  # geocoded: Colorado
    assert 39 < place["lat"] < 40.5


def test_fbi_monitoring_and_disrupting_cartel_activity(seed_document):
    monitor = find(seed_document, "monitoring", "USACOP")
    assert monitor.source == "org:federal-bureau-of-investigation"
    assert monitor.alleged  # "are reportedly on hyper alert, monitoring"
    disrupt = find(seed_document, "disrupt", "USACOP", "CRM")
    assert disrupt.quad_class == 4


def test_cartels_could_strike_back_per_coates(seed_document):
    ev = find(seed_document, "strike", "CRM", "USA")
    assert ev.hypothetical and not ev.negated
    assert ev.attributed_to == "per:victoria-coates"


def test_every_event_has_an_actor_and_valid_spans(seed_document):
    text = seed_document.text
    for ev in seed_document.events:
        assert ev.source_code or ev.target_code
        assert text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
        for key in ("source_span", "target_span"):
            span = ev.extra.get(key)
            if span:
                assert text[span["start"] : span["end"]] == span["text"]


def test_the_seeds_annual_death_toll_is_a_document_figure(seed_document):
    # issue 4's own example: "approximately 100,000 citizens annually", in a sentence with
    # no event, is kept as a document-level quantity (a rate, approximate)
    (q,) = [q for q in seed_document.quantities if q["value"] == 100_000]
    assert (q["kind"], q["unit"], q["per"], q["approximate"]) == ("killed", "citizen", "year", True)
    assert q["text"] == "approximately 100,000 citizens" and q["scope"] == "document"
