"""Non-events of wire stories, round 37 (issue 12: ``nonacts.py`` ``igo_session`` and
``existing_accord``; ``nonacts.yaml`` ``igo_prefixes``, ``accord_*``). Sentences written
for these tests; each non-event below is emitted at 99a17ff2, and each rule has guards.
The IGO-session reading ships off (``igo_prefixes`` empty: judges split on it); its tests
switch it on."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.extract.events.helpers import events
from watchfloor.extract.events import nonacts
from watchfloor.extract.events.nonacts import NonActs, default_lists

NATO_SESSION = "After a closed meeting of NATO defence ministers, a communique was released."
EC_TALKS = (
    "Talks by EC agriculture ministers in Luxembourg tomorrow are expected to focus on the tax."
)
EC_MET = "EC farm ministers met in Brussels to discuss milk quotas."
UPHELD = (
    "Nigeria and all member countries of OPEC remain determined to uphold the December agreement."
)
TREATY_BASIS = (
    "The accounts were frozen under a treaty on judicial assistance between Spain and Canada."
)


@pytest.fixture
def igo_on(monkeypatch) -> None:
    lists = replace(default_lists(), igo_prefixes=("IGO",))
    monkeypatch.setattr(nonacts, "default_nonacts", lambda: NonActs(lists))


def test_the_igo_session_reading_ships_off() -> None:
    assert default_lists().igo_prefixes == ()
    assert events(NATO_SESSION, "meeting")


@pytest.mark.parametrize(
    "text,trigger", [(NATO_SESSION, "meeting"), (EC_TALKS, "talks"), (EC_MET, "met")]
)
def test_one_international_bodys_own_session_is_no_event(igo_on, text: str, trigger: str) -> None:
    assert events(text, trigger) == []


def test_an_accord_kept_is_no_new_agreement() -> None:
    assert events(UPHELD, "agreement") == []


def test_an_accord_named_as_the_basis_of_an_act_is_no_event() -> None:
    assert events(TREATY_BASIS, "assistance") == []
    # the act done under it stays
    assert [(e.code, e.target_code) for e in events(TREATY_BASIS, "frozen")] == [("163", "CAN")]


def test_without_the_round_37_lists_the_events_come_back(monkeypatch) -> None:
    # the rules, not another one, remove them
    lists = replace(default_lists(), accord_codes=())
    monkeypatch.setattr(nonacts, "default_nonacts", lambda: NonActs(lists))
    assert events(TREATY_BASIS, "assistance")
    assert events(UPHELD, "agreement")


# -- guards -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,trigger,pair",
    [
        ("NATO ministers met Russian officials in Brussels.", "met", ("IGOWSTNAT", "RUSGOV")),
        (
            "The EC foreign ministers met the Japanese trade minister in Brussels.",
            "met",
            ("IGOEUREEC", "JPNGOV"),
        ),
        ("OPEC ministers will hold talks with Mexico next week.", "talks", ("IGOBUSOPC", "MEX")),
    ],
)
def test_a_body_meeting_an_outside_party_stays(
    igo_on, text: str, trigger: str, pair: tuple
) -> None:
    assert pair in [(e.source_code, e.target_code) for e in events(text, trigger)]


def test_one_envoy_of_a_body_is_no_session(igo_on) -> None:
    # one person of the body: the party met may be unnamed
    assert events("The UN envoy met in Geneva on Monday.", "met")


def test_a_new_accord_stays() -> None:
    found = events(
        "Peru and Ecuador reached an agreement on Monday to reopen the border.", "reached"
    )
    assert {(e.source_code, e.target_code) for e in found} == {("PER", "ECU"), ("ECU", "PER")}


def test_an_accord_signed_in_the_sentence_stays() -> None:
    found = events("Peru signed the border agreement with Ecuador on Monday.", "signed")
    assert [(e.code, e.source_code, e.target_code) for e in found] == [("057", "PER", "ECU")]


def test_aid_given_under_an_accord_stays() -> None:
    found = events("Chile gave Peru aid under a cooperation agreement signed on Monday.", "aid")
    assert [(e.code, e.source_code, e.target_code) for e in found] == [("070", "CHL", "PER")]


def test_a_visit_by_a_bodys_envoys_stays(igo_on) -> None:
    # a visit faces its host, whoever the resolver finds there
    text = "The latest of the visits by UN representatives ended last week, the rapporteur said."
    assert [(e.code, e.source_code) for e in events(text, "visits")] == [("042", "IGOUNO")]


def test_an_accord_whose_signing_is_reported_stays() -> None:
    text = "Chile has threatened tariffs over Peru's failure to keep a fishing pact signed in May."
    assert [(e.code, e.source_code) for e in events(text, "pact")] == [("057", "PER")]
