"""Actor codes: the article's date, the organisation's name, titles, the article's country,
junk. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from watchfloor.extract.actors.codes import (
    article_period,
    dated_code,
    name_code,
    title_role,
)
from watchfloor.extract.actors.petrarch import DatedCode
from watchfloor.extract.gazetteer import GazetteerEntry, default_gazetteer


def _extract(text: str, published: str | None = None, source: str | None = None):
    from watchfloor.model import RawDocument
    from watchfloor.nlp import NlpStage
    from watchfloor.normalise import to_document

    raw = RawDocument(
        id="t",
        text=text,
        origin="test",
        fmt="text",
        published=published,
        published_precision="day" if published else "unknown",
        source=source,
    )
    return next(NlpStage(extractors=("actors", "events")).process([to_document(raw)]))


def _codes(doc) -> dict[str, str | None]:
    return {e.name: e.actor_code for e in doc.entities}


# -- the article's date ----------------------------------------------------------------------
ENTRY = GazetteerEntry(
    name="Anton Petrov",
    type="person",
    code="RURELI",
    attributes={"dated_codes": [DatedCode("RURGOV", date(2010, 1, 27), date(2014, 1, 27))]},
)


def test_a_date_inside_the_range_takes_the_dated_code():
    assert dated_code(ENTRY, (date(2012, 5, 2), date(2012, 5, 2))) == "RURGOV"


def test_a_date_outside_every_range_takes_the_undated_default():
    assert dated_code(ENTRY, (date(2015, 5, 2), date(2015, 5, 2))) == "RURELI"


def test_no_date_takes_the_undated_default_never_a_guess():
    assert article_period({"published": None}) is None
    assert article_period({"published": "sometime"}) is None
    assert dated_code(ENTRY, None) == "RURELI"


def test_a_month_precision_date_must_fit_the_range_whole():
    period = article_period({"published": "2014-01-15", "published_precision": "month"})
    assert period == (date(2014, 1, 1), date(2014, 1, 31))
    assert dated_code(ENTRY, period) == "RURELI"  # the month runs past 2014-01-27


def test_code_history_of_curated_people_ends_the_day_before_to():
    entry = GazetteerEntry(
        name="X",
        type="person",
        code="USAGOV",
        attributes={"code_history": [{"code": "USAELI", "from": "2021-01-20", "to": "2025-01-20"}]},
    )
    assert dated_code(entry, (date(2023, 3, 1),) * 2) == "USAELI"
    assert dated_code(entry, (date(2025, 1, 20),) * 2) == "USAGOV"


def test_the_shipped_dictionary_codes_a_person_by_the_article_date():
    # PETRARCH2: Manuel Zelaya, [HNDGOV >060127], undated default HNDELI
    text = "Manuel Zelaya spoke to cattle farmers in Olancho on Tuesday afternoon."
    inside = _codes(_extract(text, "2007-08-14"))["Manuel Zelaya"]
    outside = _codes(_extract(text, "2003-08-14"))["Manuel Zelaya"]
    undated = _codes(_extract(text))["Manuel Zelaya"]
    assert (inside, outside, undated) == ("HNDGOV", "HNDELI", "HNDELI")


def test_a_curated_minister_is_coded_by_the_office_he_held_at_the_article_date():
    # issue 11 round 47: a 2016 story coded VENMIL from Gustavo González López's 2026
    # defence office while he was interior minister (VENGOV); the guard: a 2026 story keeps
    # his defence post, a 2017 one his intelligence post
    text = "Gustavo González López presented the figures to reporters in Caracas on Monday."
    codes = [
        _codes(_extract(text, day))["Gustavo González López"]
        for day in ("2016-02-10", "2017-06-05", "2026-04-20")
    ]
    assert codes == ["VENGOV", "VENSPY", "VENMIL"]


# -- the organisation's own name -----------------------------------------------------------
@pytest.mark.parametrize(
    "name,expected",
    [
        ("Honduran National Police", ("HND", "COP")),
        ("Ministry of Defence of Peru", ("PER", "MIL")),
        ("Supreme Court", (None, "JUD")),
        ("Guatemalan Attorney General's Office", ("GTM", "JUD")),
        ("Central American gang", (None, "CRM")),
    ],
)
def test_name_gives_role_and_country(name, expected):
    assert name_code(default_gazetteer(), name) == expected


def test_a_place_inside_the_name_gives_the_country():
    doc = _extract("Police said the Zacatecas Cartel controls the route.")
    assert any(code == "MEXCRM" for code in _codes(doc).values())


def test_titles_carry_roles():
    gaz = default_gazetteer()
    assert title_role(gaz, "Defense Minister") == "MIL"
    assert title_role(gaz, "attorney general") == "JUD"
    assert title_role(gaz, "former president") == "ELI"


# -- titles, appositions and later mentions ------------------------------------------------
def test_title_before_the_name_codes_the_person_and_later_mentions():
    doc = _extract(
        "Honduran Security Minister Arturo Benavides toured a prison in La Ceiba. "
        "Two days later Benavides said the guards had been replaced."
    )
    ent = next(e for e in doc.entities if e.name == "Arturo Benavides")
    assert ent.actor_code == "HNDGOV"
    assert {m.text for m in ent.mentions} >= {"Benavides"}


def test_apposition_with_a_country_codes_the_person():
    doc = _extract("Tomas Ibarguen, Colombia's defense minister, flew to Cali on Friday.")
    assert _codes(doc)["Tomas Ibarguen"] == "COLMIL"


def test_title_without_country_takes_the_articles_country_flagged():
    doc = _extract(
        "Police Chief Rodrigo Salcedo visited Tegucigalpa and San Pedro Sula. "
        "Salcedo said crime in Honduras had fallen in Choloma."
    )
    ent = next(e for e in doc.entities if e.name == "Rodrigo Salcedo")
    assert ent.actor_code == "HNDCOP"
    assert ent.attributes.get("country_inferred") is True
    assert all(m.confidence <= 0.5 for m in ent.mentions if m.text == "Rodrigo Salcedo")


# -- the article's country -------------------------------------------------------------------
def test_national_role_without_country_takes_the_articles_country():
    doc = _extract(
        "Gunmen attacked a bus in Tegucigalpa. The army deployed troops across "
        "Honduras and the national police opened an inquiry in San Pedro Sula."
    )
    codes = {e.actor_code: e for e in doc.entities if e.actor_code}
    assert "HNDMIL" in codes and "HNDCOP" in codes
    assert codes["HNDMIL"].attributes.get("country_inferred") is True


def test_no_article_country_leaves_a_national_role_uncoded():
    doc = _extract("The army deployed troops after the attack, a spokesman said.")
    assert not any((e.actor_code or "").endswith("MIL") for e in doc.entities)


def test_international_bodies_never_take_the_articles_country():
    doc = _extract(
        "Gunmen attacked a bus in Tegucigalpa, Honduras. The United Nations "
        "condemned the attack in San Pedro Sula."
    )
    assert _codes(doc).get("United Nations") == "IGOUNO"


def test_bare_congress_in_a_story_set_elsewhere_is_that_countrys_congress():
    doc = _extract(
        "Protesters marched in Lima and Cusco. Congress voted to remove the "
        "president of Peru on Thursday."
    )
    assert "PERLEG" in {e.actor_code for e in doc.entities}
    assert "USALEG" not in {e.actor_code for e in doc.entities}


# -- types and junk --------------------------------------------------------------------------
def test_region_demonym_is_not_the_united_states():
    doc = _extract("Central American street gangs extorted bus drivers in the capital.")
    assert not any((e.actor_code or "").startswith("USA") for e in doc.entities)


def test_headline_fragment_is_not_an_actor():
    doc = _extract(
        "Belize Seizes Record Haul. Police in Belize seized two tonnes of "
        "cocaine on a beach near Dangriga."
    )
    assert not any("Seizes" in e.name for e in doc.entities)


def test_the_documents_publisher_is_not_an_actor():
    text = (
        "InSight Crime has documented how the gang expanded. Police in Honduras "
        "arrested its leader, InSight Crime found."
    )
    own = _extract(text, source="insightcrime.org")
    other = _extract(text, source="Reuters")
    assert "InSight Crime" not in _codes(own)
    assert "InSight Crime" in _codes(other)


# -- the curated 2018-2026 officials -------------------------------------------------------
@pytest.mark.parametrize(
    "published,expected",
    [
        ("2019-06-12", "COLGOV"),  # inside his term
        ("2023-06-12", "COLELI"),  # after it: former president
        (None, "COLELI"),  # no date: the current (undated) code
    ],
)
def test_curated_officials_are_coded_by_the_article_date(published, expected):
    doc = _extract("Iván Duque spoke to reporters in Cartagena about coca crops.", published)
    assert _codes(doc)["Iván Duque"] == expected


def test_curated_entries_win_over_the_converted_dictionary():
    # PETRARCH2 has Juan Manuel Santos as defence minister from 2006 with an open end;
    # the curated file ends that in 2009 and adds his presidency.
    doc = _extract("Juan Manuel Santos met farmers in Cauca.", "2016-03-01")
    assert _codes(doc)["Juan Manuel Santos"] == "COLGOV"


def test_a_title_decides_a_known_persons_role_in_an_undated_article():
    doc = _extract("The decision was a blow for President Iván Duque, aides said in Bogotá.")
    assert _codes(doc)["Iván Duque"] == "COLGOV"  # undated code COLELI, the text says more


def test_in_a_dated_article_the_dated_code_beats_a_wrong_title():
    doc = _extract("Aides to former President Iván Duque met in Bogotá.", "2020-02-01")
    assert _codes(doc)["Iván Duque"] == "COLGOV"


def test_a_newspaper_named_like_a_person_is_media_of_the_articles_country():
    doc = _extract(
        "Gunmen killed two bus drivers in Tegucigalpa, reported La Voz del Norte. "
        "Police in Honduras and San Pedro Sula said the gang was to blame."
    )
    ent = next(e for e in doc.entities if e.name == "La Voz del Norte")
    assert (ent.type, ent.actor_code) == ("organization", "HNDMED")


def test_the_article_country_counts_demonyms_and_people():
    doc = _extract(
        "Honduran officials said the Honduran army would help. Admiral Tomas "
        "Ochoa said troops had reached the coast."
    )
    assert _codes(doc).get("Tomas Ochoa") == "HNDMIL"


def test_a_country_that_registered_murders_is_the_place_of_a_figure_not_an_actor():
    doc = _extract(
        "Guatemala registered 3,402 murders last year, officials said. "
        "Guatemala accused Mexico of hiding a cartel boss."
    )
    guatemala = next(e for e in doc.entities if e.name == "Guatemala")
    assert len(guatemala.attributes.get("statistic_mentions", [])) == 1
    sources = [ev.source_code for ev in doc.events if ev.source_code]
    assert "GTM" in sources  # the accusation keeps its source
    first = doc.text.index(".")
    assert not any(ev.source_code == "GTM" and ev.trigger.start < first for ev in doc.events)


@pytest.mark.parametrize(
    "text,name",
    [
        # en_core_web_sm types both names PERSON
        ("Thousands of families fled Ciudad Juarez after the massacre.", "Ciudad Juarez"),
        ("Police said San Pedro Sula remained the most violent city.", "San Pedro Sula"),
    ],
)
def test_a_known_place_is_not_a_person(text, name):
    ent = next(e for e in _extract(text).entities if e.name == name)
    assert ent.type == "location" and ent.actor_code is None


def test_a_person_named_like_a_small_place_stays_a_person():
    ent = next(
        e
        for e in _extract("Maria Lopez told reporters she had left.").entities
        if "Lopez" in e.name
    )
    assert ent.type == "person"


def test_a_named_official_takes_the_leading_country_even_without_a_majority():
    # Honduras twice, Guatemala and Mexico once: no majority, but a clear lead
    doc = _extract(
        "Admiral Julio Baez said the boat was seized off Honduras near La Ceiba. "
        "Its crew came from Guatemala and Mexico, and the army later arrived."
    )
    assert _codes(doc).get("Julio Baez") == "HNDMIL"
    # an unnamed role phrase still needs a majority
    assert not any(
        e.id.startswith("act:") and (e.actor_code or "").endswith("MIL") for e in doc.entities
    )


# -- issue 11, second round: heads of names, group members, context windows ----------------
@pytest.mark.parametrize(
    "name,expected",
    [
        (
            "Ministry of Fisheries and Agriculture",
            (None, "GOV"),
        ),  # the head decides, not "agriculture"
        ("General Motors Corp", (None, None)),  # "General" in a company name is no general
        ("General Dynamics", (None, None)),
        ("Defence Department", (None, "MIL")),  # British spelling
    ],
)
def test_name_head_and_adjective_titles(name, expected):
    assert name_code(default_gazetteer(), name) == expected


def test_a_person_after_an_organisation_and_a_title_takes_its_code():
    doc = _extract("Sinaloa Cartel lieutenant Ramiro Oseguera was captured on Friday.")
    assert _codes(doc)["Ramiro Oseguera"] == "MEXCRM"


def test_leader_of_a_named_group_takes_the_group_code():
    doc = _extract(
        "Prosecutors charged Tomas Benitez, the alleged leader of the Texis "
        "Cartel, with laundering money through cattle ranches in El Salvador."
    )
    assert _codes(doc)["Tomas Benitez"] == "SLVCRM"


def test_a_spokesman_for_a_legislature_is_not_the_police_that_arrested_him():
    doc = _extract(
        "Police in Honduras arrested Carlos Lupiano, a spokesman for the "
        "Honduran Congress, on Monday."
    )
    assert _codes(doc)["Carlos Lupiano"] == "HNDLEG"


def test_a_comma_between_title_and_name_keeps_the_title():
    doc = _extract("Chile's Interior Minister, Mario Fuentes, announced a curfew in Santiago.")
    assert _codes(doc)["Mario Fuentes"] == "CHLGOV"


def test_a_security_secretary_title_codes_the_government():
    doc = _extract(
        "Brazil's Public Safety Secretary Marcos Teixeira visited Rio de Janeiro "
        "and Sao Paulo to meet state police chiefs."
    )
    assert _codes(doc)["Marcos Teixeira"] == "BRAGOV"


# -- the dateline and continuator states ------------------------------------------------------
def test_dateline_country():
    from watchfloor.extract.actors.story_head import dateline_country

    assert dateline_country("Rates Cut.\nTOKYO, March 3 - The Finance Ministry said") == "JPN"
    assert dateline_country("CARACAS, Venezuela (Reuters) - Officials said") == "VEN"
    assert dateline_country("The Finance Ministry said rates would fall.") is None


def test_a_dateline_gives_the_article_country_to_a_bare_ministry():
    doc = _extract(
        "Budget Plans.\nOTTAWA, March 3 - The Finance Ministry said the deficit "
        "would narrow next year.",
        "1987-03-03",
    )
    assert "CANGOV" in _codes(doc).values()


def test_soviet_is_russia_as_its_continuator_state():
    doc = _extract("Soviet Deputy Prime Minister Anatoly Kostrov visited Paris on Monday.")
    assert _codes(doc)["Anatoly Kostrov"] == "RUSGOV"


# -- fixes after judging the seed-41 sample (regression tests, sentences written here) -------
def test_a_title_head_decides_over_what_it_governs():
    gaz = default_gazetteer()
    assert title_role(gaz, "prosecutor from the Tumbes organized crime unit") == "JUD"
    assert title_role(gaz, "nurse who treats wounded gang members") != "CRM"
    assert title_role(gaz, "alleged leader of the Texis Cartel") == "CRM"


def test_an_expert_authority_and_a_party_deputy_are_not_officials_or_police():
    gaz = default_gazetteer()
    assert title_role(gaz, "a leading authority on prison reform") is None
    doc = _extract(
        "In Mexico City, a deputy from the ruling party proposed a law against "
        "narco ballads. Mexican officials in Sinaloa and Sonora backed it."
    )
    assert "MEXCOP" not in _codes(doc).values()


def test_foreign_role_phrases_do_not_take_the_article_country():
    doc = _extract(
        "Dealers in New York said foreign central banks bought dollars. The Fed "
        "in Washington said rates in the United States would hold."
    )
    assert "USAGOV" not in {e.actor_code for e in doc.entities if e.id.startswith("act:")}


def test_police_forces_are_police():
    doc = _extract("Mexican police forces in Puebla were disarmed for corruption.")
    assert "MEXCOP" in _codes(doc).values()
    assert "MEXMIL" not in _codes(doc).values()


def test_a_generic_word_in_a_name_is_not_a_place():
    assert name_code(
        default_gazetteer(), "Coast Guard", lambda words, level: "TZA" if words == "Coast" else None
    ) == (None, "MIL")


def test_a_headline_with_lower_case_function_words_is_a_headline():
    doc = _extract(
        '"Peru Admits that its Smuggling Rings Are in Chile.\nPeruvian officials '
        "said smugglers moved timber into Chile last year."
    )
    assert not any("Are" in e.name for e in doc.entities)


def test_a_listed_company_takes_the_country_of_its_exchange_or_legal_form():
    doc = _extract(
        "Rates Cut.\nLONDON, March 3 - Barclays Bank Plc &lt;BARC.L> said it cut "
        "its base rate. Hartwell Bank Corp &lt;HWB> said profits rose. Fabbri "
        "Costruzioni SpA said orders grew.",
        "1987-03-03",
    )
    by_start = {name.split()[0]: code for name, code in _codes(doc).items()}
    assert by_start["Barclays"] == "GBRBUS"  # the name may keep the ticker
    assert by_start["Hartwell"] == "USABUS"  # a bare ticker: a US listing
    assert by_start["Fabbri"] == "ITABUS"


def test_a_company_without_ticker_or_single_country_form_gets_no_country():
    doc = _extract("Keller Bank AG said profits fell in the second half.", "1987-03-03")
    # "AG" names no one country: the firm keeps the bare role (parties35), never a country
    assert _codes(doc).get("Keller Bank AG") == "BUS"


# -- issue 11, round 5: the error classes of the judged seed-59 sample ----------------------
def _coded(doc) -> set[str]:
    return {e.actor_code for e in doc.entities if e.actor_code}


def test_a_bank_named_after_a_country_is_its_central_bank():
    gaz = default_gazetteer()
    assert name_code(gaz, "Bank of Norway") == ("NOR", "GOV")
    assert name_code(gaz, "Reserve Bank of Australia") == ("AUS", "GOV")
    assert name_code(gaz, "Bank of America")[1] == "BUS"  # a commercial bank
    assert name_code(gaz, "Union Bank of Norway")[1] == "BUS"  # not "Bank" first


def test_a_topic_named_with_a_role_word_is_no_body():
    gaz = default_gazetteer()
    assert name_code(gaz, "Army Modernization and Reform") == (None, None)
    assert name_code(gaz, "Prison Reform") == (None, None)
    assert name_code(gaz, "National Police of Chile") == ("CHL", "COP")


def test_prisons_are_buildings_not_police():
    doc = _extract(
        "Inmates rioted in two Ecuadorian prisons on Sunday, and the jails of "
        "Guayaquil were locked down. Ecuador is tense."
    )
    assert not any(c.endswith("COP") for c in _coded(doc))


def test_intelligence_gathered_is_information_not_an_agency():
    doc = _extract(
        "Chilean detectives collected intelligence on the smugglers in Arica. "
        "Chile's navy later seized the boat off Iquique, Chile."
    )
    assert not any(c.endswith("SPY") for c in _coded(doc))


def test_a_sector_noun_before_an_agent_word_says_whose_they_are():
    doc = _extract(
        "Airline representatives met Chilean ministers in Santiago, Chile, and in Valparaiso."
    )
    assert not any(c.endswith("LEG") for c in _coded(doc))


def test_generic_civilians_never_take_the_articles_country():
    doc = _extract(
        "Relatives of the miners told the Danish Institute for Human Rights that "
        "soldiers had threatened them. Peru's army denied it in Lima. Peruvian "
        "officials in Cusco agreed."
    )
    assert not any(c.endswith("CVL") for c in _coded(doc))


def test_a_role_phrase_placed_in_another_country_is_that_countrys():
    doc = _extract(
        "Guatemala's government watched closely. Prosecutors in Miami charged the "
        "former Guatemalan minister on Tuesday. Guatemala has long been a transit "
        "country, Guatemalan police said in Escuintla."
    )
    coded = _coded(doc)
    assert "GTMJUD" not in coded
    assert "USAJUD" in coded


def test_the_articles_country_is_not_given_to_a_person_the_sentence_places_elsewhere():
    doc = _extract(
        "Mexican soldiers raided a ranch in Sonora, Mexico. Former official Bill "
        "Harrow, who now teaches in Texas, said the cartels adapt. Mexico's army "
        "declined to comment in Hermosillo."
    )
    assert _codes(doc).get("Bill Harrow") != "MEXELI"


def test_a_head_of_state_keeps_government_over_a_military_rank():
    # PETRARCH2: Muammar Gaddafi, [LBYGOV 690901-110823]; undated article
    doc = _extract("Colonel Muammar Gaddafi received the envoys in his tent outside Sirte.")
    assert _codes(doc)["Muammar Gaddafi"] == "LBYGOV"


def test_an_office_in_the_text_beats_an_open_elite_code():
    # PETRARCH2: James Baker, [USAELI 480101-] and USAGOV ranges that miss 1985-1988
    doc = _extract(
        "Treasury Secretary James Baker spoke to bankers in Chicago about the dollar.", "1987-06-10"
    )
    assert _codes(doc)["James Baker"] == "USAGOV"


def test_a_town_after_a_place_noun_is_no_person():
    doc = _extract(
        "Gunmen shot two farmers in the municipality of Esteban Arrieta, in the "
        "north of Colombia. Colombian police blamed the ELN."
    )
    people = {e.name for e in doc.entities if e.type == "person"}
    assert "Esteban Arrieta" not in people
    assert not any(c.endswith("GOV") for c in _coded(doc))


def test_a_legal_form_beats_a_bare_ticker():
    doc = _extract(
        "Holloway and Brandt PLC <HOLB> said half-year profits rose 12 pct.", "1987-04-02"
    )
    assert any(c == "GBRBUS" for c in _coded(doc))
    assert "USABUS" not in _coded(doc)


def test_named_bodies_missing_from_phoenix_are_curated():
    doc = _extract(
        "The Securities and Exchange Commission fined the broker, and the "
        "International Coffee Organization met in London.",
        "1987-03-03",
    )
    codes = _codes(doc)
    assert codes.get("Securities and Exchange Commission") == "USAGOV"
    assert codes.get("International Coffee Organization") == "IGOAGR"


# -- round 6 (issue 11): the open precision errors of the judged rounds 3-5 -----------------
def _entity(doc, name):
    return next(e for e in doc.entities if e.name == name)


def test_representatives_are_delegates_not_legislators():
    gaz = default_gazetteer()
    assert gaz.agent_role("representatives") is None
    doc = _extract(
        "Canadian representatives met the bankers in Ottawa on Tuesday. "
        "Representatives of the two parties later signed a pact in Toronto.",
        "1987-03-02",
    )
    assert not any((e.actor_code or "").endswith("LEG") for e in doc.entities)


CLOSED = GazetteerEntry(
    name="Rafael Quintero",
    type="person",
    code="VENGOV",
    country="VEN",
    attributes={"code_history": [{"code": "VENGOV", "from": "1999-02-02", "to": "2013-03-05"}]},
)
OPEN = GazetteerEntry(
    name="Lucia Ferrer",
    type="person",
    code="URYGOV",
    country="URY",
    attributes={"code_history": [{"code": "URYGOV", "from": "2020-03-01", "to": None}]},
)


def test_a_person_whose_offices_all_ended_is_elite_without_a_date():
    assert dated_code(CLOSED, None) == "VENELI"  # no date: no past office assumed
    assert dated_code(CLOSED, (date(2015, 5, 1), date(2015, 5, 1))) == "VENELI"
    assert dated_code(CLOSED, (date(2005, 5, 1), date(2005, 5, 1))) == "VENGOV"
    assert dated_code(OPEN, None) == "URYGOV"  # a sitting official keeps the default


def test_a_late_leader_in_an_undated_article_is_not_the_government():
    doc = _extract("Hugo Chávez was remembered by his followers at a rally in Caracas.")
    assert _codes(doc)["Hugo Chávez"] == "VENELI"
    dated = _extract("Hugo Chávez spoke at a rally in Caracas.", "2005-06-01")
    assert _codes(dated)["Hugo Chávez"] == "VENGOV"


def test_a_title_in_the_text_beats_a_dated_elite_code_and_says_so():
    # people.yaml ends Maduro's presidency on 2026-01-03 (VENELI after it); a story dated
    # later that calls him President is coded by its own words, with the conflict flagged
    doc = _extract(
        "President Nicolás Maduro ordered troops to the border, officials said in Caracas.",
        "2026-10-12",
    )
    maduro = _entity(doc, "Nicolás Maduro")
    assert maduro.actor_code == "VENGOV"
    assert maduro.attributes["title_over_dictionary"] == "VENELI"
    bare = _extract("Nicolás Maduro was flown to New York, officials said.", "2026-10-12")
    assert _codes(bare)["Nicolás Maduro"] == "VENELI"
    assert "title_over_dictionary" not in _entity(bare, "Nicolás Maduro").attributes


def test_us_federal_agencies_are_coded():
    doc = _extract(
        "Agents of the U.S. Secret Service and HSI arrested two men in Miami "
        "on Friday, a spokesman said."
    )
    codes = _codes(doc)
    assert codes["United States Secret Service"] == "USACOP"
    assert codes["Homeland Security Investigations"] == "USACOP"


def test_another_states_secret_service_is_not_the_us_agency():
    doc = _extract("Cuba's Secret Service watched the dissidents in Havana for years.")
    assert "USACOP" not in _codes(doc).values()


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "The UN special rapporteur on torture, Maria Lindqvist, visited a prison in "
            "Honduras last week.",
            "Maria Lindqvist",
        ),
        ("UN envoy Tomas Berglund arrived in Port-au-Prince on Monday.", "Tomas Berglund"),
    ],
)
def test_a_un_official_takes_the_un_code_from_the_title(text, name):
    assert _codes(_extract(text))[name] == "IGOUNO"


def test_the_minister_is_the_person_titled_so_before():
    doc = _extract(
        "Colombia's defense minister, Pedro Ruizvalle, visited Cali on Monday. "
        "The minister promised more troops for the region."
    )
    ruiz = _entity(doc, "Pedro Ruizvalle")
    assert ruiz.actor_code == "COLMIL"
    assert any(m.text == "minister" for m in ruiz.mentions)
    assert "COLGOV" not in _codes(doc).values()  # not the article's government


def test_a_mid_sentence_title_apposition_titles_the_person():
    doc = _extract(
        "Vice President Ana Sotomora met Colombia's defense minister, Pedro "
        "Ruizvalle, in Cali. The minister promised more troops."
    )
    ruiz = _entity(doc, "Pedro Ruizvalle")
    assert "Colombia's defense minister" in ruiz.attributes["titles"]
    assert any(m.text == "minister" for m in ruiz.mentions)


def test_the_office_word_is_not_a_deputy_or_a_former_holder():
    doc = _extract(
        "Vice President Ana Soto of Peru and former President Carlos Ibarra "
        "spoke in Lima on Monday. The president was not there."
    )
    for name in ("Ana Soto", "Carlos Ibarra"):
        assert _entity(doc, name).attributes["titles"]
        assert not any(m.text == "president" for m in _entity(doc, name).mentions)


def test_two_holders_of_the_office_leave_the_minister_unresolved():
    doc = _extract(
        "Peru's interior minister, Jorge Quispeño, met Ecuador's interior "
        "minister, Raul Andrade Vela, in Quito. The minister said more."
    )
    people = [e for e in doc.entities if e.type == "person"]
    assert len([e for e in people if e.attributes.get("titles") and e.actor_code]) == 2
    for e in people:
        assert not any(m.text == "minister" for m in e.mentions)


def test_the_government_after_sentences_about_another_country_is_that_countrys():
    doc = _extract(
        "Colombian troops patrol the border near Cúcuta. Ecuador's foreign "
        "minister, Luis Andrade Vela, said on Monday that the government would "
        "send more soldiers to the frontier. Colombia's army chief met Colombian "
        "police commanders in Bogotá."
    )
    gov = [e for e in doc.entities if any(m.text == "government" for m in e.mentions)]
    assert [e.actor_code for e in gov] == ["ECUGOV"]


def test_a_country_named_only_as_a_place_does_not_claim_the_government():
    doc = _extract(
        "Colombian police seized cocaine in Cali on Sunday. The cocaine came from "
        "Peru, officials said. The government promised more raids in Colombia."
    )
    gov = [e for e in doc.entities if any(m.text == "government" for m in e.mentions)]
    assert [e.actor_code for e in gov] == ["COLGOV"]


def test_an_office_named_after_its_body_takes_the_bodys_code():
    doc = _extract(
        "Aino Virtanen, the United Nations Special Rapporteur on slavery, urged "
        "Brazil to pass a new law."
    )
    codes = _codes(doc)
    assert codes["Aino Virtanen"] == "IGOUNO"
    assert "IGOUNO" in {e.actor_code for e in doc.entities if e.name != "Aino Virtanen"}


def test_a_departments_lower_ranks_are_government():
    doc = _extract(
        "WASHINGTON, March 2 - Assistant Secretary Peter Hallworth said on Monday "
        "that there was no target for the dollar.",
        "1987-03-02",
    )
    assert _codes(doc)["Peter Hallworth"] == "USAGOV"
    assert title_role(default_gazetteer(), "Deputy Secretary") == "GOV"
    assert title_role(default_gazetteer(), "secretary") is None  # clerical


def test_a_person_or_a_plural_does_not_move_the_government():
    doc = _extract(
        "Colombian troops patrol the border near Cúcuta. Protesters in Quito "
        "demanded that Daniel Noboa resign. The government said nothing more. "
        "Both governments met later in Bogotá."
    )
    assert (_codes(doc).get("Daniel Noboa") or "")[:3] == "ECU"  # a known Ecuadorian
    gov = [
        e for e in doc.entities if any(m.text in {"government", "governments"} for m in e.mentions)
    ]
    assert gov and all(e.actor_code != "ECUGOV" for e in gov)


def test_a_unit_of_a_known_group_takes_the_groups_code():
    doc = _extract(
        "The 36th Front of the Revolutionary Armed Forces of Colombia attacked a "
        "police post in Antioquia."
    )
    assert _codes(doc)["36th Front of the Revolutionary Armed Forces of Colombia"] == "COLREB"


def test_a_state_role_owned_by_a_company_or_a_rebel_group_is_not_the_state():
    doc = _extract(
        "A Contraves official said the Swiss company would bid for the contract in Zurich."
    )
    assert "CHEGOV" not in _codes(doc).values()
    rebels = _extract("FARC commanders met Colombian officials in Havana.")
    assert "COLMIL" not in _codes(rebels).values()
    assert "COLGOV" in _codes(rebels).values()  # the state's own officials stay


def test_a_two_word_country_before_a_title_gives_its_country():
    doc = _extract(
        "Officials in Washington were criticised when El Salvador President Tomas "
        "Reyes accused the United States of exaggerating the threat."
    )
    assert _codes(doc)["Tomas Reyes"] == "SLVGOV"


# -- round 7 (seed 83 judging): one person in two dictionary records, headings ----------------
def test_two_records_of_one_person_are_read_together():
    """PETRARCH2 holds Rafael Correa twice (one record with his presidency, one with his
    months as finance minister); a date in either record's office finds his code."""
    gaz = default_gazetteer()
    entry = gaz.dictionary_entry("Rafael Correa", "person")
    assert entry is not None and entry.country == "ECU"
    day = date(2005, 7, 1)
    assert dated_code(entry, (day, day)) == "ECUGOV"  # the second record's office
    doc = _extract("Rafael Correa met students in Quito.", published="2005-07-01")
    assert _codes(doc)["Rafael Correa"] == "ECUGOV"


def test_a_title_with_no_country_keeps_the_dictionary_country():
    """Regression: an undated article about mines near the Colombian border gave "President
    Rafael Correa" the article's country (COLGOV) because his two records disagreed."""
    doc = _extract(
        "Ecuador closed illegal mines near the border with Colombia. On Saturday "
        "President Rafael Correa declared a state of exception in two towns."
    )
    assert _codes(doc)["Rafael Correa"] == "ECUGOV"


def test_records_of_namesakes_in_two_countries_stay_ambiguous():
    gaz = default_gazetteer()
    a = GazetteerEntry(
        name="Luis Ortega",
        type="person",
        country="PER",
        code="PERELI",
        attributes={"dated_codes": []},
    )
    b = GazetteerEntry(
        name="Luis Ortega",
        type="person",
        country="CHL",
        code="CHLGOV",
        attributes={"dated_codes": []},
    )
    saved = gaz._load_dictionary().get("luis ortega")
    gaz._load_dictionary()["luis ortega"] = [a, b]
    try:
        assert gaz.dictionary_entry("Luis Ortega", "person") is None
    finally:
        if saved is None:
            del gaz._load_dictionary()["luis ortega"]
        else:
            gaz._load_dictionary()["luis ortega"] = saved


@pytest.mark.parametrize(
    "text, junk",
    [
        (
            "Gangs bribe officials. SEE ALSO : Honduras Elites and Organized Crime However, "
            "most of the cases stalled.",
            "Honduras Elites and Organized Crime However",
        ),
        (
            "Gangs adapt. 2. Slow Replies by Regional Governments to Organized Crime Threats In "
            "the "
            "northern triangle little has changed.",
            "Regional Governments to Organized Crime Threats In",
        ),
        ("Gangs adapt. 3. Loyalty Criminal groups all need loyal members.", "Loyalty Criminal"),
    ],
)
def test_heading_words_are_no_actors(text, junk):
    # dropped when read as an organisation; never coded (the recogniser may call it a person)
    assert _codes(_extract(text)).get(junk) is None


def test_a_numbered_list_of_known_groups_keeps_them():
    doc = _extract(
        "Two groups matter. 1. Los Rastrojos extort shop owners. 2. The Gulf Clan "
        "controls the ports."
    )
    assert _codes(doc).get("Los Rastrojos") == "COLCRM"


def test_the_public_ministry_is_the_prosecution():
    assert (
        _codes(_extract("Guatemala's Public Ministry charged the mayor."))["Public Ministry"]
        == "GTMJUD"
    )


def test_advocates_and_analysts_are_no_lawyers_or_elites():
    codes = _codes(
        _extract(
            "Advocates of tougher bank rules in Mexico want more reports. "
            "U.S. grain analysts expect exports to rise."
        )
    )
    assert not any(c and (c.endswith("JUD") or c.endswith("ELI")) for c in codes.values())


def test_a_role_in_a_sentence_set_in_another_country_takes_that_country():
    doc = _extract(
        "The United States charged the brothers. U.S. prosecutors in New York said "
        "the brothers paid bribes. In Tegucigalpa, soldiers protected the brothers "
        "for years. U.S. officials sanctioned them."
    )
    codes = _codes(doc)
    assert "USAMIL" not in codes.values()
    assert codes.get("Honduras military") == "HNDMIL"


def test_a_titled_person_in_a_sentence_set_in_another_country_takes_that_country():
    doc = _extract(
        "The United States charged the brothers. U.S. prosecutors in New York said "
        "the brothers paid bribes. In Tegucigalpa, General Luis Mora protected the "
        "brothers for years. U.S. officials sanctioned them."
    )
    assert _codes(doc)["Luis Mora"] == "HNDMIL"


def test_a_place_in_a_subordinate_clause_does_not_move_a_titled_person():
    doc = _extract(
        "WASHINGTON, March 4 - President Reagan denied he knew that money from "
        "arms sales had gone to rebels in Nicaragua.",
        published="1987-03-04",
    )
    assert _codes(doc)["Reagan"] == "USAGOV"


def test_a_titled_surname_finds_the_dictionary_alias():
    """ "President Reagan": PETRARCH2 lists the titled surname as an alias of Ronald Reagan;
    the dictionary's dated codes decide (1985: USAGOV), not the title alone."""
    doc = _extract("President Reagan met farmers in Iowa.", published="1985-06-01")
    reagan = next(e for e in doc.entities if e.name == "Reagan")
    assert reagan.actor_code == "USAGOV"
    assert reagan.attributes.get("code_from") == "dictionary"


def test_another_countrys_word_before_a_one_country_alias_makes_it_that_countrys():
    doc = _extract(
        "The loan deal was signed by Kenyan officials and senior French Treasury "
        "officials in Paris."
    )
    codes = _codes(doc)
    assert "USAGOV" not in codes.values()
    assert "FRAGOV" in codes.values()
    assert (
        _codes(_extract("The U.S. Treasury fined two banks."))[
            "United States Department of the Treasury"
        ]
        == "USAGOV"
    )


def test_the_paris_club_is_no_french_actor():
    codes = _codes(_extract("Ghana reached a debt accord with the Paris Club on Monday."))
    assert codes["Paris Club"] == "IGOWSTBUS"


def test_a_verbless_sentence_set_abroad_is_read_to_its_end():
    """Regression: the clause walk compared spaCy tokens by identity (a new object on each
    access), so a sentence with no verb ("A new crackdown by the army, in Tegucigalpa, ...") never
    ended it."""
    doc = _extract(
        "Peruvian police arrested ten men in Lima. Peru's police chief praised the "
        "raid in Peru. A new crackdown by the army, in Tegucigalpa, on gangs."
    )
    assert "PERMIL" not in _codes(doc).values()


def test_a_then_title_is_no_office_at_the_articles_date():
    """ "then-President X" in a story written after the term: the office the sentence tells
    of, not the person's code at the article's date (curated end of Obama's presidency)."""
    doc = _extract("In 2015, then-President Barack Obama visited Havana.", published="2017-05-01")
    assert _codes(doc)["Barack Obama"] == "USAELI"
    doc = _extract("President Barack Obama visited Havana.", published="2016-03-21")
    assert _codes(doc)["Barack Obama"] == "USAGOV"


def test_a_hyphenated_former_title_is_read():
    assert title_role(default_gazetteer(), "ex-President") == "ELI"
    assert title_role(default_gazetteer(), "Vice-President") == "GOV"


def test_a_bare_bureau_is_not_the_fbi():
    codes = _codes(_extract("The Bureau said retail sales rose in Sydney last month."))
    assert "USACOP" not in codes.values()


def test_striking_seamen_are_labour_not_the_navy():
    doc = _extract(
        "SANTOS, March 10 - Striking Brazilian seamen blocked two ports, their union said.",
        published="1987-03-10",
    )
    codes = _codes(doc)
    assert "BRAMIL" not in codes.values()
    assert codes.get("Brazil labor") == "BRALAB"


def test_ceylon_is_sri_lanka():
    assert default_gazetteer().country_of("Ceylon") == "LKA"


def test_the_dateline_place_is_no_actor():
    doc = _extract(
        "ZURICH, March 3 - Swiss bank shares rose on Tuesday, dealers said.", published="1987-03-03"
    )
    assert "ZURICH" not in _codes(doc)
