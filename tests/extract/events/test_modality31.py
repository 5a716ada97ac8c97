"""Modality round 31 (issue 12; judged seeds 3045-3061, tuned-on): a present-tense passive
in a temporal clause is still to come (future), a past participle with a "by" agent
describing a noun is a done act (out of the clause's "will"), "according to" a civil body
(a foundation, an NGO) is a source's claim (alleged), and a sit-in being staged to protest
is the protest under way (asserted). docs/judging-criteria.md, Modality. Sentences written
for these tests."""

from __future__ import annotations

from tests.extract.events.helpers import event
from watchfloor.model import Event


def _flags(ev: Event) -> set[str]:
    return {k for k in ("negated", "hypothetical", "future", "alleged") if getattr(ev, k)}


def test_once_a_deal_is_signed_is_future() -> None:
    ev = event(
        "Once the agreement is signed by the ministers, it will be sent to the congress.", "signed"
    )
    assert _flags(ev) == {"future"}


def test_when_he_is_sentenced_on_a_date_is_future() -> None:
    ev = event(
        "He faces ten years in prison when he is sentenced by the judge on June 1.", "sentenced"
    )
    assert _flags(ev) == {"future"}


def test_a_past_passive_in_a_temporal_clause_stays_asserted() -> None:
    # guard: "was signed" took place
    ev = event("The agreement was signed by the ministers once the congress approved it.", "signed")
    assert _flags(ev) == set()


def test_sanctions_imposed_by_a_state_under_will_are_done() -> None:
    ev = event(
        "The court will review the tariff imposed by the United States on Canadian lumber.",
        "imposed",
    )
    assert "future" not in _flags(ev)


def test_a_participle_with_its_own_auxiliary_keeps_the_future() -> None:
    # guard: "to be imposed by" is still to come
    ev = event(
        "The court will review the tariff to be imposed by the United States on Canadian lumber.",
        "imposed",
    )
    assert "future" in _flags(ev)


def test_according_to_a_foundation_is_alleged() -> None:
    ev = event(
        "According to the Bogota-based Foundation for Peace and Reconciliation, the "
        "rebels attacked a police post.",
        "attacked",
    )
    assert _flags(ev) == {"alleged"}


def test_according_to_an_ngo_named_by_a_compound_is_alleged() -> None:
    ev = event(
        "According to the human rights NGO Corporation for Justice, the rebels "
        "attacked a police post.",
        "attacked",
    )
    assert _flags(ev) == {"alleged"}


def test_according_to_a_named_outlet_stays_asserted() -> None:
    # guard: an outlet's report leaves the act asserted
    ev = event("According to El Tiempo, the rebels attacked a police post.", "attacked")
    assert _flags(ev) == set()


def test_a_sit_in_being_staged_to_protest_is_the_protest() -> None:
    ev = event("The workers are staging a sit-in to protest the closure of the plant.", "protest")
    assert _flags(ev) == set()


def test_a_participle_staging_a_sit_in_to_protest_is_the_protest() -> None:
    ev = event(
        "The workers, staging a sit-in to protest the closure of the plant, are due "
        "to decide on their next step tonight.",
        "protest",
    )
    assert _flags(ev) == set()


def test_a_sit_in_to_be_staged_to_protest_is_future() -> None:
    # guard: a protest still to come keeps its purpose reading
    ev = event(
        "The workers will be staging a sit-in to protest the closure of the plant.", "protest"
    )
    assert "future" in _flags(ev)


def test_what_documents_indicate_is_alleged() -> None:
    ev = event(
        "The newspaper obtained intelligence documents which indicate that the two "
        "cartels met in June in a border town.",
        "met",
    )
    assert _flags(ev) == {"alleged"}


def test_what_a_named_minister_says_of_a_meeting_stays_asserted() -> None:
    # guard: a named party's statement is not a finding
    ev = event("The minister said that the two cartels met in June in a border town.", "met")
    assert _flags(ev) == set()
