"""The addressee of a Spanish verbal act that names none, read from the story.

Place in the flow: NLP → actors → **events** (:mod:`.events`, target picking). A demand,
disapproval, rejection or threat (roots of ``nonevents_es.yaml`` ``story_addressed``)
whose sentence names no target is, to a reader of the whole story, aimed at the other
party of the story's latest exchange involving the source's country (twenty-first pass,
issue 17, branch spanish31):

* a **reply**: "Dominicana deportó a 300 haitianos. … El Gobierno haitiano protestó por el
  trato": the nearest earlier event (earlier sentence) whose target is the source's country
  gives its source (DOM);
* a **continuation**: "Washington amenazó a México con aranceles. … Washington exigió
  resultados": the nearest earlier event whose source is the source's country gives its
  target (MEX).

Not when the sentence has an argument that names an addressee nobody resolved: a noun
marked by "a" ("amenazó a un país vecino", "acusa a la organización": the references
reader left it to nobody on purpose), or a noun of an earlier act the owner rule looked up
("rechazó las sanciones" with no earlier sanction). A pronoun ("a quien Washington acusa",
"los acusa") or a thing ("criticó el trato", "exigió resultados") leaves it open.
Only an earlier event of two coded sides of two different countries counts, and the
nearest such event involving the source's country decides; an event in the same sentence
does not (the sentence's own parse already had its chance).
"""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.extract.base import Extraction
from watchfloor.extract.gazetteer import fold
from watchfloor.extract.spanish.lexicon import personal_a
from watchfloor.model import Entity


def open_addressee(target: Token | None, owned: dict[str, str]) -> bool:
    """Whether the story may supply the addressee: no target argument, a pronoun, or a
    thing; not a noun marked by "a" nor a noun of an earlier act (``owned``)."""
    if target is None or target.pos_ == "PRON":
        return True
    if personal_a(target):
        return False
    return fold(target.lemma_) not in owned and fold(target.lower_) not in owned


def story_addressee(source: Entity, before: int, result: Extraction) -> Entity | None:
    """The other party of the latest exchange of ``source``'s country that ends before
    character ``before`` (the sentence's start), or None."""
    home = source.country
    if not home:
        return None
    by_id = {e.id: e for e in result.entities}
    for event in sorted(result.events, key=lambda e: -e.trigger.start):
        if event.trigger.start >= before or not event.source or not event.target:
            continue
        src, tgt = by_id.get(event.source), by_id.get(event.target)
        if (
            src is None
            or tgt is None
            or not src.country
            or not tgt.country
            or src.country == tgt.country
            or home not in {src.country, tgt.country}
        ):
            continue
        return src if tgt.country == home else tgt
    return None
