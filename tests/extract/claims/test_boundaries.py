"""Content boundaries (issue 13): a claim's content ends where the speaker's words end, and
hedges outside it are the author's. Sentences written for these tests."""

from __future__ import annotations

from watchfloor.extract.claims.boundaries import sentence_bounds


def by_cue(doc, cue: str):
    return [c for c in doc.claims if c.cue is not None and c.cue.text == cue]


def test_sentence_bounds_split_what_the_parser_glued_but_not_abbreviations():
    text = "Mr. Ruiz met U.S. envoys in Lima. The talks failed.”Next day"
    lo, hi = sentence_bounds(text, 0, len(text), text.index("envoys"))
    assert text[lo:hi] == "Mr. Ruiz met U.S. envoys in Lima."
    lo, hi = sentence_bounds(text, 0, len(text), text.index("talks"))
    assert text[lo:hi].startswith("The talks failed.")


def test_content_stops_at_the_end_of_the_reporting_sentence(extract):
    doc = extract(
        "The governor vowed to restore order in the province. On the surface, "
        "this pledge appears to give weight to the critics of the police."
    )
    (vow,) = by_cue(doc, "vowed")
    assert vow.content.text == "to restore order in the province"
    assert "appears to" not in {h.text for h in vow.hedges}


def test_content_without_a_space_after_the_full_stop(extract):
    # the parser keeps "…province.The…" as one sentence; the speaker's words still stop
    doc = extract(
        "Officials said the bridge will reopen in March.The closure is likely to "
        "hurt local traders."
    )
    (said,) = by_cue(doc, "said")
    assert said.content.text == "the bridge will reopen in March"
    assert said.hedges == []


def test_quotation_over_two_sentences_stays_the_speakers(extract):
    doc = extract(
        "“We will rebuild the market. It may take a year,” the mayor said on "
        "Friday. Traders are likely to move elsewhere."
    )
    (said,) = by_cue(doc, "said")
    assert said.content.text == "“We will rebuild the market. It may take a year,”"
    assert [h.text for h in said.hedges] == ["may"]


def test_authors_appositive_gloss_is_not_the_speakers(extract):
    doc = extract(
        "President Ortiz responded with anger, vowing to defend the islands "
        "against what he calls foreign aggression, a defiance that could easily "
        "spread beyond the region."
    )
    (vow,) = by_cue(doc, "vowing")
    assert vow.content.text.endswith("foreign aggression")
    assert "could" not in {h.text for h in vow.hedges}
    authors = {h["cue"]["text"] for h in vow.extra.get("author_hedges", [])}
    assert "could" in authors


def test_hedge_on_the_attribution_is_the_authors(extract):
    doc = extract("The mayor reportedly said the bridge would reopen on Friday.")
    (said,) = by_cue(doc, "said")
    assert "reportedly" not in {h.text for h in said.hedges}
    assert [h["cue"]["text"] for h in said.extra["author_hedges"]] == ["reportedly"]


def test_question_quote_before_its_reporting_clause(extract):
    # the question mark ends a sentence; the quotation is still the speaker's
    doc = extract("“Why is the port still closed?” the senator asked. Nobody answered.")
    (asked,) = by_cue(doc, "asked")
    assert asked.content.text == "“Why is the port still closed?”"
    assert asked.speaker.text == "the senator"


def test_quote_continued_after_the_clause_with_doubled_apostrophes(extract):
    doc = extract("''We cannot pay the ransom,'' he said. ''The family has nothing left.''")
    (said,) = by_cue(doc, "said")
    parts = [p["text"] for p in said.extra["content_parts"]]
    assert parts == ["''We cannot pay the ransom,''", "''The family has nothing left.''"]


def test_quote_in_a_new_paragraph_is_not_joined(extract):
    doc = extract(
        "“The road is open,” the colonel said.\n\n“Nobody will stop the convoy,” "
        "a trucker told reporters."
    )
    (said,) = by_cue(doc, "said")
    assert said.content.text == "“The road is open,”"
    assert "content_parts" not in said.extra


def test_transcript_label_after_an_opening_mark_takes_the_whole_turn(extract):
    doc = extract(
        'Transcript:\n\n"HOST: Welcome back. Two ships sank on Monday.\n\n'
        '"GUEST: Thank you. The navy has not confirmed it.'
    )
    turns = {
        c.speaker.text: c.content.text
        for c in doc.claims
        if c.cue is not None and c.cue.text == ":"
    }
    assert turns == {
        "HOST": "Welcome back. Two ships sank on Monday",
        "GUEST": "Thank you. The navy has not confirmed it",
    }


def test_post_posed_clause_takes_the_whole_sentence_before_it(extract):
    doc = extract(
        "The convoy was meant to leave at dawn, but the drivers refused to move "
        "before the escort arrived, a union source said."
    )
    (said,) = by_cue(doc, "said")
    assert said.content.text.startswith("The convoy was meant to leave at dawn, but")
    assert said.content.text.endswith("before the escort arrived")


def test_editorial_note_label_is_no_speaker(extract):
    doc = extract("CLARIFICATION: An earlier version of this story misstated the date of the raid.")
    assert not [c for c in doc.claims if c.cue is not None and c.cue.text == ":"]


def test_a_trailing_which_clause_or_next_act_is_not_the_speakers_content(extract):
    """The content stops before what follows a comma at its end: the author's
    non-restrictive "which" clause, or the speaker's next act (", arguing that ...")."""
    doc = extract(
        "Minister Ana Ruiz said the bridge would reopen in May, which surprised "
        "the builders.\n\nSenator Luis Pardo said the new tax was unfair, arguing "
        "that farmers already paid too much."
    )
    said = [c for c in doc.claims if c.cue is not None and c.cue.text == "said"]
    assert [c.content.text for c in said] == [
        "the bridge would reopen in May",
        "the new tax was unfair",
    ]
