"""A state's leader: "Polish leader X", "X, the Chinese leader," is the state's head, GOV.

A title made of a country's name or demonym and a leader word alone
(``state_leader_words.tsv``) names the state's own leader, an office held now; the
PETRARCH2 records of many leaders of the 1980s give only an elite range for the years
between two offices (Jaruzelski, Deng), so the title decides as any office does
(:meth:`.title_codes.TitleCoding._titled_person`; issue 11, codes46). A former word before
it makes it a past office (ELI, :func:`.codes.title_role`); a word between the country and
the leader word names another body's leader ("Afghan rebel leader", "union leader") and
is left to the role words.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from watchfloor.data import PACKAGE_DATA, read_tsv
from watchfloor.extract.actors.former_words import FORMER
from watchfloor.extract.gazetteer import fold

STATE_LEADER_WORDS = frozenset(
    fold(row["word"]) for row in read_tsv(PACKAGE_DATA / "actors" / "state_leader_words.tsv")
)


def state_leader_country(
    words: Sequence[str], country_of: Callable[[str], str | None]
) -> str | None:
    """The country of a title that is a country word and a leader word alone, former words
    before them allowed ("Polish leader", "former Soviet leader"); None otherwise.
    ``country_of`` reads one to three words as a country ("East German" included)."""
    words = [w for w in words if fold(w) not in FORMER]
    if len(words) < 2 or fold(words[-1]) not in STATE_LEADER_WORDS:
        return None
    head = words[:-1]
    if len(head) > 3 or not all(w[:1].isupper() for w in head):
        return None
    return country_of(" ".join(head))
