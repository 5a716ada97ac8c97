"""Country16 of the actor-code rules (docs/actor-codes.md §8, "Country16"): inferred
countries (the people and bodies a story names do not outvote its places; Guatemala's
2012-2015 executive curated) and the one doubtful roles16 change ("the presidency of X"
as a running term).
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract


def _codes_of(doc, name: str) -> set[str | None]:
    return {e.actor_code for e in doc.entities if name in e.name}


# -- "the presidency of X" in the present: X's term runs at the article's time --------------
def test_a_running_presidency_gives_the_office():
    doc = _extract(
        "Kidnappings fell in Jalisco last year. While the presidency of Enrique "
        "Pena Nieto has coincided with a sharp decline in murders, extortion rose "
        "in Mexico."
    )
    assert _codes_of(doc, "Nieto") == {"MEXGOV"}


def test_during_the_presidency_gives_no_office():
    doc = _extract(
        "Kidnappings fell in Jalisco last year. Four generals arrested during the "
        "presidency of Enrique Pena Nieto were released in Mexico."
    )
    assert "MEXGOV" not in _codes_of(doc, "Nieto")


def test_a_past_tense_presidency_gives_no_office():
    doc = _extract(
        "Kidnappings fell in Jalisco last year. The presidency of Enrique Pena "
        "Nieto saw a sharp decline in murders in Mexico."
    )
    assert "MEXGOV" not in _codes_of(doc, "Nieto")


# -- the people and bodies named do not outvote the story's places ----------------------------
def test_criminal_groups_do_not_outvote_the_places_of_the_story():
    # the Zetas (MEXCRM) named more often than the Guatemalan places the story is set in
    doc = _extract(
        "The Zetas hung banners in Guatemala City and in Coban. The Zetas warned "
        "shop owners. Los Zetas want no war, the Zetas wrote. The authorities "
        "said they were investigating the threats in Escuintla."
    )
    codes = _codes_of(doc, "government")
    assert "MEXGOV" not in codes
    assert "GTMGOV" in codes


def test_foreign_agencies_do_not_outvote_the_places_of_the_story():
    # US agencies (USACOP) named more often than the Honduran places the story is set in
    doc = _extract(
        "Governor Julio Mejia said the training would start soon. The DEA and "
        "the FBI trained officers in Tegucigalpa. The DEA paid for radios, the "
        "FBI for cars, and the DEA for fuel in San Pedro Sula."
    )
    assert _codes_of(doc, "Mejia") == {"HNDGOV"}


def test_foreign_agencies_still_count_where_the_places_agree():
    # guard: the same story set in the United States keeps the United States
    doc = _extract(
        "Governor Julio Mejia said the training would start soon. The DEA and "
        "the FBI trained officers in Houston. The DEA paid for radios, the FBI "
        "for cars, and the DEA for fuel in Dallas."
    )
    assert _codes_of(doc, "Mejia") == {"USAGOV"}


def test_criminal_groups_still_count_where_the_places_agree():
    # guard: the same story set in Mexico keeps Mexico
    doc = _extract(
        "The Zetas hung banners in Monterrey and in Saltillo. The Zetas warned "
        "shop owners. Los Zetas want no war, the Zetas wrote. The authorities "
        "said they were investigating the threats in Torreon."
    )
    assert "MEXGOV" in _codes_of(doc, "government")


# -- Guatemala's 2012-2015 executive (people.yaml): no country from the article -----------
def test_former_guatemalan_leaders_keep_their_country_abroad():
    doc = _extract(
        "Prosecutors in Sao Paulo and Rio de Janeiro widened the probe in Brazil. "
        "In Guatemala, a customs fraud case brought down then Vice President "
        "Roxana Baldetti and former President Otto Perez Molina."
    )
    assert _codes_of(doc, "Baldetti") == {"GTMELI"}
    assert _codes_of(doc, "Perez Molina") == {"GTMELI"}


def test_a_titled_sitting_president_in_an_undated_story_keeps_the_office():
    # guard: the title decides the role in an undated article (rule 1 of §8)
    doc = _extract(
        "Police in Guatemala City raided a customs office on Monday. President "
        "Otto Perez Molina said the authorities would act."
    )
    assert _codes_of(doc, "Perez Molina") == {"GTMGOV"}
