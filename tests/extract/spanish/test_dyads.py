"""Spanish dyads: who is coded as source and target (issue 17, second pass; our sentences)."""

from __future__ import annotations

from tests.extract.spanish.helpers import codes, entity, one


def _roots(doc):
    return {(e.root, e.source_code, e.target_code) for e in doc.events}


def test_nationality_groups_are_their_country():
    # a role word with a demonym: the role under the country ("ESPAGR")
    doc = one("Pescadores españoles bloquearon el puerto de Vigo durante la mañana.")
    assert ("14", "ESPAGR", None) in _roots(doc)
    # a people noun that is no role: the country itself
    doc = one("Los barcos franceses rodearon el puerto y los armadores franceses protestaron.")
    assert any(e.root == "14" and e.source_code == "FRA" for e in doc.events)
    doc = one("Los venezolanos protestaron frente a la embajada en Lima.")
    assert any(e.root == "14" and e.source_code == "VEN" for e in doc.events)


def test_role_word_opening_a_sentence_keeps_its_demonym():
    doc = one("Colonos israelíes cortaron la carretera de Jericó.")
    assert entity(doc, "Colonos israelíes").actor_code == "ISRCVL"


def test_a_city_acting_is_its_country():
    # thirteenth pass: a capital that acts is its government (capitals.tsv), as the
    # English coder codes "Caracas rejected" VENGOV (was the bare country, VEN)
    doc = one("Caracas condenó el bombardeo de la aviación colombiana.")
    ev = next(e for e in doc.events if e.root == "11")
    assert ev.source_code == "VENGOV"


def test_named_government_with_demonym_is_a_role_phrase():
    doc = one("El Gobierno argentino rechazó la propuesta de los pescadores.")
    assert entity(doc, "Gobierno argentino").actor_code == "ARGGOV"


def test_universalpetrarch_only_verbs_need_a_source_and_a_target():
    # "esperar" is coded only in UniversalPetrarch's list (not in verbs_es.yaml)
    assert one("El ELN esperó toda la noche en la selva.").events == []
    assert [
        c for c, _, _ in codes(one("El ELN esperó a los negociadores del Gobierno colombiano."))
    ] != []


def test_support_verb_leaves_the_coding_to_the_event_noun():
    doc = one("Los maestros iniciaron ayer un paro indefinido.")
    assert [(e.trigger.text, e.source_code) for e in doc.events] == [("paro", "EDU")]


def test_protest_noun_por_phrase_is_the_cause_not_the_protesters():
    doc = one("Los campesinos marcharon en protesta por la detención de sus líderes.")
    protests = [e for e in doc.events if e.root == "14"]
    assert protests and all(e.source_code == "AGR" for e in protests)


def test_participle_agent_of_an_event_noun_is_its_source():
    doc = one("La marcha, convocada por los estudiantes, recorrió el centro de Quito.")
    assert any(e.trigger.text == "marcha" and e.source_code == "EDU" for e in doc.events)


def test_event_noun_inside_another_is_one_event():
    doc = one("Los obreros hicieron una manifestación de protesta frente al ministerio.")
    assert [e.trigger.text for e in doc.events if e.root == "14"] == ["manifestación"]


def test_machine_translated_agents_do_not_make_actors_of_things():
    doc = one("La visita del ministro terminó con un acuerdo sobre las patrullas.")
    assert entity(doc, "visita") is None and entity(doc, "acuerdo") is None
    assert entity(doc, "patrullas") is None


def test_universalpetrarch_block_patterns_refine_the_verb_code():
    from watchfloor.extract.spanish.lexicon import spanish_lexicon

    lex = spanish_lexicon()
    # "- * FORTALEZA [0874]" and "- * PLAN [---]" in the ABANDON block
    assert lex.pattern("abandonar", [{"la", "el"}, {"fortaleza"}]) == "0874"
    assert lex.pattern("abandonar", [{"el"}, {"plan"}]) == ""
    assert lex.pattern("abandonar", [{"la", "el"}, {"casa"}]) is None
    doc = one("Las FARC abandonaron la fortaleza del Ejército colombiano.")
    assert ("0874", "COLREB", "COLMIL") in codes(doc)


# --- third pass (issue 17, dyads): actors named by an adjective, "Policía Nacional", "ante"


def test_an_adjective_naming_who_acts_is_the_source_of_an_event_noun():
    doc = one("Los atentados guerrilleros destruyeron dos antenas de telefonía.")
    ev = next(e for e in doc.events if e.trigger.text == "atentados")
    assert ev.root == "18" and ev.source_code == "REB"
    # the event noun itself is no actor (UniversalPetrarch lists "atentados" as MIL)
    assert entity(doc, "atentados") is None


def test_an_adjective_naming_who_acts_is_the_target_of_a_protest():
    doc = one("Cientos de campesinos marcharon contra la represión militar en el sur.")
    ev = next(e for e in doc.events if e.root == "14")
    assert ev.source_code == "AGR" and ev.target_code == "MIL"
    # the adjective's own demonym gives the country
    doc = one("Los estudiantes protestaron contra la represión policial venezolana.")
    assert entity(doc, "policial").actor_code == "VENCOP"


def test_a_relational_adjective_on_a_thing_names_nobody():
    doc = one("El tribunal visitó la cárcel militar y el hospital policial de la ciudad.")
    assert entity(doc, "militar") is None and entity(doc, "policial") is None


def test_policia_nacional_tagged_as_an_entity_is_the_police_role():
    doc = one("Un cabecilla del ELN fue capturado por la Policía Nacional en una finca.")
    ev = next(e for e in doc.events if e.root == "17")
    # the role takes the story's country (the ELN is Colombian)
    assert ev.source_code == "COLCOP" and ev.target_code == "COLREB"


def test_ante_names_the_target_of_a_verb():
    doc = one("El Gobierno venezolano protestó ante Colombia por la incursión armada.")
    assert any(e.source_code == "VENGOV" and e.target_code == "COL" for e in doc.events)


def test_contra_names_the_target_before_a_misparsed_object():
    # the small model parses the apposition "la mayoría estudiantes" as the verb's object
    doc = one(
        "Varios cientos de colombianos, la mayoría estudiantes, habían marchado en "
        "Bogotá contra la visita del presidente."
    )
    ev = next(e for e in doc.events if e.root == "14")
    assert ev.source_code == "COL" and ev.target_code == "COLGOV"


def test_en_senal_de_protesta_takes_the_clause_subject():
    doc = one(
        "Los campesinos paralizaron el servicio en la capital en señal de protesta "
        "contra el alza del combustible."
    )
    ev = next(e for e in doc.events if e.trigger.text == "protesta")
    assert ev.source_code == "AGR"


def test_candidates_threatened_are_the_target():
    # UniversalPetrarch lists "candidato" PTY, but its single words ending in -ato are
    # not loaded ("asesinato", "mandato"): our roles.tsv has it
    doc = one("Disidentes de las FARC amenazaron de muerte a los candidatos al concejo de Tumaco.")
    ev = next(e for e in doc.events if e.root == "13")
    assert ev.source_code == "COLREB" and ev.target_code == "PTY"


def test_a_demonym_on_an_action_noun_names_its_country():
    # fourth pass: "la reacción argentina" is Argentina's reaction (the target here)
    doc = one("Londres lamentó la reacción argentina a la ampliación de la zona pesquera.")
    assert ("11", "GBRGOV", "ARG") in _roots(doc)  # a capital acting: GOV (13th pass)
    assert entity(doc, "argentina").actor_code == "ARG"
    # on a noun that is no action, the demonym names nobody
    doc = one("Londres lamentó el clima argentino de esta semana.")
    assert entity(doc, "argentino") is None


def test_a_headline_topic_before_the_colon_is_not_the_subject():
    doc = one("Malvinas: Londres lamenta la reacción argentina.")
    assert ("11", "GBRGOV", "ARG") in _roots(doc)
    doc = one('MALVINAS: LONDRES "LAMENTA" LA REACCION ARGENTINA')
    assert any(e.root == "11" and (e.source_code or "")[:3] == "GBR" for e in doc.events)
    # without a colon the first word is the subject as usual
    doc = one("Caracas condenó el bombardeo de la aviación colombiana.")
    assert any(e.root == "11" and e.source_code == "VENGOV" for e in doc.events)
