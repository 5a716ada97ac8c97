"""both39 of the actor-code rules (docs/actor-codes.md, "Both39"; issue #11): an
employers' or business organisation named after its noun is business (BUS), and a name
that is the compound of a firm, union or media noun right after it ("the X union") takes
that noun's role. Sentences written for these tests; each rule has guards."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract


def _codes(doc) -> dict[str, str | None]:
    return {e.name: e.actor_code for e in doc.entities}


# -- an employers' or business organisation ------------------------------------------------
def test_an_employers_organisation_before_the_name_is_business():
    doc = _extract(
        "MADRID, May 4 - The employers' association Fedemar rejected the dockers' "
        "demand for a shorter week on Tuesday."
    )
    assert _codes(doc)["Fedemar"] == "BUS"


def test_an_employers_federation_in_apposition_is_business():
    doc = _extract(
        "Fenatex, the employers' federation of the textile sector, signed a wage "
        "accord with the unions on Friday."
    )
    assert _codes(doc)["Fenatex"] == "BUS"


def test_the_chief_of_an_employers_federation_is_no_firm():
    # the apposition's head is "chief": a man, not the federation
    doc = _extract("Mr. Brandt, the employers' federation chief, signed a wage accord on Friday.")
    assert _codes(doc).get("Brandt") is None


def test_a_business_lobby_before_the_name_is_business():
    doc = _extract("The business lobby Procomex criticised the new import tariff on Monday.")
    assert _codes(doc)["Procomex"] == "BUS"


def test_an_association_without_employers_or_business_is_no_cue():
    doc = _extract("The association Tierra Viva criticised the new import tariff on Monday.")
    assert _codes(doc).get("Tierra Viva") is None


# -- a kind noun right after the name ---------------------------------------------------
def test_a_name_before_union_is_a_union():
    doc = _extract(
        "Talks between the port authority and the Sindimar union broke down on Friday, "
        "a spokesman said."
    )
    assert _codes(doc)["Sindimar"] == "LAB"


def test_a_name_before_airline_is_a_firm():
    doc = _extract(
        "Pilots of the Aerovista airline began a two-day strike on Monday over pay, "
        "the carrier said."
    )
    assert _codes(doc)["Aerovista"] == "BUS"


def test_a_possessor_of_a_union_is_no_union():
    doc = _extract("Norvex's union rejected the latest pay offer on Thursday.")
    assert _codes(doc).get("Norvex") is None


def test_a_noun_that_may_name_a_person_after_the_name_is_no_cue():
    # "producer" may be a film producer: only nouns that never name a person are read
    doc = _extract("The Tandil producer sold its harvest to Chinese buyers on Monday.")
    assert _codes(doc).get("Tandil") is None


# -- a named commission is a state body ---------------------------------------------------
def test_a_named_commission_with_a_demonym_is_that_states_government():
    doc = _extract("LIMA, May 4 - The Peruvian Securities Commission fined the bank on Monday.")
    assert _codes(doc)["Peruvian Securities Commission"] == "PERGOV"


def test_a_named_commission_takes_the_articles_country():
    doc = _extract(
        "WASHINGTON, May 4 - The rule would stand, said Jane Morrow, chairman of the "
        "Federal Energy Regulatory Commission."
    )
    assert _codes(doc)["Federal Energy Regulatory Commission"] == "USAGOV"


def test_a_commission_of_several_states_is_no_national_body():
    doc = _extract(
        "OSLO, May 4 - The International Whaling Commission criticised Norway on Monday."
    )
    assert not (_codes(doc).get("International Whaling Commission") or "").endswith("GOV")


def test_a_bare_commission_is_no_national_body():
    # alone it may be the European Commission, or a broker's fee
    doc = _extract(
        "NEW YORK, May 4 - The broker charged a commission of two percent, the Commission said."
    )
    assert _codes(doc).get("Commission") is None


def test_the_european_commission_keeps_its_international_code():
    doc = _extract("BRUSSELS, May 4 - The European Commission fined Acme Corp on Monday.")
    assert _codes(doc)["European Commission"] == "IGOEUREEC"


def test_a_city_before_newspaper_is_no_outlet():
    # the paper is from the city: the city's name is no outlet's
    doc = _extract(
        "The minister dismissed the reporting of El Diario, a Monterrey newspaper that "
        "often opposes him."
    )
    assert _codes(doc).get("Monterrey") is None


def test_a_two_word_noun_after_the_name_must_be_listed():
    doc = _extract(
        "The facility will fund Norbank's new Lakeside Home mortgage subsidiary, Acme Finance Ltd."
    )
    assert _codes(doc).get("Lakeside Home") is None


def test_a_listed_two_word_noun_after_the_name_is_read():
    doc = _extract("Police arrested two men, the Noticias Hoy news agency reported on Monday.")
    assert _codes(doc)["Noticias Hoy"] == "MED"


# -- a small town of the same name does not make a name a place (mends40) ---------------------
def test_a_name_a_small_town_shares_still_takes_the_noun_after_it():
    # a Mexican town of some 26,000 people shares the name: no place before "newspaper"
    doc = _extract(
        "MEXICO CITY, May 4 - According to the Reforma newspaper, the governor of Sonora "
        "resigned on Tuesday."
    )
    assert _codes(doc)["Reforma"] == "MED"


def test_a_large_city_before_a_newspaper_is_still_no_outlet():
    # typed a person by the recogniser: the city's population blocks the outlet role
    doc = _extract(
        "MEXICO CITY, May 4 - A Monterrey newspaper reported that the governor had resigned."
    )
    assert _codes(doc)["Monterrey"] is None
