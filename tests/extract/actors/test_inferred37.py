"""inferred37 (issue 11): the trained gate on inferred countries (extract/actors/
inferred_gate.py). No model ships (the cross-validation showed no gain), so these tests
give the gate a hand-set model that trusts the article's country only where it holds most
of the document's country mentions, and check what the gate does with its answer: a
clear home country keeps its inferred codes; an article naming several countries loses
them (a role phrase is dropped, a titled person left uncoded); a stated country is never
touched; with no model every code stays. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actors.test_codes import _extract
from watchfloor.extract.actors import inferred_gate as gate

CLEAR = (
    "TEGUCIGALPA, May 4 - Honduras opened an inquiry on Monday into a prison riot in the "
    "north of Honduras. Honduran officials said inmates had seized a wing of the jail in "
    "San Pedro Sula.\n    The police said order was restored by the evening."
)
SEVERAL = (
    "Peru and Chile opened talks on copper tariffs in Lima on Monday. Peru wants quotas, "
    "Chile wants none, and Bolivia is watching. Peru said it would not yield.\n    "
    "{last}"
)
MINISTER = "Finance Minister Tomas Rebolledo said the talks would go on for a week."
ARMY = "The army was put on alert after the meeting, officials said."
STATED = "The Peruvian army was put on alert after the meeting, officials said."


def _share_model(threshold: float = 0.5) -> dict:
    """P(right) rises steeply through a 0.7 share of the country mentions."""
    coef = [20.0 if f == "share" else 0.0 for f in gate.FEATURES]
    return {
        "features": list(gate.FEATURES),
        "coef": coef,
        "intercept": -14.0,
        "mean": [0.0] * len(coef),
        "scale": [1.0] * len(coef),
        "threshold": threshold,
    }


@pytest.fixture
def share_gate(monkeypatch):
    monkeypatch.setattr(gate, "_model", lambda: _share_model())


def _codes(doc) -> dict[str, tuple[str | None, bool]]:
    return {
        " ".join(e.name.split()): (e.actor_code, bool(e.attributes.get("country_inferred")))
        for e in doc.entities
        if e.type in {"person", "organization"}
    }


def test_a_clear_home_country_keeps_its_inferred_code(share_gate):
    codes = _codes(_extract(CLEAR, "1990-05-04"))
    assert codes.get("Honduras police") == ("HNDCOP", True)


def test_several_countries_take_the_inferred_country_from_a_titled_official(share_gate):
    codes = _codes(_extract(SEVERAL.format(last=MINISTER), "1990-05-04"))
    assert codes.get("Tomas Rebolledo") == (None, False)


def test_several_countries_drop_a_bare_role_phrase(share_gate):
    codes = _codes(_extract(SEVERAL.format(last=ARMY), "1990-05-04"))
    assert not any(code and code.endswith("MIL") for code, _ in codes.values())


def test_guard_a_stated_country_is_never_gated(share_gate):
    codes = _codes(_extract(SEVERAL.format(last=STATED), "1990-05-04"))
    assert ("PERMIL", False) in codes.values()


def test_guard_without_a_model_every_inferred_code_stays(monkeypatch):
    monkeypatch.setattr(gate, "_model", lambda: None)
    codes = _codes(_extract(SEVERAL.format(last=MINISTER), "1990-05-04"))
    assert codes.get("Tomas Rebolledo") == ("PERGOV", True)


def test_recorded_features_say_how_dominant_the_country_is(share_gate):
    seen: dict[str, dict[str, float]] = {}
    with gate.record(lambda _doc, r, feats: seen.setdefault(r.code, feats)):
        clear = _codes(_extract(CLEAR, "1990-05-04"))
        several = _codes(_extract(SEVERAL.format(last=MINISTER), "1990-05-04"))
    # while recording, the gate keeps every code (the training data is today's coder's)
    assert clear.get("Honduras police") == ("HNDCOP", True)
    assert several.get("Tomas Rebolledo") == ("PERGOV", True)
    home, peru = seen["HNDCOP"], seen["PERGOV"]
    assert home["share"] == 1.0 and home["dateline_agrees"] == 1.0 and home["kind_role"] == 1.0
    assert home["log_other_countries"] == 0.0
    assert 0.5 < peru["share"] < 0.7 and peru["log_other_countries"] > 0
    assert peru["kind_titled"] == 1.0 and peru["role_GOV"] == 1.0
    assert set(home) == set(gate.FEATURES)
