"""The story's home country as the other party of a foreign actor's act that names none.

Place in the flow: NLP → actors (:mod:`.home` keeps the story's home country on the
document) → **events** (:mod:`.events`, target picking). Twenty-third pass (issue 17,
branch spanish33). In a story about one country, an act of an actor of **another**
country that names no target is, to a reader of the whole story, done for or aimed at the
home country:

* a **cooperative act** (``nonevents_es.yaml`` ``home_aimed``: roots 03, 05, 06, 07):
  "La embajada de Estados Unidos ofreció apoyo para la recaptura" in a Guatemalan story
  (USA → GTM), "la Policía ecuatoriana aportó información clave" in a Spanish one;
* a demand, disapproval, rejection or threat (``story_addressed``) that no earlier
  exchange of the story addresses (:mod:`.addressee` found none, often because the other
  side of that exchange is a body no reader coded): "El Gobierno haitiano protestó por el
  trato" in a Dominican story (HTI → DOM).

The target is the home country's government when the source acts for its state (a role of
``home_state_roles``, a country or a capital acting), else the country itself; the event
is flagged ``target_from_story``. Not for the home country's own acts, nor a source with no
country (the UN), nor a story of one sentence (no story to read), nor where the act's own
phrase names an actor or place of a third country or of none ("ofreció ayuda para Haití",
"ofreció apoyo a la familia de la víctima": the act is for them), nor where its object is a
noun marked by "a" or an earlier act (:func:`.addressee.open_addressee`, checked by the
caller).
"""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.extract.base import Extraction
from watchfloor.extract.gazetteer import GazetteerEntry, fold
from watchfloor.extract.spanish.gazetteer import SpanishGazetteer
from watchfloor.extract.spanish.lexicon import personal_a
from watchfloor.extract.spanish.references import reference_words
from watchfloor.model import Entity

GOV = "GOV"
PARTY_WORDS = frozenset({"country", "organization"})  # uses of references.tsv words


def names_other(
    trigger: Token,
    subject: Token | None,
    source: Entity,
    home: str,
    result: Extraction,
    gaz: SpanishGazetteer,
) -> bool:
    """Whether the phrase of ``trigger`` (its subtree, the subject's left out) names an
    actor or place of neither the source's country nor ``home`` ("para Haití", "a la
    familia de Juan Pérez"), or an actor or place no reader resolved in an "a" phrase ("a
    un país vecino", "a los gobiernos de la región": a role word or a place noun)."""
    own = {t.i for t in subject.subtree} if subject is not None else set()
    for tok in trigger.subtree:
        if tok.i in own or tok.i == trigger.i:
            continue
        ent = result.entity_at(tok.idx, tok.idx + len(tok.text))
        if ent is not None and ent.id != source.id and ent.country not in {source.country, home}:
            return True
        if (
            ent is None
            and tok.pos_ in {"NOUN", "PROPN"}
            and personal_a(tok)
            and (tok.pos_ == "PROPN" or _names_party(tok, gaz))
        ):
            return True
    return False


def _names_party(noun: Token, gaz: SpanishGazetteer) -> bool:
    """A role word ("gobiernos", "policía"), a place noun ("ciudad", "provincia") or a
    country or organisation word of ``references.tsv`` ("país", "nación", "entidad")."""
    words = {fold(noun.lemma_), fold(noun.lower_)}
    return bool(words & gaz.place_nouns) or any(
        gaz.role_of(w) or reference_words().get(w) in PARTY_WORDS for w in words
    )


def home_party(
    source: Entity,
    home: str | None,
    state_roles: set[str],
    result: Extraction,
    countries: dict[str, GazetteerEntry],
) -> Entity | None:
    """The home country's side of a foreign ``source``'s act: the home government when the
    source acts for its state, else the home country; the document's own entity of that
    code when it has one, else a new one with no mention. None when ``source`` has no
    country or is of the home country."""
    if not home or not source.country or source.country == home:
        return None
    acting = source.actor_code or source.country  # a city acting is its country
    code = home + GOV if acting == source.country or acting[3:6] in state_roles else home
    found = next((e for e in result.entities if e.actor_code == code), None)
    if found is not None:
        return found
    name = countries[home].name if home in countries else home
    state = code.endswith(GOV)
    ent = Entity(
        id=f"act:{code.lower()}",
        name=f"{name} government" if state else name,
        type="organization" if state else "location",
        kind="government" if state else "country",
        actor_code=code,
        country=home,
        attributes={"recognised_by": "story", "language": "es", "country_inferred": True},
    )
    result.entities.append(ent)
    return ent
