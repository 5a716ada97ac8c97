"""The claims extractor on small texts written for these tests: attribution patterns,
quotations over sentences, anonymous speakers, hedges, check-worthiness."""

from __future__ import annotations

from watchfloor.extract.claims.checkworthiness import load_scorer
from watchfloor.extract.claims.quotes import find_quotes
from watchfloor.nlp import NlpStage


def _by_cue(doc, cue: str):
    return [c for c in doc.claims if c.cue is not None and c.cue.text == cue]


def test_quote_split_over_sentences_is_one_claim(extract):
    text = (
        "“The border is open. The cartels know it,” the senator said on Tuesday. "
        "The hearing ended early."
    )
    doc = extract(text)
    (claim,) = _by_cue(doc, "said")
    assert claim.content.text == "“The border is open. The cartels know it,”"
    assert claim.speaker.text == "the senator"
    assert claim.extra["attribution"] == "direct_quote"


def test_post_posed_reporting_verb_and_anonymous_officials(extract):
    doc = extract("Three boats were seized near the coast last week, officials said.")
    (claim,) = _by_cue(doc, "said")
    assert claim.speaker.text == "officials"
    assert claim.speaker_kind == "official"
    assert claim.content.text.startswith("Three boats were seized")


def test_told_and_residents(extract):
    doc = extract("Residents told reporters that gunmen had burned two houses in the village.")
    (claim,) = _by_cue(doc, "told")
    assert claim.speaker_kind == "witness"
    assert "gunmen had burned two houses" in claim.content.text


def test_hedge_scope_and_unhedged_claim(extract):
    doc = extract(
        "Police said the group could be planning new attacks. "
        "The minister said the port reopened on Monday."
    )
    hedged, plain = _by_cue(doc, "said")
    assert [h.text for h in hedged.hedges] == ["could"]
    assert hedged.extra["hedge_scopes"][0]["scope"]["text"] == "could be planning new attacks"
    assert plain.hedges == [] and plain.extra["hedged"] is False


def test_month_may_is_not_a_hedge(extract):
    doc = extract("The army said that 40 soldiers were killed in May.")
    (claim,) = _by_cue(doc, "said")
    assert claim.hedges == []


def test_expletive_subject_is_not_a_speaker(extract):
    doc = extract("It seems that the talks failed.")
    assert not [c for c in doc.claims if c.attributed]


def test_find_quotes_pairs_marks_and_skips_unclosed():
    text = 'He said "yes" and “no.” Then “open without close.\n\nNext "a" b.'
    quotes = [text[a:b] for a, b in find_quotes(text)]
    assert quotes == ['"yes"', "“no.”", '"a"']


def test_checkworthiness_ranks_figures_over_chatter(extract):
    scorer = load_scorer()
    doc = extract(
        "The agency seized 4,000 kilograms of cocaine in 2024, up 30 percent. "
        "Thank you all for being here tonight."
    )
    sents = [(s.start, s.end) for s in doc.sentences]
    stage = NlpStage(extractors=())
    sdoc = stage.nlp(doc.text)
    factual, chatter = scorer.score_spans(sdoc, sents)
    assert factual >= scorer.threshold > chatter
    assert 0.0 <= chatter <= factual <= 1.0


def test_quote_continued_after_reporting_clause_is_one_claim(extract):
    text = (
        "“We will not back down,” the minister said. “Our navy is ready.” Talks resume on Monday."
    )
    doc = extract(text)
    (claim,) = _by_cue(doc, "said")
    assert claim.content.text.startswith("“We will not back down,”")
    assert claim.content.text.endswith("“Our navy is ready.”")
    parts = [p["text"] for p in claim.extra["content_parts"]]
    assert parts == ["“We will not back down,”", "“Our navy is ready.”"]


def test_parenthetical_reporting_clause(extract):
    doc = extract("The cartel, the colonel said, has moved its labs across the border.")
    (claim,) = _by_cue(doc, "said")
    assert claim.speaker.text == "the colonel"
    parts = [p["text"] for p in claim.extra["content_parts"]]
    assert parts == ["The cartel", "has moved its labs across the border"]


def test_first_person_belief_is_not_an_attribution(extract):
    doc = extract("“I think the deal is dead,” the senator said.")
    assert [c.cue.text for c in doc.claims if c.attributed] == ["said"]


def test_colon_headline_and_dash_signature(extract):
    text = (
        "Maria Lopez: Border Crossings Fell by Half in March.\n\n"
        "“The checkpoints are empty at night.” ― Carlos Mendez\n"
    )
    doc = extract(text)
    colon = [c for c in doc.claims if c.cue is not None and c.cue.text == ":"]
    dash = [c for c in doc.claims if c.cue is not None and c.cue.text == "―"]
    assert [c.speaker.text for c in colon] == ["Maria Lopez"]
    assert colon[0].content.text == "Border Crossings Fell by Half in March"
    assert [c.speaker.text for c in dash] == ["Carlos Mendez"]
    assert dash[0].content.text == "“The checkpoints are empty at night.”"


def test_closing_mark_typed_as_opening_mark():
    text = "Intro.\n\n”It was a mistake.” ― A reader"
    assert [text[a:b] for a, b in find_quotes(text)] == ["”It was a mistake.”"]


def test_hedge_in_the_speaker_phrase_hedges_the_claim(extract):
    doc = extract("Unconfirmed reports said 40 people died in the attack on the market.")
    (claim,) = _by_cue(doc, "said")
    assert claim.speaker.text == "Unconfirmed reports"
    assert [h.text for h in claim.hedges] == ["Unconfirmed"]
    assert claim.extra["hedged"] is True
    (scope,) = claim.extra["hedge_scopes"]
    assert claim.content.text == "40 people died in the attack on the market"
    assert scope["scope"]["text"] == claim.content.text
    doc = extract("According to unverified accounts, the convoy was hit twice near the border.")
    (claim,) = _by_cue(doc, "According to")
    assert "unverified" in [h.text for h in claim.hedges]


def test_place_qualifier_is_not_the_speaker(extract):
    doc = extract("Police in Aurora, Colorado said the gang had taken over two apartment blocks.")
    (claim,) = _by_cue(doc, "said")
    assert claim.speaker.text == "Police in Aurora, Colorado"
    # the police (typed, or resolved to a police actor), never the state
    assert claim.speaker_kind in {"official", "named"}
    assert not (claim.speaker_entity or "").startswith("loc:")
    assert claim.extra["speaker_place"]["text"] == "Aurora, Colorado"


def test_singular_determiner_is_not_part_of_plural_speaker(extract):
    doc = extract(
        "The navy keeps sinking boats off the coast, a campaign officials say is aimed "
        "at the smuggling networks."
    )
    (claim,) = _by_cue(doc, "say")
    assert claim.speaker.text == "officials"
    assert "aimed at the smuggling networks" in claim.content.text


def test_content_stops_at_a_second_reporting_clause(extract):
    doc = extract(
        "The army said 12 soldiers died while local officials said 30 were killed in the fighting."
    )
    army, local = sorted(_by_cue(doc, "said"), key=lambda c: c.cue.start)
    assert army.speaker.text == "The army"
    assert army.content.text == "12 soldiers died"
    assert local.speaker.text == "local officials"
    assert local.content.text == "30 were killed in the fighting"


def test_every_sentence_has_a_check_worthiness_score(extract):
    text = (
        "Smugglers moved 4,000 kilograms of cocaine through the port in 2025.\n\n"
        "It was a sunny day. Officials said the route is still open."
    )
    doc = extract(text)
    assert len(doc.sentence_scores) == len(doc.sentences) >= 3
    assert all(0.0 <= s <= 1.0 for s in doc.sentence_scores)
    scores = {s.text.strip(): v for s, v in zip(doc.sentences, doc.sentence_scores, strict=True)}
    figure = scores["Smugglers moved 4,000 kilograms of cocaine through the port in 2025."]
    assert figure > scores["It was a sunny day."]
    # a sentence below the threshold is not a claim, but keeps its score
    threshold = load_scorer().threshold
    low = [s for s, v in zip(doc.sentences, doc.sentence_scores, strict=True) if v < threshold]
    assert low and not any(
        c.content.start >= low[0].start and c.content.end <= low[0].end for c in doc.claims
    )


def test_publication_boilerplate_is_no_claim(extract):
    """Regression: wire sign-offs ("Reuter &#3;": 196 of 1,162 claims in the first 200
    Reuters stories), credit and copyright lines became unattributed claims."""
    text = (
        "The company said net profit rose 25 pct to 120 mln dlrs in 1986.\n\n"
        "Rebels killed 14 soldiers in an ambush near the border on Sunday, the third "
        "attack on the army in a month.\n Reuter\n&#3;\n\n"
        "Associated Wire, with additional reporting by Andean Observer staff.\n\n"
        "© 2026 Caribbean Ledger. All rights reserved."
    )
    doc = extract(text)
    contents = [c.content.text for c in doc.claims if not c.attributed]
    assert any(t.startswith("Rebels killed 14 soldiers") for t in contents), contents
    assert not [t for t in contents if "Reuter" in t or "reporting by" in t or "rights" in t], (
        contents
    )
    ambush = next(t for t in contents if t.startswith("Rebels killed"))
    assert ambush.endswith("a month"), ambush  # the sign-off is cut off the sentence


def test_a_wrapped_sentences_short_last_line_stays_in_the_claim(extract):
    text = (
        "Officials said nothing. The ministry paid 45 mln dlrs to the contractor for "
        "the new border wall in March and\nanother 30 mln dlrs in April."
    )
    doc = extract(text)
    contents = [c.content.text for c in doc.claims if not c.attributed]
    assert any(t.endswith("in April") for t in contents), contents


def test_attitude_with_a_prepositional_object(extract):
    """PolNeAR-style attitudes: the object of "accused ... of", "complained about", "is
    critical of" and "X's criticism of" is the content."""
    doc = extract(
        "Opposition leader Marta Gil accused the port authority of hiding the "
        "accident reports. "
        "Mayor Elena Soto complained about the new curfew in the old town. "
        "Senator Paul Brandt is critical of the mining concession. "
        "The governor's criticism of the water tariff surprised the council."
    )
    got = {c.cue.text: c for c in doc.claims if c.cue is not None}
    assert got["accused the port authority of"].content.text == "hiding the accident reports"
    assert got["complained about"].content.text.startswith("the new curfew")
    assert got["is critical of"].content.text == "the mining concession"
    assert got["is critical of"].speaker.text == "Senator Paul Brandt"
    assert got["criticism of"].content.text == "the water tariff"
    assert got["criticism of"].speaker.text == "The governor"


def test_object_content_keeps_what_the_verb_says_of_it(extract):
    """ "cited X as Y", "blasted X for Y": the object and its complement are the content;
    a time or place after it is not."""
    doc = extract(
        "Minister Ana Ruiz cited the flooded roads as proof of years of neglect. "
        "Senator Luis Pardo blasted the customs agency for losing the seized cargo "
        "on Monday."
    )
    got = {c.cue.text: c.content.text for c in doc.claims if c.cue is not None}
    assert got["cited"] == "the flooded roads as proof of years of neglect"
    assert got["blasted"].startswith("the customs agency for losing the seized cargo")


def test_told_to_content_keeps_the_addressee(extract):
    """ "warned the lenders to raise reserves": who is told and what they are told to do."""
    doc = extract("The central bank warned the lenders to raise their reserves before June.")
    (claim,) = _by_cue(doc, "warned")
    assert claim.content.text == "the lenders to raise their reserves before June"
    assert claim.speaker.text == "The central bank"


# -- noun, adjective and multi-word cues (issue 13, recall on PolNeAR) -------------------
def _only(doc, cue: str):
    (claim,) = _by_cue(doc, cue)
    return claim


def test_light_verb_with_claim_noun_makes_its_subject_the_speaker(extract):
    claim = _only(
        extract("Critics raised questions about the contract awarded to the shipyard."),
        "raised questions about",
    )
    assert claim.speaker.text == "Critics"
    assert claim.content.text == "the contract awarded to the shipyard"


def test_claim_noun_without_owner_is_a_sourceless_attribution(extract):
    doc = extract(
        "Claims of vote buying in the northern districts spread quickly on Monday. "
        "There were growing fears that the reservoir would run dry by August."
    )
    claims_of = _only(doc, "Claims of")
    fears = _only(doc, "fears")
    for claim in (claims_of, fears):
        assert claim.attributed and claim.speaker is None
        assert claim.speaker_kind == "unspecified"
    assert claims_of.content.text == "vote buying in the northern districts"
    assert fears.content.text == "that the reservoir would run dry by August"


def test_stance_noun_without_owner_is_not_a_claim(extract):
    doc = extract("Support for the levy rose in the spring.")
    assert not [c for c in doc.claims if c.attributed]


def test_attitude_adjective_with_that_clause(extract):
    doc = extract(
        "Protesters were frustrated that the police released only part of the "
        "footage. Senator Reyes is confident that the strike will end soon."
    )
    frustrated = _only(doc, "were frustrated")
    assert frustrated.speaker.text == "Protesters"
    assert frustrated.content.text == "that the police released only part of the footage"
    confident = _only(doc, "is confident")
    assert confident.speaker.text == "Senator Reyes"
    assert confident.content.text == "that the strike will end soon"


def test_called_a_pronoun_something_and_called_for_doing(extract):
    doc = extract(
        "The governor called it a serious error by the port authority. "
        "The mayor has called for raising the tax on empty homes."
    )
    called = _only(doc, "called")
    assert called.content.text == "it a serious error by the port authority"
    called_for = _only(doc, "has called for")
    assert called_for.speaker.text == "The mayor"
    assert called_for.content.text == "raising the tax on empty homes"


def test_quantified_and_generic_subjects_of_belief_verbs(extract):
    doc = extract(
        "Many of the officials believe the dam will flood the valley. "
        "Some believe the new bridge was built too quickly."
    )
    many, some = _by_cue(doc, "believe")
    assert many.speaker.text == "Many of the officials"
    assert many.speaker_kind == "official"
    assert some.speaker.text == "Some"
    assert some.content.text == "the new bridge was built too quickly"


def test_verb_cue_takes_auxiliaries_adverbs_particle_and_medium(extract):
    doc = extract(
        "The minister has repeatedly said in an interview that the port will "
        "reopen. The auditor pointed out that the figures did not add up."
    )
    said = _only(doc, "has repeatedly said in an interview")
    assert said.content.text == "that the port will reopen"
    assert _only(doc, "pointed out").speaker.text == "The auditor"


def test_speaker_phrase_keeps_the_apposition(extract):
    claim = _only(
        extract("Ana Ruiz, a hydrologist at the national institute, said the levee would hold."),
        "said",
    )
    assert claim.speaker.text == "Ana Ruiz"
    assert claim.extra["speaker_phrase"]["text"] == (
        "Ana Ruiz, a hydrologist at the national institute"
    )
    assert claim.content.text == "the levee would hold"


def test_fast_paths_match_the_token_walks():
    """The per-document shortcuts of the claims extractor (perf round 8) give what the token
    walks give: paragraph pieces with the text at hand, the article-voice test from running
    counts; on sentences with and without blank lines, all-space runs and verbless lines."""
    import spacy

    from watchfloor.extract.claims.attribution import (
        ClaimExtractor,
        _paragraph_pieces,
        _token_counts,
    )
    from watchfloor.nlp.pipeline import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL)
    text = (
        "Storms hit the coast\n\nThe mayor said on Monday that the harbour will reopen.\n"
        "Prices rose 4% in March, the bureau estimated.  \n\n\n  Copyright 2026 Wire.\n"
        "Ten boats. \n \nNo comment."
    )
    doc = nlp(text)
    ex = ClaimExtractor()
    counts = _token_counts(doc)
    pieces = 0
    for sent in doc.sents:
        slow, fast = _paragraph_pieces(sent), _paragraph_pieces(sent, text)
        assert [(p.start, p.end) for p in fast] == [(p.start, p.end) for p in slow]
        for piece in slow:
            pieces += 1
            walked = (
                sum(1 for t in piece if t.is_alpha) >= 4
                and any(t.pos_ in {"VERB", "AUX"} for t in piece)
                and not ex.cues["boilerplate"].search(piece.text)
            )
            assert ex._asserts(piece, text, counts) == walked
    assert pieces >= 5


def test_comma_and_report_verbs_equal_numpy_isin(nlp) -> None:
    # speed47: the report verbs' tags are compared id by id, not by np.isin
    import numpy as np
    from spacy.attrs import LEMMA, TAG
    from spacy.strings import get_string_id

    from watchfloor.extract.claims.attribution import _POST_TAGS, _comma_and_report_verbs

    doc = nlp(
        "The rebels, the army said, attacked the town. Prices rose, traders reported, "
        "and the minister has warned, officials say, that talks stalled."
    )
    verbs = {"say", "report", "warn"}
    commas, found = _comma_and_report_verbs(doc, verbs)
    arr = doc.to_array([TAG, LEMMA]).astype(np.uint64)
    tags = np.asarray([get_string_id(t) for t in _POST_TAGS], dtype=np.uint64)
    expected = [
        i
        for i in np.flatnonzero(np.isin(arr[:, 0], tags)).tolist()
        if doc.vocab.strings[int(arr[i, 1])].lower() in verbs
    ]
    assert found == expected and found
    assert commas == [t.i for t in doc if t.text == ","]
