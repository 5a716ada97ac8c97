"""Event arguments and dictionary gates: regressions for the bugs listed in issue 4."""

from __future__ import annotations

from tests.extract.events.helpers import event, parse


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
    assert not [
        e for e in parse("Ecuador took over the company.")[0].events if e.trigger.text == "took"
    ]
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
                assert doc.text[span["start"] : span["end"]] == span["text"]


def test_collective_pronoun_subject_and_refusal():
    doc = parse("Hungary says it will not lift the ban on Serbia.")[0]
    lift = [e for e in doc.events if e.trigger.text == "lift"]
    assert {(e.code, e.negated) for e in lift} == {("081", True), ("1241", False)}
    refusal = next(e for e in lift if e.code == "1241")
    assert (refusal.source_code, refusal.target_code) == ("HUN", "SRB")
    assert refusal.quad_class == 3 and refusal.extra["refusal_of"] == "081"


def test_no_refusal_when_the_refusing_verb_is_coded():
    doc = parse("Israel refused to withdraw from Gaza.")[0]
    assert sorted(e.root for e in doc.events) == ["08", "12"]


def test_agreed_action_is_future_and_shared_auxiliary():
    doc = parse("Mexico agreed to lift tariffs on Canada.")[0]
    by_trigger = {e.trigger.text: e for e in doc.events}
    assert by_trigger["lift"].future and not by_trigger["agreed"].future
    doc = parse("Brazil would send troops and provide aid to Haiti.")[0]
    provide = next(e for e in doc.events if e.trigger.text == "provide")
    assert provide.hypothetical


def test_promised_concession_is_also_an_intent():
    doc = parse("Mexico will lift sanctions on Cuba.")[0]
    lift = [e for e in doc.events if e.trigger.text == "lift"]
    promised = next(e for e in lift if e.future)
    intent = next(e for e in lift if "intent_of" in e.extra)
    assert intent.root == "03" and intent.quad_class == 1 and not intent.future
    assert intent.extra["intent_of"] == promised.code
    assert (intent.source_code, intent.target_code) == ("MEX", "CUB")
    agreed = parse("Mexico agreed to lift tariffs on Canada.")[0]
    # AGREE (03x) is coded itself: the agreed act adds no second intent
    assert not [e for e in agreed.events if "intent_of" in e.extra]


def test_generic_actor_from_role_and_demonym():
    ev = event("French police fired tear gas at protesters in Paris.", "fired")
    assert ev.source_code == "FRACOP"
    ev = event("A court in Venezuela banned the newspapers.", "banned")
    assert ev.source_code == "VENJUD"


def test_threatened_attack_is_not_an_intent_to_cooperate():
    doc = parse("Hamas vowed to attack Israel.")[0]
    assert not [e for e in doc.events if "intent_of" in e.extra]


def test_argument_span_is_the_noun_phrase_without_clauses():
    text = "Colombia attacked a rebel camp in Venezuela, which the ELN had used."
    ev = event(text, "attacked")
    # the event_args model bounds the emitted phrase (here its core, test_arg_spans.py);
    # the rules' own phrase keeps its prepositional phrase; neither takes the clause
    assert ev.extra["target_span"]["text"] == "a rebel camp"
    assert ev.extra["source_span"]["text"] == "Colombia"
    from watchfloor.extract.events.arguments import arg_span
    from watchfloor.nlp.pipeline import DEFAULT_MODEL, load_nlp

    camp = next(t for t in load_nlp(DEFAULT_MODEL, ())(text) if t.text == "camp")
    assert arg_span(camp)["text"] == "a rebel camp in Venezuela"


def test_passive_clause_does_not_inherit_the_main_subject():
    doc = parse("Colombia closed the border after Venezuela was attacked.")[0]
    attacked = [e for e in doc.events if e.trigger.text == "attacked"]
    assert all(e.source_code != "COL" for e in attacked)
    assert all(e.target_code == "VEN" for e in attacked)


def test_a_dateline_place_is_not_an_actor():
    # regression (sample corpus): "CARACAS, Venezuela (Wire) — ..." made CARACAS the source
    # (the deployed troops are no target since the theme-verb rule: "against smugglers"
    # gives the event a target, so it is emitted)
    doc = parse(
        "CARACAS, Venezuela (Associated Wire) — Venezuela's armed forces began "
        "deploying troops against smugglers along the coast on Wednesday."
    )[0]
    deploy = [e for e in doc.events if e.trigger.text == "deploying"]
    assert deploy and all(e.source != "org:caracas" and e.source != "loc:caracas" for e in deploy)
    # an acronym opening a line without a dateline's dash is still an actor
    ev = event("NATO condemned Russia on Monday.", "condemned")
    assert ev.source_code and ev.target_code == "RUS"


def test_vow_to_defend_is_no_use_of_force():
    doc = parse(
        "Maduro responded with defiance, vowing to defend Venezuela against what he "
        "calls imperialist aggression."
    )[0]
    assert not [e for e in doc.events if e.root in {"18", "19", "20"}]
    vow = next(e for e in doc.events if e.trigger.text == "vowing")
    assert vow.root == "13" and vow.target_code != "VEN"


def test_armed_defence_targets_the_attacker_not_the_defended():
    ev = event("Ukrainian troops defended the town of Bakhmut against Russian forces.", "defended")
    assert ev.code == "190" and ev.target_code.startswith("RUS")


def test_an_order_is_coded_by_what_is_ordered_not_by_the_sentence():
    doc = parse(
        "Maduro said he had ordered the armed forces to prepare for resistance and "
        "accused Washington of wanting to seize Venezuela's oil."
    )[0]
    order = next(e for e in doc.events if e.trigger.text == "ordered")
    assert order.code != "1711"
    seize = next(e for e in doc.events if e.trigger.text == "seize")
    assert seize.hypothetical and seize.alleged and seize.source_code == "USA"
    accused = next(e for e in doc.events if e.trigger.text == "accused")
    assert accused.root == "11" and accused.target_code == "USA"


def test_they_is_not_a_place_just_named():
    doc = parse(
        "Petro blamed the ELN guerrillas and said the attackers had escaped into "
        'Venezuela. "They murder our police," Petro wrote.'
    )[0]
    ev = next(e for e in doc.events if e.trigger.text == "murder")
    assert ev.source_code == "COLREB" and ev.target_code.endswith("COP")


def test_who_takes_part_in_a_nominal_event_is_its_source():
    # argument_roles.yaml participation: "locked in / engaged in / took part in <event> with"
    from tests.extract.events.helpers import parse

    events = parse("The Colombian army engaged in heavy clashes with FARC rebels near the border.")[
        0
    ].events
    assert [
        e
        for e in events
        if e.root == "19" and e.source_code == "COLMIL" and e.target_code == "COLREB"
    ]
    events = parse("Ecuador took part in talks with Peru over the border dispute.")[0].events
    assert [e for e in events if e.source_code == "ECU" and e.target_code == "PER"]


def test_who_is_caught_up_in_an_event_is_no_source():
    from tests.extract.events.helpers import parse

    events = parse(
        "Former Peruvian President Alan Garcia was caught up in an investigation over pardons."
    )[0].events
    assert not [
        e for e in events if e.root == "09" and e.source_code and e.source_code.endswith("ELI")
    ]


def test_a_passive_verbs_subject_acts_in_its_infinitive():
    # "X are known to attack": raising / object control; a participle ("was reported
    # killed") keeps its subject as the victim
    from tests.extract.events.helpers import parse

    events = parse("Venezuelan soldiers have been known to attack smugglers near the border.")[
        0
    ].events
    assert [e for e in events if e.root == "19" and e.source_code == "VENMIL"]
    events = parse("The Colombian general was reported killed in an ambush near the border.")[
        0
    ].events
    assert not [e for e in events if e.source_code and e.source_code.startswith("COL")]


def test_the_object_of_an_object_control_verb_acts_in_its_infinitive():
    """Regression: "Brazil has given Bolivia until Friday to withdraw its troops" coded
    Brazil as the one withdrawing; the object of urge/order/give ... acts, while a
    subject-control verb ("promised") keeps its subject."""
    ev = event("Brazil has given Bolivia until Friday to withdraw its troops.", "withdraw")
    assert ev.source_code == "BOL"
    # (an uncoded control verb: an act only urged is no event of its own, round 11)
    ev = event("Peru persuaded Chile to expel the Bolivian ambassador.", "expel")
    assert ev.source_code == "CHL"
    # a subject-control verb keeps its subject (issue 12 roots26: the promise is the
    # event, the expulsion promised is not emitted)
    ev = event("Colombia promised Ecuador to expel the Venezuelan ambassador.", "promised")
    assert ev.source_code == "COL"


def test_a_clause_coordinated_with_an_infinitive_keeps_the_speakers_subject():
    """Object control is not carried through a conjunct the parser hung on the infinitive:
    in the sample wire story "He said he had ordered the armed forces to prepare ... and
    accused Washington of ...", the accuser is Maduro, not the armed forces."""
    import json

    from tests.conftest import SAMPLE
    from watchfloor.model import RawDocument
    from watchfloor.nlp import NlpStage
    from watchfloor.normalise import to_document

    rows = [json.loads(line) for line in (SAMPLE / "wire.jsonl").read_text().splitlines()]
    [row] = [r for r in rows if r["id"] == "gcc-2026-10-01-ultimatum"]
    raw = RawDocument(
        id=row["id"],
        text=row["text"],
        origin="wire.jsonl",
        fmt="jsonl",
        title=row.get("title"),
        published=row.get("published"),
    )
    [doc] = list(NlpStage().process([to_document(raw)]))
    [ev] = [e for e in doc.events if e.trigger.text == "accused" and e.target_code == "USA"]
    assert not (ev.source_code or "").endswith("MIL")


def test_deployed_soldiers_are_no_target():
    # regression (judged seed-2029 sample: "soldiers sent/deployed" coded as the target)
    ev = event(
        "The Venezuelan government deployed 12,000 soldiers to the border with Colombia.",
        "deployed",
    )
    assert ev.source_code == "VENGOV" and ev.target_code is None
    doc = parse(
        "Another 5,000 soldiers were deployed to the border, the Colombian defense minister said."
    )[0]
    assert not [e for e in doc.events if e.trigger.text == "deployed" and e.target_code]
    # whom they are sent against is the target
    ev = event("Honduras deployed troops against the gangs in San Pedro Sula.", "deployed")
    assert ev.source_code == "HND" and ev.target_code and ev.target_code.endswith("CRM")


def test_a_headline_participle_is_passive():
    # regression (judged seed-2029 sample: a captured boss coded as the capture's source)
    ev = event("Fugitive Drug Lord Captured in Colombia", "captured")
    assert ev.source_code is None and ev.target_code and ev.target_code.endswith("CRM")
    ev = event("Powerful Gang Leader Arrested in Honduras", "arrested")
    assert ev.source_code is None and ev.target_code and ev.target_code.endswith("CRM")
    # with its auxiliary and agent the usual passive still reads the agent
    ev = event("The mayor of Tegucigalpa was arrested by Honduran police on Tuesday.", "arrested")
    assert ev.source_code == "HNDCOP" and ev.target_code == "HNDGOV"


def test_the_owner_of_a_seized_thing_is_the_target():
    # regression (judged seed-2029 sample: the tank, not the Zetas who owned it, as target)
    ev = event(
        "Mexican marines seized two tons of cocaine belonging to the Sinaloa Cartel "
        "in the port of Manzanillo.",
        "seized",
    )
    assert ev.source_code == "MEXMIL" and ev.target_code == "MEXCRM"
    assert ev.extra["target_span"]["text"].startswith("the Sinaloa Cartel")
    ev = event(
        "Colombian police confiscated a speedboat owned by the Gulf Clan near Turbo.", "confiscated"
    )
    assert ev.source_code == "COLCOP" and ev.target_code == "COLCRM"
    # a thing with no owner named keeps no target actor
    ev = event("Colombian police confiscated a speedboat near Turbo.", "confiscated")
    assert ev.source_code == "COLCOP" and ev.target_code is None


def test_the_deployment_of_troops_is_no_target():
    # the nominal form of the theme rule: the unit is moved, whom it is sent against is hit
    doc = parse("The deployment of Colombian troops to the border angered Venezuela.")[0]
    assert not [e for e in doc.events if e.trigger.text == "deployment" and e.target_code]
    doc = parse(
        "Honduras announced the deployment of an army battalion against the gangs "
        "of San Pedro Sula."
    )[0]
    found = [e for e in doc.events if e.trigger.text == "deployment"]
    assert all(e.target_code is None or e.target_code.endswith("CRM") for e in found)


def test_coordinated_verbs_share_the_object():
    # regression (tuning draw: "attacked and destroyed an Iranian oil platform" gave the
    # attack no target)
    ev = event("Armed men shot and killed a Brazilian journalist near the border.", "shot")
    assert ev.source_code and ev.target_code == "BRAMED"
    ev = event(
        "U.S. warships attacked and destroyed an Iranian oil platform on Monday.", "attacked"
    )
    assert ev.source_code == "USAMIL" and ev.target_code == "IRN"
    # a second verb with words of its own between keeps its object to itself
    ev = event(
        "Guerrillas attacked on Monday and later kidnapped the mayor of the town.", "attacked"
    )
    assert ev.target_code is None


def test_a_clause_about_a_thing_names_no_owner():
    # regression (tuning draw: "expressed concern that ... controlled by X" made X the
    # target of the concern)
    ev = event(
        "The government has expressed concern that the fuel trade is increasingly "
        "controlled by the Gulf Clan.",
        "expressed",
    )
    assert ev.target_code is None


def test_coordinated_subjects_of_a_symmetric_verb_act_on_each_other():
    # "nations in a list with no target" (judged seed-2029 sample)
    doc = parse("Peru and Bolivia signed an agreement on border security.")[0]
    pairs = {(e.source_code, e.target_code) for e in doc.events if e.trigger.text == "signed"}
    assert ("PER", "BOL") in pairs
    doc = parse("Venezuela and Colombia clashed over the border.")[0]
    assert ("VEN", "COL") in {(e.source_code, e.target_code) for e in doc.events}
    # a partner named with "with" stays the target
    doc = parse("Mexico and the United States signed a treaty with Canada.")[0]
    assert {e.target_code for e in doc.events if e.trigger.text == "signed"} == {"CAN"}
    # not for one-sided acts
    doc = parse("Peru and Bolivia criticized the new tariffs.")[0]
    assert not [e for e in doc.events if (e.source_code, e.target_code) == ("PER", "BOL")]
    # sharing an opinion is no act on each other
    doc = parse("Both Peru and Bolivia agreed that the talks would be difficult.")[0]
    assert not [e for e in doc.events if (e.source_code, e.target_code) == ("PER", "BOL")]


def test_who_judges_an_act_did_not_do_it():
    # regression (judged seed-2027 sample: "the government was hindering investigations"
    # coded the government as investigating)
    doc = parse("The government has been hindering investigations into corruption.")[0]
    assert not [e for e in doc.events if e.trigger.text == "investigations" and e.source_code]
    # a support verb still gives its subject: "carried out the arrest"
    ev = event("Colombian police carried out the arrest of the mayor.", "arrest")
    assert ev.source_code == "COLCOP"


def test_the_other_side_of_a_confrontation_is_the_agent():
    # regression (judged seed-2029 sample: "killed in a shootout with Peruvian anti-drug
    # police" had no source)
    ev = event(
        "A drug trafficker was killed in a shootout with Peruvian police near Lima.", "killed"
    )
    assert ev.source_code == "PERCOP" and ev.target_code.endswith("CRM")
    ev = event("The mayor was arrested in a raid by Mexican federal police.", "arrested")
    assert ev.source_code == "MEXCOP"
    # no confrontation named: the agent stays unknown
    ev = event("Two farmers were killed in the crossfire in Cauca.", "killed")
    assert ev.source_code is None


def test_the_agent_of_a_nominal_event_is_never_its_target():
    # the trained picker put "by federal police" on the target side of "a raid"
    ev = event("The mayor was arrested in a raid by Mexican federal police.", "raid")
    assert ev.source_code == "MEXCOP" and ev.target_code is None


def test_the_possessor_of_a_patient_noun_undergoes_the_act():
    # regression (tuning draw: "Veras' killing", "Lima's murder" and "his arrest" coded the
    # victim as the source)
    ev = event("Ortega's murder was ordered by a rival gang.", "murder")
    assert ev.source_code is None and ev.extra["source_span"] is None
    assert ev.extra["target_span"]["text"].startswith("Ortega")
    ev = event("The police announced his arrest on Tuesday.", "arrest")
    assert ev.extra["target_span"]["text"] == "his"  # not "Tuesday"
    # with an "of" object the possessor acts
    ev = event("The army's killing of civilians angered the villagers.", "killing")
    assert ev.source_code and ev.source_code.endswith("MIL") and ev.target_code == "CVL"
    # a receiving country named by a preposition stays the target
    ev = event("Guzman's extradition to the United States took place in January.", "extradition")
    assert ev.source_code is None and ev.target_code == "USA"


def test_talks_between_two_actors_are_a_dyad():
    doc = parse("Peace talks between Colombia and the ELN resumed in Havana.")[0]
    pairs = {(e.source_code, e.target_code) for e in doc.events if e.trigger.text == "talks"}
    assert ("COL", "COLREB") in pairs
