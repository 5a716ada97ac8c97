"""Former states: a country inferred for a dated article is the state of that date.

"The government in Belgrade" in a 1987 story is Yugoslavia's (former_states.tsv); the
dictionary's own dated codes are left alone. A country name two states share ("Congo",
"Congolese": listed under the DR Congo) is the other state's in a story that names its
capital or leaders and nothing of the listed one's, or that is dated when the name meant
only the other (Zaire's years; shared_country_names.tsv, actors28).

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from watchfloor.extract.actors.codes import Period
from watchfloor.extract.actors.reading import Reading, role_name
from watchfloor.extract.actors.state import ExtractorState
from watchfloor.extract.actors.word_lists import FORMER_STATES, SHARED_NAMES


class FormerStates(ExtractorState):
    """Inferred countries as the state of the article's date (part of :class:`ActorExtractor`)."""

    def _former_states(self, readings: list[Reading]) -> None:
        """Codes the text or its places gave (never the dictionary's dated codes) take the
        former state on the article's date: "the government in Belgrade" in 1987 is YUGGOV."""
        # the shared names are read only for a document with a code they can change (a
        # whole-text scan per listed state otherwise; speed30)
        shared = (
            shared_name_states(self._text, self._period)
            if any(
                r.code[:3] in SHARED_NAMES
                for r in readings
                if r.code and r.code_from != "dictionary" and r.entry is None
            )
            else {}
        )
        for r in readings:
            if not r.code or r.code_from == "dictionary" or r.entry is not None:
                continue
            former = self._former_state(shared.get(r.code[:3], r.code[:3]))
            if former != r.code[:3]:
                r.code, r.country = former + r.code[3:], former
                if r.origin == "role":
                    r.name = role_name(self.gaz, former, r.code[3:6])

    def _former_state(self, iso: str | None) -> str | None:
        """The state an inferred country was part of on the article's date: Belgrade in
        1987 is Yugoslavia's (YUG), not Serbia's (former_states.tsv; round 13). Undated
        articles keep today's country: never a guessed date."""
        former = FORMER_STATES.get(iso or "")
        if former is not None and self._period is not None and self._period[1] < former[2]:
            return former[0]
        return iso


def shared_name_states(text: str, period: Period | None) -> dict[str, str]:
    """Listed ISO3 → the other state, for the shared country names that mean the other
    state in this document: it holds none of the listed state's words and one of the
    other's ("Brazzaville", "Sassou-Nguesso"), or its date falls when the name meant only
    the other ("Congolese" in 1987; shared_country_names.tsv)."""
    out = {}
    for iso, (other, own, others, span) in SHARED_NAMES.items():
        if own.search(text):
            continue
        if others.search(text) or (
            period is not None
            and span is not None
            and span[0] <= period[0]
            and period[1] <= span[1]
        ):
            out[iso] = other
    return out
