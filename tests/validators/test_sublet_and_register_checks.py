"""Truth tables of the onderhuur contract checks and the register's yes/no checks."""

from __future__ import annotations

import pytest

from tests.validators.dossier import FAIL, NO_ROW, PASS, UNKNOWN, field, row, run, sublet_contract
from validators.facts import RegisterStatus
from validators.register_checks import (
    no_existing_lodging,
    no_major_maintenance,
    no_nuisance_file,
    no_rent_arrears,
    no_renovation_urgency,
)
from validators.sublet import contract_conditions_clause, contract_end_clause, room_rent_within_cap

# --- room_rent_within_cap -------------------------------------------------------------


@pytest.mark.parametrize(
    ("room_rent", "monthly_rent", "rooms", "status"),
    [
        pytest.param("250.00", "1040.00", 4, PASS, id="below-cap"),
        pytest.param("260.00", "1040.00", 4, PASS, id="exactly-rent-over-rooms"),
        pytest.param("260.01", "1040.00", 4, FAIL, id="one-cent-over"),
        pytest.param("346.67", "1040.00", 3, FAIL, id="rounded-up-third-is-over"),
        pytest.param("346.66", "1040.00", 3, PASS, id="rounded-down-third-is-under"),
        pytest.param("520.00", "1040.00", 3, FAIL, id="half-the-rent-in-3-rooms"),
        pytest.param(None, "1040.00", 3, UNKNOWN, id="room-rent-unread"),
        pytest.param("250.00", None, 3, UNKNOWN, id="rent-empty-in-register"),
        pytest.param("250.00", "1040.00", None, UNKNOWN, id="rooms-empty-in-register"),
    ],
)
def test_room_rent_within_cap(room_rent, monthly_rent, rooms, status):
    result = run(room_rent_within_cap, sublet_contract(room_rent=room_rent),
                 register_row=row(monthly_rent=monthly_rent, rooms=rooms))  # fmt: skip
    assert result.status is status, result.reason


def test_room_rent_within_cap_reason_shows_the_sum():
    reason = run(room_rent_within_cap, sublet_contract(room_rent="520.00"), register_row=row(rooms=3)).reason
    assert "€ 520,00" in reason and "€ 1.040,00 / 3 kamers = € 346,67" in reason


@pytest.mark.parametrize(
    ("documents", "register_row", "status"),
    [
        pytest.param((), None, UNKNOWN, id="no-contract"),
        pytest.param((sublet_contract(),), NO_ROW, UNKNOWN, id="no-register"),
        # Of two contracts the most recently signed counts.
        pytest.param((sublet_contract(room_rent="900.00", signed_date="2026-09-01", file="a.pdf"),
                      sublet_contract(room_rent="250.00", signed_date="2026-10-20", file="b.pdf")), None, PASS,
                     id="corrected-contract-signed-later"),  # fmt: skip
        pytest.param((sublet_contract(room_rent="250.00", signed_date="2026-09-01", file="a.pdf"),
                      sublet_contract(room_rent="900.00", signed_date="2026-10-20", file="b.pdf")), None, FAIL,
                     id="later-contract-too-expensive"),  # fmt: skip
    ],
)
def test_room_rent_within_cap_which_contract(documents, register_row, status):
    assert run(room_rent_within_cap, *documents, register_row=register_row).status is status


# --- contract_end_clause, contract_conditions_clause ----------------------------------


@pytest.mark.parametrize(("check", "clause"), [(contract_end_clause, "end_with_main_lease"),
                                               (contract_conditions_clause, "general_conditions")])  # fmt: skip
@pytest.mark.parametrize(
    ("value", "status"),
    [
        pytest.param(True, PASS, id="true"),
        pytest.param("true", PASS, id="true-as-text"),
        pytest.param(False, FAIL, id="false"),
        pytest.param(None, UNKNOWN, id="unread"),
        pytest.param("misschien", UNKNOWN, id="not-a-boolean"),
    ],
)
def test_contract_clauses(check, clause, value, status):
    assert run(check, sublet_contract(**{clause: value})).status is status


@pytest.mark.parametrize("check", [contract_end_clause, contract_conditions_clause])
def test_contract_clauses_without_contract_are_unknown(check):
    assert run(check).status is UNKNOWN


def test_contract_clause_low_confidence_is_flagged():
    result = run(contract_end_clause, sublet_contract(end_with_main_lease=field(True, confidence=0.6)))
    assert result.status is PASS and result.low_confidence


# --- register yes/no checks -----------------------------------------------------------

REGISTER_CHECKS = [
    (no_rent_arrears, ("rent_arrears",)),
    (no_nuisance_file, ("nuisance_file", "fraud_file")),
    (no_existing_lodging, ("active_lodging",)),
    (no_renovation_urgency, ("renovation_urgency",)),
    (no_major_maintenance, ("major_maintenance_planned",)),
]
IDS = [check.__name__ for check, _ in REGISTER_CHECKS]


@pytest.mark.parametrize(("check", "columns"), REGISTER_CHECKS, ids=IDS)
def test_register_check_passes_on_false(check, columns):
    result = run(check, register_row=row(**dict.fromkeys(columns, False)))
    assert result.status is PASS
    assert {(e.file, e.source, e.field) for e in result.evidence} == {("register.csv", "register", c) for c in columns}


@pytest.mark.parametrize(("check", "columns"), REGISTER_CHECKS, ids=IDS)
def test_register_check_fails_on_any_true(check, columns):
    for column in columns:
        assert run(check, register_row=row(**{column: True})).status is FAIL, column


@pytest.mark.parametrize(("check", "columns"), REGISTER_CHECKS, ids=IDS)
def test_register_check_unknown_on_empty_cell(check, columns):
    for column in columns:
        assert run(check, register_row=row(**{column: None})).status is UNKNOWN, column


@pytest.mark.parametrize(("check", "columns"), REGISTER_CHECKS, ids=IDS)
@pytest.mark.parametrize("status", list(RegisterStatus)[1:])
def test_register_check_unknown_without_row(check, columns, status):
    result = run(check, register_row=NO_ROW, status=status)
    assert result.status is UNKNOWN and result.reason


def test_nuisance_true_outweighs_fraud_empty():
    assert run(no_nuisance_file, register_row=row(nuisance_file=True, fraud_file=None)).status is FAIL
