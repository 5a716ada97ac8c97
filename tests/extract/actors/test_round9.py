"""Actor codes, round 9 of the issue-11 error classes (judged samples of seeds 103, 107 and
109). Every sentence here is written for these tests."""

from __future__ import annotations

from tests.extract.actors.test_codes import _codes, _extract
from watchfloor.extract.actors.codes import (
    country_word,
    document_text,
    name_code,
    title_role,
    unconfirmed_names,
)
from watchfloor.extract.gazetteer import default_gazetteer


# -- 1. not actors -----------------------------------------------------------------------
def test_market_forces_are_no_military():
    doc = _extract(
        "The Bank of England acted after market forces pushed interest rates "
        "lower in London ahead of the British budget.",
        published="1987-03-10",
    )
    assert not any((c or "").endswith("MIL") for c in _codes(doc).values())


def test_inmate_uprisings_are_no_rebels():
    doc = _extract(
        "The prison director in Asuncion said poor food had led to inmate "
        "uprisings, and Paraguayan police restored order."
    )
    codes = _codes(doc)
    assert "REB" not in codes.values()
    assert "PRYCOP" in codes.values()  # the police of the same sentence stay


def test_rebels_stay_rebels_next_to_an_act_noun():
    doc = _extract("Colombian rebels attacked a village during the uprising.")
    assert "COLREB" in _codes(doc).values()


def test_an_agreement_typed_as_a_person_is_no_actor():
    doc = _extract(
        "A bishop wrote a long paper on the church's role in Honduras's Gang Truce "
        "and its collapse."
    )
    assert "Gang Truce" not in _codes(doc)


# -- 2. firm officers, business councils, former rank and file ---------------------------
def test_an_unknown_firms_president_is_no_government():
    doc = _extract(
        '"We need faster terminals," says Zentrix president Paul Meier, a director '
        "of Union Bank of Switzerland, in Zurich.",
        published="1987-04-01",
    )
    assert _codes(doc).get("Paul Meier") not in {"CHEGOV", "GOV"}


def test_a_known_bodys_president_stays_the_states():
    doc = _extract(
        "Senate President Juan Perez said Colombia's Congress would vote on the budget in Bogota."
    )
    assert _codes(doc).get("Juan Perez") == "COLLEG"


def test_president_of_an_unlisted_word_name_is_no_state_office():
    gaz = default_gazetteer()
    assert title_role(gaz, "president of Fenacor") is None
    assert title_role(gaz, "president of the Republic") == "GOV"
    assert title_role(gaz, "former president of OSIPRO") == "ELI"  # acronym: as round 8
    doc = _extract(
        "The ministry never answered, said Laura Gomez, president of Fenacor, after "
        "a councillor was killed in Cali, Colombia. Colombian police arrested a man."
    )
    assert _codes(doc).get("Laura Gomez") is None


def test_a_business_council_is_business_not_the_legislature():
    gaz = default_gazetteer()
    assert name_code(gaz, "National Council for Small Businesses")[1] == "BUS"
    assert name_code(gaz, "Chamber of Commerce")[1] == "BUS"
    assert name_code(gaz, "National Security Council")[1] != "BUS"


def test_a_former_member_of_a_unit_is_no_elite():
    gaz = default_gazetteer()
    assert title_role(gaz, "former member of an elite Navy unit") is None
    assert title_role(gaz, "former commander of the Navy") == "ELI"
    assert title_role(gaz, "former defense minister") == "ELI"


def test_police_authorities_are_police():
    doc = _extract(
        "On Monday, police authorities in Uganda said they were investigating a shipment of gold."
    )
    codes = _codes(doc)
    assert "UGACOP" in codes.values()
    assert "UGAGOV" not in codes.values()


# -- 3. places that are not countries ----------------------------------------------------
def test_georgia_the_state_gives_no_country():
    doc = _extract(
        "The utility needs approval from Georgia's Public Service Commission in "
        "Atlanta, and shares of Georgia Power fell.",
        published="1987-03-02",
    )
    assert not any((c or "").startswith("GEO") for c in _codes(doc).values()), _codes(doc)


def test_georgia_the_country_is_confirmed_by_its_capital():
    doc = _extract(
        "Officials in Tbilisi said Georgia's Interior Ministry arrested two men "
        "near the border with Russia."
    )
    assert _codes(doc).get("Interior Ministry") == "GEOGOV"


def test_ambiguous_country_names_need_a_confirming_word():
    gaz = default_gazetteer()
    assert unconfirmed_names("Jordan scored twice for Chicago.") >= {"jordan", "georgia"}
    assert "jordan" not in unconfirmed_names("Jordanian troops crossed near Amman.")
    with document_text("Michael Jordan met Chad Smith in Atlanta, Georgia."):
        assert country_word(gaz, "Jordan") is None
        assert country_word(gaz, "Chad") is None
        assert country_word(gaz, "Peru") == "PER"
    with document_text("Officials in Amman said Jordan would close the border."):
        assert country_word(gaz, "Jordan") == "JOR"


# -- 4. the article's country: the dateline against the most-named country ---------------
def test_a_named_official_is_not_given_the_most_named_country_against_the_dateline():
    doc = _extract(
        "TOKYO, March 27 - Prime Minister Ichiro Sato will visit the United States "
        "and hold talks in Washington with President Reagan, Chief Cabinet "
        "Secretary Kenji Mori told reporters. The United States wants more U.S. "
        "chips sold, officials in Washington said.",
        published="1987-03-27",
    )
    assert _codes(doc).get("Kenji Mori") != "USAGOV"


def test_a_named_official_takes_the_article_country_when_the_dateline_agrees():
    doc = _extract(
        "WASHINGTON, March 27 - The United States will press for more chips sold, "
        "Deputy Secretary Alan Ross told reporters in Washington after talks with "
        "U.S. firms.",
        published="1987-03-27",
    )
    assert _codes(doc).get("Alan Ross") == "USAGOV"


# -- 5. a bare national body's name and the country written before it ------------------
def test_the_us_congress_in_a_story_about_japan_stays_american():
    doc = _extract(
        "WASHINGTON, April 27 - President Reagan warned the U.S. Congress against "
        "trade laws that would hurt talks with Japan. Japanese officials in Tokyo "
        "said Japan would buy more chips, and Japan's prime minister agreed. "
        "Japanese firms in Osaka were worried.",
        published="1987-04-27",
    )
    codes = _codes(doc)
    assert "JPNLEG" not in codes.values()
    assert "USALEG" in codes.values()


def test_a_bare_congress_in_a_story_set_in_peru_is_perus():
    doc = _extract(
        "LIMA - Congress voted on Monday to remove the minister, Peruvian officials "
        "in Lima said, and police in Cusco and Arequipa in Peru were on alert."
    )
    assert "PERLEG" in _codes(doc).values()


# -- 6. the office at the article's time: the text and the date -------------------------
def test_a_president_who_left_office_is_a_former_one():
    doc = _extract(
        "The reforms were a pillar of President Felipe Calderon, who left office "
        "five months ago. Governors in Mexico resisted them."
    )
    assert _codes(doc).get("Felipe Calderon") == "MEXELI"


def test_a_person_assuming_the_presidency_holds_it():
    doc = _extract(
        "Alejandro Giammattei assumes Guatemala's presidency facing drug "
        "trafficking and weak police."
    )
    assert _codes(doc).get("Alejandro Giammattei") == "GTMGOV"


def test_curated_range_decides_inside_and_outside():
    """people_2018_2026.yaml: Giammattei president 2020-01-14 to 2024-01-14."""
    inside = _extract(
        "Alejandro Giammattei met army chiefs in Guatemala City.", published="2021-03-01"
    )
    outside = _extract(
        "Alejandro Giammattei spoke to reporters in Guatemala City.", published="2025-03-01"
    )
    assert _codes(inside).get("Alejandro Giammattei") == "GTMGOV"
    assert _codes(outside).get("Alejandro Giammattei") == "GTMELI"


def test_dictionary_range_decides_inside_and_outside_for_pena_nieto():
    """Peña Nieto, president 2012-12-01 to 2018-11-30."""
    inside = _extract(
        "Enrique Peña Nieto's government created a special office after Enrique "
        "Peña Nieto met families in Mexico City.",
        published="2015-06-01",
    )
    outside = _extract(
        "Enrique Peña Nieto was seen in Madrid, Mexican newspapers said.", published="2019-06-01"
    )
    assert _codes(inside).get("Enrique Peña Nieto") == "MEXGOV"
    assert _codes(outside).get("Enrique Peña Nieto") == "MEXELI"


def test_a_date_covered_by_a_range_beats_a_president_title():
    """A dated office range is firmer than the text's title (round 6): Calderón was
    president until 2012-11-30, so "President Calderon" in a 2014 story is out of office
    only if the dictionary says so; in 2010 he is in office whatever the words say."""
    doc = _extract(
        "Former President Felipe Calderon sent troops to Michoacan, Mexican officials said.",
        published="2010-05-01",
    )
    assert _codes(doc).get("Felipe Calderon") == "MEXGOV"


# -- 7. venues and two-state sentences ---------------------------------------------------
def test_ministers_meeting_in_a_city_are_not_its_countrys():
    doc = _extract(
        "BONN, March 20 - \"Decisions made at this year's meetings of Group of "
        'Seven finance ministers in Paris cannot be ignored," the West German '
        "minister said.",
        published="1987-03-20",
    )
    assert "FRAGOV" not in _codes(doc).values()


def test_a_meeting_of_ministers_with_a_demonym_keeps_their_country():
    doc = _extract("A meeting of Colombian ministers in Bogota approved the plan.")
    assert "COLGOV" in _codes(doc).values()


def test_the_government_after_a_sentence_naming_two_states_is_not_guessed():
    text = (
        "The police of Santa Cruz arrested three traffickers in Santa Cruz, Bolivia. The "
        "US criticized Bolivia last month for doing too little against traffickers, "
        "something the government rejected. US officials in Washington said the DEA in "
        "Miami would help."
    )
    doc = _extract(text)
    for e in doc.entities:
        said = [text[m.start : m.end] for m in e.mentions]
        assert not ("government" in said and e.actor_code == "USAGOV"), e


def test_the_official_one_meets_keeps_the_country_of_his_office():
    doc = _extract(
        "Pirela said he planned to meet the governor of Aruba to exchange information on the gang."
    )
    assert "ABWGOV" in _codes(doc).values()


def test_a_media_company_is_media():
    doc = _extract(
        "Telemundo, a Mexican media company, aired the interview with the gang's leader."
    )
    codes = _codes(doc)
    assert "MEXMED" in codes.values()
    assert "MEXBUS" not in codes.values()


def test_a_headline_run_into_the_first_sentence_is_no_actor():
    doc = _extract(
        "Who Runs Peru's Criminal Gangs?The answer has changed since 2015, when "
        "Peruvian police arrested the leaders of several groups in Trujillo."
    )
    assert not any("?" in name for name in _codes(doc))


def test_a_name_with_a_mark_for_a_lost_space_is_kept():
    doc = _extract(
        "Bolivia's vice president, Alvaro?Mendez Rocha, said Bolivian police would "
        "patrol the border."
    )
    assert any("Mendez" in name for name in _codes(doc))


def test_an_ambiguous_name_listed_with_countries_is_the_country():
    doc = _extract("Moscow sent troops to Armenia, Georgia and Azerbaijan last year.")
    assert _codes(doc).get("Georgia") == "GEO"
