from watchfloor.dedup import ClusterAssigner, MemoryBandIndex
from watchfloor.model import RawDocument
from watchfloor.normalise import to_document

WIRE = (
    "CARACAS - Venezuela's defense minister said on Monday that the armed forces had been "
    "placed on alert along the coast after a U.S. destroyer was seen near the island of "
    "Margarita, and accused Washington of preparing an invasion under the pretext of "
    "fighting drug trafficking. The ministry did not give the number of troops deployed."
)


def _doc(doc_id, text, published=None):
    return to_document(
        RawDocument(id=doc_id, text=text, origin=doc_id, fmt="json", published=published)
    )


def test_exact_and_near_copies_join_the_first_cluster():
    assigner = ClusterAssigner(MemoryBandIndex())
    first = _doc("a", WIRE, "2026-09-02")
    exact = _doc("b", WIRE, "2026-09-03")
    near = _doc(
        "c",
        WIRE.replace("on Monday", "on Monday night") + " Officials declined to comment.",
        "2026-09-01",
    )
    other = _doc(
        "d",
        "The Mexican navy seized four tonnes of cocaine off the Pacific coast of "
        "Oaxaca on Tuesday, the navy said in a statement, and arrested six crew.",
    )
    assigner.assign([first, exact, near, other])
    assert first.cluster_id == first.uid and first.duplicate_of is None
    assert exact.cluster_id == first.uid and exact.similarity == 1.0
    assert near.cluster_id == first.uid and 0.5 <= near.similarity < 1.0
    assert other.cluster_id == other.uid
    # the near copy carries an earlier date than the copy it matched
    assert near.is_earliest and not exact.is_earliest


def test_pending_documents_are_matched_across_batches_until_forgotten():
    index = MemoryBandIndex()
    assigner = ClusterAssigner(index)
    a = _doc("a", WIRE)
    assigner.assign([a])
    b = _doc("b", WIRE)
    assigner.assign([b])
    assert b.cluster_id == a.uid
    assert assigner.pending_uids() == {a.uid, b.uid}
    assigner.forget([a.uid])
    assert assigner.pending_uids() == {b.uid}


def test_short_texts_only_match_exactly():
    assigner = ClusterAssigner(MemoryBandIndex())
    a, b = _doc("a", "Qtly div 12 cts vs 12 cts"), _doc("b", "Qtly div 13 cts vs 12 cts")
    assigner.assign([a, b])
    assert b.cluster_id == b.uid


def test_near_copies_must_be_close_in_time_exact_copies_need_not():
    # regression (Reuters): recurring template reports weeks apart are not copies
    assigner = ClusterAssigner(MemoryBandIndex())
    first = _doc("a", WIRE, "2026-09-02T10:00:00+00:00")
    later_near = _doc("b", WIRE.replace("on Monday", "on Tuesday"), "2026-09-12")
    later_exact = _doc("c", WIRE, "2026-09-30")
    assigner.assign([first, later_near, later_exact])
    assert later_near.cluster_id == later_near.uid
    assert later_exact.cluster_id == first.uid


def test_short_texts_are_compared_with_their_titles():
    # regression (Reuters): identical dividend notices of two different companies
    body = "Qtly div 19 cts vs 19 cts prior Pay April 15 Record April three Reuter"
    a = to_document(
        RawDocument(
            id="a", text=body, origin="a", fmt="json", title="GOULDS PUMPS INC SETS REGULAR PAYOUT"
        )
    )
    b = to_document(
        RawDocument(id="b", text=body, origin="b", fmt="json", title="RUSS TOGS INC SETS QUARTERLY")
    )
    c = to_document(
        RawDocument(
            id="c", text=body, origin="c", fmt="json", title="GOULDS PUMPS INC SETS REGULAR PAYOUT"
        )
    )
    assigner = ClusterAssigner(MemoryBandIndex())
    assigner.assign([a, b, c])
    assert b.cluster_id == b.uid
    assert c.cluster_id == a.uid


def _titled(doc_id, title, text, published=None):
    return to_document(
        RawDocument(
            id=doc_id, text=text, title=title, origin=doc_id, fmt="json", published=published
        )
    )


def test_tiny_texts_match_identical_title_and_text_only():
    # regression: texts under min_tokens got no signature and never matched, even a copy
    assigner = ClusterAssigner(MemoryBandIndex())
    a = _titled("a", "Navy seizes cocaine", "Four tonnes seized off Oaxaca.")
    copy = _titled("b", "Navy seizes cocaine", "Four tonnes seized off Oaxaca.")
    other_title = _titled("c", "Army seizes cocaine", "Four tonnes seized off Oaxaca.")
    assigner.assign([a, copy, other_title])
    assert copy.cluster_id == a.uid and copy.similarity == 1.0
    assert other_title.cluster_id == other_title.uid


def test_ties_go_to_the_earliest_copy_whatever_the_candidate_order():
    # regression: equal-similarity candidates were chosen in index order (DuckDB's order)
    later = _doc("later", WIRE, "2026-09-03")
    earliest = _doc("earliest", WIRE, "2026-09-01")
    chosen = set()
    for order in ([later, earliest], [earliest, later]):
        index = MemoryBandIndex()
        assigner = ClusterAssigner(index)
        assigner.assign(order)
        probe = _doc("probe", WIRE, "2026-09-04")
        assigner.assign([probe])
        chosen.add(probe.duplicate_of)
    assert chosen == {earliest.uid}
