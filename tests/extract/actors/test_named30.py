"""named30 of the actor-code rules (docs/actor-codes.md, "Named30"): a named person nothing
else codes takes a sector from a noun next to the name (premodifier, apposition, predicate)
and the stated or the story's country; with no sector noun, the story's country alone,
flagged inferred, only where the story is set in one country. Sentences written for these
tests; each rule has a guard."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract


def _entity(doc, name: str):
    return next(e for e in doc.entities if e.name == name)


def _code(doc, name: str) -> str | None:
    return _entity(doc, name).actor_code


# -- a sector noun next to the name -------------------------------------------------------
def test_premodifier_activist_is_a_civilian_of_the_story():
    doc = _extract(
        "Gunmen killed activist Juan Perez in Guerrero, Mexico, on Monday. Mexican police said."
    )
    assert _code(doc, "Juan Perez") == "MEXCVL"
    assert _entity(doc, "Juan Perez").attributes.get("code_from") == "sector"


def test_apposition_with_an_age_gives_the_sector():
    doc = _extract(
        "Juan Perez, a 34-year-old farmer, was shot dead in Michoacan, Mexico. "
        "Perez had complained to police in Mexico City."
    )
    assert _code(doc, "Juan Perez") == "MEXAGR"


def test_sentence_initial_profession_and_a_later_surname():
    doc = _extract(
        "Journalist Maria Lopez was threatened in Honduras. Honduran authorities "
        "opened an inquiry. Lopez said Honduras had failed her."
    )
    assert _code(doc, "Maria Lopez") == "HNDMED"


def test_predicate_noun_in_a_later_sentence():
    doc = _extract(
        "Gunmen in Sinaloa, Mexico, wounded Rosa Diaz. Mexican police said Diaz was a teacher."
    )
    assert _code(doc, "Rosa Diaz") == "MEXEDU"


def test_stated_nationality_keeps_its_country_and_gains_the_sector():
    doc = _extract(
        "Venezuelan journalist Juan Perez was detained in Bogota, Colombia. "
        "Colombian police said Perez had no visa for Colombia."
    )
    assert _code(doc, "Juan Perez") == "VENMED"


def test_no_sector_noun_takes_the_story_country_flagged_inferred():
    doc = _extract(
        "Gunmen shot Pedro Alvarez in Tegucigalpa, Honduras. Honduran police said Alvarez died."
    )
    ent = _entity(doc, "Pedro Alvarez")
    assert ent.actor_code == "HND"
    assert ent.attributes.get("code_from") == "story"


# -- guards --------------------------------------------------------------------------------
def test_guard_a_detainee_named_as_such_stays_empty():
    doc = _extract(
        "Police in Sinaloa, Mexico, questioned detainee Juan Perez on Monday. "
        "Mexican prosecutors said Perez fled."
    )
    assert _code(doc, "Juan Perez") is None


def test_guard_a_foreign_national_keeps_his_own_country():
    doc = _extract(
        "Police in Bogota, Colombia, arrested Pedro Gomez, a Venezuelan national. "
        "Colombian prosecutors said Gomez fled Colombia."
    )
    assert _code(doc, "Pedro Gomez") == "VEN"


def test_guard_a_story_of_two_countries_gives_no_country():
    doc = _extract(
        "Officials in Mexico and Guatemala said Juan Perez crossed the border. "
        "Guatemala and Mexico agreed to talks."
    )
    assert _code(doc, "Juan Perez") is None


def test_guard_a_body_of_unknown_country_in_the_apposition():
    doc = _extract(
        "Prices rose in Guerrero, Mexico, said Juan Perez, an analyst at the "
        "Brookings Institution. Mexican officials agreed."
    )
    assert _code(doc, "Juan Perez") is None


def test_guard_a_sentence_set_in_another_country():
    doc = _extract(
        "Gunmen killed Juan Perez in Guerrero, Mexico. Mexican police said. His "
        "cousin Luis Gomez teaches in Texas."
    )
    assert _code(doc, "Juan Perez") == "MEX"
    assert _code(doc, "Luis Gomez") is None


def test_guard_a_dictionary_name_the_story_does_not_support_stays_empty():
    doc = _extract(
        "Police in Quito, Ecuador, detained Luis Alvarez on Tuesday. Ecuadorean prosecutors said."
    )
    assert _code(doc, "Luis Alvarez") is None


def test_guard_a_story_filed_from_another_country():
    doc = _extract(
        "TOKYO, March 3 - Gunmen shot Pedro Alvarez in Lima, Peru. Peruvian police "
        "said Alvarez died in Peru."
    )
    assert _code(doc, "Pedro Alvarez") is None
    # the same story with no dateline of another country: Peru's
    doc = _extract(
        "Gunmen shot Pedro Alvarez in Lima, Peru. Peruvian police said Alvarez died in Peru."
    )
    assert _code(doc, "Pedro Alvarez") == "PER"


def test_guard_an_observer_at_an_unrecognised_institution():
    doc = _extract(
        'Troops massed in Tachira, Venezuela, on Monday. "Both sides are '
        'climbing," said Rosa Ferrer, a senior fellow at the Andean Policy '
        "Circle. Venezuelan officials denied it."
    )
    assert _code(doc, "Rosa Ferrer") is None


def test_guard_a_town_listed_with_places_is_no_person():
    doc = _extract(
        "Arms come through Nuevo Laredo, Miguel Aleman and Reynosa in Tamaulipas, "
        "Mexico. Mexican police seized rifles in Mexico."
    )
    assert all(e.actor_code is None for e in doc.entities if e.name == "Miguel Aleman")


def test_guard_an_alias_is_not_given_the_story_country():
    doc = _extract(
        "Gunmen shot Don Berna Ramos in Culiacan, Mexico. Mexican police said Don "
        "Berna Ramos died in Mexico."
    )
    assert _code(doc, "Don Berna Ramos") is None


def test_guard_the_person_of_a_foreign_body_before_the_name():
    doc = _extract(
        "Violence rose in Sinaloa, Mexico, said the secretary general of the "
        "Organization of American States, Jose Miguel Insulza. Mexican officials "
        "agreed."
    )
    assert _code(doc, "Jose Miguel Insulza") is None


def test_guard_a_name_on_a_noun_is_a_thing_not_a_person():
    doc = _extract(
        "Troops in Narino, Colombia, fought the Jaime Ortega front on Monday. "
        "Colombian officials said Narino was calm."
    )
    assert all(e.actor_code is None for e in doc.entities if e.name == "Jaime Ortega")


def test_guard_a_sector_noun_before_a_verb_is_not_the_victims():
    doc = _extract(
        "In Morelos, Mexico, cartel hitmen killed Rosa Mota in her house. Mexican "
        "police said Mota had just taken office."
    )
    assert _code(doc, "Rosa Mota") != "CRM" and not (_code(doc, "Rosa Mota") or "").endswith("CRM")
