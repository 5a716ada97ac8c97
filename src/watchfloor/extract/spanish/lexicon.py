"""The Spanish event lexicon: verbs and event nouns → CAMEO codes, and Spanish modality cues.

Place in the flow: data for the Spanish event extractor (:mod:`.events`). Reads
``data/events/es/verbs_es.yaml`` (ours, wins), ``data/events/es/up_verbs.tsv``
(UniversalPetrarch's Spanish verb dictionary, converted by
``scripts/convert_up_spanish.py``; verbs only, the first code listed for a verb),
``data/events/es/up_patterns.tsv`` (its block patterns: verb + following words), and
``data/events/es/modality_es.yaml``, ``support_verbs.yaml``, ``protest_frames.yaml``,
``ending_verbs.yaml``, ``senses_es.yaml`` (object senses of a verb: "abrió una
investigación" 090, "entregó alimentos" 073; no match leaves the verb's ordinary reading,
a ``code: null`` sense blocks it: "dejó tres muertos")
and ``nonevents_es.yaml`` (cues of :mod:`.nonevent`, and ``needs_actor``: event nouns
coded only with an actor). Code
descriptions (quad class, Goldstein, PLOVER) come from the shared
:class:`~watchfloor.extract.lexicon.EventLexicon`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from watchfloor.data import read_tsv, read_yaml
from watchfloor.extract.doccache import case_words
from watchfloor.extract.gazetteer import fold
from watchfloor.extract.lexicon import EventLexicon, default_lexicon

KINDS = ("negation", "hypothetical", "future", "alleged")
# the personal "a" (and its contraction "al"): the case word that marks a person or body
# acted on ("detuvo a tres hombres", "acusó al Gobierno"); one set for every reader
PERSONAL = frozenset({"a", "al"})


def has_case(token: Token, words: set[str] | frozenset[str]) -> bool:
    """Whether ``token`` has a case word (its ``case`` child, lower-cased, not folded) in
    ``words``: ``has_case(tok, {"de", "del"})`` for "el jefe de la policía"."""
    # read from the document's arrays (doccache.case_words): no Token per child
    return any(w in words for w in case_words(token.doc).get(token.i, ()))


def has_case_plain(token: Token, words: set[str] | frozenset[str]) -> bool:
    """:func:`has_case` walking the token's children (the plain path; tests compare)."""
    return any(c.dep_ == "case" and c.lower_ in words for c in token.children)


def personal_a(token: Token) -> bool:
    """Whether ``token`` carries the personal "a" / "al" as its case word ("a los
    detenidos", "al Gobierno")."""
    return has_case(token, PERSONAL)


@dataclass(slots=True)
class SpanishVerb:
    lemma: str
    pos: str
    code: str
    patterns: list[dict[str, Any]] = field(default_factory=list)
    origin: str = "watchfloor"  # watchfloor | petrarch
    then: str = ""  # UniversalPetrarch "verb + object word" rows


class SpanishLexicon:
    def __init__(self, root: Path | None = None, base: EventLexicon | None = None) -> None:
        self.root = root or Path(str(resources.files("watchfloor.data.events"))) / "es"
        self.base = base or default_lexicon()
        self.verbs: dict[tuple[str, str], SpanishVerb] = {}
        self.phrases: dict[tuple[str, str], SpanishVerb] = {}  # (lemma, object word)
        self.phrase_heads: set[str] = set()
        self.modality: dict[str, set[str]] = {k: set() for k in KINDS}
        self.reporting: set[str] = set()
        self.support: set[str] = set()  # "iniciar un paro": the noun is the event
        self.protest_frames: set[str] = set()  # "en señal de protesta": the clause's protest
        self.ending: set[str] = set()  # "levantaron el paro": the protest ends (082)
        self.ending_phrases: dict[str, set[str]] = {}  # "poner fin a": verb -> words
        self.ending_spans: set[str] = set()  # "fin a tres semanas de paro"
        # object senses (senses_es.yaml): folded lemma -> patterns, first match wins
        self.senses: dict[str, list[dict[str, Any]]] = {}
        # non-event cues (nonevents_es.yaml): kind -> folded words (periods: lower case)
        self.nonevent: dict[str, set[str]] = {}
        # reciprocal codes (nonevents_es.yaml, reciprocal): coordinated subjects and no
        # target act on each other ("el Gobierno y el ELN negociaron")
        self.reciprocal: set[str] = set()
        # mediation words (nonevents_es.yaml, between): their "entre" phrase names the
        # parties ("ofreció mediar entre ambos países": the offer's targets)
        self.between: set[str] = set()
        # signing participles (nonevents_es.yaml, authored): "un panfleto firmado por X"
        self.authored: set[str] = set()
        # participles ascribing an act to someone (nonevents_es.yaml, ascribed): "un ataque
        # atribuido al Clan del Golfo"
        self.ascribed: set[str] = set()
        # claims of responsibility (nonevents_es.yaml, owning_verbs / owning_nouns): "asumió
        # la autoría del atentado" names the attacker
        self.owning_verbs: set[str] = set()
        self.owning_nouns: set[str] = set()
        # rejections aimed at the doer of an earlier act (nonevents_es.yaml, owner_verbs,
        # owned_nouns: folded noun -> the root of that act): "rechazó las sanciones"
        self.owner_verbs: set[str] = set()
        self.owned: dict[str, str] = {}
        # disapprovals aimed at the actor a coordinated accusation names
        # (nonevents_es.yaml, blame_shared: their roots; blame_by: the accusation's roots)
        self.blame_shared: set[str] = set()
        self.blame_by: set[str] = set()
        self.blame_not_on: set[str] = set()  # roots of nouns never so aimed ("el ataque")
        # deployments (nonevents_es.yaml, deploy_roots) whose object is the source's own
        # force (deployed_roles) aim at no one but the force's "contra" phrase
        self.deploy_roots: set[str] = set()
        # quantity nouns heading an argument ("Decenas de reporteros"): the actor is the
        # people counted, even where the model tags the capitalised quantity as a name
        self.quantity_heads: set[str] = set()
        # participles naming whom a thing is meant for (nonevents_es.yaml, destined):
        # "la ayuda destinada a Colombia" (verbs and their participle forms, folded)
        self.destined: set[str] = set()
        self.deployed_roles: set[str] = set()
        # event nouns coded only with an actor (nonevents_es.yaml, needs_actor, folded):
        # "la visita de Arafat" told in passing is no event without one
        self.needs_actor: set[str] = set()
        # support verbs that carry only event nouns of some roots (nonevents_es.yaml,
        # support_only_for): "celebró la liberación" is praise of the release
        self.support_only_for: dict[str, set[str]] = {}
        # blockades by armed groups and state forces (nonevents_es.yaml, armed_recodes:
        # code -> code; armed_roles: the source roles that recode)
        self.armed_recodes: dict[str, str] = {}
        self.armed_roles: set[str] = set()
        # official protests (nonevents_es.yaml, state_recodes / state_roles, spanish30):
        # "el Gobierno haitiano protestó por el trato" complains officially (114)
        self.state_recodes: dict[str, str] = {}
        # verbs whose object act is done to their subject (nonevents_es.yaml,
        # receiving_verbs, folded): "recibió amenazas de la banda"
        self.receiving_verbs: set[str] = set()
        # roots whose reported "que" clause's subject is the target (nonevents_es.yaml,
        # clause_accused): "denunció que soldados venezolanos dispararon"
        self.clause_accused: set[str] = set()
        # roots aimed, when the sentence names no target, at the other party of the
        # story's latest exchange of the source's country (nonevents_es.yaml,
        # story_addressed, spanish31)
        self.story_addressed: set[str] = set()
        # nouns whose possessive names the patient, not the doer (nonevents_es.yaml,
        # patient_nouns, spanish32): "exigió su liberación"
        self.patient_nouns: set[str] = set()
        # roots of a cooperative act a foreign source does for the story's home country,
        # and the roles that act for their state (nonevents_es.yaml home_aimed,
        # home_state_roles, spanish33)
        self.home_aimed: set[str] = set()
        # people named only as people, and the roots of acts done to them that leave them
        # no party (nonevents_es.yaml unroled_people, unroled_roots, es42): "detuvo a dos
        # jóvenes"; threats aimed at whom the threatened act is done to (threat_roots);
        # directed acts sharing an earlier coordinated act's addressee (addressee_shared)
        self.unroled_people: set[str] = set()
        self.unroled_roots: set[str] = set()
        self.threat_roots: set[str] = set()
        self.addressee_shared: set[str] = set()
        # a clash noun between one plural group: that group on both sides (es43,
        # nonevents_es.yaml one_group_between, between_counts)
        self.one_group_between: set[str] = set()
        self.between_counts: set[str] = set()
        # reports of accusation standing after the hostile act they report (es43,
        # nonevents_es.yaml accusing_reports, denounced_roots)
        self.accusing_reports: set[str] = set()
        self.denounced_roots: set[str] = set()
        self.home_state_roles: set[str] = set()
        self.state_roles: set[str] = set()
        self.state_verbs: set[str] = set()
        # provenance adjectives (origin_words) and expulsion codes whose place object
        # is a destination (destination_codes), nonevents_es.yaml
        self.origin_words: set[str] = set()
        self.destination_codes: set[str] = set()
        # UniversalPetrarch block patterns: lemma -> first word -> [(words, code or "",
        # row number)], longest first
        self.patterns: dict[str, dict[str, list[tuple[tuple[str, ...], str, int]]]] = {}
        self._load()

    def _load(self) -> None:
        for item in read_yaml(self.root / "verbs_es.yaml") or []:
            pos = str(item.get("pos") or "VERB").upper()
            key = (fold(str(item["lemma"])), pos)
            if key in self.verbs:
                raise ValueError(f"verbs_es.yaml lists {item['lemma']!r} ({pos}) twice")
            code = item.get("code")  # null: not an event (blocks up_verbs.tsv)
            self.verbs[key] = SpanishVerb(
                key[0], pos, str(code) if code else "", list(item.get("patterns") or [])
            )
        for row in read_tsv(self.root / "up_verbs.tsv"):
            if row["pos"] != "VERB" or not self.base.describe(row["code"]):
                continue
            lemma, then = fold(row["lemma"]), (row.get("then") or "").strip()
            verb = SpanishVerb(lemma, "VERB", row["code"], origin="petrarch", then=then)
            if then:
                if len(then.split()) == 1:
                    self.phrases.setdefault((lemma, fold(then)), verb)
                    self.phrase_heads.add(lemma)
            else:
                self.verbs.setdefault((lemma, "VERB"), verb)
        for n, row in enumerate(read_tsv(self.root / "up_patterns.tsv")):
            code = row["code"].strip()
            if code != "---" and not self.base.describe(code):
                continue
            words = tuple(fold(w) for w in row["after"].split())
            self.patterns.setdefault(fold(row["lemma"]), {}).setdefault(words[0], []).append(
                (words, "" if code == "---" else code, n)
            )
        for by_first in self.patterns.values():
            for rows in by_first.values():
                rows.sort(key=lambda r: (-len(r[0]), r[2]))
        data = read_yaml(self.root / "modality_es.yaml") or {}
        for kind in KINDS:
            # folded (no accents): headlines and wire copy often drop them ("PODRIA")
            self.modality[kind] = {fold(str(c)) for c in data.get(kind) or []}
        self.reporting = {fold(str(c)) for c in data.get("reporting") or []}
        self.support = {fold(str(v)) for v in read_yaml(self.root / "support_verbs.yaml") or []}
        self.protest_frames = {
            fold(str(v)) for v in read_yaml(self.root / "protest_frames.yaml") or []
        }
        ending = read_yaml(self.root / "ending_verbs.yaml") or {}
        self.ending = {fold(str(v)) for v in ending.get("verbs") or []}
        self.ending_phrases = {
            fold(str(k)): {fold(str(w)) for w in v}
            for k, v in (ending.get("phrases") or {}).items()
        }
        self.ending_spans = {fold(str(v)) for v in ending.get("spans") or []}
        for item in read_yaml(self.root / "senses_es.yaml") or []:
            patterns = list(item.get("patterns") or [])
            for pattern in patterns:
                # a null code blocks the verb's ordinary reading (spanish28: "dejó tres
                # muertos" is a toll, not UniversalPetrarch's 06x)
                if pattern.get("code") is not None and not self.base.describe(str(pattern["code"])):
                    raise ValueError(
                        f"senses_es.yaml: {item['lemma']!r}: unknown code {pattern['code']!r}"
                    )
            self.senses.setdefault(fold(str(item["lemma"])), []).extend(patterns)
        for patterns in [*self.senses.values(), *(v.patterns for v in self.verbs.values())]:
            for pattern in patterns:  # folded once here, not at every match
                if "obj_any" in pattern:
                    pattern["obj_folded"] = frozenset(fold(str(w)) for w in pattern["obj_any"])
        cues = read_yaml(self.root / "nonevents_es.yaml") or {}
        self.support_only_for = {
            fold(str(k)): {str(r) for r in v}
            for k, v in (cues.pop("support_only_for", None) or {}).items()
        }
        self.owned = {
            fold(str(k)): str(v) for k, v in (cues.pop("owned_nouns", None) or {}).items()
        }
        self.armed_recodes = {
            str(k): str(v) for k, v in (cues.pop("armed_recodes", None) or {}).items()
        }
        self.state_recodes = {
            str(k): str(v) for k, v in (cues.pop("state_recodes", None) or {}).items()
        }
        self.nonevent = {
            str(k): {str(w).lower() if k == "periods" else fold(str(w)) for w in v or []}
            for k, v in cues.items()
        }
        self.reciprocal = {str(c) for c in self.nonevent.pop("reciprocal", set())}
        self.between = self.nonevent.pop("between", set())
        self.owner_verbs = self.nonevent.pop("owner_verbs", set())
        self.blame_shared = {str(c) for c in self.nonevent.pop("blame_shared", set())}
        self.blame_by = {str(c) for c in self.nonevent.pop("blame_by", set())}
        self.blame_not_on = {str(c) for c in self.nonevent.pop("blame_not_on", set())}
        self.deploy_roots = {str(c) for c in self.nonevent.pop("deploy_roots", set())}
        self.quantity_heads = self.nonevent.pop("quantity_heads", set())
        self.needs_actor = self.nonevent.pop("needs_actor", set())
        self.destined = {
            form
            for verb in self.nonevent.pop("destined", set())
            for form in (verb, *_participles(verb))
        }
        self.deployed_roles = {str(c).upper() for c in self.nonevent.pop("deployed_roles", set())}
        self.authored = {
            form
            for verb in self.nonevent.pop("authored", set())
            for form in (verb, *_participles(verb))
        }
        self.ascribed = {
            form
            for verb in self.nonevent.pop("ascribed", set())
            for form in (verb, *_participles(verb))
        }
        self.owning_verbs = self.nonevent.pop("owning_verbs", set())
        self.owning_nouns = self.nonevent.pop("owning_nouns", set())
        self.armed_roles = {str(c).upper() for c in self.nonevent.pop("armed_roles", set())}
        self.state_roles = {str(c).upper() for c in self.nonevent.pop("state_roles", set())}
        self.state_verbs = self.nonevent.pop("state_verbs", set())
        self.receiving_verbs = self.nonevent.pop("receiving_verbs", set())
        self.clause_accused = {str(c) for c in self.nonevent.pop("clause_accused", set())}
        self.story_addressed = {str(c) for c in self.nonevent.pop("story_addressed", set())}
        self.patient_nouns = {fold(str(w)) for w in self.nonevent.pop("patient_nouns", set())}
        self.home_aimed = {str(c) for c in self.nonevent.pop("home_aimed", set())}
        self.unroled_people = {fold(str(w)) for w in self.nonevent.pop("unroled_people", set())}
        self.unroled_roots = {str(c) for c in self.nonevent.pop("unroled_roots", set())}
        self.threat_roots = {str(c) for c in self.nonevent.pop("threat_roots", set())}
        self.addressee_shared = {str(c) for c in self.nonevent.pop("addressee_shared", set())}
        self.one_group_between = {str(c) for c in self.nonevent.pop("one_group_between", set())}
        self.between_counts = {fold(str(w)) for w in self.nonevent.pop("between_counts", set())}
        self.accusing_reports = {fold(str(w)) for w in self.nonevent.pop("accusing_reports", set())}
        self.denounced_roots = {str(c) for c in self.nonevent.pop("denounced_roots", set())}
        self.home_state_roles = {
            str(c).upper() for c in self.nonevent.pop("home_state_roles", set())
        }
        self.origin_words = self.nonevent.pop("origin_words", set())
        self.destination_codes = {str(c) for c in self.nonevent.pop("destination_codes", set())}

    def knows_verb(self, lemma: str) -> bool:
        """Whether folded ``lemma`` is a verb of the lexicon (ours, UniversalPetrarch's
        verbs, phrases or patterns, or an object sense): the test of
        :mod:`.enclitics` for a verb written with its pronouns."""
        return (
            (lemma, "VERB") in self.verbs
            or lemma in self.phrase_heads
            or lemma in self.patterns
            or lemma in self.senses
        )

    def entry(self, lemma: str, pos: str) -> SpanishVerb | None:
        return self.verbs.get((fold(lemma), pos))

    def phrase(self, lemma: str, word: str) -> SpanishVerb | None:
        return self.phrases.get((fold(lemma), fold(word)))

    def pattern(self, lemma: str, after: list[set[str]], window: int = 10) -> str | None:
        """The code of the longest UniversalPetrarch pattern of ``lemma`` whose words occur,
        in order, among the words after the verb (``after``: per token, its folded form
        and lemma); "" for a "not an event" pattern; None when none matches."""
        by_first = self.patterns.get(fold(lemma))
        if not by_first:
            return None
        present = set().union(*after) if after else set()
        # the longest pattern that matches wins; of equally long ones, the first listed
        best: tuple[int, int, str] | None = None  # (-length, row number, code)
        for first in present.intersection(by_first):
            for words, code, n in by_first[first]:
                if best is not None and (-len(words), n) >= best[:2]:
                    break
                if not present.issuperset(words):
                    continue  # a word absent from the window: the search below fails too
                pos = 0
                for word in words:
                    while pos < len(after) and word not in after[pos]:
                        pos += 1
                    if pos >= len(after) or pos >= window + len(words):
                        break
                    pos += 1
                else:
                    best = (-len(words), n, code)
                    break
        return None if best is None else best[2]


def _participles(verb: str) -> list[str]:
    """The four participle forms of a regular infinitive: "firmar" -> "firmado" …"""
    stem = verb[:-2] + ("ad" if verb.endswith("ar") else "id")
    return [stem + end for end in ("o", "a", "os", "as")]


@lru_cache(maxsize=1)
def spanish_lexicon() -> SpanishLexicon:
    return SpanishLexicon()
