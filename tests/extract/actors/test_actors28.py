"""actors28 of the actor-code rules (docs/actor-codes.md §8, "Actors28"): news outlets by
their own names are media, never gangs or unions; the two Congos; foreign legislatures'
chambers; titles of books, films and reports. Sentences written for these tests; each
rule has a guard."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract


def _codes(doc) -> dict[str, str | None]:
    return {e.name: e.actor_code for e in doc.entities if e.type in {"person", "organization"}}


# -- news outlets by their own names -------------------------------------------------------
def test_outlet_with_union_in_its_name_is_no_labour_union():
    doc = _extract(
        "Border agents in San Diego seized 9,000 pounds of cocaine last year, "
        "reported the San Diego Union Tribune."
    )
    assert _codes(doc)["San Diego Union Tribune"] == "USAMED"


def test_guard_a_union_by_its_name_stays_labour():
    doc = _extract("The Teamsters Union called a strike at the plant in Detroit on Monday.")
    # agencies42 curated the union (organizations.yaml): labour still, now with its country
    assert _codes(doc)["International Brotherhood of Teamsters"] == "USALAB"


def test_outlet_cited_as_source_is_no_criminal_group_from_a_misparse():
    doc = _extract(
        "According to a leaked embassy memo published by a transparency site, "
        "via La Jornada , the most dangerous rifles seized from the Mexican "
        "cartels came from Central American armies."
    )
    assert _codes(doc)["La Jornada"] == "MEXMED"
    assert _codes(doc)["Mexico criminal group"] == "MEXCRM"


def test_outlet_after_via_with_a_misparsed_gang_apposition_is_media():
    doc = _extract(
        "The memo was first released by activists, via El Siglo , the largest "
        "shipments handled by the Guatemalan gangs crossed at the border."
    )
    assert _codes(doc)["El Siglo"] == "GTMMED"


def test_guard_outlet_cited_in_a_mexico_story_keeps_the_country():
    # (as before actors28: a Romance-article name cited as a source)
    doc = _extract(
        "La Jornada reported that Mexican soldiers killed four gunmen in "
        "Michoacan. The army said the gunmen worked for the Zetas in Mexico."
    )
    assert _codes(doc)["La Jornada"] == "MEXMED"


def test_guard_outlet_named_by_diario_keeps_the_country_of_its_story():
    doc = _extract(
        "El Diario de Hoy reported that gang members killed two police officers in San Salvador."
    )
    assert _codes(doc)["El Diario de Hoy"] == "SLVMED"


def test_guard_a_named_gang_with_an_article_stays_criminal():
    doc = _extract(
        "Police in Lima arrested the leader of the gang Los Malditos de Bayovar on Monday."
    )
    assert _codes(doc).get("Los Malditos de Bayovar") in {"CRM", "PERCRM"}


# -- the two Congos -------------------------------------------------------------------------
def test_congolese_president_in_a_zaire_era_story_is_brazzavilles():
    doc = _extract(
        "Congolese President Jean Ikoko said on Monday that Africa could not pay its debts.",
        published="1987-06-16",
    )
    assert _codes(doc)["Jean Ikoko"] == "COGGOV"


def test_guard_congolese_president_in_a_story_naming_zaire_stays_the_drc():
    doc = _extract(
        "Congolese President Jean Ikoko said on Monday that Zaire could not pay its debts.",
        published="1987-06-16",
    )
    assert _codes(doc)["Jean Ikoko"] == "CODGOV"


def test_congo_government_in_a_brazzaville_story_is_the_republics():
    doc = _extract(
        "BRAZZAVILLE - The Congolese government said on Tuesday it would raise oil output.",
        published="2015-03-03",
    )
    assert "COGGOV" in _codes(doc).values()


def test_guard_congolese_government_today_with_no_brazzaville_is_the_drc():
    doc = _extract(
        "The Congolese government said on Tuesday it would raise copper output.",
        published="2015-03-03",
    )
    assert "CODGOV" in _codes(doc).values()


# -- foreign chambers: "Lower House" and "Upper House" are no US body -----------------------
_TOKYO = (
    "TOKYO, April 27 - Prime Minister Kenji Ota sets out for Washington on Wednesday "
    "to ease trade tension with the United States. The United States imposed tariffs "
    "on goods from Japan. The U.S. House of Representatives may pass a trade bill. "
    "The United States had a record deficit last year. U.S. officials said talks "
    "would be hard. His party reached an accord with the opposition over passage of "
    "the budget by the Lower House. The party lost a by-election for the Upper "
    "House."
)


def test_lower_house_in_a_tokyo_story_about_the_us_is_the_dateline_states():
    codes = _codes(_extract(_TOKYO, published="1987-04-27"))
    assert codes["Lower House"] == "JPNLEG"
    assert codes["Upper House"] == "JPNLEG"
    assert codes["United States House of Representatives"] == "USALEG"


def test_lower_house_in_a_washington_story_is_no_us_chamber():
    doc = _extract(
        "WASHINGTON, April 27 - Treasury Secretary Paul Lane said the United "
        "States would cut its deficit. U.S. officials said talks would be hard. "
        "The Lower House passed the budget of its government.",
        published="1987-04-27",
    )
    assert _codes(doc).get("Lower House") != "USALEG"


def test_guard_the_lower_house_of_congress_stays_the_us_house():
    doc = _extract(
        "WASHINGTON, April 27 - Treasury Secretary Paul Lane said the United "
        "States would cut its deficit. U.S. officials said talks would be hard. "
        "The Senate and the Lower House of Congress will vote on the budget in "
        "May.",
        published="1987-04-27",
    )
    assert _codes(doc)["Lower House of Congress"] == "USALEG"


# -- titles of books, films and reports ----------------------------------------------------
def _mentions(doc) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in doc.entities}


def test_role_words_in_a_books_title_are_no_actors():
    doc = _extract(
        "The reporter's new book \"Blood Money: Inside Mexico's Criminal "
        'Insurgency" tells of killings in Culiacan. "Blood Money: Inside '
        "Mexico's Criminal Insurgency\" was published in May."
    )
    assert "MEXINS" not in _codes(doc).values()


def test_role_words_in_a_reports_title_are_no_actors():
    doc = _extract(
        'The report "Honduran Soldiers and the Drug Trade" was published on '
        "Monday by a university in Tegucigalpa."
    )
    assert "HNDMIL" not in _codes(doc).values()


def test_guard_a_quotation_after_report_keeps_its_actors():
    doc = _extract(
        'The report said "the Honduran soldiers are losing ground to the gangs" in Tegucigalpa.'
    )
    assert "HNDMIL" in _codes(doc).values()


def test_guard_a_quoted_title_case_phrase_with_no_cue_keeps_its_actors():
    doc = _extract('Officials said "Honduran Soldiers Will Win" at a rally in Tegucigalpa.')
    assert "HNDMIL" in _codes(doc).values()
