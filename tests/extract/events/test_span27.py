"""Span round 27 (issue 12, span27): a side's phrase keeps its closing bracket and drops
a date the parse hung on it; a pattern's object word matches whole words only ("list" is
no part of "journalist"); phrasal acts the lexicon lacked (opening a border, giving or
setting a deadline); a possessor side spans the noun phrase it
owns ("*Peru's request*"). Each with a guard. Sentences and names
written for these tests."""

from __future__ import annotations

import spacy

from tests.extract.events.helpers import event, events
from watchfloor.extract.events.bounds import owned, tidy


def _span(ev, side: str) -> str | None:
    sp = ev.extra.get(f"{side}_span")
    return sp["text"] if sp else None


# -- bounds.tidy on a hand-built parse ------------------------------------------------------


def _doc(words: list[str], ents: list[str]) -> spacy.tokens.Doc:
    nlp = spacy.blank("en")
    doc = spacy.tokens.Doc(nlp.vocab, words=words, ents=ents)
    return doc


def _char_span(doc, first: int, last: int) -> dict:
    sp = doc[first:last]
    return {"start": sp.start_char, "end": sp.end_char, "text": sp.text}


def test_tidy_closes_an_opened_bracket():
    doc = _doc(["the", "Union", "(", "EU", ")", "signed"], ["O"] * 6)
    assert tidy(_char_span(doc, 0, 4), doc)["text"] == "the Union ( EU )"


def test_tidy_leaves_a_closed_bracket_and_a_plain_phrase_alone():
    # guard: nothing to mend, the same dict back
    doc = _doc(["the", "Union", "(", "EU", ")", "signed"], ["O"] * 6)
    whole = _char_span(doc, 0, 5)
    assert tidy(whole, doc) is whole
    plain = _char_span(doc, 0, 2)
    assert tidy(plain, doc) is plain


def test_tidy_keeps_a_phrase_that_is_a_date():
    # guard: "last year" alone is left as it is (nothing would remain)
    doc = _doc(["last", "year", "ended"], ["B-DATE", "I-DATE", "O"])
    span = _char_span(doc, 0, 2)
    assert tidy(span, doc) is span


def test_tidy_keeps_a_date_inside_the_phrase():
    # guard: a date before the noun is the phrase's own ("the 2019 election results")
    doc = _doc(["the", "2019", "election", "results", "stand"], ["O", "B-DATE", "O", "O", "O"])
    span = _char_span(doc, 0, 4)
    assert tidy(span, doc) is span


# -- the pipeline ------------------------------------------------------------------------------


def test_a_trailing_weekday_is_no_part_of_the_source():
    ev = event("Chile's president on Friday condemned the attack on the embassy.", "condemned")
    assert _span(ev, "source") == "Chile's president"


def test_an_acronym_in_brackets_keeps_its_closing_bracket():
    ev = event(
        "The Security Council imposed sanctions on the Central African Republic (CAR).", "imposed"
    )
    assert _span(ev, "target") == "the Central African Republic (CAR)"


def test_a_released_journalist_is_a_release_not_a_statement():
    ev = event(
        "A Greek court released Dutch journalist Anna Vos after six months in jail.", "released"
    )
    assert ev.code == "0841"


def test_a_released_list_stays_a_statement():
    # guard: the object word itself still matches ("released a list of names": 010)
    evs = events("The Interior Ministry released a list of the detained men.", "released")
    assert all(e.code == "010" for e in evs)


def test_opening_a_border_to_refugees_eases_restrictions():
    ev = event("Kenya opened its border to refugees from Somalia.", "opened")
    assert (ev.code, ev.source_code) == ("081", "KEN")


def test_opening_a_border_post_is_no_act():
    # guard: "border" is no object of "opened" here
    assert not events("Kenya opened a new border post near Somalia.", "opened")


def test_a_deadline_given_is_an_ultimatum():
    ev = event("Britain gave Moscow a deadline over the poisoning.", "gave")
    assert (ev.code, ev.source_code, ev.target_code) == ("139", "GBR", "RUS")


def test_a_deadline_set_is_an_ultimatum():
    assert event("Washington set a 30-day deadline for the agency.", "set").code == "139"


def test_giving_a_speech_is_no_ultimatum():
    # guard: "give" with another object stays uncoded
    assert not events("The Kenyan president gave a speech in Nairobi.", "gave")


# -- a possessor side spans the noun phrase it owns ---------------------------------------------


def test_a_possessor_target_spans_what_it_owns_and_keeps_its_code():
    ev = event("Chile rejected Peru's request for a new border commission.", "rejected")
    assert (_span(ev, "target"), ev.target_code) == ("Peru's request", "PER")


def test_an_of_phrase_of_the_owned_noun_is_kept():
    ev = event("Lopez defended Mexico's handling of the epidemic, saying it worked.", "defended")
    assert _span(ev, "target") == "Mexico's handling of the epidemic"


def test_a_possessor_of_the_trigger_noun_keeps_its_own_phrase():
    # guard: the owned noun is the event itself ("Argentina's strikes")
    evs = events("Argentina's strikes on the rebels killed ten.", "strikes")
    assert evs and all(_span(e, "source") == "Argentina's" for e in evs)


def test_a_side_headed_by_its_own_noun_is_unchanged():
    # guard: "Chile's president" is no possessor side
    ev = event("Chile's president condemned the attack on the embassy.", "condemned")
    assert _span(ev, "source") == "Chile's president"


def test_firearms_given_are_military_aid_as_arms_are():
    # whole-word object patterns: "firearms" is its own word in the weapons lists
    ev = event("Belize provided firearms to the Guatemalan army, which lacks weapons.", "provided")
    assert ev.code == "072"


def test_tidy_keeps_the_closing_bracket_when_it_drops_a_date():
    doc = _doc(
        ["rebels", "(", "EPL", ")", "on", "March", "15", "fought"],
        ["O", "O", "O", "O", "O", "B-DATE", "I-DATE", "O"],
    )
    doc[4].dep_ = "prep"
    assert tidy(_char_span(doc, 0, 7), doc)["text"] == "rebels ( EPL )"


def _possessor_doc() -> spacy.tokens.Doc:
    # "police arrested Diego 's , alias Mono": the parse hangs "Diego" on "alias"
    nlp = spacy.blank("en")
    return spacy.tokens.Doc(
        nlp.vocab,
        words=["police", "arrested", "Diego", "'s", ",", "alias", "Mono"],
        heads=[1, 1, 5, 2, 5, 1, 5],
        deps=["nsubj", "ROOT", "poss", "case", "punct", "dobj", "appos"],
        pos=["NOUN", "VERB", "PROPN", "PART", "PUNCT", "NOUN", "PROPN"],
    )


def test_owned_takes_the_noun_the_possessor_owns():
    doc = _possessor_doc()
    doc2 = spacy.tokens.Doc(
        doc.vocab,
        words=["police", "arrested", "Diego", "'s", "aide"],
        heads=[1, 1, 4, 2, 1],
        deps=["nsubj", "ROOT", "poss", "case", "dobj"],
        pos=["NOUN", "VERB", "PROPN", "PART", "NOUN"],
    )
    out = owned(_char_span(doc2, 2, 3), doc2, doc2[1], _char_span(doc2, 0, 1))
    assert out["text"] == "Diego 's aide"


def test_owned_stops_at_a_comma_after_the_possessor():
    # guard: "Diego's, alias ...": no noun phrase after the comma
    doc = _possessor_doc()
    span = _char_span(doc, 2, 3)
    assert owned(span, doc, doc[1], _char_span(doc, 0, 1)) is span
