"""Claim clusters on the bundled sample corpus (real DuckDB): syndicated copies are one
story with several outlets, a paraphrase across stories is one cluster, and conflicting
death tolls are kept side by side."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tests.conftest import SAMPLE
from watchfloor.analyze.claim_clusters import claim_rows, cluster_claims, figures
from watchfloor.cli import app
from watchfloor.nlp.pipeline import DEFAULT_MODEL, load_nlp
from watchfloor.pipeline import RunOptions, ingest
from watchfloor.store.duckdb_store import DuckDBStore


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("claims") / "sample.duckdb"
    ingest([str(SAMPLE)], db, RunOptions())
    return db


@pytest.fixture(scope="module")
def clusters(sample_db):
    with DuckDBStore(sample_db, read_only=True) as store:
        return cluster_claims(claim_rows(store))


def _containing(clusters, words: str):
    return [c for c in clusters if any(words in m["content"] for m in c.claims)]


def test_syndicated_wire_claim_is_one_story_in_four_outlets(clusters):
    (cl,) = _containing(clusters, "25,000 troops would be sent to coastal states")
    assert cl.stories == 1
    assert cl.outlets == 4
    assert cl.articles == 4


def test_paraphrase_across_stories_is_one_cluster(clusters):
    (cl,) = _containing(clusters, "has given Nicolás Maduro until Oct. 15")
    assert any("has given Maduro until Oct. 15 to step down" in m["content"] for m in cl.claims)
    assert cl.stories == 2


def test_conflicting_death_tolls_kept_side_by_side(clusters):
    records = [k for c in clusters for k in c.contradictions if k["quantity"] == "kill"]
    pairs = {tuple(sorted(s["value"] for s in k["sides"])) for k in records}
    assert (11.0, 14.0) in pairs
    # the two tolls stay in different clusters: never merged into one claim
    eleven = _containing(clusters, "killing 11 people aboard")
    fourteen = _containing(clusters, "14 people were killed")
    assert eleven and fourteen and not {c.id for c in eleven} & {c.id for c in fourteen}


def test_running_totals_are_not_contradictions(clusters):
    records = [k for c in clusters for k in c.contradictions]
    for k in records:
        values = {s["value"] for s in k["sides"]}
        assert not values & {32.0, 38.0, 1800.0}, k


def test_figures_know_what_they_count():
    nlp = load_nlp(DEFAULT_MODEL, ())
    doc = nlp("Officials said 14 people were killed and 2 tonnes of cocaine were seized.")
    got = {(f.value, f.kind) for f in figures(doc)}
    assert got == {(14.0, "kill"), (2.0, "tonne")}


def test_query_claims_filters(sample_db):
    runner = CliRunner()

    def query(*args):
        res = runner.invoke(
            app, ["query", "claims", "--db", str(sample_db), "--format", "json", *args]
        )
        assert res.exit_code == 0, res.output
        return json.loads(res.stdout)

    alleged = query("--hedge", "allegedly")
    assert alleged and all("allegedly" in r["hedges"] for r in alleged)
    backed = query("--min-sources", "2")
    assert backed and all(r["stories"] >= 2 for r in backed)
    worthy = query("--unattributed", "--min-check-worthiness", "0.6")
    assert worthy and all(not r["attributed"] and r["check_worthiness"] >= 0.6 for r in worthy)
    table = query("--clusters", "--limit", "500")
    assert any(r["contradictions"] for r in table)


def test_similar_pairs_in_blocks_equal_the_full_matrix():
    # regression: the report built the full n x n matrix (and a dense n x 16k one) and
    # crashed (SIGSEGV, 7 GB) on 20,000 claims; pairs now come in row blocks
    import numpy as np
    from scipy import sparse

    from watchfloor.analyze.claim_clusters import Vectors

    rng = np.random.default_rng(3)
    lex = sparse.random(40, 300, density=0.05, random_state=3, format="csr", dtype="float32")
    ten = rng.normal(size=(40, 8)).astype("float32") * 0.2
    vecs = Vectors(lex, ten)
    full = (lex @ lex.T).toarray() + ten @ ten.T
    want = {(i, j) for i in range(40) for j in range(i + 1, 40) if full[i, j] >= 0.05}
    got = vecs.similar_pairs(0.05, block=7)
    assert set(got) == want and want
    assert all(abs(got[p] - full[p]) < 1e-5 for p in got)
    among = [3, 5, 11, 20, 39]
    sub = vecs.similar_pairs(0.05, among, block=2)
    assert set(sub) == {p for p in want if p[0] in among and p[1] in among}


def test_parenthetical_translation_does_not_carry_the_similarity():
    from watchfloor.analyze.claim_clusters import LexicalEmbedder, _terms

    emb = LexicalEmbedder()
    doc = emb.nlp("The Northern Front (Frente del Norte - FDN) taxes every shipment (DEA")
    terms = _terms(doc)
    assert {"northern", "shipment"} <= set(terms)
    assert not {"frente", "norte", "fdn", "dea"} & set(terms)
    a = "Rebels of the Northern Front (Frente Armado del Norte de la Sierra - FANS) taxed farmers"
    b = "Rebels of the Northern Front (Frente Armado del Norte de la Sierra - FANS) laid mines"
    c = "The Northern Front taxed the farmers of the valley"
    vecs, _ = emb.embed([a, b, c])
    pairs = vecs.similar_pairs(0.0)
    assert pairs[(0, 1)] < 0.75  # one shared name, two different claims
    assert pairs[(0, 2)] > 0.5


def test_claim_parses_are_kept_and_give_the_same_vectors():
    """Issue 15, finding 3: re-clustering after an ingest parses only the new claims; the
    kept parses give exactly the vectors and figures of a fresh parse."""
    import numpy as np

    from watchfloor.analyze import claim_clusters as cc

    first = [
        "Police said 14 people were killed in the attack on Tuesday.",
        "The ministry said the army had retaken the valley.",
    ]
    new = ["Officials said at least 32 people have died since Sept. 1."]
    embedder = cc.LexicalEmbedder()
    cc._PARSED.clear()
    embedder.embed(first, ["2026-09-06", None])
    assert len(cc._PARSED) == 2
    kept_vecs, kept_figs = embedder.embed(first + new, ["2026-09-06", None, "2026-09-06"])
    assert len(cc._PARSED) == 3  # only the new claim was parsed
    cc._PARSED.clear()
    fresh_vecs, fresh_figs = embedder.embed(first + new, ["2026-09-06", None, "2026-09-06"])
    assert (kept_vecs.lexical != fresh_vecs.lexical).nnz == 0
    assert np.array_equal(kept_vecs.tensor, fresh_vecs.tensor)
    assert kept_figs == fresh_figs


def test_a_sourceless_attribution_is_shown_as_an_unnamed_source_not_the_article():
    """An attribution without a named source ("Claims of fraud spread …") is somebody's
    claim, not the article's own voice: the report must not label it "(article)"."""
    from watchfloor.analyze.claim_clusters import speaker_label

    assert speaker_label("Defense Minister Ana Ruiz", True) == "Defense Minister Ana Ruiz"
    assert speaker_label(None, True) == "(unnamed source)"
    assert speaker_label(None, False) == "(article)"
    assert speaker_label(None, None) == "(article)"
