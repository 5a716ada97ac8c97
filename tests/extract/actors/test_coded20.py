"""Coded20 of the actor-code rules (docs/actor-codes.md §8, "Coded20"): named bodies that
were left without a code (data rows in organizations.yaml and groups_americas.yaml), and a
person titled by a criminal role noun of their own phrase takes the article's country
(criminal_titles.py). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actors.test_codes import _codes, _extract


def _code(doc, name: str) -> str | None:
    return next(e.actor_code for e in doc.entities if e.name == name)


def _entity(doc, name: str):
    return next(e for e in doc.entities if e.name == name)


# -- named bodies with one clear home and role ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Federal Reserve Board approved the bank merger.", "USAGOVBUS"),
        ("Officials from the Bureau of Prisons moved the inmate to a jail in Colorado.", "USACOP"),
        ("The U.S. International Trade Commission voted on the steel complaint.", "USAGOV"),
        ("The U.S. Agency for International Development paid for the new school.", "USAGOVDEV"),
        ("MITI asked carmakers to limit their exports.", "JPNGOV"),
        ("The Commodity Credit Corporation sold barley to the traders.", "USAGOVAGR"),
        ("Peru's agency Devida counted more coca fields this year.", "PERGOV"),
        ("ERPAC gunmen fought the army in the plains of Meta, Colombia.", "COLUAF"),
        ("The Inter-American Court ruled for the families of the victims.", "IGOOASJUD"),
        ("The EC Court of Auditors faulted the dairy subsidies.", "IGOEUREEC"),
        ("The GATT council will hear the complaint on soybeans.", "IGOBUSGAT"),
        ("Comecon members met to plan their trade for next year.", "IGOEEUCMN"),
        ("The International Narcotics Control Board warned about synthetic drugs.", "IGOUNO"),
        ("Ameripol will hold its meeting of police chiefs in Lima.", "IGOCOPAMP"),
        ("The Inter-American Development Bank lent money for a road in Bolivia.", "IGOLAMDEV"),
    ],
)
def test_named_body_takes_its_code(text, code):
    assert code in set(_codes(_extract(text)).values())


def test_federal_reserve_board_is_the_federal_reserve():
    doc = _extract("The Federal Reserve Board drained reserves from the banks on Wednesday.")
    assert _codes(doc).get("Federal Reserve") == "USAGOVBUS"


def test_fed_up_is_no_central_bank():
    # guard: a capitalised "Fed up" (a quote after a lost full stop) is no Federal Reserve
    doc = _extract(
        "The mayor wanted officers he could trust Fed up with the corruption, he "
        "closed the agency in Tijuana, Mexico."
    )
    assert "Federal Reserve" not in _codes(doc)


def test_itc_alone_is_not_guessed():
    # guard: "ITC" is the US trade commission or the tin council; neither is guessed
    doc = _extract("The ITC said on Friday it would review the case.")
    assert not {"USAGOV", "IGOBUS"} & set(_codes(doc).values())


def test_pgr_in_a_brazilian_story_is_not_mexican():
    # guard: Brazil's Procuradoria-Geral da Republica shares the acronym
    doc = _extract(
        "BRASILIA - The PGR in Brasilia asked the Supreme Court to open an inquiry "
        "into the senator. Police in Sao Paulo and Rio de Janeiro, Brazil, searched "
        "his offices in Brazil."
    )
    assert "MEXJUD" not in set(_codes(doc).values())


# -- a criminal role noun in the person's own phrase --------------------------------------------
MEXICO = (
    "Mexican marines arrested drug lord Ramiro Quintanilla in Culiacan, Sinaloa, on "
    "Tuesday. Officials in Mexico City said the arrest followed months of surveillance "
    "in Sinaloa and Durango."
)


def test_drug_lord_takes_the_article_country_flagged_inferred():
    ent = _entity(_extract(MEXICO), "Ramiro Quintanilla")
    assert ent.actor_code == "MEXCRM"
    assert ent.attributes.get("country_inferred") is True


def test_trafficker_in_apposition_takes_the_article_country():
    doc = _extract(
        "Police in Tegucigalpa detained Oscar Melgar, a trafficker, on Monday. "
        "Honduran officials said Melgar moved cocaine through Olancho and Colon in "
        "Honduras."
    )
    assert _code(doc, "Oscar Melgar") == "HNDCRM"


def test_gang_member_takes_the_article_country():
    doc = _extract(
        "Salvadoran soldiers arrested gang member Carlos Ruiz in San Salvador. The "
        "arrest in Soyapango, El Salvador, was part of the crackdown."
    )
    assert _code(doc, "Carlos Ruiz") == "SLVCRM"


def test_a_country_in_the_title_still_wins():
    doc = _extract(
        "Mexican police arrested Jorge Salas, a Guatemalan trafficker, in Chiapas. "
        "Officials in Tapachula, Mexico, said he was moving cocaine to Veracruz."
    )
    assert _code(doc, "Jorge Salas") == "GTMCRM"


def test_arrest_set_in_another_state_keeps_the_bare_code():
    # guard: the sentence sets the arrest in Spain, the story is about Mexico
    doc = _extract(
        "Officials in Mexico City and Culiacan, Mexico, welcomed the news. Police "
        "arrested drug lord Ramiro Quintanilla in Madrid, Spain, on Tuesday. The "
        "cartel still moves cocaine through Sinaloa and Durango in Mexico."
    )
    assert _code(doc, "Ramiro Quintanilla") == "CRM"


def test_the_drug_lord_after_of_is_the_named_person():
    doc = _extract(
        "The prosecutor of the drug lord Ramiro Quintanilla resigned in Culiacan "
        "on Monday. Officials in Mexico City and Sinaloa, Mexico, declined to "
        "comment."
    )
    assert _code(doc, "Ramiro Quintanilla") in {"CRM", "MEXCRM"}


def test_a_named_prosecutor_of_a_drug_lord_is_no_criminal():
    # guard: the prosecutor's own title has the prosecutor as head
    doc = _extract(
        "Juan Perez, the prosecutor of drug lord Ramiro Quintanilla, resigned in "
        "Culiacan on Monday. Officials in Mexico City and Sinaloa, Mexico, declined "
        "to comment."
    )
    assert "CRM" not in (_code(doc, "Juan Perez") or "")


def test_official_accused_of_trafficking_is_no_criminal():
    # guard: "accused of trafficking" is no role noun
    doc = _extract(
        "Honduran official Mario Zelaya, accused of trafficking, denied the charges "
        "in Tegucigalpa. Prosecutors in San Pedro Sula, Honduras, opened a case."
    )
    assert _code(doc, "Mario Zelaya") == "HNDGOV"
