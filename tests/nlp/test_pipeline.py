"""The NLP stage: batching, worker processes, and per-document failure isolation."""

from __future__ import annotations

import pytest

from watchfloor.contract import document_to_dict
from watchfloor.errors import ExtractionFailed
from watchfloor.model import RawDocument
from watchfloor.nlp import NlpStage
from watchfloor.nlp.component import ExtractComponent
from watchfloor.nlp.pipeline import without_failures
from watchfloor.normalise import to_document

TEXTS = [
    "Colombian police arrested 23 members of Tren de Aragua in Cúcuta on Monday.",
    "Nicolás Maduro rejected the U.S. demand and vowed to defend Venezuela, officials said.",
    "The FBI said it was monitoring cartel cells in Aurora, Colorado.",
    "U.S. forces struck a boat in the Caribbean, killing 11 people, Southern Command said.",
]


def _docs():
    return [
        to_document(RawDocument(id=f"d{i}", text=t, origin=f"d{i}", fmt="text"))
        for i, t in enumerate(TEXTS)
    ]


def _strip(doc):
    d = document_to_dict(doc)
    d.pop("uid")
    return d


def test_workers_give_the_same_result_in_the_same_order():
    one = [_strip(d) for d in NlpStage(workers=1, batch_size=2).process(_docs())]
    two = [_strip(d) for d in NlpStage(workers=2, batch_size=1).process(_docs())]
    assert [d["id"] for d in two] == ["d0", "d1", "d2", "d3"]
    assert one == two


def test_a_failing_extractor_marks_only_its_document(monkeypatch):
    stage = NlpStage()
    component: ExtractComponent = stage.nlp.get_pipe("watchfloor_extract")
    claims = next(e for e in component.extractors if e.name == "claims")
    original = type(claims).begin  # under nlp.pipe, claims' per-document step

    def flaky(self, doc, result):
        if "FBI" in doc.text:
            raise RuntimeError("boom")
        return original(self, doc, result)

    monkeypatch.setattr(type(claims), "begin", flaky)
    out = list(stage.process(_docs()))
    assert [d.processing_error is not None for d in out] == [False, False, True, False]
    assert "claims: RuntimeError: boom" in out[2].processing_error
    assert out[0].entities and out[3].events


def test_a_batch_step_failing_on_one_document_marks_only_that_document(monkeypatch):
    """The claims extractor scores a whole spaCy batch at once (finish_batch); when that
    fails, the component finishes the documents one by one and only the culprit errs."""
    stage = NlpStage(batch_size=4)
    component: ExtractComponent = stage.nlp.get_pipe("watchfloor_extract")
    claims = next(e for e in component.extractors if e.name == "claims")
    original = type(claims).finish_batch

    def flaky(self, pending):
        if any("FBI" in p.result.text for p in pending):
            raise RuntimeError("batch boom")
        return original(self, pending)

    monkeypatch.setattr(type(claims), "finish_batch", flaky)
    out = list(stage.process(_docs()))
    assert [d.processing_error is not None for d in out] == [False, False, True, False]
    assert "claims: RuntimeError: batch boom" in out[2].processing_error
    assert out[1].claims and out[3].claims  # the neighbours were finished, and only once
    assert len({(c.content.start, c.content.end) for c in out[3].claims}) == len(out[3].claims)


def test_batched_and_one_by_one_extraction_agree():
    """nlp.pipe (claims scored per batch) and nlp(doc) (per document) give the same result."""
    batched = [_strip(d) for d in NlpStage(batch_size=4).process(_docs())]
    stage = NlpStage(batch_size=4)
    alone = [_strip(stage._alone(stage.nlp, d)) for d in _docs()]
    for d in alone:
        d["coding"] = "en"  # set by process()'s language routing, which _alone skips
    assert batched == alone
    assert any(d["claims"] for d in batched)


def _blank_stage_failing_on(marker: str, batch_size: int = 4) -> NlpStage:
    """A real spaCy pipeline (blank English) whose batch component raises on a batch that
    holds ``marker``, as a model component failing on one input would."""
    import spacy
    from spacy.language import Language

    name = "wf_test_fails_on_marker"
    if name not in Language.factories:

        @Language.component(name)
        def _fails(doc):  # called per document when the pipe is re-run one by one
            if marker in doc.text:
                raise ValueError("component cannot handle this text")
            return doc

    stage = NlpStage.__new__(NlpStage)
    stage.nlp = spacy.blank("en")
    stage.nlp.add_pipe(name)
    stage.batch_size, stage.workers, stage.time_budget = batch_size, 1, None
    return stage


def test_a_component_failing_mid_batch_loses_only_its_document():
    """Regression (issue 15): an exception inside nlp.pipe used to end the whole stream."""
    stage = _blank_stage_failing_on("FBI", batch_size=4)
    out = list(stage.process(_docs()))
    assert sorted(d.raw.id for d in out) == ["d0", "d1", "d2", "d3"]
    failed = [d for d in out if d.processing_error]
    assert [d.raw.id for d in failed] == ["d2"]
    assert "ValueError: component cannot handle this text" in failed[0].processing_error


def test_a_document_the_tokenizer_refuses_is_marked_and_the_rest_go_on():
    stage = _blank_stage_failing_on("never-present")
    stage.nlp.max_length = 60  # make_doc raises for a longer text
    docs = _docs()
    out = list(stage.process(docs))
    assert len(out) == 4
    too_long = {d.raw.id for d in out if d.processing_error}
    assert too_long == {d.raw.id for d in docs if len(d.text) > 60}
    assert all(d.processing_error.startswith("tokenizer:") for d in out if d.raw.id in too_long)


def test_without_failures_passes_clean_documents_through():
    texts = ["Ruritanian border guards detained two smugglers near Zenda on Friday."]
    docs = [to_document(RawDocument(id="ok", text=t, origin="ok", fmt="text")) for t in texts]
    out = list(without_failures(NlpStage(extractors=("actors", "events")).process(docs)))
    assert [d.raw.id for d in out] == ["ok"] and out[0].processing_error is None


def test_without_failures_stops_at_a_document_an_extractor_failed_on(monkeypatch):
    # regression: a rule raising inside the event coder left the document with no events,
    # and the judged-sample tools counted its judged events as "gone" without a word
    stage = NlpStage(extractors=("actors", "events"))
    component: ExtractComponent = stage.nlp.get_pipe("watchfloor_extract")
    events = next(e for e in component.extractors if e.name == "events")
    original = type(events).__call__

    def broken(self, doc, result):
        if "Zenda" in doc.text:
            raise TypeError("unhashable type: 'set'")
        return original(self, doc, result)

    monkeypatch.setattr(type(events), "__call__", broken)
    texts = [
        "Ruritanian troops shelled a village near the border on Tuesday.",
        "Ruritanian border guards detained two smugglers near Zenda on Friday.",
    ]
    docs = [
        to_document(RawDocument(id=f"r{i}", text=t, origin=f"r{i}", fmt="text"))
        for i, t in enumerate(texts)
    ]
    seen = []
    with pytest.raises(ExtractionFailed, match=r"document r1: events: TypeError: unhashable"):
        for d in without_failures(stage.process(docs)):
            seen.append(d.raw.id)
    assert seen == ["r0"]


def test_no_parsed_document_is_kept_after_a_batch(monkeypatch):
    from watchfloor.extract import doccache

    before: list[int] = []  # documents held when each batch was finished
    real = doccache.forget

    def counting() -> None:
        before.append(doccache.held())
        real()

    monkeypatch.setattr(doccache, "forget", counting)
    out = list(NlpStage(batch_size=2).process(_docs()))
    assert out[0].events and out[3].events
    assert len(before) == 2 and all(n > 0 for n in before)  # each batch had kept its own
    assert doccache.held() == 0
