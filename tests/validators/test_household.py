"""Truth tables of `not_child`, `joint_household_evidence`, `care_round_the_clock`,
`occupancy_within_limit` and `first_two_years_family_only`."""

from __future__ import annotations

import pytest

from tests.validators.dossier import (
    APPLICANT,
    FAIL,
    NO_ROW,
    PASS,
    UNKNOWN,
    applicant_on_brp,
    bank_statement,
    brp,
    care_declaration,
    field,
    person,
    policy,
    row,
    run,
    tenant_on_brp,
)
from validators.household import (
    care_round_the_clock,
    first_two_years_family_only,
    joint_household_evidence,
    not_child,
    occupancy_within_limit,
)

# --- not_child --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("relationship", "status"),
    [
        pytest.param("partner", PASS, id="partner"),
        pytest.param("friend", PASS, id="friend"),
        pytest.param("parent", PASS, id="parent"),
        pytest.param("child", FAIL, id="child"),
        pytest.param(None, UNKNOWN, id="relationship-not-registered"),
    ],
)
def test_not_child(relationship, status):
    assert run(not_child, applicant_relationship=relationship).status is status


def test_not_child_tells_a_spouse_no_application_is_needed():
    result = run(not_child, applicant_relationship="spouse")
    assert result.status is PASS and "7:266 BW" in result.reason


# --- joint_household_evidence -------------------------------------------------------


@pytest.mark.parametrize(
    ("statements", "status"),
    [
        pytest.param((bank_statement(),), PASS, id="both-holders"),
        pytest.param((bank_statement("F. El Amrani", "J. de Vries"),), PASS, id="initials-any-order"),
        pytest.param((bank_statement("VRIES, JAN DE", "Amrani, Fatima El"),), PASS, id="brp-order-upper-case"),
        pytest.param((bank_statement("Jan de Vries"), bank_statement(file="bank2.pdf")), PASS, id="second-statement-names-both"),
        pytest.param((bank_statement("Jan de Vries"),), FAIL, id="tenant-only"),
        pytest.param((bank_statement("Jan de Vries", "Kees Bakker"),), FAIL, id="tenant-and-someone-else"),
        pytest.param((bank_statement("Jan de Bruin", APPLICANT),), FAIL, id="another-jan"),
        pytest.param((), UNKNOWN, id="no-statement"),
        pytest.param((bank_statement("Jan de Vries", None),), UNKNOWN, id="a-holder-unread"),
    ],
)
def test_joint_household_evidence(statements, status):
    assert run(joint_household_evidence, *statements).status is status


def test_joint_household_evidence_holders_unreadable_is_unknown():
    from tests.validators.dossier import document

    unreadable = document("bankafschrift", account_holders=field(None))
    assert run(joint_household_evidence, unreadable).status is UNKNOWN


def test_joint_household_evidence_one_holder_cannot_be_both_people():
    # "J. de Vries" fits tenant Jan and applicant Johanna de Vries alike.
    statement = bank_statement("J. de Vries")
    assert run(joint_household_evidence, statement, applicant_name="Johanna de Vries").status is UNKNOWN


# --- care_round_the_clock -----------------------------------------------------------


@pytest.mark.parametrize(
    ("declarations", "status"),
    [
        pytest.param((care_declaration(),), PASS, id="applicant-cares-for-tenant-24h"),
        pytest.param((care_declaration(round_the_clock="true"),), PASS, id="boolean-as-text"),
        pytest.param((care_declaration(round_the_clock=False),), FAIL, id="not-24h"),
        pytest.param((care_declaration(caregiver="Kees Bakker"),), FAIL, id="other-caregiver"),
        pytest.param((care_declaration(recipient="Jan de Bruin"),), FAIL, id="other-recipient"),
        pytest.param((care_declaration(caregiver="Jan de Vries", recipient=APPLICANT),), FAIL, id="roles-swapped"),
        pytest.param((), UNKNOWN, id="no-declaration"),
        pytest.param((care_declaration(round_the_clock=None),), UNKNOWN, id="24h-unread"),
        pytest.param((care_declaration(round_the_clock="ja"),), UNKNOWN, id="24h-not-a-boolean"),
        pytest.param((care_declaration(caregiver=None),), UNKNOWN, id="caregiver-unread"),
        pytest.param((care_declaration(round_the_clock=False), care_declaration(file="m2.pdf")), PASS,
                     id="second-declaration-suffices"),  # fmt: skip
    ],
)
def test_care_round_the_clock(declarations, status):
    assert run(care_round_the_clock, *declarations).status is status


# --- occupancy_within_limit ---------------------------------------------------------


def _persons(count: int, with_applicant: bool = False) -> list[dict]:
    others = [person(f"Bakker, Kind{chr(65 + i)}", bsn=None) for i in range(count)]
    listed = [tenant_on_brp(), *others][:count] if count else []
    if with_applicant:
        listed = [*listed[: count - 1], applicant_on_brp()]
    return listed


@pytest.mark.parametrize(
    ("listed", "applicant_listed", "rooms", "status"),
    [
        pytest.param(2, False, 3, PASS, id="2-plus-applicant-in-3-rooms"),
        pytest.param(3, False, 3, FAIL, id="3-plus-applicant-in-3-rooms"),
        pytest.param(3, True, 3, PASS, id="3-with-applicant-already-listed-in-3-rooms"),
        pytest.param(4, True, 3, FAIL, id="4-with-applicant-listed-in-3-rooms"),
        pytest.param(4, False, 4, PASS, id="4-plus-applicant-in-4-rooms-max-5"),
        pytest.param(5, False, 4, FAIL, id="5-plus-applicant-in-4-rooms"),
        pytest.param(6, False, 5, PASS, id="6-plus-applicant-in-5-rooms-max-7"),
        pytest.param(8, False, 6, PASS, id="8-plus-applicant-in-6-rooms-max-9"),
        pytest.param(9, False, 6, FAIL, id="9-plus-applicant-in-6-rooms"),
        pytest.param(10, False, 7, PASS, id="10-plus-applicant-in-7-rooms-max-11"),
        pytest.param(11, False, 7, FAIL, id="11-plus-applicant-in-7-rooms"),
        pytest.param(0, False, 1, PASS, id="empty-extract-applicant-alone-in-1-room"),
        pytest.param(1, False, 1, FAIL, id="tenant-plus-applicant-in-1-room"),
    ],
)
def test_occupancy_within_limit(listed, applicant_listed, rooms, status):
    extract = brp(persons=_persons(listed, applicant_listed))
    result = run(occupancy_within_limit, extract, register_row=row(rooms=rooms), type="inwoning")
    assert result.status is status, result.reason


@pytest.mark.parametrize("name", ["alliantie", "generic", "kennemer_wonen", "woonopmaat"])
def test_occupancy_above_five_rooms_adds_two_per_room(name):
    assert [policy(name).max_persons(r) for r in range(1, 9)] == [1, 2, 3, 5, 7, 9, 11, 13]


@pytest.mark.parametrize(
    ("documents", "overrides", "status"),
    [
        pytest.param((), {}, UNKNOWN, id="no-extract"),
        pytest.param((brp(persons=field(None)),), {}, UNKNOWN, id="persons-unread"),
        pytest.param((brp(persons=_persons(2)),), {"register_row": NO_ROW}, UNKNOWN, id="no-register"),
        pytest.param((brp(persons=_persons(2)),), {"register_row": row(rooms=None)}, UNKNOWN, id="rooms-empty"),
        # 3 listed, 3 rooms: fine if the unread name is the applicant, too many if not.
        pytest.param((brp(persons=[tenant_on_brp(), person("Bakker, Kees"), person(None)]),), {}, UNKNOWN,
                     id="cannot-tell-whether-applicant-listed"),  # fmt: skip
        # 1 listed, 3 rooms: fine either way.
        pytest.param((brp(persons=[person(None)]),), {}, PASS, id="cannot-tell-but-fits-anyway"),
    ],
)
def test_occupancy_within_limit_unknowns(documents, overrides, status):
    assert run(occupancy_within_limit, *documents, **overrides).status is status


# --- first_two_years_family_only ----------------------------------------------------


@pytest.mark.parametrize(
    ("lease_start", "relationship", "status"),
    [
        pytest.param("2015-06-01", "friend", PASS, id="old-lease-friend"),
        pytest.param("2024-11-02", "friend", PASS, id="lease-exactly-2-years"),
        pytest.param("2024-11-03", "friend", FAIL, id="lease-2-years-minus-a-day-friend"),
        pytest.param("2026-01-01", "partner", FAIL, id="new-lease-partner"),
        pytest.param("2026-01-01", "child", PASS, id="new-lease-child"),
        pytest.param("2026-01-01", "parent", PASS, id="new-lease-parent"),
        pytest.param("2026-01-01", "sibling", PASS, id="new-lease-sibling"),
        pytest.param("2026-01-01", "caregiver", PASS, id="new-lease-caregiver"),
        pytest.param("2026-01-01", "other_family", FAIL, id="new-lease-other-family"),
        pytest.param("2026-01-01", None, UNKNOWN, id="new-lease-relationship-unknown"),
        pytest.param(None, "friend", UNKNOWN, id="lease-start-empty"),
    ],
)
def test_first_two_years_family_only(lease_start, relationship, status):
    result = run(
        first_two_years_family_only, register_row=row(lease_start=lease_start),
        applicant_relationship=relationship, type="inwoning", policy_name="alliantie",
    )  # fmt: skip
    assert result.status is status, result.reason


def test_first_two_years_family_only_without_register_is_unknown():
    result = run(first_two_years_family_only, register_row=NO_ROW, applicant_relationship="friend", policy_name="alliantie")
    assert result.status is UNKNOWN


def test_first_two_years_family_only_new_lease_city_unknown_is_unknown():
    result = run(first_two_years_family_only, register_row=row(lease_start="2026-01-01", city=None),
                 applicant_relationship="friend", policy_name="alliantie")  # fmt: skip
    assert result.status is UNKNOWN
