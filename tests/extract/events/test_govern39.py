"""Issue 12, govern39: a threat coded as the act it threatens. The governing speech act
decides the root (13); the act it names only picks the sub-code (directives
``threat_codes``): a threatened strike 133, a threatened arrest 137, threatened sanctions
1312, threatened force 138. "the threat of X" and "threatened Y with X" name their act
as a threat's complement does. Judged seeds <= 3076 (tuned-on) gave the cases.

Sentences written for these tests (not from any corpus)."""

from __future__ import annotations

from functools import lru_cache

from tests.extract.events.helpers import parse

TEXTS = (
    "Venezuelan teachers threatened strikes against the government.",  # 0
    "The prosecutor's threat of arrest angered the mayor of Lima.",  # 1
    "The opposition threatened to boycott the election in Venezuela.",  # 2
    "The United Nations threatened Paraguay with sanctions.",  # 3
    "Colombian workers went on strike against the government.",  # 4
    "Police arrested the Bolivian smugglers.",  # 5
    "Israel threatened to attack Iran.",  # 6
    "The gang threatened to kill the hostages in Honduras.",  # 7
    "Ecuador threatened legal action against Peru.",  # 8
    "The union called off the strike against the Peruvian government.",  # 9
    "The workers demanded higher wages with a strike against the Chilean government.",  # 10
    "Trump's threat of military strikes on Venezuela alarmed Colombia.",  # 11
)


@lru_cache(maxsize=1)
def _docs():
    return parse(*TEXTS)


def coded(i: int) -> dict[str, str]:
    """trigger word (lower case) -> code of the events of ``TEXTS[i]``."""
    return {e.trigger.text.lower(): e.code for e in _docs()[i].events}


# -- the act threatened picks the threat's sub-code -------------------------------------
def test_threatened_labour_strikes_are_a_threat_of_protest_not_of_force() -> None:
    assert coded(0) == {"threatened": "133"}


def test_a_threat_of_arrest_is_a_threat_of_repression_not_the_arrest() -> None:
    assert coded(1) == {"threat": "137"}


def test_a_threatened_boycott_is_a_threat_of_protest() -> None:
    assert coded(2).get("threatened") == "133"


def test_threatened_with_sanctions_is_one_sanctions_threat() -> None:
    ev = next(e for e in _docs()[3].events if e.trigger.text == "threatened")
    assert coded(3) == {"threatened": "1312"}
    assert ev.target_code == "PRY" and not ev.hypothetical


def test_a_threat_of_strikes_is_the_threat_asserted() -> None:
    ev = next(e for e in _docs()[11].events if e.trigger.text == "threat")
    assert coded(11) == {"threat": "138"}
    assert ev.target_code == "VEN" and not ev.hypothetical


# -- guards: acts carried out, force threatened, acts no threat names ---------------------
def test_a_strike_carried_out_stays_a_strike() -> None:
    assert coded(4).get("strike", "")[:2] == "14"


def test_an_arrest_made_stays_an_arrest() -> None:
    assert coded(5).get("arrested") == "173"


def test_threatened_force_stays_a_threat_of_force() -> None:
    assert coded(6) == {"threatened": "138"}
    assert coded(7) == {"threatened": "1383"}  # its context word "kill" is kept


def test_a_threat_of_legal_action_is_no_sanctions_threat() -> None:
    assert coded(8).get("threatened") == "130"


def test_calling_off_a_strike_is_no_appeal() -> None:
    assert not any(c.startswith("02") for c in coded(9).values()), coded(9)


def test_with_under_a_demand_names_no_act_demanded() -> None:
    found = coded(10)
    assert found.get("demanded", "")[:2] == "10" and found.get("strike", "")[:2] == "14"


# -- the table read is the one passed in (the extractor's own directives) ------------------
def test_name_threats_reads_the_directives_it_is_given() -> None:
    from dataclasses import replace
    from types import SimpleNamespace

    from watchfloor.extract.events.directives import default_directives, name_threats

    def threat(start: int) -> SimpleNamespace:
        trigger = SimpleNamespace(start=start)
        return SimpleNamespace(trigger=trigger, root="13", code="130", goldstein=-4.4, extra={})

    def describe(code: str) -> SimpleNamespace:
        return SimpleNamespace(
            code=code,
            root=code[:2],
            quad_class=3,
            goldstein=-5.0,
            name=code,
            plover_event="",
            plover_mode="",
            penta_class="",
        )  # the fields of a CodeInfo that recoding reads

    gov = SimpleNamespace(idx=7)
    custom = replace(default_directives(), threat_codes=(("173", "1399"),))
    shipped, own = threat(7), threat(7)
    name_threats([(gov, "173")], [shipped], describe, default_directives())
    name_threats([(gov, "173")], [own], describe, custom)
    assert shipped.code == "137"  # the shipped table: an arrest threatened is 137
    assert own.code == "1399" and own.extra["threatened_code"] == "173"
