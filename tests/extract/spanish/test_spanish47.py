"""Spanish events with no root (issue 17, branch spanish47): a denial coordinated after
another act ("criticó a Lima y negó que …") is no report standing after its clause, since
its own "que" clause follows it; police sent ("envió 200 agentes", "mandó carabineros")
is mobilising police power (155), as troops sent is 154; "la suspensión de garantías"
extended is a state of exception (1724). Guards: a report after the clause it reports
stays a report; troops and aid sent keep their codes; a deadline extended is no state of
exception. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.spanish.helpers import codes, one


def roots(text: str) -> set[str]:
    return {c[:3] for c, _, _ in codes(one(text))}


def test_a_coordinated_denial_with_its_own_clause_is_coded() -> None:
    found = codes(
        one("Quito criticó a Lima por el cierre y negó que sus tropas hayan cruzado la frontera.")
    )
    assert any(c == "016" and s == "ECUGOV" for c, s, _ in found)


def test_a_denial_after_an_accusation_is_coded_too() -> None:
    text = "El alcalde acusó a la oposición de mentir y negó que haya desviado fondos públicos."
    assert {"112", "016"} <= roots(text)


def test_a_report_after_the_clause_it_reports_stays_a_report() -> None:
    found = codes(one("Los guerrilleros quemaron tres camiones, informó la Policía."))
    assert not any(c.startswith("01") for c, _, _ in found)


def test_police_sent_is_mobilising_police_power() -> None:
    assert "155" in roots("El Gobierno envió 200 agentes de la Policía Federal a la región.")
    assert "155" in roots("El ministro mandó carabineros a la zona del conflicto.")


def test_troops_and_aid_sent_keep_their_codes() -> None:
    assert "154" in roots("El Gobierno envió 500 soldados a la frontera norte.")
    assert "073" in roots("El Gobierno envió alimentos y medicinas a los damnificados.")


def test_a_suspension_of_guarantees_extended_is_a_state_of_exception() -> None:
    text = "El Gobierno hondureño extendió hasta marzo la suspensión de garantías en tres ciudades."
    assert "172" in roots(text)


def test_extending_a_deadline_is_no_state_of_exception() -> None:
    assert "172" not in roots("El tribunal extendió hasta marzo el plazo para presentar pruebas.")
