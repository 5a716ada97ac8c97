"""The shipped check-worthiness model on sentences written for the test: one batch per
document gives the same scores as one span at a time, calibrated 0-1 probabilities."""

from __future__ import annotations

from watchfloor import trained
from watchfloor.extract.claims.checkworthiness import DocFeatures, load_scorer
from watchfloor.nlp import NlpStage


def test_shipped_model_is_a_joblib_pipeline_with_its_card():
    meta = trained.card("checkworthiness")
    assert meta["format"] == "joblib"
    assert meta["cv"]["k"] == 5 and "brier" in meta["cv"]["mean"]
    scorer = load_scorer()
    assert hasattr(scorer.pipeline, "predict_proba")
    assert 0.0 < scorer.threshold < 1.0


def test_batch_scores_equal_one_at_a_time():
    nlp = NlpStage(extractors=()).nlp
    doc = nlp(
        "The militia killed 14 villagers in March, twice as many as in 2024. "
        "Good evening and welcome. Police arrested the mayor on Friday."
    )
    spans = [(s.start_char, s.end_char) for s in doc.sents]
    scorer = load_scorer()
    feats = DocFeatures(doc)
    batch = scorer.score_spans(doc, spans, feats)
    single = [scorer.score_spans(doc, [s], feats)[0] for s in spans]
    assert batch == single
    assert all(0.0 <= s <= 1.0 for s in batch)
    assert batch[0] > batch[1]
    assert scorer.score_spans(doc, []) == []


def test_direct_scoring_equals_the_pipelines_predict_proba():
    import numpy as np

    from watchfloor.extract.claims.checkworthiness import rows

    nlp = NlpStage(extractors=()).nlp
    doc = nlp(
        "Unemployment fell to 4.1 percent last quarter, the lowest in a decade. "
        "Thank you all for coming tonight. The senator voted against the bill twice."
    )
    sents = list(doc.sents)
    feats = DocFeatures(doc)
    x = rows([s.text for s in sents], np.vstack([feats.ling(s.start, s.end) for s in sents]))
    scorer = load_scorer()
    np.testing.assert_allclose(
        scorer.score_rows(x), scorer.pipeline.predict_proba(x)[:, 1], rtol=0, atol=1e-12
    )


def test_scores_of_several_documents_in_one_call_equal_each_alone():
    """The pipeline scores a whole spaCy batch at once (score_many): the same scores."""
    nlp = NlpStage(extractors=()).nlp
    docs = [
        nlp("Prices rose 8 percent in June. Nice to see you all."),
        nlp(""),
        nlp("The governor did not sign the decree. It cost $2 million, aides said."),
    ]
    requests = [(d, [(s.start_char, s.end_char) for s in d.sents], None) for d in docs]
    scorer = load_scorer()
    together = scorer.score_many(requests)
    assert together == [scorer.score_spans(d, spans) for d, spans, _ in requests]
    assert [len(s) for s in together] == [2, 0, 2]


def test_token_features_use_the_vocabularys_ids_for_labels_and_words():
    """The ids looked for are computed once per process: spaCy stores some labels ("neg")
    as symbol ids, not string hashes; a hash there would never flag a negation."""
    nlp = NlpStage(extractors=()).nlp
    doc = nlp("We did not see the most expensive car. Is it bigger?")
    flags = DocFeatures(doc).flags
    strings = doc.vocab.strings
    expected_neg = [t.dep == strings["neg"] for t in doc]
    assert any(expected_neg)
    assert list(flags[:, 8].astype(bool)) == expected_neg  # negation
    assert list(flags[:, 0].astype(bool)) == [t.tag_ in ("JJS", "RBS") for t in doc]
    assert list(flags[:, 5].astype(bool)) == [
        t.lower_ in ("we", "i", "me", "us", "my", "our") for t in doc
    ]


def test_word_cached_char_tfidf_equals_the_vectorizers_transform():
    """The scorer counts character n-grams word by word with a cache: the TF-IDF rows must
    be exactly sklearn's, repeated words, odd whitespace, accents and empty texts included."""
    from watchfloor.extract.claims.checkworthiness import WordCachedCharTfidf

    scorer = load_scorer()
    cached = [tr for tr, _ in scorer._parts if isinstance(tr, WordCachedCharTfidf)]
    assert len(cached) == 1
    texts = [
        "The port of Callao handled 2.4 million containers in 2023.",
        "the PORT  of\tCallao\n\nhandled it; the port, again: the port!",
        "",
        "   ",
        "Señora Muñoz dijo «no» — 100% sure?",
        "a",
        "I",
    ]
    fast = cached[0].transform(texts)
    slow = cached[0].vectorizer.transform(texts)
    assert fast.shape == slow.shape
    assert (fast != slow).nnz == 0
    again = cached[0].transform(texts[::-1])  # now from the cache
    assert (again != slow[::-1]).nnz == 0


def test_span_entity_labels_by_bisection_equal_a_scan_of_every_entity():
    """``DocFeatures.ling`` finds the entities inside a span by bisection (speed23): the
    features of every token range equal those from a scan of all the entities."""
    import numpy as np

    nlp = NlpStage(extractors=()).nlp
    doc = nlp(
        "Mexico's army seized 2.5 tons of cocaine in Sinaloa on Friday, and the "
        "Navy said 14 people were arrested. The United Nations counted 300 deaths "
        "in Guatemala last year."
    )
    feats = DocFeatures(doc)
    assert len(feats.ents) >= 6

    def scanned(start: int, end: int) -> list[str]:
        return [lab for s, e, lab in feats.ents if s >= start and e <= end]

    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            got = feats.ling(start, end)
            labels = scanned(start, end)
            figures = sum(label in {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"} for label in labels)
            assert got[0] == float(figures > 0) and got[2] == float("DATE" in labels)
            assert np.isclose(got[1], min(figures, 3) / 3)
            assert np.isclose(
                got[3],
                min(sum(label in {"PERSON", "ORG", "GPE", "NORP"} for label in labels), 4) / 4,
            )
