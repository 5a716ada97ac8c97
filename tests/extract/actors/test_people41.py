"""Named leaders and monarchs left uncoded (issues 11/12, people41).

A leader the PETRARCH2 dictionary lists under a title ("President X") keeps his code named
in full in a story that never names his country, and a bare surname finds him when he is
the one such leader in office on the article's date; "Queen X" finds the regnal record
"X II". Sentences are written for these tests, dated 1987 as the Reuters stories are.
"""

from __future__ import annotations

from datetime import date

from tests.extract.events.helpers import parse
from watchfloor.extract.actors.leader_names import surname_record
from watchfloor.extract.gazetteer import default_gazetteer

DAY = "1987-03-10"
PERIOD = (date(1987, 3, 10), date(1987, 3, 10))


def _codes(text: str, published: str = DAY) -> dict[str, str | None]:
    doc = parse(text, published=published)[0]
    return {m.text: e.actor_code for e in doc.entities for m in e.mentions}


def test_a_leader_named_in_full_keeps_his_code_without_his_country() -> None:
    text = "Mikhail Gorbachev criticised the United States on Tuesday."
    assert _codes(text)["Mikhail Gorbachev"] == "RUSGOV"


def test_a_bare_surname_names_the_one_leader_in_office() -> None:
    text = "Reagan said on Tuesday he would veto the trade bill."
    assert _codes(text)["Reagan"] == "USAGOV"


def test_a_bare_surname_outside_every_dated_code_stays_uncoded() -> None:
    # guard: Helmut Kohl's dated codes begin in 1948: in 1946 the surname names no one
    gaz = default_gazetteer()
    assert surname_record(gaz, "Kohl", (date(1946, 3, 1), date(1946, 3, 1))) is None
    assert surname_record(gaz, "Kohl", PERIOD) is not None


def test_a_surname_two_records_in_office_share_stays_uncoded() -> None:
    # guard: in 1990 both George Bushes hold a dated code (the father in office, the son
    # as an elite): the bare surname is no one's
    gaz = default_gazetteer()
    day = (date(1990, 6, 1), date(1990, 6, 1))
    assert len(gaz.titled_surname_records("Bush")) >= 2
    assert surname_record(gaz, "Bush", day) is None
    assert _codes("Bush said on Tuesday he would veto the bill.", "1990-06-01")["Bush"] is None


def test_a_surname_that_names_a_place_is_never_a_leader() -> None:
    gaz = default_gazetteer()
    assert surname_record(gaz, "Jordan", PERIOD) is None
    assert surname_record(gaz, "Gorbachev", PERIOD) is not None


def test_a_queen_finds_her_regnal_record() -> None:
    text = "Queen Elizabeth visited Canada on Monday."
    assert _codes(text)["Elizabeth"] == "GBRGOV"


def test_king_as_a_surname_is_no_monarch() -> None:
    # guard: "King" after a given name is a surname, the firm's officer no head of state
    text = "John King, the chairman of a Texas oil company, sued the bank on Monday."
    code = _codes(text).get("John King")
    assert code is None or not code.endswith("GOV")


def test_a_titled_record_out_of_office_is_still_dropped_without_its_country() -> None:
    # guard: James Baker's record holds an elite code in 1987 (no office): a firm's
    # chairman of that name in a story naming no country is no American official
    text = "Ames Tools Inc said Ann Lee was elected president, succeeding James Baker."
    assert _codes(text)["James Baker"] is None


def test_a_reigning_title_needs_a_government_record() -> None:
    # "Hassan" alone is a crown prince's record (an elite): the king is "Hassan II"
    text = "King Hassan received the French foreign minister in Rabat on Monday."
    assert _codes(text).get("Hassan", _codes(text).get("King Hassan")) == "MARGOV"


def test_a_monarch_title_names_the_record_of_the_name() -> None:
    text = "King Hussein met the Egyptian president on Monday."
    codes = _codes(text)
    assert codes.get("Hussein", codes.get("King Hussein")) == "JORGOV"
