"""parties35 of the actor-code rules (docs/actor-codes.md, "Parties35"): a named
organisation the coders left uncoded is a firm (BUS), a union (LAB) or a news outlet (MED)
by a legal form, a kind noun before it or in its apposition, or as the short form of a
firm the story names. Sentences written for these tests; each rule has a guard."""

from __future__ import annotations

from tests.extract.actors.test_codes import _extract


def _codes(doc) -> dict[str, str | None]:
    return {e.name: e.actor_code for e in doc.entities}


def _entity(doc, name: str):
    return next(e for e in doc.entities if e.name == name)


# -- a legal form -------------------------------------------------------------------------
def test_a_legal_form_ending_the_name_is_a_firm():
    doc = _extract("Walt Disney Co signed an agreement with the French government on Monday.")
    assert _codes(doc)["Walt Disney Co"] == "BUS"
    assert _entity(doc, "Walt Disney Co").attributes.get("code_from") == "name"


def test_a_demonym_in_the_firm_name_gives_its_country():
    doc = _extract("American Motors Corp asked the governor of Wisconsin for tax relief.")
    assert _codes(doc)["American Motors Corp"] == "USABUS"


def test_a_legal_form_the_recogniser_left_out():
    doc = _extract(
        "Dean Witter Reynolds Inc said on Tuesday it had sued E.F. Hutton and Co "
        "over the merger fees."
    )
    assert _codes(doc)["E.F. Hutton"] == "BUS"


# -- short forms of a firm ----------------------------------------------------------------
def test_initials_join_the_firm():
    doc = _extract(
        "General Motors Corp and the United Auto Workers resumed talks on "
        "Tuesday. GM said the union had rejected its latest offer."
    )
    codes = _codes(doc)
    assert codes["General Motors Corp"] == "BUS"
    assert "GM" not in codes  # one entity: the firm
    assert any(m.text == "GM" for m in _entity(doc, "General Motors Corp").mentions)


def test_a_short_name_of_a_firm_named_in_full():
    doc = _extract(
        "NEW YORK, March 3 - Dean Witter Reynolds Inc said on Tuesday it had sued "
        "E.F. Hutton and Co over the merger fees. Dean Witter said the suit was "
        "filed in New York."
    )
    assert _codes(doc)["Dean Witter"] == "BUS"


# -- a kind noun by the name --------------------------------------------------------------
def test_a_union_in_apposition():
    doc = _extract("Solidarity, a union of shipyard workers, called a strike on Monday.")
    assert _codes(doc)["Solidarity"] == "LAB"


def test_a_news_outlet_before_the_name():
    doc = _extract(
        "Police in Jamaica seized 500 pounds of marijuana, Caribbean news outlet Loop reported."
    )
    assert _codes(doc)["Loop"] == "MED"


def test_a_subsidiary_typed_as_a_person_is_a_firm():
    doc = _extract(
        "In March, Alba Petroleos and Albanisa, a PdVSA subsidiary in Nicaragua, "
        "were sanctioned by the US Treasury Department."
    )
    assert _codes(doc)["Alba Petroleos"] == "BUS"


# -- guards -------------------------------------------------------------------------------
def test_a_place_with_a_firm_noun_stays_a_place():
    doc = _extract("Texas, a big oil producer, sued the federal government on Friday.")
    assert _entity(doc, "Texas").type == "location"
    assert not any(e.actor_code and e.actor_code.endswith("BUS") for e in doc.entities)


def test_an_operation_and_a_product_stay_uncoded():
    doc = _extract(
        "Ford said its Taurus sedan sold well. Operation Blue Shield, a police "
        "operation, ended on Friday in Honduras."
    )
    codes = _codes(doc)
    assert codes.get("Operation Blue Shield") is None
    assert codes.get("Taurus") is None
    assert codes.get("Ford") is None  # no legal form, no firm noun: no guess


def test_a_currency_union_is_no_labour_union():
    doc = _extract("The Franc Zone, the currency union of West Africa, met in Dakar.")
    assert all(c is None or not c.endswith("LAB") for c in _codes(doc).values())


def test_a_film_producer_stays_a_person():
    doc = _extract("Maria Lopez, a film producer, criticised the ministry on Monday.")
    assert _entity(doc, "Maria Lopez").type == "person"
    assert not (_codes(doc)["Maria Lopez"] or "").endswith("BUS")


# -- data rows ----------------------------------------------------------------------------
def test_euratom_is_an_international_body():
    doc = _extract("The United States and EURATOM resumed talks on nuclear fuel on Monday.")
    assert "IGOEUREEC" in _codes(doc).values()


def test_a_named_religious_community_is_religious():
    doc = _extract("Police in Bolivia arrested eight Mennonites on Friday.")
    assert any(ev.target_code == "REL" for ev in doc.events)


def test_a_religious_word_in_a_place_name_stays_a_place():
    doc = _extract("Police arrested two men in Mennonite Valley, Belize, on Friday.")
    assert not any(e.actor_code == "REL" for e in doc.entities)


def test_an_abbreviated_form_finds_the_dictionary_body():
    # the PETRARCH2 dictionary lists "Overseas Private Investment Corporation" (a US
    # state body): "Corp" is its abbreviation, not a firm's legal form
    doc = _extract("A mission of the Overseas Private Investment Corp visited Manila on Monday.")
    assert _codes(doc)["Overseas Private Investment Corp"] == "USAGOVBUS"


def test_a_word_inside_a_firm_name_is_no_short_form():
    doc = _extract(
        "The loan came from the Pacific Harbour Finance Corp. Finance officials in Manila "
        "said on Monday that Finance had approved it."
    )
    assert all(
        not (e.actor_code or "").endswith("BUS") for e in doc.entities if e.name == "Finance"
    )


# -- a firm's own name word (uncoded47) ---------------------------------------------------
def test_an_airline_s_name_is_a_firm():
    doc = _extract("Copa Airlines suspended its flights to Caracas on Monday.")
    assert _codes(doc)["Copa Airlines"] == "BUS"


def test_a_name_end_takes_the_country_of_the_name():
    doc = _extract("Japan Air Lines signed a landing agreement with the Brazilian government.")
    assert _codes(doc)["Japan Air Lines"] == "JPNBUS"


def test_guard_a_name_end_alone_or_after_of_is_no_firm():
    from watchfloor.extract.actors.party_kinds import _name_end_role

    assert _name_end_role("Airlines") is None
    assert _name_end_role("Ministry of Airways") is None
    assert _name_end_role("Copa Airlines") == "BUS"


def test_a_name_end_takes_the_country_in_brackets_after_it():
    doc = _extract("Five shipments left on Copa Airlines (Panama) and on two Turkish ships.")
    assert _codes(doc)["Copa Airlines"] == "PANBUS"
