"""Named coded parties left off an event's side (issues 11/12, sides42): the subject of a
gerund clause under "prior to" / "ahead of", a meeting phrase set off after a common-noun
subject or hung on "here", the one invited for talks, the partner the parser hangs on a
symmetric verb's topic, the country an arrival is in, and coordinated parties of an accord
"by" them. Sentences written for these tests; each
reading has guards that keep a side empty where the sentence names no one in that role."""

from __future__ import annotations

from tests.extract.events.helpers import events


def _sides(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code, e.target_code) for e in events(text, trigger)}


# -- the subject of a clause a meeting frames -------------------------------------------------
def test_gerund_after_prior_to_is_the_clause_subjects() -> None:
    text = (
        "Prior to negotiating a credit line with the Brazilian government in 1990, the "
        "Mexican government sold its plant."
    )
    assert _sides(text, "negotiating") == {("MEXGOV", "BRAGOV")}


def test_set_off_phrase_after_a_common_noun_subject() -> None:
    text = (
        "The Peruvian president, in Quito for talks with the Ecuadorean government, said "
        "the border would stay open."
    )
    assert _sides(text, "talks") == {("PERGOV", "ECUGOV")}


def test_talks_hung_on_here_after_the_subject() -> None:
    text = (
        "The Peruvian president, here for talks with the Ecuadorean government, said the "
        "border would stay open."
    )
    assert _sides(text, "talks") == {("PERGOV", "ECUGOV")}


def test_the_one_invited_for_talks_takes_part() -> None:
    text = "The Canadian trade minister was invited to Lima for talks with Peruvian officials."
    assert _sides(text, "talks") == {("CANGOV", "PERGOV")}


def test_a_passive_subject_of_another_verb_takes_no_part() -> None:
    # guard: the one arrested after talks is not read as their party
    text = "The Canadian trade minister was arrested in Lima after talks with Peruvian officials."
    assert ("CANGOV", "PERGOV") not in _sides(text, "talks")


def test_a_phrase_set_off_after_an_object_frames_nothing() -> None:
    # guard: the phrase after the object is not the subject's
    text = (
        "Police arrested the Peruvian president, in Quito for talks with the Ecuadorean "
        "government, on Monday."
    )
    assert ("PERGOV", "ECUGOV") not in _sides(text, "talks")


# -- the partner hung on a symmetric verb's topic --------------------------------------------
def test_partner_on_the_topic_of_a_symmetric_verb() -> None:
    text = "The Peruvian government is negotiating for a new loan with the World Bank."
    assert _sides(text, "negotiating") == {("PERGOV", "IGOUNOWBK")}


def test_a_topic_with_no_partner_gives_no_target() -> None:
    # guard: "for a new loan" names no one negotiated with
    text = "The Peruvian government is negotiating for a new loan this week."
    assert all(target is None for _, target in _sides(text, "negotiating"))


def test_an_owned_topic_of_talking_names_no_partner() -> None:
    # guard: what one talks about, with whom one had it, is no partner of the talk
    text = "The Mexican cartel boss began to talk about his experience with the Sinaloa Cartel."
    assert all(target is None for _, target in _sides(text, "talk"))


# -- the country an arrival is in ---------------------------------------------------------------
def test_arrival_in_a_country_is_hosted_by_it() -> None:
    text = "The Chinese premier arrived in Japan on Monday for a three-day visit."
    assert ("CHNGOV", "JPN") in _sides(text, "arrived")


def test_arrival_in_a_city_names_no_host() -> None:
    # guard: a city may be a meeting's seat, not a host
    text = "The Chinese premier arrived in Geneva on Monday."
    assert all(target is None for _, target in _sides(text, "arrived"))


def test_arrival_in_the_visitors_own_country_names_no_host() -> None:
    # guard: coming home is no visit to another
    text = "The Chinese premier arrived in China on Monday."
    assert all(target is None for _, target in _sides(text, "arrived"))


# -- coordinated parties of an accord ------------------------------------------------------------
def test_accord_by_coordinated_parties_pairs_them() -> None:
    text = (
        "The yen rose after last month's currency agreement by the United States, Japan and France."
    )
    assert _sides(text, "agreement") == {("USA", "JPN"), ("USA", "FRA"), ("JPN", "FRA")}


def test_coordinated_subject_of_a_framed_clause_is_no_pair() -> None:
    # guard (sides30's reading kept): the subjects of a clause a meeting frames may have
    # met someone else; each is the meeting's source, none the other's target
    text = (
        "The French defence minister and his German counterpart agreed on a helicopter "
        "during talks in Bonn."
    )
    assert _sides(text, "talks") == {("FRAMIL", None), ("DEU", None)}


def test_a_single_party_by_an_accord_has_no_partner() -> None:
    # guard: one party "by" the accord names no other
    text = "The yen rose after last month's currency agreement by Japan."
    assert all(target is None for _, target in _sides(text, "agreement"))


def test_a_single_subject_of_a_framed_clause_has_no_partner() -> None:
    # guard: one minister after talks names no one talked with
    text = "The French defence minister spoke to reporters after talks in Bonn."
    assert all(target is None for _, target in _sides(text, "talks"))
