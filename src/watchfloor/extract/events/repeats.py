"""One event per trigger and dyad: rows that say the same thing twice are merged.

Place in the flow: the event extractor's very last step (:mod:`.coder`, after the trained
event filter), on one document's events. :func:`~.coder.drop_subsumed` already drops a
dyad another of the same trigger and code covers (a side left empty, a less specific code
of the same entity) and keeps coordinated parties with their own entity one event each.
Where two such parties bear the same actor code, or two named parties are both left
uncoded, the output holds two rows with the same trigger, code, actor codes and modality:
identical to every consumer that reads the codes (dyad views, Goldstein totals, alerts,
the judged samples' keys) and counted twice there. Judged seeds ≤ 3102 hold 90 such extra
rows (nonevents47, issue #12: "the IDA lends to Niger" twice, two named firms both left
uncoded as a court's target, two officials of one government meeting a third), each judged
exactly as its twin.

:func:`one_per_dyad` keeps the first of such rows and writes the entity ids of the
merged copies' sides on it (``extra["merged_sides"]``: a list of ``{"source": id,
"target": id}``), so no linked actor is lost. Rows of another code, another modality or
another pair of actor codes stay (a derived intent beside its future act, the two
directions of a meeting, coordinated parties with their own codes), and so does the
reverse of a kept row's two entities (a truce between two groups of one code: X→Y
beside Y→X, the reciprocal pair).
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
        if same is None or _reverse_of(ev, same):
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


def _reverse_of(ev: Event, kept: list[Event]) -> bool:
    """Whether ``ev``'s two named sides are a kept event's, the other way round."""
    return (
        ev.source is not None
        and ev.target is not None
        and ev.source != ev.target
        and any((k.source, k.target) == (ev.target, ev.source) for k in kept)
    )


__all__ = ["MERGED_KEY", "dyad_key", "one_per_dyad"]
