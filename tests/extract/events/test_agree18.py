"""Issue 12, agree18: a multi-party agreement gives one row per pair of its parties
(:mod:`watchfloor.extract.events.meetings`, ``SYMMETRIC_CODES``), a specific intent agreed to
together keeps its 03x code rather than the joint agreement 057 while a that-clause agreed
together is one (senses.tsv), and accepting
aid, an offer or a proposal is never recoded to a yielding 08x code (recoding.yaml
``barred``, :func:`watchfloor.extract.events.classify.barred_roots`). Sentences written for
these tests."""

from __future__ import annotations

from spacy.tokens import Token

from tests.extract.events.helpers import events
from watchfloor.extract.events.classify import (
    Bar,
    barred,
    barred_roots,
    parse_bars,
    parse_policy,
)
from watchfloor.extract.events.meetings import MAX_PAIRED, meeting_dyads, symmetric


def _pairs(text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return [(e.source_code, e.target_code) for e in events(text, trigger)]


class _A:
    """A stand-in actor: a code, a key and a word position."""

    def __init__(self, code: str | None, i: int) -> None:
        self.code, self.key = code, f"{code}@{i}"
        self.token = type("T", (), {"i": i})()
        self.entity = None


def _never(_actor: object) -> bool:
    return False


# -- one accord, one row per pair of its parties --------------------------------------------


def test_four_states_signing_an_accord_give_six_rows_not_twelve():
    pairs = _pairs(
        "Peru, Chile, Bolivia and Ecuador signed a security agreement in Lima on Friday.", "signed"
    )
    assert len(pairs) == 6
    assert len({frozenset(p) for p in pairs}) == 6
    assert all(
        code == "057"
        for code in {
            e.code
            for e in events(
                "Peru, Chile, Bolivia and Ecuador signed a security agreement in Lima on Friday.",
                "signed",
            )
        }
    )


def test_three_states_agreeing_together_give_three_rows():
    pairs = _pairs("Peru, Chile and Bolivia agreed to set up a joint border commission.", "agreed")
    assert sorted(pairs) == sorted([("PER", "CHL"), ("PER", "BOL"), ("CHL", "BOL")])


def test_two_states_signing_keep_both_directions():
    # guard: the reciprocal pair of two parties (judged right, as for meetings) stays
    pairs = _pairs("Peru and Chile signed a security agreement in Lima on Friday.", "signed")
    assert sorted(pairs) == [("CHL", "PER"), ("PER", "CHL")]


def test_symmetric_codes_are_agreements_truces_cooperation_and_joint_pledges():
    for code in ("040", "046", "057", "0871", "050", "064", "030", "0314", "036"):
        assert symmetric(code), code
    for code in ("042", "043", "063", "070", "073", "080", "0874", "190", "112"):
        assert not symmetric(code), code  # directed acts keep their ordered pairs


def test_directed_code_between_coordinated_parties_keeps_ordered_pairs():
    a, b, c = _A("PER", 0), _A("CHL", 2), _A("BOL", 4)
    assert meeting_dyads("073", [a, b, c], [a, b, c], _never) is None  # aid: directed
    assert meeting_dyads("057", [a, b, c], [a, b, c], _never) == [(a, b), (a, c), (b, c)]
    assert meeting_dyads("057", [a], [b, c], _never) is None  # one signs with several


def test_two_bodies_one_with_its_delegation_keep_both_directions():
    # "signed by the Peruvian minister and X, a World Bank vice-president, for the Bank"
    minister, envoy, bank = _A("PERGOV", 0), _A("IGOUNOWBK", 2), _A("IGOUNOWBK", 4)
    assert meeting_dyads("057", [minister, envoy, bank], [minister, envoy, bank], _never) == [
        (minister, envoy),
        (minister, bank),
        (envoy, minister),
        (bank, minister),
    ]
    # an uncoded envoy beside two coded bodies: still two parties, both directions, and
    # no row of the envoy's own (meet21: judged seed 3038, PHLGOV→∅ and IGOUNOWBK→∅ rows
    # beside the coded pair left the other party empty)
    envoy = _A(None, 2)
    assert meeting_dyads("057", [minister, envoy, bank], [minister, envoy, bank], _never) == [
        (minister, bank),
        (bank, minister),
    ]
    # guard: three coded bodies give one row per pair
    third = _A("CHL", 6)
    assert (
        len(meeting_dyads("057", [minister, bank, third], [minister, bank, third], _never) or [])
        == 3
    )


def test_an_accord_of_many_parties_gives_one_row_per_party_to_the_first_named():
    parties = [
        _A(code, 2 * i) for i, code in enumerate(["USA", "JPN", "DEU", "FRA", "GBR", "CAN", "ITA"])
    ]
    assert len(parties) > MAX_PAIRED
    dyads = meeting_dyads("057", parties, parties, _never)
    assert dyads == [(p, parties[0]) for p in parties[1:]]
    # guard: up to MAX_PAIRED parties every unordered pair stays
    six = parties[:MAX_PAIRED]
    assert len(meeting_dyads("057", six, six, _never) or []) == MAX_PAIRED * (MAX_PAIRED - 1) // 2


# -- a specific intent agreed to together keeps its 03x code ---------------------------------


def test_agreeing_together_to_share_intelligence_is_0314_not_057():
    found = events("Peru and Chile agreed to share intelligence on drug cartels.", "agreed")
    assert found and {e.code for e in found} == {"0314"}


def test_agreeing_together_to_release_or_exchange_prisoners_is_0353():
    for text in (
        "Peru and Chile agreed to release prisoners held since the war.",
        "Peru and Chile agreed to exchange prisoners next month.",
    ):
        found = events(text, "agreed")
        assert found and {e.code for e in found} == {"0353"}, text


def test_agreeing_together_to_set_up_a_commission_stays_057():
    # guard: no specific intent, the joint agreement stays (roots17)
    found = events("Peru and Chile agreed to set up a joint border commission.", "agreed")
    assert found and {e.code for e in found} == {"057"}


def test_agreeing_to_exchange_shares_stays_no_event():
    # guard: the commercial xcomp row still reads a share swap as no event
    assert events("Alpha Corp agreed to exchange shares with Beta Inc next month.", "agreed") == []


def test_states_agreeing_together_that_something_holds_reach_an_accord():
    found = events(
        "On Friday, Peru, Chile and Bolivia agreed that their currencies were "
        "within stable ranges.",
        "agreed",
    )
    assert {e.code for e in found} == {"057"}
    assert sorted((e.source_code, e.target_code) for e in found) == sorted(
        [("PER", "CHL"), ("PER", "BOL"), ("CHL", "BOL")]
    )


def test_a_pledge_clause_or_one_party_agreeing_that_is_no_accord():
    # guards: a modal clause is a pledge (the verb's pattern), one party is no accord
    found = events("Peru and Chile agreed that troops would withdraw from the border.", "agreed")
    assert found and "057" not in {e.code for e in found}
    found = events("Peru agreed that its currency was within a stable range.", "agreed")
    assert "057" not in {e.code for e in found}


# -- accepting aid, an offer or a proposal is no yielding ------------------------------------


def test_accepting_aid_is_not_recoded_to_a_yielding_code():
    for text in (
        "Colombia accepted aid from the United States after the floods.",
        "Peru accepted the Chilean offer of help on Tuesday.",
    ):
        found = events(text, "accepted")
        assert found, text
        assert not any(e.code.startswith("08") for e in found), text


def test_accepting_a_ceasefire_stays_a_truce():
    # guard: the rule's own pattern code is no recode and stays
    found = events("The rebels accepted the ceasefire on Tuesday.", "accepted")
    assert found and {e.code for e in found} == {"0871"}


def _token(text: str, word: str) -> Token:
    from watchfloor.nlp.pipeline import load_nlp

    return next(t for t in load_nlp()(text) if t.text == word)


def test_barred_roots_read_the_object_and_the_lemma():
    bars = (Bar(frozenset({"accept"}), frozenset({"aid", "offer"}), ("08",)),)
    assert barred_roots(_token("Colombia accepted aid from Chile.", "accepted"), bars) == ("08",)
    assert barred_roots(_token("Peru accepted an offer from Chile.", "accepted"), bars) == ("08",)
    # guards: another object, another verb
    assert barred_roots(_token("The rebels accepted the ceasefire.", "accepted"), bars) == ()
    assert barred_roots(_token("Colombia welcomed aid from Chile.", "welcomed"), bars) == ()


def test_a_bar_of_any_object_bars_the_bare_word_too():
    bars = (Bar(frozenset({"agree"}), frozenset({"*"}), ("08",)),)
    assert barred_roots(
        _token("The six states agreed that their currencies were stable.", "agreed"), bars
    ) == ("08",)
    # guard: another word is not barred
    assert (
        barred_roots(
            _token("The six states accepted that their currencies were stable.", "accepted"), bars
        )
        == ()
    )


def test_shipped_bars_cover_accept_aid_and_any_agree_and_leave_the_policy_alone():
    shipped = barred()
    assert any("accept" in b.lemmas and "aid" in b.objects and "08" in b.roots for b in shipped)
    assert any("agree" in b.lemmas and "*" in b.objects and "08" in b.roots for b in shipped)
    assert not any("accept" in b.lemmas and "demand" in b.objects for b in shipped)
    data = {
        "sense": [],
        "word": "any",
        "barred": [{"lemmas": ["accept"], "objects": ["aid"], "roots": ["08"]}],
    }
    assert parse_policy(data) == {"sense": frozenset(), "word": "any"}
    assert parse_bars(data) == (Bar(frozenset({"accept"}), frozenset({"aid"}), ("08",)),)
