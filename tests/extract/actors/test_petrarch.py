"""PETRARCH2 dictionary syntax and its conversion (scripts/convert_petrarch.py).

Dictionary text here is written for the tests (invented people and codes); the shipped
conversion is checked for shape, not content.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from watchfloor.extract.actors.petrarch import (
    DictionaryError,
    parse_actors,
    parse_agents,
    parse_date,
    read_tsv_gz,
)

ROOT = Path(__file__).resolve().parents[3]
SHIPPED = ROOT / "src" / "watchfloor" / "data" / "actors" / "petrarch"

ACTORS = """# invented test dictionary
RURITANIA_  [RUR]
+RURITANIAN_
ANTON_VELKOV_PETROV_  # CountryInfo.txt
+TONI_PETROV_
\t[RURELI 700101-100127]
\t[RURGOV 100127-140127]
\t[RURELI]
MARTA_OSK_  # CountryInfo.txt
\t[RURGOVMIL >20120301]
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_records_keep_synonyms_defaults_and_dated_codes(tmp_path):
    records = parse_actors(_write(tmp_path, "Phoenix.Countries.actors.txt", ACTORS))
    anton = next(r for r in records if r.name == "ANTON_VELKOV_PETROV_")
    assert anton.synonyms == ["TONI_PETROV_"]
    assert anton.default == "RURELI"
    assert [(d.code, d.start, d.end) for d in anton.dated] == [
        ("RURELI", date(1970, 1, 1), date(2010, 1, 27)),
        ("RURGOV", date(2010, 1, 27), date(2014, 1, 27)),
    ]
    assert anton.section_code == "RUR"
    marta = next(r for r in records if r.name == "MARTA_OSK_")
    assert marta.default is None and marta.dated[0].start == date(2012, 3, 1)
    assert marta.dated[0].end is None


def test_two_digit_years_pivot_at_thirty():
    assert parse_date("291231") == date(2029, 12, 31)
    assert parse_date("300101") == date(1930, 1, 1)
    assert parse_date("19991231") == date(1999, 12, 31)


@pytest.mark.parametrize(
    "bad",
    [
        "\t[RURGOV 1001270-140127]",  # seven-digit date
        "\t[RURGOV 140127-100127]",  # range ends before it starts
        "\t[RURGOV 100127]",  # a bare date is not a restriction
        "\t[rurgov >100127]",  # lower-case code
        "\tTONI_PETROV_",  # an indented name
        "+TONI_PETROV]_",  # a stray bracket in a name
    ],
)
def test_a_malformed_line_fails_with_file_and_line(tmp_path, bad):
    path = _write(tmp_path, "x.actors.txt", "ANTON_PETROV_  # CountryInfo.txt\n" + bad + "\n")
    with pytest.raises(DictionaryError) as info:
        parse_actors(path)
    assert info.value.line == 2
    assert str(path) in str(info.value) and ":2:" in str(info.value)


def test_agents_expand_substitution_sets_and_plurals(tmp_path):
    path = _write(
        tmp_path,
        "agents.txt",
        "!PERSON! = MAN, MEN\nPOLICE!PERSON! [~COP]\n"
        "CUSTOMS_OFFICER [~COP]\nPOLICE {} [~COP]\nCHARITY [NGO~]\n",
    )
    agents = {a.phrase: a for a in parse_agents(path)}
    assert {"POLICEMAN", "POLICEMEN"} <= set(agents)
    assert agents["POLICEMAN"].plurals == []
    assert agents["CUSTOMS_OFFICER"].plurals == ["CUSTOMS_OFFICERS"]
    assert agents["POLICE"].plurals == []
    assert agents["CHARITY"].prefix and agents["CHARITY"].plurals == ["CHARITIES"]


def test_an_agent_without_a_code_fails(tmp_path):
    path = _write(tmp_path, "agents.txt", "FARMER [~AGR]\nHERDER\n")
    with pytest.raises(DictionaryError, match=r"agents.txt:2"):
        parse_agents(path)


def _script():
    spec = importlib.util.spec_from_file_location(
        "convert_petrarch", ROOT / "scripts" / "convert_petrarch.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _src(tmp_path: Path, countries: str = ACTORS) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "Phoenix.Countries.actors.txt").write_text(countries, encoding="utf-8")
    (src / "Phoenix.International.actors.txt").write_text(
        "UNITED_NATIONS_ [IGOUNO]\n+UN_\n", encoding="utf-8"
    )
    (src / "Phoenix.MilNonState.actors.txt").write_text(
        "RURITANIAN_LIBERATION_FRONT_(RLF)_ [RURREBXYZ]\n", encoding="utf-8"
    )
    (src / "Phoenix.agents.txt").write_text("FARMER [~AGR]\n", encoding="utf-8")
    (src / "LICENSE").write_text("MIT test licence\n", encoding="utf-8")
    return src


def test_conversion_writes_gazetteer_rows_and_is_idempotent(tmp_path, monkeypatch):
    mod = _script()
    monkeypatch.setattr(mod, "_vocab", lambda: ({"RUR"}, {"GOV", "MIL", "ELI", "REB"}))
    src, out = _src(tmp_path), tmp_path / "out"
    assert mod.main(["--src", str(src), "--out", str(out)]) == 0
    first = (out / "actors.tsv.gz").read_bytes()
    assert mod.main(["--src", str(src), "--out", str(out)]) == 0
    assert (out / "actors.tsv.gz").read_bytes() == first  # same bytes on a re-run
    assert (out / "LICENSE").read_text() == "MIT test licence\n"
    rows = {r["name"]: r for r in read_tsv_gz(out / "actors.tsv.gz")}
    anton = rows["Anton Velkov Petrov"]
    assert anton["type"] == "person" and anton["country"] == "RUR"
    assert anton["code"] == "RURELI"
    assert anton["dated_codes"] == ("RURELI:1970-01-01:2010-01-27|RURGOV:2010-01-27:2014-01-27")
    assert "Toni Petrov" in anton["aliases"].split("|")
    assert "Anton Petrov" in anton["aliases"].split("|")  # first + last name variant
    front = rows["Ruritanian Liberation Front"]
    assert front["code"] == "RURREB"  # the group tag is not a project role: dropped
    assert "RLF" in front["aliases"].split("|")
    assert rows["Ruritania"]["type"] == "country"


def test_conversion_of_a_malformed_file_fails_and_writes_nothing(tmp_path, capsys):
    mod = _script()
    src, out = _src(tmp_path, ACTORS + "\t[RURGOV 2012-03]\n"), tmp_path / "out"
    assert mod.main(["--src", str(src), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Phoenix.Countries.actors.txt:11" in err
    assert not (out / "actors.tsv.gz").exists()


def test_shipped_conversion_is_present_with_its_licence():
    assert "MIT License" in (SHIPPED / "LICENSE").read_text(encoding="utf-8")
    rows = read_tsv_gz(SHIPPED / "actors.tsv.gz")
    assert len(rows) > 20_000
    assert {r["type"] for r in rows} == {"person", "organization", "any", "country"}
    assert len(read_tsv_gz(SHIPPED / "agents.tsv.gz")) > 3_000
