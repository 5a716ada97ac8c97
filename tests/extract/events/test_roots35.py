"""Issue 12, round 35 (roots35): CAMEO roots of agreements, talks and transfers from the
judged rows of seeds 3045-3069 (tuned-on).

Talks held during which something was agreed coded as an intent to meet (036) derived from a
future read off "agreed"; an intent derived from talks someone merely expects; a wish for a
discussion coded as the talks (040, hypothetical) instead of the intent to meet (036);
intelligence handed over in an object relative clause coded as aid (070) instead of sharing
intelligence (064); a settlement accepted and demands agreed to coded as intents (030)
instead of an agreement (057) and yielding (080); a guilty plea coded as a plain statement
(010) instead of an admission (015); police officers sent to work alongside another force
coded as police power (153) instead of cooperation (060). Each rule has a guard that a
nearby sentence keeps its reading.

Sentences written for these tests (not from any corpus)."""

from __future__ import annotations

import pytest

from tests.extract.events.helpers import parse


def rows(text: str) -> list[tuple[str, str, bool]]:
    """(trigger word in lower case, code, future) of each event of ``text``."""
    return [(e.trigger.text.lower(), e.code, e.future) for e in parse(text)[0].events]


def codes(text: str, trigger: str) -> set[str]:
    return {code for word, code, _ in rows(text) if word == trigger}


# -- talks during which something was agreed were held: consultation, no intent --------------
@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "The joint fisheries commission was agreed during talks between Spanish Trade Minister "
            "Luis Ortega and Moroccan Fisheries Minister Karim Alaoui.",
            "talks",
        ),
        (
            "The oil loan was agreed during a visit to Caracas this week by Ecuador's deputy "
            "energy minister.",
            "visit",
        ),
    ],
)
def test_occasion_of_an_agreement_was_held(text: str, trigger: str) -> None:
    found = [r for r in rows(text) if r[0] == trigger]
    assert found, rows(text)
    assert all(code[:2] == "04" and not future for _, code, future in found), found


def test_talks_agreed_to_stay_an_intent() -> None:  # guard: the complement of "agreed"
    found = codes("Chile and Bolivia agreed to hold talks on the border dispute.", "agreed")
    assert found == {"036"}, rows("Chile and Bolivia agreed to hold talks on the border dispute.")


def test_agreed_to_meet_stays_an_intent() -> None:  # guard (the task's)
    text = "Peru agreed to meet Bolivian officials on the border dispute."
    assert codes(text, "agreed") == {"036"}, rows(text)


def test_talks_announced_keep_their_intent() -> None:  # guard: "will hold talks" (CAMEO 036)
    text = "Mexico and Guatemala will hold talks on migration next week."
    assert "036" in codes(text, "talks"), rows(text)


# -- talks only expected: future consultation, no one's intent --------------------------------
def test_expected_talks_derive_no_intent() -> None:
    text = "Italy expects friendly talks during the Brazilian president's state visit this week."
    found = [r for r in rows(text) if r[0] == "talks"]
    assert found and all(code == "040" and future for _, code, future in found), found


# -- a wish for a discussion is an intent to meet --------------------------------------------
def test_wanted_discussion_is_an_intent_to_meet() -> None:
    text = (
        "The Argentine economy minister said he wanted a frank discussion with the "
        "United States on the debt."
    )
    assert codes(text, "discussion") == {"036"}, rows(text)


def test_wanted_cooperation_is_left_alone() -> None:  # guard: not a meeting noun
    text = "The White House wants Mexican cooperation on the border bill."
    assert "036" not in codes(text, "cooperation"), rows(text)


# -- intelligence provided in a relative clause is shared intelligence -----------------------
def test_intelligence_they_provided_is_064() -> None:
    text = (
        "Two retired detectives said the FBI ignored the intelligence they provided to the bureau."
    )
    assert codes(text, "provided") == {"064"}, rows(text)


def test_aid_an_agency_provided_stays_aid() -> None:  # guard: a subject relative clause
    text = "The agency that provided aid to Haiti was praised by the United Nations."
    assert codes(text, "provided") == {"070"}, rows(text)


# -- a settlement accepted is an agreement; demands agreed to are yielded to ------------------
def test_settlement_accepted_is_an_agreement() -> None:
    text = "Members of the union voted to accept the settlement with Ford."
    assert codes(text, "accept") == {"057"}, rows(text)


def test_invitation_accepted_stays_036() -> None:  # guard: another object of "accept"
    text = "Chile accepted the invitation from Bolivia."
    assert codes(text, "accepted") == {"036"}, rows(text)


def test_demands_agreed_to_are_yielded_to() -> None:
    text = "The Peruvian government agreed to demands by the striking miners for higher pay."
    assert codes(text, "agreed") == {"080"}, rows(text)


def test_proposal_agreed_to_stays_an_agreement() -> None:  # guard: an existing 057 row
    text = "The Peruvian government agreed to the proposal by the striking miners."
    assert codes(text, "agreed") == {"057"}, rows(text)


# -- a guilty plea admits responsibility; a plea of not guilty does not -----------------------
def test_guilty_plea_is_015() -> None:
    text = "The former Mexican governor pleaded guilty to money laundering charges."
    assert codes(text, "pleaded") == {"015"}, rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "The former Mexican governor pleaded not guilty to money laundering charges.",
        "The former Mexican governor pleaded innocent to money laundering charges.",
    ],
)
def test_plea_of_not_guilty_stays_010(text: str) -> None:  # guard: a denial is no admission
    assert codes(text, "pleaded") == {"010"}, rows(text)


# -- police sent to work alongside another force cooperate ------------------------------------
def test_police_sent_to_work_alongside_is_cooperation() -> None:
    text = (
        "The Peruvian government has sent three police officers to work alongside Bolivian forces."
    )
    assert codes(text, "sent") == {"060"}, rows(text)


def test_police_sent_to_restore_order_stay_153() -> None:  # guard: a deployment
    text = "The government sent 500 police officers to the northern state to restore order."
    assert codes(text, "sent") == {"153"}, rows(text)
