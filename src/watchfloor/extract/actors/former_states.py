"""Former states: a country inferred for a dated article is the state of that date.

"The government in Belgrade" in a 1987 story is Yugoslavia's (former_states.tsv); the
dictionary's own dated codes are left alone.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from watchfloor.extract.actors.reading import Reading, role_name
from watchfloor.extract.actors.state import ExtractorState
from watchfloor.extract.actors.word_lists import FORMER_STATES


class FormerStates(ExtractorState):
    """Inferred countries as the state of the article's date (part of :class:`ActorExtractor`)."""

    def _former_states(self, readings: list[Reading]) -> None:
        """Codes the text or its places gave (never the dictionary's dated codes) take the
        former state on the article's date: "the government in Belgrade" in 1987 is YUGGOV."""
        for r in readings:
            if not r.code or r.code_from == "dictionary" or r.entry is not None:
                continue
            former = self._former_state(r.code[:3])
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
