"""Round 15 of the actor-code rules (docs/actor-codes.md §10): headings and topic tags are
no actors; an officer of a firm, union or association takes the body's sector, not the
state's; a legal form alone is no company; a country's name inside a state's name ("New
Jersey") is no country. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract


def _coded(doc) -> dict[str, str | None]:
    return {m.text: e.actor_code for e in doc.entities for m in e.mentions}


# -- headings and topic tags ---------------------------------------------------------------
HEADINGS = (
    "The cartels moved north in 2004. The Logic of Cartel Violence A good place to start "
    "is the clan. The clan kills rivals, and the logic of cartel violence follows it. Drug "
    "Cartels Drug cartels drive the displacement in Mexico. Police arrested ten men."
)


def test_a_heading_run_into_the_next_sentence_is_no_actor():
    coded = _coded(_extract(HEADINGS))
    assert not any("Logic" in name for name in coded)
    assert not any(name.startswith("Drug Cartels") for name in coded)


def test_a_pages_topic_tags_after_its_last_sentence_are_no_actor():
    doc = _extract(
        HEADINGS + " Criminal Migration Elites and Organized Crime Featured "
        "GameChangers Human Trafficking Illegal Mining Security Policy"
    )
    assert not any("Migration" in name or "GameChangers" in name for name in _coded(doc))


def test_a_sentence_ending_in_a_name_keeps_the_name():
    doc = _extract("The money went to the Gulf Clan. Prosecutors charged members of the Gulf Clan")
    assert "Gulf Clan" in _coded(doc)


def test_a_headline_phrase_the_body_writes_in_lower_case_is_no_actor():
    headline = '"Honduras Plan to Split MS13 from Criminal Activities. '
    doc = _extract(
        headline + "Honduras's congress has set rules for the places where gang "
        "members will hand in arms, to cut them off from criminal activities "
        "such as extortion."
    )
    assert "Criminal Activities" not in _coded(doc)
    # a body that writes it as a name keeps it
    doc = _extract(
        headline + "Honduras's congress has set rules for the places where gang "
        "members will hand in arms, to cut them off from Criminal Activities "
        "Inc, a firm."
    )
    assert "Criminal Activities" in _coded(doc)


# -- officers of firms, unions and associations ---------------------------------------------
def test_a_unions_vice_president_is_labour_not_the_government():
    doc = _extract(
        "DETROIT, March 4 - Steel Workers Union vice president Tom Brandt said he "
        "will meet with reporters on the union's talks with Acme Motors Corp.",
        published="1987-03-04",
    )
    assert _coded(doc)["Tom Brandt"] == "LAB"


def test_an_associations_president_named_by_its_acronym_takes_its_sector():
    doc = _extract(
        "The National Association of Corn Farmers, NACF, said its board would "
        "meet the agriculture secretary. NACF President Joe Harlan said in a "
        "statement that farmers needed export help.",
        published="1987-03-04",
    )
    assert _coded(doc)["Joe Harlan"] == "AGR"


def test_an_associations_president_without_a_sector_is_not_the_government():
    doc = _extract(
        "WASHINGTON, March 4 - The American Cotton Association said the rules "
        "must change. American Cotton Association President Ben Fuller told "
        "reporters the Senate should vote. U.S. President Ron Tate disagreed.",
        published="1987-03-04",
    )
    coded = _coded(doc)
    assert coded.get("Ben Fuller") is None
    assert coded["Ron Tate"] == "USAGOV"  # the state's president keeps his code


def test_a_state_bodys_president_keeps_the_state_code():
    doc = _extract(
        "WASHINGTON, March 4 - Senate President Ben Fuller told reporters the bill would pass.",
        published="1987-03-04",
    )
    assert (_coded(doc)["Ben Fuller"] or "").endswith("LEG")


def test_a_legal_form_alone_is_no_company():
    doc = _extract(
        "The president of the American Sugar Association, ASA, said the loan "
        "rules must change. The ASA will meet on Friday.",
        published="1987-03-04",
    )
    assert _coded(doc).get("ASA") != "NORBUS"


# -- states named like countries ------------------------------------------------------------
def test_jersey_in_a_new_jersey_story_is_no_country():
    doc = _extract(
        "TRENTON, March 4 - Mark Dobbs, chairman of the board of Central Jersey "
        "Savings Bank, will chair the merged bank. The bank serves southern New "
        "Jersey.",
        published="1987-03-04",
    )
    assert not any((code or "").startswith("JEY") for code in _coded(doc).values())
    # a story that confirms the island keeps it
    doc = _extract(
        "ST HELIER, March 4 - Mark Dobbs, chairman of the Jersey Savings Bank, "
        "said the island's bank would merge with a Guernsey bank.",
        published="1987-03-04",
    )
    assert _coded(doc)["Jersey Savings Bank"] == "JEYBUS"


def test_new_mexicos_police_are_american():
    doc = _extract(
        "The New Mexico State Police arrested two men near the border on Friday.",
        published="1987-03-04",
    )
    assert _coded(doc)["New Mexico State Police"] == "USACOP"


# -- sides of events left uncoded -------------------------------------------------------------
def test_a_groups_unit_after_its_possessive_takes_the_groups_code():
    doc = _extract(
        "BOGOTA, Colombia - Colombia's army said the rebels were weaker. On "
        "Monday, the FARC's 12th Front attacked a column of soldiers in Arauca.",
        published="2015-03-01",
    )
    coded = _coded(doc)
    assert coded["Front"] == coded["FARC"] == "COLREB"
    assert any(ev.source_code == "COLREB" and ev.target_code for ev in doc.events)


def test_a_companys_owner_takes_the_sector_and_the_companys_place():
    doc = _extract(
        "MONTERREY, Mexico - On Monday, Pedro Salas Garza, the owner of a cement "
        "company in the border state of Nuevo Leon, was killed by gunmen near his "
        "home.",
        published="2015-03-01",
    )
    assert _coded(doc)["Pedro Salas Garza"] == "MEXBUS"
    # a place word inside a company's name is not where the company is ("Formosa", an
    # Argentine province)
    doc = _extract(
        "TAIPEI, March 4 - Chen Hao, the owner of a cement company of Formosa "
        "Holdings, said on Monday that prices would rise.",
        published="2015-03-01",
    )
    assert _coded(doc)["Chen Hao"] != "ARGBUS"
    # the owner of something no role word names stays uncoded
    doc = _extract(
        "MONTERREY, Mexico - On Monday, Pedro Salas Garza, the owner of a bar in "
        "the town, was killed by gunmen near his home.",
        published="2015-03-01",
    )
    assert _coded(doc)["Pedro Salas Garza"] is None


def test_drug_dealers_are_criminals_and_market_dealers_are_not():
    doc = _extract(
        "LIMA, Peru - Peru's government spoke on Monday. Peru's National Police "
        "seized 5,000 capsules of drugs and detained four drug dealers in Lima.",
        published="2015-03-01",
    )
    assert any(ev.source_code == "PERCOP" and ev.target_code == "CRM" for ev in doc.events)
    doc = _extract(
        "LONDON, March 4 - Dealers said the dollar fell against the yen on Friday.",
        published="1987-03-04",
    )
    assert not any("CRM" in (code or "") for code in _coded(doc).values())


# -- the article's time ---------------------------------------------------------------------
def test_an_undated_articles_titled_president_is_government_for_all_his_mentions():
    # the headline's bare name comes first (the record's undated default, ELI); the title
    # in the body decides for the whole entity
    doc = _extract(
        '"Police Reform Slows Under Peña Nieto. President Enrique Peña Nieto '
        "appears to be slowing the plan to merge local police forces. Critics say "
        "Peña Nieto lacks a strategy."
    )
    assert _coded(doc)["Enrique Peña Nieto"] == "MEXGOV"
    doc = _extract(
        '"Reform Slows Under Peña Nieto. Former President Enrique Peña Nieto said '
        "the plan had failed. Critics say Peña Nieto lacked a strategy."
    )
    assert _coded(doc)["Enrique Peña Nieto"] == "MEXELI"


def test_the_regions_parties_are_coded_and_a_generic_party_name_is_not_theirs():
    doc = _extract(
        "MEXICO CITY - The opposition National Action Party (PAN) accused the PRI "
        "of buying votes with gift cards on Monday.",
        published="2012-07-10",
    )
    coded = _coded(doc)
    assert coded["PRI"] == "MEXPTY"
    assert any(ev.source_code == "MEXPTY" and ev.target_code == "MEXPTY" for ev in doc.events)
    doc = _extract(
        "WELLINGTON - The National Party said on Monday it would cut taxes.", published="2012-07-10"
    )
    assert "HNDPTY" not in _coded(doc).values()


def test_the_countrys_ministry_is_the_country_named_just_before():
    doc = _extract(
        "The Bolivian Communist Party has criticised the country's Fisheries "
        "Ministry for failing to store fish properly, a newspaper said.",
        published="1987-03-04",
    )
    assert _coded(doc)["Fisheries Ministry"] == "BOLGOV"
    assert any(ev.source_code == "BOLPTY" and ev.target_code == "BOLGOV" for ev in doc.events)
