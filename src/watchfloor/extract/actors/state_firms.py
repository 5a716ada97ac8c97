"""State-owned firms by name: a business, never the government.

A recognised organisation whose own name reads as a state body ("Philippine National
Bank": PETRARCH2's agents read "national bank" as a central bank, GOV) is a business
(``BUS``, the same country) when the words right before it say the state owns it ("the
state-owned Philippine National Bank", "state-run X Bank"; ``state_firm_cues.tsv``) and
its name ends on a firm's word ("bank", "company", "airline": the sector owners of
:mod:`.codes`). The CAMEO codebook codes state-owned firms as businesses (issue 11,
actfix36, judged round 51: coded PHLGOV). Without a cue the name's code stays ("Swiss
National Bank" is a central bank); ministries and agencies described as state-run keep
their code (no firm's word ends their names).

Place in the flow: ingest → normalise/dedup → NLP → **extract** (actors, after the
coder) → store → analyse → serve/export.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from watchfloor.data import read_tsv
from watchfloor.extract.actors.codes import SECTOR_OWNERS
from watchfloor.extract.actors.reading import Reading
from watchfloor.extract.doccache import sentence_at
from watchfloor.extract.gazetteer import fold

STATE_FIRM_CUES = tuple(
    " ".join(row["cue"].lower().split())
    for row in read_tsv(
        Path(__file__).resolve().parents[2] / "data" / "actors" / "state_firm_cues.tsv"
    )
)
# a determiner or a short lower-case description may stand between the cue and the name
# ("the state-owned oil company X"): at most this many words
_GAP_WORDS = 3


def code_state_firms(doc: Doc, readings: list[Reading]) -> None:
    """Recode as ``BUS`` the organisations coded ``GOV`` from their own name that a
    state-ownership cue right before one of their mentions names as firms (module
    docstring); the story's other mentions of the name are the same firm."""
    firms = [
        r
        for r in readings
        if r.type == "organization"
        and r.code
        and len(r.code) == 6
        and r.code[3:6] == "GOV"
        and fold(doc[r.end - 1].text) in SECTOR_OWNERS
    ]
    owned = {fold(r.name) for r in firms if r.start > 0 and state_owned_before(doc, r.start)}
    for r in firms:
        if fold(r.name) in owned:
            r.code = f"{r.code[:3]}BUS"


def state_owned_before(doc: Doc, start: int) -> bool:
    """Whether the words before token ``start`` (in its sentence, back past a determiner
    and up to :data:`_GAP_WORDS` lower-case words) end on a state-ownership cue."""
    sent_start = sentence_at(doc, start).start if doc.has_annotation("SENT_START") else 0
    i, words = start, 0
    while i > sent_start and words <= _GAP_WORDS:
        before = " ".join(doc[max(sent_start, i - 3) : i].text.lower().split())
        if before.endswith(STATE_FIRM_CUES):
            return True
        prev = doc[i - 1]
        if prev.is_punct and prev.text != "-" or prev.text[:1].isupper():
            return False
        i, words = i - 1, words + (not prev.is_space)
    return False
