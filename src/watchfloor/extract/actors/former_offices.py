"""Former office holders are elites: a state body in a former title gives its country only.

"Former Treasury Secretary X", "X, a former spokesman for the Interior Ministry," name a
coded state body ("Treasury" → USAGOV) whose code the person would take as a member
(membership.py); the office is held no more, so the person is an elite of the body's
country (``USAELI``), as CAMEO's actor codebook and PETRARCH2's dictionaries code former
officials (issue 11, former42). A current office among the person's titles wins
("Foreign Minister X, a former finance minister": the first title with a role decides,
:func:`.codes.ordered_titles`), and a former title that reads as no office ("a former
police officer": rank and file, :func:`.codes.title_role` gives None) leaves the body's
code as before.

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors) → store →
analyse → serve/export.
"""

from __future__ import annotations

from watchfloor.extract.actors.codes import FORMER, ordered_titles, title_role, title_words
from watchfloor.extract.gazetteer import Gazetteer, fold

# The roles of a state's own bodies whose former office holders are elites; a party (PTY)
# or the opposition (OPP) holds no state office
STATE_OFFICE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})


def former_office_code(gaz: Gazetteer, titles: list[str], body_code: str | None) -> str | None:
    """``XXXELI`` for a person whose deciding title is a former office and whose body is a
    state's own (``body_code`` "USAGOV" → "USAELI"); None when the body is no state's,
    when the deciding title is held now, or when no title reads as an office."""
    code = body_code or ""
    if len(code) < 6 or not code[:3].isalpha() or code[3:6] not in STATE_OFFICE_ROLES:
        return None
    for title in ordered_titles(titles):
        role = title_role(gaz, title)
        if role is None:
            continue
        past = {fold(w) for w in title_words(title)} & FORMER
        return f"{code[:3]}ELI" if role == "ELI" and past else None
    return None
