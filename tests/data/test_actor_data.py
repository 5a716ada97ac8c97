"""Load and validate the actor dictionary in src/watchfloor/data/actors/.

Checks the contract described in that folder's README.md: columns, ISO codes, actor-code
shape, provenance on every entry, designation records, cross-references, and that no
alias points at two different entries unless ambiguous_aliases.tsv says so.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from collections import defaultdict
from functools import cache
from pathlib import Path

import pycountry
import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "src" / "watchfloor" / "data" / "actors"

ISO3 = {c.alpha_3 for c in pycountry.countries}
CODE_RE = re.compile(r"^[A-Z]{3,9}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# First three letters of a code that has no country (CAMEO "international" codes).
STANDALONE = {"IGO", "NGO", "NGM", "IMG", "MNC", "INT", "UIS", "PKO"}
KINDS = {
    "government",
    "military",
    "police",
    "intelligence",
    "judiciary",
    "legislature",
    "criminal_group",
    "armed_group",
    "party",
    "company",
    "igo",
    "ngo",
    "media",
    "opposition",
    "civilians",
    "refugees",
    "labor",
    "education",
    "health",
    "agriculture",
    "elite",
    "environment",
    "human_rights",
    "development",
    "moderate",
    "radical",
    "religious",
    "other",
}
REGION_KINDS = {"region", "maritime", "territory"}

COLUMNS = {
    "countries.tsv": ["iso3", "name", "aliases", "demonyms", "source"],
    "regions.tsv": ["name", "aliases", "kind", "iso3s", "source"],
    "roles.tsv": ["pattern", "role", "kind", "source"],
    "role_codes.tsv": ["code", "name", "tier", "kind", "meaning", "source"],
    "ambiguous_aliases.tsv": ["alias", "candidates", "note"],
}


def fold(text: str) -> str:
    """Same key as watchfloor.extract.gazetteer.fold (accents, case, periods, 'the')."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace(".", "").lower().strip()
    text = re.sub(r"^(the)\s+", "", text)
    text = re.sub(r"'s$", "", text)
    return re.sub(r"\s+", " ", text)


def split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


CURATED = ("organizations.yaml", "people.yaml", "groups_americas.yaml", "people_2018_2026.yaml")
PEOPLE = {"people.yaml", "people_2018_2026.yaml"}


@cache
def tsv(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = list(reader)
    return list(reader.fieldnames or []), rows


@cache
def entries(name: str) -> list[dict]:
    data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    assert isinstance(data, list), f"{name} must be a YAML list"
    return data


def all_entries() -> list[tuple[str, dict]]:
    return [(f, e) for f in CURATED for e in entries(f)]


def role_codes() -> set[str]:
    return {r["code"] for r in tsv("role_codes.tsv")[1]}


# -- files and columns ---------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_tsv_columns(name):
    header, rows = tsv(name)
    assert header == COLUMNS[name], f"{name}: header {header}"
    assert rows, f"{name} is empty"
    for i, row in enumerate(rows, start=2):
        assert None not in row and all(v is not None for v in row.values()), (
            f"{name}:{i} has the wrong number of fields"
        )


@pytest.mark.parametrize("name", CURATED)
def test_yaml_loads_with_required_fields(name):
    required = {"name", "aliases", "type", "kind", "country", "code", "source", "designations"}
    if name in PEOPLE:
        required |= {"role"}
    names = set()
    for e in entries(name):
        missing = required - e.keys()
        assert not missing, f"{name}: {e.get('name')} lacks {missing}"
        assert e["name"] not in names, f"{name}: duplicate name {e['name']}"
        names.add(e["name"])
        assert isinstance(e["aliases"], list)
        assert e["type"] == ("person" if name in PEOPLE else "organization"), e["name"]
        assert e["kind"] in KINDS, f"{e['name']}: kind {e['kind']!r}"


# -- codes ---------------------------------------------------------------------------------
def test_countries_cover_iso_3166():
    _, rows = tsv("countries.tsv")
    codes = [r["iso3"] for r in rows]
    assert len(codes) == len(set(codes))
    assert set(codes) == ISO3
    for r in rows:
        assert r["name"].strip(), r


def test_region_iso3s_and_kinds():
    for r in tsv("regions.tsv")[1]:
        assert r["kind"] in REGION_KINDS, r["name"]
        for iso in split(r["iso3s"]):
            assert iso in ISO3, f"{r['name']}: {iso}"


def test_role_codes_and_patterns():
    codes = role_codes()
    for c in codes:
        assert re.fullmatch(r"[A-Z]{3}", c), c
    for r in tsv("role_codes.tsv")[1]:
        assert r["kind"] in KINDS, r
    patterns = set()
    for r in tsv("roles.tsv")[1]:
        assert r["pattern"] == r["pattern"].lower().strip(), r
        assert r["pattern"] not in patterns, f"duplicate pattern {r['pattern']}"
        patterns.add(r["pattern"])
        assert r["role"] in codes, r
        assert r["kind"] in KINDS, r
    for required in (
        "GOV",
        "MIL",
        "COP",
        "JUD",
        "SPY",
        "REB",
        "INS",
        "OPP",
        "PTY",
        "CRM",
        "CVL",
        "LEG",
        "MED",
        "BUS",
        "EDU",
        "LAB",
        "HLH",
        "REF",
        "MOD",
        "RAD",
        "AGR",
        "ELI",
        "UAF",
        "NGO",
        "IGO",
        "SEP",
    ):
        assert required in codes, required


def _check_code(code: str, country: str | None, where: str) -> None:
    assert isinstance(code, str) and CODE_RE.match(code), f"{where}: bad code {code!r}"
    head = code[:3]
    if head in STANDALONE:
        return
    assert head in ISO3, f"{where}: {code} starts with neither an ISO3 code nor {STANDALONE}"
    rest = code[3:]
    assert len(rest) % 3 == 0 and rest, f"{where}: {code} has no 3-letter role"
    for i in range(0, len(rest), 3):
        assert rest[i : i + 3] in role_codes(), f"{where}: unknown role {rest[i : i + 3]} in {code}"
    if country is not None:
        assert head == country, f"{where}: code {code} does not match country {country}"


def test_entry_countries_and_codes():
    for fname, e in all_entries():
        where = f"{fname}: {e['name']}"
        country = e["country"]
        assert country is None or country in ISO3, f"{where}: country {country!r}"
        _check_code(e["code"], country, where)
        for alt in e.get("alt_codes") or []:
            _check_code(alt, country, where + " (alt_codes)")
        for h in e.get("code_history") or []:
            _check_code(h["code"], country, where + " (code_history)")
            for key in ("from", "to"):
                v = h.get(key)
                assert v is None or (isinstance(v, str) and DATE_RE.match(v)), f"{where}: {h}"


# -- provenance ----------------------------------------------------------------------------
def test_every_entry_has_a_source():
    for name in ("countries.tsv", "regions.tsv", "roles.tsv", "role_codes.tsv"):
        for r in tsv(name)[1]:
            assert r["source"].strip(), f"{name}: {r}"
    for fname, e in all_entries():
        assert isinstance(e["source"], str) and e["source"].strip(), f"{fname}: {e['name']}"


def test_designations():
    for fname, e in all_entries():
        assert isinstance(e["designations"], list), e["name"]
        for d in e["designations"]:
            where = f"{fname}: {e['name']}: {d}"
            assert {"list", "authority", "date"} <= d.keys(), where
            assert str(d["list"]).strip() and str(d["authority"]).strip(), where
            assert str(d.get("source") or "").strip(), f"{where}: no source"
            date = d["date"]
            if date is None:
                assert "unverified" in str(d.get("note") or "").lower(), where
            else:
                assert isinstance(date, str) and DATE_RE.match(date), where
                dt.date.fromisoformat(date)
            revoked = d.get("revoked")
            if revoked is not None:
                assert isinstance(revoked, str) and DATE_RE.match(revoked), where
                assert date is None or revoked > date, where


def test_cross_references():
    orgs = {e["name"] for f in CURATED if f not in PEOPLE for e in entries(f)}
    for _, e in all_entries():
        if e.get("parent"):
            assert e["parent"] in orgs, f"{e['name']}: unknown parent {e['parent']}"
        for a in e.get("affiliations") or []:
            assert a in orgs, f"{e['name']}: unknown affiliation {a}"


# -- aliases -------------------------------------------------------------------------------
def _alias_owners() -> dict[str, set[str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for r in tsv("countries.tsv")[1]:
        key = f"country:{r['iso3']}"
        for a in [r["name"], *split(r["aliases"]), *split(r["demonyms"])]:
            owners[fold(a)].add(key)
    for r in tsv("regions.tsv")[1]:
        key = f"region:{r['name']}"
        for a in [r["name"], *split(r["aliases"])]:
            owners[fold(a)].add(key)
    for fname, e in all_entries():
        key = f"{fname}:{e['name']}"
        for a in [e["name"], *e["aliases"]]:
            owners[fold(str(a))].add(key)
    owners.pop("", None)
    return owners


def test_no_unlisted_shared_alias():
    listed = {fold(r["alias"]) for r in tsv("ambiguous_aliases.tsv")[1]}
    clashes = {a: sorted(o) for a, o in _alias_owners().items() if len(o) > 1 and a not in listed}
    assert not clashes, f"shared aliases missing from ambiguous_aliases.tsv: {clashes}"


def test_ambiguous_aliases_rows_are_documented():
    for r in tsv("ambiguous_aliases.tsv")[1]:
        assert r["alias"].strip() and r["note"].strip(), r
        assert len(split(r["candidates"])) >= 2, r


# -- content the pipeline relies on ---------------------------------------------------------
def _find(phrase: str) -> dict:
    key = fold(phrase)
    hits = [e for _, e in all_entries() if key in {fold(a) for a in [e["name"], *e["aliases"]]}]
    assert len(hits) == 1, f"{phrase!r} resolves to {[h['name'] for h in hits]}"
    return hits[0]


@pytest.mark.parametrize(
    "phrase,code",
    [
        ("Cartel de los Soles", "VENCRM"),
        ("Cartel of the Suns", "VENCRM"),
        ("Tren de Aragua", "VENCRM"),
        ("Sinaloa Cartel", "MEXCRM"),
        ("Cartel de Sinaloa", "MEXCRM"),
        ("FBI", "USACOP"),
        ("Federal Bureau of Investigation", "USACOP"),
        ("Nicolás Maduro", "VENGOV"),
        ("Pentagon", "USAMIL"),
        ("United Nations", "IGOUNO"),
    ],
)
def test_seed_actors(phrase, code):
    assert _find(phrase)["code"] == code


def _has(entry: dict, lst: str, date: str | None) -> bool:
    return any(d["list"] == lst and d["date"] == date for d in entry["designations"])


@pytest.mark.parametrize(
    "name",
    [
        "Tren de Aragua",
        "MS-13",
        "Sinaloa Cartel",
        "Cártel de Jalisco Nueva Generación",
        "Cártel del Noreste",
        "Gulf Cartel",
        "La Nueva Familia Michoacana",
        "Cárteles Unidos",
    ],
)
def test_february_2025_fto_designations(name):
    e = _find(name)
    assert _has(e, "US FTO", "2025-02-20") and _has(e, "US SDGT", "2025-02-20"), name


def test_cartel_de_los_soles_designations():
    e = _find("Cartel de los Soles")
    assert _has(e, "US SDGT", "2025-07-25")
    assert _has(e, "US FTO", "2025-11-24")


def test_farc_fto_revoked():
    e = _find("Revolutionary Armed Forces of Colombia")
    fto = [d for d in e["designations"] if d["list"] == "US FTO"]
    assert fto and fto[0]["date"] == "1997-10-08" and fto[0]["revoked"] == "2021-11-30"
