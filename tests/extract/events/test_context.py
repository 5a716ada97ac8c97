"""Document, paragraph and sentence context of an event (extract/events/context.py), read by
the event filter. Texts written for the tests, parsed by the real spaCy model."""

from __future__ import annotations

from watchfloor.extract.events.context import (
    GROUPS,
    PREFIX,
    context_features,
    country_of,
    cross_features,
    default_lists,
    doc_context,
    without_context,
    without_groups,
)
from watchfloor.extract.events.eventfilter import describe, token_index
from watchfloor.model import Event, Span
from watchfloor.nlp.pipeline import DEFAULT_MODEL, load_nlp

BUSINESS = (
    "Acme Industries Inc said its first quarter net profit rose 12 pct to 40 mln dlrs "
    "on sales of 310 mln dlrs.\n    The company said shares of its unit would be "
    "offered to investors at 14 dlrs a share.\n    Analysts expect earnings to grow."
)
CRIME = (
    "Soldiers arrested two gang leaders in the port of Buenaventura on Tuesday. The "
    "gang had fought a rival faction for control of the coast for months. Prosecutors "
    "charged the men with murder."
)


def _nlp():
    return load_nlp(DEFAULT_MODEL, ())


def _event(doc, word: str, **kw) -> Event:
    tok = next(t for t in doc if t.text == word)
    sent = tok.sent
    return Event(
        code="190",
        root="19",
        quad_class=4,
        goldstein=-10.0,
        trigger=Span(tok.idx, tok.idx + len(tok.text), tok.text),
        sentence=Span(sent.start_char, sent.end_char, sent.text),
        **kw,
    )


def _feats(text: str, word: str, **kw) -> dict[str, float]:
    doc = _nlp()(text)
    return context_features(_event(doc, word, **kw), doc_context(doc), token_index(doc))


def test_a_business_story_and_a_crime_story_differ_in_business_share():
    business = doc_context(_nlp()(BUSINESS)).features
    crime = doc_context(_nlp()(CRIME)).features
    biz = {k for k in business if k.startswith(f"{PREFIX}doc_biz=")}
    assert biz == {f"{PREFIX}doc_biz=4"}
    assert f"{PREFIX}doc_biz=0" in crime
    assert f"{PREFIX}doc_company_marks=0" in crime
    assert f"{PREFIX}doc_company_marks=0" not in business  # "Acme Industries Inc"


def test_paragraphs_are_read_from_indented_lines_and_absent_otherwise():
    business = _feats(BUSINESS, "offered")
    assert business[f"{PREFIX}para_rank=1"] == 1.0
    assert f"{PREFIX}para_first" in business
    crime = _feats(CRIME, "charged")
    assert f"{PREFIX}para=none" in crime
    assert f"{PREFIX}sent_rank=2" in crime  # the third sentence
    lead = _feats(CRIME, "arrested")
    assert f"{PREFIX}sent_rank=0" in lead and f"{PREFIX}rel_pos=0" in lead


def test_a_conditional_future_frame_is_seen_on_the_main_clause_and_in_the_condition():
    threat = _feats("If the talks fail, the army will attack the rebels in the north.", "attack")
    assert f"{PREFIX}modal=fut" in threat
    assert f"{PREFIX}conditioned" in threat
    until = _feats(
        "The opposition will keep up its protests until the president steps down.", "steps"
    )
    assert f"{PREFIX}condition" in until
    past = _feats(CRIME, "arrested")
    assert not {f"{PREFIX}modal=fut", f"{PREFIX}conditioned", f"{PREFIX}condition"} & set(past)


def test_a_general_statement_has_no_named_actor_no_date_and_a_bare_plural_subject():
    general = _feats("Armed groups routinely attack police patrols in the region.", "attack")
    assert f"{PREFIX}general" in general
    assert f"{PREFIX}bare_plural_subj" in general
    dated = _feats(CRIME, "arrested")
    assert f"{PREFIX}general" not in dated and f"{PREFIX}no_date" not in dated


def test_company_sides_are_counted_from_codes_and_legal_forms():
    doc = _nlp()(BUSINESS)
    ctx, tokens = doc_context(doc), token_index(doc)
    two = _event(
        doc,
        "offered",
        source_code="USABUS",
        extra={"target_span": {"start": 0, "end": 20, "text": "Acme Industries Inc"}},
    )
    none = _event(doc, "offered", source_code="USAGOV", target_code="MEXMIL")
    assert f"{PREFIX}company_sides=2" in context_features(two, ctx, tokens)
    assert f"{PREFIX}company_sides=0" in context_features(none, ctx, tokens)
    assert f"{PREFIX}doc_biz=4|company_sides=2" in context_features(two, ctx, tokens)


def test_describe_adds_the_context_only_when_given_and_it_can_be_taken_off():
    doc = _nlp()(CRIME)
    ev = _event(doc, "arrested")
    bare = describe(ev, token_index(doc))
    full = describe(ev, token_index(doc), doc_context(doc))
    assert not [k for k in bare if k.startswith(PREFIX)]
    assert [k for k in full if k.startswith(PREFIX)]
    assert without_context(full) == bare


def test_describe_crosses_the_root_with_the_company_sides_and_the_countries():
    doc = _nlp()(BUSINESS)
    ctx, tokens = doc_context(doc), token_index(doc)
    firms = _event(
        doc,
        "offered",
        source_code="USABUS",
        extra={"target_span": {"start": 0, "end": 20, "text": "Acme Industries Inc"}},
    )
    states = _event(doc, "offered", source_code="USAGOV", target_code="MEXMIL")
    at_home = _event(doc, "offered", source_code="USAGOV", target_code="USALEG")
    x = f"{PREFIX}x39_"
    got = {k for k in cross_features(describe(firms, tokens, ctx)) if k.startswith(x)}
    assert got == {
        f"{x}root=19|company_sides=2",
        f"{x}root=19|countries=side",
        f"{x}quad=4|countries=side|company_sides=2",
    }
    assert f"{x}root=19|countries=two" in cross_features(describe(states, tokens, ctx))
    assert f"{x}root=19|countries=one" in cross_features(describe(at_home, tokens, ctx))
    # the run-time description leaves them out: no shipped model reads them
    assert not [k for k in describe(states, tokens, ctx) if k.startswith(x)]
    # guard: no crosses without the context (the sides' kinds are context features)
    assert cross_features(describe(states, tokens)) == {}


def test_the_token_index_and_sentence_starts_read_from_arrays_match_the_tokens():
    """Regression for the speed cut (TokenIndex, _sentence_starts, array word counts): the
    same offsets, tokens, sentence starts and business share as walking the Doc."""
    from watchfloor.extract.events.context import _sentence_starts

    for text in (BUSINESS, CRIME, ""):
        doc = _nlp()(text)
        index = token_index(doc)
        walked = {t.idx: t for t in doc}
        assert list(index) == list(walked) and len(index) == len(walked)
        assert all(index[k].i == t.i for k, t in walked.items())
        assert index.get(-1) is None
        assert _sentence_starts(doc) == [s.start_char for s in doc.sents]
    biz = doc_context(_nlp()(BUSINESS)).features
    crime = doc_context(_nlp()(CRIME)).features
    assert f"{PREFIX}doc_biz=0" in crime and f"{PREFIX}doc_biz=0" not in biz


# --- issue #12: features aimed at the non-event classes left (sentences written for them)


def test_event_class_p_of_no_event_is_read_from_the_evidence_when_there():
    text = "The council discussed the water supply at its weekly session."
    seen = _feats(text, "discussed", extra={"evidence": {"model_p0": 0.7}})
    assert seen[f"{PREFIX}p0"] == 0.7 and f"{PREFIX}p0_b=3" in seen
    low = _feats(text, "discussed", extra={"evidence": {"model_p0": 0.1}})
    assert f"{PREFIX}p0_b=0" in low
    absent = _feats(text, "discussed")  # an event the model did not judge
    assert not [k for k in absent if k.startswith(f"{PREFIX}p0")]


def test_country_blocks_of_actor_codes():
    countries = default_lists().countries
    assert country_of("MEXGOV", countries) == "MEX"
    assert country_of("COLCOPMIL", countries) == "COL"
    assert country_of("CRM", countries) is None  # no country block
    assert country_of("IGOUNO", countries) is None  # an international type
    assert country_of(None, countries) is None


def test_a_domestic_policy_measure_has_one_country_and_policy_words():
    text = "The Mexican government sent a tax reform bill to Congress on Tuesday."
    dom = _feats(text, "sent", source_code="MEXGOV", target_code="MEXLEG")
    assert f"{PREFIX}dom_countries=one" in dom
    assert f"{PREFIX}dom_policy=2|countries=one" in dom
    # guard: two countries' sides and no policy word
    text2 = "Mexican troops fired on Guatemalan soldiers near the border on Tuesday."
    foreign = _feats(text2, "fired", source_code="MEXMIL", target_code="GTMMIL")
    assert f"{PREFIX}dom_countries=two" in foreign
    assert f"{PREFIX}dom_policy=0|countries=two" in foreign
    one_side = _feats(text2, "fired", source_code="MEXMIL")
    assert f"{PREFIX}dom_countries=side" in one_side


def test_a_career_move_is_crossed_with_the_company_sides():
    text = "Acme Industries Inc named Jane Porter chief executive officer on Monday."
    move = _feats(text, "named", source_code="USABUS")
    assert f"{PREFIX}career_words=2|company_sides=1" in move
    # guard: an attack by a state's forces has no career word
    attack = _feats(CRIME, "arrested", source_code="COLMIL")
    assert f"{PREFIX}career_words=0|company_sides=0" in attack


def test_a_statistic_frame_has_statistic_words_and_a_figure():
    stat = _feats("The murder rate rose 12 percent last year in the province.", "murder")
    assert f"{PREFIX}stat_words=2|figure=1" in stat
    # guard: a count of people arrested is a figure without a statistic frame
    act = _feats("Police arrested 12 men in the port on Friday.", "arrested")
    assert f"{PREFIX}stat_words=0|figure=1" in act


def test_a_bill_governing_the_trigger_is_a_document_frame():
    frame = _feats(
        "The subcommittee approved a bill that would require the Treasury to "
        "begin negotiations with Mexico.",
        "negotiations",
    )
    assert f"{PREFIX}frame16_document" in frame
    # guard: the same act reported, no document above it
    act = _feats("The Treasury began negotiations with Mexico on Friday.", "negotiations")
    assert f"{PREFIX}frame16_document" not in act


def test_speculation_governing_the_trigger_is_a_speculation_frame():
    frame = _feats(
        "Traders continued to speculate that Washington will offer wheat to Moscow.", "offer"
    )
    assert f"{PREFIX}frame16_speculation" in frame
    act = _feats("Traders said that Washington offered wheat to Moscow on Friday.", "offered")
    assert f"{PREFIX}frame16_speculation" not in act


def test_a_habitual_adverb_marks_a_generic_clause():
    generic = _feats("Gangs often extort shopkeepers in the port.", "extort")
    assert f"{PREFIX}frame16_habitual" in generic
    act = _feats("Gangs extorted two shopkeepers in the port on Friday.", "extorted")
    assert f"{PREFIX}frame16_habitual" not in act


def test_issue12_groups_can_be_left_out_one_by_one():
    text = "The Mexican government often sends tax reform bills to Congress, analysts expect."
    doc = _nlp()(text)
    ev = _event(
        doc,
        "sends",
        source_code="MEXGOV",
        target_code="MEXLEG",
        extra={"evidence": {"model_p0": 0.4}},
    )
    full = describe(ev, token_index(doc), doc_context(doc))  # the context
    full.update(cross_features(full))  # and its crosses (built by the trainer only)
    for group, prefix in GROUPS.items():
        assert [k for k in full if k.startswith(prefix)], group
        left = without_groups(full, (group,))
        assert not [k for k in left if k.startswith(prefix)]
        assert len(left) < len(full)
    assert without_groups(full, ()) == full
    plain = without_groups(full, tuple(GROUPS))
    assert f"{PREFIX}company_sides=0" in plain  # the v2 features stay


def test_a_business_word_that_is_a_spacy_symbol_is_counted():
    # regression: the business count hashed words with ``hash_string``, but spaCy gives its
    # built-in symbols ("number", "root", "prep") small fixed ids in ``LOWER``, so such a word
    # in the list never matched. Text written for the test.
    from dataclasses import replace

    doc = _nlp()("The number rose. The number fell. The number held. The board met.")
    lists = replace(default_lists(), business=frozenset({"number"}))
    empty = replace(default_lists(), business=frozenset({"nothing"}))
    assert doc_context(doc, lists).features != doc_context(doc, empty).features


def test_among_sorted_ids_equals_numpy_isin() -> None:
    # speed47: the business words are counted by a binary search of the sorted ids
    import numpy as np

    from watchfloor.extract.events.context import _among, _ids

    ids = _ids(frozenset({"shares", "profit", "dividend", "number"}))
    values = np.array(
        [0, 1, *ids.tolist(), int(ids.max()) + 1, 2**64 - 1, int(ids.min()) - 1], dtype=np.uint64
    )
    assert _among(values, ids).tolist() == np.isin(values, ids).tolist()
    empty = np.array([], dtype=np.uint64)
    assert _among(values, empty).tolist() == [False] * len(values)
    assert _among(empty, ids).tolist() == []
