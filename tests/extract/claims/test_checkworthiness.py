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
    doc = nlp("The militia killed 14 villagers in March, twice as many as in 2024. "
              "Good evening and welcome. Police arrested the mayor on Friday.")
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
    doc = nlp("Unemployment fell to 4.1 percent last quarter, the lowest in a decade. "
              "Thank you all for coming tonight. The senator voted against the bill twice.")
    sents = list(doc.sents)
    feats = DocFeatures(doc)
    x = rows([s.text for s in sents], np.vstack([feats.ling(s.start, s.end) for s in sents]))
    scorer = load_scorer()
    np.testing.assert_allclose(scorer.score_rows(x), scorer.pipeline.predict_proba(x)[:, 1],
                               rtol=0, atol=1e-12)
