"""Named people whose event side stayed empty because the person was left uncoded (issue
12, empty41): the actor readings of ``tests/extract/actors/test_empty41.py`` seen on the
event's side. Sentences written for these tests; guards keep the side empty where the
document names no full name for the short one."""

from __future__ import annotations

from tests.extract.events.helpers import events

EIGHTIES = "1987-03-10"


def _sides(text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {(e.source_code, e.target_code) for e in events(text, trigger, published=EIGHTIES)}


def test_a_dictionary_leader_whose_block_lost_its_plus_signs_is_a_side() -> None:
    # named with his office, as a news story names him (the base coded "the Soviet
    # leader" RUS at best, the name nothing)
    text = "President Reagan said he would meet the Soviet leader, Mikhail Gorbachev, in May."
    assert _sides(text, "meet") == {("USAGOV", "RUSGOV")}


def test_a_soviet_leader_is_his_government_not_only_his_country() -> None:
    text = "Soviet leader Mikhail Gorbachev criticised the United States on Tuesday."
    assert _sides(text, "criticised") == {("RUSGOV", "USA")}


def test_the_family_name_of_a_korean_premier_is_a_side() -> None:
    text = (
        "Prime Minister Lho Shin-yong arrived in Tokyo on Sunday. "
        "Lho proposed talks with the Japanese government on fishing rights."
    )
    assert _sides(text, "proposed") == {("KORGOV", "JPNGOV")}


def test_the_family_name_of_a_chinese_leader_is_a_side() -> None:
    text = (
        "Chinese leader Hu Yaobang visited Tokyo last year. "
        "On Monday, Hu accused the Japanese government of reviving militarism."
    )
    assert _sides(text, "accused") == {("CHNELI", "JPNGOV")}


def test_a_short_name_with_no_full_name_stays_uncoded() -> None:
    # guard: nothing in the document says who Lho is
    text = "Lho proposed talks with the Japanese government on fishing rights."
    assert _sides(text, "proposed") == {(None, "JPNGOV")}
