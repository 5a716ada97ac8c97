"""Sides round 8 (issues 11 and 12): sides the sentence names but the argument picker left
empty — the coordinated participants of a meeting noun ("the summit of X and Y"), the
visitor of a visit ("the visit of X to Y").
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import events, parse

# -- a meeting of two coordinated participants: each meets the other ------------------


def test_meeting_of_two_presidents_gives_each_the_other_as_partner():
    found = events(
        "The meeting of Colombian President Gustavo Petro and Venezuelan "
        "President Nicolas Maduro took place in Caracas.",
        "meeting",
    )
    assert {(e.source_code, e.target_code) for e in found} == {
        ("COLGOV", "VENGOV"),
        ("VENGOV", "COLGOV"),
    }


def test_meeting_of_one_body_keeps_it_as_the_only_side():
    # one "of" object is the body whose session it is: no partner invented
    found = events(
        "The meeting of the Organization of American States ended without a resolution.", "meeting"
    )
    assert found
    assert all(e.source_code is None for e in found)
    assert {e.target_code for e in found} == {"IGOOAS"}


def test_visit_of_a_president_to_a_country_has_the_visitor_as_source():
    found = events(
        "The visit of Mexican President Claudia Sheinbaum and her ministers to "
        "Guatemala was postponed.",
        "visit",
    )
    assert {(e.source_code, e.target_code) for e in found} == {("MEXGOV", "GTM")}


def test_trip_of_a_president_to_a_capital_has_the_visitor_as_source():
    found = events(
        "The trip of Colombian President Gustavo Petro to Washington was cancelled.", "trip"
    )
    assert {(e.source_code, e.target_code) for e in found} == {("COLGOV", "USA")}


# -- a verb coordinated with a passive one is passive: its patient is the subject -------


def test_second_passive_verb_has_the_first_ones_subject_as_patient():
    found = events(
        "The Zetas leader was detained in Texas and extradited to Mexico in June.", "extradited"
    )
    assert found
    assert {e.target_code for e in found} == {"MEXCRM"}  # not the destination


def test_second_passive_verb_takes_its_own_agent():
    found = events(
        "The Zetas leader was detained in Texas and charged with drug "
        "trafficking by US prosecutors.",
        "charged",
    )
    assert {(e.source_code, e.target_code) for e in found} == {("USAJUD", "MEXCRM")}


def test_active_verb_after_a_passive_one_is_not_made_passive():
    from watchfloor.extract.events.arguments import passive_conjunct
    from watchfloor.nlp.pipeline import load_nlp

    nlp = load_nlp(extractors=())
    doc = nlp("The former mayor was arrested on Friday and confessed to the killing.")
    confessed = next(t for t in doc if t.lower_ == "confessed")
    assert not passive_conjunct(confessed)
    doc = nlp("The gang leader was arrested in May and extradited to the United States.")
    extradited = next(t for t in doc if t.lower_ == "extradited")
    assert passive_conjunct(extradited)


# -- a joint act done at a meeting has the meeting's partner as target -------------------


def test_purpose_of_a_meeting_has_the_partner_as_target():
    found = events(
        "President Gustavo Petro met on Monday with Venezuelan President Nicolas "
        "Maduro to discuss border security.",
        "discuss",
    )
    assert {(e.source_code, e.target_code) for e in found} == {("COLGOV", "VENGOV")}


def test_act_coordinated_with_a_meeting_has_the_partner_as_target():
    found = events("Petro met with Maduro in Caracas and signed a trade agreement.", "signed")
    assert {(e.source_code, e.target_code) for e in found} == {("COLGOV", "VENGOV")}


def test_other_act_after_a_meeting_keeps_its_own_target():
    # not a joint act: the meeting partner is no target of the attack
    found = events("Petro met with Maduro and attacked the opposition in a speech.", "attacked")
    assert all(e.target_code != "VENGOV" for e in found)


# -- a request made by a document is addressed to the document's recipient --------------


def test_letter_requesting_is_addressed_to_the_indirect_object():
    found = events(
        "The senators wrote a letter to the Mexican government requesting "
        "information about the massacre.",
        "requesting",
    )
    assert {(e.source_code, e.target_code) for e in found} == {("LEG", "MEXGOV")}


def test_note_sent_to_a_country_demanding_is_addressed_to_that_country():
    found = events(
        "The Colombian government sent a diplomatic note to Venezuela demanding "
        "the release of the soldiers.",
        "demanding",
    )
    assert {(e.source_code, e.target_code) for e in found} == {("COLGOV", "VEN")}


def test_statement_with_no_recipient_keeps_the_demanded_thing_target():
    found = events("The rebels issued a statement demanding the withdrawal of troops.", "demanding")
    assert {e.target_code for e in found} == {"MIL"}


# -- a possessive in a fronted phrase looks ahead to the main subject --------------------


def test_fronted_possessive_stands_for_the_main_subject_named_after_it():
    found = events("During her visit to Bogota, Delcy Rodriguez met with Gustavo Petro.", "visit")
    assert {(e.source_code, e.target_code) for e in found} == {("VENGOV", "COL")}


def test_fronted_possessive_prefers_a_person_named_before_it():
    found = events(
        "The army captured Jorge Salas in May. Since his arrest, Delcy "
        "Rodriguez has refused to comment.",
        "arrest",
    )
    assert found
    assert all(e.target_code != "VENGOV" for e in found)


def test_fronted_possessive_is_not_the_speaker_of_the_sentence():
    doc = parse("After his arrest, Delcy Rodriguez said the suspect had confessed.")[0]
    assert all(
        e.target_code != "VENGOV" and e.source_code != "VENGOV"
        for e in doc.events
        if e.trigger.text.lower() == "arrest"
    )


# -- a pact's partner is the target; a helper is no side --------------------------------


def test_agreement_signed_with_a_partner_targets_the_partner():
    found = events(
        "China has signed a loan agreement with the World Bank to finance new ports.", "signed"
    )
    assert {(e.source_code, e.target_code) for e in found} == {("CHN", "IGOUNOWBK")}


def test_deal_struck_with_officers_of_a_force_targets_the_force():
    found = events(
        "Criminal groups struck deals with corrupt officers of the Venezuelan National Guard.",
        "struck",
    )
    assert {(e.source_code, e.target_code) for e in found} == {("CRM", "VENMIL")}


def test_help_of_another_force_is_no_target():
    found = events("The police made arrests with the help of the army.", "arrests")
    assert found
    assert all(e.target_code != "MIL" for e in found)


# -- an uncoded organisation name takes the code of its bracketed short name -------------


def test_bracketed_short_name_codes_the_long_name():
    found = events(
        "The US Federal Bureau of Investigation (FBI) has offered to train a new "
        "police unit in El Salvador.",
        "offered",
    )
    assert {e.source_code for e in found} == {"USACOP"}


def test_fronted_possessive_of_an_arrest_is_not_the_official_speaking_after():
    found = events(
        "After his capture, Colombian President Gustavo Petro called the trafficker "
        "the last of the old bosses.",
        "capture",
    )
    assert all(e.target_code != "COLGOV" and e.source_code != "COLGOV" for e in found)


def test_discussing_dealings_with_police_is_not_discussing_with_police():
    found = events(
        "A police informant was filmed discussing his dealings with police "
        "officers in Buenos Aires.",
        "discussing",
    )
    assert all(e.target_code not in {"COP", "ARGCOP"} for e in found)
