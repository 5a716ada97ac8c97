"""The gazetteer's PETRARCH2 agent table: read from the start-up cache, the same as built."""

from __future__ import annotations

from watchfloor.extract.actors.petrarch import read_tsv_gz
from watchfloor.extract.gazetteer import Gazetteer, _agent_primary, fold


def test_agent_table_from_the_cache_equals_the_table_built_from_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv("WATCHFLOOR_CACHE", str(tmp_path))
    first = Gazetteer()
    assert first.agent_role("foreign minister") == "GOV"
    assert len(list(tmp_path.glob("petrarch-agents-*.pickle"))) == 1  # stored once
    second = Gazetteer()  # as the next process: read from the entry
    assert second.agent_role("Foreign Minister") == "GOV"
    assert second.agent_role("deputies") is None  # the project's exclusions still apply
    built: dict[str, str] = {}
    for row in read_tsv_gz(second.root / "petrarch" / "agents.tsv.gz"):
        role = _agent_primary(row["code"], second.role_codes)
        if role:
            built.setdefault(fold(row["pattern"]), role)
    assert second._agents == built and list(second._agents) == list(built)


def test_agent_table_is_rebuilt_when_the_role_codes_change(tmp_path, monkeypatch):
    monkeypatch.setenv("WATCHFLOOR_CACHE", str(tmp_path))
    full = Gazetteer()
    full.agent_role("minister")
    fewer = Gazetteer()
    fewer.role_codes = {c for c in fewer.role_codes if c != "GOV"}
    assert fewer.agent_role("foreign minister") != "GOV"
