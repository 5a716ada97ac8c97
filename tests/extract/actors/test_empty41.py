"""Named people left uncoded, so that the event's side stayed empty (issue 12, empty41).

Three general readings: a PETRARCH2 block whose synonyms lost their ``+`` upstream is one
record (``petrarch._lost_synonym``: "Mikhail Gorbachev" had no code); a hyphenated given
name the dictionary writes with a space ("Lho Shin-yong"; ``Gazetteer.dictionary_entry``);
a short name standing for the one full name of the document that begins with it, names
written family name first ("Hu" for Hu Yaobang; ``grouping._family_name_first``).
Dictionary text is invented; sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.extract.events.helpers import parse
from watchfloor.extract.actors.petrarch import parse_actors

LOST_PLUS = """# invented test dictionary
RURITANIA_  [RUR]
BORIS_VELKOV_  # CountryInfo.txt
+VELKOV
+PRESIDENT_VELKOV
CHAIRMAN_BORIS_VELKOV
VELKOV_ADMINISTRATION
GENERAL_SECRETARY_VELKOV
\t[RURELI 500101-850311]
\t[RURGOV 850311-910824]
ANNA_MIRKOVA_  # CountryInfo.txt
\t[RURGOV 900101-950101]
MIRKOVA_FOUNDATION
\t[RURNGO]
PETAR_DOSEV_  # CountryInfo.txt
IVAN_STOYCHEV_
\t[RURGOV 900101-950101]
"""


def _records(tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "Phoenix.Countries.actors.txt"
    path.write_text(LOST_PLUS, encoding="utf-8")
    return {r.name: r for r in parse_actors(path)}


def test_bare_lines_of_an_uncoded_block_are_its_synonyms(tmp_path: Path) -> None:
    records = _records(tmp_path)
    boris = records["BORIS_VELKOV_"]
    assert boris.synonyms == [
        "VELKOV",
        "PRESIDENT_VELKOV",
        "CHAIRMAN_BORIS_VELKOV",
        "VELKOV_ADMINISTRATION",
        "GENERAL_SECRETARY_VELKOV",
    ]
    assert [(d.code, d.start) for d in boris.dated] == [
        ("RURELI", date(1950, 1, 1)),
        ("RURGOV", date(1985, 3, 11)),
    ]
    assert "GENERAL_SECRETARY_VELKOV" not in records


def test_a_coded_record_keeps_the_next_line_its_own(tmp_path: Path) -> None:
    # guard: Mirkova has her dates before the next line: the foundation is its own record
    records = _records(tmp_path)
    assert records["ANNA_MIRKOVA_"].synonyms == []
    assert records["MIRKOVA_FOUNDATION"].default == "RURNGO"


def test_an_uncoded_record_does_not_take_another_persons_line(tmp_path: Path) -> None:
    # guard: Dosev has no code, but the next line names someone else
    records = _records(tmp_path)
    assert records["PETAR_DOSEV_"].synonyms == [] and not records["PETAR_DOSEV_"].dated
    assert records["IVAN_STOYCHEV_"].dated[0].code == "RURGOV"


def _codes(text: str, published: str) -> dict[str, str | None]:
    doc = parse(text, published=published)[0]
    return {m.text: e.actor_code for e in doc.entities for m in e.mentions}


def test_a_soviet_leader_of_the_eighties_is_coded_by_the_dictionary() -> None:
    text = "Soviet leader Mikhail Gorbachev received the Finnish president in Moscow on Tuesday."
    assert _codes(text, "1987-03-10")["Mikhail Gorbachev"] == "RUSGOV"


def test_a_hyphenated_given_name_finds_its_record() -> None:
    # no country in the sentence: only the dictionary record gives his country
    text = "Prime Minister Lho Shin-yong flew to Tokyo on Monday."
    assert _codes(text, "1987-03-10")["Lho Shin-yong"] == "KORGOV"


def test_an_arabic_article_is_not_read_as_a_given_name() -> None:
    # guard: "al-" opens a surname; only a capitalised word of three letters or more
    from watchfloor.extract.gazetteer import HYPHEN_IN_NAME

    assert not HYPHEN_IN_NAME.search("Ali al-Sabah")
    assert HYPHEN_IN_NAME.sub(r"\1 ", "Kim Dae-jung") == "Kim Dae jung"


def test_a_family_name_first_stands_for_its_full_name() -> None:
    text = (
        "Chinese Communist Party chief Hu Yaobang spoke in Peking on Monday. "
        "Hu said the party would keep its course."
    )
    doc = parse(text, published="1986-06-10")[0]
    hu = next(e for e in doc.entities if e.name.startswith("Hu Yaobang"))
    assert [m.text for m in hu.mentions] == ["Hu Yaobang", "Hu"]
    assert hu.actor_code and hu.actor_code.startswith("CHN")


def test_a_short_name_two_people_begin_with_stays_its_own() -> None:
    # guard: two full names begin with "Kim": no guess
    text = (
        "Kim Dae-jung and Kim Young-sam met opposition leaders in Seoul on Monday. "
        "Kim said the talks went well."
    )
    doc = parse(text, published="1987-03-10")[0]
    kim = [e for e in doc.entities if any(m.text == "Kim" for m in e.mentions)]
    assert all(len(e.mentions) == 1 for e in kim)


def test_a_surname_still_goes_to_the_name_it_ends() -> None:
    # guard: "Petrov" ends "Ivan Petrov": the surname reading comes first
    text = "Ivan Petrov, a Bulgarian trade official, arrived on Monday. Petrov said he was glad."
    doc = parse(text, published="1987-03-10")[0]
    petrov = next(e for e in doc.entities if e.name == "Ivan Petrov")
    assert [m.text for m in petrov.mentions] == ["Ivan Petrov", "Petrov"]
