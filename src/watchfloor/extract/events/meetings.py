"""One meeting, the rows CAMEO coders give it: the dyads of a multi-party consultation.

Coordinated parties that meet each other ("Peru, Bolivia and Ecuador met", "talks between
X, Y and Z", "a meeting attended by X, Y and Z") used to give one event per ordered pair of
participants, N·(N-1) rows for one meeting (judged seeds 3025 / 3027: one domestic
forecast meeting gave six rows). For a consultation code (``RECIPROCAL_CODES``) whose
coordinated sources are also its targets, with three or more participants:

* a meeting of one body — every two participants that are no firm or market
  (``commercial``) bear one and the same actor code and are not two named organisations
  ("the chancellor, the finance minister and the interior minister met", with an
  economist or a firm beside them) — is the body's own session: no event (as
  ``nonacts.internal_meeting`` for "cabinet meeting");
* otherwise each unordered pair of participants that are not one body's gives one row,
  the one named first as source: "Peru, Bolivia and Ecuador met" is PER→BOL, PER→ECU,
  BOL→ECU (three rows, not six); "the Zetas, the BLO and the Juarez Cartel met" (MEXCRM
  each, three named groups) three MEXCRM→MEXCRM rows. Two persons of one code are one
  body's delegation and no dyad.

Two parties keep both directions (X→Y and Y→X, judged right in seeds 3011 / 3012); one
party meeting several ("X met with Y and Z") is already one row per partner.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations

from watchfloor.extract.events.resolver import Actor

# the consultation codes whose two sides do the same thing to each other (a meeting, a
# phone call, talks): a dyad and its reverse are one act
RECIPROCAL_CODES = frozenset({"040", "041", "044", "045", "046"})

Dyad = tuple[Actor | None, Actor | None]


def meeting_dyads(code: str, sources: list[Actor | None], targets: list[Actor | None],
                  commercial: Callable[[Actor], bool]) -> list[Dyad] | None:
    """RETURNS the dyads to emit for a multi-party meeting of coordinated parties, [] for
    a meeting of one body (no event), None when the rule does not apply (emit every
    source-target pair as before)."""
    if code not in RECIPROCAL_CODES:
        return None
    src = {a.key: a for a in sources if a is not None}
    tgt = {a.key for a in targets if a is not None}
    if len(src) < 2 or not tgt or not tgt <= set(src):
        return None  # not the coordinated parties meeting each other
    parties = sorted(src.values(), key=lambda a: a.token.i)
    if len(parties) < 3:
        return None
    political = [a for a in parties if not commercial(a)]
    if len(political) > 1 and all(_one_body(a, b) for a, b in combinations(political, 2)):
        return []  # one body's own session (its advisers and firms beside it)
    return [(a, b) for a, b in combinations(parties, 2) if not _one_body(a, b)]


def _organisation(actor: Actor) -> bool:
    ent = actor.entity
    return ent is not None and ent.type == "organization" and not ent.id.startswith("act:")


def _one_body(a: Actor, b: Actor) -> bool:
    """Whether two parties are one body's members: the same actor code, not two named
    organisations ("the Zetas, the BLO and the Juarez Cartel met" are MEXCRM each, and
    three groups)."""
    return (a.code is not None and a.code == b.code
            and not (_organisation(a) and _organisation(b)))
