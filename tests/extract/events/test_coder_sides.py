"""The coder's own side rules: where a target comes from when the verb's object gives none,
and which earlier event a nominal event may borrow its source from."""

from __future__ import annotations

from tests.extract.events.helpers import event, parse


def test_the_destination_of_jets_sent_is_no_target():
    ev = event("The Pentagon has sent fighter jets to Puerto Rico.", "sent")
    assert ev.source_code == "USAMIL"
    assert ev.target_code is None


def test_aid_sent_goes_to_its_recipient():
    ev = event("Japan sent food aid to Haiti.", "sent")
    assert ev.root == "07"
    assert (ev.source_code, ev.target_code) == ("JPN", "HTI")


def test_who_met_a_group_is_not_who_arrested_it():
    doc = parse("Colombian soldiers met ELN commanders in the jungle. "
                "The arrest of the ELN commanders followed.")[0]
    arrest = next(e for e in doc.events if e.trigger.text == "arrest")
    assert arrest.target_code == "COLREB"
    assert arrest.source_code is None
    assert not arrest.extra.get("source_inferred")


def test_an_attack_named_again_keeps_its_attacker():
    doc = parse("Colombian soldiers attacked ELN camps in the jungle. "
                "The attack on the ELN camps followed.")[0]
    attack = next(e for e in doc.events if e.trigger.text == "attack")
    assert attack.source_code == "COLMIL"
    assert attack.extra.get("source_inferred") is True
