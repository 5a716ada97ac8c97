"""Statistics and generic statements are no events (issue 12, fifth round): shares of events
("75 percent of the killings"), quantified classes ("most investigations"), the topic of
"when it comes to", and event nouns of a habitual clause ("kidnappings are typically
brief"). Sentences written for the tests, each with a contrast that stays an event."""

from __future__ import annotations

from tests.extract.events.helpers import parse


def _triggers(*texts: str) -> list[list[str]]:
    return [[e.trigger.text.lower() for e in d.events] for d in parse(*texts)]


def test_a_share_of_events_is_a_statistic():
    percent, majority, act = _triggers(
        "Mexican prosecutors said 75 percent of the killings of journalists were committed "
        "by cartels.",
        "The Fundepro study shows the majority of assaults against Venezuelan police are "
        "robberies.",
        "Venezuelan police assaulted three Colombian migrants on Friday.",
    )
    assert "killings" not in percent
    assert "assaults" not in majority
    assert "assaulted" in act


def test_a_quantified_class_of_events_is_generic():
    most, opened = _triggers(
        "Most investigations by Mexican prosecutors into cartel killings have stalled.",
        "Mexican prosecutors opened investigations into the cartel killings.",
    )
    assert "investigations" not in most
    assert "investigations" in opened


def test_the_topic_of_when_it_comes_to_is_no_event():
    topic, act = _triggers(
        "When it comes to killings of Mexican journalists, the cartels are the main suspects.",
        "Mexican prosecutors opened two investigations into the killings of journalists.",
    )
    assert "killings" not in topic
    assert "killings" in act


def test_an_event_noun_of_a_habitual_clause_is_no_event():
    typical, specific = _triggers(
        "In Argentina, kidnappings by gangs are typically brief.",
        "The kidnappings of Argentine businessmen by the gang were brief.",
    )
    assert "kidnappings" not in typical
    assert "kidnappings" in specific


def test_a_trend_or_a_count_of_events_is_a_statistic():
    drop, four, filed = _triggers(
        "The Mexican army reported a remarkable drop in complaints of abuse against Mexican "
        "soldiers.",
        "Only four -- or 0.2 percent -- of the complaints against the Mexican army were verified.",
        "Colombian rights groups filed complaints against the Colombian army.",
    )
    assert "complaints" not in drop and "complaints" not in four
    assert "complaints" in filed
