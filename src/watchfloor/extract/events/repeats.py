"""One event per trigger and dyad: rows that differ only in uncoded entities are merged.

Place in the flow: the event extractor's very last step (:mod:`.coder`, after the trained
event filter), on one document's events. :func:`~.coder.drop_subsumed` already drops a
dyad another of the same trigger and code covers (a side left empty, a less specific code
of the same entity) and keeps coordinated parties with their own entity one event each.
Where two such parties are named but both left uncoded ("charged Acme Industries and
Zenith Holdings", neither coded; "the IDA" and another lender both uncoded, lending to
Niger), the output holds two rows with the same trigger, code, actor codes and modality:
identical to every consumer that reads the codes (dyad views, Goldstein totals, alerts,
the judged samples' keys) and counted twice there. Judged seeds ≤ 3102 hold 90 rows that
repeat another's key (nonevents47, issue #12), each judged exactly as its twin.

:func:`one_per_dyad` keeps the first of such rows and writes the entity ids of the
merged copies' sides on it (``extra["merged_sides"]``: a list of ``{"source": id,
"target": id}``), so no linked actor is lost. Rows of another code, another modality or
another pair of actor codes stay (a derived intent beside its future act, the two
directions of a meeting), and so do parties of one code that bears a code (two gang
members both VENCRM, three cartels meeting pairwise: PETRARCH's compound events and the
meetings module's pairs) and the reverse of a kept row's two entities (X→Y beside Y→X).
"""

from __future__ import annotations

from watchfloor.model import Event

MERGED_KEY = "merged_sides"


def dyad_key(ev: Event) -> tuple:
    """What a consumer of codes sees of an event: trigger, code, actor codes, modality."""
    return (
        ev.trigger.start,
        ev.trigger.end,
        ev.code,
        ev.source_code or "",
        ev.target_code or "",
        ev.negated,
        ev.hypothetical,
        ev.alleged,
        ev.future,
    )


def one_per_dyad(events: list[Event]) -> list[Event]:
    """RETURNS ``events`` (in order) with one event per :func:`dyad_key`: the first; each
    later copy's side entities are noted on it (``extra["merged_sides"]``) where they
    differ from its own. A copy whose entities are a kept row's the other way round
    stays (a truce between two groups of one code, X→Y and Y→X: the reciprocal pair)."""
    first: dict[tuple, list[Event]] = {}
    kept: list[Event] = []
    for ev in events:
        key = dyad_key(ev)
        same = first.get(key)
        if same is None or _reverse_of(ev, same) or _coded_apart(ev, same[0]):
            first.setdefault(key, []).append(ev)
            kept.append(ev)
            continue
        keeper = same[0]
        sides = {"source": ev.source, "target": ev.target}
        merged = keeper.extra.setdefault(MERGED_KEY, [])
        if sides != {"source": keeper.source, "target": keeper.target} and sides not in merged:
            merged.append(sides)
        if not merged:
            del keeper.extra[MERGED_KEY]
    return kept


def _coded_apart(ev: Event, keeper: Event) -> bool:
    """Whether ``ev`` names another entity than ``keeper`` on a side that bears an actor
    code: two gang members both VENCRM, three cartels meeting pairwise (MEXCRM each) are
    PETRARCH's compound events and the meetings module's pairs, one row each; only
    entities the coder left uncoded (an empty code on both) fold into one row."""
    return (ev.source != keeper.source and bool(ev.source_code)) or (
        ev.target != keeper.target and bool(ev.target_code)
    )


def _reverse_of(ev: Event, kept: list[Event]) -> bool:
    """Whether ``ev``'s two named sides are a kept event's, the other way round."""
    return (
        ev.source is not None
        and ev.target is not None
        and ev.source != ev.target
        and any((k.source, k.target) == (ev.target, ev.source) for k in kept)
    )


__all__ = ["MERGED_KEY", "dyad_key", "one_per_dyad"]
