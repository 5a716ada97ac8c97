"""Generic, habitual and statistical sentences are no events (issue 12, sixth round): a
record count, a running total "since", a share or comparison as a verb's object, a class of
events said to be rare or common, "tend to", and bare plural subjects in the present simple.
Each table pairs a sentence written for the test with a specific act that stays an event."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import parse


def _triggers(text: str) -> list[str]:
    return [e.trigger.text.lower() for e in parse(text)[0].events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a count qualified as a record is a statistic whatever its verb
        ("Guatemala saw a record number of people killed by gangs in 2019.", "killed"),
        ("Peru reported an unprecedented number of arrests of coca farmers last year.", "arrests"),
        ("Colombia has seen record cocaine seizures by its navy this year.", "seizures"),
        # a counted total over a period that runs to now
        (
            "There have been 240 murders of Honduran journalists since 2010, the group said.",
            "murders",
        ),
        # a share of a class as the verb's object
        (
            "Colombian police investigate only 12 percent of kidnappings in the country.",
            "investigate",
        ),
        # a comparison of totals
        (
            "Ecuador arrested more gang members than any other Andean country during that decade.",
            "arrested",
        ),
        # how common a class of events is
        ("Targeted attacks by cartels against Mexican soldiers have been rare.", "attacks"),
        (
            "Kidnappings of foreign engineers by the rebels are common in the province.",
            "kidnappings",
        ),
        # a tendency
        ("Mexican cartels tend to attack rival gangs rather than soldiers.", "attack"),
        # what a weapon can do
        (
            "Missiles now deployed by Iran could sink a supertanker in the Gulf, the paper said.",
            "sink",
        ),
        # a threat noun as a predicate characterises a rival
        ("For years the Zetas were the main threat to the Sinaloa cartel.", "threat"),
        # bare plural subject, present simple, no time: how a class of actors behaves
        ("In rural Honduras, gangs often kidnap cattle ranchers for ransom.", "kidnap"),
        ("Corrupt police officers routinely arrest street vendors to extract bribes.", "arrest"),
        ("The risk is highest when smugglers kidnap migrants and demand ransom.", "kidnap"),
    ],
)
def test_generic_or_statistical_sentence_is_no_event(text: str, trigger: str) -> None:
    assert trigger not in _triggers(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Gunmen from a Honduran gang killed 14 people in a bar in San Pedro Sula.", "killed"),
        ("Peruvian police arrested 30 coca farmers in the Huallaga valley on Monday.", "arrested"),
        ("Two murders of Honduran journalists shocked the country in March.", "murders"),
        ("Colombian police investigated the kidnapping of a Spanish engineer.", "investigated"),
        ("Ecuador arrested more gang members on Tuesday in the port of Guayaquil.", "arrested"),
        ("The attack by the cartel against Mexican soldiers was brutal.", "attack"),
        ("Mexican cartels attacked rival gangs in Sinaloa on Monday.", "attacked"),
        # a present-tense act with a date, or a definite subject, is not generic
        ("Honduran gangs kidnap a rancher on Monday in Olancho, police say.", "kidnap"),
        ("The gangs kidnap a rancher in Olancho, a witness told the Honduran police.", "kidnap"),
        ("Iranian gunboats sank a Kuwaiti supertanker in the Gulf on Monday.", "sank"),
        ("Iran could sink a supertanker in the Gulf, the Kuwaiti minister warned.", "sink"),
        ("The Zetas threatened the Sinaloa cartel in a message left on a bridge.", "threatened"),
        # a news present without a frequency cue
        ("Former Soviet republics refuse to lift sanctions on Abkhazia.", "refuse"),
        # an amount with "more than" is no comparison; a share of people or arms is an act
        ("The European Union provided more than 40 million euros in aid to Haiti.", "provided"),
        ("The Colombian army freed 40 percent of the hostages held by the ELN.", "freed"),
        ("The Bolivian army pulled out most of its soldiers from the Chapare.", "pulled"),
        # an ongoing act compared is still an act
        ("Ecuador is now arresting more Colombian rebels than Peru, the police said.", "arresting"),
    ],
)
def test_specific_act_stays_an_event(text: str, trigger: str) -> None:
    assert trigger in _triggers(text)
