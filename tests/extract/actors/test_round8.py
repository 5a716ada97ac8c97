"""Actor codes, round 8 of the issue-11 error classes (judged samples of seeds 97 and 101,
event samples 3001-3003). Every sentence here is written for these tests."""

from __future__ import annotations

from tests.extract.actors.test_codes import _codes, _extract
from watchfloor.extract.actors.codes import name_code, title_role
from watchfloor.extract.gazetteer import default_gazetteer


def _entity(doc, name):
    return next(e for e in doc.entities if e.name == name)


# -- 1. an office of a non-state body is not the state's ---------------------------------
def test_president_of_a_union_takes_the_unions_sector_not_the_government():
    doc = _extract(
        "Rita Oakes, president of the National Federation of Dock Workers, said "
        "the strike in Baltimore would go on. American officials in Washington "
        "urged talks.",
        published="1987-05-02",
    )
    codes = _codes(doc)
    assert codes.get("Rita Oakes") not in {"USAGOV", "GOV"}
    assert codes.get("National Federation of Dock Workers") == "LAB"
    assert codes.get("Rita Oakes") == "LAB"  # the union she heads


def test_a_banks_chairman_is_no_state_official():
    doc = _extract(
        "The bank's president, Owen Pratt, admitted the fraud in a court in Chicago. "
        "Pratt faces a fine, U.S. prosecutors said.",
        published="1987-05-02",
    )
    # no state office; named30 gives a named person of a one-country story that country
    # alone (a national), never the government's code
    assert _codes(doc).get("Owen Pratt") in {None, "USA"}


def test_office_titles_read_their_owner():
    gaz = default_gazetteer()
    assert title_role(gaz, "president of the Amalgamated Union of Miners") == "LAB"
    assert title_role(gaz, "chairman of the bank") == "BUS"
    assert title_role(gaz, "company's president") == "BUS"
    assert title_role(gaz, "president of Nortex Corp") == "BUS"
    # an association is no state body; an unknown acronym may be one (no change)
    assert title_role(gaz, "president of the Association of Rice Growers") is None
    assert title_role(gaz, "former president of OSIPRO") == "ELI"
    # the state's own offices stay the state's
    assert title_role(gaz, "president of the Republic") == "GOV"
    assert title_role(gaz, "president of Chile") == "GOV"
    assert title_role(gaz, "head of the Supreme Court") == "JUD"
    assert title_role(gaz, "director of the National Police") == "COP"


def test_a_companys_president_and_the_post_of_president_are_no_government():
    doc = _extract(
        "TORONTO, April 2 - The company's president will retire in June, and the "
        "board named Ann Lowe to the post of president, the distiller said.",
        published="1987-04-02",
    )
    assert "CANGOV" not in _codes(doc).values()


# -- 2. a place's stated country ---------------------------------------------------------
def test_a_place_named_with_another_country_in_brackets_does_not_code_for_its_namesake():
    """The index knows "Buenos Aires" only in Argentina; the text puts it in Ecuador."""
    doc = _extract(
        "Ecuadorian soldiers raided illegal mines in Buenos Aires (Ecuador) on "
        "Monday. Gunmen in Buenos Aires killed two miners, and the authorities "
        "in Buenos Aires promised more patrols in Ecuador."
    )
    codes = _codes(doc)
    assert not any(c and c.startswith("ARG") for c in codes.values())


def test_a_country_district_of_a_place_is_that_countrys():
    doc = _extract(
        "Troops swept the north Ecuador district of Buenos Aires on Monday. Police "
        "in Buenos Aires arrested miners."
    )
    assert not any(c and c.startswith("ARG") for c in _codes(doc).values())


# -- 4. names that hold another body or a leader --------------------------------------------
def test_a_white_house_council_is_american_not_casablancas():
    """ "White House" is also a gloss of Casablanca (Dar el Beida) in the place index."""
    gaz = default_gazetteer()
    assert name_code(gaz, "White House Trade Policy Council") == ("USA", "GOV")


def test_an_administration_named_after_its_leader_takes_his_country():
    doc = _extract(
        "The Reagan Administration opposed the tariff, farm groups said.", published="1987-05-02"
    )
    ent = _entity(doc, "Reagan Administration")
    assert ent.actor_code == "USAGOV"
    assert not ent.attributes.get("country_inferred")


def test_a_leading_line_break_is_no_part_of_a_name():
    from spacy.lang.en import English
    from spacy.tokens import Doc, Span

    from watchfloor.extract.actors.name_spans import trim_span

    doc = Doc(
        English().vocab,
        words=["\n", "United", "Federation", "of", "Steel", "Workers"],
        spaces=[False, True, True, True, True, False],
    )
    span = trim_span(Span(doc, 0, 6, label="ORG"))
    assert span.text == "United Federation of Steel Workers"


def test_a_treasury_bill_is_a_security_not_an_actor():
    doc = _extract(
        "Italian Treasury Bill Offer Raised. ROME, May 2 - The bank said rates "
        "would rise this month.",
        published="1987-05-02",
    )
    assert "ITAGOV" not in _codes(doc).values()
    doc = _extract(
        "Lenders bought U.S. Treasury bonds in Tokyo, dealers said.", published="1987-05-02"
    )
    assert "USAGOV" not in _codes(doc).values()


# -- 5. criminal and former roles ------------------------------------------------------------
def test_a_former_guerrilla_is_no_active_rebel():
    doc = _extract("The mayor, a former guerrilla, opened the new school in Cali.")
    assert "REB" not in _codes(doc).values()
    assert "COLREB" not in _codes(doc).values()


def test_a_cartel_boss_is_no_business():
    doc = _extract("Two top Juarez Cartel bosses were arrested in Chihuahua, Mexican police said.")
    assert not any(c and c.endswith("BUS") for c in _codes(doc).values())


def test_commanders_of_a_named_group_are_not_the_military():
    doc = _extract(
        "Gaitanista commanders ordered the killings near Santa Marta, villagers in Colombia said."
    )
    assert "COLMIL" not in _codes(doc).values()


def test_a_paramilitary_army_is_no_state_military():
    doc = _extract(
        "The ACMM's paramilitary army took over the valley, villagers in Colombia "
        "said. Soldiers later retook it."
    )
    assert "COLMIL" not in {c for n, c in _codes(doc).items() if "paramilitary" in n.lower()}
    gaz = default_gazetteer()
    assert gaz.role_of("paramilitary army")[0] == "UAF"


def test_a_sanctions_list_is_no_criminal_group():
    doc = _extract("The Treasury placed the trafficker on the Kingpin List last year.")
    assert _codes(doc).get("Kingpin List") is None


def test_a_culprit_is_no_criminal():
    doc = _extract(
        "Analysts called the strong dollar the main culprit for the trade gap in Canada."
    )
    assert "CRM" not in _codes(doc).values()


# -- 7. named criminals ---------------------------------------------------------------------
def test_a_person_with_an_alias_is_coded_as_a_criminal():
    doc = _extract('Hugo Lemus, alias "El Tigre", was arrested in Guatemala City on Friday.')
    assert _codes(doc)["Hugo Lemus"] == "CRM"


def test_an_alias_takes_the_nearest_armed_group_of_the_sentence():
    doc = _extract(
        'Soldiers killed Rafael Osorio, alias "Tuco", a senior commander of the FARC, in Cauca.'
    )
    assert _codes(doc)["Rafael Osorio"] == "COLREB"


def test_an_alleged_drug_trafficker_is_a_criminal():
    doc = _extract(
        "Alleged drug trafficker Nestor Ibarra was captured in Tegucigalpa, Honduran police said."
    )
    assert _codes(doc)["Nestor Ibarra"] in {"CRM", "HNDCRM"}


def test_a_verb_before_a_name_is_no_title_modifier():
    doc = _extract("Colombian prosecutors accused Ramiro Gil of laundering money in Cali.")
    assert _codes(doc).get("Ramiro Gil") != "COLJUD"


def test_an_apposition_naming_an_association_gives_no_state_code():
    doc = _extract(
        "According to Lucia Mendez, the president of Peru's Association of Street "
        "Vendors, sales fell in Lima."
    )
    assert _codes(doc).get("Lucia Mendez") != "PERGOV"


def test_a_senior_vice_president_is_a_firms_officer():
    doc = _extract(
        "MILAN, March 31 - Paolo Riva, senior vice-president of overseas sales, told "
        "a conference in Milan that the group would invest more.",
        published="1987-03-31",
    )
    assert "ITAGOV" not in _codes(doc).values()
    assert default_gazetteer().role_of("chief executive")[0] == "BUS"


def test_parapolice_forces_are_no_state_army():
    doc = _extract(
        "Witnesses blamed parapolice forces for the attack in Masaya, Nicaraguan "
        "rights groups said."
    )
    assert "NICMIL" not in _codes(doc).values()


def test_news_corp_was_australian_before_its_move_to_the_united_states():
    text = "News Corp agreed on Monday to buy a chain of regional newspapers."
    assert _codes(_extract(text, published="1987-05-02"))["News Corporation"] == "MNCAUSMED"
    assert _codes(_extract(text, published="2015-05-02"))["News Corporation"] == "MNCUSAMED"


# -- inferred countries: the sentence's own country first ------------------------------------
def test_a_titled_official_after_sentences_about_another_country_is_not_the_articles():
    doc = _extract(
        "Mexican prosecutors charged the cartel in Mexico City. Mexican police "
        "arrested six men in Sinaloa. Venezuela's government denied the charges. "
        "Vice President Tomas Arreaza called them lies."
    )
    assert _codes(doc)["Tomas Arreaza"] == "VENGOV"


def test_a_clients_lawyer_is_not_the_judiciary():
    doc = _extract(
        "Mexican police arrested the kingpin in Sinaloa. His lawyer, Jaime Orta, "
        "said in Mexico City that the arrest was illegal."
    )
    assert _codes(doc).get("Jaime Orta") != "MEXJUD"
    gaz = default_gazetteer()
    assert title_role(gaz, "a lawyer from the Clinic for Rights") is None
    assert title_role(gaz, "attorney general") == "JUD"
    assert title_role(gaz, "US Attorney for the Southern District") == "JUD"
    assert title_role(gaz, "district attorney for Manhattan") == "JUD"


def test_self_defense_forces_are_paramilitaries():
    gaz = default_gazetteer()
    assert name_code(gaz, "Peasant Self Defense Forces of Cordoba")[1] == "UAF"
    assert name_code(gaz, "Andean Business Intelligence")[1] != "SPY"


def test_an_army_of_criminals_is_no_army():
    doc = _extract(
        'Police arrested the boss in Rosario. "He ran an army of thugs," an '
        "Argentine official said in Argentina."
    )
    assert "ARGMIL" not in _codes(doc).values()


def test_opposition_as_resistance_takes_no_country_but_the_political_opposition_does():
    doc = _extract(
        "The protests in Mexico grew. The governor tried to quell the opposition, "
        "Mexican media said."
    )
    assert "MEXOPP" not in _codes(doc).values()
    doc = _extract(
        "The vote in El Salvador is near. The anti-truce political opposition "
        "leads the polls in El Salvador."
    )
    assert "SLVOPP" in _codes(doc).values()


def test_a_ministry_named_after_a_sector_stays_a_ministry():
    assert name_code(default_gazetteer(), "Ministry of the Environment")[1] == "GOV"


def test_a_commercial_national_bank_is_no_central_bank():
    gaz = default_gazetteer()
    assert name_code(gaz, "Farmers National Bank of Essex County")[1] == "BUS"
    assert name_code(gaz, "Swiss National Bank") == ("CHE", "GOV")


def test_an_opening_phrase_ending_in_a_court_is_no_title():
    doc = _extract(
        "Paul Slade, 52, faces five years in prison. In his guilty plea before Judge "
        "Ann Rolle of the Boston branch of U.S. District Court, Slade admitted "
        "taking bribes.",
        published="1987-03-04",
    )
    assert _codes(doc).get("Paul Slade") != "USAJUD"


def test_a_surname_is_the_documents_person_before_a_curated_namesake():
    """ "Vance" after "Paul Vance, 52," is Paul Vance, not JD Vance (a curated alias)."""
    doc = _extract(
        "Paul Vance, 52, a car dealer, faces five years in prison. Vance admitted "
        "taking bribes in Boston.",
        published="1987-03-04",
    )
    assert "JD Vance" not in _codes(doc)


def test_aid_and_rights_workers_are_no_labour_movement():
    doc = _extract(
        "Local human rights and development workers said families fled the "
        "fumigation in Narino, Colombia."
    )
    assert "COLLAB" not in _codes(doc).values()
    doc = _extract("Striking Colombian workers blocked the road to the mine.")
    assert "COLLAB" in _codes(doc).values()


def test_a_former_state_office_is_elite_and_never_the_articles():
    doc = _extract("A former Honduran minister was arrested in Miami.")
    assert _codes(doc).get("Honduras elite") == "HNDELI"
    doc = _extract(
        "Tower, a former Republican senator, told reporters in Washington that the report was fair."
    )
    assert "USALEG" not in _codes(doc).values()


def test_a_body_owned_by_an_unplaced_name_takes_no_article_country():
    doc = _extract(
        "The US Treasury sanctioned six men in Washington, including a member of "
        "Envigado's Transit Police. US officials said the men worked for the "
        "Oficina.",
        published="2015-05-02",
    )
    assert _codes(doc).get("Transit Police") != "USACOP"
    doc = _extract("Mexico's Federal Police arrested two men in Sinaloa.")
    assert _codes(doc).get("Federal Police") == "MEXCOP"


def test_a_body_owned_by_a_known_place_takes_its_country():
    doc = _extract(
        "The mayor praised Bogota's Metropolitan Police on Monday, US officials "
        "said in Washington. US agents helped."
    )
    assert _codes(doc).get("Metropolitan Police") == "COLCOP"


# -- a ministry of justice is the justice department (seeds 101 and 107 judging) -----------
def test_a_ministry_of_justice_and_its_minister_are_the_judiciary():
    doc = _extract(
        "Chile's Ministry of Justice asked for the files. Ecuador's Justice Minister "
        "Ana Lucero Paz said the prison would close.",
        published="2021-03-09",
    )
    codes = _codes(doc)
    assert codes.get("Ministry of Justice") == "CHLJUD"
    assert codes.get("Ana Lucero Paz") == "ECUJUD"
    # other ministries stay the government's
    gaz = default_gazetteer()
    assert title_role(gaz, "Minister of Finance") == "GOV"


# -- seeds 103 and 107 judging: agencies of criminal investigation; foreign outlets --------
def test_a_criminal_investigation_agency_is_police_not_a_criminal_group():
    gaz = default_gazetteer()
    assert name_code(gaz, "Criminal Investigation Directorate") == (None, "COP")
    assert name_code(gaz, "Directorate of Criminal Investigations") == (None, "COP")
    assert name_code(gaz, "criminal group")[1] == "CRM"


def test_a_foreign_outlet_keeps_its_own_country_in_a_story_about_another():
    doc = _extract(
        "Guatemalan prosecutors told Le Monde that the mayor of Coban had taken "
        "bribes. Televisa aired the recordings.",
        published="2016-08-01",
    )
    codes = _codes(doc)
    assert codes.get("Le Monde") == "FRAMED"
    assert codes.get("Televisa") == "MEXMED"


def test_a_group_vice_president_is_a_firms_officer():
    gaz = default_gazetteer()
    assert title_role(gaz, "group vice president, European sales") is None
    assert title_role(gaz, "corporate secretary") is None
    assert title_role(gaz, "vice president") == "GOV"
    doc = _extract(
        "Orders fell in March, said Harold Venn, group vice president, North American marketing.",
        published="1987-04-02",
    )
    assert _codes(doc).get("Harold Venn") is None


def test_a_multiword_place_before_a_role_gives_its_own_country():
    # "Turks" alone is a demonym of Türkiye; the territory's name is one place (events
    # seed 3004 judging, post-measurement)
    doc = _extract(
        "The Turks and Caicos government asked London for a loan.", published="1987-03-02"
    )
    codes = set(_codes(doc).values())
    assert "TCAGOV" in codes and "TURGOV" not in codes
