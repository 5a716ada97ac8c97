"""The event lexicon: CAMEO codes, Goldstein weights, PLOVER mapping, verbs and modality cues.

Loaded once from ``watchfloor/data/events/`` (provenance and format in
docs/event-coding.md). The event extractor asks it: which CAMEO code does this verb or
event noun carry here (:meth:`EventLexicon.code_for`), and what are the quad class, the
Goldstein score and the PLOVER category of a code (:meth:`EventLexicon.describe`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from watchfloor.data import read_tsv, read_yaml

DATA_PACKAGE = "watchfloor.data.events"
MODALITY_KINDS = ("negation", "hypothetical", "future", "alleged")


@dataclass(slots=True)
class VerbEntry:
    lemma: str  # may be a phrase: "take over", "crack down on"
    pos: str  # VERB | NOUN
    code: str | None
    patterns: list[dict[str, Any]] = field(default_factory=list)
    context_any: list[str] = field(default_factory=list)
    skip_without_context: bool = False

    @property
    def head(self) -> str:
        return self.lemma.split()[0]

    @property
    def particles(self) -> list[str]:
        return self.lemma.split()[1:]

    @property
    def model_pattern_codes(self) -> list[str]:
        """The codes of this entry's patterns that the sentence model may reach (recode an
        event to, or propose an event with). A pattern marked ``no_model`` is reached by its
        own conditions only ("a project supported by a loan": aid 071)."""
        return [
            str(p["code"])
            for p in self.patterns
            if isinstance(p, dict) and p.get("code") and not p.get("no_model")
        ]


@dataclass(slots=True)
class CodeInfo:
    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    plover_event: str | None = None
    plover_mode: str | None = None
    penta_class: int | None = None  # Phoenix PentaClass (0 neutral .. 4), penta_class.tsv


class EventLexicon:
    def __init__(self, root: Path | None = None) -> None:
        self.root = root or Path(str(resources.files(DATA_PACKAGE)))
        self.codes: dict[str, CodeInfo] = {}
        self.verbs: dict[tuple[str, str], list[VerbEntry]] = {}
        self.modality: dict[str, set[str]] = {k: set() for k in MODALITY_KINDS}
        self.double_negative: set[str] = set()
        self.reporting: set[str] = set()
        self.implied_actors: dict[str, str] = {}
        self.quantity_units: dict[str, str] = {}  # outcome lemma -> quantity kind
        self.refusals: dict[str, str] = {}  # negated code prefix -> refusal code (12x)
        # and those that hold only for an act that has ended ("no longer accepts"), with them
        self.ceased_refusals: dict[str, str] = {}
        self.intents: dict[str, str] = {}  # promised code prefix -> intent code (03x)
        # "defend X against Y": verbs whose conflict target is the object of these preps
        self.protective_verbs: set[str] = set()
        self.protective_preps: set[str] = set()
        # "faced accusations from X": the subject is acted on, the "from" object acts
        self.receiving_verbs: frozenset[str] = frozenset()
        self.receiving_preps: frozenset[str] = frozenset()
        # "accepted contributions from X": X, a named party, is the target
        self.taking_verbs: frozenset[str] = frozenset()
        self.taking_preps: frozenset[str] = frozenset()
        self.statistic_verbs: frozenset[str] = frozenset()  # "registered 2,916 murders"
        self.force_verbs: frozenset[str] = frozenset()  # "kill": coded by the killer's role
        self.force_roles: dict[str, str] = {}
        self.force_keep: frozenset[str] = frozenset()
        self.force_attacks: frozenset[str] = frozenset()  # police keep these verbs' code
        self.police_foes: frozenset[str] = frozenset()  # police killing these: fighting
        self.fight_words: tuple[str, ...] = ()  # "killed in a shootout with police"
        self.force_unknown = ""  # a killing with no known killer and no armed side
        self.force_military: frozenset[str] = frozenset()
        # "strikers clashed with police", "Iran attacked a tanker": coded by the fighter's kind
        self.fight_verbs: frozenset[str] = frozenset()
        self.fight_roles: dict[str, str] = {}
        self.fight_state_codes: frozenset[str] = frozenset()  # a state's assault: these codes
        self.fight_state_roles: frozenset[str] = frozenset()  # ... by these organs or a country
        self.fight_state = ""  # ... become this code
        self.fight_state_means: frozenset[str] = frozenset()  # "an Iranian gunboat"
        self.fight_state_objects: dict[str, frozenset[str]] = {}  # a code's needed objects
        # "unions imposed bans": industrial action, by the source's role
        self.labour_roles: frozenset[str] = frozenset()
        self.labour_codes: dict[str, str] = {}
        # "the French government protested": a complaint (114), not a demonstration
        self.complaint_verbs: frozenset[str] = frozenset()
        self.complaint_codes: frozenset[str] = frozenset()
        self.complaint_roles: frozenset[str] = frozenset()
        self.complaint = ""
        self.by_source_verbs: frozenset[str] = frozenset()  # fight_verbs | complaint_verbs
        self._load()

    def _tsv(self, name: str) -> list[dict[str, str]]:
        return read_tsv(self.root / name)

    def _load(self) -> None:
        goldstein = {r["code"].strip(): float(r["goldstein"]) for r in self._tsv("goldstein.tsv")}
        plover = {r["cameo_code"].strip(): r for r in self._tsv("plover.tsv")}
        penta = {r["root"].strip(): int(r["penta_class"]) for r in self._tsv("penta_class.tsv")}
        for row in self._tsv("cameo_codes.tsv"):
            code = row["code"].strip()
            root = (row.get("root") or code[:2]).strip()
            pl = plover.get(code) or plover.get(code[:3]) or plover.get(root) or {}
            self.codes[code] = CodeInfo(
                code=code,
                name=(row.get("name") or "").strip(),
                root=root,
                quad_class=int(row["quad_class"]),
                goldstein=goldstein.get(code, goldstein.get(code[:3], goldstein.get(root, 0.0))),
                plover_event=(pl.get("plover_event") or None),
                plover_mode=(pl.get("plover_mode") or None),
                penta_class=penta.get(root),
            )
        data = read_yaml(self.root / "verbs.yaml") or []
        if data:
            if isinstance(data, dict):
                data = data.get("entries") or data.get("verbs") or []
            for item in data:
                if not isinstance(item, dict) or not item.get("lemma"):
                    continue
                entry = VerbEntry(
                    lemma=str(item["lemma"]).lower(),
                    pos=str(item.get("pos") or "VERB").upper(),
                    code=_code(item.get("code") or item.get("default")),
                    patterns=list(item.get("patterns") or []),
                    context_any=[str(c).lower() for c in item.get("context_any") or []],
                    skip_without_context=bool(item.get("skip_without_context")),
                )
                self.verbs.setdefault((entry.head, entry.pos), []).append(entry)
        data = read_yaml(self.root / "modality.yaml") or {}
        if data:
            for kind in MODALITY_KINDS:
                for cue in _cue_list(data.get(kind) or data.get(_alias(kind)) or []):
                    self.modality[kind].add(cue.lower())
            self.double_negative = {str(c).lower() for c in data.get("double_negative") or []}
            self.reporting = {str(c).lower() for c in data.get("reporting") or []}
        implied = read_yaml(self.root / "implied_actors.yaml") or {}
        self.implied_actors = {str(k).lower(): str(v) for k, v in implied.items()}
        refusals = self._tsv("refusals.tsv")
        self.refusals = {
            r["prefix"].strip(): r["refusal"].strip()
            for r in refusals
            if (r.get("when") or "").strip() != "ceased"
        }
        self.ceased_refusals = {r["prefix"].strip(): r["refusal"].strip() for r in refusals}
        self.intents = {r["prefix"].strip(): r["intent"].strip() for r in self._tsv("intents.tsv")}
        all_roles = read_yaml(self.root / "argument_roles.yaml") or {}
        roles = all_roles.get("protective") or {}
        self.protective_verbs = {str(v).lower() for v in roles.get("verbs") or []}
        self.protective_preps = {str(p).lower() for p in roles.get("prepositions") or []}
        receiving = all_roles.get("receiving") or {}
        self.receiving_verbs = frozenset(str(v).lower() for v in receiving.get("verbs") or [])
        self.receiving_preps = frozenset(
            str(p).lower() for p in receiving.get("prepositions") or []
        )
        taking = all_roles.get("taking") or {}
        self.taking_verbs = frozenset(str(v).lower() for v in taking.get("verbs") or [])
        self.taking_preps = frozenset(str(p).lower() for p in taking.get("prepositions") or [])
        stats = all_roles.get("statistics") or {}
        self.statistic_verbs = frozenset(str(v).lower() for v in stats.get("verbs") or [])
        force = all_roles.get("force_by_source") or {}
        self.force_verbs = frozenset(str(v).lower() for v in force.get("verbs") or [])
        self.force_roles = {
            str(k).upper(): _code(v) or "" for k, v in (force.get("roles") or {}).items()
        }
        self.force_keep = frozenset(str(k).upper() for k in force.get("keep") or [])
        self.force_attacks = frozenset(str(v).lower() for v in force.get("attacks") or [])
        self.police_foes = frozenset(str(k).upper() for k in force.get("police_foes") or [])
        self.fight_words = tuple(str(w).lower() for w in force.get("fight_words") or [])
        self.force_unknown = _code(force.get("unknown")) or ""
        self.force_military = frozenset(str(w).lower() for w in force.get("military_words") or [])
        fight = all_roles.get("fight_by_source") or {}
        self.fight_verbs = frozenset(str(v).lower() for v in fight.get("verbs") or [])
        self.fight_roles = {
            str(k).upper(): _code(v) or "" for k, v in (fight.get("roles") or {}).items()
        }
        state = fight.get("state") or {}
        self.fight_state_codes = frozenset(_code(c) or "" for c in state.get("codes") or [])
        self.fight_state_roles = frozenset(str(r).upper() for r in state.get("roles") or [])
        self.fight_state = _code(state.get("code")) or ""
        self.fight_state_means = frozenset(str(w).lower() for w in state.get("means") or [])
        self.fight_state_objects = {
            _code(c) or "": frozenset(str(w).lower() for w in words or [])
            for c, words in (state.get("objects") or {}).items()
        }
        labour = all_roles.get("labour_by_source") or {}
        self.labour_roles = frozenset(str(r).upper() for r in labour.get("roles") or [])
        self.labour_codes = {
            _code(k) or "": _code(v) or "" for k, v in (labour.get("codes") or {}).items()
        }
        complaint = all_roles.get("complaint_by_source") or {}
        self.complaint_verbs = frozenset(str(v).lower() for v in complaint.get("verbs") or [])
        self.complaint_codes = frozenset(_code(c) or "" for c in complaint.get("codes") or [])
        self.complaint_roles = frozenset(str(r).upper() for r in complaint.get("roles") or [])
        self.complaint = _code(complaint.get("code")) or ""
        self.by_source_verbs = self.fight_verbs | self.complaint_verbs
        kinds = read_yaml(self.root / "quantities.yaml") or {}
        for kind, words in kinds.items():
            for w in words or []:
                self.quantity_units[str(w).lower()] = str(kind)

    def entries(self, lemma: str, pos: str) -> list[VerbEntry]:
        return self.verbs.get((lemma.lower(), pos), [])

    def describe(self, code: str) -> CodeInfo | None:
        return self.codes.get(code)

    def refusal_for(self, code: str, ceased: bool = False) -> CodeInfo | None:
        """The REJECT code a negated concession ("will not lift the embargo") also is;
        ``ceased``: the act has ended ("no longer accepts"), rows marked ``ceased`` count."""
        return self._derived(self.ceased_refusals if ceased else self.refusals, code)

    def intent_for(self, code: str) -> CodeInfo | None:
        """The INTENT code a promised cooperative act ("will release the pilots") also is."""
        return self._derived(self.intents, code)

    def _derived(self, table: dict[str, str], code: str) -> CodeInfo | None:
        for n in range(len(code), 1, -1):  # longest prefix first
            if code[:n] in table:
                return self.codes.get(table[code[:n]])
        return None


def _code(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text.zfill(3) if text.isdigit() and len(text) < 3 else text


def _alias(kind: str) -> str:
    return {"negation": "negated", "alleged": "reported", "future": "future_tense"}.get(kind, kind)


def _cue_list(value: Any) -> list[str]:
    """Accept a list of strings, a list of {cue: ...} dicts, or {cues: [...]}."""
    if isinstance(value, dict):
        value = value.get("cues") or []
    out = []
    for item in value:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict) and item.get("cue"):
            out.append(str(item["cue"]))
    return out


@lru_cache(maxsize=1)
def default_lexicon() -> EventLexicon:
    return EventLexicon()
