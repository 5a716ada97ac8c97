"""The Spanish actor gazetteer: the English gazetteer plus Spanish names, demonyms and roles.

Place in the flow: data for the Spanish actor extractor (:mod:`.actors`). Built from a
private copy of :class:`~watchfloor.extract.gazetteer.Gazetteer` (the English extractor's
instance is never touched), extended from ``data/actors/es/``:

* ``aliases.yaml`` — Spanish aliases of existing entries (``same_as``: same id and code in
  both languages) and Spanish-only entries;
* ``countries_es.tsv`` — Spanish country names (ISO 3166-1 in Spanish, from pycountry's
  catalogue, built by ``scripts/build_countries_es.py``), as aliases of the countries;
* ``demonyms.tsv`` — Spanish demonyms in all four forms ("colombiana", "venezolanos");
* ``role_adjectives.tsv`` — relational adjectives naming an actor ("policial"), state
  qualifiers ("nacional"), action nouns ("operativo") and place nouns ("capital"), ours;
* ``role_countries.tsv`` — which roles take the country of a place, a possessor or the
  story when they name none (ours, tenth pass);
* ``counterparts.tsv`` — "homólogo": a government role only with a country of its own
  (ours, thirteenth pass);
* ``roles.tsv`` — Spanish role words (ours), then ``up_agents.tsv`` (converted from
  UniversalPetrarch) for the words ours lack;
* ``up_actors.tsv`` — UniversalPetrarch's Spanish actor names → codes, consulted only for
  names the gazetteer does not know (lower priority, code only).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from watchfloor.data import read_tsv, read_yaml
from watchfloor.extract.articles import SPANISH_PLURAL_DEFINITE, SPANISH_SINGULAR_DEFINITE
from watchfloor.extract.gazetteer import Gazetteer, GazetteerEntry, fold

DATA_DIR = "es"
# what a Spanish demonym looks like (folded): the converted list codes "patrullas" POL too
DEMONYM_SUFFIX = re.compile(
    r"(ano|ana|ense|es|esa|eno|ena|ino|ina|i|ita|ol|ola|ego|ega|eco|eca|aco|aca|ico|ica|"
    r"ota|io|ia|on|ona|ano|uz|ueco|ueca|ano)(s|es)?$"
)
AGENT_SUFFIX = re.compile(
    r"(ero|era|ista|or|ora|ante|ente|ano|ana|ado|ada|ido|ida|ario|aria|ino|ina)(es|s)?$"
    r"|^(jefe|juez|rey|reina|papa|obispo|cura|monja|fraile|imam|rabino|alcalde|presidente)$"
)


COUNTRY_WORDS_MAX = 100_000  # country_word's memo is emptied at this size (a long run)


class SpanishGazetteer:
    def __init__(self, root: Path | None = None) -> None:
        base_root = root or Path(str(resources.files("watchfloor.data.actors")))
        self.base = Gazetteer(base_root)
        self.dir = base_root / DATA_DIR
        self.roles: dict[str, str] = {}
        self.role_starts: set[str] = set()  # first words of role phrases (a cheap pre-check)
        self.max_role_words = 1
        # roles.tsv patterns written with a capital ("Ejecutivo"): a role only as a
        # capitalised word after an article ("el Ejecutivo"; es41), kept apart so that the
        # same word in lower case keeps its other reading ("un ejecutivo de la empresa")
        self.branch_roles: dict[str, str] = {}
        self.up_actors: dict[str, str] = {}
        # role_adjectives.tsv: relational adjectives that name an actor ("policial" COP),
        # state qualifiers ("nacional") and action nouns ("operativo")
        self.role_adjectives: dict[str, str] = {}
        self.qualifiers: set[str] = set()
        self.action_nouns: set[str] = set()
        # collective and leader nouns that name the actor of their role adjective
        # ("el grupo guerrillero", "las comunidades indígenas", "dirigentes sindicales")
        self.group_nouns: set[str] = set()
        # nouns for places whose demonym gives the country of a clause ("la capital mexicana")
        self.place_nouns: set[str] = set()
        # role_countries.tsv: role -> the contexts it takes a country from (place,
        # possessor, story)
        self.role_countries: dict[str, frozenset[str]] = {}
        # single UniversalPetrarch words coded with a bare country code: demonyms and
        # capitals ("haitianos", "bosnio", "Bogotá") — used only to qualify role words
        self.up_countries: dict[str, str] = {}
        self._country_words: dict[str, str | None] = {}  # country_word's answers
        # counterparts.tsv: role words that are an actor only with a country of their own
        # ("su homólogo colombiano")
        self.counterparts: set[str] = set()
        self._load()
        # for re-casing headlines in capitals (casing.py): acronyms kept as written, and
        # single-word names given a capital ("ECUADOR" -> "Ecuador")
        self.exact_names: set[str] = set()
        self.single_names: set[str] = set()
        for alias in self.base.aliases():
            if " " in alias or not alias[:1].isupper():
                continue
            if alias.isupper() and len(alias) > 1:
                self.exact_names.add(alias)
            else:
                self.single_names.add(fold(alias))

    def _load(self) -> None:
        base = self.base
        for item in read_yaml(self.dir / "aliases.yaml") or []:
            aliases = [str(a) for a in item.get("aliases") or []]
            if item.get("same_as"):
                entry = next(
                    (
                        e
                        for e in base.entries.get(fold(item["same_as"]), [])
                        if e.name == item["same_as"]
                    ),
                    None,
                )
                if entry is None:
                    raise ValueError(f"aliases.yaml: no gazetteer entry named {item['same_as']!r}")
                entry.aliases.extend(a for a in aliases if a not in entry.aliases)
                base._add(entry)
            else:
                base._add(
                    GazetteerEntry(
                        name=str(item["name"]),
                        type=str(item.get("type") or "organization"),
                        kind=item.get("kind"),
                        country=item.get("country"),
                        code=item.get("code"),
                        aliases=aliases,
                        source=item.get("source"),
                    )
                )
        for row in read_tsv(self.dir / "countries_es.tsv"):
            # Spanish country names ("Francia", "Alemania", "Irak"): aliases of the country
            # entries, unless the name is already another entry's ("Georgia" stays a country)
            entry = base.countries.get(row["iso3"].strip())
            if entry is None:
                continue
            new = [
                n
                for n in row["names"].split("|")
                if n and n not in entry.aliases and fold(n) not in base.entries
            ]
            if new:
                entry.aliases.extend(new)
                base._add(entry)
        for row in read_tsv(self.dir / "demonyms.tsv"):
            for form in (row.get("demonyms") or "").split("|"):
                if form.strip():
                    base.demonyms[fold(form)] = row["iso3"].strip()
        for row in read_tsv(self.dir / "roles.tsv"):
            if row["pattern"][:1].isupper():
                self.branch_roles[fold(row["pattern"])] = row["role"].strip()
                self.role_starts.add(fold(row["pattern"]).split()[0])
            else:
                self._role(row["pattern"], row["role"])
        for row in read_tsv(self.dir / "counterparts.tsv"):
            self._role(row["pattern"], row["role"])
            self.counterparts.add(fold(row["pattern"]))
        for row in read_tsv(self.dir / "role_adjectives.tsv"):
            word, use = fold(row["adjective"]), row["use"].strip()
            if use == "actor":
                self.role_adjectives[word] = row["role"].strip()
            elif use == "qualifier":
                self.qualifiers.add(word)
            elif use == "action":
                self.action_nouns.add(word)
            elif use == "group":
                self.group_nouns.add(word)
            elif use == "place":
                self.place_nouns.add(word)
            else:
                raise ValueError(f"role_adjectives.tsv: unknown use {use!r} for {word!r}")
        for row in read_tsv(self.dir / "role_countries.tsv"):
            self.role_countries[row["role"].strip()] = frozenset(
                k for k in ("place", "possessor", "story") if row[k].strip() == "yes"
            )
        for row in read_tsv(self.dir / "up_agents.tsv"):
            words = row["alias"].split()
            # the converted list was partly machine-translated: single words are kept only
            # when they look like words for people ("-ero", "-ista", "-or", "-ante" ...);
            # "visita" [BUS], "acuerdo" [CVL] or "grupo" [CRM] would make actors of things
            if len(words) > 1 and any(fold(w) in base.demonyms for w in words[1:]):
                # nineteenth pass: "presidente estadounidense" [GOV] would swallow the
                # demonym that gives the role its country; the role word and the demonym
                # are read one by one instead (USAGOV)
                continue
            if len(words) <= 3 and (len(words) > 1 or AGENT_SUFFIX.search(fold(words[0]))):
                self._role(row["alias"], row["role"], override=False)
        role_starts = {k.split()[0] for k in self.roles}
        for row in read_tsv(self.dir / "up_actors.tsv"):
            key = fold(_strip_article(row["alias"]))
            # names the gazetteer knows keep its entry; names opening with a role word
            # ("guerrilleros del frente ...") are read as role phrases by the extractor
            code = row["code"].strip()
            if len(key.split()) == 1 and code in base.countries and DEMONYM_SUFFIX.search(key):
                self.up_countries.setdefault(key, code)
            if key and key not in base.entries and key.split()[0] not in role_starts:
                self.up_actors.setdefault(key, row["code"].strip())

    def _role(self, pattern: str, role: str, override: bool = True) -> None:
        key = fold(pattern)
        if not key or (not override and key in self.roles):
            return
        self.roles[key] = role.strip()
        self.role_starts.add(key.split()[0])
        self.max_role_words = max(self.max_role_words, len(key.split()))

    # -- questions ---------------------------------------------------------------------
    def lookup(self, phrase: str) -> GazetteerEntry | None:
        """The entry a phrase names, its article dropped; else with the article, for a
        name that keeps it ("Los Lobos": "Lobos" alone names nobody)."""
        return self.base.lookup(_strip_article(phrase)) or self.base.lookup(phrase)

    def country_of(self, word: str) -> str | None:
        return self.base.country_of(_strip_article(word))

    def country_word(self, word: str) -> str | None:
        """The country a word qualifying a role names: a demonym, a country, a capital.
        Each word is looked up once per gazetteer (the lists are read only when it is
        built; esspeed37: the actor reader asks about most nouns and adjectives)."""
        try:
            return self._country_words[word]
        except KeyError:
            pass
        if len(self._country_words) >= COUNTRY_WORDS_MAX:
            self._country_words.clear()
        found = self._country_words[word] = self._country_word(word)
        return found

    def _country_word(self, word: str) -> str | None:
        """:meth:`country_word` without its memo (the plain path; tests compare them)."""
        return self.country_of(word) or self.up_countries.get(fold(word))

    def role_of(self, phrase: str) -> str | None:
        return self.roles.get(fold(phrase))

    def up_code(self, phrase: str) -> str | None:
        return self.up_actors.get(fold(_strip_article(phrase)))

    def aliases(self) -> list[str]:
        return self.base.aliases()


# the leading words _strip_article drops ("el ", "la ", "los ", "las ", "del "; no one a
# prefix of another, so their order does not matter)
ARTICLES = tuple(
    sorted(f"{w} " for w in SPANISH_SINGULAR_DEFINITE | SPANISH_PLURAL_DEFINITE | {"del"})
)


def _strip_article(phrase: str) -> str:
    low = phrase.lower()
    for art in ARTICLES:
        if low.startswith(art):
            return phrase[len(art) :]
    return phrase


@lru_cache(maxsize=1)
def spanish_gazetteer() -> SpanishGazetteer:
    return SpanishGazetteer()
